"""Directives: each type, negation and modality, issuer resolution across sentences, targets, dates, legal basis."""

from tests.extract.conftest import directives

PUB = "2024-09-23"


def one_of(result, dtype):
    found = [d for d in result["directives"] if d["type"] == dtype]
    assert found, (dtype, result["directives"])
    return found[0]


def test_appeal(run):
    r = run("KLATEN - Bupati Klaten Sri Mulyani mengimbau seluruh ASN menjaga netralitas, Senin (23/9/2024).", PUB)
    d = one_of(r, "appeal")
    assert d["issuer"] == "Sri Mulyani" and d["targets"] == ["ASN"] and d["date"] == "2024-09-23"
    assert d["issuer_region"] == "Kabupaten Klaten" and 0 < d["confidence"] <= 1
    assert r["notes"] == [] and d["evidence"]["sentence"].startswith("KLATEN")


def test_instruction(run):
    r = run("Pj Wali Kota Kendari Muhammad Yusup menginstruksikan seluruh camat dan lurah menyalurkan beras.")
    d = one_of(r, "instruction")
    assert d["issuer"] == "Muhammad Yusup" and set(d["targets"]) == {"camat", "lurah"}


def test_an_order_to_watch_or_count_is_oversight(run):
    for text in ("Pj Wali Kota Kendari Muhammad Yusup menginstruksikan seluruh camat dan lurah mendata warga miskin.",
                 "Bupati Sleman Kustini mengatakan camat harus memantau harga beras setiap hari.",
                 "Bupati Sleman Kustini meminta Satpol PP meningkatkan patroli di pasar."):
        r = run(text)
        assert [d["type"] for d in r["directives"]] == ["oversight"], (text, r["directives"])


def test_prohibition_from_modal_negation(run):
    r = run('"Kepala desa tidak boleh ikut berkampanye," tegas Bupati Pati Henggar Budi Anggoro.')
    d = one_of(r, "prohibition")
    assert d["issuer"] == "Henggar Budi Anggoro" and d["targets"] == ["kepala desa"]


def test_prohibition_by_verb(run):
    r = run("Gubernur Bali Wayan Koster melarang pelaku usaha menjual air minum kemasan plastik kecil.")
    assert ("Wayan Koster", "prohibition") in directives(r)
    assert one_of(r, "prohibition")["targets"] == ["pelaku usaha"]


def test_sanction_warning(run):
    r = run("Sekda Kabupaten Garut Nurdin Yana menegaskan, ASN yang terbukti melanggar akan dikenakan sanksi tegas.")
    assert ("Nurdin Yana", "sanction_warning") in directives(r)


def test_policy_with_instrument(run):
    r = run("Wali Kota Bogor Bima Arya menerbitkan Surat Edaran Nomor 800/123/2024 tentang jam kerja ASN.")
    d = one_of(r, "policy")
    assert d["issuer"] == "Bima Arya" and d["instrument"] == "SE No. 800/123/2024"


def test_oversight(run):
    r = run("Pemkab Jombang membentuk satgas netralitas ASN untuk menerima laporan warga.")
    d = one_of(r, "oversight")
    assert d["issuer"] == "Pemkab Jombang" and d["issuer_region"] == "Kabupaten Jombang"


def test_negation_cancels(run):
    r = run("Bupati Demak Eisti'anah mengatakan belum ada pelanggaran netralitas. Ia tidak melarang ASN hadir di acara "
            "keluarga.")
    assert r["directives"] == []


def test_need_not_is_no_prohibition(run):
    r = run("Menurut Bupati Sleman Kustini, warga tidak harus mengungsi malam ini.")
    assert r["directives"] == []


def test_issuer_across_sentences_pronoun_and_nya(run):
    text = ("Wali Kota Cirebon Eti Herawati memimpin apel pagi di halaman Balai Kota, Senin (23/9/2024). "
            "Ia meminta ASN datang tepat waktu.\n"
            '"Jangan ada lagi ASN yang bolos saat jam kerja," tegasnya.')
    r = run(text, PUB)
    assert ("Eti Herawati", "appeal") in directives(r)
    assert ("Eti Herawati", "prohibition") in directives(r)
    assert one_of(r, "appeal")["date"] == "2024-09-23"
    assert one_of(r, "appeal")["place"] == "halaman Balai Kota"


def test_quote_attributed_to_short_name(run):
    text = ("Bupati Sumenep Achmad Fauzi Wongsojudo hadir dalam rapat. "
            '"Saya minta seluruh OPD menuntaskan laporan," kata Fauzi.')
    r = run(text)
    d = one_of(r, "appeal")
    assert d["issuer"] == "Achmad Fauzi Wongsojudo" and d["targets"] == ["OPD"]


def test_hal_itu_disampaikan_attributes_the_previous_sentence(run):
    text = ("ASN di lingkungan Pemkot Depok diminta menjaga netralitas. "
            "Hal itu disampaikan Wali Kota Depok Mohammad Idris saat apel pagi.")
    r = run(text)
    assert ("Mohammad Idris", "appeal") in directives(r)


def test_opinion_without_issuer_is_no_directive(run):
    r = run("ASN harus loyal pada bangsa dan negara. Netralitas adalah fondasi demokrasi.")
    assert r["directives"] == []


def test_legal_basis_is_normalised(run):
    r = run("Berdasarkan Undang-Undang Nomor 20 Tahun 2023, ASN wajib netral, kata Kepala BKPSDM Kabupaten Ngawi "
            "Tri Wahyu Hidayat.")
    d = one_of(r, "instruction")
    assert d["legal_basis"] == ["UU 20/2023"]


def test_directive_date_is_when_given_not_the_election_day(run):
    r = run("Bupati Kudus Hartopo mengimbau ASN netral menjelang Pilkada 27 November 2024, Senin (23/9/2024).", PUB)
    assert one_of(r, "appeal")["date"] == "2024-09-23"


def test_repeats_merge(run):
    text = ("Bupati Ngawi Ony Anwar meminta ASN netral. "
            '"Saya minta ASN tidak ikut kampanye," ujar Ony.')
    r = run(text)
    assert [d["type"] for d in r["directives"]].count("appeal") == 1


def test_instrument_content_and_body_as_target(run):
    text = ("SEMARANG - Penjabat Gubernur Jawa Tengah Nana Sudjana menginstruksikan bupati dan wali kota untuk "
            "memastikan netralitas ASN. Instruksi itu tertuang dalam Surat Edaran Gubernur Jawa Tengah Nomor "
            "000.1/0012345. Nana juga meminta Inspektorat melakukan pengawasan.")
    r = run(text)
    assert set(one_of(r, "instruction")["targets"]) == {"bupati", "Wali Kota"}
    assert one_of(r, "policy")["instrument"] == "SE Gubernur Jawa Tengah No. 000.1/0012345"
    assert one_of(r, "oversight")["targets"] == ["Inspektorat"]


def test_institution_resolves_to_its_head(run):
    text = ("SURABAYA - Pemerintah Kota Surabaya memberlakukan Peraturan Wali Kota Nomor 12 Tahun 2024 tentang tarif "
            "parkir. Wali Kota Eri Cahyadi mengatakan, juru parkir wajib memakai rompi resmi.")
    r = run(text)
    assert one_of(r, "policy")["issuer"] == "Eri Cahyadi"
    assert one_of(r, "instruction")["targets"] == ["juru parkir"]


def test_hal_itu_disampaikannya_gives_date_and_place(run):
    text = ("Bupati Jepara Edy Supriyanta memimpin apel. ASN diminta tidak terlibat kampanye. "
            "Hal itu disampaikannya di Pendopo Kartini, Senin (23/9/2024).")
    d = one_of(run(text, PUB), "appeal")
    assert (d["issuer"], d["date"], d["place"]) == ("Edy Supriyanta", "2024-09-23", "Pendopo Kartini")


def test_targets_as_the_article_words_them(run):
    result = run("Bupati Malang Suryo Handoko memerintahkan kepala OPD memvalidasi ulang data tenaga non-ASN. "
                 "Ia juga meminta ketua RT dan tokoh agama mengajak ibu hamil memeriksakan kandungan ke posyandu.",
                 published="2023-10-03")
    targets = {d["type"]: d["targets"] for d in result["directives"]}
    assert targets["instruction"] == ["kepala OPD"]
    assert set(targets["appeal"]) >= {"ketua RT", "tokoh agama"}


def test_target_jaccard_ignores_case_spaces_and_hyphens():
    from arahan.extract.evaluate import jaccard

    assert jaccard(["non ASN", "Wali Kota"], ["non-ASN", "walikota"]) == 1.0


def test_a_reminder_that_frames_a_sanction_is_not_an_appeal_of_its_own(run):
    result = run("Bupati Malang Suryo Handoko memimpin rapat kepegawaian. Ia mengingatkan, kepala OPD yang terbukti "
                 "memasukkan nama fiktif akan diberi sanksi sesuai PP Nomor 94 Tahun 2021.")
    assert [d["type"] for d in result["directives"]] == ["sanction_warning"]


def test_officials_of_a_dated_occasion_all_take_its_date(run):
    text = ("SEMARANG - Pj Gubernur Jawa Tengah Agus Santoso melantik Budi Hartono sebagai Pj Bupati Blora "
            "di Gedung Gradhika, Senin (5/2/2024). Dalam sambutannya, Agus meminta ASN di Blora menjaga "
            "netralitas. Budi melarang camat ikut berkampanye.")
    r = run(text, "2024-02-06")
    assert (one_of(r, "appeal")["issuer"], one_of(r, "appeal")["date"]) == ("Agus Santoso", "2024-02-05")
    assert (one_of(r, "prohibition")["issuer"], one_of(r, "prohibition")["date"]) == ("Budi Hartono", "2024-02-05")


def test_a_body_as_subject_is_the_issuer(run):
    for text, issuer in (("Dinkes Kota Kendari meminta warga melakukan 3M untuk mencegah DBD.", "Dinkes Kota Kendari"),
                         ("pemerintah kabupaten Sigi mengimbau warga mewaspadai banjir.", "pemerintah kabupaten Sigi")):
        assert [(d["issuer"], d["type"]) for d in run(text)["directives"]] == [(issuer, "appeal")], text


def test_a_body_before_a_passive_cue_is_the_addressee(run):
    r = run("BPBD diminta siaga penuh selama musim hujan, kata Bupati Sleman Kustini.")
    assert [(d["issuer"], d["targets"]) for d in r["directives"]] == [("Kustini", ["BPBD"])]


def test_dates_as_precise_as_the_text(run):
    for text, date, precision in (("Pada Juni 2025, Bupati Sleman Kustini melarang pesta kembang api.", "2025-06", "month"),
                                  ("Awal Mei lalu, Bupati Sleman Kustini melarang pesta kembang api.", "2025-05", "month"),
                                  ("Bulan lalu Bupati Sleman Kustini melarang pesta kembang api.", "2025-05", "month"),
                                  ("Tahun lalu Bupati Sleman Kustini melarang pesta kembang api.", "2024", "year")):
        d = run(text, published="2025-06-12")["directives"][0]
        assert (d["date"], d["date_precision"]) == (date, precision), text


def test_numbered_items_of_a_circular_are_its_issuers_directives(run):
    r = run("Wali Kota Bogor Dedie Rachim menerbitkan surat edaran tentang jam operasional hiburan malam. "
            "Isinya antara lain:\n1. Membatasi jam operasional tempat hiburan hingga pukul 24.00 WIB.\n"
            "2. Dihimbau kepada seluruh warga untuk menjaga ketertiban.\n"
            "3. Dilarang keras menjual minuman beralkohol kepada anak di bawah umur.\n"
            "4. Pengelola wajib memasang kamera pengawas.\n5. Pelanggar akan ditindak tegas.", PUB)
    assert sorted(directives(r)) == [("Dedie Rachim", t) for t in
                                     ("appeal", "instruction", "policy", "prohibition", "sanction_warning")]
    assert all(d["issuer_resolved_by"] in ("subject", "instrument") for d in r["directives"])


def test_a_received_order_is_the_givers_and_a_request_in_an_instruction_is_an_order(run):
    r = run("Camat Sukajadi Rudi Hartono mengaku mendapat instruksi dari Bupati Bandung Dadang Supriatna untuk "
            "menyalurkan bantuan. Gubernur Jawa Tengah Ahmad Luthfi menerbitkan Instruksi Gubernur Nomor 2 Tahun "
            "2025. Dalam instruksi itu, gubernur meminta bupati dan wali kota menyiapkan lumbung pangan.", PUB)
    assert ("Dadang Supriatna", "instruction") in directives(r)
    assert ("Ahmad Luthfi", "instruction") in directives(r) and ("Ahmad Luthfi", "appeal") not in directives(r)


def test_extending_an_emergency_is_policy_and_tighter_watch_is_oversight(run):
    r = run("Bupati Aceh Utara Ismail Jalil resmi memperpanjang masa tanggap darurat banjir selama 14 hari. "
            "Bupati Bangka Mulkan meminta Satpol PP memperketat pengawasan tambang ilegal.", PUB)
    assert directives(r) == [("Ismail Jalil", "policy"), ("Mulkan", "oversight")]


def test_a_later_title_only_mention_is_the_named_holder(run):
    r = run("Camat Katingan Hilir, Dony Merianto, mengimbau warga mewaspadai banjir. Camat Katingan Hilir juga "
            "meminta warga mendokumentasikan kerusakan. Kepala Dinas Kesehatan Kota Ambon Johan Norimarna hadir. "
            "Kepala Dinas Kota Ambon itu meminta warga menguras bak mandi. \"Yang memberi akan kena sanksi,\" kata "
            "anggota DPRD Makassar A. Pahlevi. Anggota Komisi C DPRD Makassar ini juga mengajak peserta hadir.", PUB)
    assert [o["name"] for o in r["officials"]] == ["Dony Merianto", "Johan Norimarna", "A. Pahlevi"]


def test_the_author_named_in_a_cited_instrument_is_the_policy_issuer(run):
    r = run("Hal itu tertuang dalam Surat Edaran (SE) Wali Kota Bandung Nomor 800/123/2025 tentang jam kerja ASN. "
            "Wali Kota Bandung Muhammad Farhan mengatakan ASN tetap melayani warga.", PUB)
    assert ("Muhammad Farhan", "policy") in directives(r)


def test_a_threat_in_the_first_person_and_a_delegated_circular(run):
    r = run('Bupati Aceh Utara Ismail Jalil mengumpulkan para camat. "Kalau bantuan menumpuk, saya akan copot '
            'camatnya," kata Ismail. Wali Kota Gorontalo Adhan Dambea memerintahkan Badan Kesbangpol Kota Gorontalo '
            'untuk segera menerbitkan surat edaran resmi.', PUB)
    assert directives(r) == [("Ismail Jalil", "sanction_warning"), ("Adhan Dambea", "instruction")]


def test_a_relative_clause_modal_and_a_request_for_information_direct_nobody(run):
    r = run("Bupati Klaten Sri Mulyani meninjau pengungsian. Ia menyoroti kebutuhan warga yang mungkin harus "
            "mengungsi lagi. \"Kami sudah minta keterangan dari pengelola gudang,\" kata Sri Mulyani.", PUB)
    assert directives(r) == []


def test_issuing_an_appeal_or_an_instruction_as_a_noun(run):
    r = run("Bupati Klaten Sri Mulyani mengeluarkan imbauan kepada camat agar warga waspada banjir. Wali Kota "
            "Kendari Siska Karina memberikan instruksi tegas kepada OPD untuk siaga bencana.", PUB)
    assert directives(r) == [("Sri Mulyani", "appeal"), ("Siska Karina", "instruction")]
    assert one_of(r, "appeal")["targets"] == ["camat"] and one_of(r, "instruction")["targets"] == ["OPD"]


def test_land_owned_by_the_government_is_no_addressee(run):
    r = run("Bupati Bangka Mulkan meminta Satpol PP memperketat pengawasan aset milik pemerintah daerah.", PUB)
    assert one_of(r, "oversight")["targets"] == ["Satpol PP"]


def test_a_hyphenated_word_opening_a_later_line_is_no_dateline(run):
    r = run("Gempa mengguncang pesisir pada Jumat pagi.\n\nKepala BPBD Provinsi Bengkulu, Rudi Gunawan, menyampaikan "
            "bahwa warga diminta tetap siaga.\n\nSekolah-sekolah dan perkantoran tetap beroperasi dengan normal "
            "seperti biasa.", PUB)
    assert directives(r) == [("Rudi Gunawan", "appeal")]


def test_regional_units_are_addressed_as_written(run):
    r = run("Pj Bupati Bogor Bachril Bakri mendorong perangkat daerah mempercepat realisasi anggaran. Bupati Bangka "
            "Mulkan meminta Satuan Polisi Pamong Praja menertibkan tambang liar.", PUB)
    assert [d["targets"] for d in r["directives"]] == [["perangkat daerah"], ["Satuan Polisi Pamong Praja"]]


def test_a_body_next_to_the_cue_is_an_addressee(run):
    r = run("Wali Kota Gorontalo Adhan Dambea memerintahkan Badan Kesbangpol Kota Gorontalo untuk menerbitkan aturan "
            "operasional rumah makan. \"Saya minta kepada BPBD, Dinsos, dan para camat untuk tidak lengah,\" kata "
            "Bupati Berau Sri Juniarsih.", PUB)
    assert [d["targets"] for d in r["directives"]] == [["Badan Kesbangpol Kota Gorontalo"], ["BPBD", "Dinsos", "camat"]]


def test_a_reporting_frame_gives_way_to_the_order_it_reports(run):
    r = run("Wali Kota Bandung Muhammad Farhan menekankan, seluruh ASN harus siaga selama libur Lebaran.", PUB)
    assert directives(r) == [("Muhammad Farhan", "instruction")]


def test_a_request_inside_a_circular_is_an_order(run):
    r = run("Gubernur Banten Andra Soni menerbitkan surat edaran larangan kembang api. Dalam surat edaran itu, "
            "gubernur juga meminta bupati dan wali kota menindaklanjuti kebijakan tersebut.", PUB)
    assert ("Andra Soni", "instruction") in directives(r) and ("Andra Soni", "appeal") not in directives(r)


def test_a_plea_a_threat_of_enforcement_and_the_youth(run):
    r = run('"Kami mohon kerja sama warga untuk menjaga kebersihan," kata Camat Katingan Hilir Dony Merianto. '
            'Kepala Satpol PP Kota Yogyakarta Octo Noor Arafat mengatakan, jika ada pedagang di trotoar, pihaknya akan '
            'melakukan penindakan. Kapolda Jawa Tengah Ahmad Luthfi meminta para pemuda tidak balap liar.', PUB)
    assert directives(r) == [("Dony Merianto", "appeal"), ("Octo Noor Arafat", "sanction_warning"),
                             ("Ahmad Luthfi", "appeal")]
    assert r["directives"][2]["targets"] == ["pemuda"]


def test_orders_to_report_inspect_or_patrol_are_oversight(run):
    for text in ("Bupati Sleman Kustini meminta camat segera melaporkan jumlah pengungsi.",
                 "Bupati Sleman Kustini memerintahkan Satpol PP melakukan pemeriksaan di pasar.",
                 "Bupati Sleman Kustini meminta polisi rutin patroli di kawasan wisata.",
                 "Bupati Sleman Kustini mengatakan pihaknya memperketat pengawasan tambang ilegal."):
        r = run(text)
        assert [d["type"] for d in r["directives"]] == ["oversight"], (text, r["directives"])


def test_putting_a_measure_into_force_is_policy(run):
    r = run("Pemkot Bandung memberlakukan jam malam bagi pelajar. Wali Kota Bandung Muhammad Farhan menerapkan "
            "sistem WFA bagi ASN selama libur Lebaran.", PUB)
    assert ("Muhammad Farhan", "policy") in directives(r)


def test_a_request_opened_by_its_addressees_needs_no_verb(run):
    r = run('"Bagi pemilik usaha keramba yang ada di tepi sungai agar selalu waspada," kata Pj Bupati Kampar Muhammad '
            'Firdaus dalam surat imbauannya. Bupati Sleman Kustini datang agar warga senang.', PUB)
    assert directives(r) == [("Muhammad Firdaus", "appeal")] and r["directives"][0]["targets"] == ["pemilik usaha keramba"]


def test_an_office_holder_before_a_passive_order_receives_it(run):
    r = run("Gubernur NTT Emanuel Melkiades Laka Lena menerbitkan instruksi pembatasan hewan. Kepala Dinas Peternakan "
            "Provinsi melalui Pejabat Otoritas Veteriner ditugaskan untuk mengawasi pelaksanaan instruksi ini.", PUB)
    d = one_of(r, "oversight")
    assert d["issuer"] == "Emanuel Melkiades Laka Lena" and d["targets"] == ["Kepala Dinas Peternakan Provinsi"]
    r = run("Kepala BPBD Provinsi Bengkulu, Rudi Gunawan, menyampaikan bahwa warga diminta tetap siaga.", PUB)
    assert directives(r) == [("Rudi Gunawan", "appeal")]


def test_an_instrument_addresses_whom_its_content_addresses(run):
    r = run("Gubernur NTT Emanuel Melkiades Laka Lena mengeluarkan Instruksi Gubernur Nomor 01/DISNAK/2025 tentang "
            "rabies. Instruksi itu diteken di Kupang. Gubernur menginstruksikan kepada para bupati untuk membatasi "
            "pergerakan hewan.", PUB)
    assert one_of(r, "policy")["targets"] == ["bupati"]


def test_what_people_must_undergo_is_no_order(run):
    r = run('"Sebanyak 1.900 jiwa di sepuluh kecamatan harus mengungsi," kata Kepala BPBD Aceh Timur Ashadi.', PUB)
    assert directives(r) == []


def test_an_audit_order_is_oversight_and_a_rule_to_post_a_circular_an_instruction(run):
    r = run("Pj Bupati Lampura Heriyanto meminta Inspektorat melakukan audit terhadap data honorer. Pj Bupati Garut "
            "Cecep Suryana menerbitkan surat edaran netralitas yang wajib dipasang di setiap kantor desa.", PUB)
    assert ("Heriyanto", "oversight") in directives(r) and ("Cecep Suryana", "instruction") in directives(r)


def test_a_sanction_spelt_out_threatens_without_a_modal(run):
    r = run('"Sanksinya jelas, mulai dari teguran tertulis sampai pemberhentian," kata Pj Bupati Bondowoso Bambang '
            'Setiawan.', PUB)
    assert directives(r) == [("Bambang Setiawan", "sanction_warning")]
