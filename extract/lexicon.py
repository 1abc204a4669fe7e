"""Word lists of Indonesian regional news, written by us: titles, honorifics, speech verbs, targets.

Kept in one place so the components share one vocabulary. Each list says how it is used.
"""

from __future__ import annotations

import re

# Markers before an office: normalised form for each written variant (regex alternatives).
MARKERS = [
    (r"Penjabat\s+[Ss]ementara\s*\((?:Pjs|PJs|PJS)\.?\)|Pejabat\s+[Ss]ementara\s*\((?:Pjs|PJs|PJS)\.?\)|"
     r"Penjabat\s+[Ss]ementara|Pjs\.?|PJs\.?|PJS\.?", "Pjs"),
    (r"Penjabat\s*\((?:Pj|PJ)\.?\)|Pejabat\s*\((?:Pj|PJ)\.?\)|Penjabat|Pj\.?|PJ\.?|Pejbat", "Pj"),
    (r"Pelaksana\s+[Tt]ugas\s*\((?:Plt|PLT)\.?\)|Pelaksana\s+[Tt]ugas|Plt\.?|PLT\.?", "Plt"),
    (r"Pelaksana\s+[Hh]arian\s*\((?:Plh|PLH)\.?\)|Pelaksana\s+[Hh]arian|Plh\.?|PLH\.?", "Plh"),
]

# Offices: (regex of written forms, normalised title, level of the region it belongs to).
# level: kabupaten | kota | provinsi | regional (kab/kota, else province) | national | police | military
HEAD_TITLES = [
    (r"Wakil\s+Bupati|Wabup", "Wakil Bupati", "kabupaten"),
    (r"Bupati", "Bupati", "kabupaten"),
    (r"Wakil\s+Wali\s*[Kk]ota|Wawali(?:kota)?|Wawalkot", "Wakil Wali Kota", "kota"),
    (r"Wali\s*[Kk]ota|WALIKOTA|Walkot", "Wali Kota", "kota"),
    (r"Wakil\s+Gubernur|Wagub", "Wakil Gubernur", "provinsi"),
    (r"Gubernur", "Gubernur", "provinsi"),
]
STAFF_TITLES = [
    (r"Sekretaris\s+Daerah(?:\s*\((?:Sekda|Sekdakab|Sekdako|Sekdaprov)\))?|Sekda(?:kab|ko|kot|prov)?", "Sekda", "regional"),
    (r"Asisten(?:\s+(?:I{1,3}|IV|[1-4]))?", "Asisten", "regional"),
    (r"Inspektur(?:\s+Daerah)?", "Inspektur", "regional"),
    (r"Camat", "Camat", "kecamatan"),
    (r"Sekretaris\s+Camat|Sekcam", "Sekretaris Camat", "kecamatan"),
    (r"Lurah", "Lurah", "kelurahan"),
    (r"Kepala\s+Desa|Kades", "Kepala Desa", "desa"),
    (r"Kapolri", "Kapolri", "national"),
    (r"Wakapolda", "Wakapolda", "provinsi"),
    (r"Kapolda", "Kapolda", "provinsi"),
    (r"Wakapolres(?:ta|tabes)?", "Wakapolres", "regional"),
    (r"Kapolres(?:ta|tabes)?", "Kapolres", "regional"),
    (r"Kapolsek", "Kapolsek", "kecamatan"),
    (r"Kasat\s*(?:Reskrim|Lantas|Narkoba|Intelkam|Binmas|Samapta|Sabhara|Polairud)", None, "regional"),
    (r"Dandim", "Dandim", "regional"),
    (r"Danrem", "Danrem", "provinsi"),
    (r"Pangdam", "Pangdam", "provinsi"),
    (r"Danramil", "Danramil", "kecamatan"),
    (r"Kajari", "Kajari", "regional"),
    (r"Kajati", "Kajati", "provinsi"),
    (r"Kalapas", "Kalapas", "regional"),
    (r"Panglima\s+TNI", "Panglima TNI", "national"),
    (r"Jaksa\s+Agung", "Jaksa Agung", "national"),
    (r"Wakil\s+Presiden|Wapres", "Wakil Presiden", "national"),
    (r"Presiden", "Presiden", "national"),
]
# Ministers: written form -> normalised title and ministry.
MINISTERS = {
    "Mendagri": ("Menteri Dalam Negeri", "Kemendagri"),
    "Menteri Dalam Negeri": ("Menteri Dalam Negeri", "Kemendagri"),
    "MenPAN-RB": ("Menteri PANRB", "KemenPAN-RB"), "MenPANRB": ("Menteri PANRB", "KemenPAN-RB"),
    "Menpan RB": ("Menteri PANRB", "KemenPAN-RB"), "Menpan-RB": ("Menteri PANRB", "KemenPAN-RB"),
    "MenpanRB": ("Menteri PANRB", "KemenPAN-RB"), "Menteri PANRB": ("Menteri PANRB", "KemenPAN-RB"),
    "Menteri PAN-RB": ("Menteri PANRB", "KemenPAN-RB"), "Menteri PAN RB": ("Menteri PANRB", "KemenPAN-RB"),
    "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi": ("Menteri PANRB", "KemenPAN-RB"),
    "Mendikdasmen": ("Menteri Pendidikan Dasar dan Menengah", "Kementerian Pendidikan Dasar dan Menengah"),
    "Menteri Pendidikan Dasar dan Menengah": ("Menteri Pendidikan Dasar dan Menengah",
                                              "Kementerian Pendidikan Dasar dan Menengah"),
    "Mendikbudristek": ("Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi", "Kemendikbudristek"),
    "Mendikbud": ("Menteri Pendidikan dan Kebudayaan", "Kemendikbud"),
    "Menkes": ("Menteri Kesehatan", "Kemenkes"), "Menteri Kesehatan": ("Menteri Kesehatan", "Kemenkes"),
    "Menkeu": ("Menteri Keuangan", "Kemenkeu"), "Menteri Keuangan": ("Menteri Keuangan", "Kemenkeu"),
    "Mensos": ("Menteri Sosial", "Kemensos"), "Menteri Sosial": ("Menteri Sosial", "Kemensos"),
    "Menag": ("Menteri Agama", "Kemenag"), "Menteri Agama": ("Menteri Agama", "Kemenag"),
    "Mentan": ("Menteri Pertanian", "Kementan"), "Menteri Pertanian": ("Menteri Pertanian", "Kementan"),
    "Menhub": ("Menteri Perhubungan", "Kemenhub"), "Menteri Perhubungan": ("Menteri Perhubungan", "Kemenhub"),
    "Menaker": ("Menteri Ketenagakerjaan", "Kemnaker"), "Menpora": ("Menteri Pemuda dan Olahraga", "Kemenpora"),
    "Menkominfo": ("Menteri Komunikasi dan Informatika", "Kemenkominfo"),
    "Menkomdigi": ("Menteri Komunikasi dan Digital", "Komdigi"),
    "Menko Polhukam": ("Menteri Koordinator Bidang Politik, Hukum, dan Keamanan", "Kemenko Polhukam"),
    "Menkopolhukam": ("Menteri Koordinator Bidang Politik, Hukum, dan Keamanan", "Kemenko Polhukam"),
    "Menteri ESDM": ("Menteri ESDM", "Kementerian ESDM"), "Menteri PUPR": ("Menteri PUPR", "Kementerian PUPR"),
    "Mendes PDTT": ("Menteri Desa PDTT", "Kemendes PDTT"), "Mendes": ("Menteri Desa PDTT", "Kemendes PDTT"),
    "Menteri Desa": ("Menteri Desa PDTT", "Kemendes PDTT"),
}
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
Agama Kemenag Kankemenag
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

# Reporting verbs after a subject ("X mengatakan, ..."): the subject is the sentence's speaker.
SAY_VERBS = ("mengatakan", "menegaskan", "menjelaskan", "menuturkan", "menyampaikan", "mengungkapkan", "menyebutkan",
             "menyebut", "menambahkan", "mengemukakan", "memastikan", "menilai", "menerangkan", "memaparkan",
             "mengaku", "mengakui", "berpesan", "bilang", "melanjutkan", "menyatakan", "membenarkan", "mencatat",
             "menuturkan", "mengungkap", "berujar", "berkata", "menimpali", "menandaskan", "memperingatkan",
             "mengklaim", "mengeklaim", "menyarankan")

# Groups a directive is addressed to: written form (regex) -> normalised target.
TARGETS = [
    (r"aparatur\s+sipil\s+negara(?:\s*\(ASN\))?|ASN(?:\s*\(aparatur\s+sipil\s+negara\))?", "ASN"),
    (r"non[\s-]?ASN|pegawai\s+non[\s-]?ASN|tenaga\s+non[\s-]?ASN", "non ASN"),
    (r"pejabat\s+pembina\s+kepegawaian", "pejabat pembina kepegawaian"),
    (r"pegawai\s+negeri\s+sipil|PNS", "PNS"),
    (r"PPPK|P3K|pegawai\s+pemerintah\s+dengan\s+(?:perjanjian|kontrak)\s+kerja(?:\s*\(PPPK\))?", "PPPK"),
    (r"(?:tenaga\s+)?honorer", "honorer"),
    (r"THL|tenaga\s+harian\s+lepas", "THL"),
    (r"camat", "camat"),
    (r"lurah", "lurah"),
    (r"kepala\s+desa|kades", "kepala desa"),
    (r"perangkat\s+desa", "perangkat desa"),
    (r"kepala\s+dusun|kadus", "kepala dusun"),
    (r"wali\s+nagari", "wali nagari"),
    # the head of an OPD as the article words it: "pimpinan OPD" and "kepala OPD" are both used
    (r"pimpinan\s+(?:OPD|organisasi\s+perangkat\s+daerah)", "pimpinan OPD"),
    (r"kepala\s+(?:OPD|organisasi\s+perangkat\s+daerah)", "kepala OPD"),
    (r"kepala\s+perangkat\s+daerah", "kepala perangkat daerah"),
    (r"OPD|organisasi\s+perangkat\s+daerah|perangkat\s+daerah|SKPD", "OPD"),
    (r"kepala\s+sekolah|kepsek", "kepala sekolah"),
    (r"komite\s+sekolah", "komite sekolah"),
    (r"kepala\s+satuan\s+pendidikan", "kepala satuan pendidikan"),
    (r"satuan\s+pendidikan", "satuan pendidikan"),
    (r"guru", "guru"),
    (r"tenaga\s+pendidik", "tenaga pendidik"),
    (r"siswa(?:\s+sekolah)?|pelajar|murid", "siswa sekolah"),
    (r"sekolah", "sekolah"),
    (r"masyarakat", "masyarakat"),
    (r"warga", "warga"),
    (r"pelaku\s+usaha|pengusaha", "pelaku usaha"),
    (r"pedagang", "pedagang"),
    (r"penyelenggara\s+negara", "penyelenggara negara"),
    (r"aparatur\s+negara", "aparatur negara"),
    (r"aparatur\s+pemerintah(?:\s+daerah)?|aparatur\s+pemerintahan", "aparatur pemerintah daerah"),
    (r"(?:Pj|penjabat)\s+kepala\s+daerah", "penjabat kepala daerah"),
    (r"kepala\s+daerah", "kepala daerah"),
    (r"(?:Pj|penjabat)\s+bupati", "Pj Bupati"),
    (r"(?:Pj|penjabat)\s+wali\s*kota", "Pj Wali Kota"),
    (r"bupati", "bupati"),
    (r"wali\s*kota", "Wali Kota"),
    (r"pegawai", "pegawai"),
    (r"pejabat", "pejabat"),
    (r"BPBD", "BPBD"),
    (r"Satpol\s+PP", "Satpol PP"),
    (r"kepolisian", "kepolisian"),
    (r"perkantoran", "perkantoran"),
    (r"pasar\s+tradisional", "pasar tradisional"),
    (r"restoran", "restoran"),
    (r"(?:cafe|kafe)", "cafe"),
    (r"tenaga\s+kesehatan|nakes", "tenaga kesehatan"),
    (r"TNI", "TNI"),
    (r"Polri", "Polri"),
    (r"pengendara", "pengendara"),
    (r"orang\s+tua|wali\s+murid", "orang tua"),
    (r"juru\s+parkir|jukir", "juru parkir"),
    (r"sopir|pengemudi", "pengemudi"),
    (r"nelayan", "nelayan"),
    (r"petani", "petani"),
    (r"mahasiswa", "mahasiswa"),
    (r"perusahaan", "perusahaan"),
    (r"kontraktor|rekanan", "kontraktor"),
    (r"RT/RW", "RT/RW"),
    (r"ketua\s+RT", "ketua RT"),
    (r"(?:ketua\s+)?RW", "RW"),
    (r"RT", "RT"),
    (r"rumah\s+tangga", "rumah tangga"),
    (r"ibu\s+hamil|bumil", "ibu hamil"),
    (r"tokoh\s+agama", "tokoh agama"),
    (r"tokoh\s+adat", "tokoh adat"),
    (r"tokoh\s+masyarakat", "tokoh masyarakat"),
    (r"alim\s+ulama", "alim ulama"),
    (r"ninik\s+mamak", "ninik mamak"),
    (r"kader\s+posyandu", "kader posyandu"),
    (r"puskesmas", "puskesmas"),
    (r"distributor", "distributor"),
    (r"pengelola\s+(?:THM|tempat\s+hiburan(?:\s+malam)?)", "pengelola THM"),
    (r"tempat\s+hiburan\s+malam", "tempat hiburan malam"),
    (r"THM", "THM"),
    (r"pemilik\s+(?:usaha|toko|warung|tempat\s+usaha)", "pemilik usaha"),
    (r"penyelenggara\s+pemilu", "penyelenggara pemilu"),
    (r"gubernur", "Gubernur"),
]
