"""Organization names as regional news writes them: our own sentences, one phenomenon per test
(issue #14: coverage of the language, not of the dev articles)."""

from arahan.extract.pipeline import extract_document


def org_names(text: str) -> list[str]:
    return [o["name"] for o in extract_document({"id": "t", "text": text})[0]["organizations"]]


def test_a_comma_list_inside_a_body_name_closed_by_dan_or_serta():
    assert org_names("Data Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) menunjukkan hujan lebat.") == [
        "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)"]
    assert org_names("Kepala Dinas Koperasi, Usaha Kecil dan Menengah Kabupaten Jember, Budi Santoso, hadir.") == [
        "Dinas Koperasi, Usaha Kecil dan Menengah Kabupaten Jember"]
    assert org_names("Petugas Dinas Kebudayaan, Kepemudaan dan Olahraga serta Pariwisata (Disbudporapar) berjaga.") == [
        "Dinas Kebudayaan, Kepemudaan dan Olahraga serta Pariwisata (Disbudporapar)"]


def test_a_comma_that_never_closes_ends_the_name():
    # a list of bodies, or a clause after the name: the comma is no part of it
    assert org_names("Dinas Pendidikan, Dinas Kesehatan, dan Dinas Sosial menggelar rapat.") == [
        "Dinas Pendidikan", "Dinas Kesehatan", "Dinas Sosial"]
    assert org_names("Menurut Dinas Perhubungan, Kesehatan warga terganggu oleh asap.") == ["Dinas Perhubungan"]
    assert org_names("Dinas Sosial, Kota Bogor, menyalurkan bantuan.")[0] == "Dinas Sosial"


def test_dan_before_another_body_ends_the_name():
    assert org_names("Rapat dihadiri Partai Golkar dan PKS serta Partai Gerindra.") == [
        "Partai Golkar", "PKS", "Partai Gerindra"]
    assert org_names("Kementerian Hukum dan HAM serta BNN menandatangani nota.") == ["Kementerian Hukum dan HAM", "BNN"]
    assert org_names("Dinas Sosial dan warga membersihkan sungai.") == ["Dinas Sosial"]


def test_a_section_of_the_secretariat_and_a_misspelt_ministry():
    assert org_names("Laporan dikirim ke Bagian Pemerintahan Setda Garut. Bagian Hukum menyiapkan draf.") == [
        "Bagian Pemerintahan Setda Garut", "Bagian Hukum"]
    assert org_names("Staf Kementrian Dalam Negeri hadir dalam rapat.") == ["Kementrian Dalam Negeri"]
    # "Bagian" as a common noun is no body
    assert org_names("Bagian Selatan Kota Bogor terendam banjir. Bagian dari program itu selesai.") == []


def test_an_office_acronym_outside_the_lexicon_before_its_region():
    assert org_names("Petugas DPMPTSP Kabupaten Bogor dan Disdukcapil Kota Malang melayani warga.") == [
        "DPMPTSP Kabupaten Bogor", "Disdukcapil Kota Malang"]
    # programmes and diseases of the same shape are no offices
    assert org_names("Kasus DBD Kota Bogor naik, penyaluran BLT Kabupaten Sleman tertunda.") == []


def test_a_police_unit_is_named_with_the_body_it_belongs_to():
    assert org_names("Satreskrim Polres Blora menangkap pelaku. Bidhumas Polda Jawa Tengah dan Satlantas "
                     "Polresta Surakarta berjaga. Satreskrim juga memeriksa saksi.") == [
        "Satreskrim Polres Blora", "Bidhumas Polda Jawa Tengah", "Satlantas Polresta Surakarta", "Satreskrim"]


def test_jakarta_police_units_and_a_kecamatan_with_a_direction():
    assert org_names("Polres Metro Jakarta Selatan dan Polsek Metro Penjaringan berjaga. Polsek Depok Barat "
                     "menangkap pelaku.") == ["Polres Metro Jakarta Selatan", "Polsek Metro Penjaringan",
                                              "Polsek Depok Barat"]


def test_a_regional_office_of_a_ministry_and_a_name_closed_by_its_brackets():
    assert org_names("Kantor Wilayah Kementerian Hukum dan HAM Jawa Tengah menggelar rapat.") == [
        "Kantor Wilayah Kementerian Hukum dan HAM Jawa Tengah"]
    assert org_names("Badan SAR Nasional (Basarnas) dan Tim SAR gabungan mencari korban.") == [
        "Badan SAR Nasional (Basarnas)"]


def test_aceh_and_papua_bodies_take_their_region():
    assert org_names("DPRK Aceh Utara, KIP Aceh Timur dan BPBA menggelar rapat bersama MRP.") == [
        "DPRK Aceh Utara", "KIP Aceh Timur", "BPBA", "MRP"]


def test_the_pkk_board_written_out_takes_its_region():
    assert org_names("Tim Penggerak PKK Kabupaten Malang menggelar lomba bersama TP PKK Kota Batu.") == [
        "Tim Penggerak PKK Kabupaten Malang", "TP PKK Kota Batu"]


def test_a_regional_government_however_written_is_a_body():
    assert org_names("Pemerintah Kab. Sleman menyalurkan bantuan beras.") == ["Pemerintah Kab. Sleman"]
    assert org_names("Pemerintahan Kota Ambon menyalurkan bantuan beras.") == ["Pemerintahan Kota Ambon"]
    assert org_names("Pemprov. Jateng menyalurkan bantuan beras.") == ["Pemprov. Jateng"]
    assert org_names("Pemerintah Daerah Kabupaten Garut menyalurkan bantuan.") == ["Pemerintah Daerah Kabupaten Garut"]
    # the full form with its short form in brackets stays one body
    assert org_names("Pemerintah Provinsi Jawa Tengah (Pemprov Jateng) menyalurkan bantuan.") == [
        "Pemerintah Provinsi Jawa Tengah (Pemprov Jateng)"]


def test_a_faction_is_named_by_its_party_alone():
    # the council and its region after the party are a body of their own
    assert org_names("Ketua Fraksi PKB DPRD Kota Bekasi, Ahmad Fauzi, menolak usulan itu.") == [
        "Fraksi PKB", "DPRD Kota Bekasi"]
    assert org_names("Sikap Fraksi Partai Amanat Nasional sudah bulat sejak awal.") == ["Fraksi Partai Amanat Nasional"]
    assert org_names("Juru bicara Fraksi PDI Perjuangan membacakan pandangan umum.") == ["Fraksi PDI Perjuangan"]
    assert org_names("Anggota Fraksi Nasdem Surabaya itu mengajak warga menjaga kebersihan.") == ["Fraksi Nasdem"]
    # "fraksi" as a common noun, or a faction with no party named, is no body
    assert org_names("Semua fraksi menyetujui rancangan itu. Fraksi yang menolak hanya satu.") == []


def test_a_body_named_with_derived_nouns_outside_the_lexicon():
    assert org_names("Petugas Satuan Tugas Penanganan Kemiskinan menyisir pasar tradisional.") == [
        "Satuan Tugas Penanganan Kemiskinan"]
    assert org_names("Laporan Unit Pengaduan Masyarakat masuk sejak pagi.") == ["Unit Pengaduan Masyarakat"]
    assert org_names("Pengurus Forum Komunikasi Kelurahan Siaga bertemu camat.") == ["Forum Komunikasi Kelurahan Siaga"]
    assert org_names("Anggota Satuan Tugas Netralitas dan Integritas hadir pagi itu.") == [
        "Satuan Tugas Netralitas dan Integritas"]
    # a person's name after a body stops it: "Budi" is no derived noun
    assert org_names("Kepala Unit Perlindungan Perempuan Budi Harsono memberi keterangan.")[0] == \
        "Unit Perlindungan Perempuan"


def test_a_new_head_alone_or_before_a_plain_word_is_no_body():
    assert org_names("Forum itu berlangsung dua jam. Unit kendaraan dikerahkan. Satgas datang terlambat.") == []
    assert org_names("Unit Water Treatment milik perusahaan rusak diterjang banjir.") == []


def test_ri_after_a_body_written_in_full_belongs_to_it():
    assert org_names("Rapat Komisi VIII DPR RI dengan pemerintah ditunda.") == ["Komisi VIII DPR RI"]
    assert org_names("Surat Kementerian Sosial RI tiba kemarin sore.") == ["Kementerian Sosial RI"]
    # "RIAU" or "RIS" is no "RI"
    assert org_names("Petugas Dinas Kehutanan Riau memadamkan api.")[0].startswith("Dinas Kehutanan")


def test_a_health_centre_named_by_its_place_is_a_body():
    assert org_names("Kepala Puskesmas Tlogosari Kulon meminta warga memeriksakan diri.") == ["Puskesmas Tlogosari Kulon"]
    assert org_names("Petugas Puskesmas Gamping menyemprot rumah warga.") == ["Puskesmas Gamping"]
    # "Puskesmas" alone, or before a lower-case word, is a place
    assert org_names("Warga dirujuk ke puskesmas terdekat. Puskesmas itu buka 24 jam.") == []


def test_a_team_before_a_body_abbreviation_is_that_body_s_team():
    assert org_names("Tim BPBD Kabupaten Cianjur menyisir lokasi longsor.") == ["BPBD Kabupaten Cianjur"]
    assert org_names("Anggota Tim Percepatan Penurunan Stunting berkumpul di aula.") == [
        "Tim Percepatan Penurunan Stunting"]
    assert org_names("Anggota Satuan Tugas Pencegahan Korupsi menyisir kantor dinas.") == ["Satuan Tugas Pencegahan Korupsi"]
    # the short "Satgas" names a body only from the lexicon ("Satgas Pangan"): a task force being formed
    # ("membentuk Satgas Netralitas") is no addressee of the order that forms it
    assert org_names("Bupati membentuk Satgas Netralitas untuk memantau ASN.") == []
    # a team named by something else than what it does is no body
    assert org_names("Tim Basket Putri sekolah itu juara. Tim kami siap.") == []


def test_a_headline_verb_after_a_body_is_no_name_word():
    assert org_names("Satuan Tugas Pengawasan Kembangkan Aplikasi Baru") == ["Satuan Tugas Pengawasan"]
    assert org_names("Forum Kerukunan Perjuangkan Rumah Ibadah") == ["Forum Kerukunan"]


def test_a_military_or_police_body_spelled_out_keeps_its_number_and_place():
    assert org_names("Prajurit Komando Distrik Militer (Kodim) 0733 Semarang membantu warga.") == [
        "Komando Distrik Militer (Kodim) 0733 Semarang"]
    assert org_names("Personel Komando Resor Militer (Korem) 072/Pamungkas berjaga.") == [
        "Komando Resor Militer (Korem) 072/Pamungkas"]
    assert org_names("Penyidik Kejaksaan Negeri (Kejari) Kendal memeriksa saksi.") == ["Kejaksaan Negeri (Kejari) Kendal"]


def test_a_name_goes_on_after_the_abbreviation_in_brackets():
    assert org_names("Wali kota membentuk Satuan Tugas (Satgas) Penanganan Kemiskinan pekan lalu.") == [
        "Satuan Tugas (Satgas) Penanganan Kemiskinan"]
    assert org_names("Gugus Tugas (GT) Percepatan Pembangunan menggelar rapat.") == [
        "Gugus Tugas (GT) Percepatan Pembangunan"]
    # a region after the brackets is the name's tail; a person's name is not part of it
    assert org_names("Dinas Sosial (Dinsos) Kota Bogor membagikan beras.") == ["Dinas Sosial (Dinsos) Kota Bogor"]
    assert org_names("Kepala Badan Kepegawaian Daerah (BKD) Budi Hartono hadir.") == ["Badan Kepegawaian Daerah (BKD)"]


def test_a_section_in_an_office_title_gives_the_body_it_belongs_to():
    assert org_names("Kepala Bagian Pemerintahan Setda Garut, Asep Sukmana, hadir.") == ["Setda Garut"]
    assert org_names("Kepala Biro Hukum Sekretariat Daerah Provinsi Bali, Ida Bagus, menjelaskan aturan itu.") == [
        "Sekretariat Daerah Provinsi Bali"]
    assert org_names("Plt Kabag Organisasi Setdakab Sleman meminta OPD melapor.")[0] != "Bagian Organisasi"
    # named on its own, the section is a body
    assert org_names("Naskah itu disusun Biro Hukum Sekretariat Daerah Provinsi Bali.") == [
        "Biro Hukum Sekretariat Daerah Provinsi Bali"]


def test_a_neighbourhood_unit_after_its_head_is_no_body():
    assert org_names("Ketua RT 03 Kelurahan Sempaja, Rahmat, mengajak warga membuang sampah malam hari.") == []
    assert org_names("Ketua RW setempat meminta warga berjaga. Ketua KONI Kota Bogor hadir.") == ["KONI Kota Bogor"]


def test_a_police_resort_named_after_its_kota():
    assert org_names("Polres Kediri Kota menangkap tiga pelaku.") == ["Polres Kediri Kota"]
    assert org_names("Polresta Malang Kota dan Polres Malang menggelar razia.") == ["Polresta Malang Kota", "Polres Malang"]
    # "Kota" opening the next region is no part of the unit's name
    assert org_names("Polres Bogor Kota Bogor menggelar razia.")[0] == "Polres Bogor"
    # a unit of the resort keeps it ("Satlantas Polresta Kupang Kota")
    assert org_names("Satlantas Polresta Kupang Kota menggelar razia.") == ["Satlantas Polresta Kupang Kota"]


def test_a_faction_with_the_word_partai_ends_before_its_council():
    assert org_names("Fraksi Partai Golkar DPRD Kabupaten Gowa menolak usulan itu.") == [
        "Fraksi Partai Golkar", "DPRD Kabupaten Gowa"]  # as "Fraksi PKS DPRD Kabupaten Gowa" is read
    assert org_names("Fraksi PKS DPRD Kabupaten Gowa menolak usulan itu.") == ["Fraksi PKS", "DPRD Kabupaten Gowa"]
    assert org_names("Fraksi Partai Kebangkitan Bangsa menolak usulan itu.") == ["Fraksi Partai Kebangkitan Bangsa"]


def test_a_roman_numeral_after_a_council_office_is_no_body():
    assert org_names("Wakil Ketua II DPRD Kabupaten Sikka, Yoseph Nong, mengatakan pembahasan dimulai.") == [
        "DPRD Kabupaten Sikka"]
    assert org_names("Ketua III DPRD Kota Kupang hadir.") == ["DPRD Kota Kupang"]


def test_a_partys_board_at_a_level_with_its_party_and_region():
    assert org_names("DPC PDI Perjuangan Kabupaten Ende menolak usulan itu.") == ["DPC PDI Perjuangan Kabupaten Ende"]
    assert org_names("DPW PKB NTT menggelar rapat.") == ["DPW PKB NTT"]
    assert org_names("Ketua DPC Partai Demokrat Kota Kupang, Leonardus Lelo, mengatakan partainya siap.") == [
        "DPC Partai Demokrat Kota Kupang"]  # not a bare "DPC" and the party apart


def test_an_office_written_out_with_its_abbreviation_in_brackets_is_no_body():
    assert org_names("Kepala Kepolisian Resor (Kapolres) Sumba Timur AKBP Gede Harimbawa mengatakan situasi aman.") == []
    assert org_names("Kepolisian Resor Sumba Timur menangkap pelaku.") == ["Kepolisian Resor Sumba Timur"]
    assert org_names("Pemerintah Provinsi Kalimantan Barat (Kalbar) menyalurkan bantuan.") == [
        "Pemerintah Provinsi Kalimantan Barat (Kalbar)"]
