"""Extraction inside `arahan ingest` / `arahan import --backend ...`: corpus/'s worker hook and writer callback.

corpus/pipeline.py runs `hook=("arahan.extract.ingest_hook:worker_hook", {"backend": "blank"})` on
the worker that cleaned a page (the factory is called once per process, so the pipeline is
loaded once per worker) and passes what it returns along as `result["nlp"]`; the writer then
calls `store_findings(store, document_id, result)` inside its transaction, which saves the
findings. When the worker hook failed (`result["nlp_error"]`) or did not run, the document is
extracted there and then, with a pipeline cached in the writer's process. Bad text never
raises here: it gives an empty result and notes, saved with the extraction.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable

from arahan.extract.pipeline import VERSION, add_pages, build_pipeline, extract_document, stored_input

HOOK = "arahan.extract.ingest_hook:worker_hook"


def hook_spec(backend: str) -> tuple[str, dict]:
    """The `hook` argument corpus' ingest/import take, for extraction with `backend`."""
    return (HOOK, {"backend": backend})


def worker_hook(backend: str = "blank") -> Callable[[dict], dict]:
    """Factory for corpus' NLP hook: returns doc -> {"result", "notes", "backend", "version"}."""
    nlp = build_pipeline(backend)

    def run(doc: dict) -> dict:
        item = dict(stored_input(doc), id=doc.get("canonical_url"))
        result, notes = extract_document(item, backend=backend, nlp=nlp)
        add_pages(result, doc.get("page_starts"))  # a PDF's evidence says its page
        return {"result": result, "notes": notes, "backend": backend, "version": VERSION}

    return run


@lru_cache(maxsize=None)
def _local_hook(backend: str) -> Callable[[dict], dict]:
    return worker_hook(backend)


def store_findings(store, document_id: int, result: dict, backend: str = "blank") -> None:
    """Writer callback: save the worker's findings for the new document (or extract them now)."""
    payload = result.get("nlp")
    if not payload:
        payload = _local_hook(backend)(result.get("doc") or {})
        if result.get("nlp_error"):
            payload["notes"] = [f"worker extraction failed ({result['nlp_error']}); redone by the writer",
                                *payload["notes"]]
    findings = dict(payload["result"], id=document_id)
    store.save_extraction(document_id, findings, backend=payload.get("backend", backend),
                          version=payload.get("version", VERSION), notes=payload.get("notes") or [])


def on_document(backend: str) -> Callable:
    """The writer callback for `backend` (what `arahan ingest/import --backend` pass as on_document)."""
    def callback(store, document_id: int, result: dict) -> None:
        store_findings(store, document_id, result, backend=backend)
    return callback
