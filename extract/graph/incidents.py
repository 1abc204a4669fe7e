"""Incident clustering: the same directive reported by several articles is one node.

Two directive findings are one incident when they have the same issuer (resolved
node), the same type, overlapping targets (or targets missing on one side) and dates
at most WINDOW_DAYS apart. Each incident's confidence grows with the number of
independent sources: syndicated copies (same story_id) count once, however many
outlets carry them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from arahan.store.graph import GraphTables

WINDOW_DAYS = 3


@dataclass
class Incident:
    id: str
    issuer: str
    type: str
    date: str | None
    targets: set[str] = field(default_factory=set)
    documents: set[int] = field(default_factory=set)  # reporting documents of this build only
    new: bool = False            # created by this build: all its reports are in `reports`
    reports: list = field(default_factory=list)
    written: int = -1            # how many reports the last node write summarised


@lru_cache(maxsize=1 << 14)  # a build asks for the same few hundred dates again and again
def _day_number(text: str | None) -> int | None:
    """Ordinal day of an ISO date ('2024-06-21', or its first 10 characters); None when there is none."""
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10]).toordinal()
    except ValueError:
        return None


def _jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


class IncidentIndex:
    """Known incidents by (issuer, type), loaded from the store on demand."""

    def __init__(self, tables: GraphTables, window_days: int = WINDOW_DAYS, lookup: bool = True):
        self.tables = tables
        self.window = window_days
        self.lookup = lookup            # False while filling an empty graph: everything is in memory
        # (issuer, type) -> day number (None: undated) -> incidents: a match looks at the few days
        # of its window, not at every incident of a busy issuer (which made big builds quadratic).
        self.by_key: dict[tuple[str, str], dict[int | None, list[Incident]]] = {}
        self.looked_up: set[tuple] = set()
        self.dirty: dict[str, Incident] = {}
        self.by_id: dict[str, Incident] = {}

    def _load(self, issuer: str, type_: str, when: str | None) -> None:
        """Stored incidents of this issuer and type near this date (once per issuer, type and date)."""
        key = (issuer, type_, when)
        if key in self.looked_up:
            return
        self.looked_up.add(key)
        lo = hi = None
        if when:
            try:
                day = date.fromisoformat(when[:10])
            except ValueError:
                day = None
            if day:
                lo, hi = (day - timedelta(days=self.window)).isoformat(), (day + timedelta(days=self.window)).isoformat()
        for row in self.tables.incidents_near(issuer, type_, lo, hi):
            if row["id"] not in self.by_id:
                self._index(Incident(row["id"], row["issuer"], row["type"], row["date"], set(row["targets"])))

    def _index(self, inc: Incident) -> None:
        self.by_id[inc.id] = inc
        day = _day_number(inc.date)
        if day is None and inc.date:
            return  # an unreadable date matches nothing
        self.by_key.setdefault((inc.issuer, inc.type), {}).setdefault(day, []).append(inc)

    def match(self, issuer: str, type_: str, when: str | None, targets: set[str], document_id: int) -> Incident | None:
        if self.lookup:
            self._load(issuer, type_, when)
        by_day = self.by_key.get((issuer, type_))
        if not by_day:
            return None
        day = _day_number(when)
        if day is None and when:
            return None  # an unreadable date matches nothing
        # Undated findings only join undated incidents (and dated ones only dated ones).
        days = [None] if day is None else range(day - self.window, day + self.window + 1)
        best, best_score = None, None
        for d in days:
            for inc in by_day.get(d, ()):
                if document_id in inc.documents:
                    continue  # one article's distinct findings stay distinct incidents
                if targets and inc.targets and not targets & inc.targets:
                    continue
                score = (_jaccard(targets, inc.targets), -abs(d - day) if day is not None else 0)
                if best_score is None or score > best_score:
                    best, best_score = inc, score
        return best

    def add(self, inc: Incident) -> None:
        inc.new = True
        self._index(inc)
        self.dirty[inc.id] = inc

    def report(self, inc: Incident, targets: set[str], document_id: int, outlet: str | None = None,
               story_id: int | None = None, confidence: float | None = None) -> None:
        inc.documents.add(document_id)
        self.by_id[inc.id] = inc
        inc.reports.append({"document_id": document_id, "outlet": outlet, "story_id": story_id,
                            "confidence": confidence})
        if not targets <= inc.targets:
            inc.targets |= targets
            self.dirty[inc.id] = inc

    def summary_now(self, incident_id: str) -> dict:
        """Source counts of an incident created by this build, from its reports so far ({} for older ones)."""
        inc = self.by_id.get(incident_id)
        if inc is None or not inc.new:
            return {}
        inc.written = len(inc.reports)
        return incident_confidence(inc.reports)

    def summary_is_final(self, incident_id: str) -> bool:
        inc = self.by_id.get(incident_id)
        return inc is not None and inc.new and inc.written == len(inc.reports)

    def take_dirty(self) -> list[tuple]:
        """Rows of the incidents created or widened since the last call, for `GraphTables.upsert_incidents`."""
        rows = [(i.id, i.issuer, i.type, i.date, sorted(i.targets)) for i in self.dirty.values()]
        self.dirty.clear()
        return rows


def incident_confidence(reports: list[dict]) -> dict:
    """Node attributes of an incident from its reports (dicts with outlet, story_id, confidence)."""
    if len(reports) == 1:  # most incidents: the same figures without the sets (a big build makes 300,000)
        r = reports[0]
        return _incident_attrs(1, [r["outlet"]] if r["outlet"] else [], 1, r["confidence"] or 0.5)
    stories = {r["story_id"] if r["story_id"] is not None else -r["document_id"] for r in reports}
    outlets = {r["outlet"] for r in reports if r["outlet"]}
    independent = min(len(stories), max(len(outlets), 1))
    base = max((r["confidence"] or 0.5 for r in reports), default=0.5)
    return _incident_attrs(len({r["document_id"] for r in reports}), sorted(outlets), independent, base)


def _incident_attrs(n_reports: int, outlets: list[str], independent: int, base: float) -> dict:
    """Each independent outlet is another chance that the best report is right."""
    return {
        "n_reports": n_reports,
        "n_outlets": len(outlets),
        "independent_outlets": independent,
        "outlets": outlets,
        "confidence": round(min(1 - (1 - base) ** independent, 0.99), 4),
    }
