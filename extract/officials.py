"""Officials: office-holder mentions from the title lexicon, then one entry per person.

Orders news uses, all handled:
  "Pj Bupati Bondowoso Bambang Soekwanto"   title region name
  "Bupati Malang, HM Sanusi" / "Gubernur Banten, Andra Soni"   title region, name
  "HM Sanusi, Bupati Malang"   name, title region (also across a line break in bylines)
  "Pj Bupati Aswarodi"   title name (region from the rest of the article)
  "Penjabat (PJ) Bupati Bojonegoro"   no name: an unnamed office holder
Honorifics and degrees (H., Hj., HM, KH, Dr., Ir., Drs., S.Sos., M.Si, police and army ranks)
become attributes; "mantan", "eks", "era" mark former holders. Mentions of the same person
(full name, short name "Sanusi", nickname "Midji" of "Sutarmidji", "X atau Y", "akrab disapa Y",
title-only repeats "Pj Bupati menambahkan", "Bupati Tangerang" for the Pj Bupati) are merged.
The region of an office comes from the words after the title, else from the article's home
region for that level (dateline, first regional head, most mentioned kabupaten/kota).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from functools import lru_cache
from dataclasses import dataclass, field

from arahan.extract import lexicon as lx
from arahan.extract import vocab
from arahan.extract.dates import MONTHS
from arahan.extract.gazetteer.table import Region, RegionTable, villages
from arahan.extract.lang.names import person_words
from arahan.extract.organizations import ABBR_RE, HEAD_RE, ORGS, PARTY_NAME, initials_match
from arahan.extract.regions import PREFIX_LEVEL, RegionFindings
from arahan.extract.text import TextIndex, titlecase_name

_MARKER_RE = "|".join(f"(?:{alt})" for alt, _ in lx.MARKERS)
_HEAD_ALTS = [alt for alt, _, _ in lx.HEAD_TITLES] + [alt for alt, _, _ in lx.STAFF_TITLES]
_MINISTER_ALTS = [re.escape(k).replace(r"\ ", r"\s+") for k in sorted(lx.MINISTERS, key=len, reverse=True)]
# Offices written as one abbreviation ("Kadisdik", "Kalaksa"): vocab/office_abbreviations.csv.
KADIS = vocab.office_abbreviations()
_UNIT_HEADS = (r"Asisten\s+Deputi|Koordinator\s+Divisi|Kordiv|Kepala|Kadis[a-z]*|" + "|".join(sorted(KADIS, key=len, reverse=True))
               + r"|Sekretaris|Direktur(?:\s+Utama)?|Deputi|Dirjen|Sekjen|Kakanwil|Kakanreg|Kakankemenag|Menteri|Wakil\s+Menteri")
_BOARD_HEADS = r"Wakil\s+Ketua|Ketua|Anggota|Komisioner"
TITLE_RE = re.compile(
    rf"(?<![\w])(?:(?P<marker>{_MARKER_RE})\s+)?(?P<head>Asisten\s+Deputi|{'|'.join(_MINISTER_ALTS)}|{'|'.join(_HEAD_ALTS)}|"
    rf"{_BOARD_HEADS}|{_UNIT_HEADS})(?![\w])",
    re.IGNORECASE,
)
BOARD_ORGS = ("KPU", "Bawaslu", "DPRD", "KASN", "KPK", "DPR", "DPD", "MPR", "MUI", "TP PKK", "Tim Penggerak PKK", "PKK",
              "Panwascam", "DKPP", "PPK", "PPS", "Gakkumdu", "Ombudsman", "Pengadilan Negeri", "PN", "DPC",
              "Pengadilan Agama", "Pengadilan Tinggi", "PTUN", "Mahkamah Syar'?iyah",
              # a council's commission or faction, with the council ("Ketua Komisi A DPRD Kota Semarang")
              "Komisi (?:[A-E]|[IVX]{1,4})(?:\\s+DPRD?)?", "Fraksi (?:Partai\\s+)?(?:" + PARTY_NAME + "|[A-Z][\\w-]+)(?:\\s+DPRD?)?",
              # Aceh's and Papua's councils and election bodies
              "DPRK", "DPRA", "DPRP", "KIP", "Panwaslih", "Panwaslu", "MPU", "MRP")
# A council member's party or electoral district between the office and the name, closed by a comma.
AFFILIATION_RE = re.compile(r"\s+(?:(?:dari|asal)\s+(?:Fraksi|Partai|[Dd]aerah\s+[Pp]emilihan|Dapil)|asal)\s+(?:" + PARTY_NAME
                            + r"|[A-Z0-9][\w-]*(?:\s+[A-Z0-9][\w-]*){0,3})(?=\s*,)")
BOARD_RE = re.compile(r"(?:\s+(?P<rank>I{1,3}|IV))?\s+(" + "|".join(BOARD_ORGS) + r")(?![\w])")  # "Wakil Ketua I DPRD"
UNIT_CHAIN_RE = re.compile(r"(?:Kecamatan|Kec\.|Kabupaten|Kab\.|Kota|Provinsi|Desa|Kelurahan)\s+"
                           r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}\s*,\s+")
# Offices that many hold at once: unnamed and with no region of their own they are a group, not a person
GROUP_TITLES = frozenset({"Kepala Desa", "Kepala OPD", "Pimpinan OPD", "Kepala Sekolah", "Kepala Perangkat Daerah",
                          "Keuchik", "Perbekel", "Wali Nagari", "Kepala Ohoi", "Raja Negeri", "Pembakal"})
GENERIC_BEFORE = re.compile(
    r"(?:calon|cabup|cawabup|cagub|cawagub|cawalkot|paslon|pasangan|pemilihan|pilkada|kandidat|kantor|rumah\s+dinas|"
    r"rumdin|pendopo|pendapa|gedung|ruang|ruang\s+kerja|ruangan|mobil\s+dinas|kendaraan\s+dinas|rumah\s+jabatan|rujab|aula|halaman|jabatan|para|seluruh|semua|setiap|sejumlah|beberapa|bakal|"
    r"piala|trofi|tropi|kursi|posisi|empat|tiga|dua|lima|kepada\s+para|orang\s+nomor\s+satu|wakil\s+rakyat|tingkat|level|sekelas|(?<!\d)\d{1,2})\s+$",
    re.IGNORECASE,
)
FORMER_BEFORE = re.compile(r"(?:mantan|eks|bekas|era|almarhum|alm\.|purnawirawan|pernah\s+menjabat(?:\s+sebagai)?|"
                           # "Ketika menjabat Wali Kota Tangerang, NAME membangun ...": a past term
                           r"(?:ketika|semasa|sewaktu|saat\s+masih|ketika\s+masih)\s+menjabat(?:\s+sebagai)?)\s+$",
                           re.IGNORECASE)
HONORIFIC_RE = re.compile(
    r"(?:(?:H|Hj|HM|KH|K\.H|Dr|dr|Drs|Dra|Ir|Prof|Drg|drg|Hc|TGH|Tgk|Ust|Ustaz|Ustadz|Habib|Gus|Syekh|"
    + vocab.rank_pattern() + "|"  # police and military ranks (extract/vocab/ranks.csv)
    r"Pak|Bu|Bapak|Bpk|Ibu|Mbak|Mas|Bang|Kak|Sdr|Sdri|Ny|Ns|Pdt|Romo|Pastor)(?:\.\s*|\s+))"  # "Ir.Sutrisno": a degree glued to the name
)
# First and middle names written short with a full stop ("Moh.", "Gst."): vocab/name_abbreviations.csv.
NAME_ABBREVIATIONS = vocab.words("name_abbreviations.csv")
NAME_WORD_RE = re.compile(r"(?:(?:" + "|".join(sorted(NAME_ABBREVIATIONS, key=len, reverse=True)) + r")\.(?=\s?[A-Z])|"
                          r"[A-Z][a-zA-Z'’\-]*[a-z][a-zA-Z'’\-]*|[A-Z]{3,}|[A-Z]\.|[A-Z](?=\s+[A-Z][a-z])|"
                          r"[A-Z][a-z]*'[A-Za-z]+)(?![\w])")
ALIAS_RE = re.compile(r"\s+(?:atau|alias)\s+(?:yang\s+akrab\s+disapa\s+)?([A-Z][a-z]+)(?![\w])|"
                      r"\s*\(([A-Z][a-z]{2,})\)")
NICKNAME_RE = re.compile(r"(?:akrab|biasa)\s+(?:di)?(?:sapa|panggil|dipanggil)\s+((?:Mbak|Mas|Pak|Bu|Bang|Kak)\s+)?([A-Z][a-z]+)")


# "NAME selaku / sekaligus / , yang kini menjabat / , yang juga OFFICE": a second office of the person just named.
SECOND_OFFICE_BEFORE = re.compile(r"(?:[a-z]\s+(?:selaku|sekaligus(?:\s+sebagai)?)|,\s+yang\s+(?:(?:kini|juga|saat\s+ini|sekarang)\s+)?"
                                  r"(?:menjabat(?:\s+sebagai)?|juga))\s+$")
# Someone related to the holder written before the office (vocab/relation_words.csv).
_RELATIONS = "|".join(r["pattern"] for r in vocab.rows("relation_words.csv"))
RELATION_BEFORE = re.compile(r"(?<![\w])(?:" + _RELATIONS + r")\s+$", re.IGNORECASE)
RELATION_NEAR = re.compile(r"(?<![\w])(?:" + _RELATIONS + r")\b[^.]{0,50}$", re.IGNORECASE)  # "Istri Bupati X, NAME"
# Words that make an office and its region an event's or a prize's name (vocab/event_words.csv).
EVENT_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(vocab.words("event_words.csv"))) + r")(?![\w])")
# Capitalised verbs and adverbs of headlines ("Bupati Sanusi Terbitkan SE"): never part of a name (vocab/headline_verbs.csv).
HEADLINE_VERBS = vocab.words("headline_verbs.csv")


@dataclass
class OfficialMention:
    start: int
    end: int
    title: str
    head: str
    level: str
    marker: str | None = None
    region: Region | None = None
    region_explicit: bool = False
    name: str | None = None
    name_start: int | None = None
    name_end: int | None = None
    honorifics: list[str] = field(default_factory=list)
    degrees: list[str] = field(default_factory=list)
    former: bool = False
    lowercase: bool = False
    org: str | None = None
    unit_org: str | None = None
    number: str | None = None
    cluster: int | None = None
    anaphoric: bool = False  # "Anggota Komisi C DPRD Makassar ini": the person just spoken of
    second_office: bool = False  # "NAME selaku / , yang kini menjabat OFFICE": another office of the person just named


@dataclass
class Official:
    """One person (or one unnamed office holder) with all their mentions."""

    mentions: list[OfficialMention]
    name: str | None = None
    title: str | None = None
    head: str | None = None
    region: Region | None = None
    org: str | None = None
    aliases: set[str] = field(default_factory=set)
    former: bool = False
    honorifics: list[str] = field(default_factory=list)
    degrees: list[str] = field(default_factory=list)
    _names: tuple | None = None
    _starts: list | None = None

    def names(self) -> tuple[str, ...]:
        """Distinct written names and aliases (cached: officials do not change once grouped)."""
        if self._names is None:
            self._names = tuple(sorted({m.name for m in self.mentions if m.name} | self.aliases))
        return self._names

    def starts(self) -> list[int]:
        if self._starts is None:
            self._starts = sorted(m.start for m in self.mentions)
        return self._starts

    def name_words(self) -> list[str]:
        return [w for w in re.split(r"[\s.]+", self.name or "") if len(w) > 1]

    @property
    def label(self) -> str:
        if self.name:
            return self.name
        region = self.region.core if self.region else ""
        return f"{self.title} {region}".strip()


@lru_cache(maxsize=4096)
def normalise_title(marker: str | None, head: str) -> tuple[str, str, str, str | None]:
    """(title, head, level, org) for a written marker and head."""
    mk = None
    if marker:
        for alt, norm in lx.MARKERS:
            if re.fullmatch(alt, marker.strip(), re.IGNORECASE):
                mk = norm
                break
    h = re.sub(r"\s+", " ", head)
    for key, (title, org) in lx.MINISTERS.items():
        if h.lower() == key.lower():
            return (f"{mk} {title}" if mk else title), title, "national", org
    for alts in (lx.HEAD_TITLES, lx.STAFF_TITLES):
        for alt, norm, level in alts:
            if re.fullmatch(alt, h, re.IGNORECASE):
                norm = norm or re.sub(r"Kasat\s*", "Kasat ", h)
                if norm == "Asisten":
                    norm = h[0].upper() + h[1:]
                return (f"{mk} {norm}" if mk else norm), norm, level, None
    return (f"{mk} {h}" if mk else h), h, "unit", None


def find_officials(index: TextIndex, regions: RegionFindings, table: RegionTable | None = None) -> list[OfficialMention]:
    """Every office-holder mention, parsed (see the module docstring); generic ones are left out."""
    table = table or RegionTable.load()
    text = index.text
    by_start: dict[int, object] = {}
    for m in regions.mentions:
        by_start.setdefault(m.start, m)
        if m.prefix_start is not None and m.prefix_level != "kecamatan":
            by_start.setdefault(m.prefix_start, m)
    region_starts = {m.start for m in regions.mentions if m.region is not None}
    out: list[OfficialMention] = []
    last_end = -1
    for m in TITLE_RE.finditer(text):
        s = m.start()
        if s < last_end or index.skipped(s):
            continue
        marker, head = m.group("marker"), m.group("head")
        lowercase = head[0].islower() and not (marker and marker[0].isupper())
        title, norm_head, level, org = normalise_title(marker, head)
        p = m.end()
        mention = OfficialMention(s, p, title, norm_head, level, marker=marker, lowercase=lowercase, org=org)
        if level == "unit":
            p = _parse_unit(text, p, mention, by_start)
            if p is None:
                continue
        p = _parse_region(text, p, mention, by_start, table)
        unit_word = re.match(r"\s+(?:Kelurahan|Kel\.|Desa|Gampong|Nagari|Negeri|Ohoi|Lembang|Pekon)(?=\s+[A-Z])", text[p:]) \
            if mention.level in ("kelurahan", "desa") else None
        if unit_word:  # "Lurah Kelurahan Fatululi, NAME": the village's kind written again
            p += unit_word.end()
        party = AFFILIATION_RE.match(text, p)
        if party:  # "Anggota DPRD Kota Surabaya dari Fraksi PDI Perjuangan, Baktiono": the party is no name
            p = party.end()
        p0, p = p, _parse_name(text, p, mention, region_starts)
        if (level == "unit" or norm_head == "Asisten") and not mention.region_explicit and not mention.honorifics:
            _apposed_name(text, p0, mention, by_start)
        if mention.name is None and not lowercase:
            # "Sumardi, Bupati Kutai Timur, mengatakan": an office set off by commas names the word before it
            _parse_name_before(index, s, mention, closed=bool(re.match(r",\s+[a-z]", text[p:])))
        if mention.name and RELATION_BEFORE.search(text, max(0, s - 30), s):
            mention.name = None  # "Istri Bupati Sleman, Sri Wahyuni": the name is the relative's, not the holder's
            mention.honorifics, mention.degrees = [], []
        if mention.name and _headline(index, mention.name_start) and not _confirmed(index, mention):
            mention.name = None  # a headline's capitalised verb is not a name; the body names the person
        if re.match(r"(?:\w+\s+)?(?:PT|CV|UD)\b", mention.unit_org or ""):
            continue  # "Direktur PT Semen Kupang", "Kepala Cabang PT Pegadaian": a company's officer holds no public office
        before = text[max(0, s - 40):s]
        if FORMER_BEFORE.search(before):
            mention.former = True
        elif GENERIC_BEFORE.search(before) or _generic_pair(text, s, out):
            continue
        if EVENT_AFTER.match(text, p0):
            continue  # "Turnamen Bupati Sleman Cup", "Bupati Klaten Award": an event or a prize, no person
        if mention.name and (" " not in mention.name or text[mention.name_start:mention.name_end].isupper()) \
                and _region_word(table, mention.name):
            # "Peraturan Wali Kota Padang tentang ...", "INSTRUKSI GUBERNUR PAPUA SELATAN": the region, not a person
            mention.name = None
        if lowercase and mention.name is None and not mention.region_explicit:
            continue  # "bupati", "camat": a generic office, maybe a target
        if mention.name is None and not mention.region_explicit and mention.title in GROUP_TITLES:
            continue  # "Kepala OPD juga wajib melapor", "Kepala desa harus netral": the group, a target
        if mention.name is None and not mention.region_explicit and re.search(
                r"(?:Peraturan|Keputusan|Instruksi|Surat\s+Edaran|SE|Surat)\s+$", before):
            continue  # "Peraturan Kepala Badan X": an instrument's author, not a person in the story
        if lowercase and mention.name is None and not mention.former and norm_head not in ("Bupati", "Wali Kota", "Gubernur"):
            continue
        mention.end = max(p, mention.name_end or p)
        # "Anggota Komisi C ini", and "Wali Kota Batam NAME selaku Kepala BP Batam": a second office of the person just named
        mention.second_office = bool(SECOND_OFFICE_BEFORE.search(before))
        mention.anaphoric = mention.name is None and bool(re.match(r"(?:\s+[A-Z][\w.]*){0,3}\s+(?:ini|tersebut)\b", text[mention.end:])
                                                          or mention.second_office)
        if mention.name and mention.second_office and out and out[-1].name is None and not out[-1].former \
                and re.fullmatch(r"\s*,\s+yang\s+juga\s+", text[out[-1].end:s]):
            prev = out[-1]  # "Plh Bupati Pati, yang juga Sekda Pati, Jan Hendri": both offices are his
            prev.name, prev.name_start, prev.name_end = mention.name, mention.name_start, mention.name_end
        out.append(mention)
        last_end = mention.end
        if mention.name is None and mention.region_explicit:
            last_end = _region_list(text, mention, by_start, out)
    return out


# "Kepala Stasiun Meteorologi El Tari Kupang, Sti Nenotek, mengatakan", "Kabag Prokopim Setda Kabupaten
# Ende, Yohanes Ndona, ...": words of a unit our table does not know run on from the office to a comma,
# and the person is named after it, closed by a comma, a verb or the sentence's end.
_RUN_TOKEN_RE = re.compile(r"\s+(\(?[A-Z0-9][\w'’.\-/]*\)?|dan|&)(?=[\s,])")
_APPOSED_END_RE = re.compile(r"\s*,(?!\s*(?:dan|serta|atau)\b)|\s+[a-z]|\s*[.;:)\"”]|\s*$")
_UNIT_TAIL_RE = re.compile(r"\s+(?:\(|Setda\w*|Sekretariat\s+Daerah|Pemkab|Pemkot|Pemko|Pemprov|Kecamatan|Kec\.)")


def _apposed_name(text: str, p: int, mention: OfficialMention, by_start: dict) -> None:
    """Take the name after the comma when what was read as the holder's name (from `p`, where the
    office's words ended) is more of the unit."""
    start = mention.name_start if mention.name else p
    if "," in text[p:start]:
        return  # "Kepala Bidang X, Budi Santoso": the name was already set off by a comma
    q, tokens = start - 1 if mention.name else p, 0
    while tokens < 9 and (t := _RUN_TOKEN_RE.match(text, q)) is not None:
        q, tokens = t.end(), tokens + 1
    comma = re.match(r",\s+", text[q:])
    if not comma or text[p:q].strip() in ("", "dan"):
        return
    after = q + comma.end()
    while (chain := UNIT_CHAIN_RE.match(text, after)) is not None:
        after = chain.end()
    honorifics, q2 = _honorifics(text, after)
    name, end = _name_words(text, q2, allow_leading_initial=bool(honorifics))
    if not name or TITLE_RE.match(text, q2) or _body_first(name) or (" " not in name and name in RegionTable.load().forms):
        return
    d = lx.DEGREE_RE.match(text, end)
    close = d.end() if d and d.group(0).strip(" ,") else end
    if not _APPOSED_END_RE.match(text, close):
        return
    # the unit's words end where its region or its parent body ("Setda Kabupaten Ende") begins
    at = [k for k in range(p, q) if k in by_start and by_start[k].region is not None]  # "Kota Kendari" from "Kota"
    tail = _UNIT_TAIL_RE.search(text, p, q)
    cut = min(at + [tail.start() if tail else q])
    unit = re.sub(r"\s+", " ", text[p:cut]).strip()
    unit = re.sub(r"\s+dan$", "", unit)
    mention.title = f"{mention.title} {unit}".strip()
    mention.head = re.sub(r"^(?:Pj|Pjs|Plt|Plh) ", "", mention.title)
    mention.unit_org = f"{mention.unit_org or ''} {unit}".strip()
    if at:
        mention.region, mention.region_explicit = by_start[at[0]].region, True
    mention.name = titlecase_name(name)
    mention.name_start, mention.name_end = q2, close
    mention.honorifics = honorifics
    mention.degrees = [x for x in re.split(r"[,\s]+", d.group(0)) if x.strip(".")] if close > end else []


def _region_word(table: RegionTable, word: str) -> bool:
    return any(r.level in ("provinsi", "kabupaten", "kota") for r in table.candidates(word))


def _region_list(text: str, first: OfficialMention, by_start: dict, out: list[OfficialMention]) -> int:
    """'Bupati Ketapang, Kayong Utara, Sintang, dan Kubu Raya': one unnamed office holder per region."""
    q = first.end
    while True:
        g = re.match(r"\s*(?:,\s*(?:dan|serta)?|dan|serta|/)\s*", text[q:])
        if not g:
            break
        r = by_start.get(q + g.end())
        if r is None or r.region is None or r.region.level != first.region.level or TITLE_RE.match(text, q + g.end()):
            break  # "Wali Kota Manado, Kapolresta Manado": the next office, not the same office's next region
        out.append(OfficialMention(r.start, r.end, first.title, first.head, first.level, marker=first.marker,
                                   region=r.region, region_explicit=True))
        q = r.end
    return q


def _headline(index: TextIndex, offset: int | None) -> bool:
    """Whether `offset` is in a headline-style segment (Title Case, no final full stop) or a quoted headline."""
    if offset is None:
        return False
    seg = index.segments[index.segment_at(offset)]
    if seg.title_case is None:  # once per segment: _confirmed asks again for every repeat of a name
        words = re.findall(r"[A-Za-z]{3,}", seg.text)
        caps = sum(w[0].isupper() for w in words)
        seg.title_case = len(words) >= 4 and caps / len(words) >= 0.7 and not seg.text.rstrip().endswith(".")
    if seg.title_case:
        return True
    q = index.text.rfind('"', seg.start, offset)
    return q >= 0 and index.text.count('"', seg.start, offset) % 2 == 1 and "judul" in index.text[seg.start:q]


def _confirmed(index: TextIndex, mention: OfficialMention) -> bool:
    """A headline name counts only if the body writes the same name outside headlines (its first and
    last words: "BUPATI SLEMAN MINTA WARGA WASPADA" gives "Sleman ... Waspada", whose last word the body lacks)."""
    words = mention.name.split()
    return all(any(u != mention.name_start for u in _body_uses(index, w)) for w in {words[0], words[-1]})


def _body_uses(index: TextIndex, word: str) -> list[int]:
    """Up to two offsets of `word` outside headlines: enough to answer for every mention (cached per text)."""
    key = ("body_uses", word)
    if key not in index.memo:
        uses = (m.start() for m in re.finditer(re.escape(word), index.text) if not _headline(index, m.start()))
        index.memo[key] = [u for _, u in zip(range(2), uses)]
    return index.memo[key]


def _generic_pair(text: str, s: int, found: list[OfficialMention]) -> bool:
    """'calon Bupati dan Wakil Bupati X': the second office shares the first one's generic reading."""
    before = text[max(0, s - 60):s]
    pm = re.search(r"(?:calon|pasangan|pemilihan|paslon|kandidat)\s+\w+(?:\s+\w+)?\s*(?:dan|/|atau)\s*$", before, re.I)
    return bool(pm)


def _parse_unit(text: str, p: int, mention: OfficialMention, by_start: dict) -> int | None:
    """The unit after Kepala/Sekretaris/Menteri/Ketua...: 'Dinas Pendidikan', 'BKPSDM', 'Kanreg 1 BKN'."""
    head = re.sub(r"\s+", " ", mention.head)
    low = head.lower()
    b = BOARD_RE.match(text, p) if low in ("ketua", "wakil ketua", "anggota", "komisioner", "sekretaris") else None
    if low in ("ketua", "wakil ketua", "anggota", "komisioner") or b:  # "Sekretaris Fraksi X", "Sekretaris KPU"
        if not b:
            return None
        org = re.sub(r"\s+", " ", b.group(2))
        rank = f" {b.group('rank')}" if b.group("rank") else ""
        mention.title = f"{head[0].upper()}{head[1:]}{rank} {org}"
        mention.head = mention.title
        mention.unit_org = org
        p = b.end()
        r = re.match(r"\s+(RI|Pusat)\b", text[p:])
        if r:
            mention.level = "national"
            mention.unit_org = f"{org} {r.group(1)}"
            return p + r.end()
        mention.level = "national" if org in ("KASN", "KPK", "DPR", "MPR", "DKPP", "Ombudsman") else "regional"
        return p
    words: list[str] = []
    q = p
    tok_re = re.compile(r"(?:\s+|,\s+(?=(?:" + "|".join(sorted(lx.UNIT_WORDS, key=len, reverse=True)) + r"|dan)\b))"
                        r"(\(?[A-Z0-9][\w'\-/]*\)?|dan)")
    while True:
        if q in by_start or (q + 1) in by_start and text[q:q + 1] == " ":
            break
        t = tok_re.match(text, q)
        if not t:
            break
        tok = t.group(1)
        core = tok.strip("()")
        if re.match(r"(?:Kabupaten|Kab|Kota|Provinsi|Prov|Pemkab|Pemkot|Pemko|Pemprov|Polres\w*|Setda\w*)$", core):
            break
        ok = (core in lx.UNIT_WORDS or core in ORGS or (core.isupper() and 2 <= len(core) <= 9)
              or re.fullmatch(r"[IVX]+|\d{1,2}", core) or (tok.startswith("(") and tok.endswith(")")) or core == "dan")
        if not ok and low == "kepala" and not words:
            nxt = re.match(r"\s+(?:Kabupaten|Kab\.|Kota|Provinsi)\b", text[t.end():])
            ok = bool(nxt) and core[0].isupper()
        if not ok and core[:1].isupper():
            # "Kepala Badan Pengusahaan (BP) Batam": unlisted words of a body whose abbreviation follows in brackets
            named = re.match(r"((?:\s+(?:[A-Z][a-z]+|dan)){1,5})\s+\(([A-Z][A-Za-z]{1,9})\)", text[q:])
            if named and initials_match(" ".join(words + named.group(1).split()), named.group(2)):
                words += named.group(1).split() + [f"({named.group(2)})"]
                q += named.end()
                continue
        if not ok and words and core[:1].isupper():
            # "Kepala Bidang Pencegahan dan Kesiapsiagaan BPBD DIY": unlisted words before the body they belong to
            ahead = re.match(r"((?:\s+(?:[A-Z][a-z]+|dan)){1,5})\s+([A-Z][A-Za-z]+)(?![\w-])", text[q:])
            if ahead and ahead.group(2) in ORGS and not ahead.group(1).endswith(" dan"):
                words += ahead.group(1).split()
                q += ahead.end(1)
                continue
        if not ok:
            break
        words.append(tok)
        q = t.end()
        if len(words) >= 16:
            break
    while words and words[-1] in ("dan",):
        words.pop()
        q = text.rfind(" dan", p, q)
    if not words:
        if low in ("kepala", "sekretaris", "direktur", "deputi", "menteri", "dirjen", "sekjen", "wakil menteri", "koordinator divisi",
                   "asisten deputi"):
            return None
    words, national_org = _split_unit(words, low)
    unit = " ".join(words)
    if low in KADIS:
        base = KADIS[low]
        title = f"{base} {unit}".strip()
    elif low.startswith("kadis"):
        title = f"Kepala Dinas {unit}".strip()
    else:
        title = f"{head[0].upper()}{head[1:]} {unit}".strip()
    if (words and words[0] in ("Daerah", "Desa", "Sekolah")) or title.lower() in ("kepala sekolah", "kepala daerah"):
        return None
    if low == "sekretaris" and words and words[0] in lx.DINAS_ABBREVIATIONS:
        title = f"Sekretaris Dinas {unit}"
    if mention.marker:
        mk = normalise_title(mention.marker, "Bupati")[0].split()[0]
        title = f"{mk} {title}"
    mention.title = title
    mention.head = re.sub(r"^(?:Pj|Pjs|Plt|Plh) ", "", title)
    unit_core = unit.replace("(", "").replace(")", "")
    mention.unit_org = unit_core or None
    national = any(w in ORGS and ORGS[w][1] == "pusat" for w in unit_core.split())
    mention.level = "national" if (national or low in ("menteri", "deputi", "dirjen", "sekjen", "wakil menteri",
                                                       "asisten deputi")) else "regional"
    if low == "menteri":
        mention.org = f"Kementerian {unit}"
    if national_org:
        mention.org, mention.unit_org, mention.level = national_org, national_org, "national"
    return q


# Heads whose unit may end with the ministry they belong to ("Asisten Deputi Koordinasi Pemilu
# Kemenko Polhukam"): the office is the part before it, the ministry is the organisation.
_DEPUTY_HEADS = ("asisten deputi", "deputi", "direktur")


def _split_unit(words: list[str], head: str) -> tuple[list[str], str | None]:
    """A deputy's unit without the ministry at its end, and that ministry (by its abbreviation
    when the text gives one in brackets) as the organisation; other units as they are."""
    if head not in _DEPUTY_HEADS:
        return words, None
    for i, w in enumerate(words[1:], start=1):
        if w in ("Kementerian", "Kemenko") or w in ORGS and ORGS[w][1] == "pusat":
            return words[:i], _bracketed_abbreviation(words[i:]) or " ".join(words[i:]).replace("(", "").replace(")", "")
    return words, None


def _bracketed_abbreviation(words: list[str]) -> str | None:
    """'(Kemenko Polhukam)' after a full name: the abbreviation in the last brackets, if it is one."""
    opens = [i for i, w in enumerate(words) if w.startswith("(")]
    closes = [i for i, w in enumerate(words) if w.endswith(")")]
    if not (opens and closes and closes[-1] >= opens[-1] > 0):
        return None
    inside = " ".join(words[opens[-1]:closes[-1] + 1]).strip("()")
    return inside if inside in ORGS or inside.replace(" ", "").isupper() else None


def _parse_region(text: str, p: int, mention: OfficialMention, by_start: dict, table: RegionTable) -> int:
    q = p
    par = re.match(r"\s*\((?!Pj|PJ|Plt|Plh)[A-Z][\w\- ]{1,20}\)", text[q:])
    if par and (q + par.end()) not in by_start:
        q += par.end()
    if mention.head.startswith("Asisten") and mention.head != "Asisten Deputi":
        b = re.match(r"\s+Bidang(?:\s+(?:" + "|".join(sorted(lx.UNIT_WORDS)) + r")(?![\w]))+", text[q:])
        if b:
            unit = b.group(0).strip()
            unit = re.sub(r"\s+dan$", "", unit)
            mention.title = f"{mention.title} {unit}"
            mention.head = f"{mention.head} {unit}"
            q += len(b.group(0).rstrip()) - (4 if b.group(0).rstrip().endswith(" dan") else 0)
    grade = re.match(r"\s+Kelas\s+(?:I{1,3}|[123])[AB]?(?![\w-])", text[q:])
    if grade and (mention.head in ("Kalapas", "Karutan") or re.search(r"(?:Lapas|Rutan|LPKA|Imigrasi)$", mention.title or "")):
        q += grade.end()  # "Kepala Lapas Kelas IIA Kupang, NAME": the prison's grade, then its place
    num = re.match(r"\s+(\d{2,4}(?:-\d{2})?)(?:/|\s)", text[q:])  # "Dandim 0712/Tegal", "Danramil 0621-01/Cibinong"
    if num and mention.head.startswith(("Dandim", "Danrem", "Danramil", "Kodim", "Danyon")):
        mention.number = num.group(1)
        q += num.end() - (1 if text[q + num.end() - 1] == " " else 0)  # stop after the "/" of "0721/Blora"
    after_slash = q if text[q - 1:q] == "/" else None
    pol = re.match(r"\s+(?:Sat(?:reskrim|narkoba|lantas|intelkam|binmas|samapta|pamobvit)\s+)?(?:Polres\w*|Polda|Polsek|Kodim|Setda\w*|Pemkab|Pemkot|Pemko|Pemprov|Administrasi)(?=\s)", text[q:])
    if pol:
        q += pol.end()
    bare_level = re.match(r"\s+(Provinsi|Kabupaten|Kota)(?=[\s,.;:])(?!\s+[A-Z])", text[q:])
    if bare_level and mention.level == "regional":
        # "Kepala Dinas Peternakan Provinsi melalui ...": the level names the region, the article says which
        mention.level = bare_level.group(1).lower()
        return q + bare_level.end()
    kec = re.match(r"\s+(?:Kecamatan|Kec\.)\s*", text[q:]) \
        if FACILITY_TITLE.search(mention.title or "") or mention.head.startswith(("Kepala Seksi", "Kasi")) else None
    r = by_start.get(q + kec.end()) if kec else None
    if r is not None and r.region is not None and r.region.level == "kecamatan":
        # "Kepala Puskesmas Kecamatan Cilandak dr. Rina", "Kasi Trantib Kecamatan Oebobo": a facility or a
        # section of a kecamatan, in its kabupaten/kota
        mention.region, mention.region_explicit = r.region, True
        return r.end
    r = by_start.get(q + 1)
    if r is not None and r.region is None and r.prefix_level == "kecamatan" and mention.level == "kecamatan" \
            and text[q:q + 1] == " ":
        return r.end  # "Camat Depok Joko": a kecamatan name that several kabupaten have is still no part of the name
    for gap in (1, 2, 0):
        r = by_start.get(q + gap)
        if r is not None and re.fullmatch(r" {0,2}|/", text[q:q + gap]) and r.region is not None:
            if r.region.level == "kecamatan" and mention.level not in ("kecamatan",):
                break
            mention.region = r.region
            mention.region_explicit = True
            q = r.end
            police = re.match(r"\s+Kota(?=[\s,])", text[q:]) if re.search(r"(?i)polres", text[mention.start:q]) else None
            if police and r.region.level == "kota":
                q += police.end()  # "Kapolres Kupang Kota AKBP ...": the police of the Kota, named after it
            par = re.match(r"\s*\([A-Z][\w ]{1,25}\)", text[q:])
            if par:
                q += par.end()
            # "Bupati Halmahera Tengah, Maluku Utara, Dr. Ir. Ikram ...": the province is an apposition.
            # "Bupati Bangka Provinsi Kepulauan Bangka Belitung Mulkan", "Camat Abepura Kota Jayapura, NAME"
            app = re.match(r",\s+|\s(?=(?:Provinsi|Kabupaten|Kota)\s)", text[q:])
            if app:
                r2 = by_start.get(q + app.end())
                if r2 is not None and r2.region is not None and _above(r2.region.level, mention.region.level):
                    q = r2.end
            break
    unit = re.match(r"[A-Z][\w'-]+", text[q:]) if q == after_slash else None
    if unit:
        q += unit.end()  # "Danrem 152/Baabullah", "Kodim 1709/Yawa": the unit's own name is no region and no person
    return q


_RANK = {"desa": 0, "kelurahan": 0, "kecamatan": 1, "kabupaten": 2, "kota": 2, "provinsi": 3}


def _above(level: str, than: str) -> bool:
    """Whether a region of `level` contains regions of level `than` ("Ciawi, Kabupaten Bogor")."""
    return _RANK.get(level, -1) > _RANK.get(than, 9)


def _parse_name(text: str, p: int, mention: OfficialMention, region_starts: set[int] = frozenset()) -> int:
    """The person's name after a title (optionally after a comma), with honorifics and degrees."""
    # after "Danramil 02/" the unit's place comes first, then the rank and the name
    # ("Bupati Sleman saat ini, Harda Kiswaya, ...": the present holder, set off by commas)
    # ("Pj Bupati Blora yang baru dilantik, Dwi Ari Wibowo, ...": how the holder came to office, then the name)
    m = re.match(r"\s+(?:saat\s+ini|kini|sekarang|yang\s+(?:baru\s+)?(?:dilantik|ditunjuk|terpilih|menjabat)(?:\s+[a-z]+){0,3})\s*,\s+"
                 r"|(?:\s*,)?\s+|\s*\n\s*" + ("|" if text[p - 1:p] == "/" else ""), text[p:])
    if not m or "\n" in m.group(0):
        return p
    q = p + m.end()
    honorifics, q = _honorifics(text, q)
    if q in region_starts or TITLE_RE.match(text, q):
        return p  # "Bupati Ketapang, Kayong Utara, ...": a list of regions; "Wali Kota X, Kapolresta X, ...": of offices
    name, end = _name_words(text, q, allow_leading_initial=bool(honorifics))
    body = ABBR_RE.match(text, q) if not name else None
    if body:  # "Ketua DPC PKB Kabupaten Kendal, Muhammad Rofiq": a body's abbreviation, then its head's name
        name, end = body.group(0), body.end()
    if not name:
        return p
    # "Kapolresta Barelang Kombes Pol Heribertus ...": words before a rank are a unit or place
    inner = re.search(r"\s(?=" + HONORIFIC_RE.pattern + r")", text[q:end + 1])  # + the space after a last-word rank
    if inner:
        more, q2 = _honorifics(text, q + inner.end())
        name2, end2 = _name_words(text, q2)
        if name2:
            honorifics += more
            q, name, end = q2, name2, end2
    # "Direktur Utama Perumda Tirta Kahuripan Kabupaten Bogor, Abdul Somad": a body, then its head's name
    if _body_first(name):
        after = re.match(r",\s+|\s+(?=(?:Kecamatan|Kec\.|Kabupaten|Kab\.|Kota|Provinsi)\s)", text[end:])
        if not after:
            return p
        after = end + after.end()
        while (chain := UNIT_CHAIN_RE.match(text, after)) is not None:
            after = chain.end()
        more, q2 = _honorifics(text, after)
        name2, end2 = _name_words(text, q2)
        if not name2 or _body_first(name2) or TITLE_RE.match(text, q2):
            return p
        mention.unit_org = mention.unit_org or name
        honorifics += more
        q, name, end = q2, name2, end2
    # "Kepala Desa Sukamaju, Jajang Nurjaman", "Kepala Puskesmas Segiri, dr. Maya Sari": the first
    # word names the village or the facility
    # ("Kepala Desa Sengkol, Kecamatan Pujut, Kabupaten Lombok Tengah, Baiq ...": its regions come between)
    facility = bool(FACILITY_TITLE.search(mention.title or ""))
    # ("Camat Sungai Raya, Ahmad Zulfan": a place of up to three words before the comma)
    if (mention.level in ("desa", "kelurahan", "kecamatan") or facility) and len(name.split()) <= 3:
        nxt = re.match(r",\s+", text[end:]) or (
            re.match(r"\s+(?=" + HONORIFIC_RE.pattern + ")", text[end:]) if facility else None)
        if nxt:
            after = end + nxt.end()
            after = _skip_chain(text, after, mention)
            more, q2 = _honorifics(text, after)
            name2, end2 = _name_words(text, q2)
            if name2 and not TITLE_RE.match(text, q2):  # "..., Kapolsek Metro ...": the next office, not a name
                mention.unit_org = name
                honorifics += more
                q, name, end = q2, name2, end2
    first = name.split()[0]
    if not mention.region_explicit and len(name.split()) >= 3 and first not in person_words() and _region_word(
            RegionTable.load(), first) and (rest := re.match(r"\S+\s+", text[q:])):
        # "Kepala Dinas Pemberdayaan Masyarakat Desa Klaten Sri Wahyuni": the unit's region the region
        # finder left (after "Desa"), then the name
        places = [r for r in RegionTable.load().candidates(first) if r.level in ("kabupaten", "kota")]
        if len(places) == 1:
            mention.region, mention.region_explicit = places[0], True
        name, q = name.split(" ", 1)[1], q + rest.end()
    if mention.level in ("desa", "kelurahan") and mention.unit_org is None:
        name, q = _village_before_name(text, name, q, mention)
        codes = villages().get(name)
        if codes and not honorifics and name not in person_words():
            # "dan Budi, Lurah Caturtunggal.": the village alone, its head not named here
            mention.unit_org = name
            if len(codes) == 1 and mention.region is None:
                mention.region = RegionTable.load().by_code.get(codes[0])
            return end
    mention.name = titlecase_name(name)
    mention.name_start, mention.name_end = q, end
    mention.honorifics = honorifics
    d = lx.DEGREE_RE.match(text, end)
    if d and d.group(0).strip(" ,"):
        mention.degrees = [x for x in re.split(r"[,\s]+", d.group(0)) if x.strip(".")]
        mention.name_end = d.end()
    return mention.name_end


def _skip_chain(text: str, after: int, mention: OfficialMention) -> int:
    """Past 'Kecamatan Nita, Kabupaten Sikka, ' before a village head's name; the most precise region
    written there places the office when nothing else did (a kecamatan's name found in one kabupaten)."""
    table = RegionTable.load()
    while (chain := UNIT_CHAIN_RE.match(text, after)) is not None:
        kind, _, core = chain.group(0).rstrip(", ").partition(" ")
        if kind.startswith("Kec"):
            found = table.kecamatan.get(core.strip(), [])
        else:
            level = PREFIX_LEVEL.get(kind.lower().rstrip("."))
            found = [r for r in table.candidates(core.strip()) if r.level == level]
        if len(found) == 1 and mention.region is None:
            mention.region, mention.region_explicit = found[0], True
        after = chain.end()
    return after


def _village_before_name(text: str, name: str, q: int, mention: OfficialMention) -> tuple[str, int]:
    """'Kepala Desa Cibodas Asep Saepudin': the longest leading words that name a desa or kelurahan
    of the gazetteer are the village, the rest the person (who keeps at least one word). A village
    name found in one kabupaten/kota only places the office there."""
    words = name.split()
    for k in range(min(3, len(words) - 1), 0, -1):
        village = " ".join(words[:k])
        codes = villages().get(village)
        if not codes or (k == 1 and village in person_words()):  # "Kepala Desa Bambang Sutrisno" is a person
            continue
        rest = re.match(r"\S+(?:\s+\S+){%d}\s+" % (k - 1), text[q:])
        if rest is None:  # "Cibodas A.Budi": the text does not space the words as the name does
            break
        mention.unit_org = village
        if len(codes) == 1 and mention.region is None:
            mention.region = RegionTable.load().by_code.get(codes[0])
        return " ".join(words[k:]), q + rest.end()
    return name, q


def _honorifics(text: str, q: int, limit: int | None = None) -> tuple[list[str], int]:
    """Honorifics, religious titles and ranks at q; 'HM' gives 'H' and leaves the initial M in the name."""
    found: list[str] = []
    while True:
        h = HONORIFIC_RE.match(text, q)
        if not h or (limit is not None and h.end() > limit):
            break
        tok = h.group(0).strip().rstrip(".")
        if tok == "HM":
            found.append("H")
            return found, h.start() + 1
        found.append(tok)
        q = h.end()
    return found, q


def _name_words(text: str, q: int, allow_leading_initial: bool = False) -> tuple[str | None, int]:
    words: list[str] = []
    end = q
    pos = q
    while sum(w[0].isupper() for w in words) < 5:  # particles ("bin") are not counted
        w = NAME_WORD_RE.match(text, pos)
        particle = re.match(r"(bin|binti|van|de|da|al|el)\s(?=[A-Z])", text[pos:])
        if particle and words:  # "Ahmad Fauzi bin Abdullah": the particle belongs to the name
            words.append(particle.group(1))
            pos += particle.end()
            continue
        if not w:
            break
        word = w.group(0)
        bare = word.rstrip(".")
        # a month's short form opens a name before another name word ("Jan Hendri"), never a date ("Jan 2025")
        month_name = not words and bare.lower() in MONTHS and len(bare) <= 3 and re.match(r"\S+ [A-Z][a-z]", text[pos:])
        if (bare in lx.NOT_NAME and not month_name) or bare.upper() in ("ASN", "PNS", "OPD", "SE", "RI", "TNI", "POLRI", "KPU", "DPRD"):
            break
        if word.isupper() and len(word) > 2 and bare in ORGS:
            break
        if bare in HEADLINE_VERBS or (len(bare) > 5 and bare.lower().endswith("kan")
                                      and not re.match(r"[\s,]+[a-z]|\s*[.,;:)]", text[w.end():])):
            break  # "Terbitkan SE" in a headline is a verb; "Mulkan meminta", "kata Mulkan." a name
        words.append(word)
        end = w.end()
        nxt = re.match(r" (?=[A-Z]|(?:bin|binti|van|de|da|al|el) [A-Z])|(?<=\.) ?(?=[A-Z])", text[end:])
        if not nxt:
            break
        pos = end + nxt.end()
    while words and words[-1].endswith(".") and len(words[-1]) == 2 and len(words) > 1:
        words.pop()  # a trailing initial is more likely the next sentence
    if not words or all(len(w.rstrip(".")) == 1 for w in words):
        return None, q
    if len(words) == 1 and words[0].isupper() and len(words[0]) <= 4:
        return None, q
    name = " ".join(w + "." if len(w) == 1 and not (w == "I" and k + 1 < len(words) and words[k + 1] in lx.BALINESE)
                    else w for k, w in enumerate(words))
    return name, q + len(text[q:end])


# Heads of a facility named after the title: "Kepala Puskesmas Segiri, dr. Maya Sari".
# First words of a body's name: a "name" after an office that starts with one is the office's body.
BODY_WORDS = frozenset(ORGS) | {"Perumda", "Perusda", "PDAM", "PTAM", "PT", "RSUD", "RSU", "RSUP", "Puskesmas", "Dinas",
                                "Badan", "Kantor", "Bank", "Lembaga", "Balai", "Pemerintah"}


def _body_first(name: str) -> bool:
    """Whether words taken for a name start with a body ("Perumda Tirta Pakuan", "PDI Perjuangan Kota
    Semarang", "Partai Golkar Jawa Tengah" after "Ketua DPC"): a body's name, then its head's."""
    return name.split()[0] in BODY_WORDS or bool(ABBR_RE.match(name) or HEAD_RE.match(name))


FACILITY_TITLE = re.compile(r"\b(?:Puskesmas|Kalapas|Karutan|UPTD?|RSUD|Sekolah|SDN?|SMPN?|SMAN?|SMKN?|MTsN?|MAN|Pasar|Lapas|Rutan|PDAM|PTAM|Perumda|Perusda|RSU|RSUP)$")

# "melantik Drs. Budi Hartono, M.Si. sebagai Pj Bupati Blora", "Budi dilantik sebagai ...": the
# appointee's name comes before "sebagai" (the title span may already hold the acting marker).
_DEGREES_AFTER = r"(?:,?\s*(?:[SM]\.\s?\w+\.?|MSi|MM|SH|SE)\.?)*"  # ", S.Sos., M.Si." after a name
# A reporting verb right before "NAME, TITLE": '..., tulis Achmad Hadi, Kepala Dikbud Lotim'.
_SAID_BEFORE = (r"(?<![\w])(?:kata|ujar|ucap|tulis|tutur|jelas|tegas|ungkap|imbuh|sebut|terang|pungkas|katanya|ujarnya|"
                r"tuturnya|jelasnya|tegasnya|ungkapnya|imbuhnya|disampaikan|dikatakan|diungkapkan|dijelaskan|menurut|Menurut)\s")
APPOINTED_BEFORE = re.compile(r"((?:[A-Z][\w'’.]*\s+){0,5}[A-Z][\w'’]+)" + _DEGREES_AFTER +
                              r"(?:,?\s+(?:(?:resmi\s+)?(?:dilantik|ditunjuk|diangkat|dikukuhkan|ditetapkan|menjabat)\s+)?sebagai"
                              r"|(?P<rel>,\s+yang\s+(?:kini\s+|saat\s+ini\s+|sekarang\s+|juga\s+)?menjabat(?:\s+sebagai)?"
                              r"|,\s+yang\s+(?:juga|kini|saat\s+ini|sekarang)"  # "Siti, yang juga Ketua Bawaslu ..."
                              r"|\s+(?:kini\s+|saat\s+ini\s+|sekarang\s+|sebelumnya\s+|masih\s+)?menjabat"
                              r"|\s+(?:adalah|merupakan|ialah))"  # "Budi merupakan Kepala Dinas Sosial ..."
                              r"|(?P<acting>\s+selaku))"  # "Harda selaku Bupati Sleman": the office the person acts in
                              r"\s+(?:(?:Penjabat|Pj|PJ|Plt|Plh|Pjs)\.?\s+(?:\((?:Pj|PJ)\)\s+)?)?$")
# "Danang, yang kini menjabat Plt Bupati Pati": a relative clause names the holder, one word is enough


def _parse_name_before(index: TextIndex, s: int, mention: OfficialMention, closed: bool = False) -> None:
    """'HM Sanusi, Bupati Malang', appointees ('melantik NAME sebagai Bupati ...') and bylines
    'NAME\\nKetua KPU ...': the name comes first."""
    text = index.text
    before = text[max(0, s - 80):s]
    appointed = APPOINTED_BEFORE.search(before)
    if appointed and not index.skipped(max(0, s - 80) + appointed.start(1)):
        # the name starts after a full stop inside the capitalised run ("... Sleman. Dedi Kurniawan menjabat")
        stop = appointed.group(1).rfind(". ")
        start = max(0, s - 80) + appointed.start(1) + (stop + 2 if stop >= 0 else 0)
        while not TITLE_RE.match(text, start) and (w := re.match(r"([A-Z][\w'’]*)\s+(?=[A-Z])", text[start:s])) \
                and w.group(1) in lx.NOT_NAME:
            start += w.end()  # "Menurut Naili selaku ...": a sentence's first word is no part of the name
        _take_name_before(index, start, s, mention, single_ok=bool(appointed.group("rel") or appointed.group("acting")))
        return
    m = re.search(r"(?:^|(?<=[\n(])|(?<=Penulis:)|(?<=Oleh:)|(?<=Oleh)|(?<=[.!?] )|(?<=[a-z] )|(?<=[a-z], )|" + _SAID_BEFORE + r")\s*((?:[A-Z][\w'’.]*\s+){0,4}[A-Z][\w'’]+)"
                  + _DEGREES_AFTER + r"\s*(,\s*|\n)$", before)
    if not m or index.skipped(max(0, s - 80) + m.start(1)):
        return
    start = max(0, s - 80) + m.start(1)
    if m.group(2) == "\n" and not re.search(r"(?:Penulis|Oleh)\s*:?\s*$", text[max(0, start - 12):start]):
        return  # only a byline puts the name on the line above the office
    # one word is a name only when it opens the sentence or follows a reporting verb, and is all there is
    # before the comma ("pada Pemilihan Gubernur, Bupati, dan Wali Kota" names nobody)
    single = closed and m.group(2) != "\n" and bool(
        start == 0 or re.search(r"(?:[.!?\n\"“]\s*|" + _SAID_BEFORE + r")$", text[max(0, start - 14):start]))
    _take_name_before(index, start, s, mention, single_ok=single, whole=single)


def _take_name_before(index: TextIndex, start: int, s: int, mention: OfficialMention, single_ok: bool = False,
                      whole: bool = False) -> None:
    """The name (with honorifics) that starts at `start`, before the title at `s` (`whole`: and it fills
    the words up to the comma before the title)."""
    text = index.text
    honorifics, h_start = _honorifics(text, start, limit=s)
    if TITLE_RE.match(text, h_start):
        return  # "Kapolres Sumenep, Dandim 0827/Sumenep": the office before is another office, not a name
    name, end = _name_words(text, h_start)
    if not name or end > s or (whole and not re.fullmatch(_DEGREES_AFTER + r"\s*,\s*", text[end:s])):
        return
    words = name.split()
    if len(words) < 2 and not honorifics and not (single_ok and words[0] not in lx.NOT_NAME
                                                  and words[0] not in HEADLINE_VERBS and not _region_word(RegionTable.load(), words[0])):
        return
    mention.name = titlecase_name(name)
    mention.name_start, mention.name_end = h_start, end
    mention.honorifics = honorifics
    mention.start = start


# ---------------------------------------------------------------------------------------- grouping
def group_officials(index: TextIndex, mentions: list[OfficialMention], regions: RegionFindings,
                    table: RegionTable | None = None) -> list[Official]:
    """Merge mentions of the same person; fill regions the text leaves implicit; collect aliases."""
    table = table or RegionTable.load()
    home = HomeRegions(regions, mentions, table)
    officials: list[Official] = []
    for m in mentions:
        if m.name:
            target = _find_by_name(officials, m.name)
            if target is None:
                target = _same_head_by_short_name(officials, m)
            if target is not None and _compatible(officials[target], m):
                officials[target].mentions.append(m)
                m.cluster = target
                continue
            officials.append(Official([m]))
            m.cluster = len(officials) - 1
    for off in officials:
        _finalise(off, home)
    for m in mentions:
        if m.name:
            continue
        target = _named_before(officials, m.start) if m.second_office else None
        if target is None:
            target = _find_by_title(officials, m, home)
        if target is None and m.anaphoric:
            target = _named_before(officials, m.start)
        if target is not None:
            officials[target].mentions.append(m)
            m.cluster = target
            continue
        if m.former:
            officials.append(Official([m]))
            m.cluster = len(officials) - 1
            continue
        # an office with no name and no region of its own is a person only when the office is one
        # (a minister, "Kepala Dinas Peternakan Provinsi"); a regional staff office written bare
        # ("Kepala Dinas menambahkan", "Sekda") is someone the article names otherwise, or nobody in particular
        if m.region_explicit or m.head not in MANY_HOLDERS and m.level in ("national", "provinsi", "kabupaten", "kota"):
            if m.lowercase or _headline(index, m.start):
                continue  # only in a headline-style line (as names there need the body, and "Baca juga" lines are not annotated)
            # an unnamed office holder: later title-only mentions of the same office join it
            officials.append(Official([m]))
            m.cluster = len(officials) - 1
            _finalise(officials[-1], home)
            if officials[-1].region is None and m.level != "national":
                officials.pop()  # "meminta Kapolda melapor" in an article about no province: every Kapolda, nobody in particular
                m.cluster = None
    for off in officials:
        _finalise(off, home)
    _join_second_offices(officials, home)
    _name_from_speaker(index, officials, home)
    _collect_aliases(index, officials)
    return officials


def _join_second_offices(officials: list[Official], home: "HomeRegions") -> None:
    """'Plt Bupati Pati meminta ... Wakil Bupati Pati NAME, yang kini menjabat Plt Bupati, ...': the unnamed
    holder of an office that a named person is said to hold too is that person."""
    merged = False
    for off in list(officials):
        if not off.name or off not in officials:
            continue
        for m in [x for x in off.mentions if x.second_office]:
            for other in [o for o in officials if not o.name and not o.former and o.head == m.head
                          and (o.region is None or off.region is None or o.region.code == off.region.code)]:
                off.mentions.extend(other.mentions)
                officials.remove(other)
                off._names = off._starts = None
                merged = True
        _finalise(off, home)
    if merged:
        for i, off in enumerate(officials):
            for m in off.mentions:
                m.cluster = i


# '"Wali Kota Bogor meminta warga ... ," kata Dedie A Rachim.': the article names an office holder only
# as a speaker, with no title next to the name (SCHEMA: a name is null only if the holder is never named).
_WEEKDAY_OR_PLACE = r"(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|saat|ketika|di|dalam|usai|seusai|kepada|pada|dikutip|kemarin|\d)"
# Saying verbs written after the words they report ("..., kata Budi Santoso").
_SAID_BY = r"kata|ujar|ucap|tutur|tegas|jelas|ungkap|imbuh|terang|pungkas|tambah|sebut"
_SPEAKER_AT_RE = re.compile(r"(?:(?P<said>(?<![\w])(?:" + _SAID_BY + r")\s+)"
                            r"|(?P<menurut>(?<![\w])Menurut\s+)|(?:^|(?<=[.!?\"”]\s)|(?<=\n)))(?=[A-Za-z])")
_SAID_END_RE = re.compile(r"\s*(?:[.;]|,?\s*" + _WEEKDAY_OR_PLACE + r"\b|,\s*[\"“]|$)")
_SAYS_AFTER_RE = re.compile(r"(?:\s+(?:juga|pun|kembali))?\s+(?:" + "|".join(lx.SAY_VERBS) + r")(?![\w])")


_ATTRIBUTION_BEFORE = re.compile(r"(?:" + _SAID_BY + r"|oleh|"
                                 r"disampaikan|dikatakan|diungkapkan|dijelaskan)\s+$")
# ("Budi Santoso (45)", "Budi Santoso, warga ...", "..., seorang pedagang", people of vocab/public_actors.csv)
_ROLE_AFTER = re.compile(r"\s*\(\d|,\s+(?:seorang|salah\s+(?:satu|seorang)|yang|" + vocab.public_actor_pattern() + r")\b",
                         re.IGNORECASE)


def _has_role(text: str, name: str) -> bool:
    """Whether the article writes `name` anywhere with a role of its own: a lower-case word before it
    ("warga Budi Santoso", "Pedagang pasar Budi Santoso") or an apposition after it ("Budi Santoso (45)",
    "Budi Santoso, warga ...")."""
    words = [re.escape(w.rstrip(".")) + r"\.?" for w in name.split()]
    for k in re.finditer(r"\s+".join(words), text):
        before = text[max(0, k.start() - 30):k.start()]
        if re.search(r"[a-z]+,?\s+$", before) and not _ATTRIBUTION_BEFORE.search(before):
            return True
        if _ROLE_AFTER.match(text, k.end()):
            return True
    return False


def _name_from_speaker(index: TextIndex, officials: list[Official], home: "HomeRegions") -> None:
    """Name the article's one unnamed office holder after the one person it quotes with no role of their own."""
    unnamed = [off for off in officials if not off.name and not off.former]
    if len(unnamed) != 1 or not (unnamed[0].head in SINGLE_HOLDER_HEADS | SPEAKER_OFFICES or unnamed[0].head.startswith("Kepala ")):
        return
    text, first = index.text, min(m.start for m in unnamed[0].mentions)
    known = [n for off in officials for n in off.names()]
    found: list[tuple[str, int, int, list[str]]] = []
    for at in _SPEAKER_AT_RE.finditer(text):
        if at.end() <= first or index.skipped(at.end()):
            continue
        honorifics, q = _honorifics(text, at.end())
        name, end = _name_words(text, q)
        if not name or len(name.split()) < 2 or TITLE_RE.match(text, q) or _body_first(name):
            continue
        d = lx.DEGREE_RE.match(text, end)
        close = d.end() if d and d.group(0).strip(" ,") else end
        # after "kata": the name closes the clause; after "Menurut": a comma; opening a sentence: a say-verb
        ends = (_SAID_END_RE.match(text, close) if at.group("said") else text[close:close + 1] == "," if at.group("menurut")
                else _SAYS_AFTER_RE.match(text, close))
        if not ends or any(w in lx.NOT_NAME or w in HEADLINE_VERBS for w in name.split()):
            continue  # "kata Budi Santoso, warga Desa X": someone with a role of their own
        if any(name_matches(name, k) for k in known) or any(_region_word(RegionTable.load(), w) for w in name.split()):
            return  # the speaker is an official already, or the words are a place
        if any(RELATION_NEAR.search(text, max(0, k.start() - 60), k.start()) for k in re.finditer(re.escape(name.split()[0]), text)):
            return  # "Istri Bupati Sleman, Sri Wahyuni, ...": the holder's relative
        if _has_role(text, name):
            return  # "Seorang warga, Budi Santoso (45), ...": someone the article introduces otherwise
        found.append((titlecase_name(name), q, close, honorifics))
    if not found or any(not name_matches(n, found[0][0]) for n, *_ in found):
        return
    off, (name, q, close, honorifics) = unnamed[0], found[0]
    m = off.mentions[0]
    off.mentions.append(OfficialMention(q, close, m.title, m.head, m.level, marker=m.marker, region=off.region,
                                        name=name, name_start=q, name_end=close, honorifics=honorifics,
                                        cluster=m.cluster))
    off._names = None
    _finalise(off, home)


# Offices one person holds at a time in a region: a short name with the same office is that person.
SINGLE_HOLDER_HEADS = frozenset({"Bupati", "Wakil Bupati", "Wali Kota", "Wakil Wali Kota", "Gubernur", "Wakil Gubernur"})
# Other offices whose one unnamed holder may be named later as a speaker ("Kepala Dinas Kesehatan Sumedang").
SPEAKER_OFFICES = frozenset({"Sekda", "Kapolres", "Kapolda", "Dandim", "Kajari", "Ketua DPRD", "Camat"})


def _same_head_by_short_name(officials: list[Official], m: OfficialMention) -> int | None:
    """'Gubernur Melki' after 'Gubernur ... Emanuel Melkiades Laka Lena': a one-word name (a nickname
    the name rule cannot see) with the same single-holder office in the same region, when one person fits."""
    if " " in m.name or m.head not in SINGLE_HOLDER_HEADS or m.former:
        return None
    fits = [i for i, off in enumerate(officials) if off.mentions[0].head == m.head and not off.mentions[0].former
            and off.mentions[0].name and " " in off.mentions[0].name
            and (m.region is None or off.mentions[0].region is None or off.mentions[0].region.code == m.region.code)]
    return fits[0] if len(fits) == 1 else None


def _compatible(off: Official, m: OfficialMention) -> bool:
    if off.mentions[0].region and m.region and m.region_explicit and off.mentions[0].region_explicit:
        return off.mentions[0].region.code == m.region.code or m.region.level != off.mentions[0].region.level
    return True


_SPLIT_RE = re.compile(r"[\s.]+")


@lru_cache(maxsize=8192)
def _norm_words(name: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in _SPLIT_RE.split(name) if len(w) > 1)


@lru_cache(maxsize=65536)
def name_matches(short: str, full: str) -> bool:
    """Whether `short` can be the same person as `full` ("Sanusi" / "M. Sanusi", "Midji" / "Sutarmidji")."""
    a, b = _norm_words(short), _norm_words(full)
    if not a or not b:
        return False
    if set(a) <= set(b) or set(b) <= set(a):
        return True
    if len(a) == 1 and len(a[0]) >= 4:
        return any(w.endswith(a[0]) or w.startswith(a[0]) for w in b if len(w) > len(a[0]))
    return False


def _find_by_name(officials: list[Official], name: str) -> int | None:
    for i in range(len(officials) - 1, -1, -1):
        if any(name_matches(name, n) for n in {m.name for m in officials[i].mentions if m.name}):
            return i
    return None


def _find_by_title(officials: list[Official], m: OfficialMention, home: "HomeRegions") -> int | None:
    """The official a title-only mention repeats: same office (marker aside) and same region."""
    region = m.region if m.region_explicit else (None if m.level == "national" else home.for_level(m.level))

    def candidates(same_office) -> list[int]:
        return [i for i, off in enumerate(officials) if same_office(off.head) and off.former == m.former
                and not (region is not None and off.region is not None and not _inside(region.code, off.region.code))
                and not (m.region_explicit and off.region is None)]

    written = _spelled_out(m.head)
    same = candidates(lambda head: head == m.head or _spelled_out(head) == written)  # "Kepala Dinkes" = "Kepala Dinas Kesehatan"
    if same:
        return next((i for i in same if officials[i].name), same[0])
    # "Kepala Dinas" after "Kepala Dinas Kesehatan Johan ...": the one named office it abbreviates
    longer = [i for i in candidates(lambda head: head.startswith(m.head + " ")) if officials[i].name]
    return longer[0] if len(longer) == 1 else None


@lru_cache(maxsize=4096)
def _spelled_out(head: str) -> str:
    """An office with its body's abbreviation written out ("Kepala Dinkes" -> "Kepala Dinas Kesehatan")."""
    words, out, k = head.split(), [], 0
    while k < len(words):
        two = " ".join(words[k:k + 2])  # "Kepala Satpol PP" = "Kepala Satuan Polisi Pamong Praja"
        if k + 1 < len(words) and two in ORGS and ORGS[two][0]:
            out.append(ORGS[two][0])
            k += 2
            continue
        out.append(ORGS[words[k]][0] if words[k] in ORGS and ORGS[words[k]][0] else words[k])
        k += 1
    # "Kadis Dikbud" -> "Kepala Dinas Dinas Pendidikan dan Kebudayaan": the unit's kind written twice
    return re.sub(r"\b(\w+) \1\b", r"\1", " ".join(out).lower())


def _named_before(officials: list[Official], pos: int) -> int | None:
    """The named official mentioned last before `pos`."""
    best, at = None, -1
    for i, off in enumerate(officials):
        last = max((m.start for m in off.mentions if m.start < pos), default=-1)
        if off.name and last > at:
            best, at = i, last
    return best


def _inside(code: str, outer: str) -> bool:
    """Whether a Kemendagri code is the region `outer` or lies inside it ("62.06.01" in "62.06")."""
    return code == outer or code.startswith(outer + ".")


# Offices written without name or region that do not identify one person in the article.
MANY_HOLDERS = frozenset({"Bupati", "Wali Kota", "Gubernur", "Wakil Bupati", "Wakil Wali Kota", "Wakil Gubernur",
                          "Presiden", "Wakil Presiden", "Camat", "Lurah", "Kepala Desa", "Kapolsek", "Danramil",
                          "Sekretaris Camat"})


class HomeRegions:
    """The regions an article is about, per level, for offices written without their region."""

    def __init__(self, regions: RegionFindings, mentions: list[OfficialMention], table: RegionTable):
        counts: Counter = Counter()
        first: dict[str, int] = {}
        for i, m in enumerate(regions.resolved()):
            if m.region.level == "kecamatan":
                continue
            counts[m.region.code] += 1
            first.setdefault(m.region.code, i)
        self.table = table
        self.counts = counts
        dl = regions.dateline.region if regions.dateline and regions.dateline.region else None
        heads = [m.region for m in mentions if m.region_explicit and m.region and m.head in
                 ("Bupati", "Wali Kota", "Gubernur", "Sekda")]
        self.kabkota = None
        for cand in ([dl] if dl else []) + heads:
            if cand and cand.level in ("kabupaten", "kota"):
                self.kabkota = cand
                break
        if self.kabkota is None:
            kk = [c for c in counts if table.by_code[c].level in ("kabupaten", "kota")]
            if kk:
                self.kabkota = table.by_code[max(kk, key=lambda c: (counts[c], -first[c]))]
        provs = [c for c in counts if table.by_code[c].level == "provinsi"]
        self.province = table.by_code[max(provs, key=lambda c: (counts[c], -first[c]))] if provs else None
        if dl and dl.level == "provinsi":
            self.province = dl
        self.first = first

    def for_level(self, level: str) -> Region | None:
        if level == "kabupaten":
            if self.kabkota and self.kabkota.level == "kabupaten":
                return self.kabkota
            if self.kabkota:
                twin = next((r for r in self.table.candidates(self.kabkota.core) if r.level == "kabupaten"), None)
                if twin:
                    return twin
            return self._most("kabupaten")
        if level == "kota":
            if self.kabkota and self.kabkota.level == "kota":
                return self.kabkota
            return self._most("kota")
        if level == "provinsi":
            if self.province:
                return self.province
            return self.table.province_of(self.kabkota) if self.kabkota else None
        if level in ("regional", "kecamatan", "kelurahan", "desa"):
            return self.kabkota or self.province
        return None

    def _most(self, level: str) -> Region | None:
        cands = [c for c in self.counts if self.table.by_code[c].level == level]
        if not cands:
            return None
        return self.table.by_code[max(cands, key=lambda c: (self.counts[c], -self.first[c]))]


def _finalise(off: Official, home: HomeRegions) -> None:
    ms = off.mentions
    named = [m for m in ms if m.name]
    if named:
        off.name = max((m.name for m in named), key=lambda n: (len(_norm_words(n)), not n.isupper(), len(n)))
    with_marker = [m for m in ms if m.marker]
    titled = with_marker or [m for m in ms if not m.lowercase] or ms
    counts = Counter(m.title for m in titled)
    off.title = max(titled, key=lambda m: (counts[m.title], m.region_explicit, -m.start)).title
    off.head = re.sub(r"^(?:Pj|Pjs|Plt|Plh) ", "", off.title)
    explicit = [m.region for m in ms if m.region_explicit and m.region]
    level = next((m.level for m in ms if m.title == off.title), ms[0].level)
    if explicit:
        off.region = explicit[0]
        if off.region.level == "kecamatan":
            off.region = home.table.by_code.get(off.region.parent)
    elif level != "national":
        off.region = home.for_level(level)
    off.former = all(m.former for m in ms)
    off.honorifics = sorted({h for m in ms for h in m.honorifics})
    off.degrees = sorted({d for m in ms for d in m.degrees})
    off.org = _org_of(off, ms)


def _org_of(off: Official, ms: list[OfficialMention]) -> str | None:
    m = next((x for x in ms if x.org), None)
    if m:
        return m.org
    unit = next((x.unit_org for x in ms if x.unit_org), None)
    region = off.region
    if off.head in ("Kapolres", "Wakapolres") and region:
        return f"Polres {region.core}"
    if off.head in ("Dandim",) and region:
        num = next((x.number for x in ms if x.number), None)
        return f"Kodim {num}/{region.core}" if num else f"Kodim {region.core}"
    if off.head.startswith("Kasat") and region:
        return f"Polres {region.core}"
    if unit:
        if region and not unit.endswith(("RI", "Pusat")):
            return f"{unit} {region.name}"
        return unit
    return None


def _collect_aliases(index: TextIndex, officials: list[Official]) -> None:
    """'Ridwan Kamil atau Emil', 'Sutarmidji (Midji)', '... yang akrab disapa Mbak Etik'."""
    text = index.text
    for off in officials:
        for m in off.mentions:
            if m.name_end is None:
                continue
            a = ALIAS_RE.match(text, m.name_end)
            if a:
                off.aliases.add(a.group(1) or a.group(2))
    for n in NICKNAME_RE.finditer(text):
        before = [o for o in officials if o.mentions and min(x.start for x in o.mentions) < n.start()]
        if before:
            target = max(before, key=lambda o: max(x.start for x in o.mentions if x.start < n.start()))
            target.aliases.add(n.group(2))


def resolve_name(officials: list[Official], name: str, before: int | None = None) -> int | None:
    """The official a bare name refers to ('Sanusi', 'Midji', 'Etik'), preferring the latest mentioned."""
    best, best_pos = None, -1
    for i, off in enumerate(officials):
        if not any(name_matches(name, c) or name == c for c in off.names()):
            continue
        starts = off.starts()
        k = bisect.bisect_left(starts, before) if before is not None else len(starts)
        pos = starts[k - 1] if k else 0
        if pos >= best_pos:
            best, best_pos = i, pos
    return best
