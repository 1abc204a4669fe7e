"""The anatomy of official letters on each fixture: type, number, date, place, subject, addressees,
legal basis, signer, and one directive per numbered point credited to the signer."""

from __future__ import annotations

import docfixtures
import pytest

from arahan.corpus.docread import read_document
from arahan.extract.letter import instrument_key, parse_letter
from arahan.extract.pipeline import extract_document

MAKERS = {"se_bupati_malang": docfixtures.se_pdf, "instruksi_walikota_kendari": docfixtures.instruksi_pdf,
          "laporan_kegiatan_dinkes": docfixtures.laporan_pdf}


def _text(name: str) -> str:
    return "\n".join(read_document(MAKERS[name](), "pdf").pages)


@pytest.mark.parametrize("doc", docfixtures.DOCUMENTS, ids=lambda d: d["name"])
def test_letter_anatomy_and_directives(doc):
    result, notes = extract_document({"id": 1, "text": _text(doc["name"])})
    assert not notes
    letter, gold = result["letter"], doc["gold"]["letter"]
    for key in ("instrument_type", "number", "date", "place", "issuer", "issuer_title", "issuer_region"):
        assert letter[key] == gold[key], key
    assert letter["legal_basis"] == doc["gold"]["legal_basis"]
    got = sorted((d["type"], tuple(sorted(d["targets"]))) for d in result["directives"])
    want = sorted((t, tuple(sorted(targets))) for t, targets, _, _ in doc["gold"]["directives"])
    assert got == want
    for d in result["directives"]:
        assert (d["issuer"], d["issuer_title"], d["date"]) == (gold["issuer"], gold["issuer_title"], gold["date"])
        assert d["evidence"]["text"] in _text(doc["name"])
    assert result["officials"][0]["name"] == gold["issuer"]


def test_surat_edaran_parts():
    letter = parse_letter(_text("se_bupati_malang"))
    assert letter["subject"] == "Netralitas Aparatur Sipil Negara dalam Pemilihan Kepala Daerah Tahun 2024"
    assert letter["addressees"] == ["Kepala Perangkat Daerah", "Camat se-Kabupaten Malang",
                                    "Kepala Desa se-Kabupaten Malang"]
    assert [p["text"][:20] for p in letter["points"]] == ["Seluruh ASN di lingk", "Kepala Perangkat Dae",
                                                          "ASN yang terbukti me", "Camat dan Kepala Des"]
    assert letter["citation"] == "SE Bupati Malang No. 800/1234/BKPSDM/2024"


def test_a_point_that_only_says_when_it_applies_is_no_directive():
    letter = parse_letter(_text("instruksi_walikota_kendari"))
    assert len(letter["points"]) == 3 and letter["subject"] == "PENCEGAHAN DAN PENGENDALIAN DEMAM BERDARAH DENGUE"


def test_news_is_not_a_letter():
    text = ("Bupati Malang Sanusi menerbitkan Surat Edaran Nomor 800/1234/BKPSDM/2024 yang melarang ASN "
            "mendukung pasangan calon.\nSURAT EDARAN itu dibacakan di pendopo.")
    assert parse_letter(text) is None
    result, _ = extract_document({"id": 2, "text": text})
    assert "letter" not in result


def test_instrument_key_ignores_the_unit_code_of_a_number():
    assert instrument_key("SE", "800/1234/BKPSDM/2024") == instrument_key("SE", "800/1234/2024") == "se:800/1234/2024"
    assert instrument_key("Instruksi", "5 Tahun 2024") == "instruksi:5/2024"


SE_SEKDA = """PEMERINTAH KOTA SAMARINDA
SEKRETARIAT DAERAH
Samarinda, 3 Juni 2024
Nomor : 100.3.4/0456/Org
Hal : Pelaksanaan Apel Pagi
Kepada Yth. Kepala Perangkat Daerah di Lingkungan Pemerintah Kota Samarinda
SURAT EDARAN
Dalam rangka meningkatkan disiplin pegawai, dengan ini disampaikan hal-hal sebagai berikut:
a. Seluruh pegawai wajib mengikuti apel pagi setiap hari Senin pukul 07.30 WITA.
b. Pegawai yang tidak hadir tanpa keterangan akan dikenakan sanksi sesuai ketentuan.
c. Kepala Perangkat Daerah diminta melaporkan daftar hadir apel kepada Bagian Organisasi.
Demikian disampaikan untuk dilaksanakan.
Plt. SEKRETARIS DAERAH KOTA SAMARINDA,
ttd
Dr. H. AHMAD SUHAIMI, M.Si
Pembina Utama Muda
NIP. 19690315 199503 1 002"""


def test_acting_signer_without_a_dated_block_lettered_points_and_inline_addressee():
    result, _ = extract_document({"id": 3, "text": SE_SEKDA})
    letter = result["letter"]
    assert (letter["issuer"], letter["issuer_title"], letter["issuer_region"]) == ("Ahmad Suhaimi", "Plt Sekda",
                                                                                  "Kota Samarinda")
    assert (letter["date"], letter["place"], letter["subject"]) == ("2024-06-03", "Samarinda", "Pelaksanaan Apel Pagi")
    assert letter["citation"] == "SE Sekda Samarinda No. 100.3.4/0456/Org"
    got = [(d["type"], d["targets"]) for d in result["directives"]]
    assert got == [("policy", ["kepala perangkat daerah"]), ("instruction", ["pegawai"]),
                   ("sanction_warning", ["pegawai"]), ("oversight", ["kepala perangkat daerah"])]


KEPUTUSAN = """KEPUTUSAN BUPATI SLEMAN
NOMOR 12.3/KEP.KDH/A/2024
TENTANG
PEMBENTUKAN SATUAN TUGAS PENANGANAN SAMPAH
BUPATI SLEMAN,
Menimbang : a. bahwa penanganan sampah memerlukan koordinasi lintas perangkat daerah;
Mengingat : 1. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;
2. Undang-Undang Nomor 18 Tahun 2008 tentang Pengelolaan Sampah;
MEMUTUSKAN:
Menetapkan : KEPUTUSAN BUPATI TENTANG PEMBENTUKAN SATUAN TUGAS PENANGANAN SAMPAH.
KESATU : Membentuk Satuan Tugas Penanganan Sampah dengan susunan sebagaimana tercantum dalam Lampiran.
KEDUA : Satuan Tugas bertugas melakukan pengawasan pembuangan sampah ilegal dan melaporkan hasilnya kepada Bupati.
KETIGA : Keputusan ini mulai berlaku pada tanggal ditetapkan.
Ditetapkan di Sleman
pada tanggal 2 Februari 2024
BUPATI SLEMAN,
ttd
KUSTINI SRI PURNOMO"""


def test_keputusan_with_menimbang_mengingat_and_diktum():
    result, _ = extract_document({"id": 4, "text": KEPUTUSAN})
    letter = result["letter"]
    assert (letter["instrument_type"], letter["number"], letter["key"]) == ("Keputusan", "12.3/KEP.KDH/A/2024",
                                                                            "sk:12/3/2024")
    assert letter["legal_basis"] == ["UU 23/2014", "UU 18/2008"]
    assert (letter["issuer"], letter["issuer_region"], letter["date"]) == ("Kustini Sri Purnomo", "Kabupaten Sleman",
                                                                          "2024-02-02")
    # KESATU forms a task force and KEDUA orders it to watch: oversight both; KETIGA only says when it applies
    assert [d["type"] for d in result["directives"]] == ["policy", "oversight", "oversight"]


NOTA_DINAS = """PEMERINTAH KABUPATEN MALANG
DINAS KESEHATAN
NOTA DINAS
Kepada : Yth. Bupati Malang
Dari : Kepala Dinas Kesehatan Kabupaten Malang
Tembusan : Sekretaris Daerah
Tanggal : 5 Agustus 2024
Nomor : 440/123/35.07.103/2024
Sifat : Segera
Hal : Penanganan Kasus Demam Berdarah
Bersama ini kami laporkan peningkatan kasus demam berdarah di tiga kecamatan dan mohon arahan sebagai berikut:
1. Puskesmas di Kecamatan Kepanjen wajib melakukan fogging fokus paling lambat 10 Agustus 2024.
2. Camat diminta menggerakkan kerja bakti pemberantasan sarang nyamuk.
Demikian untuk menjadi perhatian."""


def test_nota_dinas_sender_and_date_fields():
    result, _ = extract_document({"id": 5, "text": NOTA_DINAS})
    letter = result["letter"]
    assert (letter["instrument_type"], letter["date"], letter["addressees"]) == ("Nota Dinas", "2024-08-05",
                                                                                 ["Bupati Malang"])
    assert (letter["issuer_title"], letter["issuer_region"]) == ("Kepala Dinas Kesehatan", "Kabupaten Malang")
    assert [(d["type"], d["targets"]) for d in result["directives"][1:]] == [("instruction", ["puskesmas"]),
                                                                            ("instruction", ["camat"])]
