"""Organizations outside the lexicon: bodies spelled out with their abbreviation, units named
after a place, factions and commissions of a council."""

from arahan.extract.pipeline import extract_document


def org_names(text: str) -> list[str]:
    return [o["name"] for o in extract_document({"id": "t", "text": text})[0]["organizations"]]


def test_a_body_spelled_out_with_its_abbreviation():
    names = org_names("Petugas Unit Pengendalian Gratifikasi (UPG) dan Badan Kependudukan dan Keluarga Berencana "
                      "Nasional (BKKBN) hadir. Kabupaten Bandung Barat (KBB) juga. Gubernur Ahmad Luthfi (AL) datang.")
    assert names == ["Unit Pengendalian Gratifikasi (UPG)", "Badan Kependudukan dan Keluarga Berencana Nasional (BKKBN)"]


def test_units_named_after_a_place_and_council_parts():
    names = org_names("Polsek Kedungwuni dan Polresta Banyumas AKBP Ari Wibowo ikut berjaga. BPN Pemalang hadir. "
                      "Fraksi Gerindra dan Komisi C DPRD Makassar menolak. MUI Provinsi Papua mendukung.")
    assert names == ["Polsek Kedungwuni", "Polresta Banyumas", "BPN Pemalang", "Fraksi Gerindra",
                     "Komisi C DPRD Makassar", "MUI Provinsi Papua"]


def test_a_syllable_abbreviation_and_the_region_after_the_brackets():
    names = org_names("Wali Kota hadir bersama Forum Koordinasi Pimpinan Daerah (Forkopimda) Kota Gorontalo. "
                      "Dinas Lingkungan Hidup dan Kehutanan (DLHK) Provinsi Riau turun ke lokasi.")
    assert names == ["Forum Koordinasi Pimpinan Daerah (Forkopimda) Kota Gorontalo",
                     "Dinas Lingkungan Hidup dan Kehutanan (DLHK) Provinsi Riau"]


def test_a_regional_body_takes_its_region_and_a_figure_is_no_unit_number():
    names = org_names("Sekretaris BPKAD Kabupaten Bogor hadir. Serapan Badan Kesatuan Bangsa dan Politik "
                      "(Badan Kesbangpol) 96,54 persen, Dinkes 92,19 persen. Kodim 0412 siaga.")
    assert names == ["BPKAD Kabupaten Bogor", "Badan Kesatuan Bangsa dan Politik (Badan Kesbangpol)", "Dinkes",
                     "Kodim 0412"]


def test_bodies_named_by_a_proper_name_after_their_kind():
    names = org_names("Pemerintah Kecamatan Penjaringan menggelar apel. Direktur PTAM Intan Banjar hadir, "
                      "juga Perumda Air Minum Tirta Kahuripan.")
    assert names == ["Pemerintah Kecamatan Penjaringan", "PTAM Intan Banjar", "Perumda Air Minum Tirta Kahuripan"]


def test_a_body_spelled_out_in_lower_case_with_its_abbreviation():
    names = org_names("Serapan anggaran di beberapa organisasi perangkat daerah (OPD) masih rendah.")
    assert names == ["organisasi perangkat daerah (OPD)"]


def test_a_hospital_named_after_a_person():
    names = org_names("Korban dirawat di RSUD dr. Soedarso Pontianak sejak Senin.")
    assert names == ["RSUD dr. Soedarso Pontianak"]


def test_the_abbreviation_after_a_full_form_and_its_region_joins_it():
    names = org_names("Pemerintah Provinsi Jawa Tengah (Pemprov Jateng) mengeluarkan surat edaran. "
                      "Seluruh ASN Pemprov Jateng wajib mematuhinya.")
    assert names == ["Pemerintah Provinsi Jawa Tengah (Pemprov Jateng)"]


def test_a_level_word_without_a_region_a_prison_grade_and_a_town_hall():
    names = org_names("Kepala Dinas Peternakan Provinsi melalui pejabat veteriner mengawasi. Dia minta Satuan Polisi "
                      "Pamong Praja memperketat pengawasan. Jangan masuk Lembaga Pemasyarakatan (Lapas) Kelas I "
                      "Kedungpane. BPBD kabupaten/kota siaga. Octo berbicara di Balai Kota Yogyakarta.")
    assert names == ["Dinas Peternakan", "Satuan Polisi Pamong Praja",
                     "Lembaga Pemasyarakatan (Lapas) Kelas I Kedungpane", "BPBD"]


def test_lower_case_kepolisian_alone_is_a_common_noun():
    assert org_names("Warga melapor ke kepolisian setempat. Kejaksaan Agung menahan tersangka.") == ["Kejaksaan Agung"]


def test_military_and_police_units_named_by_place_or_roman_number():
    names = org_names("Polda Metro Jaya dan Kodam XIV/Hasanuddin serta Lantamal VI Makassar bersiaga.")
    assert names == ["Polda Metro Jaya", "Kodam XIV/Hasanuddin", "Lantamal VI Makassar"]


def test_a_government_named_by_its_region_alone():
    names = org_names("Pemerintah Aceh dan Pemerintah Kabupaten Aceh Utara menetapkan status tanggap darurat.")
    assert names == ["Pemerintah Aceh", "Pemerintah Kabupaten Aceh Utara"]


def test_an_acronym_outside_the_lexicon_that_heads_an_office_is_a_body():
    names = org_names("Kepala BPPKAD Kabupaten Bogor, Budi Santoso, mengatakan pajak daerah naik.")
    assert names == ["BPPKAD Kabupaten Bogor"]


def test_a_bare_abbreviation_joins_its_full_form_written_with_a_region():
    names = org_names("Rapat Forum Koordinasi Pimpinan Daerah (Forkopimda) Kota Gorontalo digelar Jumat. "
                      "Unsur Forkopimda sepakat menjaga keamanan.")
    assert names == ["Forum Koordinasi Pimpinan Daerah (Forkopimda) Kota Gorontalo"]


def test_bureaus_directorates_and_vertical_offices_head_full_forms():
    names = org_names("Biro Pemerintahan Setda Provinsi Jawa Tengah dan Direktorat Jenderal Bina Marga menggelar rapat "
                      "bersama Kantor Pertanahan Kabupaten Sleman.")
    assert names == ["Biro Pemerintahan Setda Provinsi Jawa Tengah", "Direktorat Jenderal Bina Marga",
                     "Kantor Pertanahan Kabupaten Sleman"]
