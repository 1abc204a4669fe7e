"""Watchlists: saved queries over the graph's incidents, and runs that report what is new.

A watchlist says which directives a user follows: a region (with or without the places
under it), a person, an office, an organization, directive types, keywords (searched in
the reporting articles, see arahan.corpus.search), a minimum confidence and a minimum number of
outlets. `run` returns the matching incidents not reported before and remembers them, so
the next run reports only newer ones; each item carries the evidence sentence of its
earliest report and the link to that article. Digests are written by arahan.extract.digest.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from arahan.corpus.search import QueryError, Stemmer, refresh_stems, resolve_regions, stemmer
from arahan.corpus.search_query import parse, to_fts
from arahan.store.database import Store
from arahan.store.search import Filters, SearchTables
from arahan.store.watch import WatchTables
from arahan.extract.review import DIRECTIVE_TYPES


class WatchError(ValueError):
    """A watchlist that cannot be saved or run; the message is one line."""


@dataclass
class Watchlist:
    region: str | None = None          # province or kabupaten/kota name, or code
    sub_regions: bool = True           # also the places under the region
    person: str | None = None          # part of the issuing person's name
    office: str | None = None          # part of the office's name (Bupati Malang)
    organization: str | None = None    # part of the issuing organization's name
    types: list[str] = field(default_factory=list)
    keywords: str | None = None        # a search query over the reporting articles
    stem: bool = False                 # keywords with affixes folded
    min_confidence: float = 0.0
    min_outlets: int = 1

    @classmethod
    def from_dict(cls, d: dict) -> "Watchlist":
        return cls(**{k: v for k, v in d.items() if k in cls.__dataclass_fields__})

    def to_dict(self) -> dict:
        return {k: v for k, v in asdict(self).items() if v not in (None, [], False) or k == "sub_regions"}

    def check(self) -> None:
        """Raise WatchError when the list cannot match anything as written."""
        unknown = [t for t in self.types if t not in DIRECTIVE_TYPES]
        if unknown:
            raise WatchError(f"unknown directive type(s) {', '.join(unknown)}; choose from {', '.join(DIRECTIVE_TYPES)}")
        if self.region and not resolve_regions(self.region):
            raise WatchError(f"unknown region {self.region!r}: give a province or kabupaten/kota name, or its code")
        if self.keywords:
            try:
                parse(self.keywords)
            except QueryError as exc:
                raise WatchError(f"keywords {self.keywords!r}: {exc}") from None
        if not 0 <= self.min_confidence <= 1:
            raise WatchError("minimum confidence is between 0 and 1")

    def describe(self) -> str:
        parts = []
        if self.region:
            parts.append(f"in {self.region}" + (" and below" if self.sub_regions else " only"))
        for label, value in (("person", self.person), ("office", self.office), ("organization", self.organization)):
            if value:
                parts.append(f"{label} ~ {value}")
        if self.types:
            parts.append("type " + "/".join(self.types))
        if self.keywords:
            parts.append(f"words {self.keywords!r}" + (" (stemmed)" if self.stem else ""))
        if self.min_confidence:
            parts.append(f"confidence ≥ {self.min_confidence:g}")
        if self.min_outlets > 1:
            parts.append(f"≥ {self.min_outlets} outlets")
        return ", ".join(parts) or "every directive"


DETAILED = 200  # items per run that get their evidence sentence and link (the newest by date)


def matches(store: Store, wl: Watchlist, *, skip: set[str] = frozenset(), detailed: int = DETAILED) -> list[dict]:
    """The incidents the watchlist matches now (less those in `skip`), newest first; the first
    `detailed` carry their earliest report's sentence and link (a first run over a big store
    can match tens of thousands, and a digest of that many is read by nobody)."""
    tables = WatchTables(store)
    documents = None
    if wl.keywords:
        stem: Stemmer | None = stemmer() if wl.stem else None
        if stem and not store.readonly:
            refresh_stems(store)
        fts = to_fts(parse(wl.keywords), stem or (lambda w: w))
        documents = SearchTables(store).matching_ids(fts, Filters(), stemmed=bool(stem))
    issuer_types, issuer_like = [], None
    if wl.person:
        issuer_types, issuer_like = ["Person"], wl.person
    elif wl.organization:
        issuer_types, issuer_like = ["Organization"], wl.organization
    rows = tables.incidents(types=wl.types, regions=resolve_regions(wl.region) if wl.region else [],
                            sub_regions=wl.sub_regions, issuer_types=issuer_types, issuer_like=issuer_like,
                            office_like=wl.office, min_confidence=wl.min_confidence, min_outlets=wl.min_outlets,
                            documents=documents)
    rows = sorted((r for r in rows if r["id"] not in skip), key=lambda r: (r["date"] or "", r["id"]), reverse=True)
    reports = tables.first_report([r["id"] for r in rows[:detailed]])
    items = []
    for r in rows:
        rep = reports.get(r["id"], {})
        items.append({"key": r["id"], "label": r["label"] or r["id"], "type": r["type"], "date": r["date"],
                      "issuer": r["issuer"], "region": r["region"], "confidence": r["confidence"],
                      "outlets": r["outlets"], "reviewed": r["reviewed"], "sentence": rep.get("sentence"),
                      "url": rep.get("canonical_url"), "title": rep.get("title"), "outlet": rep.get("outlet"),
                      "document_id": rep.get("document_id")})
    return items


def run(store: Store, name: str) -> list[dict]:
    """The items of watchlist `name` not reported by an earlier run; they are remembered as reported."""
    tables = WatchTables(store)
    found = tables.watchlists([name])
    if not found:
        raise WatchError(f"no watchlist {name!r} (see `arahan watch list`)")
    wl = found[0]
    new = matches(store, Watchlist.from_dict(wl["query"]), skip=tables.seen_keys(wl["id"]))
    tables.mark_seen(wl["id"], new)
    return new


def add(store: Store, name: str, wl: Watchlist) -> int:
    if not name.strip():
        raise WatchError("a watchlist needs a name")
    wl.check()
    tables = WatchTables(store)
    if tables.watchlists([name]):
        raise WatchError(f"a watchlist named {name!r} exists; remove it first or choose another name")
    return tables.add_watchlist(name, wl.to_dict())
