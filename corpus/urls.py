"""URL canonicalization: one key per article whatever variant of its address we met.

courlan does the general normalisation (scheme and host case, default ports, sorted
query, tracking parameters such as utm_*, fbclid, gclid). What it lacks, and what news
sites multiply, are the AMP and mobile variants of the same article:
`m.site.id/...`, `amp.site.id/...`, `.../amp`, `.../amp/`, `?amp=1`, `?page=all`-less
print views. `canonical_url()` folds those onto the desktop address, and
`choose_canonical()` decides whether a page's own rel=canonical can be trusted.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from courlan import normalize_url

# Query parameters that never change the article (on top of courlan's own list).
_NOISE_PARAMS = re.compile(
    r"^(utm_\w+|fbclid|gclid|dclid|msclkid|yclid|mc_cid|mc_eid|igshid|ref|ref_src|source|"
    r"amp|outputType|output_type|_ga|share|from|s_cid|cmpid|wt_mc|spm)$",
    re.IGNORECASE,
)
_MOBILE_HOST = re.compile(r"^(m|mobile|amp|wap)\.", re.IGNORECASE)
_AMP_PATH = re.compile(r"(/amp/?$)|(^/amp(?=/))|(\.amp(?=$|\.html?$))", re.IGNORECASE)


class BadURL(ValueError):
    """Not an http(s) URL we can fetch or key a document on."""


def canonical_url(url: str) -> str:
    """The key of the article at `url`: normalised, without tracking, AMP or mobile variants.

    >>> canonical_url("https://m.Kabar.example/amp/berita/x/?utm_source=wa&id=2#top")
    'https://kabar.example/berita/x?id=2'
    """
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise BadURL(f"not an http(s) URL: {url!r}")
    try:
        url = normalize_url(url.strip(), strict=True)
    except (ValueError, AttributeError) as exc:  # courlan raises on malformed ports etc.
        raise BadURL(f"malformed URL {url!r}: {exc}") from None
    parts = urlsplit(url)
    host = _MOBILE_HOST.sub("", parts.netloc.lower())
    path = _AMP_PATH.sub("", parts.path) or "/"
    if len(path) > 1:
        path = path.rstrip("/")
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _NOISE_PARAMS.match(k)])
    return urlunsplit(("https" if parts.scheme == "https" else "http", host, path, query, ""))


def frontier_url(url: str) -> str:
    """The address to fetch: normalised and without tracking parameters, path kept as published.

    Unlike `canonical_url`, AMP and mobile variants stay distinct (a server may redirect
    or 404 on an address we invented); their pages name the canonical one themselves.
    """
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise BadURL(f"not an http(s) URL: {url!r}")
    try:
        url = normalize_url(url.strip(), strict=True, trailing_slash=True)
    except (ValueError, AttributeError) as exc:
        raise BadURL(f"malformed URL {url!r}: {exc}") from None
    parts = urlsplit(url)
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                       if not _NOISE_PARAMS.match(k) or k.lower() == "amp"])
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", query, ""))


def same_site(a: str, b: str) -> bool:
    """Whether two URLs belong to the same site once mobile/AMP hosts and www are ignored."""
    return _site(a) == _site(b)


def _site(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    host = _MOBILE_HOST.sub("", host)
    return host[4:] if host.startswith("www.") else host


def choose_canonical(page_url: str | None, declared: str | None) -> str | None:
    """The canonical key of a page: its rel=canonical if it points to the same site, else its own URL.

    A declared canonical on another site is what syndicated copies often carry; trusting
    it would merge two outlets' pages into one document, so we keep the page's own URL
    then (near-duplicate detection links them into one story instead).
    """
    candidates = []
    if declared and page_url:
        declared = urljoin(page_url, declared.strip())
        if page_url.startswith("file:") or same_site(page_url, declared):
            candidates.append(declared)
    elif declared:
        candidates.append(declared.strip())
    if page_url:
        candidates.append(page_url)
    for candidate in candidates:
        if candidate.startswith("file:"):
            return candidate
        try:
            return canonical_url(candidate)
        except BadURL:
            continue
    return None


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


_DATE_IN_PATH = re.compile(r"/(19|20)\d\d[/-]?(0[1-9]|1[0-2])(?:[/-]?\d\d)?/")
_ID_IN_PATH = re.compile(r"/(read|berita|news|artikel|detail|baca|post)/(\d{3,}/)?[\w-]+", re.IGNORECASE)


def looks_like_article(url: str) -> bool:
    """A cheap guess that a URL is an article (for the focused crawler), not a hub page."""
    path = urlsplit(url).path
    if _DATE_IN_PATH.search(path + "/"):
        return True
    last = path.rstrip("/").rsplit("/", 1)[-1]
    last = re.sub(r"\.(html?|php)$", "", last)
    if last.count("-") >= 3 and not last.isdigit():
        return True
    return bool(_ID_IN_PATH.search(path) and re.search(r"\d{4,}", path))
