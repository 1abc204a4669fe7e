"""Region matcher: prefixes, offices, aliases, datelines, Kota/Kabupaten decisions, evidence rules."""

from tests.extract.conftest import regions


def test_prefixes_and_pemkab_forms(run):
    r = run("Pemkab Sidoarjo dan Pemerintah Kota Surabaya bekerja sama dengan Provinsi Jawa Timur. "
            "Warga Kab. Gresik ikut hadir di Kecamatan Waru.")
    assert {"Kabupaten Sidoarjo", "Kota Surabaya", "Provinsi Jawa Timur", "Kabupaten Gresik"} <= regions(r)
    kec = [x for x in r["regions"] if x["level"] == "kecamatan"]
    assert kec and kec[0]["parent_name"] == "Kabupaten Sidoarjo"


def test_office_decides_kabupaten(run):
    r = run("Bupati Malang meminta ASN menjaga netralitas. Di Malang, kegiatan berjalan lancar.")
    assert regions(r) == {"Kabupaten Malang"}


def test_office_decides_kota(run):
    r = run("Wali Kota Malang meminta warga tidak membuang sampah sembarangan.")
    assert regions(r) == {"Kota Malang"}


def test_dateline_decides_kota(run):
    r = run("MAGELANG - Sekretaris daerah membuka rapat koordinasi netralitas ASN di aula utama hari ini.")
    assert regions(r) == {"Kota Magelang"}


def test_explicit_mention_elsewhere_decides(run):
    r = run("Pemkab Tegal menggelar apel. Di Tegal, ribuan ASN hadir.")
    assert regions(r) == {"Kabupaten Tegal"}


def test_aliases_we_wrote(run):
    r = run("Pemkab Kukar dan Pemkab Kutim bersiap. ASN Jaksel diminta netral. Gubernur Jabar dan Pemprov Sulsel, "
            "juga NTB dan DIY, mendukung. Pj Bupati Lampura hadir bersama Pemda Malteng.")
    assert {"Kabupaten Kutai Kartanegara", "Kabupaten Kutai Timur", "Kota Jakarta Selatan", "Provinsi Jawa Barat",
            "Provinsi Sulawesi Selatan", "Provinsi Nusa Tenggara Barat", "Provinsi Daerah Istimewa Yogyakarta",
            "Kabupaten Lampung Utara", "Kabupaten Maluku Tengah"} <= regions(r)


def test_cities_have_their_own_legal_spelling_whatever_the_text_writes(run):
    # the gazetteer's source spells them "Palangkaraya" and "Bau Bau"; the cities and the news write these
    for text, name in (("Pemkot Palangkaraya menutup jalan.", "Kota Palangka Raya"),
                       ("Pemkot Palangka Raya menutup jalan.", "Kota Palangka Raya"),
                       ("Wali Kota Bau-Bau meminta warga tenang.", "Kota Baubau"),
                       ("Pemkot Bau Bau menutup jalan.", "Kota Baubau"),
                       ("Warga Kota Baubau diminta tenang.", "Kota Baubau")):
        assert regions(run(text)) >= {name}, text


def test_common_words_need_evidence(run):
    r = run("Ia duduk di atas Batu besar. Padang rumput itu luas. Agam dan Bima bermain bola.")
    assert regions(r) == set()


def test_common_word_with_evidence(run):
    r = run("Wali Kota Batu meninjau lokasi. Warga Batu menyambut baik.")
    assert regions(r) == {"Kota Batu"}


def test_name_inside_longer_place_is_not_the_region(run):
    r = run("Kecelakaan terjadi di Jalan Sumbawa, dekat Pasar Kediri Lama. Kegiatan di wilayah Malang Raya berjalan.")
    assert regions(r) == set()


def test_region_codes_level_parent(run):
    r = run("Pemkab Bondowoso menerbitkan aturan baru.")
    item = r["regions"][0]
    assert item["code"] == "35.11" and item["level"] == "kabupaten" and item["parent"] == "35"
    assert item["evidence"]["text"] == "Bondowoso" and isinstance(item["lat"], float)


def test_pipeline_is_assembled_from_config():
    from arahan.extract.pipeline import build_pipeline, config

    nlp = build_pipeline("blank")
    assert list(nlp.components.pipe_names) == config()["components"]


def test_a_kecamatan_named_like_a_city_does_not_hide_the_city(run):
    result = run("Sekretaris Daerah (Sekda) Kota Padang, Yosefri Chaniago, menerbitkan surat edaran.")
    assert [r["name"] for r in result["regions"]] == ["Kota Padang"]
    assert result["officials"][0]["name"] == "Yosefri Chaniago"


def test_an_outlet_name_an_alias_that_is_a_word_and_a_kabupaten_police_resort_kota(run):
    assert regions(run("Laporan Wartawan Tribun Jabar, Hilman Kamaludin. Mitra TNI dan ojek online hadir.")) == set()
    assert regions(run("Polresta Banyumas mengamankan 7 ribu petasan.")) == {"Kabupaten Banyumas"}
    assert regions(run("Bupati Mitra James Sumendap menggelar rapat.")) == {"Kabupaten Minahasa Tenggara"}


def test_a_district_attorney_or_court_of_two_words_names_its_region(run):
    # "Belu", "Alor" need evidence; the office or court before them is evidence
    assert regions(run("Kepala Kejaksaan Negeri Belu, Rizal Arifin, mengatakan tersangka ditahan.")) == {"Kabupaten Belu"}
    assert regions(run("Pengadilan Negeri Alor menggelar sidang perdana.")) == {"Kabupaten Alor"}
    # a common noun phrase in lower case is no unit
    assert regions(run("Para kepala sekolah dasar negeri Alor hadir.")) == set()


def test_a_police_resort_of_a_name_a_kota_and_a_kabupaten_share_is_the_kabupatens(run):
    # the Kota's police is written "Polres Kupang Kota" or "Polresta"
    assert regions(run("Kapolres Kupang AKBP Budi Santoso mengatakan pelaku ditahan.")) == {"Kabupaten Kupang"}
    assert regions(run("Polres Bogor menggelar razia di jalan raya.")) == {"Kabupaten Bogor"}
    assert regions(run("Polres Kupang Kota menangkap pelaku.")) == {"Kota Kupang"}


def test_an_alias_between_two_words_of_a_persons_name_is_no_region(run):
    assert regions(run("Pengamat dari Universitas Nusa Cendana, Dr. Johanes Tuba Helan, menilai kebijakan itu tepat.")) == set()
    assert regions(run("Hadir pula Siti Madina Rahma dalam acara itu.")) == set()
    # after an office's unit word, a body or its own prefix, the alias is the region
    assert regions(run("Kepala Dinas Kesehatan Kukar Budi Santoso hadir.")) == {"Kabupaten Kutai Kartanegara"}
    assert regions(run("Warga melapor ke Pemkab Tuba kemarin.")) == {"Kabupaten Tulang Bawang"}
