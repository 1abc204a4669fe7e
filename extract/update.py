"""`arahan update`: every source ingested, new articles extracted, the graph updated, watchlists run.

Each step is the resumable, idempotent step of its own command (ingest and import skip
what the store has; extraction takes only unextracted articles; the graph build only
stale ones; a watchlist reports only unseen items), so a second run on an unchanged
source set changes nothing. One source failing (unreachable, unreadable) is reported and
the others still run. Two updates on one store at once: the second stops at once with
`StoreBusy`, held by an exclusive lock on a file beside the store (released by the OS
when the holder dies, so a crash never leaves a stale lock).
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

from arahan.store.database import Store, utcnow
from arahan.store.watch import WatchTables

SOURCE_KINDS = ("sitemap", "feed", "crawl", "urls", "folder")


class StoreBusy(RuntimeError):
    """Another update holds the store; the message says which process."""


class SourceError(ValueError):
    """A source that cannot be added as written."""


def check_source(kind: str, target: str) -> str:
    """The target as stored (absolute path for files and folders), or SourceError."""
    if kind not in SOURCE_KINDS:
        raise SourceError(f"unknown source kind {kind!r}; choose from {', '.join(SOURCE_KINDS)}")
    if kind in ("urls", "folder"):
        path = Path(target).expanduser().resolve()
        if kind == "folder" and not path.is_dir():
            raise SourceError(f"{target}: no such folder")
        if kind == "urls" and not path.is_file():
            raise SourceError(f"{target}: no such file")
        return str(path)
    if urlparse(target).scheme not in ("http", "https") or not urlparse(target).netloc:
        raise SourceError(f"{target!r} is not an http(s) address")
    return target


@contextmanager
def update_lock(db_path: str) -> Iterator[None]:
    lock_path = f"{db_path}.update.lock"
    fh = open(lock_path, "a+")
    try:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fh.seek(0)
            holder = fh.read().strip() or "another process"
            raise StoreBusy(f"{db_path}: the store is busy: another `arahan update` is running ({holder}); "
                            "try again when it has finished") from None
        fh.seek(0)
        fh.truncate()
        fh.write(f"pid {os.getpid()}, started {utcnow()}")
        fh.flush()
        yield
    finally:
        fh.close()  # closing releases the lock


@dataclass
class UpdateOptions:
    backend: str = "blank"
    max_pages: int | None = None
    allow_private: bool = False
    delay: float = 1.0
    digests: Path = Path("digests")


@dataclass
class UpdateReport:
    sources: list[dict] = field(default_factory=list)   # kind, target, status, counts
    extracted: int = 0
    graph: dict = field(default_factory=dict)
    stemmed: int = 0
    watch: list[dict] = field(default_factory=list)     # name, new, files
    orphaned: int = 0                                   # review decisions whose finding is gone

    @property
    def failed_sources(self) -> int:
        return sum(1 for s in self.sources if s["status"] != "ok")


def _ingest_source(store: Store, source: dict, opts: UpdateOptions) -> dict:
    from arahan.corpus.batch import import_paths
    from arahan.corpus.engine import make_engine
    from arahan.corpus.fetch import FetchOptions
    from arahan.corpus.ingest import IngestOptions, ingest

    kind, target = source["kind"], source["target"]
    if kind == "folder":
        if not Path(target).is_dir():
            raise SourceError(f"folder {target} is gone")
        engine = make_engine("local", threads=0)
        try:
            summary = import_paths(store, [target], engine)
        finally:
            engine.close()
    else:
        urls = []
        if kind == "urls":
            lines = Path(target).read_text(encoding="utf-8").splitlines()
            urls = [u.strip() for u in lines if u.strip() and not u.lstrip().startswith("#")]
        options = IngestOptions(urls=urls, sitemaps=[target] if kind == "sitemap" else [],
                                feeds=[target] if kind == "feed" else [], crawls=[target] if kind == "crawl" else [],
                                max_pages=opts.max_pages,
                                fetch=FetchOptions(delay=opts.delay, allow_private=opts.allow_private, retries=1))
        engine = make_engine("local", threads=4)
        try:
            summary = ingest(store, options, engine)
        finally:
            engine.close()
    counts = {k: v for k, v in summary.counts.items() if v}
    stored = counts.get("new", 0) + counts.get("updated", 0) + counts.get("fetched", 0) + counts.get("extracted", 0)
    if summary.failed and not stored and not counts.get("unchanged") and not counts.get("duplicates"):
        reasons = "; ".join(f"{r} ({n})" for r, n in summary.failures.most_common(2))
        return {"status": f"failed: {reasons or 'nothing could be fetched'}", "counts": counts}
    return {"status": "ok", "counts": counts}


def _extract_new(store: Store, backend: str) -> int:
    from arahan.extract.pipeline import build_pipeline, extract_stored

    docs = list(store.documents(unextracted_only=True))
    if not docs:
        return 0  # no empty run row: a rerun changes nothing
    nlp = build_pipeline(backend)
    run_id = store.start_run("extract", {"backend": backend, "by": "update"})
    counts = {"documents": 0, "directives": 0}
    status = "finished"
    try:
        for doc in docs:
            result, _ = extract_stored(store, doc, backend=backend, nlp=nlp, run_id=run_id)
            counts["documents"] += 1
            counts["directives"] += len(result["directives"])
    except KeyboardInterrupt:
        status = "interrupted"
        raise
    finally:
        store.finish_run(run_id, counts, status=status)
    return counts["documents"]


def update(store: Store, opts: UpdateOptions, say: Callable[[str], None] = lambda _: None) -> UpdateReport:
    """One update of the store (the caller holds `update_lock`)."""
    from arahan.corpus.search import StemmerMissing, refresh_stems
    from arahan.store.review import ReviewTables
    from arahan.extract import digest, review, watch
    from arahan.extract.graph.build import update_graph

    report = UpdateReport()
    tables = WatchTables(store)
    for source in tables.sources():
        say(f"{source['kind']} {source['target']} …")
        try:
            done = _ingest_source(store, source, opts)
        except Exception as exc:  # one bad source never stops the others
            done = {"status": f"failed: {type(exc).__name__}: {exc}".splitlines()[0][:300], "counts": {}}
        tables.source_ran(source["id"], done["status"])
        report.sources.append({"kind": source["kind"], "target": source["target"], **done})
    report.extracted = _extract_new(store, opts.backend)
    report.graph = update_graph(store)
    report.orphaned = len(review.orphaned(ReviewTables(store)))
    try:
        report.stemmed = refresh_stems(store)
    except StemmerMissing:
        report.stemmed = 0  # stemmed search is optional; plain search is kept by triggers
    for wl in tables.watchlists():
        new = watch.run(store, wl["name"])
        files = digest.write(opts.digests, wl["name"], watch.Watchlist.from_dict(wl["query"]).describe(), new,
                             tables.recent(wl["id"], digest.FEED_ITEMS))
        report.watch.append({"name": wl["name"], "new": len(new), "files": [str(f) for f in files]})
    return report
