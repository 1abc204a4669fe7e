"""Office holders as regional news writes them: our own sentences, one phenomenon per test
(issue #14: coverage of the language, not of the dev articles)."""

import pytest

from arahan.extract.pipeline import extract_document


def officials(text: str) -> list[tuple]:
    result = extract_document({"id": "t", "text": text, "published": "2024-06-03"})[0]
    return [(o["name"], o["title"], o["region"]) for o in result["officials"] if not o["former"]]


def test_a_name_before_menjabat_holds_the_office_after_it():
    found = officials("Pj Bupati Bondowoso Bambang Setiawan dilantik kemarin. Sebelumnya, Bambang menjabat Kepala "
                      "Biro Pemerintahan Setda Provinsi Jawa Timur.")
    assert [f[0] for f in found] == ["Bambang Setiawan"], found  # one person, no unnamed Kepala Biro
    found = officials("Rapat dipimpin Siti Aminah, yang kini menjabat Kepala Dinas Sosial Kabupaten Sleman. "
                      "Dedi Kurniawan saat ini menjabat Camat Depok.")
    assert ("Siti Aminah", "Kepala Dinas Sosial", "Kabupaten Sleman") in found, found
    assert [f for f in found if f[0] == "Dedi Kurniawan"][0][1] == "Camat", found


def test_a_commission_or_faction_of_a_council_with_its_region_and_name():
    found = officials("Ketua Komisi A DPRD Kota Semarang Budi Santoso dan Anggota Fraksi PKS DPRD Kabupaten Sleman "
                      "Siti Aminah menolak rencana itu.")
    assert ("Budi Santoso", "Ketua Komisi A DPRD", "Kota Semarang") in found, found
    assert ("Siti Aminah", "Anggota Fraksi PKS DPRD", "Kabupaten Sleman") in found, found


def test_a_koramil_number_with_its_sub_number():
    found = officials("Danramil 0621-01/Cibinong Kapten Inf Sutrisno hadir di Kecamatan Cibinong, Kabupaten Bogor.")
    assert found == [("Sutrisno", "Danramil", "Kabupaten Bogor")], found


def test_a_bare_regional_staff_office_with_no_name_is_nobody_in_particular():
    # "Kepala Dinas", "Sekda" with no name and no region: no person of their own
    found = officials("Bupati Sleman Budi Santoso meminta warga waspada. Kepala Dinas menambahkan, posko dibuka. "
                      "Sekda juga hadir dalam rapat itu.")
    assert found == [("Budi Santoso", "Bupati", "Kabupaten Sleman")], found
    # with its region, or an office only one person holds (a minister), it is one
    found = officials("Bupati Sleman Budi Santoso hadir bersama Kepala Dinas Kesehatan Kabupaten Sleman. "
                      "Menteri Dalam Negeri juga meminta kepala daerah siaga.")
    assert (None, "Kepala Dinas Kesehatan", "Kabupaten Sleman") in found, found
    assert (None, "Menteri Dalam Negeri", None) in found, found


def test_a_body_after_the_office_then_its_heads_name():
    found = officials("Direktur Utama Perumda Air Minum Tirta Kahuripan Kabupaten Bogor, Abdul Somad, meminta "
                      "pelanggan bersabar.")
    assert found == [("Abdul Somad", "Direktur Utama", "Kabupaten Bogor")], found
    # a body with no name after it names nobody
    assert officials("Direktur Utama PDAM Kabupaten Bogor meminta pelanggan bersabar.")[0][0] is None


def test_unlisted_words_of_a_section_before_the_body_they_belong_to():
    found = officials("Menurut Kepala Bidang Pencegahan dan Kesiapsiagaan BPBD DIY, Danang Samsurizal, status "
                      "siaga berlaku.")
    assert found == [("Danang Samsurizal", "Kepala Bidang Pencegahan dan Kesiapsiagaan BPBD",
                      "Provinsi Daerah Istimewa Yogyakarta")], found


def test_aceh_and_papua_councils_and_election_bodies():
    found = officials("Ketua DPRK Aceh Utara Arafat meminta warga tenang. Ketua KIP Aceh Timur Budi Santoso dan "
                      "Ketua Panwaslih Kabupaten Pidie Siti Aminah hadir.")
    assert found == [("Arafat", "Ketua DPRK", "Kabupaten Aceh Utara"), ("Budi Santoso", "Ketua KIP", "Kabupaten Aceh Timur"),
                     ("Siti Aminah", "Ketua Panwaslih", "Kabupaten Pidie")], found


def test_a_holder_introduced_after_the_quote_by_a_copula_or_yang_juga():
    found = officials('"Warga harus waspada," kata Budi. Budi merupakan Kepala Dinas Sosial Kabupaten Sleman.')
    assert found == [("Budi", "Kepala Dinas Sosial", "Kabupaten Sleman")], found
    found = officials('"Kami siaga," ujar Siti Aminah, yang juga Ketua Bawaslu Kabupaten Garut.')
    assert found == [("Siti Aminah", "Ketua Bawaslu", "Kabupaten Garut")], found
    # a lower-case subject before the copula names nobody
    found = officials("Pembicara utama adalah Kepala Dinas Sosial Kabupaten Sleman.")
    assert found == [(None, "Kepala Dinas Sosial", "Kabupaten Sleman")], found


def test_a_name_then_its_office_in_apposition_inside_a_sentence():
    found = officials("Kasus DBD naik. Budi Santoso, Kepala Dinas Sosial Kabupaten Sleman, mengatakan posko dibuka.")
    assert found == [("Budi Santoso", "Kepala Dinas Sosial", "Kabupaten Sleman")], found
    found = officials("Rapat dipimpin Siti Aminah, Kepala Dinas Kesehatan Kabupaten Sleman.")
    assert found == [("Siti Aminah", "Kepala Dinas Kesehatan", "Kabupaten Sleman")], found
    # a place before the comma is no name
    found = officials("Di Kabupaten Sleman, Kepala Dinas Sosial Kabupaten Sleman mengatakan posko dibuka.")
    assert found == [(None, "Kepala Dinas Sosial", "Kabupaten Sleman")], found


def test_a_village_after_its_heads_office_is_no_name():
    found = officials("Warga berkumpul di balai desa bersama Lurah Caturtunggal.")
    assert all(f[0] != "Caturtunggal" for f in found), found
    found = officials("Hadir pula Budi Santoso, Lurah Caturtunggal.")
    assert [f[0] for f in found] == ["Budi Santoso"], found


@pytest.mark.parametrize("written", ["Kasat Pol PP", "Kasatpol PP", "Kasat Pol-PP", "Kasat Pol. PP"])
def test_head_of_the_civil_police_unit_however_spaced(written):
    found = officials(f"{written} Kota Bekasi Mariana mengatakan razia warung remang-remang digelar malam ini.")
    assert found == [("Mariana", "Kepala Satpol PP", "Kota Bekasi")]


def test_a_party_after_a_party_office_is_no_name():
    # the party (with its region) is the body; the person is the name after it
    names = [f[0] for f in officials("Ketua DPC PKB Kabupaten Kendal, Muhammad Rofiq, meminta kader turun ke desa.")]
    assert names == ["Muhammad Rofiq"], names
    names = [f[0] for f in officials("Sekretaris DPD Partai Demokrat Jawa Barat, Hasanudin Karim, membantah kabar itu.")]
    assert names == ["Hasanudin Karim"], names
    found = officials("Ketua DPW PDI Perjuangan Sulawesi Selatan Budi Hartono enggan berkomentar.")
    assert "PDI Perjuangan" not in [f[0] for f in found], found


def test_a_faction_named_by_a_party_of_two_words_stays_in_the_title():
    found = officials("Ketua Fraksi PDI Perjuangan DPRD Kota Medan, Robi Barus, menolak usulan itu.")
    assert [f[0] for f in found] == ["Robi Barus"], found
    assert found[0][1].startswith("Ketua Fraksi PDI Perjuangan"), found


@pytest.mark.parametrize("written, name", [
    ("Ny. Maria Kanisia Tuaq", "Maria Kanisia Tuaq"),   # nyonya
    ("Ns. Yustina Ndun, S.Kep", "Yustina Ndun"),          # a nurse's professional title
    ("Pdt. Yohanes Mau", "Yohanes Mau"),                  # a pastor
    ("Sdri. Rina Marlina", "Rina Marlina"),
    ("Bpk. Agus Salim", "Agus Salim"),
])
def test_courtesy_and_professional_titles_before_a_name_are_no_part_of_it(written, name):
    found = officials(f"Ketua Tim Penggerak PKK Kabupaten Lembata, {written}, membuka lomba posyandu.")
    assert [f[0] for f in found] == [name], found


@pytest.mark.parametrize("text, expected", [
    ("Anggota Komisi III DPRD Provinsi Kalimantan Timur, Siti Rahmah, meminta jalan diperbaiki.",
     ("Siti Rahmah", "Anggota Komisi III DPRD", "Provinsi Kalimantan Timur")),
    ("Ketua Komisi IV DPRD Kabupaten Sikka Yohanes Nong meminta dinas bergerak cepat.",
     ("Yohanes Nong", "Ketua Komisi IV DPRD", "Kabupaten Sikka")),
    ("Anggota Komisi II DPR RI Budi Santoso mengunjungi kantor KPU.", ("Budi Santoso", "Anggota Komisi II DPR", None)),
])
def test_a_commission_numbered_in_roman_numerals(text, expected):
    assert expected in officials(text), officials(text)


def test_a_faction_written_with_the_word_partai():
    found = officials("Ketua Fraksi Partai Golkar DPRD Kabupaten Gowa, Andi Rewa, mendukung kebijakan bupati.")
    assert [f[:1] + f[2:] for f in found] == [("Andi Rewa", "Kabupaten Gowa")], found
    found = officials("Sekretaris Fraksi Partai Demokrat DPRD Kota Kupang Yohanes Bria menolak usulan itu.")
    assert [f[0] for f in found] == ["Yohanes Bria"], found


@pytest.mark.parametrize("written", ["Dirreskrimsus", "Dirreskrimum", "Dirresnarkoba", "Dirlantas", "Dirintelkam"])
def test_a_regional_police_directorate_head(written):
    found = officials(f"{written} Polda NTT Kombes Pol Budi Santoso mengatakan penyidik sudah memeriksa 10 saksi.")
    assert found == [("Budi Santoso", written, "Provinsi Nusa Tenggara Timur")], found


@pytest.mark.parametrize("text, name, title, region", [
    ("Kepala Bidang Pencegahan dan Pengendalian Penyakit Dinas Kesehatan Kota Kendari, dr. Rahmawati, M.Kes, "
     "mengimbau warga rutin menguras bak mandi.", "Rahmawati",
     "Kepala Bidang Pencegahan dan Pengendalian Penyakit Dinas Kesehatan", "Kota Kendari"),
    ('"Warga tetap tenang," kata Kepala Stasiun Meteorologi Frans Seda Maumere, Yohanes Lewa.', "Yohanes Lewa",
     "Kepala Stasiun Meteorologi Frans Seda Maumere", None),
    ("Kabag Prokopim Setda Kabupaten Ende, Yohanes Ndona, mengatakan bupati berkunjung pekan depan.", "Yohanes Ndona",
     "Kepala Bagian Prokopim", "Kabupaten Ende"),
    ("Asisten Pemerintahan dan Kesra Setda Provinsi Maluku Utara, Syamsuddin Kadir, membuka kegiatan itu.",
     "Syamsuddin Kadir", "Asisten Pemerintahan dan Kesra", "Provinsi Maluku Utara"),
    ("Kepala Balai Besar Wilayah Sungai Pompengan Jeneberang, Suryadarma Hasyim, mengatakan bendungan aman.",
     "Suryadarma Hasyim", "Kepala Balai Besar Wilayah Sungai Pompengan Jeneberang", None),
    ("Koordinator Divisi Hukum dan Penyelesaian Sengketa Bawaslu Kabupaten Sumba Timur, Markus Kaleka, "
     "mengimbau peserta menaati aturan.", "Markus Kaleka", None, "Kabupaten Sumba Timur"),
])
def test_unit_words_the_table_does_not_know_run_on_to_the_comma_before_the_name(text, name, title, region):
    found = officials(text)
    assert [f[0] for f in found] == [name], found
    if title:
        assert found[0][1] == title, found
    if region:
        assert found[0][2] == region, found


@pytest.mark.parametrize("text, names", [
    ("Kepala Dinas Sosial Budi Santoso, Selasa (3/6/2024), mengatakan bantuan disalurkan.", ["Budi Santoso"]),
    ("Kepala Dinas Sosial Budi Santoso, Ani Rahmawati, dan Joko Susilo hadir dalam rapat.", ["Budi Santoso"]),
    ("Kepala Dinas Sosial Budi Santoso, Kepala Dinas Kesehatan Ani Rahmawati, dan Camat Joko hadir.",
     ["Budi Santoso", "Ani Rahmawati", "Joko"]),
    ("Kepala Dinas Sosial Budi Santoso, Sleman, mengatakan bantuan disalurkan.", ["Budi Santoso"]),
])
def test_a_holders_name_followed_by_a_comma_keeps_it(text, names):
    assert [f[0] for f in officials(text)] == names, officials(text)


@pytest.mark.parametrize("text, expected", [
    ("Sumardi, Bupati Kutai Timur, mengatakan program itu diteruskan.", ("Sumardi", "Bupati", "Kabupaten Kutai Timur")),
    ("Kasus DBD naik. Rahmawati, Kepala Dinas Kesehatan Kota Kendari, mengatakan fogging dilakukan.",
     ("Rahmawati", "Kepala Dinas Kesehatan", "Kota Kendari")),
    ('"Kami siap," kata Yohanes, Camat Alok, kemarin.', ("Yohanes", "Camat", "Kabupaten Sikka")),
])
def test_one_word_name_before_an_office_set_off_by_commas(text, expected):
    assert officials(text) == [expected], officials(text)


@pytest.mark.parametrize("text", [
    "Selanjutnya, Bupati Sleman, menyampaikan sambutan.",
    "Sementara, Kepala Dinas Sosial Kabupaten Sleman, menyampaikan bahwa bantuan disalurkan.",
    "Surat itu merujuk pada edaran Menteri Pendidikan Dasar dan Menengah, Menteri Kesehatan, serta Menteri Sosial.",
    "Aturan itu berlaku pada Pemilihan Gubernur, Bupati, dan Wali Kota serentak.",
])
def test_a_word_opening_a_clause_or_ending_another_office_is_no_name(text):
    assert all(f[0] is None for f in officials(text)), officials(text)


@pytest.mark.parametrize("text, expected", [
    ("Kapolres Kupang Kota AKBP Aldinan Manurung mengatakan pelaku diamankan.",
     ("Aldinan Manurung", "Kapolres", "Kota Kupang")),
    ("Kapolresta Malang Kota Kombes Pol Nanang Haryono mengimbau warga.", ("Nanang Haryono", "Kapolres", "Kota Malang")),
    ("Kasat Reskrim Polres Bima Kota AKP Budi Santoso mengatakan pelaku ditahan.",
     ("Budi Santoso", "Kasat Reskrim", "Kota Bima")),
    ('"Kami tindak tegas," ujar Kasat Reskrim Polresta Kupang Kota, AKP Rinaldo Lopes.',
     ("Rinaldo Lopes", "Kasat Reskrim", "Kota Kupang")),
])
def test_the_head_of_a_police_resort_named_after_its_kota(text, expected):
    assert officials(text) == [expected], officials(text)


@pytest.mark.parametrize("text", [
    "Direktur PT Semen Kupang, Andreas Lake, mengatakan perusahaan siap membantu.",
    "Direktur Utama PT Sinar Jaya Budi Santoso mengatakan produksi naik.",
    "Kepala Cabang PT Pegadaian Kupang, Budi Santoso, mengatakan layanan tetap buka.",
    "Direktur CV Maju Jaya Budi Santoso mengaku rugi.",
])
def test_a_companys_officer_holds_no_public_office(text):
    assert officials(text) == [], officials(text)


def test_the_director_of_a_regional_water_company_does():
    found = officials("Direktur Utama Perumda Air Minum Tirta Lontar, Budi Santoso, mengatakan air mengalir.")
    assert [f[0] for f in found] == ["Budi Santoso"], found


@pytest.mark.parametrize("text, expected", [
    ("Anggota DPRD Kota Surabaya dari Fraksi PDI Perjuangan, Baktiono, mengatakan pedagang perlu dibantu.",
     ("Baktiono", "Anggota DPRD", "Kota Surabaya")),
    ("Anggota DPR RI dari Partai Gerindra, Budi Santoso, meminta pemerintah bertindak.", ("Budi Santoso", "Anggota DPR", None)),
    ("Anggota DPRD Provinsi NTT dari Dapil Sumba, Yohanes Bria, mengatakan jalan rusak.",
     ("Yohanes Bria", "Anggota DPRD", "Provinsi Nusa Tenggara Timur")),
    ("Anggota DPD RI asal NTT, Abraham Liyanto, meminta pemerintah memperhatikan petani.",
     ("Abraham Liyanto", "Anggota DPD", None)),
])
def test_a_council_members_party_or_district_before_the_name(text, expected):
    assert officials(text) == [expected], officials(text)


@pytest.mark.parametrize("text, expected", [
    ("Kepala Puskesmas Kecamatan Cilandak dr. Rina Marlina mengatakan layanan tetap buka.",
     ("Rina Marlina", "Kepala Puskesmas", "Kota Jakarta Selatan")),
    ("Kepala Puskesmas Kecamatan Tenggarong, Budi Santoso, mengatakan stok vaksin aman.",
     ("Budi Santoso", "Kepala Puskesmas", "Kabupaten Kutai Kartanegara")),
])
def test_a_facility_of_a_kecamatan_places_its_head_in_the_kabupaten(text, expected):
    assert officials(text) == [expected], officials(text)


def test_a_kecamatan_name_several_kabupaten_share_is_no_part_of_the_camats_name():
    assert [f[0] for f in officials("Camat Depok Joko Susilo hadir dalam rapat itu.")] == ["Joko Susilo"]
    assert [f[0] for f in officials("Camat Depok, Joko Susilo, hadir dalam rapat itu.")] == ["Joko Susilo"]


@pytest.mark.parametrize("text, expected", [
    ("Lurah Kelurahan Fatululi, Yohanes Bani, meminta warga waspada.", ("Yohanes Bani", "Lurah")),
    ("Kepala Desa Desa Sukamaju, Asep Saepudin, meminta warga waspada.", ("Asep Saepudin", "Kepala Desa")),
])
def test_the_kind_of_village_written_again_after_its_heads_office(text, expected):
    assert [f[:2] for f in officials(text)] == [expected], officials(text)


@pytest.mark.parametrize("text, expected", [
    ("Kasi Trantib Kecamatan Oebobo, Budi Santoso, mengatakan razia digelar.",
     ("Budi Santoso", "Kepala Seksi Trantib", "Kota Kupang")),
    ("Kasi Trantib Kecamatan Oebobo Budi Santoso mengatakan razia digelar.",
     ("Budi Santoso", "Kepala Seksi Trantib", "Kota Kupang")),
    ("Kasie Pemerintahan Kecamatan Tenggarong, Sri Wahyuni, mengatakan pendataan selesai.",
     ("Sri Wahyuni", "Kepala Seksi Pemerintahan", "Kabupaten Kutai Kartanegara")),
    ("Kasubbag Umum Dinas Sosial Kabupaten Sleman, Sri Wahyuni, mengatakan bantuan disalurkan.",
     ("Sri Wahyuni", "Kepala Sub Bagian Umum Dinas Sosial", "Kabupaten Sleman")),
])
def test_a_section_head_written_as_kasi_or_kasubbag(text, expected):
    assert officials(text) == [expected], officials(text)


@pytest.mark.parametrize("text, expected", [
    ("Kepala Desa Nita, Kecamatan Nita, Maria Goreti, meminta warga bergotong royong.",
     ("Maria Goreti", "Kepala Desa", "Kabupaten Sikka")),
    ("Lurah Oebobo, Kecamatan Oebobo, Marthen Nenobais, meminta warga menjaga kebersihan.",
     ("Marthen Nenobais", "Lurah", "Kota Kupang")),
])
def test_a_kecamatan_written_between_a_village_and_its_heads_name_places_the_office(text, expected):
    assert officials(text) == [expected], officials(text)


@pytest.mark.parametrize("text, expected", [
    ("Kepala Badan Pengusahaan (BP) Batam Amsakar Achmad mengatakan investasi meningkat.",
     ("Amsakar Achmad", "Kepala Badan Pengusahaan", "Kota Batam")),
    ("Kepala Badan Otorita Pariwisata (BOP) Labuan Bajo Flores, Budi Santoso, mengatakan kunjungan naik.",
     ("Budi Santoso", "Kepala Badan Otorita Pariwisata", None)),
])
def test_unlisted_words_of_a_body_whose_abbreviation_follows_in_brackets(text, expected):
    found = officials(text)
    assert [f[0] for f in found] == [expected[0]], found
    assert found[0][1].startswith(expected[1]), found
    if expected[2]:
        assert found[0][2] == expected[2], found


@pytest.mark.parametrize("text, name, title", [
    ("Kepala Lapas Kelas IIA Kupang, Badarudin, mengatakan warga binaan sehat.", "Badarudin", "Kalapas"),
    ("Kepala Rutan Kelas IIB Soe, Yohanes Nubatonis, mengatakan kapasitas rutan penuh.", "Yohanes Nubatonis", "Karutan"),
    ("Kepala Rumah Tahanan Negara Kelas IIB Soe, Yohanes Nubatonis, hadir.", "Yohanes Nubatonis", "Karutan"),
    ("Kepala Lapas Atambua, Budi Santoso, hadir dalam rapat.", "Budi Santoso", "Kalapas"),
    ("Ketua Pengadilan Agama Kupang, Budi Santoso, mengatakan perkara meningkat.", "Budi Santoso", "Ketua Pengadilan Agama"),
])
def test_heads_of_prisons_by_grade_and_place_and_of_religious_courts(text, name, title):
    assert [f[:2] for f in officials(text)] == [(name, title)], officials(text)


@pytest.mark.parametrize("again", ["Kepala Dinkes Kota Kupang", "Kadinkes Kota Kupang", "Kepala Dinas Kesehatan Kota Kupang"])
def test_the_office_repeated_with_its_bodys_abbreviation_is_the_same_person(again):
    found = officials("Kepala Dinas Kesehatan Kota Kupang, Retnowati, mengatakan ada 150 kasus. "
                      f"{again} juga meminta warga waspada.")
    assert [f[0] for f in found] == ["Retnowati"], found
    found = officials("Kepala Badan Penanggulangan Bencana Daerah Kabupaten Sikka, Budi Santoso, hadir. "
                      "Kepala BPBD Kabupaten Sikka meminta warga mengungsi.")
    assert [f[0] for f in found] == ["Budi Santoso"], found
