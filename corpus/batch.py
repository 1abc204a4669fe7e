"""Drivers for local material: `import_paths` (arahan import) and `reextract` (arahan reextract).

Both stream items to the engine in batches, get results back in submission order (so
ids and story assignments are the same whichever engine ran) and hand them to the one
`Writer`. An interruption (Ctrl-C) keeps every result written so far; rerunning skips
what is stored already.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterable, Iterator
from itertools import islice

from arahan.corpus.docread import CONTENT_TYPES as DOC_TYPES
from arahan.corpus.docread import page_progress
from arahan.corpus.engine import EngineError, Hook, run_ordered
from arahan.corpus.importer import BATCH, MAX_BYTES, ImportItem, expected_items, items, process_items, record_item
from arahan.store.database import Store
from arahan.corpus.summary import Progress, RunSummary, summarise
from arahan.corpus.timelimit import DocumentTimeout, poison, time_limit
from arahan.corpus.writer import OnDocument, Writer


def _batches(iterable: Iterable, size: int) -> Iterator[list]:
    it = iter(iterable)
    while chunk := list(islice(it, size)):
        yield chunk


class _LazyRun:
    """Start the run row only when something is written: a no-op import leaves the store as it was."""

    def __init__(self, store: Store, command: str, args: dict, writer: Writer):
        self.store, self.command, self.args, self.writer = store, command, args, writer

    def ensure(self) -> None:
        if self.writer.run_id is None:
            self.writer.run_id = self.store.start_run(self.command, self.args)

    def finish(self, status: str) -> None:
        if self.writer.run_id is not None:
            summary = summarise(self.writer.run_id, self.writer)
            self.store.finish_run(self.writer.run_id, summary.as_counts(), status)


def import_paths(store: Store, paths: list[str], engine, *, progress: Progress | None = None,
                 hook: Hook = None, on_document: OnDocument | None = None, max_bytes: int = MAX_BYTES) -> RunSummary:
    progress = progress or Progress()
    writer = Writer(store, None, on_document=on_document)
    run = _LazyRun(store, "import", {"paths": [str(p) for p in paths], "engine": engine.name}, writer)

    def report(target: str, outcome: str, reason: str) -> None:
        if outcome == "skipped":
            writer.skip(reason)
        else:
            run.ensure()
            writer.fail(target, reason, "import")
        progress.advance()

    progress.total(expected_items(paths))
    stream = items(paths, known=store.has_raw, report=report, max_bytes=max_bytes)
    tasks = ((process_items, (batch, hook)) for batch in _batches(stream, BATCH))
    try:
        with page_progress(lambda done, total: progress.note(f"long PDF: page {done} of {total} read")):
            _write_all(run_ordered(engine, tasks), run, writer, progress)
    except KeyboardInterrupt:
        run.finish("interrupted")
        summary = summarise(writer.run_id, writer, interrupted=True)
        return summary
    except EngineError:  # the Dask scheduler went away: what was written stays, the caller reports it
        run.finish("interrupted")
        raise
    run.finish("finished")
    return summarise(writer.run_id, writer)


def _write_all(batches, run: _LazyRun, writer: Writer, progress: Progress) -> None:
    for results in batches:
        run.ensure()
        for result in results:
            writer.write(result)
            progress.advance()


def reextract_task(batch: list[dict], hook: Hook = None, limit: float | None = None) -> list[dict]:
    """Worker task: re-run extraction and cleaning on stored raw pages, as the import or fetch did.

    Each page runs under the per-document time limit (arahan.corpus.timelimit); one past it is a failure.
    """
    out = []
    for raw in batch:
        try:
            with time_limit(limit):
                out.append(_reextract_one(raw, hook))
        except DocumentTimeout as exc:
            out.append(_failed(raw, str(exc)))
    return out


def _failed(raw: dict, reason: str) -> dict:
    return {"outcome": "failed", "target": raw["canonical_url"], "stage": "reextract", "reason": reason}


def _reextract_one(raw: dict, hook: Hook) -> dict:
    data, target = raw["data"], raw["canonical_url"]
    poison(data)
    doc_kind = DOC_TYPES.get(raw["content_type"] or "")
    if raw["content_type"] == "application/jsonl":
        item = record_item(json.loads(data), data, target, target)
    elif doc_kind:  # a PDF, scan or .docx read again from its stored file
        item = ImportItem(target=target, kind="document", doc_kind=doc_kind, data=data, url=raw["url"] or target,
                          sha=raw["raw_sha256"], fields={}, fetched=raw["fetched"])
    else:
        kind = "text" if raw["content_type"] == "text/plain" else "html"
        item = ImportItem(target=target, kind=kind, data=data, url=raw["url"] or target, sha=raw["raw_sha256"],
                          fields={}, charset=raw["encoding"], fetched=raw["fetched"])
    result = process_items([item], hook, keep_raw=False)[0]
    result.update(target=target, document_id=raw["id"], force=True)
    return result


def reextract(store: Store, engine, *, ids: list[int] | None = None, progress: Progress | None = None,
              hook: Hook = None, on_document: OnDocument | None = None, limit: float | None = None) -> RunSummary:
    """Extraction and cleaning again from the raw pages in the store; nothing is fetched.

    A worker that dies under a page (crash, hard time limit) costs only that page: it is
    recorded as failed and keeps its stored text. An interruption (Ctrl-C, a lost Dask
    scheduler: EngineError) ends the run as interrupted with every result so far written;
    EngineError is raised again for the caller to report.
    """
    progress = progress or Progress()
    docs = list(store.documents_with_raw(ids))
    progress.total(len(docs))
    run_id = store.start_run("reextract", {"documents": len(docs), "engine": engine.name})
    writer = Writer(store, run_id, on_document=on_document)

    def load(doc: dict) -> dict:
        raw = store.raw(doc["raw_sha256"]) or {}
        meta = json.loads(doc["meta"]) if doc["meta"] else {}
        return {"id": doc["id"], "canonical_url": doc["canonical_url"], "raw_sha256": doc["raw_sha256"],
                "data": zlib.decompress(raw["content"]) if raw.get("content") else b"", "url": raw.get("url"),
                "content_type": raw.get("content_type"), "encoding": raw.get("encoding"),
                "fetched": doc["fetched"], "meta": meta}

    metas = {}

    def stream():
        for doc in docs:
            item = load(doc)
            metas[doc["id"]] = item.pop("meta")
            if not item["data"]:
                writer.fail(doc["canonical_url"], "raw page missing from the store", "reextract")
                progress.advance()
                continue
            yield item

    tasks = ((reextract_task, (batch, hook, limit)) for batch in _batches(stream(), BATCH))
    status, lost = "finished", None
    try:
        for results in run_ordered(engine, tasks, lost=_failed):
            for result in results:
                if "doc" in result:
                    # Keep what only the original import knew (source path, etc.).
                    old, new = metas.pop(result["document_id"], {}), result["doc"]["meta"]
                    keep = {k: v for k, v in old.items() if k not in new or k == "source"}
                    result["doc"]["meta"] = {**new, **keep}
                writer.write(result)
                progress.advance()
    except KeyboardInterrupt:
        status = "interrupted"
    except EngineError as exc:
        status, lost = "interrupted", exc
    summary = summarise(run_id, writer, interrupted=status == "interrupted")
    store.finish_run(run_id, summary.as_counts(), status)
    if lost:
        raise lost
    return summary
