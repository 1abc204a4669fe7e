"""Bad input: no crash, an empty or partial result, and a note saying why."""

from arahan.extract.pipeline import extract_document

ARTICLE = ("SURABAYA - Wali Kota Surabaya Eri Cahyadi meminta seluruh ASN menjaga netralitas, Senin (23/9/2024). "
           '"Jangan ada ASN yang ikut kampanye," tegasnya.\n')


def test_empty_text():
    for text in ("", "   \n\n  "):
        result, notes = extract_document({"id": "e", "text": text})
        assert notes == ["empty text"] and result["directives"] == [] and result["id"] == "e"


def test_missing_text():
    result, notes = extract_document({"id": "m"})
    assert notes == ["no text"] and result["officials"] == []


def test_other_language():
    text = ("The mayor of a small town in Norway asked residents to save water during the dry summer months. "
            "He said the reservoir was lower than it has been for years and that gardens should wait. ") * 3
    result, notes = extract_document({"id": "en", "text": text})
    assert any("does not look Indonesian" in n for n in notes)
    assert result["directives"] == []


def test_huge_article_is_cut_and_noted():
    text = ARTICLE * 6000  # about 1 MB
    result, notes = extract_document({"id": "big", "text": text})
    assert any("cut at" in n for n in notes)
    assert result["officials"] and result["officials"][0]["name"] == "Eri Cahyadi"


def test_mojibake_is_noted():
    text = ARTICLE.replace("Surabaya", "SurabayaÃ¢â‚¬â„¢").replace("Senin", "SeninÃ¢â‚¬â€œ")
    result, notes = extract_document({"id": "moji", "text": text})
    assert any("mojibake" in n for n in notes)
    assert isinstance(result["regions"], list)


def test_no_sentence_punctuation():
    text = ("Wali Kota Surabaya Eri Cahyadi meminta seluruh ASN menjaga netralitas dan tidak ikut kampanye "
            "kegiatan berlangsung di balai kota dengan ratusan pegawai yang hadir sejak pagi hari ") * 8
    result, notes = extract_document({"id": "nopunct", "text": text})
    assert any("no sentence punctuation" in n for n in notes)
    assert result["officials"]


def test_binary_garbage_does_not_crash():
    text = "".join(chr(c) for c in range(1, 3000))
    result, _ = extract_document({"id": "bin", "text": text})
    assert set(result) >= {"officials", "regions", "organizations", "directives"}


def test_all_capitals_are_noted_and_still_read():
    text = ("BUPATI SLEMAN KUSTINI SRI PURNOMO MELARANG ASN BERPOLITIK PRAKTIS. " * 4
            + "IA MENGIMBAU WARGA MENJAGA KETERTIBAN SELAMA MASA KAMPANYE DI KABUPATEN SLEMAN.")
    result, notes = extract_document({"id": "caps", "text": text})
    assert "text is in capitals; names and places may be missed" in notes


def test_regional_language_mixed_in_is_noted_and_indonesian_parts_still_read():
    text = ("Wali Kota Ambon Bodewin Wattimena meminta warga menjaga kebersihan kota. "
            '"Beta minta katong samua seng buang sampah di kali, supaya seng banjir lai," kata Bodewin. '
            "Ia juga meminta camat memantau saluran air di wilayah masing-masing setiap pekan.")
    result, notes = extract_document({"id": "ambon", "text": text})
    assert any("Melayu Ambon/Manado" in n for n in notes), notes
    assert ("Bodewin Wattimena", "appeal") in [(d["issuer"], d["type"]) for d in result["directives"]]


def test_plain_indonesian_gets_no_language_note():
    text = ("Bupati Sleman Kustini Sri Purnomo meminta warga menjaga kebersihan lingkungan. Ia juga mengimbau "
            "pedagang pasar tidak membuang sampah sembarangan, kata dia di Sleman, Senin. Warga diminta aktif.")
    assert extract_document({"id": "plain", "text": text})[1] == []
