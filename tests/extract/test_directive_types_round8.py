"""Eighth round of directive types, on sentences we wrote in the style of regional news: policies decided
or announced without an instrument word, orders to control, check or report as oversight, "Stop ..." as a
ban, and the near misses that must stay untyped. One row: the type, whether the sentence carries it, the text."""

import pytest

from tests.extract.conftest import directives

CASES = [
    # decisions, relocations, free services, permits stopped, quotas and systems set are policies
    ("policy", True, "Wali Kota Bandung Muhammad Farhan memutuskan sekolah belajar daring selama sepekan karena kabut asap."),
    ("policy", True, "Bupati Sigi Mohamad Rizal Intjenae memutuskan pasar hewan ditutup selama dua pekan."),
    ("policy", True, "Bupati Badung Wayan Adi Arnawa mengambil keputusan untuk menunda pungutan retribusi wisata."),
    ("policy", True, "Bupati Klungkung I Made Satria mengambil kebijakan meliburkan sekolah saat Nyepi desa."),
    ("policy", True, "Wali Kota Semarang Agustina Wilujeng merelokasi pedagang Pasar Johar ke lokasi sementara."),
    ("policy", True, "Bupati Bantul Abdul Halim Muslih mengatakan biaya berobat di puskesmas digratiskan bagi warga."),
    ("policy", True, "Bupati Kutai Kartanegara Edi Damansyah memastikan tidak ada lagi izin baru untuk tambang batu bara."),
    ("policy", True, "Gubernur Bali Wayan Koster menetapkan kuota pendakian Gunung Agung sebanyak 500 orang per hari."),
    ("policy", True, "Wali Kota Surabaya Eri Cahyadi memberlakukan parkir nontunai di seluruh tepi jalan mulai 1 Juli."),
    ("policy", False, "Bupati Jember Muhammad Fawait memutuskan untuk maju kembali dalam Pilkada tahun depan."),
    ("policy", False, "Kepala Dinas Kesehatan Sleman Cahya Purnama mengatakan langkah ini untuk memutuskan mata rantai penularan."),
    ("policy", False, "Bupati Tabanan Komang Gede Sanjaya mengatakan pihaknya tidak memberlakukan sistem ganjil genap."),
    ("policy", False, "Bupati Minahasa Robby Dondokambey meminta kepala dinas tidak ragu mengambil keputusan."),
    # closures announced, places and days designated, arrears waived, incentives raised
    ("policy", True, "Bupati Garut Abdusy Syakur Amin menyatakan pasar hewan ditutup selama dua pekan untuk mencegah "
                     "penyakit mulut dan kuku."),
    ("policy", True, "Bupati Sumbawa Syarafuddin Jarot menetapkan Desa Labuhan sebagai kawasan zona merah tambang."),
    ("policy", True, "Pj Gubernur Papua Tengah Ribka Haluk menetapkan hari libur daerah pada 15 Agustus."),
    ("policy", True, "Gubernur Jawa Barat Dedi Mulyadi menghapus tunggakan pajak kendaraan bermotor hingga Juni."),
    ("policy", True, "Bupati Tulungagung Gatut Sunu Wibowo menaikkan insentif guru ngaji menjadi Rp500 ribu per bulan."),
    ("policy", False, "Bupati Cianjur Mohammad Wahyu Ferdian mengatakan jalan provinsi itu ditutup total akibat longsor."),
    ("policy", False, "Kapolres Bogor AKBP Rio Wahyu Anggoro menetapkan dua orang sebagai tersangka pungli."),
    ("policy", False, "Camat Samarinda Ulu Maya Sari mengatakan puskesmas menyediakan pemeriksaan darah gratis bagi warga."),
    # regional abbreviations of instruments
    ("policy", True, "Wali Kota Yogyakarta Hasto Wardoyo memberlakukan Perwal Nomor 5 Tahun 2025 tentang pengelolaan sampah."),
    ("policy", True, "Bupati Jember Muhammad Fawait menerbitkan Inbup tentang gerakan tanam pohon di sekolah."),
    ("policy", True, "Gubernur Bengkulu Helmi Hasan menandatangani Ingub tentang percepatan penanganan stunting."),
    ("policy", True, "Bupati Kulon Progo Agung Setyawan mengesahkan Perkada tentang kawasan tanpa rokok."),
    # orders to control others, to check how funds or work are handled, and duties to report
    ("oversight", True, "Bupati Klaten Sri Mulyani meminta para camat mengontrol kehadiran ASN di kantor kecamatan."),
    ("oversight", True, "Wali Kota Blitar Syauqul Muhibbin memerintahkan Satpol PP melakukan kontrol ke tempat hiburan malam."),
    ("oversight", False, "Bupati Klaten Sri Mulyani meminta warga mengontrol emosi saat antre bantuan."),
    ("oversight", True, "Bupati Magelang Grengseng Pamuji meminta Inspektorat memeriksa penggunaan dana desa di 20 desa."),
    ("oversight", True, "Wali Kota Palu Hadianto Rasyid memerintahkan dinas melakukan pengecekan pengerjaan proyek drainase."),
    ("oversight", True, "Gubernur Riau Abdul Wahid meminta Disperindag memeriksa timbangan pedagang di pasar tradisional."),
    ("oversight", False, "Wali Kota Palu Hadianto Rasyid meminta warga memeriksa kembali barang bawaan sebelum turun dari kapal."),
    ("oversight", True, "Wali Kota Cirebon Effendi Edo mengatakan setiap pengelola hotel wajib lapor jika ada tamu mencurigakan."),
    ("oversight", True, "Bupati Bintan Roby Kurniawan mengatakan pendatang baru harus lapor diri ke ketua RT dalam 1x24 jam."),
    ("oversight", False, "Bupati Bintan Roby Kurniawan meminta warga lapor pajak kendaraan tepat waktu."),
    # an official following traffic, a disaster site or an event watches over no one; asking others to is oversight
    ("oversight", False, "Bupati Demak Eisti'anah memantau langsung lokasi banjir di Kecamatan Karanganyar."),
    ("oversight", False, "Gubernur Sumbar Mahyeldi meninjau dan memantau arus mudik di jalur Padang-Bukittinggi."),
    ("oversight", False, "Bupati Kendal Dyah Kartika Permanasari memantau jalannya vaksinasi di puskesmas."),
    ("oversight", True, "Gubernur Sumbar Mahyeldi meminta Dinas Perhubungan memantau arus mudik di jalur Padang-Bukittinggi."),
    # "Stop ..." before a harmful act forbids it; inside an appeal it is part of the appeal
    ("prohibition", True, '"Stop buang sampah ke sungai," kata Wali Kota Banjarmasin Muhammad Yamin.'),
    ("prohibition", True, '"Setop pungli di sekolah," tegas Bupati Bone Andi Asman Sulaiman.'),
    ("prohibition", True, '"Hentikan politik uang," kata Gubernur Sumatera Selatan Herman Deru.'),
    ("prohibition", False, "Bupati Bone Andi Asman Sulaiman mengajak warga stop membakar lahan saat kemarau."),
    ("prohibition", False, "Gubernur Sumatera Selatan Herman Deru menyerukan agar warga jangan menerima politik uang."),
    ("prohibition", False, "Bupati Bone Andi Asman Sulaiman mengatakan warga sudah stop berjualan di trotoar sejak pekan lalu."),
    # a negation inside "yang ..." names whom a threat is for; it does not negate the threat
    ("sanction_warning", True, "Bupati Probolinggo Gus Haris mengatakan kepala desa yang tidak netral akan berurusan "
                               "dengan aparat penegak hukum."),
    ("sanction_warning", True, "Wali Kota Tidore Muhammad Sinen mengatakan ASN yang belum melapor akan dikenai sanksi."),
    ("sanction_warning", False, "Bupati Probolinggo Gus Haris mengatakan kepala desa tidak akan berurusan dengan hukum "
                                "bila bekerja sesuai aturan."),
    # stressing to someone what to do asks; a deadline given orders
    ("appeal", True, "Pj Bupati Seram Bagian Barat Andi Chandra menegaskan kepada para camat agar hadir dalam rapat evaluasi."),
    ("appeal", False, "Bupati Bima Ady Mahyudi menegaskan kepada wartawan bahwa jalan itu sudah diperbaiki."),
    ("instruction", True, "Wali Kota Palangka Raya Fairid Naparin memberi tenggat waktu satu pekan kepada kontraktor untuk "
                          "menyelesaikan pekerjaan."),
]


@pytest.mark.parametrize("kind,present,text", CASES)
def test_directive_type(run, kind, present, text):
    found = {t for _, t in directives(run(text))}
    assert (kind in found) is present, (text, found)


def test_a_stop_inside_an_appeal_leaves_only_the_appeal(run):
    for text in ("Bupati Bone Andi Asman Sulaiman mengajak warga stop membakar lahan saat kemarau.",
                 "Gubernur Sumatera Selatan Herman Deru menyerukan agar warga jangan menerima politik uang."):
        assert {t for _, t in directives(run(text))} == {"appeal"}, text
