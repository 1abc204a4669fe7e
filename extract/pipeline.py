"""Assemble the extraction pipeline from extract/config.cfg and run it on documents.

`build_pipeline(backend)` takes the NLP pipeline from `arahan.extract.nlp.load_nlp` ("spacy": the
trained pipeline, "blank": tokenizer + sentencizer, "stanza": the Stanza adapter) and adds
our components in the configured order. `extract_document({id, text, published?, title?, url?,
dateline_place?, dateline_outlet?})` (the last two: the dateline corpus/clean.py cut from a
stored text, used as the article's dateline when the text has none of its own) returns `(result, notes)`: the result
dict of SCHEMA.md (see `arahan.extract.result`) and notes about bad input (empty text, another
language, mis-decoded text, no sentence punctuation, a flattened table, a very long list, a text cut
because it is too long: see `arahan.extract.input_notes`). It
never raises on bad text: a document that fails gets an empty result and a note, so one bad
document never stops a batch.
"""

from __future__ import annotations

import configparser
import json
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

import arahan.extract.components  # noqa: F401  (registers the component factories)
from arahan.extract.input_notes import check_text
from arahan.extract.result import build_result

CONFIG_PATH = Path(__file__).with_name("config.cfg")
BACKENDS = ("spacy", "blank", "stanza")
_PIPELINES: dict[str, "ArahanPipeline"] = {}


def config() -> dict:
    parser = configparser.ConfigParser()
    parser.read(CONFIG_PATH, encoding="utf-8")
    sec = parser["arahan"]
    return {"components": sec["components"].split(), "max_chars": int(sec["max_chars"]), "version": sec["version"]}


VERSION = config()["version"]


class ArahanPipeline:
    """The NLP pipeline of a backend followed by our components (a Language built from config.cfg).

    The backend's pipeline is shared with the rest of Arahan (arahan.extract.nlp caches it), so our
    components live in their own Language instead of being added to it.
    """

    def __init__(self, backend: str):
        from arahan.extract.nlp import load_nlp

        self.backend = backend
        self.nlp = load_nlp(backend)
        # A bare Language: it only holds our components and never tokenizes (spacy.blank("id")
        # would build a second Indonesian tokenizer, two seconds of CPU in every worker).
        self.components = Language()
        for name in config()["components"]:
            self.components.add_pipe(name)

    def __call__(self, text: str, meta: dict | None = None) -> Doc:
        doc = self.nlp(text)
        doc.user_data["arahan_meta"] = meta or {}
        for _, proc in self.components.pipeline:
            doc = proc(doc)
        return doc

    def pipe_names(self) -> list[str]:
        return list(self.nlp.pipe_names) + list(self.components.pipe_names)


def build_pipeline(backend: str = "blank") -> ArahanPipeline:
    """The pipeline of `backend` followed by our components (cached per backend)."""
    if backend not in _PIPELINES:
        nlp = ArahanPipeline(backend)
        # The tables the components load on first use (gazetteer, villages, cue patterns: about 0.3 s of
        # CPU) are loaded here, so that a batch's per-document time limit measures documents only.
        extract_document(WARM_UP, backend, nlp=nlp)
        _PIPELINES[backend] = nlp
    return _PIPELINES[backend]


WARM_UP = {"id": "warm-up", "published": "2024-09-23",
           "text": "KLATEN - Bupati Klaten Sri Mulyani meminta camat dan kepala desa di Kecamatan Wedi menjaga "
                   "netralitas, Senin (23/9/2024). Pemkab Klaten juga melarang ASN ikut kampanye."}


def extract_document(doc: dict, backend: str = "blank", nlp: "ArahanPipeline | None" = None) -> tuple[dict, list[str]]:
    """Findings of one document {id, text, published?, title?, url?, dateline_*?}; never raises on bad text."""
    doc_id = doc.get("id")
    text = doc.get("text")
    empty = empty_result(doc_id)
    if not isinstance(text, str):
        return empty, ["no text"]
    notes = check_text(text)
    if notes == ["empty text"]:
        return empty, notes
    limit = config()["max_chars"]
    if len(text) > limit:
        cut = text.rfind("\n", 0, limit)
        cut = cut if cut > limit // 2 else limit
        notes.append(f"text of {len(text)} characters cut at {cut}; findings cover the first part only")
        text = text[:cut]
    try:
        nlp = nlp or build_pipeline(backend)
        sdoc = nlp(text, {"published": _iso(doc.get("published")), "url": doc.get("url"), "title": doc.get("title"),
                          "dateline_place": doc.get("dateline_place"), "dateline_outlet": doc.get("dateline_outlet")})
        result = build_result(doc_id, sdoc._.arahan)
        used = sdoc._.arahan.get("published_used")
        if used and not doc.get("published"):
            result["published_inferred"] = used.isoformat()
    except Exception as exc:  # one bad document never stops a batch
        return empty, notes + [f"extraction failed: {type(exc).__name__}: {exc}"]
    return result, notes


def add_pages(result: dict, page_starts) -> None:
    """Evidence of a PDF, scan or .docx says its page ("page 2"); a directive keeps it in its attrs too."""
    if not page_starts:
        return
    from arahan.corpus.docread import page_of

    starts = json.loads(page_starts) if isinstance(page_starts, str) else page_starts
    items = [item for key in ("officials", "regions", "organizations", "directives") for item in result.get(key, [])]
    for item in items + ([result["letter"]] if result.get("letter") else []):
        ev = item.get("evidence") or {}
        if ev.get("start") is not None:
            ev["page"] = page_of(starts, ev["start"])
            if item in result.get("directives", []):
                item["page"] = ev["page"]


def empty_result(doc_id) -> dict:
    return {"id": doc_id, "officials": [], "regions": [], "organizations": [], "directives": []}


def _iso(value) -> str | None:
    if value is None:
        return None
    return str(value)[:10]


def stored_input(document: dict) -> dict:
    """The extraction input of a stored document (a `Store.documents()` row or the importer's doc dict).

    The cleaner cut the dateline off the text and kept its place (`dateline_place`) and outlet
    (`meta.dateline_outlet`); they go back in as hints, so the stored article gives the
    regions its raw text gives.
    """
    meta = document.get("meta") or {}
    if isinstance(meta, str):  # a store row keeps meta as JSON
        try:
            meta = json.loads(meta)
        except ValueError:
            meta = {}
    return {"id": document.get("id"), "text": document.get("text"), "published": document.get("published"),
            "title": document.get("title"), "url": document.get("canonical_url"),
            "dateline_place": document.get("dateline_place"), "dateline_outlet": meta.get("dateline_outlet")}


def extract_stored(store, document: dict, backend: str = "blank", nlp: "ArahanPipeline | None" = None,
                   run_id: int | None = None) -> tuple[dict, list[str]]:
    """Extract one stored document and save its findings; the hook `arahan ingest` calls per document.

    `document` is a row of `Store.documents()`; notes about bad input are saved with the
    extraction and, when a run is given, recorded as that run's failures (stage "extract").
    """
    result, notes = extract_document(stored_input(document), backend=backend, nlp=nlp)
    add_pages(result, document.get("page_starts"))
    save_findings(store, document["id"], result, notes, backend=backend, run_id=run_id)
    return result, notes


def save_findings(store, document_id: int, result: dict, notes: list[str], *, backend: str,
                  run_id: int | None = None) -> None:
    """Save one document's findings, and its notes as the run's failures (stage "extract"), in one transaction."""
    with store.transaction():
        store.save_extraction(document_id, result, backend=backend, version=VERSION, notes=notes, run_id=run_id)
        if notes and run_id is not None:
            store.record_failure(run_id, f"document {document_id}", "; ".join(notes), stage="extract")
