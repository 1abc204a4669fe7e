"""Each Indonesian-news cleaning rule on our own fixture lines, plus language and URL helpers."""

from __future__ import annotations

import newsfixtures as site
import pytest

from arahan.corpus.clean import clean_text
from arahan.corpus.dedup import NearDupIndex, from_hex, signature, similarity, text_hash, to_hex
from arahan.corpus.language import guess_language
from arahan.corpus.urls import canonical_url, choose_canonical, looks_like_article

BODY = ("Wali Kota Samarinda meminta seluruh lurah memastikan warga tidak membuang sampah ke "
        "Sungai Karang Mumus selama musim hujan, karena sumbatan memperparah banjir.")


def _clean(*lines: str):
    return clean_text("\n".join([BODY, *lines, "Kalimat penutup berita ini tetap ada di teks."]))


@pytest.mark.parametrize("rule, line", [
    ("baca_juga", "Baca juga: Pemkot Samarinda Tambah Pompa Banjir"),
    ("baca_juga", "Baca Juga : Warga Bantaran Diminta Waspada"),
    ("baca_juga", "BACA JUGA: DPRD KALTIM SOROTI ANGGARAN BANJIR"),
    ("baca_juga", "Simak juga: Video Banjir di Jalan Pahlawan"),
    ("trailer", "Editor: Bagus Pratama"),
    ("trailer", "Redaktur : Siti Aminah"),
    ("trailer", "Penulis: Rina Marlina"),
    ("trailer", "(Reporter: Rina Marlina / Redaktur: Bagus Pratama)"),
    ("trailer", "Pewarta: Andi Saputra | Editor: Yusuf"),
    ("agency_code", "(ant/ed)"),
    ("caption", "Foto: Humas Pemkot Samarinda"),
    ("caption", "(Foto: Dok. Diskominfo Kukar)"),
    ("caption", "FOTO/ISTIMEWA"),
    ("reaction", "What's Your Reaction?"),
    ("share", "Bagikan:"),
    ("share", "Facebook Twitter WhatsApp Telegram"),
    ("comment_form", "Tinggalkan Balasan"),
    ("comment_form", "Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *"),
    ("scroll_top", "scroll to top"),
    ("scroll_top", "Kembali ke atas"),
    ("tags", "Tags: Banjir, Samarinda, Sungai Karang Mumus"),
    ("tags", "Topik: Pilkada 2024"),
])
def test_each_rule_drops_its_line(rule, line):
    cleaned = _clean(line)
    assert line not in cleaned.text
    assert cleaned.removed[rule] >= 1
    assert cleaned.text.startswith(BODY) and cleaned.text.endswith("tetap ada di teks.")


def test_reaction_widget_labels_go_with_the_heading():
    cleaned = _clean("What's Your Reaction?", "Senang", "0", "Sedih", "Marah 2", "Terkejut")
    assert cleaned.text == BODY + "\nKalimat penutup berita ini tetap ada di teks."
    assert cleaned.removed["reaction"] == 6


def test_reaction_words_inside_the_story_are_kept():
    cleaned = clean_text(BODY + "\nSenang\nWarga merasa senang dengan kebijakan itu.")
    assert "Senang" in cleaned.text


def test_photo_credit_at_the_end_of_a_caption_line_is_cut():
    cleaned = _clean("Pj Bupati Kukar meninjau tanggul di Tenggarong (Foto: Humas Pemkab Kukar)")
    assert "Pj Bupati Kukar meninjau tanggul di Tenggarong" in cleaned.text and "Humas" not in cleaned.text


def test_story_sentences_with_rule_words_are_kept():
    text = (BODY + "\nEditor senior media itu mengatakan foto yang beredar tidak benar, dan warga diminta "
            "tidak menyebarkan ulang unggahan tersebut di media sosial.\nPenulis buku itu hadir.")
    assert clean_text(text).text == text


@pytest.mark.parametrize("line, place, outlet, rest", [
    ("MALANG, TABLOIDJAWATIMUR.COM – Penjabat Bupati Malang meminta ASN netral.", "Malang",
     "TABLOIDJAWATIMUR.COM", "Penjabat Bupati"),
    ("SAMARINDA – Wali Kota Samarinda meminta warga waspada banjir kiriman.", "Samarinda", None, "Wali Kota"),
    ("KOTA BATU, kabarjatim.example - Wali Kota Batu melarang study tour.", "Kota Batu", "kabarjatim.example",
     "Wali Kota"),
    ("Jakarta (ANTARA) - Menteri Dalam Negeri meminta kepala daerah menjaga netralitas ASN.", "Jakarta",
     "ANTARA", "Menteri"),
    ("TENGGARONG, Suara Kaltim — Bupati Kukar menginstruksikan camat mendata warga.", "Tenggarong",
     "Suara Kaltim", "Bupati Kukar"),
])
def test_dateline_is_cut_and_kept_as_metadata(line, place, outlet, rest):
    cleaned = clean_text(line)
    assert cleaned.dateline_place == place and cleaned.dateline_outlet == outlet
    assert cleaned.text.startswith(rest)


def test_no_dateline_in_an_ordinary_sentence():
    cleaned = clean_text("Bupati Malang – yang akrab disapa Abah – meminta warga menjaga kebersihan sungai.")
    assert cleaned.dateline_place is None and cleaned.text.startswith("Bupati Malang")


def test_repeated_headline_is_dropped():
    cleaned = clean_text("Pj Bupati Minta ASN Netral\n" + BODY, title="Pj Bupati Minta ASN Netral")
    assert cleaned.text == BODY


def test_language_guess():
    assert guess_language(BODY) == "id"
    assert guess_language("The regent asked all civil servants to remain neutral and said that the "
                          "rules are clear for everyone in the regency.") == "en"
    assert guess_language("Sing penting kabeh warga kudu melu njaga kebersihan lan ora mbuang sampah ing "
                          "kali, amarga iku bakal nggawe banjir lan ora apik kanggo kabeh.") == "jv"


def test_url_canonicalisation():
    base = "https://kabarjatim.example/daerah/malang/2024/06/21/pj-bupati-minta-asn-netral"
    for variant in (base + "/amp", base + "?utm_source=whatsapp&utm_medium=share", base + "/#comments",
                    base.replace("https://", "https://m.") , base + "?amp=1", base + "?fbclid=IwAR0x"):
        assert canonical_url(variant) == base, variant
    assert canonical_url(base + "?page=2") != base
    assert choose_canonical(base + "/amp", base) == base
    # a canonical link to another outlet (a syndicated copy) is not trusted as this page's key
    assert choose_canonical("https://suarajatim.example/x-y-z-w", base) == "https://suarajatim.example/x-y-z-w"
    assert looks_like_article(base) and not looks_like_article("https://kabarjatim.example/kategori/daerah")


def test_near_duplicate_index():
    story = "\n".join(site.NETRAL)
    edited = story.replace("menjelang Pilkada", "jelang pelaksanaan Pilkada") + "\nArtikel ini tayang di media mitra."
    other = "\n".join(site.PASAR)
    assert text_hash(story) == text_hash(story.upper().replace(".", " . "))
    assert similarity(signature(story), signature(edited)) > 0.7
    assert similarity(signature(story), signature(other)) < 0.2
    assert (from_hex(to_hex(signature(story))) == signature(story)).all()
    index = NearDupIndex()
    index.add(signature(story), 1, 1)
    index.add(signature(other), 2, 2)
    assert index.find(signature(edited)) == (1, 1)
    assert index.find(signature(edited), exclude=1) is None


def test_near_duplicate_index_prefers_the_closest_then_the_oldest():
    story = "\n".join(site.NETRAL)
    close = story + "\nArtikel ini tayang di media mitra."
    far = "\n".join(site.NETRAL[:-1] + site.PASAR[:1])  # the last paragraph is another story's
    index = NearDupIndex()
    index.add(signature(far), 3, 3)
    assert index.find(signature(story)) == (3, 3)
    index.add(signature(close), 7, 5)
    assert similarity(signature(story), signature(close)) > similarity(signature(story), signature(far))
    assert index.find(signature(story)) == (7, 5)
    index.add(signature(close), 4, 4)  # the same text stored twice: the lower id wins the tie
    assert index.find(signature(story)) == (4, 4)


def test_spaces_and_tabs_are_squeezed():
    assert clean_text(BODY.replace(" ", "  \t", 3) + "\u00a0\n" + BODY).text == BODY + "\n" + BODY
