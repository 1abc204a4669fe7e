"""Offices with and without a holder, from probe passages we wrote in the style of regional news
(issue #14): who is a person of the story, who is only an office, a trophy or a second office of
someone already named. Our own sentences, several variants per phenomenon."""

from arahan.extract.pipeline import extract_document


def officials(text: str, former: bool = False) -> list[tuple]:
    result = extract_document({"id": "t", "text": text, "published": "2025-12-10"})[0]
    return [(o["name"], o["title"], o["region"]) for o in result["officials"] if former or not o["former"]]


def test_a_name_before_selaku_holds_the_office_after_it():
    found = officials("Harda Kiswaya selaku Bupati Sleman meminta camat mendata rumah rusak. Bupati Sleman juga "
                      "meminta BPBD siaga.")
    assert found == [("Harda Kiswaya", "Bupati", "Kabupaten Sleman")], found
    found = officials("Rapat dipimpin Siti Rahmawati selaku Kepala Dinas Sosial Kabupaten Klaten, Senin (8/12).")
    assert found == [("Siti Rahmawati", "Kepala Dinas Sosial", "Kabupaten Klaten")], found
    # one word is enough: "selaku" says the word before is the person
    found = officials("Menurut Naili selaku Wali Kota Palopo, pengawasan dilakukan tiap hari.")
    assert found == [("Naili", "Wali Kota", "Kota Palopo")], found


def test_a_second_office_after_selaku_is_the_person_just_named():
    found = officials("BATAM - Wali Kota Batam Amsakar Achmad selaku Kepala BP Batam meminta investor tidak khawatir.")
    assert [f[0] for f in found] == ["Amsakar Achmad"], found  # no unnamed Kepala BP
    found = officials("Kepala BPBD Kabupaten Garut Satria Budi sekaligus Sekretaris Satgas Bencana meminta warga "
                      "mengungsi. Bupati Garut Abdusy Syakur Amin sekaligus Ketua Satgas meminta camat siaga.")
    assert sorted(f[0] for f in found) == ["Abdusy Syakur Amin", "Satria Budi"], found


def test_an_office_right_after_a_comma_is_the_next_office_not_a_name():
    found = officials("Rapat dihadiri Wali Kota Manado, Kapolresta Manado, dan Dandim 1309/Manado.")
    assert {f[1] for f in found} == {"Wali Kota", "Kapolres", "Dandim"}, found
    assert all(f[0] is None for f in found), found
    found = officials("Pemkab Sumenep menggelar rapat bersama Kapolres Sumenep, Dandim 0827/Sumenep, dan Kajari "
                      "Sumenep.")
    assert all(f[0] is None for f in found) and len(found) == 3, found


def test_a_trophy_named_after_an_office_is_no_person():
    assert officials("Lomba desa tingkat kabupaten memperebutkan Piala Gubernur Jawa Timur.") == []
    assert officials("Sebanyak 24 tim sepak bola berebut Trofi Bupati Banyuwangi tahun ini.") == []
    # the holder named in the same article stays
    found = officials("Piala Wali Kota Kediri diserahkan langsung oleh Wali Kota Kediri Vinanda Prameswati.")
    assert found == [("Vinanda Prameswati", "Wali Kota", "Kota Kediri")], found


def test_an_earlier_term_is_a_former_holder_and_the_present_one_keeps_his_name():
    found = officials("TANGERANG - Ketika menjabat Wali Kota Tangerang, Arief R Wismansyah membangun banyak taman. "
                      "Kini Wali Kota Tangerang Sachrudin meminta taman dirawat.")
    assert found == [("Sachrudin", "Wali Kota", "Kota Tangerang")], found
    found = officials("Semasa menjabat Bupati Sleman, Sri Purnomo membangun pasar. Bupati Sleman Harda Kiswaya "
                      "meminta pasar dirawat.", former=True)
    assert ("Sri Purnomo", "Bupati", "Kabupaten Sleman") in found and len(found) == 2, found


def test_the_present_holder_set_off_by_saat_ini():
    found = officials("SLEMAN - Bupati Sleman saat ini, Harda Kiswaya, melanjutkan program tersebut.")
    assert found == [("Harda Kiswaya", "Bupati", "Kabupaten Sleman")], found
    found = officials("Gubernur Bali kini, Wayan Koster, meminta pengusaha tertib.")
    assert found == [("Wayan Koster", "Gubernur", "Provinsi Bali")], found


def test_a_kecamatan_after_a_police_or_army_post_is_no_name():
    found = officials("KUPANG - Kapolsek Alak meminta warga waspada. Danramil Oebobo juga hadir.")
    assert found == [(None, "Kapolsek", "Kota Kupang"), (None, "Danramil", "Kota Kupang")], found
    found = officials("KUPANG - Kapolsek Alak Iptu Budi Santoso meminta warga waspada.")
    assert found == [("Budi Santoso", "Kapolsek", "Kota Kupang")], found


def test_the_full_police_office_and_its_abbreviation_are_one_person_in_one_region():
    found = officials("Kepala Kepolisian Resor Bogor AKBP Rio Wahyu Anggoro meminta warga tidak main hakim sendiri. "
                      "Kapolres Bogor menambahkan, patroli diperketat.")
    assert found == [("Rio Wahyu Anggoro", "Kapolres", "Kabupaten Bogor")], found
    found = officials("Kepala Satuan Polisi Pamong Praja Kota Medan, Rakhmat Harahap, meminta pedagang tertib. "
                      "Kasatpol PP Kota Medan mengatakan penertiban dilakukan pekan depan.")
    assert [f[0] for f in found] == ["Rakhmat Harahap"], found


def test_wako_and_wawako_are_the_mayor_and_deputy():
    found = officials("PADANG - Wako Padang Fadly Amran meminta camat siaga. Wawako Padang Maigus Nasir meninjau pasar.")
    assert found == [("Fadly Amran", "Wali Kota", "Kota Padang"), ("Maigus Nasir", "Wakil Wali Kota", "Kota Padang")]


def test_an_office_holder_named_only_later_as_a_speaker():
    found = officials('BOGOR - Wali Kota Bogor meminta warga tidak membuang sampah ke sungai. "Jangan buang sampah '
                      'sembarangan," kata Dedie A Rachim di Balai Kota, Senin (8/12).')
    assert found == [("Dedie A. Rachim", "Wali Kota", "Kota Bogor")], found
    found = officials("DENPASAR - Gubernur Bali menerbitkan surat edaran tentang pembatasan plastik. Wayan Koster "
                      "mengatakan aturan itu berlaku bagi semua hotel.")
    assert found == [("Wayan Koster", "Gubernur", "Provinsi Bali")], found
    found = officials("SUMEDANG - Kepala Dinas Kesehatan Sumedang meminta warga menguras bak mandi. Menurut dr. Eki "
                      "Suryaman, kasus DBD meningkat.")
    assert found == [("Eki Suryaman", "Kepala Dinas Kesehatan", "Kabupaten Sumedang")], found


def test_a_speaker_with_a_role_of_their_own_or_two_offices_name_nobody():
    # a citizen set off by his role
    found = officials('BANYUMAS - Bupati Banyumas mengimbau warga tidak membakar sampah. "Kami mendukung," kata '
                      'Budi Santoso, warga Kecamatan Kembaran.')
    assert found == [(None, "Bupati", "Kabupaten Banyumas")], found
    # two unnamed offices: whose name it is cannot be told
    found = officials("SEMARANG - Gubernur Jawa Tengah dan Kapolda Jawa Tengah meninjau banjir. Ahmad Luthfi "
                      "mengatakan bantuan segera dikirim.")
    assert all(f[0] is None for f in found) and len(found) == 2, found
    # two different people quoted
    found = officials('KENDAL - Bupati Kendal meminta warga waspada banjir. "Air naik cepat," kata Siti Aminah. '
                      '"Kami sudah mengungsi," ujar Joko Susilo.')
    assert found == [(None, "Bupati", "Kabupaten Kendal")], found
    # someone the article introduces with a role elsewhere
    found = officials("KLATEN - Bupati Klaten meminta warga waspada banjir. Seorang warga, Budi Santoso (45), mengaku "
                      "rumahnya terendam. Budi Santoso mengatakan air naik sejak pagi.")
    assert found == [(None, "Bupati", "Kabupaten Klaten")], found
    found = officials('KLATEN - Bupati Klaten meminta warga waspada banjir. Pedagang pasar Budi Santoso mengaku rugi. '
                      '"Air masuk ke kios," kata Budi Santoso.')
    assert found == [(None, "Bupati", "Kabupaten Klaten")], found
    # a company named at a sentence's start is no speaker
    found = officials("Wali Kota Samarinda menegur tiga perusahaan, antara lain CV. Tambang Sejahtera Abadi. "
                      "Perusahaan itu diberi waktu sepekan.")
    assert found == [(None, "Wali Kota", "Kota Samarinda")], found


def test_first_names_written_short_with_a_full_stop():
    found = officials("MAKASSAR - Walikota Makassar, Moh. Ramdhan Pomanto, meminta warga waspada. Sekda Makassar "
                      "Muh. Ansar juga meminta camat siaga.")
    assert [f[0] for f in found] == ["Moh. Ramdhan Pomanto", "Muh. Ansar"], found
    found = officials("Bupati Tabanan I Ngr. Alit Wiranata meminta subak menjaga irigasi.")
    assert found == [("I Ngr. Alit Wiranata", "Bupati", "Kabupaten Tabanan")], found
    # a short name at a sentence's end does not run on into the next one
    found = officials("Hal itu disampaikan Bupati Sleman Harda Kiswaya. Dia meminta warga waspada.")
    assert found == [("Harda Kiswaya", "Bupati", "Kabupaten Sleman")], found


def test_an_office_with_its_unit_abbreviated_is_the_same_person():
    found = officials("Kepala Dinas Pendidikan dan Kebudayaan Kabupaten Lombok Timur Izzudin meminta sekolah siaga. "
                      "Kadis Dikbud Lotim juga meminta guru hadir.")
    assert [f[0] for f in found] == ["Izzudin"], found


def test_coordinating_ministers_vice_ministers_and_the_village_ministry():
    found = officials("Menko PMK Pratikno meminta kementerian bersinergi. Menteri Koordinator Bidang Pembangunan "
                      "Manusia dan Kebudayaan juga meminta daerah melapor.")
    assert [f[0] for f in found] == ["Pratikno"], found
    found = officials("Wamendagri Bima Arya meminta kepala daerah siaga. Wakil Menteri Dalam Negeri juga meminta "
                      "camat aktif.")
    assert found == [("Bima Arya", "Wakil Menteri Dalam Negeri", None)], found
    found = officials("Menteri Desa dan Pembangunan Daerah Tertinggal Yandri Susanto meminta kepala desa transparan. "
                      "Mendes PDT juga meminta pendamping desa aktif.")
    assert found == [("Yandri Susanto", "Menteri Desa PDTT", None)], found


def test_a_regional_office_whose_region_the_article_never_says_is_nobody_in_particular():
    found = officials("Kapolri Jenderal Listyo Sigit Prabowo meminta jajaran siaga. Ia juga meminta Kapolda melapor "
                      "tiap pekan.")
    assert found == [("Listyo Sigit Prabowo", "Kapolri", None)], found
    assert officials("Dalam rapat itu Kapolda meminta Kapolres siaga.") == []
    # with the article's province known, it is that province's Kapolda
    assert officials("SEMARANG - Kapolda meminta Kapolres siaga.") == [(None, "Kapolda", "Provinsi Jawa Tengah")]


def test_name_particles_and_a_captains_title():
    found = officials("Lurah Kebon Jeruk Ahmad Fauzi bin Abdullah meminta warga waspada.")
    assert [f[0] for f in found] == ["Ahmad Fauzi bin Abdullah"], found
    found = officials("Kepala Dinas Sosial Kota Medan Rosa de Lima meminta warga tertib.")
    assert [f[0] for f in found] == ["Rosa de Lima"], found
    found = officials("Wali Kota Tidore Kepulauan Capt. Ali Ibrahim meminta nelayan waspada.")
    assert found == [("Ali Ibrahim", "Wali Kota", "Kota Tidore Kepulauan")], found
    # a lower-case word that is no particle ends the name
    found = officials("Kepala Dinas Sosial Kota Medan Budi Santoso dan Kepala Dinas Kesehatan hadir.")
    assert [f[0] for f in found] == ["Budi Santoso"], found


def test_an_event_or_prize_named_after_an_office_is_no_person():
    assert officials("Turnamen Bupati Sleman Cup 2025 resmi dibuka di Stadion Tridadi.") == []
    assert officials("Penghargaan Bupati Klaten Award diberikan kepada sepuluh desa.") == []
    found = officials("Bupati Sleman Harda Kiswaya membuka turnamen Bupati Sleman Cup, Sabtu (6/12).")
    assert found == [("Harda Kiswaya", "Bupati", "Kabupaten Sleman")], found


def test_a_region_after_a_unit_word_is_no_part_of_the_name():
    found = officials("KLATEN - Kepala Dinas Pemberdayaan Masyarakat Desa Klaten Sri Wahyuni mengatakan penilaian "
                      "dilakukan sejak Juli.")
    assert found == [("Sri Wahyuni", "Kepala Dinas Pemberdayaan Masyarakat Desa", "Kabupaten Klaten")], found


def test_a_relative_or_aide_named_after_the_office_is_not_its_holder():
    assert officials("SLEMAN - Istri Bupati Sleman, Sri Wahyuni, membagikan sembako kepada warga.") == [
        (None, "Bupati", "Kabupaten Sleman")]
    assert officials("BANDUNG - Juru bicara Gubernur Jawa Barat, Ahmad Fikri, mengatakan warga diminta waspada.") == [
        (None, "Gubernur", "Provinsi Jawa Barat")]
    # nor does the relative, quoted later, name the holder
    found = officials('SLEMAN - Bupati Sleman meminta warga waspada. Istri Bupati Sleman, Sri Wahyuni, membagikan '
                      'sembako. "Kami bantu warga," kata Sri Wahyuni.')
    assert found == [(None, "Bupati", "Kabupaten Sleman")], found
    # the holder's own name after a relative's mention elsewhere stays
    found = officials("Bupati Sleman Harda Kiswaya didampingi istri Bupati Sleman membagikan sembako.")
    assert found == [("Harda Kiswaya", "Bupati", "Kabupaten Sleman")], found


def test_the_holders_office_room_or_car_is_no_person():
    assert officials("CIREBON - Ruang kerja Wali Kota Cirebon disegel KPK.") == []
    assert officials("MEDAN - Mobil dinas Wali Kota Medan terlihat di lokasi banjir.") == []


def test_an_all_capitals_headline_gives_no_name_the_body_does_not_write():
    found = officials("BUPATI SLEMAN MINTA WARGA WASPADA BANJIR\nSLEMAN - Bupati Sleman Harda Kiswaya meminta warga "
                      "waspada banjir.")
    assert found == [("Harda Kiswaya", "Bupati", "Kabupaten Sleman")], found
    found = officials("WALI KOTA BOGOR LARANG WARGA BUANG SAMPAH\nBOGOR - Dinas Lingkungan Hidup Kota Bogor menggelar "
                      "razia sampah.")
    assert all(f[0] is None for f in found), found
    # a headline name the body writes again stays
    found = officials("Bupati Sleman Harda Kiswaya Minta Warga Waspada\nSLEMAN - Harda Kiswaya meminta warga waspada.")
    assert found == [("Harda Kiswaya", "Bupati", "Kabupaten Sleman")], found


def test_an_acting_holder_named_later_by_a_second_office():
    found = officials("PATI - Plt Bupati Pati meminta ASN disiplin. Wakil Bupati Pati Risma Ardhi Chandra, yang kini "
                      "menjabat Plt Bupati, mengatakan absensi diperketat.")
    assert [f[0] for f in found] == ["Risma Ardhi Chandra"], found
    found = officials("PATI - Plh Bupati Pati meminta ASN disiplin. Plh Bupati Pati, yang juga Sekda Pati, Jan Hendri, "
                      "mengatakan absensi diperketat.")
    assert [f[0] for f in found] == ["Jan Hendri"], found
    found = officials("BLORA - Pj Bupati Blora meminta warga waspada. Pj Bupati Blora yang baru dilantik, Dwi Ari "
                      "Wibowo, mengatakan posko dibuka.")
    assert found == [("Dwi Ari Wibowo", "Pj Bupati", "Kabupaten Blora")], found


def test_a_months_short_form_opens_a_name_but_not_a_date():
    assert officials("Sekda Pati Jan Hendri mengatakan absensi diperketat.") == [("Jan Hendri", "Sekda", "Kabupaten Pati")]
    assert officials("Hal itu dikatakan Bupati Sleman, 21 Jan 2025.") == [(None, "Bupati", "Kabupaten Sleman")]


def test_an_unnamed_office_met_only_in_headline_lines_is_not_annotated():
    # a list of other articles' headlines after the story (as "Baca juga" lines are not annotated)
    text = ("SLEMAN - Kepala BPBD Sleman Makwan meminta warga di bantaran sungai waspada banjir.\n"
            "Berita Lainnya\nWali Kota Bogor Resmikan Pasar Baru di Bogor Barat\nGubernur Jawa Barat Tinjau Tanggul Jebol")
    assert officials(text) == [("Makwan", "Kepala BPBD", "Kabupaten Sleman")]
    # the office the body writes again is a person of the story
    text = "Bupati Sleman Minta Warga Waspada Banjir\nSLEMAN - Bupati Sleman meminta warga di bantaran sungai waspada."
    assert officials(text) == [(None, "Bupati", "Kabupaten Sleman")]
