"""Page chrome families (corpus/chrome.csv): every row drops its example, story sentences stay,
and an imported page with chrome in its body gives no directive from it."""

from __future__ import annotations

import json

import newsfixtures as site
import pytest
from typer.testing import CliRunner

from arahan.cli import app
from arahan.corpus.chrome import families
from arahan.corpus.clean import clean_text
from arahan.store.database import Store

STORY = ("Bupati Konawe Selatan, Rahmat Hidayat, meminta seluruh kepala desa memperketat pengawasan tambang "
         "pasir ilegal di sepanjang Sungai Laeya, Senin (3/6/2024).")
CLOSING = "Warga diminta melapor ke kantor desa bila melihat alat berat masuk ke sungai."


def _clean(line: str):
    return clean_text("\n".join([STORY, line, CLOSING]))


@pytest.mark.parametrize("family", families(), ids=lambda f: f.name)
def test_every_family_drops_its_example(family):
    cleaned = _clean(family.example)
    assert cleaned.text == STORY + "\n" + CLOSING
    assert cleaned.removed[family.name] == 1


# More lines of each family, written by us in the style of regional outlets.
@pytest.mark.parametrize("family, line", [
    ("more_news", "Dapatkan update berita pilihan dan breaking news setiap hari dari Kabarsultra.example."),
    ("more_news", "Cek Berita dan Artikel yang lain di Google News"),
    ("more_news", "Ikuti berita terkini dari Kabarsultra di Google News, klik di sini"),
    ("syndication", "Berita ini telah terbit di harian Kabar Sultra edisi Senin."),
    ("syndication", 'Sebagian artikel ini telah tayang di Kabarsultra.example dengan judul "Banjir Rob"'),
    ("join_group", "Yuk gabung saluran WhatsApp Kabarsultra untuk mendapatkan berita terkini."),
    ("join_group", "Ikuti Channel WhatsApp Kabarsultra untuk update terkini"),
    ("join_group", "Join grup Telegram kami di t.me/kabarsultra"),
    ("join_group", "Klik link berikut untuk bergabung ke grup WhatsApp Kabarsultra"),
    ("follow_outlet", "Follow akun Instagram dan TikTok @kabarsultra"),
    ("follow_outlet", "Yuk, ikuti juga kanal YouTube kami dan jangan lupa subscribe!"),
    ("join_group", "Ayo, gabung ke grup Telegram Kabarsultra sekarang juga."),
    ("app_prompt", "Download aplikasi Kabarsultra untuk berita terkini"),
    ("click_prompt", "Klik di sini"),
    ("ad_marker", "ADVERTISEMENT"),
    ("ad_marker", "- Iklan -"),
    ("ad_marker", "Scroll untuk melanjutkan membaca"),
    ("advertiser_notice", "Konten ini dipersembahkan oleh mitra sponsor kami."),
    ("copyright", "COPYRIGHT © KABAR SULTRA 2024"),
    ("copyright", "© 2024 Kabarsultra. Hak cipta dilindungi undang-undang."),
    ("agency_code", "(dil/ahr)"),
    ("trailer", "Penulis: Rima | Editor: Mona"),
    ("more_news", "Update berita pilihan dan breaking news setiap hari dari Kabarsultra.example. Mari bergabung di Grup "
                  "Telegram \"Kabarsultra Update\", caranya klik link https://t.me/kabarsultra, kemudian join. Anda harus "
                  "install aplikasi Telegram terlebih dulu di ponsel."),
    ("app_prompt", "Pastikan Anda sudah install aplikasi WhatsApp ya."),
    ("navigation", "Berita Terkait"),
    ("navigation", "Halaman: 1 2 3 Selanjutnya"),
    ("navigation", "Halaman selanjutnya"),
    ("video_prompt", "Saksikan video selengkapnya di bawah ini"),
    ("agency_code", "(*)"),
    ("outlet_label", "KABARSULTRA.example.com -"),
])
def test_more_lines_of_each_family(family, line):
    cleaned = _clean(line)
    assert line not in cleaned.text and cleaned.removed[family] == 1


# Story sentences that mention a platform, an advertisement or a prompt word: all kept.
STORY_LINES = [
    "Warga diminta melapor melalui WhatsApp ke nomor pengaduan 0812-3456-7890 jika melihat pelanggaran.",
    "Bupati meminta kepala desa membuat grup WhatsApp untuk koordinasi siaga banjir.",
    "Informasi peringatan dini juga disebarkan melalui grup Telegram relawan kecamatan.",
    "Pemkab mengimbau warga mengikuti akun Instagram resmi BPBD untuk informasi cuaca.",
    "Sekda meminta ASN tidak ikut bergabung dalam grup WhatsApp pendukung pasangan calon.",
    "Para kepala sekolah diminta mengikuti saluran resmi Dinas Pendidikan di Telegram.",
    "Warga bisa mengikuti perkembangan status gunung melalui kanal YouTube PVMBG.",
    "Iklan rokok dilarang dipasang di sekitar sekolah, kata Wali Kota.",
    "Promosi jabatan ASN yang ikut kampanye akan ditunda, tegas Bupati.",
    "Klinik desa tetap buka selama libur Lebaran.",
    "Klik Kerja, aplikasi lowongan milik Disnaker, diluncurkan Senin.",
    "Berita bohong yang beredar di media sosial sudah ditangani kepolisian.",
    "Artikel 12 dalam peraturan daerah itu mengatur jam operasional toko modern.",
    "Dapatkan informasi jadwal vaksinasi di puskesmas terdekat, kata Kepala Dinas Kesehatan.",
    "Dapatkan informasi terbaru seputar banjir melalui kanal resmi BPBD, kata Kalaksa BPBD.",
    "Ikuti arahan petugas saat evakuasi, ujar Kapolres.",
    "Editor video di dinas itu diminta menghapus unggahan yang memuat atribut kampanye.",
    "Laporan warga soal jalan rusak akan ditindaklanjuti dinas pekerjaan umum.",
    "Sumber air bersih di desa itu mengering sejak Juli.",
]


def test_story_sentences_that_mention_platforms_are_kept():
    text = "\n".join([STORY, *STORY_LINES, CLOSING])
    cleaned = clean_text(text)
    assert cleaned.text == text, cleaned.removed


CHROME = [
    'Artikel ini telah tayang di Kabarsultra.example dengan judul "Bupati Minta Kades Awasi Tambang Pasir"',
    "Dapatkan update berita pilihan dan breaking news setiap hari dari Kabarsultra.example.",
    "Yuk gabung saluran WhatsApp Kabarsultra untuk mendapatkan berita terkini.",
    "Ikuti Kabarsultra di Google News, klik di sini",
    "Follow akun Instagram dan TikTok @kabarsultra",
    "Simak berita lainnya di Google News",
    "Klik untuk membaca berita selengkapnya",
    "ADVERTISEMENT",
    "SCROLL TO CONTINUE WITH CONTENT",
    "Iklan",
    "Editor: Yusuf Maulana",
    "(ant/xyz)",
    "Copyright © 2024 Kabarsultra. All rights reserved.",
]


def test_import_of_a_page_with_chrome_gives_no_directive_from_it(tmp_path):
    paragraphs = [STORY, CHROME[7], CHROME[8], CHROME[9],
                  '"Kami tidak ingin ada lagi longsor yang merusak rumah warga," kata Rahmat.',
                  CHROME[2], CHROME[3], CHROME[4], CLOSING, CHROME[0], CHROME[1], CHROME[5], CHROME[6],
                  CHROME[10], CHROME[11], CHROME[12]]
    page = tmp_path / "tambang.html"
    page.write_text(site.article_page(title="Bupati Minta Kades Awasi Tambang Pasir", paragraphs=paragraphs,
                                      published="2024-06-04T10:00:00+08:00", canonical=None,
                                      dateline="ANDOOLO, KABARSULTRA.EXAMPLE – "), encoding="utf-8")
    db = tmp_path / "arahan.db"
    result = CliRunner().invoke(app, ["import", str(page), "--db", str(db), "--backend", "blank"])
    assert result.exit_code == 0, result.output
    store = Store.open(db, readonly=True)
    try:
        (doc,) = store.documents()
        cleaning = json.loads(doc["meta"] or "{}").get("cleaning", {})
        findings = store.extraction(doc["id"])
    finally:
        store.close()
    for line in CHROME:
        assert line not in doc["text"]
    # the chrome reached the cleaner (trafilatura kept it) and was dropped there, family by family
    for family in ("syndication", "more_news", "join_group", "follow_outlet", "click_prompt", "ad_marker",
                   "trailer", "agency_code", "copyright"):
        assert cleaning.get(family, 0) >= 1, (family, cleaning)
    directives = findings["result"]["directives"]
    assert any(d["issuer"] == "Rahmat Hidayat" for d in directives)
    for d in directives:
        assert not any(d["evidence"]["sentence"] in line or line in d["evidence"]["sentence"] for line in CHROME)


def test_a_bare_link_label_takes_the_headline_under_it():
    cleaned = clean_text("\n".join([STORY, "Baca Juga:", "Pemkab Konawe Selatan Tambah Pompa Banjir", CLOSING]))
    assert cleaned.text == STORY + "\n" + CLOSING and cleaned.removed["baca_juga"] == 2
    # ... but not a story sentence, nor a line after a label that carries its own headline
    cleaned = clean_text("\n".join([STORY, "Baca juga:", "Warga diminta melapor ke kantor desa.", CLOSING]))
    assert "Warga diminta melapor ke kantor desa." in cleaned.text
    cleaned = clean_text("\n".join([STORY, "Baca juga: Banjir Rob di Kendari", "Camat Poasia Budi menutup jalan pesisir",
                                     CLOSING]))
    assert "Camat Poasia Budi menutup jalan pesisir" in cleaned.text
