"""Seventh round of directive types, on sentences we wrote in the style of regional news (several
wordings each): which clause is a directive and of which type (policies decided without an
instrument word, threats named by what is lost, hopes and reports that direct nobody)."""

from tests.extract.conftest import directives


def types(run, text: str) -> set[str]:
    return {t for _, t in directives(run(text))}


def test_fees_and_opening_hours_set_by_the_government_are_policies(run):
    for text in ("Wali Kota Padang Fadly Amran menaikkan tarif parkir di kawasan Pantai Padang menjadi Rp5.000.",
                 "Wali Kota Pangkalpinang Budi Utama membebaskan denda PBB bagi wajib pajak yang melunasi tunggakan.",
                 "Bupati Buton Alimin menghapus pungutan uang komite di seluruh SMP negeri.",
                 "Bupati Kendal Dico Ganinduto menurunkan retribusi los pasar selama masa renovasi.",
                 "Wali Kota Banda Aceh Illiza Sa'aduddin Djamal menetapkan jam operasional warung kopi paling lambat "
                 "pukul 24.00 WIB.",
                 "Gubernur Jawa Barat Dedi Mulyadi menetapkan UMK 2026 untuk 27 kabupaten dan kota.",
                 "Pemprov Jawa Tengah menetapkan harga eceran tertinggi elpiji 3 kilogram, kata Gubernur Jateng Ahmad Luthfi.",
                 "Pemkot Makassar resmi menerapkan sistem parkir nontunai mulai Senin, kata Wali Kota Makassar Munafri "
                 "Arifuddin.",
                 "Wali Kota Manado Andrei Angouw mengumumkan penutupan sementara Pasar Bersehati selama renovasi.",
                 "Bupati Kudus Sam'ani Intakoris memutuskan penundaan kenaikan tarif air PDAM hingga akhir tahun."):
        assert "policy" in types(run, text), text
    for text in ("Bupati Kendal Dico Ganinduto mengatakan pedagang menaikkan harga cabai menjelang Lebaran.",
                 "Bupati Buton Alimin meminta sekolah menghapus foto siswa dari media sosial.",
                 "Wali Kota Manado Andrei Angouw mengumumkan pemenang lomba kebersihan pasar."):
        assert "policy" not in types(run, text), text


def test_losses_named_after_their_verb_and_reports_to_prosecutors_threaten(run):
    for text in ("Pj Wali Kota Lhokseumawe A Hanan mengatakan pegawai kontrak yang bolos lebih dari tiga hari tidak akan "
                 "diperpanjang kontraknya.",
                 '"Kalau ada kepala kampung yang main-main dengan dana desa, saya serahkan ke jaksa," kata Bupati Manokwari '
                 "Hermus Indou.",
                 "Gubernur Bali Wayan Koster mengatakan bagi pelaku usaha yang melanggar, izin usahanya akan ditinjau ulang.",
                 "Pj Bupati Muara Enim Edison menegaskan perusahaan tambang yang melanggar jam angkut akan dihentikan "
                 "operasionalnya.",
                 "Kepala Dinas Pendidikan Sultra Asrun Lio mengatakan sekolah yang masih memungut biaya seragam akan kami "
                 "laporkan ke inspektorat."):
        assert "sanction_warning" in types(run, text), text
    assert "sanction_warning" not in types(run, "Bupati Bone Andi Asman Sulaiman mengatakan 40 tenaga honorer tidak "
                                                 "diperpanjang kontraknya tahun ini karena anggaran terbatas.")


def test_the_speaker_reporting_a_breaker_sets_no_one_watching(run):
    text = ("Kepala Dinas Pendidikan Sultra Asrun Lio mengatakan sekolah yang masih memungut biaya seragam akan kami "
            "laporkan ke inspektorat.")
    assert "oversight" not in types(run, text)
    assert "oversight" in types(run, "Bupati Nabire Mesak Magai meminta warga melapor ke polisi jika melihat "
                                     "aktivitas mencurigakan.")


def test_a_hope_about_an_election_a_holiday_or_a_gift_asks_nobody(run):
    for text in ("Gubernur Jawa Tengah Ahmad Luthfi berharap Pilkada ulang berjalan aman dan damai.",
                 "Bupati Sikka Juventus Prima Yoris Kago berharap arus mudik tahun ini lancar tanpa kecelakaan.",
                 "Bupati Jember Muhammad Fawait berharap bantuan bibit jagung ini dapat meningkatkan hasil panen petani.",
                 "Wali Kota Cilegon Robinsar berharap kehadiran pasar modern tidak mematikan pasar tradisional.",
                 "Ketua KPU Papua Diana Simbiak berharap partisipasi pemilih dalam pemungutan suara ulang tinggi.",
                 "Bupati Grobogan Setyo Hadi berharap produksi padi tahun ini melampaui target."):
        assert "appeal" not in types(run, text), text
    for text in ("Bupati Lombok Timur Haerul Warisin berharap masyarakat tetap menjaga kondusivitas menjelang Pilkada.",
                 "Bupati Jember Muhammad Fawait berharap bantuan bibit jagung itu dimanfaatkan petani sebaik-baiknya."):
        assert "appeal" in types(run, text), text


def test_punishments_named_by_court_jail_transfer_or_inspectorate_threaten_a_named_breach(run):
    for text in ("Pj Bupati Bireuen Jalaluddin mengatakan pemilik warung yang masih membuka usaha saat salat Jumat akan "
                 "dikenakan hukuman cambuk sesuai qanun.",
                 "Bupati Sintang Gregorius Herkulanus Bala mengatakan warga yang membakar ladang tanpa izin bisa dipenjara.",
                 "Bupati Enrekang Muh Yusuf Ritangnga mengatakan, guru yang tidak masuk tanpa keterangan akan dipanggil "
                 "dan diperiksa Inspektorat.",
                 "Bupati Malaka Stefanus Bria Seran mengatakan, pegawai yang tidak disiplin akan dipindahkan ke daerah "
                 "terpencil.",
                 "Gubernur NTT Melki Laka Lena mengatakan kepala sekolah yang masih menahan ijazah siswa akan berhadapan "
                 "dengan saya."):
        assert "sanction_warning" in types(run, text), text
    for text in ("Bupati Sintang Gregorius Herkulanus Bala mengatakan mantan kades itu sudah dipenjara tahun lalu.",
                 "Bupati Malaka Stefanus Bria Seran mengatakan warga korban banjir akan dipindahkan ke rumah susun.",
                 "Bupati Enrekang Muh Yusuf Ritangnga mengatakan laporan keuangan desa akan diperiksa Inspektorat."):
        assert "sanction_warning" not in types(run, text), text


def test_a_policy_verb_that_a_request_asks_for_is_the_request(run):
    for text in ("Bupati Bogor Rudy Susmanto meminta Kepala Dinas Pendidikan meliburkan sekolah yang terdampak banjir.",
                 "Gubernur Bali Wayan Koster mengimbau pengelola objek wisata menutup sementara kawasan tebing yang longsor.",
                 "Wali Kota Bima Muhammad Rum menginstruksikan Dinas Perhubungan menggratiskan parkir di rumah sakit."):
        found = types(run, text)
        assert "policy" not in found and found & {"appeal", "instruction"}, (text, found)
    text = ("Surat edaran yang ditandatangani Gubernur Sumbar Mahyeldi itu meminta seluruh sekolah meniadakan perpisahan "
            "di hotel.")
    assert "policy" in types(run, text)


def test_checks_inspections_and_field_visits_asked_for_are_oversight(run):
    for text in ("Bupati Sumenep Achmad Fauzi Wongsojudo meminta camat turun ke lapangan untuk memastikan penyaluran "
                 "bansos tepat sasaran.",
                 "Wali Kota Batu Nurochman menggelar inspeksi ke sejumlah hotel untuk memastikan izin dan kelayakan "
                 "bangunan.",
                 "Bupati Sleman Harda Kiswaya meminta Dinas Perdagangan mengecek ketersediaan stok bahan pokok di pasar.",
                 "Bupati Pati Sudewo meminta camat mengecek langsung kondisi rumah tidak layak huni di wilayahnya."):
        assert "oversight" in types(run, text), text
    for text in ("Bupati Magetan Nanik Endang Rusminiarti menginstruksikan dinas kesehatan menggelar pemeriksaan kesehatan "
                 "gratis bagi lansia.",
                 "Bupati Pacitan Indrata Nur Bayuaji turun ke lapangan membagikan bantuan kepada korban banjir.",
                 "Wali Kota Batu Nurochman melakukan inspeksi upacara dalam peringatan Hari Bhayangkara."):
        assert "oversight" not in types(run, text), text


def test_a_past_event_recalled_or_a_loss_undergone_directs_nobody(run):
    for text in ("Bupati Labuhanbatu Maya Hasmita mengingatkan bahwa tahun lalu banjir merendam 12 desa di wilayah itu.",
                 "Gubernur Riau Abdul Wahid mengingatkan, beberapa tahun lalu kabut asap melumpuhkan penerbangan.",
                 "Gubernur Lampung Rahmat Mirzani Djausal mengatakan, petani singkong harus menerima harga rendah karena "
                 "pabrik membatasi pembelian."):
        assert not types(run, text) & {"appeal", "instruction"}, text
    for text in ("Bupati Labuhanbatu Maya Hasmita mengingatkan warga di bantaran sungai agar waspada banjir.",
                 "Gubernur Lampung Rahmat Mirzani Djausal mengatakan, pabrik harus menerima singkong petani dengan harga "
                 "yang layak."):
        assert types(run, text) & {"appeal", "instruction"}, text


def test_a_request_to_carry_out_an_order_or_rule_is_an_instruction(run):
    for text in ("Gubernur Kalimantan Selatan Muhidin meminta para bupati menindaklanjuti surat edaran tentang karhutla.",
                 "Bupati Tabalong Muhammad Noor Rifani meminta camat melaksanakan instruksi bupati soal gotong royong.",
                 "Wali Kota Banjarbaru Erna Lisa Halaby meminta seluruh lurah menjalankan kebijakan tersebut dengan "
                 "sungguh-sungguh."):
        assert "instruction" in types(run, text), text
    text = "Bupati Tabalong Muhammad Noor Rifani meminta warga menjaga kebersihan sungai."
    assert "instruction" not in types(run, text)


def test_regional_and_spoken_ways_to_forbid(run):
    for text in ('"ASN ndak boleh ikut kampanye, itu aturan," kata Wali Kota Surakarta Respati Ardi.',
                 '"Pegawai seng boleh pulang sebelum jam kerja selesai," kata Wali Kota Ambon Bodewin Wattimena.',
                 '"Anak sekolah sonde boleh bawa motor ke sekolah," kata Wali Kota Kupang Christian Widodo.',
                 "Bupati Kukar Edi Damansyah mengharamkan ASN menerima gratifikasi dalam bentuk apa pun.",
                 "Bupati Bandung Barat Jeje Ritchie Ismail menegaskan, pungli di sekolah haram hukumnya.",
                 '"Saya tidak mau ada lagi proyek yang terlambat," ujar Wali Kota Ternate Tauhid Soleman.'):
        assert "prohibition" in types(run, text), text
    for text in ('"Saya tidak mau ada warga yang kelaparan," kata Bupati Lebak Hasbi Jayabaya.',
                 '"Kepala sekolah tidak usah menjual seragam," ujar Wali Kota Makassar Munafri Arifuddin.'):
        assert "prohibition" not in types(run, text), text
    # "tidak usah" advises (an appeal), as "nggak usah pakai balap liar" goes with the request it follows
    assert "appeal" in types(run, '"Kepala sekolah tidak usah menjual seragam," ujar Wali Kota Makassar Munafri Arifuddin.')


def test_good_wishes_and_asking_for_prayers_direct_nobody(run):
    for text in ("Bupati Sumba Timur Umbu Lili Pekuwali berharap para wisudawan dapat meraih kesuksesan di masa depan.",
                 "Bupati Bojonegoro Setyo Wahono berharap semoga para jemaah haji diberi kesehatan dan kembali ke tanah "
                 "air dengan selamat.",
                 "Bupati Bangka Barat Markus meminta doa restu masyarakat agar dapat menjalankan amanah dengan baik."):
        assert "appeal" not in types(run, text), text
    text = "Bupati Sumba Timur Umbu Lili Pekuwali berharap para wisudawan kembali membangun kampung halaman."
    assert "appeal" in types(run, text)


def test_a_sanction_for_whoever_breaks_a_rule_or_as_the_rule_says_threatens(run):
    for text in ("Bupati Seruyan Ahmad Selanorwanda mengatakan ada sanksi tegas bagi kepala desa yang tidak netral.",
                 '"Sanksinya sesuai PP 94 Tahun 2021 tentang disiplin PNS," kata Bupati Tanah Laut Rahmat Trianto.',
                 "Bupati Halmahera Utara Piet Hein Babua mengatakan kepala desa yang tidak menyerahkan LPJ, dana desa "
                 "tahap berikutnya tidak akan dicairkan.",
                 "Bupati Way Kanan Ayu Asalasiyah mengatakan, sekolah yang menahan ijazah harus siap menerima "
                 "konsekuensinya.",
                 "Bupati Barito Kuala Bahrul Ilmi menegaskan pihaknya tidak akan memberi ruang bagi penambang ilegal."):
        assert "sanction_warning" in types(run, text), text
    text = ("Bupati Way Kanan Ayu Asalasiyah mengatakan, sekolah yang menahan ijazah harus siap menerima "
            "konsekuensinya.")
    assert "instruction" not in types(run, text)
    for text in ("Bupati Seruyan Ahmad Selanorwanda mengatakan sanksi bagi kepala desa itu sudah dijatuhkan bulan lalu.",
                 "Bupati Tanah Laut Rahmat Trianto mengatakan pelatihan untuk guru yang baru diangkat digelar pekan depan."):
        assert "sanction_warning" not in types(run, text), text


def test_threats_worded_as_no_favours_blame_or_a_report_with_the_wrongdoer_named(run):
    for text in ('"Kalau masih ada yang jualan di trotoar, jangan salahkan kami kalau dagangannya diangkut," kata Wali Kota '
                 "Pasuruan Adi Wibowo.",
                 "Bupati Ogan Ilir Panca Wijaya Akbar mengatakan pihaknya tidak akan pandang bulu terhadap kepala desa yang "
                 "menyelewengkan dana desa.",
                 "Bupati Sambas Satono menyebut, perusahaan sawit yang tidak membangun kebun plasma bisa kehilangan "
                 "HGU-nya.",
                 "Bupati Lombok Tengah Lalu Pathul Bahri mengatakan, oknum kepala desa yang meminta fee proyek akan "
                 "dilaporkan ke kejaksaan."):
        assert "sanction_warning" in types(run, text), text
    text = ('"Kalau masih ada yang jualan di trotoar, jangan salahkan kami kalau dagangannya diangkut," kata Wali Kota '
            "Pasuruan Adi Wibowo.")
    assert "prohibition" not in types(run, text)
    text = ("Bupati Lombok Tengah Lalu Pathul Bahri mengatakan, oknum kepala desa yang meminta fee proyek akan "
            "dilaporkan ke kejaksaan.")
    assert "appeal" not in types(run, text)
    assert "sanction_warning" not in types(run, "Bupati Kebumen Lilis Nuryani mengatakan pembagian bantuan dilakukan "
                                                 "tanpa pandang bulu.")


def test_an_order_given_through_a_circular_is_also_the_circulars_policy(run):
    for text in ("Pj Bupati Aceh Besar Muhammad Iswanto mewajibkan ASN berbusana muslim setiap Jumat melalui surat edaran.",
                 "Wali Kota Parepare Tasming Hamid melarang sekolah menggelar wisuda lewat SE yang diteken Senin."):
        found = types(run, text)
        assert "policy" in found and found & {"instruction", "prohibition"}, (text, found)


def test_telling_someone_to_act_is_an_instruction(run):
    for text in ("Bupati Pemalang Anom Widiyantoro menyuruh para lurah membersihkan saluran air sebelum musim hujan.",
                 '"Saya suruh kepala dinas turun membantu warga," kata Bupati Pemalang Anom Widiyantoro.'):
        assert "instruction" in types(run, text), text
    text = "Bupati Pemalang Anom Widiyantoro mengatakan pedagang itu disuruh pulang oleh petugas keamanan pasar."
    assert "instruction" not in types(run, text)


def test_a_ban_given_to_a_group_is_a_prohibition_not_an_instrument(run):
    text = "Bupati Belu Willybrodus Lay mengeluarkan larangan bagi warga untuk membawa senjata tajam saat pesta adat."
    assert "prohibition" in types(run, text)
    text = "Bupati Belu Willybrodus Lay mengeluarkan surat edaran bagi warga tentang pesta adat."
    assert "prohibition" not in types(run, text)
