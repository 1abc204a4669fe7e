"""Sixth round of directive phenomena, on sentences we wrote (several wordings each): threats named
by what the breaker stands to lose, oversight worded as inspections, complaint lines and teams, and
(further below) policies issued and hopes that direct nobody."""

from tests.extract.conftest import directives


def types(run, text: str) -> set[str]:
    return {t for _, t in directives(run(text))}


def test_a_loss_or_a_court_named_for_whoever_breaks_the_rule_threatens(run):
    for text in ('"Lurah yang ketahuan memihak salah satu calon bisa kehilangan jabatannya," kata Wali Kota Madiun Maidi.',
                 "Bupati Kendal Dico Ganinduto mengatakan pengusaha karaoke yang melanggar jam buka terancam kehilangan izin.",
                 '"Kalau masih ada yang menambang pasir di sungai, kami bawa ke ranah hukum," kata Bupati Magelang Grengseng Pamuji.',
                 "Bupati Jember Muhammad Fawait mengatakan pelanggar perda ketertiban akan disidang tipiring.",
                 '"Siapa pun yang nekat membakar lahan harus siap menanggung akibatnya," kata Gubernur Riau Abdul Wahid.',
                 "Wali Kota Bekasi Tri Adhianto menegaskan tidak ada ampun bagi lurah yang terlibat pungutan liar.",
                 '"Kalau tetap membandel, izin trayeknya kami bekukan," ujar Bupati Banyumas Sadewo Tri Lastiono.',
                 "Bupati Klaten Hamenang Wajar Ismoyo mengatakan insentif guru yang sering bolos akan ditunda.",
                 '"Jika masih ada pungutan di sekolah, kami serahkan ke aparat penegak hukum," ujar Bupati Ngawi Ony Anwar.',
                 "Wali Kota Tegal Dedy Yon Supriyono mengatakan pemkot akan mengambil langkah tegas jika pedagang kembali "
                 "berjualan di trotoar."):
        assert "sanction_warning" in types(run, text), text


def test_a_loss_or_a_court_with_no_breach_named_threatens_nobody(run):
    for text in ("Bupati Kendal Dico Ganinduto mengatakan ratusan buruh pabrik tekstil kehilangan pekerjaan tahun ini.",
                 "Wali Kota Bekasi Tri Adhianto mengatakan kasus korupsi pasar itu sudah masuk ranah hukum.",
                 "Bupati Jember Muhammad Fawait mengatakan festival itu memberi efek positif bagi pedagang.",
                 "Gubernur Riau Abdul Wahid mengatakan pemprov akan mengambil langkah tegas untuk mempercepat perbaikan jalan."):
        assert "sanction_warning" not in types(run, text), text


def test_inspections_complaint_lines_and_teams_as_oversight(run):
    for text in ("Bupati Magetan Nanik Endang Rusminiarti menurunkan tim gabungan untuk merazia tempat hiburan malam.",
                 "Bupati Bangka Mulkan sidak ke RSUD Depati Bahrin untuk mengecek pelayanan pasien.",
                 "Wali Kota Salatiga Robby Hernawan mengatakan orang tua yang dimintai pungutan dapat menghubungi "
                 "nomor pengaduan dinas pendidikan.",
                 "Bupati Bojonegoro Setyo Wahono mengatakan warga bisa menyampaikan keluhan lewat aplikasi pengaduan.",
                 "Bupati Jember Muhammad Fawait memerintahkan pengawasan ketat terhadap penyaluran pupuk bersubsidi.",
                 '"Kami sudah bentuk tim pemantau harga sembako," ujar Bupati Ngawi Ony Anwar.',
                 "Bupati Banyumas Sadewo Tri Lastiono menempatkan petugas di setiap pintu masuk objek wisata Baturraden "
                 "untuk pengawasan."):
        assert "oversight" in types(run, text), text
    for text in ("Bupati Bangka Mulkan mengatakan sidak itu digelar sebulan sekali.",
                 "Wali Kota Salatiga Robby Hernawan mengatakan warga sulit menghubungi petugas saat banjir.",
                 "Bupati Banyumas Sadewo Tri Lastiono menempatkan petugas kebersihan di setiap pintu masuk objek wisata."):
        assert "oversight" not in types(run, text), text


def test_policies_issued_with_more_verbs(run):
    for text in ("Bupati Magetan Nanik Endang Rusminiarti resmi mengesahkan peraturan bupati tentang penataan pasar hewan.",
                 "Wali Kota Batu Nurochman merilis surat edaran tentang jam buka tempat karaoke selama Ramadan.",
                 "Bupati Kendal Dico Ganinduto menetapkan jam kerja ASN selama bulan puasa mulai pukul 08.00.",
                 "Gubernur Bengkulu Helmi Hasan mengedarkan instruksi gubernur kepada para bupati soal penanganan inflasi."):
        assert "policy" in types(run, text), text
    for text in ("Bupati Magetan Nanik Endang Rusminiarti mengesahkan pengurus baru karang taruna.",
                 "Wali Kota Batu Nurochman merilis data kunjungan wisatawan selama libur sekolah."):
        assert "policy" not in types(run, text), text


def test_a_hope_about_events_asks_nobody(run):
    for text in ("Bupati Magetan Nanik Endang Rusminiarti berharap festival kopi itu menjadi agenda tahunan.",
                 '"Saya berharap pembangunan pasar rampung sebelum Lebaran," kata Bupati Bangka Mulkan.',
                 "Gubernur Bengkulu Helmi Hasan berharap, dengan adanya jalan baru, perekonomian desa ikut tumbuh.",
                 "Wali Kota Batu Nurochman berharap ke depan tidak ada lagi banjir di pusat kota.",
                 "Bupati Sleman Harda Kiswaya berharap kejadian serupa tidak terulang di sekolah lain."):
        assert "appeal" not in types(run, text), text
    for text in ("Bupati Magetan Nanik Endang Rusminiarti berharap warga ikut meramaikan festival kopi.",
                 '"Saya berharap para kontraktor menyelesaikan pasar sebelum Lebaran," kata Bupati Bangka Mulkan.',
                 "Gubernur Bengkulu Helmi Hasan berharap semua pihak menjaga kondusivitas selama pilkada."):
        assert "appeal" in types(run, text), text


def test_enforcement_announced_in_the_passive_threatens_without_a_condition(run):
    for text in ('"Truk yang parkir di bahu jalan juga akan dilakukan penindakan," kata Kepala Dishub Kota Bogor '
                 "Marse Hendra Saputra.",
                 '"Pengamen di lampu merah akan dilakukan penegakan perda," kata Kepala Satpol PP Kota Bandung Bambang Sukardi.'):
        assert "sanction_warning" in types(run, text), text
    # a closure or a clearance announced is no threat without a breach named
    assert "sanction_warning" not in types(run, "Bupati Sleman Harda Kiswaya mengatakan jalan itu akan dilakukan "
                                                 "penutupan selama perbaikan.")


def test_asking_that_an_activity_stop_forbids_it(run):
    for text in ("Bupati Bangka Mulkan meminta seluruh aktivitas tambang pasir di bantaran Sungai Baturusa segera dihentikan.",
                 '"Saya minta praktik pungutan di sekolah-sekolah negeri itu tidak lagi dilakukan," kata Bupati Ngawi Ony Anwar.',
                 "Gubernur Jambi Al Haris meminta agar penebangan liar di kawasan taman nasional yang sudah berlangsung "
                 "bertahun-tahun itu dihentikan."):
        assert "prohibition" in types(run, text), text
    for text in ("Bupati Bangka Mulkan meminta kegiatan posyandu di desa-desa terus dilanjutkan.",
                 "Gubernur Jambi Al Haris meminta warga menjaga kebersihan sungai."):
        got = types(run, text)
        assert "prohibition" not in got and "appeal" in got, text


def test_a_report_sent_up_to_a_superior_sets_no_one_watching(run):
    for text in ("Kepala Dinas Kesehatan Kota Kendari Rahminingrum melaporkan ke Wali Kota bahwa kasus DBD menurun.",
                 "Camat Depok Budi Santoso mengaku sudah melapor kepada Bupati Sleman Harda Kiswaya soal jalan yang rusak.",
                 "Kepala Dinas PUPR Sleman Taufiq Wahyudi langsung melaporkan kepada pimpinan setelah tanggul jebol."):
        assert "oversight" not in types(run, text), text
    for text in ('"Kalau ada pungutan liar, segera lapor ke Bupati," kata Camat Depok Budi Santoso.',
                 "Bupati Sleman Harda Kiswaya meminta camat melaporkan ke bupati setiap kerusakan tanggul."):
        assert "oversight" in types(run, text), text


def test_a_reminder_that_states_a_fact_directs_nobody(run):
    for text in ("Bupati Sleman Harda Kiswaya menekankan bahwa netralitas ASN merupakan fondasi pemilu yang jujur.",
                 "Gubernur Jambi Al Haris mengingatkan, Jambi pernah dilanda kabut asap parah pada 2015.",
                 "Wali Kota Bogor Dedie Rachim mengingatkan bahwa kebersihan adalah tanggung jawab bersama."):
        assert "appeal" not in types(run, text), text
    for text in ("Bupati Sleman Harda Kiswaya menekankan bahwa ASN harus netral karena netralitas merupakan amanat undang-undang.",
                 "Gubernur Jambi Al Haris mengingatkan warga agar tidak membakar lahan yang pernah terbakar."):
        assert types(run, text) & {"appeal", "instruction", "prohibition"}, text


def test_a_mistyped_cue_verb_still_directs(run):
    for text, want in (("Pj Bupati Maluku Tengah Rakib Sahubawa mengingtakan ASN agar menjaga netralitas.", "appeal"),
                       ("Bupati Sleman Harda Kiswaya menginstrusikan para camat menyalurkan bantuan beras.", "instruction"),
                       ("Wali Kota Bogor Dedie Rachim mealrang ASN memakai mobil dinas untuk mudik.", "prohibition")):
        assert want in types(run, text), text
    # words a letter away that are words of their own are left alone
    for text in ("Bupati Sleman Harda Kiswaya mengingat jasa para pahlawan.",
                 "Wali Kota Bogor Dedie Rachim mengajar di kampus setiap Sabtu."):
        assert directives(run(text)) == [], text


def test_a_sanction_awaiting_or_assured_threatens(run):
    for text in ("Wali Kota Bogor Dedie Rachim menegaskan sanksi tegas menanti pegawai yang terlibat judi online.",
                 "Bupati Sleman Harda Kiswaya memastikan memberi sanksi kepada lurah yang memungut biaya surat pindah."):
        assert "sanction_warning" in types(run, text), text
    assert "sanction_warning" not in types(run, "Wali Kota Bogor Dedie Rachim mengatakan warga masih menanti kejelasan "
                                                 "sanksi bagi kontraktor itu.")


def test_a_pledge_read_or_signed_is_a_policy_binding_the_group_it_names(run):
    got = run("Usai apel, Bupati Sleman Harda Kiswaya menyaksikan penandatanganan ikrar netralitas ASN yang diwakili "
              "para camat dan kepala sekolah.")["directives"]
    assert [(d["type"], d["targets"]) for d in got] == [("policy", ["ASN"])], got
    got = run("Rapat ditutup dengan pembacaan ikrar netralitas oleh seluruh kepala desa, kata Bupati Sleman Harda "
              "Kiswaya.")["directives"]
    assert [(d["type"], d["targets"]) for d in got] == [("policy", ["kepala desa"])], got
    # a pledge only talked about, with no reading or signing, is no policy
    assert "policy" not in types(run, "Bupati Sleman Harda Kiswaya mengatakan ikrar itu hanya formalitas.")


def test_tasks_letters_and_deadlines_given(run):
    for text, want in (("Wali Kota Bogor Dedie Rachim memberikan tugas kepada lurah untuk membersihkan saluran air.",
                        "instruction"),
                       ("Kepala Dinas Pendidikan Sleman Ery Widaryana mengatakan sekolah diberi waktu tiga hari untuk "
                        "mengembalikan pungutan.", "instruction"),
                       ("Gubernur Jambi Al Haris menyurati para bupati agar mempercepat penyaluran bantuan.", "appeal")):
        assert want in types(run, text), text
    for text in ("Gubernur Jambi Al Haris menyurati Menteri PUPR soal jalan nasional yang rusak.",
                 "Wali Kota Bogor Dedie Rachim mengatakan pemain diberi waktu istirahat sepekan."):
        assert directives(run(text)) == [], text
