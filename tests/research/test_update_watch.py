"""`arahan sources`, `arahan update` and `arahan watch` on a real store: idempotent updates, exactly the new items, bad sources, a busy store."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest
from typer.testing import CliRunner

from arahan.cli import app
from arahan.store.database import Store
from arahan.extract.update import update_lock

runner = CliRunner()

FIRST = [
    {"url": "https://kabarjatim.example/berita/1", "title": "Bupati Malang larang study tour", "published": "2025-03-02",
     "text": "MALANG – Bupati Malang Sanusi melarang sekolah di Kabupaten Malang menggelar study tour ke luar provinsi. "
             "Larangan itu disampaikan Sanusi di Pendopo Kabupaten Malang, Senin (3/3/2025)."},
    {"url": "https://jabarpost.example/berita/2", "title": "Bupati Bandung larang vape", "published": "2025-03-05",
     "text": "BANDUNG – Bupati Bandung Dadang Supriatna melarang penjualan vape kepada pelajar di Kabupaten Bandung."},
]
LATER = [
    {"url": "https://kabarjatim.example/berita/3", "title": "Wali Kota Surabaya imbau warga", "published": "2025-03-09",
     "text": "SURABAYA – Wali Kota Surabaya Eri Cahyadi mengimbau warga Kota Surabaya menguras bak mandi untuk "
             "mencegah demam berdarah."},
]


def run(db, *args, code=0):
    r = runner.invoke(app, [*map(str, args), "--db", str(db)])
    assert r.exit_code == code, r.output
    return r


def write(folder: Path, name: str, articles: list[dict]) -> None:
    folder.mkdir(exist_ok=True)
    (folder / name).write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in articles) + "\n", encoding="utf-8")


def snapshot(db) -> dict[str, int]:
    with Store.open(db, readonly=True) as store:
        return {t: store.query(f"SELECT count(*) AS n FROM {t}")[0]["n"] for t in (
            "documents", "extractions", "directives", "mentions", "graph_nodes", "graph_edges", "graph_evidence",
            "graph_incidents", "watch_seen", "documents_stem_fts")}


@pytest.fixture
def setup(tmp_path, db_path):
    folder = tmp_path / "articles"
    write(folder, "first.jsonl", FIRST)
    run(db_path, "sources", "add", "folder", folder)
    run(db_path, "watch", "add", "jatim", "--region", "Jawa Timur")
    run(db_path, "watch", "add", "bans", "--type", "prohibition", "--keywords", "vape OR tour")
    return folder


def test_update_twice_changes_nothing_and_watch_finds_exactly_the_new_items(setup, db_path, tmp_path):
    digests = tmp_path / "digests"
    r = run(db_path, "update", "--out", digests)
    assert "extracted 2 new article(s)" in r.output
    assert "watchlist jatim: 1 new item(s)" in r.output and "watchlist bans: 2 new item(s)" in r.output
    md = (digests / "jatim.md").read_text()
    assert "Sanusi" in md and "melarang sekolah di Kabupaten Malang" in md and "https://kabarjatim.example/berita/1" in md
    first = snapshot(db_path)

    r = run(db_path, "update", "--out", digests)
    assert snapshot(db_path) == first
    assert "extracted 0 new article(s); graph updated with 0 article(s)" in r.output
    assert "watchlist jatim: 0 new item(s)" in r.output
    assert "Nothing new since the last run." in (digests / "jatim.md").read_text()

    write(setup, "later.jsonl", LATER)
    r = run(db_path, "update", "--out", digests)
    assert "extracted 1 new article(s)" in r.output
    assert "watchlist jatim: 1 new item(s)" in r.output and "watchlist bans: 0 new item(s)" in r.output
    md = (digests / "jatim.md").read_text()
    assert "Eri Cahyadi" in md and "Sanusi" not in md  # only what is new
    feed = (digests / "jatim.atom").read_text()
    assert feed.count("<entry>") == 2 and "https://kabarjatim.example/berita/3" in feed
    html = (digests / "jatim.html").read_text()
    assert "<blockquote>" in html and "Eri Cahyadi" in html

    r = run(db_path, "watch", "run", "--json", "--out", digests)
    assert {name: len(v["new"]) for name, v in json.loads(r.output).items()} == {"bans": 0, "jatim": 0}
    assert "jatim" in run(db_path, "watch", "list").output


def test_an_unreachable_source_is_reported_and_the_others_run(setup, db_path, tmp_path):
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    run(db_path, "sources", "add", "feed", f"http://127.0.0.1:{port}/rss.xml")
    r = run(db_path, "update", "--allow-private", "--delay", "0", "--out", tmp_path / "d", code=1)
    assert f"feed http://127.0.0.1:{port}/rss.xml: failed" in r.output
    assert "extracted 2 new article(s)" in r.output
    listed = run(db_path, "sources", "list").output
    assert "failed" in listed and "ok" in listed


def test_a_second_update_at_once_says_the_store_is_busy(setup, db_path):
    with update_lock(str(db_path.resolve())):
        r = run(db_path, "update", code=3)
    assert "store is busy" in r.output and "another `arahan update` is running" in r.output


def test_bad_sources_and_watchlists_get_one_line(db_path, tmp_path):
    run(db_path, "status")  # an empty store: `sources remove` and `watch run` of a missing store exit 3 instead
    for args, says in ((("sources", "add", "ftp", "x"), "unknown source kind"),
                       (("sources", "add", "folder", tmp_path / "none"), "no such folder"),
                       (("sources", "add", "sitemap", "kabarjatim/sitemap.xml"), "not an http(s) address"),
                       (("sources", "remove", "9"), "no source '9'"),
                       (("watch", "add", "x", "--region", "Atlantis"), "unknown region"),
                       (("watch", "add", "x", "--type", "order"), "unknown directive type"),
                       (("watch", "add", "x", "--keywords", '"vape'), "unbalanced quote"),
                       (("watch", "run", "nope"), "no watchlist nope"),
                       (("watch", "remove", "nope"), "no watchlist 'nope'")):
        r = run(db_path, *args, code=2)
        assert says in r.output and "Traceback" not in r.output, r.output


def test_watchlist_conditions(filled):
    from arahan.extract.graph.build import update_graph
    from arahan.extract.watch import Watchlist, matches

    update_graph(filled)

    def issuers(**conditions) -> list[str]:
        return sorted(it["issuer"] for it in matches(filled, Watchlist(**conditions)))

    assert issuers() == ["Dadang Supriatna", "Eri Cahyadi", "Sanusi"]
    assert issuers(region="Jawa Timur") == ["Eri Cahyadi", "Sanusi"]
    assert issuers(region="Jawa Timur", sub_regions=False) == []      # the incidents are in its kabupaten
    assert issuers(region="Kabupaten Malang", sub_regions=False) == ["Sanusi"]
    assert issuers(person="sanusi") == ["Sanusi"]
    assert issuers(office="wali kota") == ["Eri Cahyadi"]
    assert issuers(organization="sanusi") == []
    assert issuers(types=["prohibition"]) == ["Dadang Supriatna", "Eri Cahyadi"]
    assert issuers(keywords="vape OR fogging") == ["Dadang Supriatna", "Sanusi"]
    assert issuers(keywords="melarang", stem=True) == ["Dadang Supriatna", "Eri Cahyadi"]  # "larangan" too
    assert issuers(min_outlets=2) == []
    assert issuers(min_confidence=0.9) == []
    item = matches(filled, Watchlist(person="Sanusi"))[0]
    assert item["url"] == "https://kabarjatim.example/0" and "meminta warga" in item["sentence"]


def test_a_big_first_run_details_the_newest_items_only(filled, tmp_path):
    from arahan.extract import digest
    from arahan.extract.graph.build import update_graph
    from arahan.extract.watch import Watchlist, matches

    update_graph(filled)
    items = matches(filled, Watchlist(), detailed=1)
    assert [it["date"] for it in items] == ["2025-04-10", "2025-03-05", "2025-03-02"]  # newest first
    assert [bool(it["sentence"]) for it in items] == [True, False, False]
    md = digest.markdown("all", "every directive", items, "2025-05-01T00:00:00+00:00")
    assert "Dadang Supriatna" in md and "… and 2 older new item(s)" in md


def _page(title: str, day: str, text: str) -> str:
    # the closing paragraph only makes the page long enough to read as an article: it holds no directive
    paragraphs = "".join(f"<p>{p}.</p>" for p in text.split(". "))
    return (f"<!doctype html><html lang='id'><head><meta charset='utf-8'><title>{title}</title>"
            f"<meta property='article:published_time' content='{day}T08:00:00+07:00'></head>"
            f"<body><article><h1>{title}</h1>{paragraphs}<p>Hal itu disampaikan dalam apel pagi di halaman kantor "
            "pemerintah daerah setempat. Ratusan pegawai mengikuti apel itu hingga selesai, lalu kembali ke "
            "ruang kerja masing-masing sebelum pukul sembilan.</p></article></body></html>")


def _sitemap(base: str, pages: list[str]) -> str:
    urls = "".join(f"<url><loc>{base}/{p}</loc></url>" for p in pages)
    return f"<?xml version='1.0' encoding='UTF-8'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>{urls}</urlset>"


def test_a_sitemap_source_over_http(db_path, tmp_path):
    """A real HTTP server on 127.0.0.1: update twice changes nothing; a page added to the sitemap is the one new item."""
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    site = tmp_path / "site"
    site.mkdir()

    class Files(SimpleHTTPRequestHandler):  # serves the folder `site` (no robots.txt: a 404, so allowed)
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(site), **kwargs)

        def log_message(self, *args):
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Files)
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        for n, art in enumerate(FIRST + LATER, 1):
            (site / f"berita-{n}.html").write_text(_page(art["title"], art["published"], art["text"]), encoding="utf-8")
        (site / "sitemap.xml").write_text(_sitemap(base, ["berita-1.html", "berita-2.html"]), encoding="utf-8")
        run(db_path, "sources", "add", "sitemap", f"{base}/sitemap.xml")
        run(db_path, "watch", "add", "jatim", "--region", "Jawa Timur")
        digests = tmp_path / "digests"
        r = run(db_path, "update", "--allow-private", "--delay", "0", "--out", digests)
        assert "extracted 2 new article(s)" in r.output and "watchlist jatim: 1 new item(s)" in r.output
        first = snapshot(db_path)
        r = run(db_path, "update", "--allow-private", "--delay", "0", "--out", digests)
        assert snapshot(db_path) == first and "watchlist jatim: 0 new item(s)" in r.output
        (site / "sitemap.xml").write_text(_sitemap(base, ["berita-1.html", "berita-2.html", "berita-3.html"]),
                                          encoding="utf-8")
        r = run(db_path, "update", "--allow-private", "--delay", "0", "--out", digests)
        assert "extracted 1 new article(s)" in r.output and "watchlist jatim: 1 new item(s)" in r.output
        assert "Eri Cahyadi" in (digests / "jatim.md").read_text()
    finally:
        httpd.shutdown()
        httpd.server_close()
