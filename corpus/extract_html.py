"""From raw page bytes to main text and metadata, with trafilatura.

Steps: refuse what is not HTML (PDF, images, archives, other binary data) with a
reason; decode the bytes (HTTP charset, BOM, <meta charset>, UTF-8, then cp1252, which
is what pages labelled latin-1 really use); let trafilatura find the main text (its
fast mode first, its fallback extractors when that finds little); take the metadata
(title, date through htmldate, site name, author, tags) from the page head with
trafilatura's and htmldate's own functions, and the canonical link ourselves.
Cleaning of Indonesian-news boilerplate is `arahan.corpus.clean`'s job.
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import lxml.etree
import lxml.html
import trafilatura
from htmldate import find_date
from trafilatura.settings import Extractor
from trafilatura.json_metadata import extract_json, extract_json_parse_error, normalize_json
from trafilatura.metadata import examine_meta, extract_author, extract_sitename, extract_title

from arahan.corpus.rawbytes import NotHTML, decode, sniff_binary  # noqa: F401 - NotHTML is part of this API

_LANG_ATTR = re.compile(r"^[a-zA-Z]{2,3}")
_AUTHOR_PREFIX = re.compile(r"^(penulis|oleh|reporter|editor|by|pewarta)\s*[:\-]?\s*", re.IGNORECASE)


@dataclass
class Page:
    """What extraction found on one page (text not yet cleaned)."""

    text: str
    title: str | None = None
    published: str | None = None
    author: str | None = None
    sitename: str | None = None
    hostname: str | None = None
    canonical: str | None = None
    lang_attr: str | None = None
    description: str | None = None
    tags: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    encoding: str | None = None


def extract_page(data: bytes, url: str | None = None, *, charset: str | None = None) -> Page:
    """Main text and metadata of an HTML page; raises NotHTML with a reason when there is none."""
    if not data or not data.strip():
        raise NotHTML("empty page")
    problem = sniff_binary(data)
    if problem:
        raise NotHTML(problem)
    html, encoding = decode(data, charset)
    if "<" not in html[:2000]:
        raise NotHTML("plain text, not HTML")
    tree = _head_tree(html)
    head = _head_tags(tree)
    canonical = head.get("canonical") or head.get("og:url")
    lang = tree.get("lang") or head.get("content-language")
    meta = _metadata(tree, html, head, canonical or (url if url and url.startswith("http") else None))
    # trafilatura parses the whole page itself (once); we parsed only the head for metadata.
    doc = _main_text(html, meta.url, _FAST)
    if doc is None or len(doc.text or "") < FALLBACK_BELOW:
        # Little text found: let trafilatura compare with its fallback extractors (readability,
        # jusText), as plain trafilatura.extract() always does.
        doc = _main_text(html, meta.url, _OPTIONS) or doc
    if doc is None or not (doc.text or "").strip():
        raise NotHTML("no main text found in the page")
    author = _AUTHOR_PREFIX.sub("", meta.author or "").strip() or None
    return Page(
        text=doc.text, title=meta.title, published=meta.date, author=author, sitename=meta.sitename,
        hostname=meta.hostname, canonical=canonical, lang_attr=_lang(lang), description=meta.description,
        tags=list(meta.tags or []), categories=list(meta.categories or []), encoding=encoding,
    )


_HEAD_END = re.compile(r"</head\s*>|<body[\s>]", re.IGNORECASE)
_JSON_LD = re.compile(r"<script[^>]+application/ld\+json[^>]*>.*?</script>", re.IGNORECASE | re.DOTALL)


def _head_tree(html: str):
    """A tree of the page's <head> only, plus any JSON-LD blocks of the body.

    Metadata lives there; parsing a few kilobytes instead of the whole page a second
    time (trafilatura parses it for the main text) keeps extraction as fast as bare
    trafilatura. A page without a recognisable head is parsed whole.
    """
    end = _HEAD_END.search(html, 0, 300_000)
    if end is None:
        part = html
    else:
        part = html[:end.start()]
        if html.find("ld+json", end.start()) >= 0:  # a plain substring test first: cheap on 200 KB
            part += "".join(_JSON_LD.findall(html, end.start()))
    try:
        tree = lxml.html.document_fromstring(part.encode("utf-8"), parser=_PARSER)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise NotHTML(f"unparsable HTML: {exc}") from None
    return tree


def _head_tags(tree) -> dict[str, str]:
    """The few <head> values we read ourselves, in one pass over the head (not the page)."""
    found: dict[str, str] = {}
    head = tree.find("head")
    for el in head.iterchildren("link", "meta") if head is not None else ():
        if el.tag == "link" and (el.get("rel") or "").lower() == "canonical" and el.get("href"):
            found.setdefault("canonical", el.get("href").strip())
        elif el.tag == "meta":
            key = (el.get("property") or el.get("http-equiv") or "").lower()
            if key in ("og:url", "article:published_time", "content-language") and el.get("content"):
                found.setdefault(key, el.get("content").strip())
    return found


def _metadata(tree, html: str, head: dict[str, str], url: str | None):
    """trafilatura's metadata steps on the head tree, minus its slowest (licence and tag-link
    scans over every link of the page, which news pages do not need), plus the publication
    hour when the article meta gives it. Dates come from htmldate in its fast
    (non-extensive) mode, on the whole page when the head has none."""
    meta = examine_meta(tree)
    if meta.author and " " not in meta.author:
        meta.author = None
    try:
        meta = _meta_json(tree, meta)
    except Exception:  # noqa: BLE001 - trafilatura's JSON-LD parser has known crashes; the rest still works
        pass
    meta.title = meta.title or extract_title(tree)
    meta.author = meta.author or extract_author(tree)
    meta.url = meta.url or url
    if meta.url:
        meta.hostname = urlsplit(meta.url).hostname
    meta.date = find_date(tree, extensive_search=False, original_date=True, url=meta.url) or \
        find_date(html, extensive_search=False, original_date=True, url=meta.url)
    published_time = head.get("article:published_time")
    # htmldate keeps the day; the article meta usually has the hour too, worth keeping.
    if meta.date and published_time and published_time.startswith(meta.date):
        meta.date = published_time
    meta.sitename = (meta.sitename or extract_sitename(tree) or "").lstrip("@") or None
    meta.clean_and_trim()
    return meta


# trafilatura's JSON_MINIFY removes whitespace outside strings one character at a time, each
# match a Python-level template expansion (most of its JSON-LD time on pretty-printed
# blocks); removing whole runs gives the same text.
_JSON_MINIFY = re.compile(r'("(?:\\.|[^"\\])*")|\s+')
_JSON_LD_XPATH = lxml.etree.XPath('.//script[@type="application/ld+json" or @type="application/settings+json"]')


def _meta_json(tree, meta):
    """trafilatura.metadata.extract_meta_json, with the faster minifying above."""
    for elem in _JSON_LD_XPATH(tree):
        if not elem.text:
            continue
        text = normalize_json(_JSON_MINIFY.sub(r"\1", elem.text))
        try:
            meta = extract_json(json.loads(text, strict=False), meta)
        except json.JSONDecodeError:
            meta = extract_json_parse_error(text, meta)
    return meta


# Built once: trafilatura's Extractor computes date bounds and reads its config on creation.
# Fast mode skips the fallback extractors; on our demo, fixture and benchmark pages (82)
# it gives exactly the text of the full mode, which still runs when fast mode finds little.
_OPTIONS = Extractor(output_format="python", comments=False, tables=True, with_metadata=False)
_FAST = Extractor(output_format="python", comments=False, tables=True, with_metadata=False, fast=True)
FALLBACK_BELOW = 800  # characters of main text


def _main_text(html: str, url: str | None, template: Extractor):
    options = copy.copy(template)  # a shallow copy per page: threads may extract at the same time
    options.url = options.source = url
    return trafilatura.bare_extraction(html, options=options)
_PARSER = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)


def _lang(value: str | None) -> str | None:
    match = _LANG_ATTR.match(value or "")
    return match.group(0).lower() if match else None
