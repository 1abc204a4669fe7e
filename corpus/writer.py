"""The one writer: takes worker results, deduplicates them and stores them, one transaction each.

Whatever the engine, results reach the store here, in the client process, so SQLite has
one writer and dedup decisions see every earlier document. For each page result:

1. its raw page is kept (compressed, content-addressed);
2. canonical-URL dedup: a page whose canonical URL (or any of its URLs) is already a
   document updates that document when its content changed, else counts as unchanged;
3. exact dedup: the same cleaned text on the same site is another address of the same
   document (URL alias); on another site it is another source of the same story;
4. near dedup: a MinHash signature similar enough to a stored document's joins its story;
   the in-memory index first catches up with documents that another process (a second
   `arahan import` on the same store) committed meanwhile; this happens inside the write
   transaction (BEGIN IMMEDIATE holds SQLite's write lock), so grouping is serialised
   across processes and two concurrent runs group stories as one run would;
5. the frontier row (for fetched URLs) is marked with the outcome, and failures are
   recorded with their reason.

`on_document(store, document_id, result)` lets a later stage (NLP) store its findings
in the same place, e.g. from `result["nlp"]` computed on the worker.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from typing import Callable

from arahan.corpus.dedup import NearDupIndex, from_hex
from arahan.store.database import Store
from arahan.corpus.urls import host_of

OnDocument = Callable[[Store, int, dict], None]


class Writer:
    def __init__(self, store: Store, run_id: int | None = None, *, frontier: bool = False,
                 on_document: OnDocument | None = None):
        self.store = store
        self.run_id = run_id
        self.frontier = frontier
        self.on_document = on_document
        self.counts: Counter = Counter()
        self.failures: Counter = Counter()
        self.skipped: Counter = Counter()
        self.index = NearDupIndex()
        self._seen = 0  # highest document id the index has looked at
        self._catch_up()

    def _catch_up(self) -> None:
        """Add the documents stored since the index last looked (by any process)."""
        for doc_id, story_id, sig in self.store.fingerprints(after=self._seen):
            self.index.add(from_hex(sig), doc_id, story_id or doc_id)
            self._seen = max(self._seen, doc_id)

    def write(self, result: dict) -> int | None:
        """Store one result; returns the document id it ended up in (if any).

        One transaction per result. If storing it fails (a hook's findings that do not
        fit, a bad value), that result is rolled back and recorded as a failure, and the
        run goes on with the next one.
        """
        counts = self.counts.copy()
        try:
            with self.store.transaction():
                doc_id = self._write(result)
                if doc_id and self.on_document and "doc" in result and result["doc"]["status"] == "ok":
                    self.on_document(self.store, doc_id, result)
            return doc_id
        except (sqlite3.Error, ValueError, TypeError, KeyError) as exc:
            if result.get("stage") == "store":
                raise  # the failure record itself could not be written: the store is unusable
            self.counts = counts  # what the rolled-back transaction counted did not happen
            self.write({"outcome": "failed", "target": result.get("target", "?"), "stage": "store",
                        "reason": f"could not store: {type(exc).__name__}: {exc}"})
            return None

    def fail(self, target: str, reason: str, stage: str) -> None:
        """Record a failure met outside a worker result (unreadable file, bad sitemap ...)."""
        self.write({"outcome": "failed", "target": target, "reason": reason, "stage": stage})

    def skip(self, reason: str) -> None:
        """Something left out on purpose (not a document type, unchanged file): counted, not a failure."""
        self.counts["skipped"] += 1
        self.skipped[reason] += 1

    # ------------------------------------------------------------------ internals
    def _write(self, result: dict) -> int | None:
        outcome, target = result["outcome"], result["target"]
        if outcome == "failed":
            reason = result.get("reason") or "unknown error"
            self.store.record_failure(self.run_id, target, reason, result.get("stage"))
            if result.get("stage") != "discover":  # a sitemap or feed is not a page of the frontier
                self._mark(target, "retry" if _transient(reason) else "failed", reason)
            self.counts["failed"] += 1
            self.failures[_reason_class(reason)] += 1
            return None
        if outcome in ("robots", "not_modified", "hub"):
            status = {"robots": "robots", "not_modified": "done", "hub": "done"}[outcome]
            self._mark(target, status, result.get("reason") or outcome)
            self.counts[{"robots": "skipped_robots", "not_modified": "unchanged", "hub": "hub_pages"}[outcome]] += 1
            return None
        raw, doc, urls = result["raw"], result["doc"], result.get("urls", [])
        if "compressed" in raw:  # absent when the raw page is in the store already (reextract)
            self.store.put_raw(raw["sha256"], raw["compressed"], **{k: v for k, v in raw.items()
                                                                     if k not in ("sha256", "compressed")})
        doc_id = result.get("document_id") or self._existing(doc["canonical_url"], urls)
        if doc_id is not None:
            return self._update(doc_id, doc, urls, target, result)
        same_text = self.store.document_id_for_text_hash(doc["text_hash"])
        story_id = None
        if same_text is not None:
            brief = self.store.document_brief(same_text)
            if _site(brief["canonical_url"]) == _site(doc["canonical_url"]):
                self.store.add_url_aliases({doc["canonical_url"], *urls}, same_text)
                self._mark(target, "duplicate", "same text as an earlier page of this site", same_text)
                self.counts["duplicates"] += 1
                return same_text
            story_id = brief["story_id"] or same_text
        sig = from_hex(doc["simhash"])
        self._catch_up()
        if story_id is None:
            near = self.index.find(sig)
            story_id = near[1] if near else None
        # A copy joins its story in the same INSERT (no second UPDATE).
        doc_id = self.store.upsert_document(doc if story_id is None else {**doc, "story_id": story_id}, urls)
        if story_id is not None:
            self.counts["near_duplicates"] += 1
        self.index.add(sig, doc_id, story_id or doc_id)
        self._seen = max(self._seen, doc_id)  # under the write lock: every id below it is in the index
        self._mark(target, "done", None if doc["status"] == "ok" else doc["status"], doc_id,
                   result.get("etag"), result.get("last_modified"))
        self.counts["extracted" if doc["status"] == "ok" else doc["status"]] += 1
        return doc_id

    def _update(self, doc_id: int, doc: dict, urls: list[str], target: str, result: dict) -> int:
        """A page whose address is already a document: unchanged, another variant, or new content."""
        brief = self.store.document_brief(doc_id)
        refetch = self.store.document_id_for_url(target) == doc_id or result.get("document_id") == doc_id
        self.store.add_url_aliases({doc["canonical_url"], *urls}, doc_id)
        same = brief["raw_sha256"] == doc["raw_sha256"] or brief["text_hash"] == doc["text_hash"]
        if not refetch or (same and not result.get("force")):
            # Another address (AMP, mobile, tracking variant) of a stored document, or the
            # same content again: the first version stays, the address is remembered.
            self._mark(target, "done" if refetch else "duplicate", "already stored", doc_id,
                       result.get("etag"), result.get("last_modified"))
            self.counts["unchanged" if refetch else "duplicates"] += 1
            return doc_id
        # New content at a known address (a refreshed page, a re-extraction): update in place.
        fields = {**doc, "canonical_url": brief["canonical_url"]}
        self.store.upsert_document(fields, urls)
        self.index.add(from_hex(doc["simhash"]), doc_id, brief["story_id"] or doc_id)
        self._mark(target, "done", "updated", doc_id, result.get("etag"), result.get("last_modified"))
        self.counts["updated"] += 1
        return doc_id

    def _existing(self, canonical: str, urls: list[str]) -> int | None:
        return self.store.document_id_for_urls((canonical, *urls))

    def _mark(self, target: str, status: str, reason: str | None, doc_id: int | None = None,
              etag: str | None = None, last_modified: str | None = None) -> None:
        if self.frontier:
            self.store.mark_url(target, status, reason=reason, document_id=doc_id, etag=etag,
                                last_modified=last_modified)


def _site(url: str) -> str:
    host = host_of(url)
    return host[4:] if host.startswith("www.") else host


def _transient(reason: str) -> bool:
    """Failures worth another try in a later run (the server may be back by then)."""
    # "... not installed": a document that needs a missing program (Tesseract) is read once it is there.
    return any(mark in reason for mark in ("timeout", "HTTP 5", "HTTP 429", "network error", "connection refused",
                                           "is not installed"))


def _reason_class(reason: str) -> str:
    """Group failure reasons for the summary ("HTTP 404", "read timeout", "too large" ...)."""
    for cut in (" (", ": ", " at "):
        if cut in reason and not reason.startswith("HTTP"):
            reason = reason.split(cut, 1)[0]
    return reason.split(" (gave up")[0]
