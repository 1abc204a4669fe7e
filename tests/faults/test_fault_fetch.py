"""Hostile servers: dripping answers, day-long Retry-After, and what an ingest makes of them."""

from __future__ import annotations

from dataclasses import replace

from hostile import article, dripping_body, dripping_headers, send

from arahan.corpus.engine import LocalEngine
from arahan.corpus.fetch import Fetcher
from arahan.corpus.ingest import IngestOptions, ingest


def test_a_dripping_body_is_cut_off_at_the_deadline_and_not_retried(hostile, quick):
    hostile.routes["/tetes"] = dripping_body(hostile)
    result = Fetcher(quick).fetch(hostile.base + "/tetes")
    assert result.outcome == "failed" and "deadline of 1.5 s" in result.reason
    assert result.body == b"" and hostile.hits["/tetes"] == 1


def test_dripping_headers_are_cut_off_too(hostile, quick):
    hostile.routes["/kepala"] = dripping_headers(hostile)
    result = Fetcher(quick).fetch(hostile.base + "/kepala")
    assert result.outcome == "failed" and "deadline" in result.reason


def test_a_fast_page_after_a_cut_off_on_the_same_connection_pool_is_fine(hostile, quick):
    hostile.routes["/tetes"] = dripping_body(hostile)
    hostile.routes["/cepat"] = lambda h, n: send(h, 200, article("Jalan Rusak Diperbaiki"))
    fetcher = Fetcher(quick)
    assert not fetcher.fetch(hostile.base + "/tetes").ok
    fast = fetcher.fetch(hostile.base + "/cepat")
    assert fast.ok and b"Jalan Rusak" in fast.body


def test_a_day_long_retry_after_is_not_waited_for(hostile, quick):
    hostile.routes["/sibuk"] = lambda h, n: send(h, 503, b"sibuk", "text/plain", {"Retry-After": "100000"})
    result = Fetcher(quick).fetch(hostile.base + "/sibuk")
    assert result.outcome == "failed" and "HTTP 503" in result.reason
    assert "asked to wait 100000 s" in result.reason and "2 s we wait per URL" in result.reason
    assert hostile.hits["/sibuk"] == 1


def test_retry_waits_add_up_to_at_most_the_per_url_budget(hostile, quick):
    hostile.routes["/sibuk"] = lambda h, n: send(h, 503, b"sibuk", "text/plain", {"Retry-After": "1"})
    result = Fetcher(replace(quick, retries=10, max_wait_per_url=2.5)).fetch(hostile.base + "/sibuk")
    # waits of 1 s each: two fit in 2.5 s, the third would not
    assert result.outcome == "failed" and "wait per URL" in result.reason
    assert hostile.hits["/sibuk"] == 3


def test_ingest_records_the_dripping_page_and_moves_on(hostile, quick, store):
    hostile.routes["/tetes"] = dripping_body(hostile)
    for i in range(3):
        hostile.routes[f"/berita/{i}"] = (lambda t, i: lambda h, n: send(h, 200, article(t, i)))(f"Berita Daerah Nomor {i} Terbit", i)
    urls = [hostile.base + "/tetes"] + [hostile.base + f"/berita/{i}" for i in range(3)]
    summary = ingest(store, IngestOptions(urls=urls, fetch=quick), LocalEngine(threads=2))
    states = {row["url"]: row for row in store.query("SELECT url, status, reason FROM urls")}
    assert states[hostile.base + "/tetes"]["status"] == "failed"
    assert "deadline" in states[hostile.base + "/tetes"]["reason"]
    assert all(states[u]["status"] == "done" for u in urls[1:]), states
    assert summary.counts["failed"] == 1
    # the rerun does not fetch the dripping page again (it is not left pending)
    again = ingest(store, IngestOptions(urls=urls, fetch=quick), LocalEngine(threads=2))
    assert hostile.hits["/tetes"] == 1 and again.counts.get("failed", 0) == 0


def test_a_dripping_sitemap_is_recorded_and_the_urls_still_fetched(hostile, quick, store):
    hostile.routes["/sitemap.xml"] = dripping_body(hostile)
    hostile.routes["/berita/1"] = lambda h, n: send(h, 200, article("Berita Satu", 1))
    summary = ingest(store, IngestOptions(urls=[hostile.base + "/berita/1"], sitemaps=[hostile.base + "/sitemap.xml"],
                                          fetch=quick), LocalEngine(threads=2))
    failures = {f["target"]: f["reason"] for f in store.failures()}
    assert "deadline" in failures[hostile.base + "/sitemap.xml"]
    assert summary.counts["extracted"] == 1
