"""`arahan extract` on an engine: workers find the findings, the client (the one writer) stores them.

The documents to do are listed by id; each task takes a batch of texts to a worker
(arahan.corpus.engine: this process, a pool of processes, or a Dask cluster), which runs the
extraction pipeline on each document under the per-document time limit
(arahan.corpus.timelimit) and sends back findings and notes. Results come back in submission
order and are saved one document per transaction, so the store is the same whichever
engine ran it, and an interrupted run loses nothing:

- `arahan extract` again does the documents that have no extraction yet;
- `arahan extract --all` after an unfinished `--all` run (interrupted, client killed,
  scheduler gone) redoes only what that run had not reached: each extraction records its
  run, and the new run lists the runs it continues (`continues`), so a chain of
  interruptions still ends with every document done exactly once more.

A document that times out or takes its worker down is saved with an empty result and a
note "extraction failed: ..." and listed among the run's failures; the batch goes on.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from itertools import islice

from arahan.corpus.engine import run_ordered
from arahan.corpus.summary import Progress
from arahan.corpus.timelimit import DocumentTimeout, poison, time_limit

BATCH = 16
DEFAULT_TIME_LIMIT_S = 60.0


def extract_task(batch: list[dict], backend: str, limit: float | None) -> list[dict]:
    """Worker task: findings and notes of each document {id, text, published, title, url}."""
    from arahan.extract.pipeline import add_pages, build_pipeline, empty_result, extract_document

    nlp = build_pipeline(backend)  # cached per process: loaded once per worker
    out = []
    for doc in batch:
        try:
            with time_limit(limit):
                poison(doc.get("text"))
                result, notes = extract_document(doc, backend=backend, nlp=nlp)
                add_pages(result, doc.get("page_starts"))
        except DocumentTimeout as exc:
            result, notes = empty_result(doc["id"]), [f"extraction failed: {exc}"]
        out.append({"id": doc["id"], "result": result, "notes": notes})
    return out


def _lost(doc: dict, reason: str) -> dict:
    from arahan.extract.pipeline import empty_result

    return {"id": doc["id"], "result": empty_result(doc["id"]), "notes": [f"extraction failed: {reason}"]}


def unfinished_all(store, backend: str) -> list[int]:
    """Ids of the unfinished `extract --all` runs to continue (a chain when a continuation was cut too), or []."""
    for run in store.query("SELECT id, args, status FROM runs WHERE command = 'extract' ORDER BY id DESC"):
        args = json.loads(run["args"] or "{}")
        if not args.get("all") or args.get("backend") != backend:
            continue
        return [] if run["status"] == "finished" else [*args.get("continues", []), run["id"]]
    return []


def todo(store, *, all_: bool, continues: list[int] = ()) -> list[int]:
    """Ids of the documents to extract, in id order: not extracted yet, or all, or all but those
    the unfinished `--all` runs in `continues` did already."""
    where = "d.status = 'ok'"
    if not all_:
        where += " AND e.document_id IS NULL"
    elif continues:
        marks = ", ".join(str(int(i)) for i in continues)
        where += f" AND (e.document_id IS NULL OR e.run_id IS NULL OR e.run_id NOT IN ({marks}))"
    rows = store.query(f"SELECT d.id FROM documents d LEFT JOIN extractions e ON e.document_id = d.id "
                       f"WHERE {where} ORDER BY d.id")
    return [r["id"] for r in rows]


def _texts(store, ids: list[int]) -> Iterator[list[dict]]:
    """Batches of documents as the pipeline reads them, loaded lazily (a million texts never sit in memory)."""
    from arahan.extract.pipeline import stored_input

    it = iter(ids)
    while chunk := list(islice(it, BATCH)):
        # the dateline the cleaner cut and a document's page starts go along (see arahan.extract.pipeline.stored_input)
        yield [dict(stored_input(d), page_starts=d.get("page_starts")) for d in store.documents(ids=chunk)]


def extract_store(store, engine, *, backend: str, ids: list[int], run_id: int,
                  limit: float | None = DEFAULT_TIME_LIMIT_S, progress: Progress | None = None,
                  counts: dict | None = None) -> dict:
    """Extract `ids` on `engine` and save the findings under `run_id`; returns the run's counts.

    The counts are kept in `counts` as they grow, so that when KeyboardInterrupt or a lost
    scheduler (EngineError) propagates, after everything computed so far is saved, the
    caller can still mark the run interrupted with what it did.
    """
    from arahan.extract.pipeline import save_findings

    progress = progress or Progress()
    progress.total(len(ids))
    counts = counts if counts is not None else {}
    for key in ("documents", "officials", "directives", "noted", "failed"):
        counts.setdefault(key, 0)
    tasks = ((extract_task, (batch, backend, limit)) for batch in _texts(store, ids))
    for results in run_ordered(engine, tasks, lost=_lost):
        for item in results:
            result, notes = item["result"], item["notes"]
            save_findings(store, item["id"], result, notes, backend=backend, run_id=run_id)
            counts["documents"] += 1
            counts["officials"] += len(result["officials"])
            counts["directives"] += len(result["directives"])
            counts["noted"] += bool(notes)
            counts["failed"] += any(n.startswith("extraction failed") for n in notes)
            progress.advance()
    return counts
