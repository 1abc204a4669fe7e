"""Canonical entities: stable node ids and the normalisation behind them.

Every node of the graph gets an id that depends only on what the text says, so the
same entity found in two articles (or twice in one run, or again after re-extraction)
lands on the same node:

    person:m-sanusi@35.07      office:bupati@35.07       region:35.07
    org:kemenko-polhukam       law:uu-20-2023            target:asn
    article:123                directive:d123.0

Names lose honorifics and degrees (kept as attributes), titles are split into the
office and the acting form (Pj, Pjs, Plt, Plh), laws become "UU 20/2023", target
groups map to a short canonical list, organisations map abbreviations to one form.
"""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from arahan.extract import legal
from arahan.extract.letter import instrument_key
from arahan.extract.organizations import org_aliases

# Honorifics, religious titles and academic degrees that news puts around a name.
# Local name particles (Lalu, Baiq, I, Ni, Andi, Teuku, Tengku, Raden ...) are part of
# the name and are deliberately absent.
_HONORIFICS = {
    "h", "hj", "kh", "dr", "drs", "dra", "ir", "prof", "hm", "hc", "st", "ust", "ustadz", "habib", "tgh",
    "tuan", "bapak", "pak", "ibu", "bu", "sdr", "sdri", "letjen", "mayjen", "brigjen", "jenderal",
    "kolonel", "letkol", "mayor", "kapten", "akbp", "kompol", "akp", "iptu", "ipda", "kombes", "irjen",
    "komjen", "brigadir", "aiptu", "bripka", "pol", "tni", "purn", "laksda", "marsda", "dr.h",
}
_DEGREE_RE = re.compile(
    r"^(s|m|d)\.?\s?[a-z]{1,5}(\.[a-z]{1,5})*\.?$|^(sh|se|st|mm|mh|mba|msi|mpd|spd|sag|sip|ssos|skm|sk|"
    r"ssi|sstp|mt|mkes|mag|map|msc|phd|ak|cpa|mkn|ms|ma|ba|bsc|lc|mr|sp|spog|mars|ipu|ipm|asean eng|"
    r"mhum|mkom|skom|stp|sth|shi|sthi|se\.ak)\.?$"
)
# "HM Sanusi" = Haji Muhammad Sanusi: the M belongs to the name.
_HM_RE = re.compile(r"^h\.?\s*m\.?\s+", re.I)
# Spelling variants of the same given name; old spelling (oe, dj, tj) folded too.
_NAME_FOLD = {"muhammad": "m", "mohammad": "m", "mohamad": "m", "muhamad": "m", "moh": "m", "muh": "m",
              "mochammad": "m", "mochamad": "m", "mohd": "m", "muhammed": "m", "achmad": "ahmad", "akhmad": "ahmad"}

ACTING_FORMS = ("Pj", "Pjs", "Plt", "Plh")
_ACTING_RE = re.compile(
    r"^\s*(?:(penjabat\s+sementara|pjs\.?)|(penjabat|pj\.?)|(pelaksana\s+tugas|plt\.?)|(pelaksana\s+harian|plh\.?))"
    r"\s*(?:\((?:pj|pjs|plt|plh)\))?\s*",
    re.I,
)
_TITLE_FOLD = [
    (re.compile(r"\bwalikota\b", re.I), "wali kota"),
    (re.compile(r"\bwawali\b|\bwakil walikota\b", re.I), "wakil wali kota"),
    (re.compile(r"\bwabup\b", re.I), "wakil bupati"),
    (re.compile(r"\bsekretaris daerah\b|\bsekda\b", re.I), "sekda"),
    (re.compile(r"\bkades\b", re.I), "kepala desa"),
    (re.compile(r"\bkadis\b", re.I), "kepala dinas"),
    (re.compile(r"\bmendagri\b", re.I), "menteri dalam negeri"),
]
_FORMER_RE = re.compile(r"^\s*(mantan|eks|bekas|purna)\s+", re.I)
# The normalisers are pure and the vocabulary of a corpus is small next to its number of
# mentions: caching them is what keeps a 100,000-article build within a minute.
_cache = lru_cache(maxsize=1 << 18)


@_cache
def fold(text: str) -> str:
    """Lower case, ASCII, single spaces: the basis of every key."""
    text = text or ""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2019", "'").replace("`", "'")
    return re.sub(r"\s+", " ", text).strip().lower()


@_cache
def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "x"


# ------------------------------------------------------------------ person names
@_cache
def split_name(raw: str) -> tuple[str, tuple[str, ...]]:
    """A display name without honorifics/degrees, and the honorifics/degrees removed.

    >>> split_name("Dr. H. Bambang Soekwanto, S.Sos., M.Si.")
    ('Bambang Soekwanto', ('S.Sos.', 'M.Si.', 'Dr.', 'H.'))
    """
    raw = (raw or "").strip()
    if not raw:
        return "", ()
    removed: list[str] = []
    if _HM_RE.match(raw):  # HM Sanusi -> M Sanusi, honorific H
        removed.append("H.")
        raw = _HM_RE.sub("M. ", raw, count=1)
    # Degrees follow a comma: "Nama, S.Sos., M.Si."
    head, *tail = [p.strip() for p in raw.split(",")]
    kept_tail = []
    for part in tail:
        if _DEGREE_RE.match(fold(part)) or fold(part).replace(".", "").replace(" ", "") in _HONORIFICS:
            removed.append(part)
        elif part:
            kept_tail.append(part)
    words = head.split()
    out = []
    for i, word in enumerate(words):
        w = fold(word).strip(".")
        if w in _HONORIFICS and (i < len(words) - 1 or not out) and len(words) > 1:
            removed.append(word)
        elif _DEGREE_RE.match(fold(word)) and "." in word and out:
            removed.append(word)
        else:
            out.append(word)
    name = " ".join(out + kept_tail)
    return name.strip(" ,"), tuple(removed)


def name_tokens(raw: str) -> list[str]:
    """Normalised name tokens: "HM. Sanusi" -> ["m", "sanusi"]."""
    name, _ = split_name(raw)
    text = fold(name).replace("'", "")
    text = text.replace("oe", "u").replace("dj", "j").replace("tj", "c")
    tokens = [t for t in re.split(r"[^a-z0-9]+", text) if t]
    return [_NAME_FOLD.get(t, t) for t in tokens]


@_cache
def name_key(raw: str) -> str:
    return " ".join(name_tokens(raw))


@_cache
def names_compatible(short: str, long: str) -> bool:
    """Could `short` be a short form of `long` (both name keys)?

    Every full token of the shorter name must occur in the longer one, every initial
    must match the initial of a token there, and they share at least one full token.
    "sanusi" ~ "m sanusi", "andi ony" ~ "andi ony prihartono", "b soekwanto" ~ "bambang soekwanto";
    "bambang hariyanto" !~ "bambang soekwanto".
    """
    a, b = short.split(), long.split()
    if len(a) > len(b):
        a, b = b, a
    full_b = set(b)
    initials_b = {t[0] for t in b}
    shared = False
    for tok in a:
        if len(tok) == 1:
            if tok not in initials_b:
                return False
        elif tok in full_b:
            shared = True
        else:
            return False
    return shared


# ------------------------------------------------------------------ offices
@_cache
def split_title(title: str | None) -> tuple[str, str | None, bool]:
    """(office title, acting form or None, former?) of a title as written.

    "Penjabat (Pj) Bupati" -> ("Bupati", "Pj", False); "Plt. Wali Kota" -> ("Wali Kota", "Plt", False);
    "mantan Bupati" -> ("Bupati", None, True).
    """
    if not title:
        return "", None, False
    text = title.strip()
    former = bool(_FORMER_RE.match(text))
    text = _FORMER_RE.sub("", text)
    acting = None
    m = _ACTING_RE.match(text)
    if m:
        acting = ("Pjs", "Pj", "Plt", "Plh")[[i for i in range(1, 5) if m.group(i)][0] - 1]
        text = text[m.end():]
    for rx, repl in _TITLE_FOLD:
        text = rx.sub(repl, text)
    text = re.sub(r"\s+", " ", text).strip(" .,")
    return _title_case(text), acting, former


def _title_case(text: str) -> str:
    small = {"dan", "di", "ke", "dari", "bidang", "urusan"}
    words = []
    for w in text.split():
        if w.isupper() and len(w) > 1:
            words.append(w)  # BKPSDM, PUPR, ESDM
        elif w.lower() in small:
            words.append(w.lower())
        else:
            words.append(w[:1].upper() + w[1:].lower() if w.islower() or w.istitle() else w)
    return " ".join(words)


@_cache
def office_id(title: str, jurisdiction: str | None) -> str:
    """The office as an institution: base title + jurisdiction (acting holders hold the same office)."""
    base, _, _ = split_title(title)
    return f"office:{slug(base)}@{jurisdiction or 'national'}"


# ------------------------------------------------------------------ regions
_REGION_PREFIX = re.compile(r"^(kabupaten|kab\.?|kota|provinsi|prov\.?|kecamatan|kec\.?)\s+", re.I)


def region_key(name: str | None, code: str | None = None) -> str | None:
    """A region's key: its Kemendagri code when known, else its folded canonical name."""
    if code:
        return str(code).strip()
    if name:
        return slug(name)
    return None


_REGION_TABLE = Path(__file__).resolve().parents[1] / "data" / "regions.json.gz"


@lru_cache(maxsize=1)
def region_table() -> tuple[dict[str, tuple], dict[str, str]]:
    """(code -> (canonical name, level, parent code), folded name -> code) from the compiled Kemendagri table.

    Only provinces and kabupaten/kota are found by name: kecamatan names repeat across
    the country. Empty when the table is absent (the graph then keys regions by name).
    """
    try:
        rows = json.loads(gzip.decompress(_REGION_TABLE.read_bytes()))["rows"]
    except (OSError, ValueError, KeyError):
        return {}, {}
    by_code = {r[0]: (r[1], r[3], r[4]) for r in rows}
    by_name = {slug(r[1]): r[0] for r in rows if r[3] != "kecamatan"}
    return by_code, by_name


def region_id(key: str) -> str:
    return f"region:{key}"


def parent_code(code: str) -> str | None:
    """35.07.01 -> 35.07 -> 35 -> None (Kemendagri codes nest by dots)."""
    if not code or not re.fullmatch(r"\d+(\.\d+)*", code) or "." not in code:
        return None
    return code.rsplit(".", 1)[0]


def region_level(code: str | None, name: str | None = None) -> str | None:
    if code and re.fullmatch(r"\d+(\.\d+)*", code):
        return {1: "provinsi", 2: "kabupaten/kota", 3: "kecamatan", 4: "desa"}.get(code.count(".") + 1)
    if name:
        m = _REGION_PREFIX.match(name)
        if m:
            w = m.group(1).lower().rstrip(".")
            return {"kab": "kabupaten", "prov": "provinsi", "kec": "kecamatan"}.get(w, w)
    return None


# ------------------------------------------------------------------ organisations
# Abbreviation <-> full name of bodies regional news names both ways, from the extraction's
# lexicon (extract/organizations.py), folded as names are; longest first for the prefix match.
ORG_ALIASES = {fold(form).strip(" ."): canon for form, canon in org_aliases().items()}
# "<alias> <rest>": one regex, tried longest alias first (alternation keeps the dict's order).
_ORG_ALIAS_PREFIX = re.compile("(" + "|".join(re.escape(alias) for alias in ORG_ALIASES) + ") ")

_PAREN_ABBR = re.compile(r"^(?P<full>[^()]+?)\s*\((?P<abbr>[A-Za-z][\w .-]{1,15})\)\s*(?P<rest>.*)$")
_GOV = [(re.compile(r"^pemerintah kabupaten\b", re.I), "Pemkab"), (re.compile(r"^pemerintah kota\b", re.I), "Pemkot"),
        (re.compile(r"^pemerintah provinsi\b", re.I), "Pemprov")]


@_cache
def canonical_org(name: str) -> str:
    """One form per organisation; a body of a region keeps its region ("Bawaslu Kabupaten Garut").

    "Kementerian Dalam Negeri (Kemendagri)" -> "Kemendagri"; "Pemerintah Kota (Pemkot) Magelang" and
    "Pemerintah Kota Magelang" -> "Pemkot Magelang"; "BKP SDM" -> "BKPSDM".
    """
    name = re.sub(r"\s+", " ", (name or "").strip())
    m = _PAREN_ABBR.match(name)
    if m:  # the abbreviation the article itself gave is the short, stable form
        name = f"{m.group('abbr')} {m.group('rest')}".strip()
    for rx, short in _GOV:
        name = rx.sub(short, name)
    text = fold(name).strip(" .")
    if text in ORG_ALIASES:
        return ORG_ALIASES[text]
    m = _ORG_ALIAS_PREFIX.match(text)
    if m:
        return ORG_ALIASES[m.group(1)] + name.strip()[len(m.group(1)):]
    return re.sub(r"\s+", " ", name.strip())


@_cache
def org_id(name: str) -> str:
    return f"org:{slug(canonical_org(name))}"


# ------------------------------------------------------------------ laws
@_cache
def normalise_law(text: str) -> str:
    """ "Undang-Undang Nomor 20 Tahun 2023" -> "UU 20/2023": the extraction's normaliser, so a
    citation and its Law node always agree (and results stored before a rule change still map)."""
    return legal.normalise(re.sub(r"\s+", " ", (text or "").strip()))


@_cache
def law_id(text: str) -> str:
    """A circular or decree is known by its kind and the digits of its number, so the SE a story
    cites ("SE Bupati Nomor 800/1234/2024") and the SE imported as a document ("Nomor:
    800/1234/BKPSDM/2024") are one node; other laws by their normalised citation."""
    norm = normalise_law(text)
    m = _NUMBERED.match(norm)
    key = m and instrument_key("SE" if m.group(1) in ("SE", "Surat Edaran") else "SK", m.group(2))
    return f"law:{slug(key or norm)}"


_NUMBERED = re.compile(r"(SE|Surat Edaran|SK|Surat Keputusan|Keputusan)\b.*?\bNo\. (\S+)")


# ------------------------------------------------------------------ target groups
_TARGETS = [
    (r"non[- ]?asn|tenaga honorer|honorer|non pns|pegawai non", "non-ASN"),
    (r"asn|aparatur sipil negara|aparatur negara", "ASN"),
    (r"pns|pegawai negeri sipil|pegawai negeri", "PNS"),
    (r"pppk|p3k|pegawai pemerintah dengan perjanjian kerja", "PPPK"),
    (r"kepala desa|kades|kepala kampung|kepala pekon|kepala gampong|kepala nagari|pj kepala desa", "kepala desa"),
    (r"perangkat desa|aparatur desa|aparat desa", "perangkat desa"),
    (r"camat", "camat"),
    (r"lurah", "lurah"),
    (r"opd|organisasi perangkat daerah|perangkat daerah|kepala opd|kepala dinas|skpd", "OPD"),
    (r"guru|tenaga pendidik|pendidik", "guru"),
    (r"sekolah|kepala sekolah|satuan pendidikan", "sekolah"),
    (r"siswa|pelajar|murid", "siswa"),
    (r"pelaku usaha|pengusaha|pedagang|umkm", "pelaku usaha"),
    (r"masyarakat|warga|publik|penduduk", "masyarakat"),
    (r"tni|prajurit", "TNI"),
    (r"polri|polisi|anggota polri", "Polri"),
    (r"pejabat|pejabat struktural|pejabat publik", "pejabat"),
    (r"orang tua|wali murid", "orang tua"),
]
_TARGET_RES = [(re.compile(rf"^(?:para |seluruh |semua |setiap |kalangan )?(?:{rx})\b", re.I), label) for rx, label in _TARGETS]


@_cache
def normalise_target(text: str) -> str:
    t = fold(text).strip(" .,")
    for rx, label in _TARGET_RES:
        if rx.match(t):
            return label
    return t


@_cache
def target_id(text: str) -> str:
    return f"target:{slug(normalise_target(text))}"
