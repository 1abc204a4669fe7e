"""Extraction inside `arahan ingest` / `arahan import --backend`: findings stored with each new document.

A real HTTP server on 127.0.0.1 serves two article pages we wrote; `arahan ingest` fetches
them with the local engine, the worker hook extracts, the writer saves the findings.
"""

from __future__ import annotations

import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest
from typer.testing import CliRunner

from arahan.cli import app
from arahan.store.database import Store
from arahan.extract.ingest_hook import store_findings

PAGE = """<!doctype html><html lang="id"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="{published}T09:15:00+07:00">
<link rel="canonical" href="{url}"></head><body><header>Menu Beranda Daerah Politik</header>
<article><h1>{title}</h1><div class="entry-content">{body}</div></article>
<footer>Hak cipta redaksi. Kontak kami.</footer></body></html>"""

ARTICLES = {
    "pj-bupati-larang-asn-kampanye.html": (
        "Pj Bupati Bondowoso Larang ASN Ikut Kampanye", "2024-10-14",
        "<p>BONDOWOSO - Penjabat (Pj) Bupati Bondowoso Bambang Setiawan melarang seluruh aparatur sipil "
        "negara (ASN) di lingkungan Pemerintah Kabupaten Bondowoso ikut berkampanye dalam Pilkada 2024.</p>"
        "<p>\"ASN tidak boleh terlibat politik praktis, apalagi mengunggah dukungan di media sosial,\" "
        "tegas Bambang saat apel pagi di halaman kantor bupati, Senin (14/10/2024).</p>"
        "<p>Ia juga meminta para camat dan kepala desa mengawasi aparatur di wilayahnya masing-masing dan "
        "melaporkan setiap pelanggaran kepada Bawaslu Kabupaten Bondowoso.</p>"
        "<p>Menurut dia, sanksi bagi ASN yang melanggar mengacu pada Peraturan Pemerintah Nomor 94 Tahun 2021 "
        "tentang Disiplin Pegawai Negeri Sipil, mulai dari teguran tertulis hingga pemberhentian.</p>"),
    "wali-kota-imbau-warga-waspada-banjir.html": (
        "Wali Kota Samarinda Imbau Warga Waspada Banjir", "2024-11-02",
        "<p>SAMARINDA - Wali Kota Samarinda Andi Harun mengimbau warga yang tinggal di bantaran sungai agar "
        "waspada terhadap banjir kiriman selama musim hujan.</p>"
        "<p>\"Kami minta masyarakat segera mengungsi bila air naik dan mengikuti arahan petugas BPBD,\" "
        "ujar Andi Harun di Balai Kota Samarinda, Jumat (1/11/2024).</p>"
        "<p>Pemerintah Kota Samarinda telah menyiapkan posko pengungsian di setiap kecamatan yang rawan "
        "terdampak luapan Sungai Karang Mumus.</p>"),
}


@pytest.fixture()
def site(tmp_path):
    root = tmp_path / "site"
    root.mkdir()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(SimpleHTTPRequestHandler, directory=str(root)))
    httpd.daemon_threads = True
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    SimpleHTTPRequestHandler.log_message = lambda *a: None
    for name, (title, published, body) in ARTICLES.items():
        (root / name).write_text(PAGE.format(title=title, published=published, url=f"{base}/{name}", body=body),
                                 encoding="utf-8")
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield base, root
    httpd.shutdown()


def _findings(db) -> tuple[list[dict], list[dict]]:
    store = Store.open(db, readonly=True)
    try:
        docs = list(store.documents())
        return docs, [d for doc in docs for d in store.directives(doc["id"])]
    finally:
        store.close()


def test_ingest_with_backend_stores_findings(site, tmp_path):
    base, _ = site
    db = str(tmp_path / "a.db")
    urls = [f"{base}/{name}" for name in ARTICLES]
    res = CliRunner().invoke(app, ["ingest", *urls, "--allow-private", "--delay", "0", "--retries", "0",
                                   "--backend", "blank", "--db", db])
    assert res.exit_code == 0, res.output
    docs, directives = _findings(db)
    assert len(docs) == 2
    store = Store.open(db, readonly=True)
    try:
        assert not list(store.documents(unextracted_only=True))  # every new document was extracted
        names = {m["text"] if "text" in m else m.get("name") for m in store.mentions(kind="official")}
    finally:
        store.close()
    assert any("Bambang Setiawan" in (n or "") for n in names)
    types = {d["type"] for d in directives}
    assert "prohibition" in types and "appeal" in types


def test_ingest_without_backend_extracts_nothing(site, tmp_path):
    base, _ = site
    db = str(tmp_path / "b.db")
    res = CliRunner().invoke(app, ["ingest", f"{base}/pj-bupati-larang-asn-kampanye.html", "--allow-private",
                                   "--delay", "0", "--retries", "0", "--db", db])
    assert res.exit_code == 0, res.output
    store = Store.open(db, readonly=True)
    try:
        assert len(list(store.documents(unextracted_only=True))) == 1
    finally:
        store.close()


def test_import_with_backend_and_unknown_backend(site, tmp_path):
    _, root = site
    db = str(tmp_path / "c.db")
    bad = CliRunner().invoke(app, ["import", str(root), "--backend", "nonsense", "--db", db])
    assert bad.exit_code == 2 and "unknown backend" in bad.output
    res = CliRunner().invoke(app, ["import", str(root), "--backend", "blank", "--db", db])
    assert res.exit_code == 0, res.output
    docs, directives = _findings(db)
    assert len(docs) == 2 and directives


def test_writer_redoes_extraction_when_the_worker_hook_failed(tmp_path):
    store = Store.open(tmp_path / "d.db")
    try:
        doc = {"canonical_url": "https://kabar.example/a", "published": "2024-10-14", "title": "Larangan",
               "text": "Bupati Bondowoso Bambang Setiawan melarang ASN ikut kampanye, Senin (14/10/2024)."}
        with store.transaction():
            store.conn.execute("INSERT INTO documents (canonical_url, text, status) VALUES (?, ?, 'ok')",
                               (doc["canonical_url"], doc["text"]))
        doc_id = store.conn.execute("SELECT id FROM documents").fetchone()[0]
        with store.transaction():
            store_findings(store, doc_id, {"doc": doc, "nlp_error": "MemoryError: boom"})
        saved = store.extraction(doc_id)
        assert any("worker extraction failed" in n for n in saved["notes"])
        assert store.directives(doc_id)
    finally:
        store.close()
