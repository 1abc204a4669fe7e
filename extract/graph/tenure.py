"""Tenure: who held which office when, and who a title-only mention means.

An Occupancy is one HOLDS edge (person -> office, per acting form) read as an
interval: it starts at an explicit start cue ("dilantik", "menjabat sejak ...") or
else at the first dated mention, and ends at an explicit end cue ("diberhentikan",
"purna tugas", a "mantan" mention) or else at the last dated mention. The dates of the cues
are read by extraction's own date finder (arahan.extract.dates), so tenure knows every form
extraction knows ("menjabat sejak 12/3/2024", "dilantik pada 5 Februari 2024") and no month table of its own.

`holder_on(occupancies, date)` answers "who was Pj Bupati Bojonegoro on 2024-09-18"
with a confidence: high inside an observed interval, lower just outside one (a person
is often in office before the first article and after the last), None when the corpus
does not know.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from arahan.extract.dates import DateMention, day_of, find_dates, parse_iso

_START_CUES = re.compile(r"\b(dilantik|pelantikan|dikukuhkan|resmi menjabat|mulai menjabat|serah terima jabatan|sertijab)\b", re.I)
# "menjabat sejak|mulai": the date written right after it is the start of the tenure.
_SINCE = re.compile(r"\bmenjabat\s+(?:sejak|mulai)\s+", re.I)
_END_CUES = re.compile(r"\b(diberhentikan|purna tugas|purnatugas|mengakhiri masa jabatan|berakhir masa jabatan(?:nya)?|"
                       r"digantikan|lengser|dicopot|mengundurkan diri)\b", re.I)
# Word pieces of every cue below: most sentences carry none, and a substring test on the
# lowercased sentence is far cheaper than the three case-insensitive searches.
_CUE_PIECES = ("jabat", "lantik", "kukuh", "sertijab", "henti", "purna", "gantikan", "lengser", "copot", "undurkan")
# The same test as one search (a build runs it on every official's sentence): one call in C
# instead of a generator stepping through ten substring tests.
_ANY_CUE_PIECE = re.compile("|".join(_CUE_PIECES))
# How far beyond its observed interval an occupancy is still believed (days).
BEFORE_FIRST = 90
AFTER_LAST = 180


def tenure_cues(sentence: str | None, seen: str | None, former: bool = False) -> dict:
    """Start/end dates a mention's sentence states about the tenure (attrs for the HOLDS edge).

    `seen` is the date extraction gave the finding (a directive's date, else the publication
    date): the start or end when the sentence has a cue but states no date of its own.
    """
    out: dict = {}
    lowered = sentence.lower() if sentence else ""
    if lowered and _ANY_CUE_PIECE.search(lowered):
        dates = find_dates(sentence, parse_iso(seen))
        since = _SINCE.search(sentence)
        start = _START_CUES.search(sentence)
        if since and (stated := _date_at(dates, since.end(), 0)):
            out["started"] = stated
        elif since and (year := re.match(r"(?:19|20)\d\d(?!\d)", sentence[since.end():])):
            out["started"] = f"{year.group()}-01-01"  # "menjabat mulai 2022": a bare year is a date only after the cue
        elif start and (stated := _date_at(dates, start.end(), 60, precise=True)) and (not seen or _days(seen, stated) >= 0):
            out["started"] = stated  # "yang dilantik sebagai Pj Bupati pada 5 Februari 2024"
        elif seen and start:
            out["started"] = seen
        if seen and _END_CUES.search(sentence):
            out["ended"] = seen
    if former and seen:
        out["ended"] = seen
    return out


def _date_at(dates: list[DateMention], at: int, within: int, precise: bool = False) -> str | None:
    """The day (ISO) of the first resolved date starting `within` characters after offset `at`;
    `precise`: only a date with its day ("Februari 2024" after "dilantik" is background, not the day)."""
    for d in dates:
        if at <= d.start <= at + within and d.value and (d.precision == "day" or not precise):
            return day_of(d.value).isoformat()
    return None


@dataclass
class Occupancy:
    person: str
    office: str
    acting: str | None
    first_seen: str | None
    last_seen: str | None
    started: str | None = None
    ended: str | None = None

    @property
    def start(self) -> str | None:
        return min(filter(None, (self.started, self.first_seen)), default=None)

    @property
    def end(self) -> str | None:
        if self.ended:
            return self.ended
        return self.last_seen


def occupancies_from_edges(edges: list[dict]) -> list[Occupancy]:
    """Occupancies of HOLDS edges (dicts with src, dst, first_seen, last_seen, attrs)."""
    out = []
    for e in edges:
        a = e.get("attrs") or {}
        out.append(Occupancy(e["src"], e["dst"], a.get("acting"), e.get("first_seen"), e.get("last_seen"),
                             a.get("started"), a.get("ended")))
    return out


def _days(a: str, b: str) -> int:
    return (day_of(a) - day_of(b)).days


def holder_on(occupancies: list[Occupancy], when: str | None, acting: str | None = None) -> tuple[str, float] | None:
    """The person holding the office on `when` (ISO date), with a confidence; None if unknown.

    Only occupancies of the same acting form count ("Pj Bupati" is not the elected
    Bupati). Inside one observed interval: 0.9 (0.6 if two overlap). Outside all of
    them: the nearest one within BEFORE_FIRST/AFTER_LAST days, with nobody else in
    between, at a confidence that falls with the distance.
    """
    try:
        day_of(when or "")
    except ValueError:
        return None  # no date, or not one we can place
    cands = [o for o in occupancies if (o.acting or None) == (acting or None) and o.start and o.end]
    if not cands:
        return None
    inside = [o for o in cands if _days(when, o.start) >= 0 and _days(o.end, when) >= 0]
    if len(inside) == 1:
        return inside[0].person, 0.9
    if len(inside) > 1:
        best = max(inside, key=lambda o: o.start)  # the later appointment replaced the earlier one
        return best.person, 0.6
    scored = []
    for o in cands:
        if _days(when, o.end) > 0 and not o.ended:      # after the last mention
            gap, limit = _days(when, o.end), AFTER_LAST
        elif _days(o.start, when) > 0 and not o.started:  # before the first mention
            gap, limit = _days(o.start, when), BEFORE_FIRST
        else:
            continue
        if gap <= limit:
            scored.append((gap, limit, o))
    if not scored:
        return None
    gap, limit, o = min(scored, key=lambda t: t[0])
    # Somebody else seen in the office (in any acting form) between the date and this occupancy: not this one.
    lo, hi = sorted((when, o.end if _days(when, o.end) > 0 else o.start))
    for other in occupancies:
        if other.person != o.person and other.start and other.end and other.start <= hi and other.end >= lo:
            return None
    return o.person, round(0.8 * (1 - gap / (2 * limit)), 3)
