"""Directive phenomena of Indonesian regional news, one test per phenomenon, on sentences we wrote
(several wordings each): what is a directive, of which type, and whose."""

from tests.extract.conftest import directives


def test_a_danger_that_threatens_is_no_sanction_warning(run):
    for text in ("Bupati Sleman Kustini Sri Purnomo mengimbau warga menghindari hal-hal yang bisa mengancam keselamatan.",
                 "Wali Kota Bogor Dedie Rachim mengatakan banjir mengancam permukiman di bantaran sungai.",
                 "Gubernur Jambi Al Haris mengatakan kebakaran lahan mengancam kesehatan anak-anak."):
        assert "sanction_warning" not in {t for _, t in directives(run(text))}, text
    for text in ("Bupati Sleman Kustini Sri Purnomo mengancam akan mencabut izin toko yang menjual miras.",
                 "Wali Kota Bogor Dedie Rachim mengancam memecat pegawai yang terlibat pungli."):
        assert "sanction_warning" in {t for _, t in directives(run(text))}, text


def types(run, text: str) -> set[str]:
    return {t for _, t in directives(run(text))}


def test_threats_without_the_word_sanksi(run):
    for text in ('"ASN yang bolos akan kami tindak tegas," kata Bupati Sleman Kustini Sri Purnomo.',
                 '"Kalau ada camat yang lalai, akan saya tegur," kata Bupati Sleman Kustini Sri Purnomo.',
                 "Wali Kota Bogor Dedie Rachim tidak akan ragu menindak pegawai yang terlibat pungli.",
                 "Gubernur Jambi Al Haris mengatakan pemerintah tidak segan-segan mencabut izin perusahaan pembakar lahan.",
                 "Wali Kota Bogor Dedie Rachim mengatakan, toko yang nekat buka akan disegel.",
                 "Bupati Sleman Kustini Sri Purnomo mengatakan tempat hiburan akan ditutup paksa jika masih buka saat Ramadan.",
                 "Wali Kota Bogor Dedie Rachim mengatakan, pegawai yang bolos akan diberi surat peringatan."):
        assert "sanction_warning" in types(run, text), text


def test_closures_and_reprimands_that_threaten_nobody(run):
    for text in ("Bupati Sleman Kustini Sri Purnomo mengatakan jalan itu akan ditutup sementara untuk perbaikan.",
                 "Wali Kota Bogor Dedie Rachim mengatakan pasar lama akan dibongkar tahun depan.",
                 "Wali Kota Bogor Dedie Rachim mengirim surat peringatan dini banjir kepada camat."):
        assert "sanction_warning" not in types(run, text), text


def test_watching_announced_in_the_passive_or_by_deploying_staff(run):
    for text in ("Bupati Sleman Kustini Sri Purnomo mengatakan penyaluran bantuan akan dipantau langsung oleh inspektorat.",
                 "Bupati Sleman Kustini Sri Purnomo mengatakan pelaksanaan jam malam akan terus diawasi.",
                 "Wali Kota Bogor Dedie Rachim mengerahkan petugas untuk mengawasi pasar.",
                 "Gubernur Jambi Al Haris menyiagakan 200 personel guna berjaga di titik rawan banjir."):
        assert "oversight" in types(run, text), text
    assert "oversight" not in types(run, "Wali Kota Bogor Dedie Rachim mengerahkan petugas untuk membersihkan sampah.")


def test_a_request_reported_after_its_say_verb(run):
    for text in ("Bupati Sleman Kustini Sri Purnomo mengatakan, agar warga segera membersihkan selokan.",
                 "Bupati Sleman Kustini Sri Purnomo menyampaikan supaya ASN datang tepat waktu."):
        got = directives(run(text))
        assert ("Kustini Sri Purnomo", "appeal") in got or ("Kustini Sri Purnomo", "prohibition") in got, (text, got)
    assert directives(run("Jalan itu diperbaiki agar warga tidak terjebak macet.")) == []


def test_a_directive_noun_belongs_to_the_office_after_it(run):
    cases = [("Camat Depok Budi Santoso mengingatkan imbauan Bupati Sleman Kustini Sri Purnomo agar warga tidak "
              "menyalakan kembang api.", ("Kustini Sri Purnomo", "appeal")),
             ("Camat Depok Budi Santoso mengatakan larangan Bupati Sleman Kustini Sri Purnomo berlaku bagi semua pedagang.",
              ("Kustini Sri Purnomo", "prohibition")),
             ("Camat Depok Budi Santoso mengatakan, sesuai arahan Bupati Sleman Kustini Sri Purnomo, bantuan disalurkan "
              "lewat RT.", ("Kustini Sri Purnomo", "instruction")),
             ("Lurah Caturtunggal Agus Santoso mendapat perintah dari Wali Kota Yogyakarta Hasto Wardoyo untuk menutup "
              "pasar malam.", ("Hasto Wardoyo", "instruction"))]
    for text, want in cases:
        assert want in directives(run(text)), (text, directives(run(text)))
    got = directives(run("Camat Depok Budi Santoso mengingatkan imbauan Bupati Sleman Kustini Sri Purnomo agar warga "
                         "tidak menyalakan kembang api."))
    assert ("Budi Santoso", "appeal") in got  # who relays it still appeals in his own name
    # no office after the noun: nobody's directive; a numbered instruction is a document, not an order
    assert directives(run("Camat Depok Budi Santoso mengatakan imbauan dari warga sudah ditampung.")) == []
    got = directives(run("Wali Kota Pasuruan Saifullah Yusuf mengeluarkan Instruksi Wali Kota Nomor 12 Tahun 2024 "
                         "tentang ketertiban."))
    assert got == [("Saifullah Yusuf", "policy")], got


def test_a_bare_imperative_opening_a_quoted_sentence(run):
    assert ("Kustini Sri Purnomo", "instruction") in directives(run(
        '"Pastikan semua pengungsi mendapat makanan," kata Bupati Sleman Kustini Sri Purnomo kepada para camat.'))
    got = directives(run('Bupati Sleman Kustini Sri Purnomo meminta camat siaga. "Lakukan patroli dan pantau ketinggian '
                         'air setiap malam," katanya.'))
    assert ("Kustini Sri Purnomo", "oversight") in got, got  # an order to patrol is oversight
    assert directives(run("Bupati Sleman Kustini Sri Purnomo mengatakan petugas sudah lakukan perbaikan jalan.")) == []


def test_complaint_channels_and_suspensions(run):
    for text, want in (("Bupati Sleman Kustini Sri Purnomo membuka kanal pengaduan bagi warga yang dimintai pungutan.",
                        "oversight"),
                       ("Wali Kota Bogor Dedie Rachim menyediakan call center pengaduan selama mudik.", "oversight"),
                       ("Bupati Sleman Kustini Sri Purnomo menghentikan sementara aktivitas tambang pasir di lereng Merapi.",
                        "policy"),
                       ("Gubernur Jambi Al Haris mengatakan pemerintah tak segan menindak perusahaan pembakar lahan.",
                        "sanction_warning"),
                       ("Wali Kota Bogor Dedie Rachim mengatakan pihaknya siap menindak juru parkir liar.", "sanction_warning")):
        assert want in types(run, text), (text, directives(run(text)))


def test_more_ways_to_threaten(run):
    for text in ("Bupati Sleman Kustini Sri Purnomo mengatakan ASN yang tidak netral terancam sanksi.",
                 "Wali Kota Bogor Dedie Rachim mengatakan pedagang yang nekat bisa kena denda.",
                 "Bupati Sleman Kustini Sri Purnomo mengatakan pemerintah tidak akan tinggal diam terhadap pungli di sekolah.",
                 "Bupati Sleman Kustini Sri Purnomo mengatakan kontraktor yang lalai akan dimasukkan ke daftar hitam."):
        assert "sanction_warning" in types(run, text), (text, directives(run(text)))
    for text in ("Bupati Sleman Kustini Sri Purnomo membaca daftar hitam kontraktor tahun lalu.",
                 "Bupati Sleman Kustini Sri Purnomo mengatakan sanksi bagi pelanggar sudah dijatuhkan bulan lalu."):
        assert "sanction_warning" not in types(run, text), (text, directives(run(text)))


def test_the_content_of_a_cited_instrument_is_its_issuers(run):
    text = ("Wali Kota Bogor Dedie Rachim menerbitkan surat edaran tentang jam kerja ASN selama Ramadan. "
            "Kepala BKPSDM Kota Bogor Budi Santoso mengatakan, dalam SE tersebut ditekankan agar ASN tetap melayani "
            "warga hingga pukul 15.00.")
    got = directives(run(text))
    assert ("Dedie Rachim", "policy") in got and ("Dedie Rachim", "appeal") in got, got
    assert not [t for who, t in got if who == "Budi Santoso"], got  # he explains it; he does not direct
    # without a cited instrument the explainer speaks for himself
    got = directives(run("Wali Kota Bogor Dedie Rachim menerbitkan surat edaran tentang jam kerja ASN. Kepala BKPSDM "
                         "Kota Bogor Budi Santoso meminta ASN tetap melayani warga hingga pukul 15.00."))
    assert ("Budi Santoso", "appeal") in got, got


def test_following_events_is_not_watching_over_others(run):
    for text in ("Bupati Malinau Wempi W. Mawa turun ke lapangan untuk memantau langsung kondisi banjir.",
                 "Gubernur Jambi Al Haris mengatakan pemerintah daerah terus memantau situasi pascagempa.",
                 "Bupati Sleman Kustini Sri Purnomo mengatakan pihaknya memantau aktivitas Gunung Merapi setiap hari."):
        assert "oversight" not in types(run, text), (text, directives(run(text)))
    for text in ("Bupati Sleman Kustini Sri Purnomo meminta BPBD memantau kondisi cuaca setiap hari.",
                 "Bupati Sleman Kustini Sri Purnomo mengatakan pihaknya memantau penyaluran bantuan agar tepat sasaran."):
        assert "oversight" in types(run, text), (text, directives(run(text)))


def test_following_information_is_not_watching_over_others(run):
    """ "meminta warga memantau informasi dari BPBD": asking people to stay informed is an appeal, not oversight."""
    for text in ("Wali Kota Bogor Dedie Rachim meminta warga terus memantau peringatan dini cuaca dari BMKG.",
                 "Bupati Sleman Kustini Sri Purnomo mengimbau pendaki selalu memantau informasi status Gunung Merapi.",
                 '"Warga di pesisir kami minta memantau info pasang surut," kata Wali Kota Bogor Dedie Rachim.'):
        got = types(run, text)
        assert "appeal" in got and "oversight" not in got, (text, got)


def test_asking_for_money_is_no_request_to_anyone(run):
    for text in ('"Mereka ini malas bekerja karena keenakan minta saja," kata Kepala Dinas Sosial Makassar Muhyiddin.',
                 "Kepala Dinas Sosial Makassar Muhyiddin mengatakan anak jalanan itu meminta uang kepada pengendara."):
        assert "appeal" not in types(run, text), (text, directives(run(text)))
    assert "appeal" in types(run, "Kepala Dinas Sosial Makassar Muhyiddin meminta warga tidak memberi uang kepada pengemis.")


def test_a_threat_to_remove_or_seal_in_the_active_is_a_sanction_warning(run):
    for text in ("Wali Kota Medan Rico Waas menegaskan akan mencopot lurah yang tidak serius menangani sampah.",
                 "Bupati Sleman Kustini Sri Purnomo mengatakan pemkab siap menyegel toko yang menjual miras.",
                 "Gubernur Bali Wayan Koster menyatakan akan memproses hukum pengusaha yang membuang limbah ke sungai."):
        assert "sanction_warning" in types(run, text), text


def test_a_demand_of_citizens_or_protesters_is_not_the_officials_directive(run):
    text = ("Ketua DPRD Kota Bogor Adityawarman Adil meminta Pemkot Bogor memperbaiki jalan rusak. "
            "Warga sekitar juga mendesak wali kota turun tangan. Ratusan mahasiswa meminta DPRD menolak kenaikan pajak.")
    found = [(d["issuer"], d["cue"]) for d in run(text)["directives"]]
    assert found == [("Adityawarman Adil", "meminta")], found
    # an addressed group is still addressed: "warga diminta" is the official's request
    passive = "Bupati Sleman Kustini Sri Purnomo mengatakan, warga diminta tidak membuang sampah ke sungai."
    assert [d["targets"] for d in run(passive)["directives"]] == [["warga"]]


def test_a_regional_government_is_an_issuer_however_the_news_writes_it(run):
    """The level abbreviated ("Kab.", "Prov."), "Pemerintahan", "Pemerintah Daerah", a dot after the short form."""
    for text, issuer, region in (
            ("Pemerintah Kab. Sleman mengimbau warga menjaga kebersihan.", "Pemerintah Kab. Sleman", "Kabupaten Sleman"),
            ("Pemerintahan Kota Ambon melarang warga membuang sampah ke sungai.", "Pemerintahan Kota Ambon", "Kota Ambon"),
            ("Pemerintah Daerah Kabupaten Garut meminta warga waspada longsor.", "Pemerintah Daerah Kabupaten Garut",
             "Kabupaten Garut"),
            ("Pemprov. Jateng mengimbau warga waspada banjir di musim hujan.", "Pemprov. Jateng", "Provinsi Jawa Tengah")):
        found = [(d["issuer"], d["issuer_region"]) for d in run(text)["directives"]]
        assert found == [(issuer, region)], (text, found)


def policies(run, text: str, published: str | None = None) -> list[dict]:
    return [d for d in run(text, published)["directives"] if d["type"] == "policy"]


def test_a_policy_is_dated_the_day_its_instrument_was_signed(run):
    """ "diteken Senin (2/6)", "ditandatangani pada 3 Juni", "tertanggal 28 Mei": in the policy's sentence or the
    next one when it goes on about the instrument; the day of signing beats the day it was talked about."""
    for text, published, want in (
            ("Wali Kota Bogor Dedie Rachim menerbitkan surat edaran tentang jam kerja ASN selama Ramadan. Surat edaran "
             "yang diteken Senin (2/6/2025) itu berlaku hingga akhir bulan.", "2025-06-10", "2025-06-02"),
            ("Bupati Sleman Kustini Sri Purnomo melarang pedagang berjualan di trotoar. Kustini, Rabu (11/6/2025), "
             "mengatakan larangan itu tertuang dalam surat edaran yang ditandatangani pada 3 Juni 2025.", "2025-06-12",
             "2025-06-03"),
            ("Gubernur Jambi Al Haris, Senin (2/6/2025), mengeluarkan instruksi gubernur tertanggal 28 Mei 2025 tentang "
             "pencegahan kebakaran lahan.", "2025-06-03", "2025-05-28")):
        got = [d["date"] for d in policies(run, text, published)]
        assert got == [want], (text, got)


def test_a_policy_that_refers_back_addresses_whom_the_rule_addressed(run):
    """ "Larangan itu tertuang dalam surat edaran ...": the instrument addresses whom the ban just given addressed,
    not a group its title names."""
    for text, want in (
            ("Wali Kota Salatiga Robby Hernawan melarang pegawai memakai mobil dinas untuk mudik. Larangan itu tertuang "
             "dalam surat edaran wali kota tentang penggunaan kendaraan dinas bagi ASN.", ["pegawai"]),
            ("Bupati Sleman Kustini Sri Purnomo mengimbau pemilik warung tidak berjualan pada siang hari. Imbauan "
             "tersebut tercantum dalam surat edaran bupati tentang ketertiban Ramadan bagi masyarakat.", ["pemilik warung"])):
        got = [d["targets"] for d in policies(run, text)]
        assert got == [want], (text, got)


def test_an_instrument_addressing_nobody_else_addresses_the_group_of_its_title(run):
    """With nobody named around the policy, nor by the issuer's other directives: the group its own title
    names ("tentang Netralitas Kepala Desa"), also after "Nomor ... Tahun ..." where a cited rule's title is skipped."""
    for text, want in (
            ("Bupati Sleman Kustini Sri Purnomo menerbitkan Surat Edaran Nomor 12 Tahun 2025 tentang Netralitas Kepala "
             "Desa dan Perangkat Desa.", ["kepala desa", "perangkat desa"]),
            ("Gubernur Jambi Al Haris mengeluarkan Instruksi Gubernur Nomor 3 Tahun 2025 tentang Larangan Membakar Lahan "
             "bagi Perusahaan Perkebunan.", ["perusahaan"]),
            ("Wali Kota Bogor Dedie Rachim menerbitkan Surat Edaran Nomor 800.1.4/215 Tahun 2025 tentang Pakaian Adat "
             "bagi Guru setiap Kamis.", ["guru"])):
        got = [[t.lower() for t in d["targets"]] for d in policies(run, text)]
        assert got == [want], (text, got)


def test_the_signer_named_late_in_a_long_sentence_issues_the_instrument(run):
    text = ("Kepala BKPSDM Sleman Budi Santoso mengatakan aturan itu tercantum dalam Surat Edaran Nomor 800/12/2025 "
            "tentang Jam Kerja Pegawai selama Bulan Suci Ramadan di Lingkungan Pemerintah Kabupaten Sleman yang "
            "ditandatangani Bupati Sleman Kustini Sri Purnomo.")
    got = [d["issuer"] for d in policies(run, text)]
    assert got == ["Kustini Sri Purnomo"], got


def test_threats_to_a_post_a_contract_or_a_licence(run):
    """A threat named by what is lost (a licence, a contract, a post, a rank, a mark in one's evaluation) or by
    how heavy the punishment is ("ancamannya berat"), without the word "sanksi"."""
    for text in ('"Jangan main petasan. Ancamannya berat, bisa dipenjara," kata Kapolres Sleman AKBP Yuswanto Ardi.',
                 "Wali Kota Bogor Dedie Rachim mengatakan kafe yang melanggar jam malam izin operasionalnya bisa dibekukan.",
                 "Bupati Sleman Kustini Sri Purnomo mengatakan pejabat yang ikut kampanye akan dinonjobkan.",
                 "Bupati Sleman Kustini Sri Purnomo mengatakan kontrak kerja honorer yang mangkir akan diputus.",
                 "Gubernur Jambi Al Haris mengatakan kepala dinas yang lamban menyerap anggaran akan menjadi catatan "
                 "dalam evaluasi jabatan.",
                 "Wali Kota Bogor Dedie Rachim mengatakan lurah yang membiarkan pungli bisa diturunkan pangkatnya."):
        assert "sanction_warning" in types(run, text), (text, directives(run(text)))
    for text in ("Bupati Sleman Kustini Sri Purnomo mengatakan ancaman banjir di musim hujan perlu diwaspadai.",
                 "Wali Kota Bogor Dedie Rachim menyerahkan izin usaha kepada 40 pelaku UMKM.",
                 "Bupati Sleman Kustini Sri Purnomo mengatakan kontrak pembangunan jembatan diteken pekan lalu."):
        assert "sanction_warning" not in types(run, text), (text, directives(run(text)))


def test_a_policy_put_into_force_or_a_status_declared(run):
    """ "menerapkan/memberlakukan kebijakan ...", "menetapkan KLB", "sekolah diliburkan": the act of putting a rule in
    force is a policy; applying something else is not."""
    for text in ("Bupati Sleman Kustini Sri Purnomo menerapkan kebijakan satu hari tanpa kendaraan bermotor bagi ASN.",
                 "Wali Kota Bogor Dedie Rachim mulai memberlakukan kebijakan belajar dari rumah pekan depan.",
                 "Bupati Sleman Kustini Sri Purnomo menetapkan kejadian luar biasa (KLB) demam berdarah.",
                 "Gubernur Jambi Al Haris menetapkan status KLB campak di tiga kabupaten.",
                 "Wali Kota Bogor Dedie Rachim mengatakan sekolah diliburkan selama tiga hari karena banjir."):
        assert "policy" in types(run, text), (text, directives(run(text)))
    for text in ("Bupati Sleman Kustini Sri Purnomo menerapkan ilmu yang didapat saat kuliah.",
                 "Wali Kota Bogor Dedie Rachim mengatakan kasus demam berdarah belum masuk kategori KLB."):
        assert "policy" not in types(run, text), (text, directives(run(text)))


def test_watching_named_as_a_time_or_a_source_is_no_act(run):
    """ "setelah pendataan kerusakan selesai", "berdasarkan hasil pemantauan": the watching is only named."""
    for text in ("Bupati Sleman Kustini Sri Purnomo akan mengajukan bantuan ke BNPB setelah pendataan kerusakan selesai.",
                 "Wali Kota Bogor Dedie Rachim mengatakan, berdasarkan hasil pemantauan, harga beras mulai turun.",
                 "Gubernur Jambi Al Haris menyebut titik api berkurang menurut data pemantauan satelit."):
        assert "oversight" not in types(run, text), (text, directives(run(text)))
    for text in ("Bupati Sleman Kustini Sri Purnomo meminta camat melakukan pendataan kerusakan rumah warga.",
                 "Wali Kota Bogor Dedie Rachim meminta Satpol PP melakukan pengawasan di pasar malam."):
        assert "oversight" in types(run, text), (text, directives(run(text)))


def test_words_relayed_from_another_official_are_that_officials(run):
    """ "..., ujar Kepala BKPSDM X menirukan ucapan Bupati": the one quoted directs, not the one who relays."""
    for text in ('"ASN tidak boleh ikut kampanye," ujar Kepala BKPSDM Sleman Budi Santoso menirukan ucapan Bupati Sleman '
                 'Kustini Sri Purnomo.',
                 "Camat Depok Agus Santoso mengatakan warga dilarang membakar sampah, mengutip pesan Bupati Sleman "
                 "Kustini Sri Purnomo."):
        got = directives(run(text))
        assert ("Kustini Sri Purnomo", "prohibition") in got, (text, got)
        assert not [t for who, t in got if who in ("Budi Santoso", "Agus Santoso")], (text, got)


def test_what_an_official_says_in_a_circular_is_a_policy_of_theirs(run):
    """ "..., kata Bupati X dalam surat imbauan": the circular is the speaker's instrument; a circular only named as
    the place of some content ("dalam SE tersebut ditekankan ...") is no new policy."""
    for text in ('"Warga di bantaran sungai agar waspada banjir," kata Bupati Sleman Kustini Sri Purnomo dalam surat '
                 'imbauan, Senin (2/6/2025).',
                 "ASN diminta tetap masuk kantor, tulis Wali Kota Bogor Dedie Rachim dalam surat edaran yang diterima "
                 "wartawan."):
        got = directives(run(text, "2025-06-03"))
        assert ("policy" in {t for _, t in got}), (text, got)
    text = ("Wali Kota Bogor Dedie Rachim menerbitkan surat edaran tentang jam kerja. Kepala BKPSDM Kota Bogor Budi "
            "Santoso mengatakan, dalam SE tersebut ditekankan agar ASN tetap melayani warga.")
    assert [who for who, t in directives(run(text)) if t == "policy"] == ["Dedie Rachim"]


def test_a_service_or_payment_withheld_from_who_breaks_a_rule_is_a_threat(run):
    """ "warga yang ... tidak akan dilayani", "ASN yang bolos tidak akan menerima TPP": withholding is a threat only
    with the breach named; a service simply not given is none."""
    for text in ("Bupati Sleman Kustini Sri Purnomo mengatakan, warga yang belum membayar iuran sampah tidak akan dilayani "
                 "di kantor desa.",
                 "Wali Kota Bogor Dedie Rachim mengatakan ASN yang bolos setelah Lebaran tidak akan menerima TPP.",
                 "Kepala Desa Sukamaju Budi Santoso mengatakan, pihaknya tidak akan memberikan surat pengantar bagi warga "
                 "yang menolak ikut ronda."):
        assert "sanction_warning" in types(run, text), (text, directives(run(text)))
    for text in ("Bupati Sleman Kustini Sri Purnomo mengatakan kantor kecamatan tidak akan melayani warga saat libur Lebaran.",
                 "Wali Kota Bogor Dedie Rachim mengatakan korban banjir di Bogor Barat belum menerima bantuan."):
        assert "sanction_warning" not in types(run, text), (text, directives(run(text)))


def test_a_negation_or_a_past_marker_is_a_whole_word(run):
    """ "kotak" holds no "tak" and "setelah" no "telah": neither cancels the directive after it."""
    assert "instruction" in types(run, "Bupati Sleman Kustini Sri Purnomo mengatakan, gudang kotak suara harus dijaga "
                                       "polisi setiap malam.")
    assert "sanction_warning" in types(run, "Wali Kota Bogor Dedie Rachim mengatakan, pegawai yang bolos setelah Lebaran "
                                            "akan dikenai sanksi.")
    assert "instruction" not in types(run, "Bupati Sleman Kustini Sri Purnomo mengatakan warga tidak harus mengungsi.")


def test_a_policy_with_no_signing_day_is_dated_the_day_it_took_effect(run):
    """ "... surat edaran yang mulai berlaku Selasa (3/6)", "berlaku sejak Senin (2/6/2025)": the start of the rule, when
    the text gives no day of signing; a period it runs for ("berlaku hingga ...") dates nothing."""
    for text, want in (
            ("Bupati Sleman Kustini Sri Purnomo, Rabu (4/6/2025), mengatakan larangan itu tertuang dalam surat edaran "
             "bupati yang mulai berlaku Selasa (3/6/2025).", "2025-06-03"),
            ("Wali Kota Bogor Dedie Rachim menerbitkan surat edaran tentang pemilahan sampah. Surat edaran itu berlaku "
             "sejak Senin (2/6/2025) di seluruh kelurahan.", "2025-06-02"),
            ("Wali Kota Bogor Dedie Rachim menerbitkan surat edaran tentang pemilahan sampah, Kamis (5/6/2025). Surat "
             "edaran itu berlaku hingga 30 Juni 2025.", "2025-06-05")):
        got = [d["date"] for d in policies(run, text, "2025-06-06")]
        assert got == [want], (text, got)


def test_a_threat_to_report_to_the_police_is_a_sanction_warning(run):
    """ "akan kami laporkan ke polisi", "akan dilaporkan ke aparat penegak hukum" (with the breach named): a threat;
    asking people to report to the police is oversight."""
    for text in ('"Kalau masih ada yang menjual miras, akan kami laporkan ke polisi," kata Bupati Sleman Kustini Sri Purnomo.',
                 "Wali Kota Bogor Dedie Rachim mengatakan pegawai yang terlibat pungli akan dilaporkan ke aparat penegak "
                 "hukum."):
        assert "sanction_warning" in types(run, text), (text, directives(run(text)))
    got = types(run, "Bupati Sleman Kustini Sri Purnomo meminta warga melaporkan ke polisi bila melihat pencurian.")
    assert "oversight" in got and "sanction_warning" not in got, got


def test_a_numbered_instrument_is_its_authors_policy(run):
    # the instrument itself is a policy (SCHEMA: "the document itself"), dated by its number's year when
    # nothing else dates it, and credited to the office named in it or to the one who speaks of it
    found = run("Kepala Dinas Pendidikan Sleman Budi Santoso mengatakan, Surat Edaran Nomor 421/77/Disdik/2025 "
                "meminta sekolah meniadakan wisuda.", published="2025-06-03")["directives"]
    policy = [d for d in found if d["type"] == "policy"]
    assert [(d["issuer"], d["targets"], d["date"]) for d in policy] == [("Budi Santoso", ["sekolah"], "2025")]
    found = run("Pj Wali Kota Bogor Hery Antasari meminta sekolah tidak menggelar study tour. Larangan itu juga dimuat "
                "dalam Instruksi Wali Kota Bogor Nomor 3 Tahun 2025.")["directives"]
    assert ("Hery Antasari", "policy") in directives({"directives": found})
    # an instrument cited as the basis of something else, or one of others, is no policy of the speaker
    for text in ("Bupati Sleman Harda Kiswaya mengatakan, berdasarkan SE Nomor 800/12/2025, ASN wajib netral.",
                 "Sesuai Surat Edaran Nomor 100/2025, Bupati Sleman Harda Kiswaya meminta camat siaga."):
        assert "policy" not in types(run, text), text


def test_an_office_with_its_holder_in_commas_speaks_the_sentence_after(run):
    """ "Kepala Dinas X, Budi Santoso, mengatakan ...": the comma closing the apposition stands before the say-verb;
    the holder is the sentence's speaker, so the next sentence's rule is theirs too."""
    for text, who in (
            ("Kepala Dinas Pertanian Kabupaten Sleman, Budi Santoso, mengatakan petugas akan memeriksa hewan di pasar. "
             "Pedagang wajib membawa surat keterangan sehat.", "Budi Santoso"),
            ("Camat Depok, Sri Wahyuni, menjelaskan pendaftaran dibuka sampai Jumat. Warga wajib membawa kartu keluarga.",
             "Sri Wahyuni"),
            ("Kapolres Sleman, AKBP Yuswanto Ardi, menegaskan razia digelar setiap malam. Pengendara dilarang membawa "
             "penumpang lebih dari satu.", "Yuswanto Ardi")):
        got = directives(run(text))
        assert any(i == who and t in ("instruction", "prohibition") for i, t in got), (text, got)


def test_enforcement_by_the_speaker_threatens_when_a_breach_is_named(run):
    """ "Kalau masih berjualan di trotoar, gerobaknya akan kami angkut": seizing, removing or breaking up is a threat
    when the sentence names the breach it punishes; alone ("sampah akan kami angkut setiap pagi") it is routine work."""
    for text in ('"Kalau masih berjualan di trotoar, gerobaknya akan kami angkut," kata Wali Kota Bogor Dedie Rachim.',
                 "Bupati Sleman Kustini Sri Purnomo mengatakan, jika masih ada tambang pasir di sungai, alatnya kami sita.",
                 '"Pedagang yang nekat berjualan di badan jalan langsung kami tertibkan," ujar Wali Kota Bogor Dedie Rachim.',
                 '"Apabila masih ada balap liar, pesertanya akan kami tangkap," kata Bupati Sleman Kustini Sri Purnomo.'):
        assert "sanction_warning" in types(run, text), (text, directives(run(text)))
    for text in ("Gubernur Jambi Al Haris mengatakan dinas akan mengevaluasi kepala sekolah yang tidak mematuhi edaran itu.",
                 "Bupati Sleman Kustini Sri Purnomo mengatakan pemkab akan menutup tempat hiburan yang nekat buka saat Ramadan.",
                 "Wali Kota Bogor Dedie Rachim mengatakan Satpol PP akan membongkar lapak yang masih berdiri di trotoar."):
        assert "sanction_warning" in types(run, text), (text, directives(run(text)))
    for text in ("Wali Kota Bogor Dedie Rachim mengatakan pemkot akan mengevaluasi program bantuan pangan tahun ini.",
                 "Bupati Sleman Kustini Sri Purnomo mengatakan pihaknya akan menutup sementara jalan itu.",
                 '"Sampah di pinggir jalan akan kami angkut setiap pagi," kata Wali Kota Bogor Dedie Rachim.',
                 '"Besok lapak-lapak di alun-alun akan kami tertibkan," ujar Bupati Sleman Kustini Sri Purnomo.'):
        assert "sanction_warning" not in types(run, text), text


def test_a_request_conveyed_to_a_group_is_an_appeal(run):
    """ "menyampaikan kepada para camat agar ...": conveying to a group what it is to do is a request (oversight when
    what it is to do is watching); telling the press or the public a fact is not."""
    for text, want in (
            ("Bupati Sleman Kustini Sri Purnomo menyampaikan kepada para camat agar menyiapkan posko banjir.", "appeal"),
            ('"Kami sudah sampaikan kepada seluruh kepala sekolah supaya tidak memungut biaya wisuda," kata Wali Kota '
             "Bogor Dedie Rachim.", "appeal"),
            ('"Saya sampaikan kepada seluruh kepala perangkat daerah untuk melakukan pengecekan kehadiran pegawai," kata '
             "Gubernur Jambi Al Haris.", "oversight")):
        assert want in types(run, text), (text, directives(run(text)))
    for text in ("Bupati Sleman Kustini Sri Purnomo menyampaikan kepada wartawan agar tidak salah kutip.",
                 "Wali Kota Bogor Dedie Rachim menyampaikan kepada warga bahwa bantuan sudah cair."):
        assert directives(run(text)) == [], text


def test_more_verbs_of_ordering_and_asking(run):
    """ "mengarahkan X untuk", "menugasi", "mengultimatum", "memberi tenggat kepada", "menitipkan pesan ... agar"."""
    for text, want in (
            ("Bupati Sleman Kustini Sri Purnomo mengarahkan para camat untuk menyiapkan posko pengungsian.", "instruction"),
            ("Wali Kota Bogor Dedie Rachim menugasi Dinas PUPR memperbaiki jalan berlubang.", "instruction"),
            ("Gubernur Jambi Al Haris mengultimatum perusahaan sawit untuk memperbaiki jalan dalam sepekan.", "instruction"),
            ("Bupati Sleman Kustini Sri Purnomo memberi tenggat kepada pengembang hingga akhir bulan untuk melengkapi "
             "izin.", "instruction"),
            ("Gubernur Jambi Al Haris menitipkan pesan kepada para kepala desa agar dana desa dikelola secara "
             "transparan.", "appeal")):
        assert want in types(run, text), (text, directives(run(text)))
    # steering aid, or a misconduct described, orders nobody
    for text in ("Bupati Sleman Kustini Sri Purnomo mengarahkan bantuan ke lokasi banjir.",
                 "Wali Kota Bogor Dedie Rachim mengatakan kepala desa itu terbukti mengarahkan warga untuk memilih calon "
                 "tertentu."):
        assert "instruction" not in types(run, text), text


def test_a_directive_denied_is_none(run):
    """ "membantah telah melarang ...", "menampik ...": the act is denied, so nobody is directed."""
    for text in ("Wali Kota Bogor Dedie Rachim membantah telah melarang ojek online beroperasi di Stasiun Bogor.",
                 "Bupati Sleman Kustini Sri Purnomo menampik tudingan bahwa pihaknya menginstruksikan camat memenangkan "
                 "calon tertentu.",
                 "Gubernur Jambi Al Haris menepis kabar bahwa ASN diwajibkan menyumbang untuk acara itu."):
        assert directives(run(text)) == [], (text, directives(run(text)))


def test_permission_is_oversight_only_when_it_invites_reports(run):
    """ "mempersilakan warga melapor": a complaint channel; "mempersilakan warga menggelar takbir keliling": a permission."""
    assert "oversight" in types(run, "Bupati Sleman Kustini Sri Purnomo mempersilakan warga melapor bila ada pungli.")
    assert "oversight" in types(run, "Wali Kota Bogor Dedie Rachim mempersilakan masyarakat yang dirugikan untuk "
                                     "mengadukan ke posko.")
    assert directives(run("Gubernur Jambi Al Haris mempersilakan warga menggelar takbir keliling asalkan tertib.")) == []


def test_a_request_in_a_relative_clause_of_citizens_is_theirs(run):
    """ "mendengarkan aspirasi warga yang meminta ...": the citizens ask, not the official who listens."""
    for text in ("Dalam rapat itu, Bupati Sleman Kustini Sri Purnomo mendengarkan aspirasi warga yang meminta jalan desa "
                 "segera diaspal.",
                 "Wali Kota Bogor Dedie Rachim menerima perwakilan pedagang yang meminta pasar direnovasi."):
        assert directives(run(text)) == [], (text, directives(run(text)))
    assert "appeal" in types(run, "Bupati Sleman Kustini Sri Purnomo meminta warga yang tinggal di bantaran sungai "
                                  "waspada.")


def test_a_cue_inside_a_demand_of_citizens_is_part_of_it(run):
    """ "mahasiswa yang mendesak pemkot mencabut izin tambang": what they demand is no directive of the official
    they meet; after a comma the official's own clause directs again."""
    for text in ("Wali Kota Bogor Dedie Rachim menemui mahasiswa yang mendesak pemkot mencabut izin tambang.",
                 "Ratusan warga menuntut Bupati Sleman Kustini Sri Purnomo melarang truk tambang melintas."):
        assert directives(run(text)) == [], (text, directives(run(text)))
    assert "prohibition" in types(run, "Menanggapi warga yang meminta jalan diperbaiki, Bupati Sleman Kustini Sri "
                                       "Purnomo melarang truk tambang melintas.")


def test_a_quote_attributed_by_a_verb_of_asking(run):
    """ '"...," pesan Bupati X', 'ajak Wali Kota Y', 'harapnya', 'imbau Z': the quote is theirs."""
    for text, who in (('"ASN jangan ikut-ikutan menyebarkan hoaks," pesan Bupati Sleman Kustini Sri Purnomo.',
                       "Kustini Sri Purnomo"),
                      ('"Warga wajib memilah sampah dari rumah," ajak Wali Kota Bogor Dedie Rachim.', "Dedie Rachim"),
                      ('"Pedagang tidak boleh menaikkan harga seenaknya," imbau Gubernur Jambi Al Haris.', "Al Haris")):
        got = directives(run(text))
        assert any(i == who for i, _ in got), (text, got)


def test_an_order_named_as_the_basis_leaves_the_speakers_own_order(run):
    """ "sesuai arahan Gubernur DIY, seluruh OPD wajib ...": the Gubernur's order is named, and the speaker still gives
    an order of the same type; the office after a directive noun is not the subject of the next cue."""
    for text, who in (("Bupati Sleman Kustini Sri Purnomo mengatakan, sesuai arahan Gubernur DIY, seluruh OPD wajib "
                       "menyiapkan posko mudik.", "Kustini Sri Purnomo"),
                      ("Wali Kota Bogor Dedie Rachim mengatakan, menindaklanjuti instruksi Gubernur Jawa Barat, camat "
                       "wajib menyiapkan tenda pengungsian.", "Dedie Rachim")):
        got = directives(run(text))
        assert (who, "instruction") in got, (text, got)


def test_threats_of_facing_the_law(run):
    """ "akan berurusan dengan hukum", "bakal diseret ke meja hijau", "bisa dijerat pasal ...": a threat with a modal;
    a charge already brought ("telah dijerat pasal pencurian") threatens nobody."""
    for text in ("Bupati Sleman Kustini Sri Purnomo mengatakan kepala desa yang menyelewengkan dana desa akan berurusan "
                 "dengan hukum.",
                 "Wali Kota Bogor Dedie Rachim mengatakan pedagang yang menjual daging gelonggongan bakal diseret ke meja "
                 "hijau.",
                 "Gubernur Jambi Al Haris mengingatkan, pembakar lahan bisa dijerat pidana."):
        assert "sanction_warning" in types(run, text), (text, directives(run(text)))
    assert directives(run("Kapolres Sleman AKBP Yuswanto Ardi mengatakan tersangka telah dijerat pasal pencurian.")) == []


def test_a_lower_case_office_as_subject_is_its_named_holder(run):
    # news repeats the office in lower case once the holder is named: "Dalam rapat itu, bupati meminta ..."
    for text, who in (("Bupati Sleman Harda Kiswaya memimpin rapat banjir. Dalam rapat itu, bupati meminta camat siaga.",
                       "Harda Kiswaya"),
                      ("Wali Kota Bogor Dedie Rachim meninjau pasar. Selain itu, wali kota juga melarang pedagang "
                       "menaikkan harga.", "Dedie Rachim")):
        assert who in {d["issuer"] for d in run(text)["directives"]}, text
    # ... but not an office held by many ("seluruh bupati", "setiap bupati")
    for text in ("Gubernur Jambi Al Haris meninjau lokasi. Seluruh bupati meminta bantuan dana.",
                 "Bupati Sleman Harda Kiswaya hadir. Setiap bupati melarang pembakaran lahan di wilayahnya."):
        assert run(text)["directives"] == [], text


def test_a_lower_case_office_after_a_cue_is_addressed_not_the_issuer(run):
    found = run("Gubernur Jambi Al Haris meminta bupati menjaga kebersihan lingkungan. Bupati Muaro Jambi Bambang "
                "Bayu Suseno hadir dalam rapat itu.")["directives"]
    assert [(d["issuer"], d["targets"]) for d in found] == [("Al Haris", ["bupati"])]
