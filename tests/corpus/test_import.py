"""`arahan import` of html/txt/jsonl/WARC/directories and bad files; `arahan reextract`."""

from __future__ import annotations

import io
import json
from pathlib import Path

import newsfixtures as site
import pytest
from typer.testing import CliRunner

from arahan.cli import app
from arahan.corpus.batch import import_paths, reextract
from arahan.corpus.engine import LocalEngine
from arahan.store.database import Store

NETRAL_URL = "https://kabarmalangraya.example" + site.NETRAL_PATH


def _page(paragraphs, title="Judul", canonical=None, dateline=""):
    return site.article_page(title=title, paragraphs=paragraphs, published="2024-06-21T09:15:00+07:00",
                             canonical=canonical, dateline=dateline).encode()


@pytest.fixture
def material(tmp_path: Path) -> Path:
    root = tmp_path / "bahan"
    (root / "jatim" / "malang").mkdir(parents=True)
    (root / "jatim" / "malang" / "netral.html").write_bytes(
        _page(site.NETRAL, "Pj Bupati Malang Minta ASN Netral", NETRAL_URL, "MALANG – "))
    (root / "jatim" / "batu.htm").write_bytes(_page(site.STUDY_TOUR, "Wali Kota Batu Larang Study Tour"))
    (root / "kaltim.txt").write_text("Bupati Kukar Instruksikan Camat Data Warga Miskin\n" + "\n".join(site.CAMAT),
                                     encoding="utf-8")
    records = [
        {"url": "https://suarakaltim.example/2024/06/10/banjir", "title": "Samarinda Waspada Banjir",
         "published": "2024-06-10", "text": "\n".join(site.BANJIR)},
        {"url": "https://kabarjatim.example/pasar/cabai", "html": _page(site.PASAR, "Harga Cabai").decode()},
    ]
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    lines.insert(1, "{ini bukan json")
    (root / "kiriman.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (root / "gambar.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(300))
    (root / "laporan.html").write_bytes(site.PDF_BYTES)           # a PDF that says it is HTML
    (root / "catatan.md").write_text("# catatan\n")
    return root


def _warc(path: Path) -> Path:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for url, body, ctype in (
            ("https://lombokpos.example/jembatan-gantung-aik-berik", _page(site.JEMBATAN, "Jembatan Gantung"),
             "text/html; charset=utf-8"),
            ("https://lombokpos.example/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(50), "image/png"),
            ("https://lombokpos.example/rob-sedati", _page(site.ROB, "Rob Rendam Sedati"), "text/html"),
        ):
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))
    return path


def test_import_everything_and_report_bad_files(material, store):
    warc = _warc(material / "arsip.warc.gz")
    summary = import_paths(store, [str(material)], LocalEngine())
    c = summary.counts
    assert c["extracted"] == 7, (c, store.failures())      # 2 html + txt + 2 jsonl + 2 warc pages
    reasons = {Path(f["target"]).name: f["reason"] for f in store.failures()}
    assert reasons["laporan.html"] == "a PDF document, not HTML"
    assert reasons["kiriman.jsonl:2"].startswith("not valid JSON")
    assert reasons["gambar.png"].startswith("corrupt or truncated image")  # images are read by OCR (arahan.corpus.docread)
    assert summary.failed == 3
    assert summary.skipped["not a document type (.md)"] == 1
    assert any("not HTML (image/png)" in k for k in summary.skipped)
    # URLs: canonical link, else JSON Lines url / WARC target, else a file:// URL
    netral = store.document(store.document_id_for_url(NETRAL_URL))
    assert netral["dateline_place"] == "Malang" and netral["meta"]["source"].endswith("netral.html")
    batu = [d for d in store.documents() if d["canonical_url"].endswith("batu.htm")][0]
    assert batu["canonical_url"].startswith("file://")
    kaltim = [d for d in store.documents() if d["canonical_url"].endswith("kaltim.txt")][0]
    assert kaltim["title"] == "Bupati Kukar Instruksikan Camat Data Warga Miskin"
    banjir = store.document(store.document_id_for_url("https://suarakaltim.example/2024/06/10/banjir"))
    assert banjir["published"] == "2024-06-10" and banjir["title"] == "Samarinda Waspada Banjir"
    assert store.document_id_for_url("https://lombokpos.example/jembatan-gantung-aik-berik")
    assert warc.exists()


def test_second_import_is_a_no_op(material, db_path):
    with Store.open(db_path) as store:
        import_paths(store, [str(material / "jatim"), str(material / "kaltim.txt")], LocalEngine())
        before = store.counts()
        again = import_paths(store, [str(material / "jatim"), str(material / "kaltim.txt")], LocalEngine())
        assert again.run_id is None and again.skipped["unchanged since the last import"] == 3
        assert store.counts() == before


def test_explicit_binary_file_fails_with_reason_and_the_rest_goes_on(material, store):
    summary = import_paths(store, [str(material / "gambar.png"), str(material / "jatim"),
                                   str(material / "tidak-ada.html")], LocalEngine())
    assert summary.counts["extracted"] == 2 and summary.failed == 2
    reasons = sorted(f["reason"] for f in store.failures())
    assert reasons[0].startswith("corrupt or truncated image") and reasons[1] == "no such file or directory"


def test_reextract_rebuilds_documents_from_raw_pages(material, store):
    import_paths(store, [str(material)], LocalEngine())
    doc_id = store.document_id_for_url(NETRAL_URL)
    store.upsert_document({"canonical_url": NETRAL_URL, "text": "rusak", "title": "rusak"})
    count = store.counts()["documents"]
    summary = reextract(store, LocalEngine())
    assert summary.counts["updated"] >= 1 and not summary.failed
    doc = store.document(doc_id)
    assert doc["text"].startswith("Penjabat (Pj) Bupati Malang") and doc["title"] == "Pj Bupati Malang Minta ASN Netral"
    assert doc["meta"]["source"].endswith("netral.html")
    assert store.counts()["documents"] == count


def test_cli_import_exit_codes(material, tmp_path):
    runner = CliRunner()
    db = str(tmp_path / "cli.db")
    ok = runner.invoke(app, ["import", str(material / "jatim"), "--db", db])
    assert ok.exit_code == 0, ok.output
    assert "extracted" in ok.output
    partial = runner.invoke(app, ["import", str(material / "laporan.html"), str(material / "kaltim.txt"), "--db", db])
    assert partial.exit_code == 1 and "a PDF document, not HTML" in partial.output
    bad = runner.invoke(app, ["import", str(material), "--engine", "spark", "--db", db])
    assert bad.exit_code == 2 and "unknown engine" in bad.output
    redo = runner.invoke(app, ["reextract", "--db", db])
    assert redo.exit_code == 0, redo.output


def test_nlp_hook_runs_on_workers_and_reaches_the_writer(material, store):
    seen = {}

    def on_document(store_, document_id, result):
        seen[document_id] = result["nlp"]

    import_paths(store, [str(material / "jatim")], LocalEngine(),
                 hook=("newsfixtures:word_count_hook", {"prefix": "jumlah_kata"}), on_document=on_document)
    assert len(seen) == 2 and all(v["jumlah_kata"] > 50 for v in seen.values())


def test_a_result_that_cannot_be_stored_is_a_failure_and_the_rest_goes_on(material, store):
    def on_document(store_, document_id, result):
        if "batu" in result["target"]:
            raise ValueError("temuan tidak valid")

    summary = import_paths(store, [str(material / "jatim")], LocalEngine(), on_document=on_document)
    assert summary.counts["extracted"] == 1 and summary.failed == 1
    assert "temuan tidak valid" in store.failures()[0]["reason"]
    assert store.counts()["documents"] == 1
