"""Word lists of Indonesian regional news: the tables of extract/vocab/ and the word sets still kept here.

The components read their vocabulary from this module, so they share one vocabulary. Titles,
markers, ministers, reporting verbs and targets come from the CSV tables (one row each);
the word sets below are used by the name and unit rules.
"""

from __future__ import annotations

import re

from arahan.extract import vocab

# Markers, offices and ministers live in extract/vocab/ (office_markers.csv, office_titles.csv, ministers.csv).
MARKERS = vocab.office_markers()
HEAD_TITLES = vocab.office_titles("head")
STAFF_TITLES = vocab.office_titles("staff")
MINISTERS = vocab.ministers()
# Words that may make up the unit in "Kepala Dinas X", "Kepala Badan X", "Sekretaris Dinas X".
UNIT_WORDS = frozenset("""
Pendidikan Kesehatan Sosial Perhubungan Pekerjaan Umum Penataan Ruang Kependudukan Pencatatan Sipil Komunikasi
Informatika Lingkungan Hidup Pariwisata Pertanian Tenaga Kerja Perindustrian Perdagangan Pemuda Olahraga Koperasi
Usaha Mikro Kecil Menengah UKM UMKM Kelautan Perikanan Pemberdayaan Masyarakat Desa Perumahan Permukiman Kawasan
Ketahanan Pangan Kebudayaan Perpustakaan Kearsipan Penanaman Modal Pelayanan Terpadu Satu Pintu Pemadam Kebakaran
Penyelamatan Energi Sumber Daya Mineral ESDM PUPR Dukcapil Kominfo Peternakan Kehutanan Perkebunan Tanaman Hortikultura
Perempuan Perlindungan Anak Keluarga Berencana KB Pengendalian Penduduk Transmigrasi Statistik Persandian Pendapatan
Keuangan Aset Daerah dan Bina Marga Cipta Karya Air Irigasi Pengairan Tata Pertanahan Kepemudaan Kebersihan Pertamanan
Kesatuan Bangsa Politik Kepegawaian Pengembangan Manusia SDM Perencanaan Pembangunan Penelitian Penanggulangan Bencana
Pengelolaan Riset Inovasi Pelaksana Regional Kantor Wilayah Balai Bidang Bagian Seksi Sub Unit Teknis Cabang Urusan
Hukum Humas Protokol Organisasi Program Pemerintahan Kesra Kesejahteraan Rakyat Perekonomian Administrasi Aparatur
Rumah Sakit RSUD Puskesmas Kanreg Kanwil Dalam Negeri Luar Nasional Informasi Publik Dokumentasi Layanan Pengadaan
Barang Jasa Sekretariat Pembinaan Pengawasan Penegakan Perundang-undangan Ketenteraman Ketertiban Kesbangpol
Dinas Badan Inspektorat Satuan Polisi Pamong Praja Lembaga Komisi Pusat Dinkes Disdik Dindik Koordinasi Pemilu
Penguatan Partai Kementerian Koordinator Keamanan Kemenko Polhukam Deputi Asisten Kelembagaan Reformasi Birokrasi
Agama Kemenag Kankemenag Satpol Biro Divisi Pelanggaran Pencegahan Partisipasi Hubungan Antar Sengketa
Penyelenggaraan Data Penindakan Humas Penanganan Sumber Kejaksaan Negeri Tinggi Pengadilan Pemasyarakatan Tahanan
Pertanahan Imigrasi Pajak Cukai Karantina Konservasi Alam Pelaksanaan Jalan Besar Wilayah Sungai Meteorologi
Klimatologi Geofisika Stasiun Dikbud
""".split())
# Unit abbreviations that are a Dinas when written without the word ("Sekretaris ESDM Sulsel").
DINAS_ABBREVIATIONS = frozenset({"ESDM", "PUPR", "Kominfo", "Dukcapil"})

# Degree abbreviations after a name (matched after ", " or " ").
DEGREE_RE = re.compile(
    r"(?:,?\s*(?:S\.?\s?(?:Sos|Si|Pd|Kom|H|E|T|P|IP|Ag|Hut|Ked|KM|Farm|STP|Psi|Kep|Hum|Sn|Tr|AP|STP|IK|Th|Pi|Ds|Pt|Ak|ST|Kes)|"
    r"M\.?\s?(?:Si|Sc|M|H|Pd|Kes|AP|Ag|T|E|Kn|Hum|Eng|Ikom|IP|Ec|Han|Tr|BA|PA|Sos|Psi|Kom)|"
    r"MSi|MM|MH|MPd|MKes|MAP|SH|SE|ST|SP|SPd|SSos|SIP|SSTP|SKM|SKom|SAg|MBA|MPA|PhD|Ph\.D|Ak|CA|CPA|"
    r"Lc|MA|Dr|Drs|Ir|Sp\.?[A-Z]{1,2}|Dipl|Ing|AMd|Amd|BSc|MSc)\.?)+(?=[\s,;.)]|$)"
)
# Balinese birth-order names: "I Nyoman", "Ni Made" keep their "I"/"Ni" without a full stop.
BALINESE = frozenset({"Made", "Nyoman", "Ketut", "Putu", "Kadek", "Komang", "Wayan", "Gede", "Gusti", "Gusti Ngurah"})

# Capitalised words that never start or continue a person's name here.
NOT_NAME = frozenset("""
Senin Selasa Rabu Kamis Jumat Jum'at Sabtu Minggu Ahad Januari Februari Maret April Mei Juni Juli Agustus September
Oktober November Desember Jan Feb Mar Apr Jun Jul Agu Agt Ags Sep Okt Nov Des Kabupaten Kota Provinsi Pemkab Pemkot
Pemko Pemprov Pemda Pemerintah Kecamatan Desa Kelurahan Dinas Badan Kantor Kepala Ketua Sekretaris Bupati Gubernur
Wali Wakil Camat Lurah Sekda Asisten ASN PNS PPPK Pilkada Pemilu Pilwali Pilbup Pilgub DPRD KPU Bawaslu Polres Kodim
Saat Dalam Menurut Hal Sementara Selain Namun Sedangkan Sebelumnya Kemudian Adapun Bahkan Oleh Untuk Dengan Pada
Di Ke Dari Yang Dan Atau Itu Ini Ia Dia Beliau Kami Kita Saya Mereka Pihaknya Dirinya Tim Satgas Surat Edaran SE
Peraturan Keputusan Instruksi Nomor No Tahun Pj Plt Plh Pjs Penjabat Pejabat Mendagri Menteri Presiden Negara
Republik Indonesia RI Jakarta Pendopo Pendapa Aula Gedung Ruang Rumah Kantor Istana Masjid Hotel Balai Lapangan
Foto Dok Istimewa Ilustrasi Antara ANTARA Humas Baca Juga Editor Penulis Reporter Redaktur Sumber Berita Video
TRIBUNNEWS COM Kompas Detik Okezone Sindonews IDN Times Tribun Jateng Jatim Jabar Pilkada Serentak Apel Rapat
Sosialisasi Kegiatan Acara Upacara Pelantikan Usai Seusai Sebelum Setelah Ketika Jika Apabila Bila Agar Supaya
Karena Sebab Meski Meskipun Walaupun Tetapi Tapi Juga Pun Lebih Lanjut Terkait Soal Mengenai Tentang Bagi
""".split())

# Reporting verbs after a subject ("X mengatakan, ..."): extract/vocab/say_verbs.csv.
SAY_VERBS = vocab.say_verbs()

# Groups a directive is addressed to, written form (regex) -> normalised target: extract/vocab/targets.csv.
TARGETS = vocab.targets()

# A regional government named as an actor: "Pemerintah Kabupaten X", "Pemerintahan Kota X", "Pemerintah
# Daerah Kab. X", "Pemkab X", "Pemprov. X" (news abbreviates the level and dots the short forms).
INSTITUTION_PREFIX = (r"(?:[Pp]emerintah(?:an)?\s+(?:[Dd]aerah\s+)?(?:[Kk]abupaten|[Kk]ab\.?|[Kk]ota|[Pp]rovinsi|[Pp]rov\.?)"
                      r"(?:\s*\((?:Pemkab|Pemkot|Pemko|Pemprov)\))?|(?:Pemkab|Pemkot|Pemko|Pemprov|Pemda)\.?)")
