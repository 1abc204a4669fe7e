"""Bad documents: each gets a one-line reason in the run's failures, the rest of the batch is kept,
and a rerun after the cause is fixed picks the document up."""

from __future__ import annotations

import docfixtures

from arahan.corpus.batch import import_paths
from arahan.corpus.engine import LocalEngine


def _reasons(store) -> dict[str, str]:
    return {f["target"].rsplit("/", 1)[-1]: f["reason"] for f in store.failures()}


def test_encrypted_corrupt_and_truncated_files_fail_alone(tmp_path, store):
    se = docfixtures.se_pdf()
    (tmp_path / "se.pdf").write_bytes(se)
    (tmp_path / "terkunci.pdf").write_bytes(docfixtures.encrypted(se))
    (tmp_path / "terpotong.pdf").write_bytes(se[: len(se) // 3])
    (tmp_path / "rusak.docx").write_bytes(b"PK\x03\x04" + b"word/" + bytes(200))
    (tmp_path / "kosong.pdf").write_bytes(b"")
    summary = import_paths(store, [str(tmp_path)], LocalEngine())
    assert summary.counts["extracted"] == 1 and summary.failed == 4
    reasons = _reasons(store)
    assert reasons["terkunci.pdf"] == "encrypted PDF (password protected); save an unprotected copy to import it"
    assert reasons["terpotong.pdf"].startswith("corrupt or truncated PDF")
    assert reasons["rusak.docx"].startswith("corrupt or truncated .docx")
    assert reasons["kosong.pdf"] == "empty file"
    assert all("\n" not in r and len(r) < 200 for r in reasons.values())


def test_a_500_page_pdf_is_read_whole(tmp_path, store):
    from arahan.corpus.summary import Progress

    class Notes(Progress):
        def __init__(self):
            self.notes = []

        def note(self, message):
            self.notes.append(message)

    (tmp_path / "laporan-tahunan.pdf").write_bytes(docfixtures.long_pdf(500))
    progress = Notes()
    summary = import_paths(store, [str(tmp_path)], LocalEngine(), progress=progress)
    # progress is shown while the pages are read
    assert progress.notes[0] == "long PDF: page 50 of 500 read" and progress.notes[-1].endswith("500 of 500 read")
    assert summary.counts["extracted"] == 1, store.failures()
    doc = store.document(next(store.documents())["id"])
    assert doc["page_count"] == 500 and len(doc["page_starts"]) == 500
    assert "- 250 -" not in doc["text"]  # page numbers are not text


def test_image_only_pdf_without_tesseract_then_with_it(tmp_path, store, monkeypatch, instruksi_scan):
    monkeypatch.setenv("ARAHAN_TESSERACT", str(tmp_path / "tidak-terpasang" / "tesseract"))
    first = import_paths(store, [str(instruksi_scan)], LocalEngine())
    assert first.failed == 1 and first.counts["extracted"] == 0
    reason = _reasons(store)["instruksi_scan.pdf"]
    assert reason == ("needs OCR (no text layer), but Tesseract is not installed "
                      "(apt-get install tesseract-ocr tesseract-ocr-ind)")
    monkeypatch.delenv("ARAHAN_TESSERACT")  # "installed" now: the rerun reads the scan
    again = import_paths(store, [str(instruksi_scan)], LocalEngine())
    assert again.counts["extracted"] == 1 and "SULKARNAIN KADIR" in next(store.documents())["text"]


def test_garbage_text_layer_falls_back_to_ocr(tmp_path, store):
    (tmp_path / "huruf-geser.pdf").write_bytes(docfixtures.garbage_layer_pdf(docfixtures.instruksi_pdf()))
    summary = import_paths(store, [str(tmp_path)], LocalEngine())
    assert summary.counts["extracted"] == 1, store.failures()
    doc = store.document(next(store.documents())["id"])
    assert doc["meta"]["document_notes"] == ["text layer of 1 page(s) is unreadable (font encoding); read by OCR"]
    assert "INSTRUKSI WALI KOTA KENDARI" in doc["text"] and docfixtures.caesar("KENDARI") not in doc["text"]
