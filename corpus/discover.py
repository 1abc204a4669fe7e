"""Finding article URLs: sitemaps, RSS/Atom feeds (with discovery from a homepage), crawl links.

trafilatura's sitemap and feed helpers download with their own HTTP client and drop the
dates that sitemaps and feeds carry; we need both our polite `Fetcher` (robots.txt,
per-host delay, private-address guard) and the dates (for --since/--until). So this
module fetches with the Fetcher and parses the XML itself (sitemap indexes, nested and
gzipped sitemaps, news sitemaps, RSS 2.0, Atom), and uses trafilatura's
`determine_feed` to find feeds on a homepage and courlan to pick links when crawling.
"""

from __future__ import annotations

import email.utils
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from urllib.parse import urljoin, urlsplit

import courlan
import lxml.etree
from trafilatura.feeds import FeedParameters, determine_feed

from arahan.corpus.fetch import Fetcher
from arahan.corpus.urls import host_of, looks_like_article
from arahan.extract.dates import parse_date as parse_indonesian_date

MAX_SITEMAPS = 2000
MAX_DEPTH = 4
_XML_PARSER = lxml.etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)


class DiscoveryError(Exception):
    """A sitemap or feed that could not be read; the message says why."""


@dataclass(frozen=True)
class DateRange:
    since: date | None = None
    until: date | None = None

    def keeps(self, when: str | None) -> bool:
        """Items without a date are kept: only a stated date can exclude an item."""
        if not when or not (self.since or self.until):
            return True
        day = parse_date(when)
        if day is None:
            return True
        return (not self.since or day >= self.since) and (not self.until or day <= self.until)


def parse_date(value: str) -> date | None:
    """A sitemap's or feed's date: ISO 8601, RFC 822, else Indonesian ("Senin, 19 Februari 2025 10:00 WIB",
    written by some regional feeds) read by extraction's date parser; None when there is no day in it."""
    value = value.strip()
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        pass
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if match:
        return date(*map(int, match.groups()))
    found = parse_indonesian_date(value)
    return date.fromisoformat(found.value) if found and found.precision == "day" else None


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _parse_xml(body: bytes, what: str, url: str):
    try:
        root = lxml.etree.fromstring(body, parser=_XML_PARSER)
    except lxml.etree.XMLSyntaxError as exc:
        raise DiscoveryError(f"{url}: not a readable {what} ({exc})") from None
    if root is None:
        raise DiscoveryError(f"{url}: not a readable {what} (empty or not XML)")
    return root


def _get(fetcher: Fetcher, url: str, what: str) -> bytes:
    result = fetcher.fetch(url, kind="xml")
    if not result.ok:
        raise DiscoveryError(f"{url}: {what} not fetched ({result.reason})")
    return result.body


def sitemap_urls(fetcher: Fetcher, url: str, dates: DateRange = DateRange(),
                 errors: list[str] | None = None) -> Iterator[dict]:
    """Article URLs of a sitemap or sitemap index, recursively (nested, gzipped, news sitemaps)."""
    seen: set[str] = set()
    queue = [(url, 0)]
    while queue and len(seen) < MAX_SITEMAPS:
        current, depth = queue.pop(0)
        if current in seen:
            continue
        seen.add(current)
        try:
            root = _parse_xml(_get(fetcher, current, "sitemap"), "sitemap", current)
        except DiscoveryError as exc:
            if errors is None or current == url:
                raise
            errors.append(str(exc))
            continue
        kind = _local(root.tag)
        for entry in root:
            fields = {_local(child.tag): child for child in entry.iter() if child is not entry}
            loc = fields.get("loc")
            if loc is None or not (loc.text or "").strip():
                continue
            link = urljoin(current, loc.text.strip())
            when = _text(fields.get("publication_date")) or _text(fields.get("lastmod"))
            if kind == "sitemapindex":
                # An index entry's lastmod is when the child sitemap changed: a child
                # changed before --since holds no newer article, so it is skipped.
                if depth < MAX_DEPTH and (not dates.since or not when or (parse_date(when) or dates.since) >= dates.since):
                    queue.append((link, depth + 1))
            elif dates.keeps(when):
                yield {"url": link, "lastmod": when, "source": f"sitemap:{url}"}


def _text(element) -> str | None:
    return element.text.strip() if element is not None and element.text and element.text.strip() else None


def feed_urls(fetcher: Fetcher, url: str, dates: DateRange = DateRange(),
              errors: list[str] | None = None) -> Iterator[dict]:
    """Article URLs of an RSS or Atom feed; given a homepage, the feeds it advertises."""
    result = fetcher.fetch(url, kind="xml")
    if not result.ok:
        raise DiscoveryError(f"{url}: feed not fetched ({result.reason})")
    body = result.body
    if _looks_like_html(body, result.content_type):
        found = determine_feed(body.decode("utf-8", "replace"),
                               FeedParameters(url, host_of(url), result.final_url or url))
        if not found:
            raise DiscoveryError(f"{url}: no RSS or Atom feed advertised on this page")
        for feed in found:
            try:
                yield from _feed_items(fetcher, feed, _get(fetcher, feed, "feed"), dates)
            except DiscoveryError as exc:
                if errors is None:
                    raise
                errors.append(str(exc))
        return
    yield from _feed_items(fetcher, url, body, dates)


def _looks_like_html(body: bytes, content_type: str | None) -> bool:
    if content_type in ("text/html", "application/xhtml+xml"):
        return True
    head = body[:512].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html"))


def _feed_items(fetcher: Fetcher, url: str, body: bytes, dates: DateRange) -> Iterator[dict]:
    root = _parse_xml(body, "feed", url)
    kind = _local(root.tag)
    if kind not in ("rss", "feed", "rdf"):
        raise DiscoveryError(f"{url}: not an RSS or Atom feed (root element <{kind}>)")
    for item in root.iter():
        if _local(item.tag) not in ("item", "entry"):
            continue
        link, when = None, None
        for child in item:
            name = _local(child.tag)
            if name == "link":
                href = child.get("href")
                if href and child.get("rel", "alternate") == "alternate":
                    link = href
                elif not href and child.text:
                    link = child.text
            elif name in ("pubdate", "published", "date", "issued") and child.text:
                when = when or child.text.strip()
            elif name == "updated" and child.text and not when:
                when = child.text.strip()
            elif name == "guid" and child.text and child.get("isPermaLink", "true") == "true" and not link:
                link = child.text
        if not link:
            continue
        iso = _iso(when)
        if dates.keeps(iso):
            yield {"url": urljoin(url, link.strip()), "lastmod": iso, "source": f"feed:{url}"}


def _iso(when: str | None) -> str | None:
    if not when:
        return None
    try:
        return email.utils.parsedate_to_datetime(when).astimezone(UTC).isoformat()
    except (TypeError, ValueError, IndexError):
        day = parse_date(when)  # ISO already, or an Indonesian date: kept as its day
        return when if day is None or re.match(r"\d{4}-\d{2}-\d{2}", when) else day.isoformat()


_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|webp|svg|ico|doc|xlsx?|pptx?|zip|rar|gz|mp[34]|avi|css|js|json|xml|rss)$",
                        re.IGNORECASE)
_DOCUMENT_LINK = re.compile(r"\.(pdf|docx)$", re.IGNORECASE)
_HUB_PATH = re.compile(r"^/?$|/(kategori|category|rubrik|kanal|topik|tag|tags|indeks|index|page|halaman|daerah|"
                       r"section|news|berita)(/|$)", re.IGNORECASE)


def is_document_link(url: str) -> bool:
    """A link to a PDF or .docx (fetched like an article, never read as a hub page)."""
    return bool(_DOCUMENT_LINK.search(urlsplit(url).path))


def crawl_links(html: str, page_url: str) -> list[str]:
    """Same-host links of a crawled page worth following: articles first, then hub pages.

    Hub pages (home, sections, tags, pagination) are followed for their links; login,
    search, feeds and files are not, except documents (.pdf, .docx: circulars and reports),
    which are fetched like articles and read by their content type. courlan extracts and normalises the links; its
    own filters are skipped because they drop IP-address hosts (our test servers)
    and section pages, so the same-host and crawlability checks are applied here.
    """
    host = host_of(page_url)
    try:
        links = courlan.extract_links(html, url=page_url, external_bool=False, no_filter=True, with_nav=True)
    except (ValueError, TypeError, lxml.etree.LxmlError):
        return []
    articles, hubs = [], []
    for link in sorted(links):
        link = link.split("#", 1)[0]
        path = urlsplit(link).path
        if host_of(link) != host or courlan.is_not_crawlable(link) or _NOT_PAGES.search(path):
            continue
        if looks_like_article(link) or _DOCUMENT_LINK.search(path):
            articles.append(link)
        elif courlan.is_navigation_page(link) or _HUB_PATH.search(path):
            hubs.append(link)
    return list(dict.fromkeys(articles + hubs))
