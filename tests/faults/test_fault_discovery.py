"""Sitemaps and feeds: a gzip bomb stops at the cap, a full-size sitemap fits its own cap."""

from __future__ import annotations

import gzip
import tracemalloc
from dataclasses import replace

import pytest
from hostile import send

from arahan.corpus.discover import DiscoveryError, feed_urls, sitemap_urls
from arahan.corpus.fetch import Fetcher, TooLarge, gunzip_capped


def _sitemap(base: str, n: int) -> bytes:
    entries = "".join(f"<url><loc>{base}/berita/2024/06/{i % 28 + 1:02d}/kabar-daerah-nomor-{i}</loc>"
                      f"<lastmod>2024-06-{i % 28 + 1:02d}</lastmod></url>\n" for i in range(n))
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            f"{entries}</urlset>\n").encode()


def _fetch_measured(fetcher: Fetcher, url: str, **kw):
    """The fetch result and the peak of Python memory allocated while fetching."""
    tracemalloc.start()
    try:
        return fetcher.fetch(url, **kw), tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_gzip_bomb_sitemap_stops_at_the_cap_without_inflating_it_all(hostile, quick):
    bomb = gzip.compress(b"<urlset>" + b" " * 200_000_000)      # ~200 KB that inflate to 200 MB
    hostile.routes["/sitemap.xml.gz"] = lambda h, n: send(h, 200, bomb, "application/gzip")
    result, peak = _fetch_measured(Fetcher(replace(quick, max_discovery_bytes=5_000_000)),
                                   hostile.base + "/sitemap.xml.gz", kind="xml")
    assert result.outcome == "failed" and "decompresses to over the cap of 5,000,000 bytes" in result.reason
    assert peak < 20_000_000, f"peak {peak:,} bytes"


def test_a_50000_entry_sitemap_over_the_page_cap_is_read_in_full(hostile, quick):
    body = _sitemap(hostile.base, 50_000)
    assert len(body) > 5_000_000
    hostile.routes["/sitemap.xml"] = lambda h, n: send(h, 200, body, "application/xml")
    hostile.routes["/sitemap.xml.gz"] = lambda h, n: send(h, 200, gzip.compress(body), "application/gzip")
    fetcher = Fetcher(replace(quick, max_bytes=5_000_000, deadline=30.0))
    assert len(list(sitemap_urls(fetcher, hostile.base + "/sitemap.xml"))) == 50_000
    assert len(list(sitemap_urls(fetcher, hostile.base + "/sitemap.xml.gz"))) == 50_000
    # ... while a page (kind html) keeps the page cap
    hostile.routes["/besar.html"] = lambda h, n: send(h, 200, b"<html>" + b"x" * 6_000_000)
    page = fetcher.fetch(hostile.base + "/besar.html")
    assert page.outcome == "failed" and "cap 5,000,000" in page.reason


def test_a_sitemap_over_its_own_cap_is_refused_with_the_reason(hostile, quick):
    body = _sitemap(hostile.base, 2_000)
    hostile.routes["/sitemap.xml"] = lambda h, n: send(h, 200, body, "application/xml")
    with pytest.raises(DiscoveryError, match="too large"):
        list(sitemap_urls(Fetcher(replace(quick, max_discovery_bytes=100_000)), hostile.base + "/sitemap.xml"))


def test_gzip_members_truncation_and_trailing_bytes():
    two = gzip.compress(b"<urlset>") + gzip.compress(b"</urlset>")
    assert gunzip_capped(two, 100) == b"<urlset></urlset>"
    assert gunzip_capped(gzip.compress(b"abc") + b"\x00\x00", 100) == b"abc"
    with pytest.raises(EOFError):
        gunzip_capped(gzip.compress(b"x" * 10_000)[:-30], 100_000)
    with pytest.raises(TooLarge):
        gunzip_capped(gzip.compress(b"x" * 10_000), 9_999)


def test_a_page_sent_with_content_encoding_gzip_bomb_stops_at_the_page_cap(hostile, quick):
    bomb = gzip.compress(b"<html><body><p>" + b"a" * 300_000_000)          # ~300 KB on the wire
    hostile.routes["/bom.html"] = lambda h, n: send(h, 200, bomb, "text/html", {"Content-Encoding": "gzip"})
    result, peak = _fetch_measured(Fetcher(replace(quick, max_bytes=5_000_000, deadline=30.0)), hostile.base + "/bom.html")
    assert result.outcome == "failed" and "over the cap of 5,000,000 bytes" in result.reason
    assert peak < 30_000_000, f"peak {peak:,} bytes"


def test_a_50000_item_feed_over_the_page_cap_is_read_in_full(hostile, quick):
    items = "".join(f"<item><title>Kabar daerah nomor {i}</title><link>{hostile.base}/berita/kabar-daerah-nomor-{i}</link>"
                    f"<pubDate>Fri, 21 Jun 2024 08:00:00 +0700</pubDate><guid>{hostile.base}/berita/{i}</guid></item>\n"
                    for i in range(50_000))
    body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Kabar</title>{items}</channel></rss>'.encode()
    assert len(body) > 6_500_000
    hostile.routes["/feed"] = lambda h, n: send(h, 200, body, "application/rss+xml")
    fetcher = Fetcher(replace(quick, max_bytes=5_000_000, deadline=30.0))
    assert len(list(feed_urls(fetcher, hostile.base + "/feed"))) == 50_000
