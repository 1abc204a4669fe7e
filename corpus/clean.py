"""Indonesian-news cleaning that trafilatura does not do.

trafilatura keeps the article body, but regional news templates put boilerplate inside
the body: "Baca juga:" link lines, editor/reporter trailers, photo captions, reaction
and share widgets, comment forms, "scroll to top" links and tag lists. Each rule below
drops such lines (or parts of lines) and says so in `Cleaned.removed`, which the tests
check rule by rule. The dateline prefix ("MALANG, TABLOIDJAWATIMUR.COM –") is not text
of the story: it is cut off and kept as metadata (place and outlet).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

_I = re.IGNORECASE

# "Baca juga: ...", "BACA JUGA : ...", "Simak juga ...", also "Baca Juga" on its own line.
BACA_JUGA = re.compile(r"^\W{0,3}(baca|simak|lihat|cek)\s+(juga|pula|selengkapnya)\b\s*[:\-–]?", _I)
# "Penulis: X", "Editor : Y", "(Reporter: X / Redaktur: Y)", "Pewarta: A | Editor: B", "(ant/ed)".
TRAILER = re.compile(
    r"^\W{0,2}(penulis|editor|redaktur|reporter|pewarta|wartawan|penyunting|editing|kontributor|"
    r"laporan|sumber|copy\s*editor|publisher)\s*:", _I)
AGENCY_CODE = re.compile(r"^\(\s*[a-z]{2,5}(\s*/\s*[a-z]{2,5}){0,3}\s*\)$", _I)
# A line that is a photo caption: "Foto: Humas Pemkab ...", "(Foto: ...)", "FOTO/ANTARA ...".
CAPTION_LINE = re.compile(r"^\W{0,2}(foto|dok|dokumentasi|ilustrasi|ist|istimewa)\s*[:/.]|^\((foto|dok)\s*[:/]", _I)
# A caption credit at the end of a line: "... saat apel (Foto: Humas Pemkab Malang)".
CAPTION_TAIL = re.compile(r"\s*\((foto|dok|ilustrasi)\s*[:/][^)]{0,120}\)\s*$", _I)
REACTION_HEAD = re.compile(r"^(what'?s|what is) your reaction\??$|^bagaimana reaksi anda\??$|^reaksi anda\??$", _I)
REACTION_WORDS = {"senang", "sedih", "marah", "terkejut", "lucu", "takut", "suka", "love", "like", "dislike",
                  "funny", "angry", "sad", "wow", "happy", "bangga", "kecewa", "terinspirasi", "tidak peduli",
                  "terhibur", "inspiratif"}
SHARE = re.compile(
    r"^(bagikan|share|share this|sebarkan|salin tautan|copy link|bagikan artikel ini)\s*:?\s*$|"
    r"^((facebook|twitter|whatsapp|telegram|line|linkedin|pinterest|email|x|salin tautan)\W*){2,}$", _I)
COMMENT_FORM = re.compile(
    r"^(tinggalkan (balasan|komentar)|beri komentar|tulis komentar|komentar anda|"
    r"alamat email anda tidak akan dipublikasikan|kirim komentar|batalkan balasan|"
    r"(nama|email|situs web|komentar)\s*\*?$)", _I)
SCROLL_TOP = re.compile(r"^(scroll to top|back to top|kembali ke atas|ke atas)\s*$", _I)
TAGS = re.compile(r"^(tags?|topik|kata kunci|label|tagar)\s*:", _I)
# "MALANG, TABLOIDJAWATIMUR.COM –", "SAMARINDA –", "Jakarta (ANTARA) -", "KOTA BATU, Kabarjatim.example -"
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z'.]*(?:[ \-][A-Z][A-Za-z'.]*){0,3})\s*"
    r"(?:,\s*(?P<outlet>[A-Za-z0-9][\w.\-]*(?:\s[\w.\-]+){0,2}?))?\s*"
    r"(?:\((?P<agency>[A-Za-z. ]{2,20})\))?\s*[–—-]{1,2}\s+"
)


_SPACES = re.compile(r"[ \t\u00a0]+")
LONG_LINE = 300  # characters; the longest boilerplate line a rule below accepts is shorter


@dataclass
class Cleaned:
    text: str
    dateline_place: str | None = None
    dateline_outlet: str | None = None
    removed: Counter = field(default_factory=Counter)


def clean_text(text: str, title: str | None = None) -> Cleaned:
    """Apply every rule to an extracted article text (paragraphs separated by newlines)."""
    removed: Counter = Counter()
    lines = [_squeeze(line) for line in text.replace("\r", "").split("\n")]
    # The headline repeated as the first line of the body (some templates put the h1 inside it).
    while lines and title and _same_words(lines[0], title):
        removed["title_repeat"] += 1
        lines.pop(0)
    kept: list[str] = []
    in_reactions = False
    for line in lines:
        if not line:
            continue
        rule = _line_rule(line, in_reactions)
        in_reactions = rule == "reaction"
        if rule:
            removed[rule] += 1
            continue
        stripped = CAPTION_TAIL.sub("", line) if line.endswith(")") else line
        if stripped != line:
            removed["caption"] += 1
            line = stripped
            if not line:
                continue
        kept.append(line)
    result = Cleaned(text="", removed=removed)
    if kept:
        kept[0] = _cut_dateline(kept[0], result)
    result.text = "\n".join(k for k in kept if k)
    return result


def _squeeze(line: str) -> str:
    """Runs of spaces, tabs and no-break spaces become one space; the line is stripped."""
    # Most lines have single spaces only, and a substring test is much cheaper than the regex.
    if "  " in line or "\t" in line or "\u00a0" in line:
        line = _SPACES.sub(" ", line)
    return line.strip()


def _same_words(a: str, b: str) -> bool:
    return re.findall(r"\w+", a.lower()) == re.findall(r"\w+", b.lower())


def _line_rule(line: str, in_reactions: bool) -> str | None:
    """Name of the rule that drops this whole line, or None to keep it."""
    if BACA_JUGA.match(line):
        return "baca_juga"
    if len(line) >= LONG_LINE:
        return None  # a story paragraph: every other rule is about short lines
    low = line.lower()
    if TRAILER.match(line) and len(line) < 160:
        return "trailer"
    if AGENCY_CODE.match(line):
        return "trailer"
    if CAPTION_LINE.match(line) and len(line) < 240:
        return "caption"
    if REACTION_HEAD.match(line):
        return "reaction"
    if in_reactions and (low.rstrip(" 0123456789") in REACTION_WORDS or low.isdigit()):
        return "reaction"
    if SHARE.match(line):
        return "share"
    if COMMENT_FORM.match(line):
        return "comment_form"
    if SCROLL_TOP.match(line):
        return "scroll_top"
    if TAGS.match(line) and len(line) < 300:
        return "tags"
    return None


def _cut_dateline(first: str, result: Cleaned) -> str:
    match = DATELINE.match(first)
    if not match:
        return first
    place, outlet, agency = match.group("place"), match.group("outlet"), match.group("agency")
    # Only a real dateline: an upper-case place, or a place followed by an outlet or agency.
    if not (place.isupper() or outlet or agency):
        return first
    if len(first) - match.end() < 20:
        return first
    result.dateline_place = place.title() if place.isupper() else place
    result.dateline_outlet = (outlet or agency or "").strip() or None
    result.removed["dateline"] += 1
    return first[match.end():]
