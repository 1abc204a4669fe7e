"""Extraction inside `arahan ingest`: the worker hook and the writer callback of corpus/.

corpus/pipeline.py runs `hook=("extract.ingest_hook:worker_hook", {"backend": "blank"})` on
the worker that cleaned a page (the pipeline is loaded once per process) and passes what it
returns along as `result["nlp"]`; the writer then calls `store_findings(store, document_id,
result)` inside its transaction, which saves the findings (or extracts there and then when no
worker hook ran). Bad text never raises here: it gives an empty result and notes.
"""

from __future__ import annotations

from typing import Callable

from extract.pipeline import VERSION, build_pipeline, extract_document


def worker_hook(backend: str = "blank") -> Callable[[dict], dict]:
    """Factory for corpus' NLP hook: returns doc -> {"result", "notes", "backend", "version"}."""
    nlp = build_pipeline(backend)

    def run(doc: dict) -> dict:
        item = {"id": doc.get("canonical_url"), "text": doc.get("text"), "published": doc.get("published"),
                "title": doc.get("title"), "url": doc.get("canonical_url")}
        result, notes = extract_document(item, backend=backend, nlp=nlp)
        return {"result": result, "notes": notes, "backend": backend, "version": VERSION}

    return run


def store_findings(store, document_id: int, result: dict, backend: str = "blank") -> None:
    """Writer callback: save the worker's findings for the new document (or extract them now)."""
    payload = result.get("nlp")
    if not payload:
        payload = worker_hook(backend)(result.get("doc") or {})
    findings = dict(payload["result"], id=document_id)
    store.save_extraction(document_id, findings, backend=payload.get("backend", backend),
                          version=payload.get("version", VERSION), notes=payload.get("notes") or [])
