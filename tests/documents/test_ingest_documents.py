"""`arahan ingest` follows a Pemda page's links to its documents and reads them by content type."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import docfixtures
import pytest

from arahan.corpus.engine import LocalEngine
from arahan.corpus.fetch import FetchOptions
from arahan.corpus.ingest import IngestOptions, ingest

PAGE = """<!doctype html><html lang="id"><head><title>Produk Hukum</title></head><body>
<h1>Produk Hukum Pemerintah Kabupaten Malang</h1>
<ul><li><a href="/dokumen/se-netralitas-asn.pdf">Surat Edaran Netralitas ASN</a></li>
<li><a href="/unduh/instruksi-dbd">Instruksi pencegahan DBD (tanpa ekstensi)</a></li></ul>
</body></html>"""


PEMDA_ROUTES: dict[str, tuple[bytes, str]] = {}  # more routes a test adds


@pytest.fixture
def pemda_site():
    PEMDA_ROUTES.clear()
    routes = {
        "/": (PAGE.encode(), "text/html; charset=utf-8"),
        "/dokumen/se-netralitas-asn.pdf": (docfixtures.se_pdf(), "application/pdf"),
        "/unduh/instruksi-dbd": (docfixtures.instruksi_pdf(), "application/pdf"),
        "/robots.txt": (b"User-agent: *\nAllow: /\n", "text/plain"),
    }

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            found = routes.get(self.path) or PEMDA_ROUTES.get(self.path)
            body, ctype = found or (b"tidak ada", "text/plain")
            self.send_response(200 if found else 404)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_ingest_reads_linked_documents_by_content_type(pemda_site, store):
    fetch = FetchOptions(user_agent="ArahanTest/1.0", delay=0.0, allow_private=True)
    # the crawl follows the .pdf link; the link without an extension is given as a URL and read by its type
    summary = ingest(store, IngestOptions(crawls=[pemda_site + "/"], urls=[pemda_site + "/unduh/instruksi-dbd"],
                                          fetch=fetch, max_pages=10), LocalEngine(threads=2))
    assert summary.counts["extracted"] == 2, (summary.counts, store.failures())
    se = store.document(store.document_id_for_url(pemda_site + "/dokumen/se-netralitas-asn.pdf"))
    assert se["doc_kind"] == "pdf" and se["page_count"] == 2 and "Nomor : 800/1234/BKPSDM/2024" in se["text"]
    assert store.raw(se["raw_sha256"])["content_type"] == "application/pdf"
    instruksi = store.document(store.document_id_for_url(pemda_site + "/unduh/instruksi-dbd"))
    assert instruksi["doc_kind"] == "pdf" and "SULKARNAIN KADIR" in instruksi["text"]


def test_ingested_scan_waits_for_tesseract_and_is_read_on_the_next_run(pemda_site, store, monkeypatch,
                                                                         instruksi_scan, tmp_path):
    url = pemda_site + "/unduh/instruksi-scan"
    PEMDA_ROUTES[url.replace(pemda_site, "")] = (instruksi_scan.read_bytes(), "application/pdf")
    fetch = FetchOptions(user_agent="ArahanTest/1.0", delay=0.0, allow_private=True)
    monkeypatch.setenv("ARAHAN_TESSERACT", str(tmp_path / "tidak-ada" / "tesseract"))
    first = ingest(store, IngestOptions(urls=[url], fetch=fetch), LocalEngine(threads=1))
    assert first.failed == 1 and "Tesseract is not installed" in store.failures()[0]["reason"]
    assert store.url_state(url)["status"] == "retry"
    monkeypatch.delenv("ARAHAN_TESSERACT")
    second = ingest(store, IngestOptions(urls=[url], fetch=fetch), LocalEngine(threads=1))
    assert second.counts["extracted"] == 1 and store.document_id_for_url(url) is not None
