"""Indonesian-news cleaning that trafilatura does not do.

trafilatura keeps the article body, but regional news templates put boilerplate inside
the body: "Baca juga:" link lines, "Artikel ini telah tayang di ..." notices, prompts to
join a Telegram group or follow the outlet on Google News, advertisement markers,
editor/reporter trailers, copyright lines, photo captions, share widgets, comment forms
and tag lists. Those whole-line families are data (corpus/chrome.csv, read by
corpus/chrome.py); the rules here are the ones that need state or cut part of a line (the
reaction widget, a caption credit at the end of a line). Each removal is counted in
`Cleaned.removed` under its family or rule name, which the tests check one by one.

The dateline prefix ("MALANG, TABLOIDJAWATIMUR.COM –") is not text of the story: it is cut
off and kept as metadata (place and outlet); extraction gets the place back as a hint
(arahan.extract.pipeline), so a stored document and the raw text give the same regions.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from arahan.corpus.chrome import chrome_family

_I = re.IGNORECASE

# A caption credit at the end of a line: "... saat apel (Foto: Humas Pemkab Malang)".
CAPTION_TAIL = re.compile(r"\s*\((foto|dok|ilustrasi)\s*[:/][^)]{0,120}\)\s*$", _I)
REACTION_HEAD = re.compile(r"^(what'?s|what is) your reaction\??$|^bagaimana reaksi anda\??$|^reaksi anda\??$", _I)
REACTION_WORDS = {"senang", "sedih", "marah", "terkejut", "lucu", "takut", "suka", "love", "like", "dislike",
                  "funny", "angry", "sad", "wow", "happy", "bangga", "kecewa", "terinspirasi", "tidak peduli",
                  "terhibur", "inspiratif"}
# "MALANG, TABLOIDJAWATIMUR.COM –", "SAMARINDA –", "Jakarta (ANTARA) -", "KOTA BATU, Kabarjatim.example -"
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z'.]*(?:[ \-][A-Z][A-Za-z'.]*){0,3})\s*"
    r"(?:,\s*(?P<outlet>[A-Za-z0-9][\w.\-]*(?:\s[\w.\-]+){0,2}?))?\s*"
    r"(?:\((?P<agency>[A-Za-z. ]{2,20})\))?\s*[–—-]{1,2}\s+"
)


_SPACES = re.compile(r"[ \t\u00a0]+")
# A link label alone on its line ("Baca juga:", "BACA JUGA"); the headline it links to follows it.
BARE_LINK_LABEL = re.compile(r"\W{0,3}(?:baca|simak|lihat|cek)\s+(?:juga|pula)\W*$", re.IGNORECASE)
LINKED_HEADLINE = 160  # a longer line after the label is the story going on
LONG_LINE = 300  # characters; a line this long is a story paragraph, not a reaction label


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
    in_reactions = after_label = False
    for line in lines:
        if not line:
            continue
        rule = _line_rule(line, in_reactions)
        if rule is None and after_label and len(line) < LINKED_HEADLINE and not line.endswith((".", '"', "”")):
            rule = "baca_juga"  # "Baca juga:" alone on its line: the next line is the linked story's headline
        in_reactions = rule == "reaction"
        after_label = rule == "baca_juga" and BARE_LINK_LABEL.match(line) is not None
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
    family = chrome_family(line)
    if family:
        return family
    # The reaction widget is a heading followed by bare labels: only the heading is chrome on its own.
    if len(line) >= LONG_LINE:
        return None
    if REACTION_HEAD.match(line):
        return "reaction"
    low = line.lower()
    if in_reactions and (low.rstrip(" 0123456789") in REACTION_WORDS or low.isdigit()):
        return "reaction"
    return None


def dateline_prefix(line: str) -> tuple[str, str | None, int] | None:
    """(place, outlet, end of the prefix) when `line` opens with a dateline, else None.

    Only a real dateline counts: an upper-case place, or a place followed by an outlet or
    agency, with a story after it. arahan.extract.text reads a raw text's dateline by this rule too,
    so that the raw text and its stored (cut) form give the same regions.
    """
    match = DATELINE.match(line)
    if not match:
        return None
    place, outlet, agency = match.group("place"), match.group("outlet"), match.group("agency")
    if not (place.isupper() or outlet or agency):
        return None
    if len(line) - match.end() < 20:
        return None
    return (place.title() if place.isupper() else place), ((outlet or agency or "").strip() or None), match.end()


def _cut_dateline(first: str, result: Cleaned) -> str:
    found = dateline_prefix(first)
    if found is None:
        return first
    result.dateline_place, result.dateline_outlet, end = found
    result.removed["dateline"] += 1
    return first[end:]
