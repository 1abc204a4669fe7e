"""Sitemaps, feeds and feed discovery against the fixture server."""

from __future__ import annotations

from datetime import date

import pytest

from arahan.corpus.discover import DateRange, DiscoveryError, feed_urls, sitemap_urls
from arahan.corpus.fetch import Fetcher
import newsfixtures as site


def _paths(items, base):
    return sorted(i["url"].replace(base, "").split("?")[0] for i in items)


def test_sitemap_index_with_nested_gzipped_and_news_sitemaps(server, fast):
    items = list(sitemap_urls(Fetcher(fast), server.base + "/sitemap_index.xml"))
    assert _paths(items, server.base) == sorted(list(site.ARTICLES) + [site.NETRAL_PATH + "/amp"])
    assert server.hits("/sitemap-lama.xml.gz") == 1 and server.hits("/sitemap-halaman.xml") == 1
    news = [i for i in items if "samarinda" in i["url"]]
    assert news[0]["lastmod"].startswith("2024-06-10")          # news:publication_date


def test_sitemap_date_filters(server, fast):
    items = list(sitemap_urls(Fetcher(fast), server.base + "/sitemap_index.xml",
                              DateRange(since=date(2024, 6, 15), until=date(2024, 6, 20))))
    assert _paths(items, server.base) == sorted([
        "/berita/2024/06/20/wali-kota-batu-larang-study-tour",
        "/berita/2024/06/19/harga-cabai-rawit-melonjak-di-pasar-besar"])
    # the gzipped sitemap changed on 2024-05-31, before --since: not even fetched
    assert server.hits("/sitemap-lama.xml.gz") == 0


def test_rss_atom_and_feed_discovery(server, fast):
    fetcher = Fetcher(fast)
    rss = list(feed_urls(fetcher, server.base + "/feed/"))
    assert len(rss) == 2 and rss[0]["lastmod"].startswith("2024-06-21")
    atom = list(feed_urls(fetcher, server.base + "/atom.xml", DateRange(since=date(2024, 6, 15))))
    assert _paths(atom, server.base) == ["/berita/2024/06/20/wali-kota-batu-larang-study-tour"]
    discovered = list(feed_urls(fetcher, server.base + "/"))          # homepage advertises /feed/
    assert _paths(discovered, server.base) == _paths(rss, server.base)


def test_unreadable_sources_raise_a_clear_error(server, fast):
    fetcher = Fetcher(fast)
    with pytest.raises(DiscoveryError, match="HTTP 404"):
        list(sitemap_urls(fetcher, server.base + "/tidak-ada.xml"))
    with pytest.raises(DiscoveryError, match="no RSS or Atom feed"):
        list(feed_urls(fetcher, server.base + "/kategori/daerah"))
