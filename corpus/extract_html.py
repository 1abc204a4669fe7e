"""From raw page bytes to main text and metadata, with trafilatura.

Steps: refuse what is not HTML (PDF, images, archives, other binary data) with a
reason; decode the bytes (HTTP charset, BOM, <meta charset>, UTF-8, then cp1252, which
is what pages labelled latin-1 really use); let trafilatura find the main text and its
metadata (title, date through htmldate, site name, author, tags); read the canonical
link ourselves. Cleaning of Indonesian-news boilerplate is `corpus.clean`'s job.
"""

from __future__ import annotations

import codecs
import copy
import re
from dataclasses import dataclass, field

import lxml.etree
import lxml.html
import trafilatura
from htmldate import find_date
from trafilatura.settings import Extractor
from trafilatura.metadata import (examine_meta, extract_author, extract_domain, extract_meta_json,
                                  extract_sitename, extract_title, extract_url)

_MAGIC = [
    (b"%PDF", "a PDF document"), (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"), (b"PK\x03\x04", "a ZIP archive (or office document)"),
    (b"\x1f\x8b", "gzip-compressed data"), (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"RIFF", "a RIFF media file"), (b"\x7fELF", "an executable"), (b"ID3", "an MP3 file"),
    (b"OggS", "an Ogg media file"), (b"\x00\x00\x00", "binary media data"), (b"SQLite format 3", "an SQLite database"),
]
_CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or b > 13)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
# WHATWG: pages that say latin-1 or ascii are decoded as windows-1252 by every browser.
_CHARSET_ALIASES = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252", "l1": "cp1252",
                    "us-ascii": "cp1252", "ascii": "cp1252", "windows-1252": "cp1252", "x-user-defined": "cp1252"}
_LANG_ATTR = re.compile(r"^[a-zA-Z]{2,3}")
_AUTHOR_PREFIX = re.compile(r"^(penulis|oleh|reporter|editor|by|pewarta)\s*[:\-]?\s*", re.IGNORECASE)


class NotHTML(ValueError):
    """The bytes are not an HTML page; the message says what they are."""


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


def sniff_binary(data: bytes) -> str | None:
    """A reason string when `data` is clearly not text/HTML, else None."""
    head = data[:1024].lstrip()
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return f"{what}, not HTML"
    sample = data[:4096]
    if sample and (sample.count(b"\x00") > 0 and not _looks_utf16(sample)):
        return "binary data (NUL bytes), not HTML"
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if sample and controls / len(sample) > 0.05:
        return "binary data, not HTML"
    return None


def _looks_utf16(sample: bytes) -> bool:
    return sample[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode page bytes; returns (text, encoding used)."""
    for bom, enc in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(enc, "replace").lstrip("\ufeff"), enc
    candidates = []
    if declared:
        candidates.append(declared)
    match = _META_CHARSET.search(data[:4096])
    if match:
        candidates.append(match.group(1).decode("ascii", "ignore"))
    candidates += ["utf-8", "cp1252"]
    for name in candidates:
        enc = _CHARSET_ALIASES.get(name.lower(), name.lower())
        try:
            codecs.lookup(enc)
            return data.decode(enc), enc
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("cp1252", "replace"), "cp1252"


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
    try:
        tree = lxml.html.fromstring(html.encode("utf-8"), parser=_PARSER)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise NotHTML(f"unparsable HTML: {exc}") from None
    if tree is None:
        raise NotHTML("unparsable HTML")
    canonical = _first(tree, "//link[@rel='canonical']/@href", "//meta[@property='og:url']/@content")
    lang = _first(tree, "/html/@lang", "//meta[@http-equiv='content-language']/@content")
    meta = _metadata(tree, url if url and url.startswith("http") else None)
    options = copy.copy(_OPTIONS)  # a shallow copy per page: threads may extract at the same time
    options.url = options.source = meta.url
    doc = trafilatura.bare_extraction(tree, options=options)
    if doc is None or not (doc.text or "").strip():
        raise NotHTML("no main text found in the page")
    author = _AUTHOR_PREFIX.sub("", meta.author or "").strip() or None
    return Page(
        text=doc.text, title=meta.title, published=meta.date, author=author, sitename=meta.sitename,
        hostname=meta.hostname, canonical=canonical, lang_attr=_lang(lang), description=meta.description,
        tags=list(meta.tags or []), categories=list(meta.categories or []), encoding=encoding,
    )


def _metadata(tree, url: str | None):
    """trafilatura's metadata steps, minus its slowest (licence and tag-link scans over every
    link of the page, which news pages do not need), plus the publication hour when the
    article meta gives it. Dates come from htmldate, in its fast (non-extensive) mode."""
    meta = examine_meta(tree)
    if meta.author and " " not in meta.author:
        meta.author = None
    try:
        meta = extract_meta_json(tree, meta)
    except Exception:  # noqa: BLE001 - trafilatura's JSON-LD parser has known crashes; the rest still works
        pass
    meta.title = meta.title or extract_title(tree)
    meta.author = meta.author or extract_author(tree)
    meta.url = meta.url or extract_url(tree, url)
    if meta.url:
        meta.hostname = extract_domain(meta.url, fast=True)
    meta.date = find_date(tree, extensive_search=False, original_date=True, url=meta.url)
    published_time = _first(tree, "//meta[@property='article:published_time']/@content")
    # htmldate keeps the day; the article meta usually has the hour too, worth keeping.
    if meta.date and published_time and published_time.startswith(meta.date):
        meta.date = published_time
    meta.sitename = (meta.sitename or extract_sitename(tree) or "").lstrip("@") or None
    meta.clean_and_trim()
    return meta


# Built once: trafilatura's Extractor computes date bounds and reads its config on creation.
_OPTIONS = Extractor(output_format="python", comments=False, tables=True, with_metadata=False)
_PARSER = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)


def _first(tree, *xpaths: str) -> str | None:
    for xp in xpaths:
        found = tree.xpath(xp)
        if found and str(found[0]).strip():
            return str(found[0]).strip()
    return None


def _lang(value: str | None) -> str | None:
    match = _LANG_ATTR.match(value or "")
    return match.group(0).lower() if match else None
