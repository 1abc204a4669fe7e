"""The polite fetcher against the real fixture server."""

from __future__ import annotations

from dataclasses import replace

import newsfixtures as site

from arahan.corpus.fetch import Fetcher, FetchOptions


def test_fetches_an_article_and_keeps_validators(server, fast):
    result = Fetcher(fast).fetch(server.base + "/berita/2024/06/21/pj-bupati-malang-minta-asn-netral")
    assert result.ok and result.status == 200
    assert b"Pj Bupati Malang" in result.body
    assert result.etag
    again = Fetcher(fast).fetch(result.url, etag=result.etag)
    assert again.outcome == "not_modified"


def test_robots_txt_is_obeyed_and_read_once_per_host(server, fast):
    fetcher = Fetcher(fast)
    blocked = fetcher.fetch(server.base + "/private/catatan-redaksi-internal")
    assert blocked.outcome == "robots"
    fetcher.fetch(server.base + "/")
    assert server.hits("/private/catatan-redaksi-internal") == 0
    assert server.hits("/robots.txt") == 1


def test_redirects_are_followed_and_loops_stopped(server, fast):
    fetcher = Fetcher(fast)
    ok = fetcher.fetch(server.base + "/redirect/satu")
    assert ok.ok and ok.final_url.endswith("/berita/2024/06/20/wali-kota-batu-larang-study-tour")
    assert len(ok.redirects) == 2
    loop = fetcher.fetch(server.base + "/loop/a")
    assert loop.outcome == "failed" and "redirect loop" in loop.reason
    short = Fetcher(replace(fast, max_redirects=1)).fetch(server.base + "/redirect/satu")
    assert short.outcome == "failed" and "too many redirects" in short.reason


def test_http_errors_and_retries(server, fast):
    fetcher = Fetcher(fast)
    missing = fetcher.fetch(server.base + "/tidak-ada")
    assert missing.reason == "HTTP 404" and server.hits("/tidak-ada") == 1   # no retry on 404
    broken = fetcher.fetch(server.base + "/rusak")
    assert broken.outcome == "failed" and broken.reason.startswith("HTTP 500")
    assert server.hits("/rusak") == 1 + fast.retries                          # retried with backoff
    busy = fetcher.fetch(server.base + "/sibuk")                              # 503 + Retry-After: 1, then 200
    assert busy.ok and server.hits("/sibuk") == 2
    limited = fetcher.fetch(server.base + "/penuh")
    assert limited.outcome == "failed" and "HTTP 429" in limited.reason


def test_slow_response_times_out(server, fast):
    result = Fetcher(replace(fast, retries=1)).fetch(server.base + "/lambat")
    assert result.outcome == "failed" and "read timeout" in result.reason
    assert server.hits("/lambat") == 2


def test_size_cap_and_content_type_are_checked_before_the_body(server, fast):
    fetcher = Fetcher(fast)
    big = fetcher.fetch(server.base + "/besar")
    assert big.outcome == "failed" and "too large" in big.reason and not big.body
    streamed = fetcher.fetch(server.base + "/besar-tanpa-panjang")
    assert streamed.outcome == "failed" and "too large" in streamed.reason
    pdf = fetcher.fetch(server.base + "/laporan.pdf")  # documents are fetched for arahan.corpus.docread
    assert pdf.outcome == "ok" and pdf.content_type == "application/pdf"


def test_private_addresses_and_other_schemes_are_refused(server):
    fetcher = Fetcher(FetchOptions(delay=0))
    result = fetcher.fetch(server.base + "/")
    assert result.outcome == "failed" and "private/loopback" in result.reason
    assert server.hits("/") == 0 and server.hits("/robots.txt") == 0
    assert "only http and https" in fetcher.fetch("file:///etc/passwd").reason
    assert "only http and https" in fetcher.fetch("ftp://example.com/x").reason


def test_user_agent_is_sent(server, fast):
    Fetcher(replace(fast, user_agent="PenelitiBot/2.0 (kontak@kampus.ac.id)")).fetch(server.base + "/")
    assert server.agents == {"PenelitiBot/2.0 (kontak@kampus.ac.id)"}


def test_unreachable_robots_txt_means_disallowed(server, fast):
    server.routes["/robots.txt"] = site.Response(b"error", status=500, content_type="text/plain")
    result = Fetcher(fast).fetch(server.base + "/")
    assert result.outcome == "robots" and "robots.txt unreachable (HTTP 500" in result.reason
    assert server.hits("/") == 0
    del server.routes["/robots.txt"]                      # no robots.txt at all (404): allowed
    assert Fetcher(fast).fetch(server.base + "/").ok
