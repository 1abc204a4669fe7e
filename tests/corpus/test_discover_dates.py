"""Discovery reads Indonesian feed and sitemap dates with extraction's date parser (arahan.extract.dates)."""

from __future__ import annotations

from datetime import date

from arahan.corpus.discover import DateRange, feed_urls, parse_date, sitemap_urls
from arahan.corpus.fetch import Fetcher
import newsfixtures as site


def test_parse_date_reads_iso_rfc_and_indonesian():
    assert parse_date("2024-06-21T09:15:00+07:00") == date(2024, 6, 21)
    assert parse_date("Fri, 21 Jun 2024 02:15:00 GMT") == date(2024, 6, 21)
    assert parse_date("Jumat, 21 Juni 2024 09:15 WIB") == date(2024, 6, 21)
    assert parse_date("21 Agu 2024") == date(2024, 8, 21)
    assert parse_date("Juni 2024") is None        # no day: the item is kept, not placed
    assert parse_date("kemarin") is None


def test_feed_with_indonesian_dates_is_filtered_by_them(server, fast):
    base = server.base
    paths = list(site.ARTICLES)
    server.routes["/feed-id/"] = site.Response(site.rss(base, [(paths[0], "Jumat, 21 Juni 2024 09:15 WIB"),
                                                               (paths[2], "Kamis, 2 Mei 2024 09:00 WIB")]),
                                               content_type="application/rss+xml")
    items = list(feed_urls(Fetcher(fast), base + "/feed-id/"))
    assert [i["lastmod"] for i in items] == ["2024-06-21", "2024-05-02"]
    kept = list(feed_urls(Fetcher(fast), base + "/feed-id/", DateRange(since=date(2024, 6, 1))))
    assert [i["url"] for i in kept] == [base + paths[0]]


def test_sitemap_with_indonesian_lastmod_is_filtered_by_it(server, fast):
    base = server.base
    paths = list(site.ARTICLES)
    server.routes["/sitemap-id.xml"] = site.Response(site.sitemap([(base + paths[0], "21 Juni 2024"),
                                                                   (base + paths[2], "2 Mei 2024")]),
                                                     content_type="application/xml")
    kept = list(sitemap_urls(Fetcher(fast), base + "/sitemap-id.xml", DateRange(until=date(2024, 5, 31))))
    assert [i["url"] for i in kept] == [base + paths[2]]
