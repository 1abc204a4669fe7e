"""Region mentions: find every written form of a region and decide which region it is.

Forms: "Kabupaten X", "Kab. X", "Kota X", "Provinsi X", "Pemkab/Pemkot/Pemko/Pemprov X",
"Kecamatan X", an office before the name ("Bupati X", "Wali Kota X", "Gubernur X"), the
dateline ("PONTIANAK -"), our aliases ("Kukar", "Jabar", "Lampura"), and the bare core name
when it is capitalised. A stored document has lost its dateline to the cleaner
(corpus/clean.py keeps it as documents.dateline_place): that place comes back as a hint, a
mention with no span in the text. A raw text's dateline, when the cleaner's rule would cut
it, is read the same way (arahan.extract.text.cleaner_dateline), so the two give the same regions.

Decisions, in order of strength:
1. the prefix or office (Bupati -> Kabupaten, Wali Kota -> Kota, Gubernur -> Provinsi);
2. a name shared by a Kota and a Kabupaten takes the level the rest of the article gives
   it (an explicit "Kota Magelang" elsewhere), then the dateline (a city dateline is the
   Kota), then the Kota for a place of speaking and the Kabupaten otherwise;
3. bare names that are common words or personal names (Batu, Padang, Lebak, Bone, Malang,
   Agam, Bima ...) count only when the article names the same region with evidence;
4. a bare name inside a longer place ("Mataram Baru", "Jalan Sumbawa", "Malang Raya") is
   not a mention of the region.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from arahan.extract import lexicon as lx
from arahan.extract import vocab
from arahan.extract.gazetteer.table import Region, RegionTable
from arahan.extract.text import TextIndex, dateline_places

# Words before a name that fix its level. Keys are lower-cased; multiword prefixes end in the last word.
PREFIX_LEVEL = {
    "kabupaten": "kabupaten", "kab": "kabupaten", "pemkab": "kabupaten", "bupati": "kabupaten",
    "wabup": "kabupaten", "kabupaten/kota": None,
    "kota": "kota", "pemkot": "kota", "pemko": "kota", "walikota": "kota", "wali kota": "kota",
    "wawali": "kota", "wawalkot": "kota", "wako": "kota", "wawako": "kota", "setdako": "kota", "polresta": "kota", "kapolresta": "kota",
    "polrestabes": "kota", "kapolrestabes": "kota",
    "provinsi": "provinsi", "prov": "provinsi", "pemprov": "provinsi", "gubernur": "provinsi",
    "wagub": "provinsi", "polda": "provinsi", "kapolda": "provinsi", "kejati": "provinsi",
    "kecamatan": "kecamatan", "kec": "kecamatan", "camat": "kecamatan", "distrik": "kecamatan",  # Papua's kecamatan
    # the police and army of a kecamatan ("Kapolsek Alak", "Danramil Oebobo"): the name is the kecamatan, not a person
    "kapolsek": "kecamatan", "wakapolsek": "kecamatan", "polsek": "kecamatan", "danramil": "kecamatan", "koramil": "kecamatan",
}
# Offices and bodies of a kabupaten or kota that do not say which of the two: "Kajari Kudus",
# "Polres Pati". A name after them is a region (evidence for names that are also common
# words) whose level the rest of the article decides (extract/vocab/regional_units.csv, names_region).
REGIONAL_BEFORE = frozenset(w.lower() for w in vocab.regional_units("names_region") + vocab.regional_unit_heads("names_region"))
ORG_ABBRS = frozenset(r["abbr"] for r in vocab.rows("organizations.csv"))
# Words before a bare name that make it part of another place or thing.
NOT_REGION_BEFORE = frozenset(
    "jalan jl jln desa kelurahan dusun kampung gunung sungai kali pantai pulau universitas stasiun terminal "
    "pasar hotel masjid rsud selat teluk danau bukit gang perumahan jembatan bandara lapangan stadion "
    "kelurahan kantor pt cv sma smp sd smk smpn sman sdn mts man ma universitas institut politeknik "
    "sekolah hutan kawasan tanjung radar tribun harian koran warta kabar".split()
)
NOT_REGION_AFTER = frozenset({"Raya", "Baru", "Lama", "Indah", "Permai", "Square", "Mall", "Plaza", "City", "Times",
                              "Network", "Post", "Pos", "News", "TV", "Today", "Online", "Ekspres", "Express",
                              "Park", "Terkini", "Update"})
SPEECH_BEFORE = frozenset(
    "ujar kata tegas ungkap tandas pungkas jelas terang ucap sebut imbuh tambah lanjut tutur papar sapa "
    "disapa panggil bernama oleh pak bu bapak ibu mbak mas bang kak saudara sdr".split()
)


@dataclass
class RegionMention:
    start: int
    end: int
    form: str
    candidates: list[Region]
    prefix_level: str | None = None
    how: str = "bare"          # prefix | office | dateline | alias | bare
    prefix_start: int | None = None
    region: Region | None = None
    confidence: float = 0.0
    in_text: bool = True       # False for the dateline hint: start == end == 0, nothing to point at
    police_unit: bool = False  # after "Polresta": a Kota's police, or a Kabupaten's where no Kota has the name
    police_resort: bool = False  # after "Polres"/"Kapolres" with no "Kota" after: a Kabupaten's police where both exist


@dataclass
class RegionFindings:
    mentions: list[RegionMention] = field(default_factory=list)
    dateline: RegionMention | None = None

    def resolved(self) -> list[RegionMention]:
        return [m for m in self.mentions if m.region is not None]


def _prefix_before(index: TextIndex, i: int) -> tuple[str | None, int | None, str | None]:
    """The level-fixing prefix right before word i: (level, prefix start, prefix word)."""
    if i == 0:
        return None, None, None
    text = index.text
    prev = index.words[i - 1]
    gap = text[index.word_ends[i - 1]:index.word_starts[i]]
    if not re.fullmatch(r"\.?\s{1,3}|\s*\)\s*", gap):
        return None, None, None
    low = prev.lower()
    if gap.strip() == ")":
        # "Pemerintah Kota (Pemkot) Magelang", "Gubernur Kalimantan Barat (Kalbar)"
        open_ = text.rfind("(", 0, index.word_ends[i - 1])
        if open_ > 0:
            j = _word_at(index, open_ - 1, i - 1)
            if j is not None:
                return _prefix_before(index, j + 1)
        return None, None, None
    if low == "kota" and i >= 2 and index.words[i - 2].lower() == "wali":
        return "kota", index.word_starts[i - 2], "wali kota"
    if low == "administrasi" and i >= 2 and index.words[i - 2].lower() in ("kota", "kabupaten"):
        return PREFIX_LEVEL[index.words[i - 2].lower()], index.word_starts[i - 2], index.words[i - 2].lower()
    if low in PREFIX_LEVEL:
        level = PREFIX_LEVEL[low]
        if low in ("kab", "kec", "prov") and "." not in gap and not gap.isspace():
            return None, None, None
        return level, index.word_starts[i - 1], low
    return None, None, None


def _inside_name(index: TextIndex, i: int, n: int) -> bool:
    """Whether the alias at word i (n words, written like a name: "Tuba", "Madina") stands between two words of a
    person's name: capitalised words on both sides, the one before neither an office's, a body's nor a function word."""
    words, text = index.words, index.text
    if n != 1 or words[i].isupper() or i < 1 or i + 1 >= len(words):
        return False
    prev, nxt = words[i - 1], words[i + 1]
    spaced = text[index.word_ends[i - 1]:index.word_starts[i]] == " " == text[index.word_ends[i]:index.word_starts[i + 1]]
    return (spaced and prev[:1].isupper() and prev[1:].islower() and nxt[:1].isupper() and nxt[1:].islower()
            and not {prev, nxt} & (lx.UNIT_WORDS | lx.NOT_NAME) and prev not in ORG_ABBRS
            and prev.lower() not in REGIONAL_BEFORE and prev.lower() not in PREFIX_LEVEL
            and index.segments[index.segment_at(index.word_starts[i - 1])].start != index.word_starts[i - 1])


def _unit_before(index: TextIndex, i: int) -> bool:
    """Whether a regional unit or its head ("Kajari", "Polres", "Kejaksaan Negeri") is right before word i."""
    words, text = index.words, index.text
    if i and words[i - 1].lower() in REGIONAL_BEFORE and index.word_ends[i - 1] + 1 == index.word_starts[i]:
        return True
    return (i > 1 and f"{words[i - 2]} {words[i - 1]}".lower() in REGIONAL_BEFORE
            and text[index.word_ends[i - 2]:index.word_starts[i]] == f" {words[i - 1]} ")


def _word_at(index: TextIndex, offset: int, upto: int) -> int | None:
    """The last word at or before `offset` (searching back from word `upto`)."""
    for j in range(upto, -1, -1):
        if index.word_starts[j] <= offset:
            return j
    return None


def _match_at(table: RegionTable, index: TextIndex, i: int) -> tuple[int, str] | None:
    """Longest region form starting at word i: (number of words, form)."""
    words = index.words
    if words[i] not in table.first_words:
        return None
    text = index.text
    best = None
    form = words[i]
    for n in range(1, table.max_words + 1):
        j = i + n - 1
        if j >= len(words):
            break
        if n > 1:
            gap = text[index.word_ends[j - 1]:index.word_starts[j]]
            if gap not in (" ", "-"):
                break
            form = form + gap + words[j]
        if table.candidates(form) or form in table.kecamatan:
            best = (n, form)
    return best


def find_regions(index: TextIndex, table: RegionTable | None = None,
                 dateline_hints: Sequence[tuple[str, int, int]] = (),
                 dateline_span: tuple[int, int] | None = None) -> RegionFindings:
    """All region mentions of the text, resolved (see the module docstring for the rules).

    `dateline_hints` are (form, start, end) of the dateline's place and outlet as the cleaner
    reads them ("Kendari", "KOMPAS.com"; "Kolaka Pos", "Makassar"), with start == end == 0
    when the cleaner cut them from a stored text: the first that is a region is the dateline;
    they count only when the rest of the text has no dateline. `dateline_span` is the prefix
    those came from in a raw text: no other word in it is a region (it is gone from a stored text).
    """
    table = table or RegionTable.load()
    out = RegionFindings()
    words = index.words
    lo, hi = dateline_span or (0, 0)
    i = 0
    while i < len(words):
        w = words[i]
        if not w[:1].isupper() or index.skipped(index.word_starts[i]) or lo <= index.word_starts[i] < hi:
            i += 1
            continue
        hit = _match_at(table, index, i)
        if not hit:
            i += 1
            continue
        n, form = hit
        start, end = index.word_starts[i], index.word_ends[i + n - 1]
        level, pstart, pword = _prefix_before(index, i)
        cands = table.candidates(form)
        if level == "kecamatan":
            cands = table.kecamatan.get(form, [])
        elif not cands:
            # a bare kecamatan name ("Way Jepara") is one unit, but one that starts with a prefix
            # ("Kota Padang" is also a kecamatan in Bengkulu) must not hide the kab/kota after it
            i += 1 if w.lower() in PREFIX_LEVEL else n
            continue
        mention = RegionMention(start, end, form, list(cands), level, prefix_start=pstart,
                                police_unit=pword in ("polresta", "kapolresta", "polrestabes", "kapolrestabes"))
        if level:
            mention.how = "office" if pword in ("bupati", "wabup", "wali kota", "walikota", "wawali", "gubernur",
                                                "wagub", "camat", "kapolda", "kapolresta") else "prefix"
        elif table.is_alias(form):
            if i and words[i - 1].lower() in NOT_REGION_BEFORE or _inside_name(index, i, n):
                i += n  # "Wartawan Tribun Jabar": an outlet's name; "Johanes Tuba Helan": a person's
                continue
            mention.how = "alias"
        elif _unit_before(index, i):
            mention.how = "office"
            mention.police_resort = (words[i - 1].lower() in ("polres", "kapolres", "wakapolres") or i > 1 and (
                words[i - 2].lower(), words[i - 1].lower()) == ("kepolisian", "resor")) and not re.match(
                r" Kota(?![\w-])", index.text[end:])
        else:
            prev = words[i - 1].lower() if i else ""
            nxt = words[i + n] if i + n < len(words) else ""
            nxt_gap = index.text[end:index.word_starts[i + n]] if i + n < len(words) else ""
            if prev in NOT_REGION_BEFORE or prev in SPEECH_BEFORE:
                i += n
                continue
        if mention.how in ("bare", "alias"):
            nxt = words[i + n] if i + n < len(words) else ""
            nxt_gap = index.text[end:index.word_starts[i + n]] if i + n < len(words) else ""
            if nxt_gap == " " and (nxt in NOT_REGION_AFTER or (nxt[:1].isupper() and f"{form} {nxt}" in table.kecamatan)):
                i += n
                continue
        out.mentions.append(mention)
        i += n
    _add_dateline(index, table, out, dateline_hints)
    _inherit_list_prefix(index, out)
    _resolve(table, out)
    return out


def _add_dateline(index: TextIndex, table: RegionTable, out: RegionFindings,
                  hints: Sequence[tuple[str, int, int]] = ()) -> None:
    for place, start, end in dateline_places(index.text, index):
        mention = _dateline_mention(table, place, start, end)
        if mention is None:
            continue
        existing = next((m for m in out.mentions if m.start <= start < m.end), None)
        if existing:
            out.mentions.remove(existing)
        out.mentions.append(mention)
        out.mentions.sort(key=lambda m: m.start)
        out.dateline = mention
        return
    for place, start, end in hints:
        mention = _dateline_mention(table, place, start, end)
        if mention is not None:
            # Appended last, also when it has a span (a raw text's dateline, read by
            # arahan.extract.text.cleaner_dateline): the raw and the stored text then give the same
            # order, and lookups by text position meet the mentions of the story first.
            mention.in_text = end > start
            out.mentions.append(mention)
            out.dateline = mention
            return


def _dateline_mention(table: RegionTable, place: str, start: int, end: int) -> RegionMention | None:
    """The mention a dateline place stands for ("KABUPATEN KONAWE", "PONTIANAK"), or None if no region."""
    words = place.split()
    level = None
    if words[0].lower() in ("kabupaten", "kab", "kota", "provinsi") and len(words) > 1:
        level = PREFIX_LEVEL[words[0].lower()]
        words = words[1:]
    form = " ".join(w if not w.isupper() or table.is_alias(w) else w.capitalize() for w in words)
    cands = table.candidates(form)
    if not cands and form.upper() == form:
        cands = table.candidates(form.capitalize())
    if not cands:
        return None
    return RegionMention(start, end, form, list(cands), level, how="dateline")


def _inherit_list_prefix(index: TextIndex, out: RegionFindings) -> None:
    """'Bupati Ketapang, Kayong Utara, Sintang, dan Kubu Raya': the list shares the office."""
    for a, b in zip(out.mentions, out.mentions[1:]):
        if a.prefix_level and not b.prefix_level and b.how == "bare":
            gap = index.text[a.end:b.start]
            if re.fullmatch(r"\s*(?:,|,?\s*dan|,?\s*serta|/)\s*", gap) and any(
                    c.level == a.prefix_level for c in b.candidates):
                b.prefix_level = a.prefix_level
                b.how = "list"


def _resolve(table: RegionTable, out: RegionFindings) -> None:
    # Levels the article gives each core name explicitly.
    explicit: dict[str, list[str]] = {}
    evidenced: set[str] = set()
    for m in out.mentions:
        if m.prefix_level:
            explicit.setdefault(m.form, []).append(m.prefix_level)
        if m.how != "bare":
            evidenced.add(m.form)
    dl = out.dateline
    for m in out.mentions:
        cands = m.candidates
        if m.prefix_level == "kecamatan":
            m.region = _pick_kecamatan(table, cands, out)
            m.confidence = 0.9 if m.region else 0.0
            continue
        if m.prefix_level:
            at_level = [c for c in cands if c.level == m.prefix_level]
            if not at_level and m.police_unit:
                at_level = [c for c in cands if c.level == "kabupaten"]  # "Polresta Banyumas": no Kota Banyumas
            cands = at_level
            if not cands:
                continue
        elif m.how in ("bare", "alias") and table.needs_evidence(m.form) and (m.form not in evidenced or m.how == "alias"):
            continue  # a common word ("Mitra TNI") is a region only with evidence besides itself
        if len(cands) == 1:
            m.region = cands[0]
            m.confidence = {"prefix": 0.98, "office": 0.95, "dateline": 0.9, "alias": 0.9, "list": 0.9}.get(m.how, 0.8)
            continue
        levels = explicit.get(m.form)
        choice = next((c for c in cands if c.level == "kabupaten"), None) if m.police_resort else None
        if levels:
            want = max(set(levels), key=levels.count)
            choice = next((c for c in cands if c.level == want), None)
        if choice is None and m.how == "dateline":
            choice = next((c for c in cands if c.level == "kota"), None)
        if choice is None and dl is not None and dl.form == m.form and dl.region is not None:
            choice = dl.region
        if choice is None:
            order = ("provinsi", "kota", "kabupaten")
            choice = sorted(cands, key=lambda c: order.index(c.level))[0]
            m.confidence = 0.6
        else:
            m.confidence = 0.85
        m.region = choice


def _pick_kecamatan(table: RegionTable, cands: list[Region], out: RegionFindings) -> Region | None:
    if len(cands) == 1:
        return cands[0]
    mentioned = {c.code for m in out.mentions for c in m.candidates if m.prefix_level != "kecamatan"}
    for c in cands:
        if c.parent in mentioned:
            return c
    return None
