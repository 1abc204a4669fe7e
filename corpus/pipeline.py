"""The per-page work that runs on workers: fetch, extract, clean, fingerprint (and an NLP hook).

Everything here is a pure function of its inputs that returns plain, picklable dicts,
so the same code runs in the client process (local engine) and on Dask workers. Nothing
here touches the store: results travel back to the one writer (`arahan.corpus.writer`).

A result dict has `outcome` (document | not_indonesian | duplicate_raw | not_modified |
robots | failed), `target` (URL or file path), `reason` for the bad outcomes, and for
pages: `doc` (document fields), `urls` (every address seen), `raw` (compressed page,
content-addressed) and `links` (when crawling).

The NLP hook: `hook=("package.module:factory", {kwargs})`. The factory is called once
per process (workers load models once) and returns a callable doc -> dict, whose
result rides along as `result["nlp"]` for the writer's `on_document` callback.
"""

from __future__ import annotations

import hashlib
import importlib
import threading
import zlib
from datetime import UTC, datetime
from typing import Any, Callable

from arahan.corpus.clean import Cleaned, clean_text
from arahan.corpus.dedup import fingerprints, to_hex
from arahan.corpus.discover import crawl_links
from arahan.corpus.docread import kind_of
from arahan.corpus.engine import Hook
from arahan.corpus.extract_html import extract_page
from arahan.corpus.rawbytes import NotHTML, decode, sniff_binary
from arahan.corpus.fetch import STOP, Fetcher, FetchOptions
from arahan.corpus.language import guess_language, is_indonesian
from arahan.corpus.urls import BadURL, canonical_url, choose_canonical, host_of

_LOCK = threading.Lock()
_FETCHERS: dict[FetchOptions, Fetcher] = {}
_HOOKS: dict[str, Callable[[dict], dict | None]] = {}


def now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def fetcher_for(options: FetchOptions) -> Fetcher:
    """One Fetcher per process and option set, so robots.txt caches and host gates are shared."""
    with _LOCK:
        if options not in _FETCHERS:
            _FETCHERS[options] = Fetcher(options)
        return _FETCHERS[options]


def _hook(spec: Hook) -> Callable[[dict], dict | None] | None:
    if not spec:
        return None
    path, kwargs = spec
    key = f"{path}:{sorted(kwargs.items())!r}"
    with _LOCK:
        if key not in _HOOKS:
            module, _, name = path.partition(":")
            _HOOKS[key] = getattr(importlib.import_module(module), name)(**kwargs)
        return _HOOKS[key]


def raw_record(data: bytes, keep: bool = True, sha256: str | None = None, **info: Any) -> dict:
    """The raw page as the store keeps it; keep=False when it is in the store already (reextract)."""
    record = {"sha256": sha256 or hashlib.sha256(data).hexdigest(), "size": len(data), **info}
    if keep:
        record["compressed"] = zlib.compress(data, 6)
    return record


def process_html(data: bytes, *, target: str, url: str | None, charset: str | None = None,
                 fetched: str | None = None, raw_info: dict | None = None, overrides: dict | None = None,
                 want_links: bool = False, hook: Hook = None, keep_raw: bool = True,
                 raw_sha256: str | None = None) -> dict:
    """Extract and clean one HTML page; never raises for a bad page (outcome failed + reason).

    keep_raw=False with raw_sha256: the raw page is in the store already (reextract)."""
    raw = raw_record(data, keep_raw, raw_sha256, url=url, fetched=fetched, **(raw_info or {}))
    try:
        page = extract_page(data, url, charset=charset)
    except NotHTML as exc:
        return {"outcome": "failed", "target": target, "stage": "extract", "reason": str(exc)}
    key = choose_canonical(url, page.canonical)
    if not key:
        return {"outcome": "failed", "target": target, "stage": "extract", "reason": "page has no usable URL"}
    meta = {k: v for k, v in {"sitename": page.sitename, "description": page.description, "tags": page.tags,
                               "categories": page.categories, "encoding": page.encoding,
                               "declared_canonical": page.canonical}.items() if v}
    fields = {"title": page.title, "published": page.published, "author": page.author,
              "outlet": page.sitename or (host_of(key) if key.startswith("http") else None)}
    fields.update({k: v for k, v in (overrides or {}).items() if v})
    result = _finish(page.text, key=key, target=target, fields=fields, meta=meta, lang_hint=page.lang_attr,
                     fetched=fetched, raw=raw, hook=hook)
    result["urls"] = sorted({u for u in (url, key) if u})
    if want_links and url:
        html, _ = decode(data, charset)
        result["links"] = crawl_links(html, url)
    return result


def process_text(text: str, *, target: str, url: str, data: bytes, fields: dict | None = None,
                 fetched: str | None = None, hook: Hook = None, keep_raw: bool = True) -> dict:
    """Clean a document that arrives as text (a .txt file, a JSON Lines record without html)."""
    raw = raw_record(data, keep_raw, None, url=url, fetched=fetched, content_type="text/plain", encoding="utf-8")
    try:
        key = url if url.startswith("file:") else canonical_url(url)
    except BadURL as exc:
        return {"outcome": "failed", "target": target, "stage": "import", "reason": str(exc)}
    if not text.strip():
        return {"outcome": "failed", "target": target, "stage": "import", "reason": "empty text"}
    fields = dict(fields or {})
    fields.setdefault("outlet", host_of(key) or None)
    result = _finish(text, key=key, target=target, fields=fields, meta={}, lang_hint=None,
                     fetched=fetched, raw=raw, hook=hook)
    result["urls"] = sorted({url, key})
    return result


def process_document(data: bytes, kind: str, *, target: str, url: str, fields: dict | None = None,
                     fetched: str | None = None, raw_info: dict | None = None, hook: Hook = None,
                     keep_raw: bool = True, raw_sha256: str | None = None) -> dict:
    """Read a PDF, scan or .docx into pages (arahan.corpus.docread) and keep it like a page; the document
    records its kind, page count and where each page starts in the stored text."""
    from arahan.corpus.docread import MIME, DocumentError, read_document

    info = {"content_type": MIME.get(kind), **(raw_info or {})}
    raw = raw_record(data, keep_raw, raw_sha256, url=url, fetched=fetched, **info)
    try:
        key = url if url.startswith("file:") else canonical_url(url)
    except BadURL as exc:
        return {"outcome": "failed", "target": target, "stage": "import", "reason": str(exc)}
    try:
        read = read_document(data, kind)
    except DocumentError as exc:
        return {"outcome": "failed", "target": target, "stage": "extract", "reason": str(exc)}
    texts, starts, offset = [], [], 0
    for page in read.pages:
        starts.append(offset)
        if page.strip():
            texts.append(page.strip())
            offset += len(texts[-1]) + 1  # the newline that joins it to the next page
    if not texts:
        return {"outcome": "failed", "target": target, "stage": "extract",
                "reason": f"no text on any of the {read.page_count} page(s)"}
    fields = {"title": read.title, **(fields or {})}
    fields.setdefault("outlet", host_of(key) or None)
    meta = {"doc_kind": read.kind}
    if read.ocr_pages:
        meta["ocr_pages"] = read.ocr_pages
    if read.notes:
        meta["document_notes"] = read.notes
    result = _finish("\n".join(texts), key=key, target=target, fields=fields, meta=meta, lang_hint=None,
                     fetched=fetched, raw=raw, hook=hook, cleaned=True,
                     extra={"doc_kind": read.kind, "page_count": read.page_count, "page_starts": starts})
    result["urls"] = sorted({url, key})
    return result


def _finish(text: str, *, key: str, target: str, fields: dict, meta: dict, lang_hint: str | None,
            fetched: str | None, raw: dict, hook: Hook, cleaned: bool = False, extra: dict | None = None) -> dict:
    # A document's text is clean already (arahan.corpus.layout), and its page offsets must stay true.
    cleaned = Cleaned(text) if cleaned else clean_text(text, fields.get("title"))
    if not cleaned.text.strip():
        return {"outcome": "failed", "target": target, "stage": "clean",
                "reason": "nothing left after removing boilerplate"}
    hashed, fingerprint, words = fingerprints(cleaned.text)
    language = guess_language(words, lang_hint)
    if cleaned.dateline_outlet:
        meta["dateline_outlet"] = cleaned.dateline_outlet
    if cleaned.removed:
        meta["cleaning"] = dict(cleaned.removed)
    doc = {
        "canonical_url": key, "text": cleaned.text, "language": language, "fetched": fetched or now(),
        "raw_sha256": raw["sha256"], "text_hash": hashed, "simhash": to_hex(fingerprint),
        "dateline_place": cleaned.dateline_place, "meta": meta,
        "status": "ok" if is_indonesian(language) else "not_indonesian",
        **{k: v for k, v in fields.items() if k in ("title", "published", "author", "outlet")},
        **(extra or {}),
    }
    result = {"outcome": "document" if doc["status"] == "ok" else "not_indonesian", "target": target,
              "doc": doc, "raw": raw}
    fn = _hook(hook)
    if fn and doc["status"] == "ok":
        try:
            result["nlp"] = fn(doc)
        except Exception as exc:  # noqa: BLE001 - a hook failure must not lose the document
            result["nlp_error"] = f"{type(exc).__name__}: {exc}"
    return result


def fetch_and_process(items: list[dict], options: FetchOptions, hook: Hook = None) -> list[dict]:
    """Worker task: fetch and process a batch of frontier rows of one host, in order."""
    fetcher = fetcher_for(options)
    out = []
    for item in items:
        if STOP.is_set():
            break  # Ctrl-C: the rest of the batch stays pending in the frontier for the next run
        url = item["url"]
        fetched = fetcher.fetch(url, etag=item.get("etag"), last_modified=item.get("last_modified"))
        if fetched.outcome == "interrupted":
            break
        base = {"target": url, "requests": fetched.requests}
        if fetched.outcome in ("robots", "not_modified"):
            out.append({**base, "outcome": fetched.outcome, "reason": fetched.reason})
            continue
        if not fetched.ok:
            out.append({**base, "outcome": "failed", "stage": "fetch", "reason": fetched.reason})
            continue
        if item.get("hub"):
            # A crawl hub (homepage, section, tag page): followed for its links, not stored.
            html, _ = decode(fetched.body, fetched.charset)
            out.append({**base, "outcome": "hub", "links": crawl_links(html, fetched.final_url or url)})
            continue
        doc_kind = kind_of(fetched.body, "", fetched.content_type)
        if doc_kind:  # a PDF, scan or .docx, recognised by its content type or first bytes
            result = process_document(fetched.body, doc_kind, target=url, url=fetched.final_url or url, fetched=now(),
                                      raw_info={"etag": fetched.etag, "last_modified": fetched.last_modified},
                                      hook=hook)
            result.update(base, etag=fetched.etag, last_modified=fetched.last_modified)
            out.append(result)
            continue
        problem = sniff_binary(fetched.body)
        if problem or not fetched.body.strip():
            out.append({**base, "outcome": "failed", "stage": "extract", "reason": problem or "empty page"})
            continue
        result = process_html(
            fetched.body, target=url, url=fetched.final_url or url, charset=fetched.charset, fetched=now(),
            raw_info={"content_type": fetched.content_type, "encoding": fetched.charset, "etag": fetched.etag,
                      "last_modified": fetched.last_modified},
            want_links=bool(item.get("crawl")), hook=hook,
        )
        result.update(base, etag=fetched.etag, last_modified=fetched.last_modified)
        if fetched.final_url and fetched.final_url != url:
            result["urls"] = sorted(set(result.get("urls", [])) | {url, fetched.final_url})
        out.append(result)
    return out
