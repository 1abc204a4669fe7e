"""Reading PDF, scans and .docx: reading order, running headers, hyphenation, tables, pages in the store."""

from __future__ import annotations

import json
import zlib

import docfixtures
import pytest

from arahan.corpus import layout
from arahan.corpus.batch import import_paths, reextract
from arahan.corpus.docread import page_of, read_document
from arahan.corpus.engine import LocalEngine


def _read(path):
    return read_document(path.read_bytes(), "docx" if path.suffix == ".docx" else "pdf")


def test_one_column_letter_over_two_pages(docs):
    pages = _read(docs / "se_bupati_malang.pdf")
    assert pages.kind == "pdf" and pages.page_count == 2 and not pages.ocr_pages
    first, second = pages.pages
    # the letterhead is kept once, on the first page; page numbers ("- 1 -") are gone
    assert first.startswith("PEMERINTAH KABUPATEN MALANG\nSEKRETARIAT DAERAH")
    assert "PEMERINTAH KABUPATEN MALANG" not in second and "- 2 -" not in second and "- 1 -" not in first
    # wrapped lines of one point become one line, hyphenated words are whole again
    assert ("2. Kepala Perangkat Daerah agar melakukan pengawasan terhadap netralitas ASN di lingkungan kerjanya "
            "dan melaporkan setiap pelanggaran kepada Bupati") in first
    assert "profesionalitas penyelenggaraan pemerintahan" in first
    assert "perundang-undangan" in second and "hal-hal" in first
    # fields keep their own lines
    assert "\nNomor : 800/1234/BKPSDM/2024\n" in first and "\nYth.\n1. Kepala Perangkat Daerah;\n" in first


def test_hyphenated_line_breaks_are_joined_and_reduplication_kept():
    text = layout.join_pages([["Kepala Perangkat Daerah agar melaksanakan pengawasan secara ketat dan pelak-",
                               "sanaan kegiatan di lingkungan masing-masing bersama anak-",
                               "anak sekolah se-", "Kabupaten Malang."]])[0]
    assert text == ("Kepala Perangkat Daerah agar melaksanakan pengawasan secara ketat dan pelaksanaan kegiatan "
                    "di lingkungan masing-masing bersama anak-anak sekolah se-Kabupaten Malang.")


def test_two_columns_are_read_left_then_right(docs):
    text = _read(docs / "instruksi_walikota_kendari.pdf").pages[0]
    order = ["INSTRUKSI WALI KOTA KENDARI", "NOMOR 5 TAHUN 2024", "WALI KOTA KENDARI,", "Kepada :",
             "4. Kepala Sekolah se-Kota Kendari.", "KESATU : Melaksanakan gerakan pemberantasan sarang nyamuk",
             "KEDUA : Melakukan pemantauan jentik", "KETIGA : Melarang penumpukan", "Ditetapkan di Kendari",
             "SULKARNAIN KADIR"]
    positions = [text.index(part) for part in order]
    assert positions == sorted(positions), text


def test_tables_are_kept_as_rows(docs):
    text = _read(docs / "laporan_kegiatan_dinkes.pdf").pages[0]
    assert "Kecamatan | Rumah diperiksa | Rumah positif jentik | Angka bebas jentik\nKadia | 420 | 37 | 91,2%" in text
    assert text.index("Baruga | 298 | 41 | 86,2%") < text.index("Berdasarkan hasil tersebut")


def test_docx_paragraphs_and_title(docs):
    pages = _read(docs / "se_bupati_malang.docx")
    assert pages.kind == "docx" and pages.page_count == 2 and pages.title == "Surat Edaran Netralitas ASN"
    assert "\nPerihal : Netralitas Aparatur Sipil Negara" in pages.pages[0]
    assert pages.pages[1].startswith("3. ASN yang terbukti")  # the author's page break


def test_import_keeps_raw_file_kind_pages_and_page_offsets(docs, store):
    pdfs = sorted(str(p) for p in docs.glob("*.pdf"))
    summary = import_paths(store, [*pdfs, str(docs / "se_bupati_malang.docx")], LocalEngine())
    # the .docx says what the PDF says: the same letter, stored once under both addresses
    assert summary.counts["extracted"] == 3 and summary.counts["duplicates"] == 1, summary.counts
    assert not summary.failed, store.failures()
    by_name = {d["canonical_url"].rsplit("/", 1)[-1]: store.document(d["id"]) for d in store.documents()}
    se = by_name["se_bupati_malang.pdf"]
    assert se["doc_kind"] == "pdf" and se["page_count"] == 2 and se["page_starts"][0] == 0
    # every character knows its page: point 3 is on page 2, the subject on page 1
    assert page_of(se["page_starts"], se["text"].index("3. ASN yang terbukti")) == 2
    assert page_of(se["page_starts"], se["text"].index("Perihal")) == 1
    raw = store.raw(se["raw_sha256"])
    assert raw["content_type"] == "application/pdf" and zlib.decompress(raw["content"]).startswith(b"%PDF")
    assert store.document_id_for_url((docs / "se_bupati_malang.docx").resolve().as_uri()) == se["id"]
    # a second import changes nothing; reextract reads the stored files again, fetching nothing
    again = import_paths(store, [str(docs)], LocalEngine())
    assert again.run_id is None and again.skipped["unchanged since the last import"] == 4
    store.upsert_document({"canonical_url": se["canonical_url"], "text": "rusak"})
    redo = reextract(store, LocalEngine())
    assert not redo.failed and store.document(se["id"])["text"] == se["text"]


def test_scanned_pdf_is_read_by_tesseract(instruksi_scan, store):
    summary = import_paths(store, [str(instruksi_scan)], LocalEngine())
    assert summary.counts["extracted"] == 1, store.failures()
    doc = store.document(next(store.documents())["id"])
    assert doc["doc_kind"] == "pdf-scan" and doc["meta"]["ocr_pages"] == [1]
    # Tesseract's page segmentation reads the two columns of the scan in order too
    order = ["INSTRUKSI WALI KOTA KENDARI", "Kepada", "KESATU", "KEDUA", "KETIGA", "Ditetapkan di Kendari",
             "SULKARNAIN KADIR"]
    positions = [doc["text"].index(part) for part in order]
    assert positions == sorted(positions)


@pytest.mark.parametrize("name", ["gold.jsonl"])
def test_fixture_gold_follows_the_schema(docs, name):
    lines = [json.loads(line) for line in (docs / name).read_text(encoding="utf-8").splitlines()]
    assert {line["url"] for line in lines} >= {"se_bupati_malang.pdf", "se_bupati_malang.docx"}
    for line in lines:
        assert set(line["gold"]) >= {"officials", "regions", "organizations", "directives"}
        assert all(d["type"] in docfixtures.TYPES for d in line["gold"]["directives"])


def test_a_pdf_in_a_web_archive_is_read(tmp_path, store):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter
    import io

    path = tmp_path / "pemda.warc.gz"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "application/pdf")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://pemda.example/se.pdf", "response",
                                                      payload=io.BytesIO(docfixtures.se_pdf()), http_headers=headers))
    summary = import_paths(store, [str(path)], LocalEngine())
    assert summary.counts["extracted"] == 1, store.failures()
    doc = store.document(store.document_id_for_url("https://pemda.example/se.pdf"))
    assert doc["doc_kind"] == "pdf" and doc["page_count"] == 2


def test_import_with_extraction_gives_pages_in_evidence(docs, store):
    from arahan.extract.ingest_hook import hook_spec, on_document

    summary = import_paths(store, [str(docs / "se_bupati_malang.pdf")], LocalEngine(), hook=hook_spec("blank"),
                           on_document=on_document("blank"))
    assert summary.counts["extracted"] == 1
    doc_id = next(store.documents())["id"]
    pages = {d["type"]: d["attrs"]["page"] for d in store.directives(doc_id)}
    assert pages["prohibition"] == 1 and pages["sanction_warning"] == 2


def test_a_table_in_the_right_column_is_read_in_its_place():
    def word(text, x0, top):
        return {"text": text, "x0": x0, "x1": x0 + 6 * len(text), "top": top, "bottom": top + 10}

    def filler(x, end, top, i):  # words of different lengths up to the column's edge, as in running text
        out = []
        while x < end - 40:
            out.append(word("kata"[: 2 + (i + len(out)) % 3], x, top))
            x = out[-1]["x1"] + 4
        return out

    words = [word("JUDUL", 250, 60), word("LAPORAN", 290, 60)]  # centred across both columns
    for i in range(14):
        top = 100 + 15 * i
        words += [word(f"kiri{i}", 72, top), *filler(72 + 6 * len(f"kiri{i}") + 4, 320, top, i)]
        if not 160 <= top <= 220:  # the table takes this part of the right column
            words += [word(f"kanan{i}", 310, top), *filler(310 + 6 * len(f"kanan{i}") + 4, 560, top, i)]
    table = {"bbox": (310, 160, 520, 225), "rows": [["Kecamatan", "Jumlah"], ["Kadia", "37"]]}
    texts = [ln["text"] for ln in layout.page_lines(words, [table], 595)]
    firsts = [t.split()[0] for t in texts]
    assert texts[0] == "JUDUL LAPORAN" and firsts[1:15] == [f"kiri{i}" for i in range(14)]
    right = firsts[15:]
    assert right.index("Kecamatan") == right.index("kanan3") + 1 and right[-1] == "kanan13"
