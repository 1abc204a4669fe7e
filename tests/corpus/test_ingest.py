"""End-to-end `ingest` against the fixture server: every case met, nothing lost, resumable."""

from __future__ import annotations

from dataclasses import replace

import pytest

from arahan.corpus.engine import LocalEngine
from arahan.corpus.ingest import IngestOptions, ingest
import newsfixtures as site

PROBLEMS = ["/redirect/satu", "/loop/a", "/tidak-ada", "/rusak", "/sibuk", "/lambat", "/besar",
            "/besar-tanpa-panjang", "/dokumen.html", "/laporan.pdf", "/cp1252.html", "/latin1.html",
            "/html-rusak", "/kosong", "/english", "/private/catatan-redaksi-internal"]


def _run(store, fast, **kw):
    options = IngestOptions(fetch=fast, **kw)
    return ingest(store, options, LocalEngine(threads=4))


def _doc(store, url):
    doc_id = store.document_id_for_url(url)
    return store.document(doc_id) if doc_id else None


def test_full_ingest_meets_every_case(server, fast, store):
    b = server.base
    summary = _run(store, fast, sitemaps=[b + "/sitemap_index.xml"],
                   urls=[b + p for p in PROBLEMS] + [server.other + site.SYNDICATED_PATH,
                                                     b + site.NETRAL_PATH + "?utm_source=wa&fbclid=x"])
    c = summary.counts
    # the five articles + syndicated copy + cp1252 + latin-1 + broken html + the 503-then-200 page
    assert c["extracted"] == 10, (c, store.query("SELECT url, status, reason FROM urls"))
    assert c["not_indonesian"] == 1 and c["skipped_robots"] == 1
    # AMP variant and the tracking-parameter variant are the canonical article's addresses
    netral = _doc(store, b + site.NETRAL_PATH)
    assert netral and {b + site.NETRAL_PATH + "/amp"} <= set(netral["urls"])
    assert c["duplicates"] >= 1
    assert store.document_id_for_url(b + site.NETRAL_PATH + "/amp") == netral["id"]
    # the syndicated near-copy on another outlet is its own document in the same story
    copy = _doc(store, server.other + site.SYNDICATED_PATH)
    assert copy and copy["id"] != netral["id"] and copy["story_id"] == netral["story_id"]
    assert copy["outlet"] == "Suara Jatim Online"
    # metadata, cleaning and dateline
    assert netral["title"].startswith("Pj Bupati Malang Minta ASN")
    assert netral["published"].startswith("2024-06-21")
    assert netral["dateline_place"] == "Malang" and netral["meta"]["dateline_outlet"] == "KABARMALANGRAYA.COM"
    assert netral["text"].startswith("Penjabat (Pj) Bupati Malang")
    for junk in ("Baca juga", "BACA JUGA", "Redaktur", "Editor:", "Tags:", "What's Your Reaction",
                 "Tinggalkan Balasan", "scroll to top", "Foto:"):
        assert junk not in netral["text"], junk
    # encodings: cp1252 and latin-1 pages decode their curly quotes, dashes and accents
    cp = _doc(store, b + "/cp1252.html")
    assert "“Seragam boleh dibeli di mana saja,”" in cp["text"] and "sanksi – mulai" in cp["text"]
    assert "Kafé" in cp["text"]
    assert "“Seragam" in _doc(store, b + "/latin1.html")["text"]
    assert "tanggul laut" in _doc(store, b + "/html-rusak")["text"]
    # the English page is stored, flagged and not for extraction
    english = _doc(store, b + "/english")
    assert english["status"] == "not_indonesian" and english["language"] == "en"
    # every failure is recorded per URL with its reason
    failures = {f["target"].replace(b, ""): f["reason"] for f in store.failures(summary.run_id)}
    assert "redirect loop" in failures["/loop/a"]
    assert failures["/tidak-ada"] == "HTTP 404"
    assert failures["/rusak"].startswith("HTTP 500")
    assert "read timeout" in failures["/lambat"]
    assert "too large" in failures["/besar"] and "too large" in failures["/besar-tanpa-panjang"]
    assert "PDF" in failures["/dokumen.html"] and failures["/laporan.pdf"].startswith("corrupt or truncated PDF")
    assert failures["/kosong"] == "empty page"
    assert len(failures) == 9
    assert store.url_state(b + "/rusak")["status"] == "retry"        # transient: tried again next run
    assert store.url_state(b + "/tidak-ada")["status"] == "failed"
    assert store.url_state(b + "/private/catatan-redaksi-internal")["status"] == "robots"
    assert server.hits("/private/catatan-redaksi-internal") == 0
    # raw pages are kept compressed and content-addressed
    raw = store.raw(netral["raw_sha256"])
    assert raw and raw["size"] > len(raw["content"])
    run = store.runs(1)[0]
    assert run["status"] == "finished" and run["counts"]["extracted"] == 10


def test_rerun_fetches_nothing_twice(server, fast, store):
    b = server.base
    urls = [b + p for p in site.ARTICLES]
    first = _run(store, fast, urls=urls, max_pages=2)
    assert first.counts["extracted"] == 2
    second = _run(store, fast, urls=urls)
    assert second.counts["extracted"] == 3
    third = _run(store, fast, urls=urls)
    assert not third.counts.get("extracted") and not third.counts.get("fetched")
    assert all(server.hits(p) == 1 for p in site.ARTICLES), server.requests
    assert store.counts()["documents"] == 5


def test_interrupted_run_keeps_its_work(server, fast, store, ctrl_c_at_write):
    b = server.base
    urls = [b + p for p in site.ARTICLES]
    restore = ctrl_c_at_write(3)
    summary = _run(store, replace(fast), urls=urls)
    # Ctrl-C came while the first batch (4 pages) was being stored: all 4 are kept, the
    # page not yet fetched stays pending
    assert summary.interrupted and store.counts()["documents"] == 4
    assert store.runs(1)[0]["status"] == "interrupted"
    restore()
    again = _run(store, fast, urls=urls)
    assert again.counts["extracted"] == 1 and store.counts()["documents"] == 5
    # nothing fetched before the interruption was fetched again
    assert sum(server.hits(p) for p in site.ARTICLES) == 5


def test_focused_crawl_stays_on_host_and_follows_articles(server, fast, store):
    summary = _run(store, fast, crawls=[server.base + "/"], max_pages=20)
    stored = {d["canonical_url"].replace(server.base, "") for d in store.documents()}
    assert set(site.ARTICLES) <= stored
    assert summary.counts["hub_pages"] >= 2                         # home + /kategori/daerah (+ tag pages)
    assert server.hits("/login") == 0 and server.hits("/private/catatan-redaksi-internal") == 0
    assert not any(host == "localhost" for host, _ in server.requests)


def test_refresh_uses_etag(server, fast, store):
    url = server.base + site.NETRAL_PATH
    _run(store, fast, urls=[url])
    summary = _run(store, fast, urls=[url], refresh=True)
    assert summary.counts["unchanged"] == 1 and server.hits(site.NETRAL_PATH) == 2
    assert store.counts()["documents"] == 1


def test_feed_ingest_with_since(server, fast, store):
    from datetime import date

    summary = _run(store, fast, feeds=[server.base + "/"], since=date(2024, 6, 1))
    assert summary.counts["extracted"] == 1
    assert store.document_id_for_url(server.base + site.NETRAL_PATH)


@pytest.mark.parametrize("bad", ["ftp://example.com/x", "bukan url"])
def test_bad_urls_are_reported(server, fast, store, bad):
    summary = _run(store, fast, urls=[bad, server.base + site.NETRAL_PATH])
    assert summary.counts["extracted"] == 1 and summary.failed == 1
