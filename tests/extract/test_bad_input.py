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


def test_a_long_text_without_sentence_punctuation_is_read_in_bounded_pieces():
    # one 'sentence' of 60,000 characters would make every cue's context search run over all of it
    from arahan.extract.text import MAX_SEGMENT_CHARS, build_index
    clause = ("Wali Kota Surabaya Eri Cahyadi meminta seluruh ASN menjaga netralitas, kegiatan berlangsung di "
              "balai kota dengan ratusan pegawai yang hadir sejak pagi hari ")
    text = clause * 400
    index = build_index(text)
    assert len(index.segments) > 1 and all(s.end - s.start <= MAX_SEGMENT_CHARS for s in index.segments)
    # a piece ends after a comma where there is one, so a clause is not cut mid-word
    assert all(text[s.end - 1] == "," for s in index.segments[:-1])
    result, notes = extract_document({"id": "long", "text": text})
    assert any("no sentence punctuation" in n for n in notes)
    assert [o["name"] for o in result["officials"]] == ["Eri Cahyadi"]
    assert {d["type"] for d in result["directives"]} == {"appeal"}


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


def test_flattened_table_is_noted_not_called_another_language_and_gives_no_directives_from_cells():
    rows = "\n".join(f"{i} | Agus Wibowo | Kepala Seksi {i} | wajib hadir | dilarang cuti | 08.00" for i in range(1, 25))
    text = "Daftar petugas piket kantor Dinas Pendidikan Kabupaten Sleman pekan ini:\n" + rows
    result, notes = extract_document({"id": "table", "text": text})
    assert any(n.startswith("text holds a table flattened to text (24 rows)") for n in notes), notes
    assert not any("does not look Indonesian" in n for n in notes)
    assert result["directives"] == []


def test_tab_separated_table_is_noted():
    rows = "\n".join(f"{i}\tBudi Santoso\tCamat Depok\t{i * 3}" for i in range(1, 12))
    _, notes = extract_document({"id": "tabs", "text": "No\tNama\tJabatan\tJumlah\n" + rows})
    assert any("table flattened to text (12 rows)" in n for n in notes), notes


def test_very_long_list_is_noted_and_its_repeats_merge_into_one_directive():
    items = "\n".join(f"{i}. Dilarang membuang sampah ke saluran air di blok {i};" for i in range(1, 121))
    text = ("SLEMAN - Bupati Sleman Kustini Sri Purnomo menerbitkan Surat Edaran Nomor 5 Tahun 2024 tentang "
            "kebersihan lingkungan, Senin (2/9/2024). Isinya antara lain:\n" + items)
    result, notes = extract_document({"id": "list", "text": text})
    assert any(n.startswith("text has a list of 120 items") for n in notes), notes
    found = [(d["issuer"], d["type"]) for d in result["directives"]]
    assert found.count(("Kustini Sri Purnomo", "prohibition")) == 1 and len(found) <= 3, found


def test_short_lists_and_spaced_prose_get_no_note():
    text = ("Bupati Sleman Kustini Sri Purnomo meminta warga menjaga kebersihan:\n1. membersihkan selokan;\n"
            "2. memilah sampah;\n3. tidak membakar sampah.\nIa mengatakan hal itu   di Sleman, Senin.")
    assert extract_document({"id": "short", "text": text})[1] == []
