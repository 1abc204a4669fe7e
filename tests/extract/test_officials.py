"""Officials: every title order, markers, honorifics and degrees, former holders, linking."""

from tests.extract.conftest import officials


def test_title_region_name(run):
    r = run("Pj Bupati Bondowoso Bambang Soekwanto membuka rapat di pendopo.")
    assert officials(r) == [("Bambang Soekwanto", "Pj Bupati", "Kabupaten Bondowoso")]


def test_title_region_comma_name(run):
    r = run("Gubernur Jawa Timur, Khofifah Indar Parawansa, meresmikan jembatan baru.")
    assert officials(r) == [("Khofifah Indar Parawansa", "Gubernur", "Provinsi Jawa Timur")]


def test_name_comma_title_region(run):
    r = run("HM Sanusi, Bupati Malang, meresmikan pasar desa di Kecamatan Kepanjen.")
    assert officials(r) == [("M. Sanusi", "Bupati", "Kabupaten Malang")]


def test_appointee_named_before_sebagai(run):
    r = run("Gubernur Jawa Tengah Agus Santoso melantik Drs. Budi Hartono, M.Si. sebagai Penjabat (Pj) Bupati Blora. "
            "Sebelumnya, Rina Wati dilantik sebagai Plt Kepala Dinas Kesehatan Kabupaten Blora.")
    assert officials(r)[:2] == [("Agus Santoso", "Gubernur", "Provinsi Jawa Tengah"),
                                ("Budi Hartono", "Pj Bupati", "Kabupaten Blora")]
    assert ("Rina Wati", "Plt Kepala Dinas Kesehatan", "Kabupaten Blora") in officials(r)


def test_facility_named_between_title_and_person(run):
    r = run("SAMARINDA - Kepala Puskesmas Segiri, dr. Maya Sari, mengatakan pihaknya melakukan penyelidikan. "
            "Kepala Puskesmas Lempake dr. Andi Baso meminta warga menguras bak mandi.")
    assert [name for name, *_ in officials(r)] == ["Maya Sari", "Andi Baso"]


def test_sebagai_after_a_pronoun_names_nobody(run):
    r = run("Dalam kapasitasnya sebagai Bupati Malang, Sanusi meminta ASN netral.")
    assert officials(r) == [("Sanusi", "Bupati", "Kabupaten Malang")]


def test_title_name_region_from_article(run):
    r = run("BLORA - Pemkab Blora menggelar apel. Plt Bupati Tri Yuli Setyowati memimpin apel pagi di halaman kantor.")
    assert officials(r) == [("Tri Yuli Setyowati", "Plt Bupati", "Kabupaten Blora")]


def test_penjabat_without_name(run):
    r = run("Penjabat (PJ) Bupati Bojonegoro meminta seluruh camat hadir dalam rapat.")
    assert officials(r) == [(None, "Pj Bupati", "Kabupaten Bojonegoro")]


def test_honorifics_and_degrees_are_attributes(run):
    r = run("Sekda Kabupaten Jember Dr. H. Ahmad Fauzi, S.Sos., M.Si. memimpin upacara.")
    o = r["officials"][0]
    assert o["name"] == "Ahmad Fauzi" and o["title"] == "Sekda" and o["region"] == "Kabupaten Jember"
    assert {"Dr", "H"} <= set(o["honorifics"]) and o["degrees"]


def test_former_holder_is_marked(run):
    r = run("Jalan itu dibangun di era Bupati KH Salwa Arifin dan kini diperbaiki.")
    assert r["officials"][0]["former"] is True and r["officials"][0]["name"] == "Salwa Arifin"


def test_short_name_and_title_repeat_link_to_one_person(run):
    r = run("Wali Kota Kediri Abdullah Abu Bakar meminta ASN disiplin. Abu Bakar menambahkan, "
            "ASN yang terlambat akan diberi sanksi. Wali Kota juga mengecek absensi.")
    assert len(r["officials"]) == 1 and r["officials"][0]["mentions"] >= 2


def test_police_military_and_national_offices(run):
    r = run("Kapolres Sragen AKBP Petrus Silalahi dan Dandim 0725/Sragen Letkol Inf Rudy Hartono hadir. "
            "Menteri Dalam Negeri (Mendagri) Tito Karnavian mengirim pesan.")
    got = officials(r)
    assert ("Petrus Silalahi", "Kapolres", "Kabupaten Sragen") in got
    assert ("Rudy Hartono", "Dandim", "Kabupaten Sragen") in got
    assert ("Tito Karnavian", "Menteri Dalam Negeri", None) in got


def test_head_of_agency_with_region(run):
    r = run("Kepala Dinas Pendidikan Kabupaten Klaten Sunardi mengingatkan kepala sekolah.")
    assert officials(r) == [("Sunardi", "Kepala Dinas Pendidikan", "Kabupaten Klaten")]


def test_generic_offices_are_not_officials(run):
    r = run("Para calon bupati dan kepala desa diundang. Kantor Bupati ramai.")
    assert r["officials"] == []


def test_headline_verbs_are_not_names(run):
    r = run("Bupati Purworejo Yuli Hastuti Minta ASN Netral\n\nPURWOREJO - Bupati Purworejo Yuli Hastuti meminta "
            "ASN menjaga netralitas, Senin (4/3/2024).")
    assert officials(r) == [("Yuli Hastuti", "Bupati", "Kabupaten Purworejo")]


def test_village_head_with_its_regions_before_the_name(run):
    result = run("Kepala Desa Sukamaju, Kecamatan Pujut, Kabupaten Lombok Tengah, Baiq Sri Wahyuni, menerbitkan "
                 "Peraturan Desa tentang Penurunan Stunting.")
    assert [o["name"] for o in result["officials"]] == ["Baiq Sri Wahyuni"]


def test_group_offices_and_instrument_regions_are_not_people(run):
    result = run("Sekretaris Daerah (Sekda) Kota Padang, Yosefri Chaniago, menerbitkan surat edaran. "
                 "Ia menginstruksikan seluruh kepala OPD menyediakan dispenser. Kepala OPD juga wajib melapor "
                 "setiap bulan.")
    people = [(o["name"], o["title"]) for o in result["officials"] if not o["former"]]
    assert people == [("Yosefri Chaniago", "Sekda")]


def test_deputy_title_without_the_ministry_which_is_the_organisation(run):
    result = run("JAKARTA - Asisten Deputi Koordinasi Pemilu dan Penguatan Partai Politik Kementerian Koordinator "
                 "Bidang Politik, Hukum, dan Keamanan (Kemenko Polhukam), Sugeng Wahyudi, mengingatkan ASN netral.")
    off = result["officials"][0]
    assert (off["name"], off["title"], off["org"]) == \
        ("Sugeng Wahyudi", "Asisten Deputi Koordinasi Pemilu dan Penguatan Partai Politik", "Kemenko Polhukam")


def test_head_of_the_regional_religious_affairs_office(run):
    result = run("Kepala Kantor Kementerian Agama (Kankemenag) Kabupaten Blora, Ahmad Fauzi, meminta guru madrasah netral.")
    off = result["officials"][0]
    assert (off["name"], off["title"], off["region"]) == ("Ahmad Fauzi", "Kepala Kantor Kementerian Agama", "Kabupaten Blora")


def test_title_without_the_abbreviation_in_brackets(run):
    result = run("Kepala Dinas Lingkungan Hidup (DLH) Kota Malang, Nur Hidayati, meminta warga memilah sampah.")
    off = result["officials"][0]
    assert off["title"] == "Kepala Dinas Lingkungan Hidup" and "(DLH)" in off["title_full"]


def test_regional_offices_make_a_common_word_a_region(run):
    # "Kudus" is also an ordinary word; after "Kajari" it is the kabupaten, not part of the name
    r = run("Kajari Kudus Rustiningsih meminta kepala desa tidak menyalahgunakan dana desa.")
    assert officials(r) == [("Rustiningsih", "Kajari", "Kabupaten Kudus")]


def test_spellings_of_a_region_name(run):
    r = run("Wali Kota Bau-Bau La Ode Ahmad meminta warga waspada. Wali Kota Tanjungpinang Lis Darmansyah "
            "juga meminta warga waspada.")
    assert officials(r) == [("La Ode Ahmad", "Wali Kota", "Kota Baubau"),
                            ("Lis Darmansyah", "Wali Kota", "Kota Tanjung Pinang")]


def test_degree_glued_to_the_name(run):
    r = run("Plt Kepala Dinas Pertanian Kabupaten Kendal Ir.Sutrisno meminta petani menanam padi.")
    assert officials(r) == [("Sutrisno", "Plt Kepala Dinas Pertanian", "Kabupaten Kendal")]


def test_long_titles_of_police_bureaus_boards_and_divisions(run):
    r = run("Kanit Tipidek Satreskrim Polres Bangka AKP Yudi Pratama meminta penambang berhenti. "
            "Kepala Biro Hukum Setda Provinsi Jawa Timur Lilik Pudjiastuti mengatakan aturan itu berlaku. "
            "Wakil Ketua I DPRD Kota Semarang Budi Santoso meminta pemkot tegas. "
            "Koordinator Divisi Penanganan Pelanggaran Bawaslu Kabupaten Jepara Sugiharto meminta ASN netral. "
            "Kepala Satpol PP Kota Yogyakarta Octo Noor Arafat meminta pedagang tertib. "
            "Wakil Camat Penjaringan Nurharyanto mengatakan pihaknya siaga.")
    got = {name: title for name, title, _ in officials(r)}
    assert got == {"Yudi Pratama": "Kanit Tipidek", "Lilik Pudjiastuti": "Kepala Biro Hukum",
                   "Budi Santoso": "Wakil Ketua I DPRD",
                   "Sugiharto": "Koordinator Divisi Penanganan Pelanggaran Bawaslu",
                   "Octo Noor Arafat": "Kepala Satpol PP", "Nurharyanto": "Wakil Camat"}


def test_village_between_title_and_name_from_the_gazetteer(run):
    r = run("Kepala Desa Cibodas Asep Saepudin mengimbau warga menjaga kebersihan. "
            "Kepala Desa Bambang Sutrisno juga hadir.")
    assert [name for name, _, _ in officials(r)] == ["Asep Saepudin", "Bambang Sutrisno"]


def test_appositions_name_the_holder(run):
    r = run("Camat Ciawi, Kabupaten Bogor, Ricky Sujana meminta warga tidak membuang sampah ke sungai. "
            "Danang, yang kini menjabat Plt Bupati Pati, meminta ASN netral.")
    assert officials(r) == [("Ricky Sujana", "Camat", "Kabupaten Bogor"), ("Danang", "Plt Bupati", "Kabupaten Pati")]


def test_name_after_a_reporting_verb_then_comma_title(run):
    r = run("Bupati Lombok Timur melarang perpisahan. \"Jangan ada perpisahan,\" tulis Achmad Dewanto Hadi, "
            "Kepala Dikbud Lotim dalam surat himbauan.")
    assert ("Achmad Dewanto Hadi", "Kepala Dikbud", "Kabupaten Lombok Timur") in officials(r)


def test_a_place_of_several_words_before_the_comma_and_a_company_named_before_its_director(run):
    r = run("Camat Sungai Raya, Ahmad Zulfan, meminta warga tidak membakar lahan. "
            "Direktur Utama PTAM Intan Banjar, Syaiful Anwar mengakui debit air turun.")
    names = [o[0] for o in officials(r)]
    assert names == ["Ahmad Zulfan", "Syaiful Anwar"]


def test_head_of_a_district_prosecutor_office_is_kajari(run):
    r = run("Hal itu dikatakan Kepala Kejaksaan Negeri Kudus Rustiningsih di Pendopo Kabupaten Kudus.")
    assert officials(r) == [("Rustiningsih", "Kajari", "Kabupaten Kudus")]


def test_a_list_of_officers_with_honorifics_ranks_in_capitals_and_unit_numbers(run):
    r = run("Hadir Wakil Camat Penjaringan Bapak Nurharyanto, Kapolsek Metro Penjaringan AKBP Agus Ady Wijaya, SH, "
            "Wakapolsek Metro Penjaringan KOMPOL Tomb Pea, SH, Danramil 02/Penjaringan Kapten Inf Noldy Tana, S.S.T.")
    assert [o[:2] for o in officials(r)] == [("Nurharyanto", "Wakil Camat"), ("Agus Ady Wijaya", "Kapolsek"),
                                             ("Tomb Pea", "Wakapolsek"), ("Noldy Tana", "Danramil")]


def test_a_nickname_with_the_same_single_holder_office_is_the_same_person(run):
    r = run("Gubernur NTT Emanuel Melkiades Laka Lena menerbitkan surat edaran. \"Warga harus waspada,\" tulis "
            "Gubernur Melki.")
    assert [o[:2] for o in officials(r)] == [("Emanuel Melkiades Laka Lena", "Gubernur")]


def test_a_bare_level_word_after_an_office_takes_the_articles_region_of_that_level(run):
    r = run("KUPANG - Gubernur NTT Melki Laka Lena menerbitkan surat. Kepala Dinas Peternakan Provinsi melalui "
            "Pejabat Otoritas Veteriner ditugaskan mengawasi.")
    assert (None, "Kepala Dinas Peternakan", "Provinsi Nusa Tenggara Timur") in officials(r)
