"""Text helpers shared by the extraction components: sentence segments, word index, datelines.

The components work on character offsets into the stored text, so that every finding can
point back at its evidence whatever pipeline produced the Doc (blank, trained spaCy, or
the Stanza adapter). Segments are the Doc's sentences further cut at line breaks and at
sentence punctuation that a statistical parser or the plain sentencizer may have missed or
put after an honorific ("HM." "Drs."); lines that only link to other articles ("Baca juga:")
are marked so that their entities are not counted.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

WORD_RE = re.compile(r"[0-9A-Za-zÀ-ÿ]+(?:['’.][0-9A-Za-zÀ-ÿ]+)*")
SKIP_LINE_RE = re.compile(
    r"^\s*(?:baca\s+juga|baca\s+:|simak\s+juga|lihat\s+juga|artikel\s+terkait|berita\s+terkait|"
    r"https?://|www\.|cek\s+berita|ikuti\s+(?:berita|kami)|konten\s+di\s+bawah)",
    re.I,
)
# Words after which a full stop does not end a sentence (honorifics, degrees, abbreviations).
NO_BREAK_AFTER = frozenset(
    "h hj hm hc kh dr drs dra ir prof no nomor kab kec kel jl jln st sos si pd kom ag ak hum sc mm msi sh se sp "
    "sip sik mh mpd ma mba mt spd skm sked skom apt bc tn ny nn sdr kol let letkol mayjen brigjen irjen kombes "
    "akbp akp iptu ipda aiptu bripka brigpol serka vs dkk dsb yth ttd pt cv tbk ra rr kp pj plt plh pjs prov "
    "pemkab pemkot pemko pemprov pemda".split()
)
# The longest segment the components read. News sentences stay under about 400 characters; a
# text without sentence punctuation (a transcript, a flattened list) would otherwise be one
# segment, over which every cue's context search runs again: quadratic time on a long text.
MAX_SEGMENT_CHARS = 1000
BOUNDARY_RE = re.compile(r"[.!?]+[\"”’']?(?=\s+[\"“‘(]?[A-Z0-9])|[.!?]+[\"”’']?(?=\s*$)")


@dataclass
class Segment:
    """A sentence-like stretch of the text: offsets, the line it is in, and whether to skip it."""

    start: int
    end: int
    line: int
    skip: bool = False
    text: str = ""
    title_case: bool | None = None  # headline-style (Title Case, no final full stop); set when first asked


@dataclass
class TextIndex:
    """Words and segments of one text, with lookups from a character offset."""

    text: str
    segments: list[Segment] = field(default_factory=list)
    word_starts: list[int] = field(default_factory=list)
    word_ends: list[int] = field(default_factory=list)
    words: list[str] = field(default_factory=list)
    memo: dict = field(default_factory=dict)  # answers the components compute once per text

    def segment_at(self, offset: int) -> int:
        """Index of the segment holding `offset` (the last one starting at or before it)."""
        lo, hi = 0, len(self.segments) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.segments[mid].start <= offset:
                lo = mid
            else:
                hi = mid - 1
        return lo

    def evidence(self, start: int, end: int) -> dict:
        """The evidence record for a finding at text[start:end]."""
        seg = self.segments[self.segment_at(start)] if self.segments else Segment(0, len(self.text), 0)
        return {
            "text": self.text[start:end],
            "start": start,
            "end": end,
            "sentence": self.text[seg.start:seg.end],
            "sent_start": seg.start,
            "sent_end": seg.end,
        }

    def skipped(self, offset: int) -> bool:
        return bool(self.segments) and self.segments[self.segment_at(offset)].skip


def build_index(text: str, sent_starts: list[int] | None = None) -> TextIndex:
    """Segment `text` (optionally honouring sentence starts from the Doc) and index its words."""
    index = TextIndex(text)
    cuts = sorted(set(sent_starts or ()))
    pos = 0
    for line_no, line in enumerate(text.split("\n")):
        line_start, line_end = pos, pos + len(line)
        pos = line_end + 1
        if not line.strip():
            continue
        skip = bool(SKIP_LINE_RE.match(line))
        starts = [line_start]
        for m in BOUNDARY_RE.finditer(line):
            if _no_break(line, m.start()):
                continue
            nxt = line_start + m.end()
            while nxt < line_end and line[nxt - line_start].isspace():
                nxt += 1
            if nxt < line_end:
                starts.append(nxt)
        lo, hi = bisect.bisect_right(cuts, line_start), bisect.bisect_left(cuts, line_end)
        starts.extend(c for c in cuts[lo:hi] if _ends_sentence(text, c))
        starts = sorted(set(starts))
        for i, s in enumerate(starts):
            e = starts[i + 1] if i + 1 < len(starts) else line_end
            while e > s and text[e - 1].isspace():
                e -= 1
            for a, b in _bounded(text, s, e):
                index.segments.append(Segment(a, b, line_no, skip, text[a:b]))
    for m in WORD_RE.finditer(text):
        index.word_starts.append(m.start())
        index.word_ends.append(m.end())
        index.words.append(m.group())
    return index


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) cut into pieces of at most MAX_SEGMENT_CHARS, each after the last ';', ','
    or space of its second half (a clause boundary where there is one), else mid-word."""
    pieces = []
    while end - start > MAX_SEGMENT_CHARS:
        lo, hi = start + MAX_SEGMENT_CHARS // 2, start + MAX_SEGMENT_CHARS
        cut = next((i + 1 for sep in ";, " if (i := text.rfind(sep, lo, hi)) >= 0), hi)
        piece_end = cut
        while piece_end > start and text[piece_end - 1].isspace():
            piece_end -= 1
        pieces.append((start, piece_end))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        pieces.append((start, end))
    return pieces


def _ends_sentence(text: str, cut: int) -> bool:
    """A pipeline's sentence start is kept only after sentence punctuation that is not an abbreviation."""
    i = cut - 1
    while i > 0 and text[i].isspace():
        i -= 1
    if text[i:i + 1] not in (".", "!", "?", '"', "”"):
        return False
    return not _no_break(text, _prev_dot(text, cut))


def _prev_dot(text: str, cut: int) -> int:
    i = cut - 1
    while i > 0 and text[i].isspace():
        i -= 1
    return i if text[i:i + 1] == "." else -1


def _no_break(line: str, dot: int) -> bool:
    """True when the full stop at `dot` follows an abbreviation or an initial."""
    if dot < 0:
        return False
    if line[dot] != ".":
        return False
    j = dot
    while j > 0 and (line[j - 1].isalnum()):
        j -= 1
    word = line[j:dot]
    if not word:
        return False
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "M. Sanusi", "S. Sos"
    if word.isdigit() and len(word) <= 2 and not line[line.rfind("\n", 0, j) + 1:j].strip():
        return True  # "1. Membatasi ...": a list item's number starts its sentence, it is no sentence
    return word.lower() in NO_BREAK_AFTER


DATELINE_RE = re.compile(
    r"^\s*(?:[A-Za-z][A-Za-z0-9]*\.(?:COM|CO\.ID|ID|com|co\.id|id)\s*,\s*)?"
    r"(?P<place>[A-Z][A-Za-z'’\-]+(?:\s+[A-Z][A-Za-z'’\-]+){0,3})"
    r"\s*(?:\([^)]{1,40}\)(?!\s+[a-z])\s*[:\-–—]*|[,|]\s*[A-Za-z][\w .]{1,30}?\s*[-–—|]+|\s+[-–—]{1,2}|[-–—]{1,2}(?![a-z])|:)"
)


BYLINE_RE = re.compile(r"^\s*(?:penulis|editor|reporter|redaktur|laporan|foto|sumber)\b", re.I)


def dateline_places(text: str, index: TextIndex) -> list[tuple[str, int, int]]:
    """Candidate places of the article's dateline ("MAKASSAR --", "Manokwari (ANTARA) -").

    Looks at the first line that reads like a lede; returns the word(s) before the outlet
    or dash, and the word after a comma ("KOLAKA POS, Makassar --"), for the region matcher
    to resolve.
    """
    out: list[tuple[str, int, int]] = []
    lines = 0
    for seg in index.segments[:40]:
        if seg.skip or seg.start != _line_start(text, seg.start):
            continue
        line = text[seg.start:seg.end]
        m = DATELINE_RE.match(line)
        if not m or len(line) < 40 or BYLINE_RE.match(line):
            continue
        out += [(m.group("place"), seg.start + m.start("place"), seg.start + m.end("place"))]
        tail = re.match(r"\s*,\s*([A-Z][A-Za-z'’\-]+(?:\s+[A-Z][A-Za-z'’\-]+)?)\s*[-–—]", line[m.end("place"):])
        if tail:
            s = seg.start + m.end("place") + tail.start(1)
            out.append((tail.group(1), s, s + len(tail.group(1))))
        lines += 1
        if lines == 3:
            break
    return out


def cleaner_dateline(text: str, line_start: int) -> tuple[list[tuple[str, int, int]], tuple[int, int] | None]:
    """The dateline corpus/clean.py would cut from the line at `line_start`, read in place.

    The cleaner cuts "NGABANG, LANDAK NEWS – " off a stored text by the rule it exports as
    `dateline_prefix`, and keeps its place and outlet. For a raw text this returns the same
    two as hints, [(place, start, end), (outlet, start, end)] (the forms arahan.extract.regions
    takes), and the span of the whole prefix, whose other words ("Antara Sultra") are the
    outlet, not a region; ([], None) when the rule finds no dateline there.
    """
    from arahan.corpus.clean import dateline_prefix  # the cleaner's rule, so both paths read the same dateline

    line_end = text.find("\n", line_start)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    found = dateline_prefix(line)
    if found is None:
        return [], None
    place, outlet, cut_at = found
    hints = []
    for form in (place, outlet):
        at = line.lower().find(form.lower()) if form else -1
        if 0 <= at < cut_at:
            hints.append((form, line_start + at, line_start + at + len(form)))
    return hints, (line_start, line_start + cut_at)


def _line_start(text: str, offset: int) -> int:
    return text.rfind("\n", 0, offset) + 1


def titlecase_name(name: str) -> str:
    """'SUPRIATMO LUMUAN' -> 'Supriatmo Lumuan'; names already in mixed case are kept."""
    if name.isupper() and len(name) > 3:
        return " ".join(w.capitalize() for w in name.split())
    return name


def whole_words(patterns: list[str], group: str = "") -> re.Pattern:
    """One regex for many word patterns, each matched as whole words; with `group`, alternative i
    is the named group f"{group}{i}" (m.lastgroup says which matched).

    The "not after a word character" check comes once, before the alternatives, not once per
    alternative: inside a word the whole match fails at once instead of trying every pattern
    (the same matches, five to six times faster on news text).
    """
    alts = [f"(?P<{group}{i}>(?:{p})(?![\\w-]))" if group else f"(?:{p})(?![\\w-])" for i, p in enumerate(patterns)]
    return re.compile("(?<![\\w-])(?:" + "|".join(alts) + ")", re.IGNORECASE)
