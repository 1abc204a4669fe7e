"""`arahan ingest`: discover -> frontier -> fetch -> extract -> clean -> dedup -> store.

The frontier (the store's `urls` table) is what makes a run resumable and idempotent:
discovered URLs are added once; each finished URL is marked (done, duplicate, robots,
failed, retry) in the same transaction that stores its document, so after Ctrl-C or a
crash the same command continues with the pending URLs and fetches nothing twice.
Transient failures (timeouts, 5xx, 429) are marked `retry` and tried again next run.

Scheduling keeps the per-host politeness across workers: URLs are grouped by host into
small batches, and at most `per_host` batches of one host are in flight at a time, each
fetched in order by one worker whose Fetcher spaces its requests.
"""

from __future__ import annotations

import time
from collections import Counter, deque
from dataclasses import dataclass, field, replace
from datetime import date

from arahan.corpus.discover import DateRange, DiscoveryError, feed_urls, is_document_link, sitemap_urls
from arahan.corpus.fetch import STOP, Fetcher, FetchOptions
from arahan.corpus.engine import Hook
from arahan.corpus.pipeline import fetch_and_process
from arahan.store.database import Store
from arahan.corpus.summary import Progress, RunSummary, summarise
from arahan.corpus.urls import BadURL, frontier_url, host_of, looks_like_article
from arahan.corpus.writer import OnDocument, Writer

CRAWL, HUB = "crawl", "crawl-hub"


@dataclass
class IngestOptions:
    urls: list[str] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)
    feeds: list[str] = field(default_factory=list)
    crawls: list[str] = field(default_factory=list)
    max_pages: int | None = None
    since: date | None = None
    until: date | None = None
    refresh: bool = False
    fetch: FetchOptions = field(default_factory=FetchOptions)
    batch_size: int = 4
    hook: Hook = None

    def args(self) -> dict:
        return {"urls": len(self.urls), "sitemaps": self.sitemaps, "feeds": self.feeds, "crawls": self.crawls,
                "max_pages": self.max_pages, "since": str(self.since or ""), "until": str(self.until or ""),
                "refresh": self.refresh, "delay": self.fetch.delay, "per_host": self.fetch.per_host,
                "user_agent": self.fetch.user_agent}


class Ingest:
    def __init__(self, store: Store, options: IngestOptions, engine, *, progress: Progress | None = None,
                 on_document: OnDocument | None = None):
        self.store, self.options, self.engine = store, options, engine
        self.progress = progress or Progress()
        self.run_id = store.start_run("ingest", {**options.args(), "engine": engine.name})
        self.writer = Writer(store, self.run_id, frontier=True, on_document=on_document)
        self.extra: Counter = Counter()
        self.scheduled: set[str] = set()
        self.in_flight: dict = {}            # future -> host
        self.unwritten: deque = deque()      # results fetched, not yet stored

    # ------------------------------------------------------------------ discovery
    def discover(self) -> None:
        o = self.options
        # Discovery runs in the client with its own polite fetcher (sitemaps are few).
        fetcher = Fetcher(o.fetch)
        dates = DateRange(o.since, o.until)
        seeds = [{"url": u, "source": "argument"} for u in o.urls]
        seeds += [{"url": u, "source": HUB} for u in o.crawls]
        self._add(seeds, requeue=o.refresh)
        for kind, sources, finder in (("sitemap", o.sitemaps, sitemap_urls), ("feed", o.feeds, feed_urls)):
            for source in sources:
                self.progress.note(f"reading {kind} {source}")
                errors: list[str] = []
                try:
                    self._add(finder(fetcher, source, dates, errors), requeue=o.refresh)
                except DiscoveryError as exc:
                    errors.append(str(exc))
                for error in errors:
                    self.writer.fail(source, error.split(": ", 1)[-1], "discover")

    def _add(self, found, requeue: bool = False) -> None:
        batch = []
        for item in found:
            try:
                item = {**item, "url": frontier_url(item["url"])}
            except BadURL as exc:
                self.writer.fail(item["url"], str(exc), "discover")
                continue
            batch.append(item)
            if len(batch) >= 1000:
                self._flush(batch, requeue)
                batch = []
        self._flush(batch, requeue)

    def _flush(self, batch: list[dict], requeue: bool) -> None:
        self.extra["discovered"] += len(batch)
        self.extra["new"] += self.store.add_urls(batch)
        if requeue:
            self.store.requeue_urls(item["url"] for item in batch)

    # --------------------------------------------------------------------- fetch
    def run(self) -> RunSummary:
        status = "finished"
        STOP.clear()
        try:
            self.discover()
            self._fetch_all()
        except KeyboardInterrupt:
            status = "interrupted"
            try:
                self._wind_down()
            except KeyboardInterrupt:
                pass  # a second Ctrl-C: stop now (the run is still closed as interrupted below)
        summary = summarise(self.run_id, self.writer, self.extra, interrupted=status == "interrupted")
        self.store.finish_run(self.run_id, summary.as_counts(), status)
        return summary

    def _fetch_all(self) -> None:
        o = self.options
        budget = o.max_pages if o.max_pages else None
        queues: dict[str, deque] = {}
        in_flight = self.in_flight
        busy: Counter = Counter()
        # When a host's next batch may start: its last batch may have run on another worker,
        # whose own spacing of requests does not know about the next one.
        ready_at: dict[str, float] = {}
        crawl_hosts = {host_of(u) for u in o.crawls}
        self.progress.total(self._pending_total())
        while True:
            if not in_flight and not any(queues.values()):
                if not self._refill(queues) or budget == 0:
                    return
            now = time.monotonic()
            for host in list(queues):
                while (queues[host] and busy[host] < max(1, o.fetch.per_host) and len(in_flight) < self.engine.slots
                       and budget != 0 and ready_at.get(host, 0.0) <= now):
                    take = o.batch_size if budget is None else min(o.batch_size, budget)
                    rows = [queues[host].popleft() for _ in range(min(take, len(queues[host])))]
                    if budget is not None:
                        budget -= len(rows)
                    future = self.engine.submit(fetch_and_process, rows, o.fetch, o.hook)
                    in_flight[future] = host
                    busy[host] += 1
            if not in_flight:
                waiting = [ready_at[h] for h in queues if queues[h] and h in ready_at]
                if waiting and budget != 0:
                    time.sleep(max(0.0, min(waiting) - time.monotonic()))
                    continue
                if budget == 0 or not self._refill(queues):
                    return
                continue
            for future in self.engine.wait_any(in_flight):
                host = in_flight.pop(future)
                busy[host] -= 1
                ready_at[host] = time.monotonic() + o.fetch.delay
                self.unwritten.extend(future.result())
                self._store_unwritten(crawl_hosts)

    def _store_unwritten(self, crawl_hosts: set[str]) -> None:
        # A result leaves the queue once stored, so one that Ctrl-C cut short is stored again
        # by _wind_down (storing is idempotent: the same page again is "unchanged").
        while self.unwritten:
            self._store(self.unwritten[0], crawl_hosts)
            self.unwritten.popleft()

    def _wind_down(self) -> None:
        """Ctrl-C: start no request, store every page fetched so far, then stop.

        A second Ctrl-C while this runs stops at once (the pages not yet stored are then
        fetched again by the next run, as after a crash)."""
        STOP.set()
        try:
            for future in self.engine.drain(list(self.in_flight)):
                self.in_flight.pop(future, None)
                try:
                    self.unwritten.extend(future.result())
                except Exception:  # noqa: BLE001 - a batch that failed has nothing to store
                    continue
            self._store_unwritten(set())  # no crawl links are followed after the signal
        finally:
            self.in_flight.clear()
            self.engine.close(cancel=True)

    def _store(self, result: dict, crawl_hosts: set[str]) -> None:
        self.writer.write(result)
        if result["outcome"] != "robots" and result.get("stage") != "fetch":
            self.extra["fetched"] += 1  # after the write: a result stored again after Ctrl-C counts once
        self.progress.advance()
        links = result.get("links")
        if links and host_of(result["target"]) in crawl_hosts:
            before = self.extra["new"]
            self._add({"url": u, "source": CRAWL if looks_like_article(u) or is_document_link(u) else HUB} for u in links)
            if self.extra["new"] > before:
                self.progress.total(self._pending_total())

    def _pending_total(self) -> int:
        counts = self.store.frontier_counts()
        done = sum(v for k, v in self.writer.counts.items() if k != "skipped")
        total = counts.get("pending", 0) + counts.get("retry", 0) + done
        return min(total, self.options.max_pages) if self.options.max_pages else total

    def _refill(self, queues: dict[str, deque]) -> bool:
        """Load pending frontier rows not yet scheduled in this run, grouped by host."""
        added = False
        # Refills happen when nothing is in flight. The first takes what earlier runs left to
        # retry; later ones only new rows (this run's own 'retry' rows wait for the next run).
        statuses = ("pending",) if self.scheduled else ("pending", "retry")
        for row in self.store.urls_with_status(statuses, limit=5000):
            url = row["url"]
            if url in self.scheduled:
                continue
            self.scheduled.add(url)
            known = self.store.document_id_for_url(url)
            if known is not None and not self.options.refresh:
                # Stored already under this address (an import, an earlier alias): no fetch.
                self.store.mark_url(url, "done", reason="already stored", document_id=known)
                self.writer.counts["unchanged"] += 1
                continue
            source = row.get("source") or ""
            item = {"url": url, "etag": row.get("etag"), "last_modified": row.get("last_modified"),
                    "crawl": source.startswith(CRAWL), "hub": source == HUB}
            queues.setdefault(host_of(url), deque()).append(item)
            added = True
        return added


def ingest(store: Store, options: IngestOptions, engine, *, progress: Progress | None = None,
           on_document: OnDocument | None = None) -> RunSummary:
    return Ingest(store, options, engine, progress=progress, on_document=on_document).run()


def with_fetch(options: IngestOptions, **changes) -> IngestOptions:
    return replace(options, fetch=replace(options.fetch, **changes))
