"""Gold sets whose lines carry no text (corpus/demo/gold.jsonl): fill each line's `text` from a store.

The demo corpus ships pages, not texts, because our importer produces the text: a gold line
is matched to the stored document by its URL (compared with the trailing slash stripped, and
through the `document_urls` table, which keeps every address a page was seen under), and its
`text` becomes that document's stored text; `published` and `title` are taken from the store
only where the gold line has none. With no store given, the gold file's folder is imported
into a temporary store first (`arahan import` on that folder), so

    arahan eval --gold corpus/demo/gold.jsonl

is a reproducible second evaluation next to ../shared/eval/dev.
"""

from __future__ import annotations

import tempfile
from pathlib import Path


def _url_forms(url: str) -> list[str]:
    base = url.strip().rstrip("/")
    return [base, base + "/"]


def fill_texts(items: list[dict], store, base: Path | None = None) -> list[str]:
    """Set `text` on each item from `store`, matched by URL; returns the ids left without text.

    A URL without a scheme ("se_bupati_malang.pdf") is a file beside the gold file, in `base`."""
    by_canonical = {}
    for doc in store.documents(status=None):
        by_canonical[(doc.get("canonical_url") or "").rstrip("/")] = doc
    missing = []
    for item in items:
        if item.get("text"):
            continue
        doc = None
        if base is not None and item.get("url") and "://" not in item["url"]:
            item["url"] = (base / item["url"]).resolve().as_uri()
        for form in _url_forms(item.get("url") or ""):
            doc_id = store.document_id_for_url(form)
            if doc_id is not None:
                doc = store.document(doc_id)
                break
        doc = doc or by_canonical.get((item.get("url") or "").strip().rstrip("/"))
        if not doc or not doc.get("text"):
            missing.append(item.get("id") or item.get("url") or "?")
            continue
        item["text"] = doc["text"]
        if not item.get("dateline_place"):  # the cleaner cut the dateline from the text
            item["dateline_place"] = doc.get("dateline_place")
            item["dateline_outlet"] = (doc.get("meta") or {}).get("dateline_outlet")
        for key in ("published", "title"):
            if not item.get(key) and doc.get(key):
                item[key] = str(doc[key])[:10] if key == "published" else doc[key]
    return missing


def import_folder(folder: Path, db: Path) -> None:
    """Import every page under `folder` into the store at `db` (the local engine, no NLP)."""
    from arahan.corpus.batch import import_paths
    from arahan.corpus.engine import make_engine
    from arahan.store.database import Store

    store = Store.open(db)
    engine = make_engine("local")
    try:
        import_paths(store, [str(folder)], engine)
    finally:
        engine.close()
        store.close()


def with_texts(items: list[dict], source: Path, texts_from: Path | None = None) -> tuple[list[dict], list[str]]:
    """Fill the items' missing texts from `texts_from` (a store), else from `source`'s folder imported now."""
    from arahan.store.database import Store

    if all(item.get("text") for item in items):
        return items, []
    folder = source.parent if source.is_file() else source
    if texts_from is not None:
        store = Store.open(texts_from, readonly=True)
        try:
            return items, fill_texts(items, store, folder)
        finally:
            store.close()
    with tempfile.TemporaryDirectory(prefix="arahan-gold-") as tmp:
        db = Path(tmp) / "gold.db"
        import_folder(folder, db)
        store = Store.open(db, readonly=True)
        try:
            return items, fill_texts(items, store, folder)
        finally:
            store.close()
