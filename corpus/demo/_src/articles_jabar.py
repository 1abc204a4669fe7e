"""JabarPost (jabarpost.example): Jawa Barat, Banten and Jakarta stories, Newspaper-theme template."""
import syndicated as S
from helpers import A, D

O = "jabarpost"

ARTICLES = [
A(O, "bawaslu-garut-buka-posko-pengaduan-netralitas-asn-di-42-kecamatan", "2024-08-29T13:15",
  "Priangan", "Bawaslu Garut Buka Posko Pengaduan Netralitas ASN di 42 Kecamatan",
  "Rudi Hermawan", "Neng Siti Rohmah", ["Bawaslu", "Garut", "Netralitas ASN", "Pilkada 2024"],
  "Ketua Bawaslu Kabupaten Garut meresmikan posko pengaduan", "Humas Bawaslu Garut",
  """
GARUT, JABARPOST – Badan Pengawas Pemilu (Bawaslu) Kabupaten Garut membuka posko pengaduan netralitas aparatur sipil negara (ASN) di 42 kecamatan menjelang Pilkada serentak 27 November 2024. Posko tersebut diresmikan Ketua Bawaslu Kabupaten Garut, Asep Saepul Rohman, S.Sos., di Kantor Bawaslu Garut, Kamis (29/8/2024).

Asep mengatakan, posko itu dibuka untuk memudahkan masyarakat melaporkan dugaan pelanggaran netralitas ASN, kepala desa, maupun perangkat desa. Setiap posko dijaga anggota panitia pengawas kecamatan (panwascam) yang sudah dibekali pelatihan penanganan laporan.

"ASN, kepala desa, atau perangkat desa yang tidak netral bisa dilaporkan ke Bawaslu melalui posko di kecamatan. Syaratnya cukup membawa identitas dan bukti awal, bisa berupa foto, video, atau tangkapan layar," ujar Asep.

Menurut Asep, sejak tahapan pencalonan dimulai, Bawaslu Garut telah menerima tiga laporan dugaan pelanggaran netralitas. Dua di antaranya terkait unggahan ASN di media sosial, sedangkan satu laporan lainnya menyangkut kepala desa yang menghadiri deklarasi bakal pasangan calon.

"Ketiga laporan itu sedang kami kaji. Kalau memenuhi unsur, akan kami teruskan ke Badan Kepegawaian Negara untuk ASN dan ke Pemkab Garut untuk kepala desa," katanya.

Asep mengajak masyarakat berperan aktif mengawasi jalannya pilkada. Ia juga mengimbau ASN menahan diri dari aktivitas media sosial yang bisa ditafsirkan sebagai dukungan kepada bakal calon, termasuk sekadar menyukai atau mengomentari unggahan.

Ia mengingatkan, ketentuan netralitas diatur dalam Undang-Undang Nomor 10 Tahun 2016 tentang Pilkada. Pasal 71 undang-undang tersebut melarang pejabat negara, ASN, dan kepala desa membuat keputusan atau tindakan yang menguntungkan atau merugikan salah satu pasangan calon.

Garut tercatat sebagai salah satu daerah dengan indeks kerawanan pemilu yang cukup tinggi di Jawa Barat. Karena itu, Bawaslu memperkuat patroli pengawasan, terutama pada masa kampanye yang dimulai 25 September 2024.
""",
  ["asep-saepul-rohman-garut"],
  ["Kabupaten Garut", "Provinsi Jawa Barat"],
  ["Badan Pengawas Pemilu (Bawaslu) Kabupaten Garut", "Bawaslu Garut", "panitia pengawas kecamatan (panwascam)",
   "Bawaslu", "Badan Kepegawaian Negara", "Pemkab Garut"],
  [D("bawaslu-garut", "oversight", ["ASN"], "Bawaslu Kabupaten Garut membuka posko pengaduan netralitas ASN di 42 kecamatan",
     "membuka posko pengaduan", "2024-08-29", place="Kantor Bawaslu Garut"),
   D("asep-saepul-rohman-garut", "oversight", ["ASN", "kepala desa", "perangkat desa"], "ASN, kepala desa, atau perangkat desa yang tidak netral bisa dilaporkan ke Bawaslu lewat posko kecamatan",
     "bisa dilaporkan ke Bawaslu", "2024-08-29", place="Kantor Bawaslu Garut"),
   D("asep-saepul-rohman-garut", "appeal", ["masyarakat"], "Masyarakat diajak aktif mengawasi pilkada",
     "mengajak", "2024-08-29", place="Kantor Bawaslu Garut"),
   D("asep-saepul-rohman-garut", "appeal", ["ASN"], "ASN diimbau menahan diri di media sosial",
     "mengimbau", "2024-08-29", place="Kantor Bawaslu Garut",
     legal=["Undang-Undang Nomor 10 Tahun 2016 tentang Pilkada"])],
  notes="The lead credits the posko to the institution (Bawaslu Kabupaten Garut), the quote to its Ketua: two oversight items with different issuers. The prohibition in Pasal 71 is the law's, not a directive of the speaker. Patroli pengawasan (credited to 'Bawaslu') collapses into the institution's oversight.",
  formats=["Kamis (29/8/2024)", "27 November 2024", "25 September 2024"]),

A(O, "pj-bupati-garut-ancam-berhentikan-kades-yang-ikut-kampanye", "2024-10-15T17:40",
  "Priangan", "Pj Bupati Garut Ancam Berhentikan Kades yang Ikut Kampanye",
  "Rudi Hermawan", "Neng Siti Rohmah", ["Garut", "Kepala Desa", "Pilkada 2024"],
  "Pj Bupati Garut berbicara di depan kepala desa se-Kabupaten Garut", "Diskominfo Garut",
  """
GARUT, JABARPOST – Penjabat (Pj) Bupati Garut, Dr. Cecep Suryana, M.Si., mengingatkan 421 kepala desa se-Kabupaten Garut untuk tidak terlibat dalam kampanye pasangan calon bupati maupun gubernur. Peringatan itu disampaikan dalam rapat koordinasi pemerintahan desa di Gedung Pendopo Garut, Selasa (15/10/2024).

Cecep menegaskan, kepala desa dilarang menjadi tim kampanye, memasang alat peraga, hingga menggunakan dana desa dan fasilitas desa untuk kepentingan pasangan calon tertentu. Ia meminta kepala desa fokus melayani warga selama masa kampanye.

"Kepala desa itu milik semua warga. Jangan sampai karena pilkada, pelayanan di desa jadi pilih kasih," ujar Cecep.

Cecep mengingatkan, kepala desa yang terbukti melanggar bisa diberhentikan sementara hingga diberhentikan tetap sesuai Undang-Undang Desa. Ia menyebut Pemkab Garut tidak akan ragu menjatuhkan sanksi apabila ada rekomendasi dari Bawaslu.

"Kalau rekomendasinya sudah keluar, kami proses. Tidak ada kompromi," tegasnya.

Ia juga memerintahkan para camat memantau kegiatan kepala desa di wilayahnya dan melaporkan setiap indikasi pelanggaran kepada Bagian Pemerintahan Setda Garut. Camat, kata Cecep, harus menjadi pembina sekaligus pengawas pertama bagi kepala desa.

Ketua Bawaslu Garut, Asep, yang hadir dalam rapat tersebut, menyebut pihaknya sudah menangani lima laporan dugaan pelanggaran netralitas sejak masa kampanye dimulai. Dua di antaranya melibatkan kepala desa. "Masyarakat tetap bisa melapor ke posko pengaduan kami di kecamatan," kata Asep.

Cecep menambahkan, dirinya juga telah menerbitkan Surat Edaran Bupati Garut tentang Netralitas Kepala Desa dan Perangkat Desa yang wajib dipasang di setiap kantor desa. Dengan begitu, warga dapat mengetahui aturan yang berlaku dan ikut mengawasi.

Rapat koordinasi ditutup dengan penandatanganan pakta integritas netralitas oleh perwakilan kepala desa dari setiap kecamatan, disaksikan unsur Forkopimda Garut.
""",
  ["cecep-suryana-garut", "asep-saepul-rohman-garut=Asep"],
  ["Kabupaten Garut"],
  ["Pemkab Garut", "Bawaslu", "Bagian Pemerintahan Setda Garut", "Bawaslu Garut", "Forkopimda Garut"],
  [D("cecep-suryana-garut", "appeal", ["kepala desa"], "Kepala desa diingatkan tidak terlibat kampanye dan diminta fokus melayani warga",
     "mengingatkan", "2024-10-15", place="Gedung Pendopo Garut"),
   D("cecep-suryana-garut", "prohibition", ["kepala desa"], "Kepala desa dilarang jadi tim kampanye, memasang APK, dan memakai dana/fasilitas desa untuk paslon",
     "dilarang", "2024-10-15", place="Gedung Pendopo Garut"),
   D("cecep-suryana-garut", "sanction_warning", ["kepala desa"], "Kepala desa pelanggar bisa diberhentikan sementara hingga tetap",
     "bisa diberhentikan sementara hingga diberhentikan tetap", "2024-10-15", place="Gedung Pendopo Garut",
     legal=["Undang-Undang Desa"]),
   D("cecep-suryana-garut", "instruction", ["camat"], "Camat diperintahkan memantau kepala desa dan melaporkan indikasi pelanggaran",
     "memerintahkan", "2024-10-15", place="Gedung Pendopo Garut"),
   D("cecep-suryana-garut", "policy", ["kepala desa", "perangkat desa"], "Surat Edaran Bupati Garut tentang Netralitas Kepala Desa dan Perangkat Desa diterbitkan",
     "Surat Edaran Bupati Garut", None),
   D("cecep-suryana-garut", "instruction", ["kepala desa"], "Surat edaran wajib dipasang di setiap kantor desa",
     "wajib dipasang", "2024-10-15", place="Gedung Pendopo Garut"),
   D("asep-saepul-rohman-garut", "oversight", ["masyarakat"], "Masyarakat bisa melapor ke posko pengaduan Bawaslu di kecamatan",
     "posko pengaduan", "2024-10-15", place="Gedung Pendopo Garut"),
   D("cecep-suryana-garut", "policy", ["kepala desa"], "Perwakilan kepala desa menandatangani pakta integritas netralitas",
     "pakta integritas netralitas", "2024-10-15", place="Gedung Pendopo Garut")],
  notes="Asep here is the same Ketua Bawaslu Garut as in the posko article (written by first name only). The circular's date is not given ('telah menerbitkan'). 'Jangan sampai ... pilih kasih' collapses into the appeal.",
  formats=["Selasa (15/10/2024)"]),

A(O, "plt-kadisdik-kabupaten-bogor-terbitkan-se-larangan-study-tour", "2024-05-20T15:55",
  "Bogor", "Plt Kadisdik Kabupaten Bogor Terbitkan SE Larangan Study Tour ke Luar Kota",
  "Fajar Nugraha", "Neng Siti Rohmah", ["Study Tour", "Kabupaten Bogor", "Pendidikan"],
  "Plt Kepala Dinas Pendidikan Kabupaten Bogor saat ditemui di kantornya", "Disdik Kab. Bogor",
  """
CIBINONG, JABARPOST – Plt Kepala Dinas Pendidikan Kabupaten Bogor, Hj. Euis Komalasari, M.Pd., menerbitkan surat edaran yang melarang sekolah jenjang SD dan SMP menggelar study tour ke luar kota. Surat edaran tersebut diteken Senin (20/5/2024) dan berlaku hingga ada evaluasi lebih lanjut.

Euis mengatakan, larangan itu diambil setelah serangkaian kecelakaan bus rombongan pelajar yang terjadi dalam beberapa pekan terakhir. Menurut dia, keselamatan peserta didik harus menjadi pertimbangan utama dalam setiap kegiatan sekolah.

"Untuk sementara, sekolah tidak boleh menyelenggarakan study tour ke luar Kabupaten Bogor. Kegiatan pembelajaran di luar kelas silakan dilakukan di lingkungan sekitar yang aman," ujar Euis di Kantor Dinas Pendidikan, Cibinong.

Ia menambahkan, sekolah yang telanjur merencanakan study tour harus membatalkan kegiatan tersebut dan mengembalikan dana yang sudah dipungut dari orang tua siswa. Kepala sekolah diminta melaporkan pembatalan itu kepada koordinator wilayah di kecamatan paling lambat akhir Mei.

Euis mengingatkan, kepala sekolah yang tetap memberangkatkan siswa akan diberi sanksi tegas sesuai ketentuan disiplin pegawai. Menurut dia, pengawas sekolah di setiap kecamatan akan memantau pelaksanaan surat edaran tersebut.

Kebijakan ini berlaku bagi 1.560 SD dan 300 lebih SMP negeri maupun swasta di Kab. Bogor. Adapun SMA dan SMK berada di bawah kewenangan Pemprov Jabar sehingga tidak termasuk dalam surat edaran tersebut.

Sejumlah orang tua menyambut baik kebijakan itu. Dewi Lestari, orang tua siswa SMP di Kecamatan Cibinong, mengaku selama ini keberatan dengan biaya study tour yang mencapai Rp1,8 juta per anak. "Kami lega, daripada harus pinjam uang hanya untuk jalan-jalan," katanya.

Euis menambahkan, Dinas Pendidikan tengah menyusun panduan kegiatan pembelajaran di luar kelas yang memanfaatkan potensi lokal, seperti kawasan Puncak, Kebun Raya, dan sentra industri kerajinan di Kabupaten Bogor.
""",
  ["euis-komalasari-bogor"],
  ["Kabupaten Bogor", "Provinsi Jawa Barat"],
  ["Dinas Pendidikan Kabupaten Bogor", "Dinas Pendidikan", "Pemprov Jabar"],
  [D("euis-komalasari-bogor", "policy", ["sekolah"], "Surat edaran larangan study tour ke luar kota untuk SD dan SMP diterbitkan",
     "menerbitkan surat edaran", "2024-05-20"),
   D("euis-komalasari-bogor", "prohibition", ["sekolah"], "Sekolah SD dan SMP tidak boleh menyelenggarakan study tour ke luar Kabupaten Bogor",
     "melarang", "2024-05-20", place="Kantor Dinas Pendidikan, Cibinong"),
   D("euis-komalasari-bogor", "instruction", ["sekolah"], "Sekolah harus membatalkan study tour dan mengembalikan dana orang tua",
     "harus membatalkan", "2024-05-20", place="Kantor Dinas Pendidikan, Cibinong"),
   D("euis-komalasari-bogor", "appeal", ["kepala sekolah"], "Kepala sekolah diminta melaporkan pembatalan paling lambat akhir Mei",
     "diminta", "2024-05-20", place="Kantor Dinas Pendidikan, Cibinong"),
   D("euis-komalasari-bogor", "sanction_warning", ["kepala sekolah"], "Kepala sekolah yang tetap memberangkatkan siswa akan diberi sanksi tegas",
     "akan diberi sanksi tegas", "2024-05-20", place="Kantor Dinas Pendidikan, Cibinong"),
   D("euis-komalasari-bogor", "oversight", ["sekolah"], "Pengawas sekolah di setiap kecamatan memantau pelaksanaan surat edaran",
     "akan memantau", "2024-05-20")],
  notes="Cibinong is a kecamatan (regency seat), not a Kota. 'Kebun Raya' is the Bogor botanical garden (in Kota Bogor), not annotated as a region mention. 'tidak boleh' and 'melarang' are one prohibition.",
  formats=["Senin (20/5/2024)", "akhir Mei"]),
]

ARTICLES += [
A(O, "darurat-sampah-pj-wali-kota-bandung-larang-warga-bakar-sampah", "2023-09-06T12:45",
  "Bandung Raya", "Darurat Sampah, Pj Wali Kota Bandung Larang Warga Bakar Sampah dan Wajibkan Pilah dari Rumah",
  "Fajar Nugraha", "Neng Siti Rohmah", ["Sampah", "Kota Bandung", "Kang Pisman"],
  "Tumpukan sampah di TPS Jalan Tamansari", "Humas Pemkot Bandung",
  """
BANDUNG, JABARPOST – Pj Wali Kota Bandung, Drs. Yayan Sudrajat, menetapkan status darurat sampah menyusul terbatasnya kuota pembuangan sampah ke tempat pemrosesan akhir (TPA). Penetapan itu disampaikan dalam rapat bersama camat dan lurah di Balai Kota Bandung, Rabu (6/9/2023).

Selama masa darurat, Kota Bandung hanya bisa membuang sekitar 900 ton sampah per hari, jauh di bawah produksi sampah warga yang mencapai 1.500 ton. Akibatnya, tumpukan sampah terlihat di sejumlah tempat pembuangan sementara (TPS) di pusat kota.

"Kita tidak punya pilihan lain selain mengurangi sampah dari sumbernya. Mulai hari ini, setiap rumah tangga wajib memilah sampah organik dan anorganik, dan sampah organik sebisa mungkin diolah di rumah," tegas Yayan.

Yayan juga melarang warga membakar sampah di pekarangan maupun lahan kosong. Menurut dia, pembakaran sampah justru menimbulkan masalah baru berupa polusi udara dan gangguan pernapasan, terutama bagi anak-anak dan lansia.

Untuk menegaskan kebijakan tersebut, Pemkot Bandung menerbitkan Surat Edaran Wali Kota tentang Percepatan Gerakan Kurangi, Pisahkan, dan Manfaatkan (Kang Pisman). Surat edaran itu juga mengatur kewajiban pelaku usaha seperti hotel, restoran, dan pasar untuk mengolah sampah organiknya secara mandiri.

Yayan menginstruksikan camat dan lurah membentuk satgas pengawasan sampah di setiap kelurahan. Satgas tersebut bertugas memantau TPS liar dan memastikan warga membuang sampah sesuai jadwal.

"Lurah harus memastikan tidak ada TPS liar baru. Kalau ada warga atau usaha yang membuang sampah sembarangan, akan ditindak sesuai perda ketertiban umum," ujarnya.

Kepala Dinas Lingkungan Hidup Kota Bandung menyebut pihaknya menambah jam operasional truk pengangkut hingga malam hari untuk mengurangi penumpukan. Pemkot juga menggandeng komunitas dan pengelola bank sampah untuk mempercepat pengolahan sampah organik menjadi kompos dan pakan maggot.

Sejumlah warga di Kecamatan Coblong mengaku sudah mulai memilah sampah sejak pekan lalu. Mereka memanfaatkan ember tertutup untuk mengolah sisa makanan menjadi kompos cair.
""",
  ["yayan-sudrajat-bandung", "kadis-lh-bandung"],
  ["Kota Bandung"],
  ["Pemkot Bandung", "Dinas Lingkungan Hidup Kota Bandung"],
  [D("yayan-sudrajat-bandung", "policy", ["masyarakat"], "Status darurat sampah ditetapkan",
     "menetapkan status darurat sampah", "2023-09-06", place="Balai Kota Bandung"),
   D("yayan-sudrajat-bandung", "instruction", ["rumah tangga"], "Setiap rumah tangga wajib memilah dan mengolah sampah organik",
     "wajib memilah", "2023-09-06", place="Balai Kota Bandung"),
   D("yayan-sudrajat-bandung", "prohibition", ["warga"], "Warga dilarang membakar sampah di pekarangan dan lahan kosong",
     "melarang", "2023-09-06", place="Balai Kota Bandung"),
   D("pemkot-bandung", "policy", ["warga", "pelaku usaha"], "Surat Edaran Wali Kota tentang Percepatan Kang Pisman, termasuk kewajiban pelaku usaha mengolah sampah organik",
     "menerbitkan Surat Edaran Wali Kota", "2023-09-06"),
   D("yayan-sudrajat-bandung", "instruction", ["camat", "lurah"], "Camat dan lurah diinstruksikan membentuk satgas pengawasan sampah dan mencegah TPS liar",
     "menginstruksikan", "2023-09-06", place="Balai Kota Bandung"),
   D("yayan-sudrajat-bandung", "oversight", ["warga"], "Satgas pengawasan sampah di setiap kelurahan memantau TPS liar",
     "satgas pengawasan sampah", "2023-09-06", place="Balai Kota Bandung"),
   D("yayan-sudrajat-bandung", "sanction_warning", ["warga", "pelaku usaha"], "Pembuang sampah sembarangan akan ditindak sesuai perda ketertiban umum",
     "akan ditindak", "2023-09-06", place="Balai Kota Bandung", legal=["perda ketertiban umum"])],
  notes="The Kepala Dinas Lingkungan Hidup is mentioned by office only. The circular is credited to Pemkot Bandung in the text. Dateline BANDUNG is Kota Bandung. 'Lurah harus memastikan' collapses into the camat/lurah instruction.",
  formats=["Rabu (6/9/2023)", "pekan lalu"]),

A(O, "pj-gubernur-jabar-terbitkan-instruksi-siaga-bencana-hidrometeorologi", "2023-11-20T19:30",
  "Bandung Raya", "Pj Gubernur Jabar Terbitkan Instruksi Siaga Bencana Hidrometeorologi",
  "Fajar Nugraha", "Neng Siti Rohmah", ["Bencana", "Jabar", "Musim Hujan"],
  "Pj Gubernur Jawa Barat memimpin apel siaga bencana di Gedung Sate", "Biro Adpim Jabar",
  """
BANDUNG, JABARPOST – Pj Gubernur Jawa Barat Dr. Hendra Permana menerbitkan Instruksi Gubernur Jawa Barat tentang Kesiapsiagaan Menghadapi Bencana Hidrometeorologi pada musim hujan 2023/2024. Instruksi itu diumumkan dalam apel siaga bencana di halaman Gedung Sate, Senin (20/11/2023).

Hendra mengatakan, berdasarkan prakiraan Badan Meteorologi, Klimatologi, dan Geofisika (BMKG), puncak musim hujan di Jawa Barat diperkirakan terjadi pada Januari hingga Februari 2024. Sejumlah daerah rawan banjir dan longsor, seperti Kabupaten Garut, Kabupaten Bogor, dan Kabupaten Bandung Barat, diminta meningkatkan kewaspadaan.

"Melalui instruksi ini, bupati dan wali kota se-Jabar wajib menyiapkan rencana kontinjensi, memperbarui peta rawan bencana, dan memastikan BPBD siap bergerak 24 jam," ujar Hendra.

Hendra juga meminta kepala daerah menyiapkan anggaran belanja tidak terduga yang memadai agar penanganan darurat tidak terhambat. Ia mengingatkan pengalaman tahun-tahun sebelumnya, ketika bantuan terlambat karena persoalan administrasi.

Selain itu, Hendra menginstruksikan Dinas Pekerjaan Umum dan Penataan Ruang Provinsi membersihkan saluran dan sungai yang menjadi kewenangan provinsi. Normalisasi sungai diprioritaskan di titik-titik yang kerap meluap.

Kepada masyarakat, Hendra mengimbau warga yang tinggal di lereng bukit dan bantaran sungai memantau informasi cuaca serta segera mengungsi jika terjadi hujan deras berkepanjangan. "Jangan menunggu tanah bergerak atau air masuk rumah. Keselamatan jiwa nomor satu," tegasnya.

Apel siaga tersebut diikuti personel BPBD, TNI, Polri, Basarnas, Tagana, dan relawan kebencanaan. Pemprov Jabar juga menampilkan perlengkapan penanganan bencana, mulai dari perahu karet, tenda pengungsian, hingga dapur umum lapangan.

Sepanjang 2023, BPBD Jawa Barat mencatat lebih dari 1.200 kejadian bencana di wilayahnya, didominasi banjir, tanah longsor, dan angin puting beliung. Sebagian besar kejadian terjadi di wilayah selatan Jawa Barat yang memiliki kontur perbukitan.
""",
  ["hendra-permana-jabar"],
  ["Provinsi Jawa Barat", "Kota Bandung", "Kabupaten Garut", "Kabupaten Bogor", "Kabupaten Bandung Barat"],
  ["Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)", "BPBD", "Dinas Pekerjaan Umum dan Penataan Ruang Provinsi",
   "TNI", "Polri", "Basarnas", "Tagana", "Pemprov Jabar", "BPBD Jawa Barat"],
  [D("hendra-permana-jabar", "policy", ["bupati", "wali kota"], "Instruksi Gubernur Jawa Barat tentang kesiapsiagaan bencana hidrometeorologi diterbitkan",
     "Instruksi Gubernur Jawa Barat", "2023-11-20", place="Gedung Sate"),
   D("hendra-permana-jabar", "instruction", ["bupati", "wali kota"], "Bupati dan wali kota wajib menyiapkan rencana kontinjensi, peta rawan bencana, dan BPBD siaga 24 jam",
     "wajib menyiapkan", "2023-11-20", place="Gedung Sate"),
   D("hendra-permana-jabar", "appeal", ["kepala daerah"], "Kepala daerah diminta menyiapkan anggaran belanja tidak terduga",
     "meminta", "2023-11-20", place="Gedung Sate"),
   D("hendra-permana-jabar", "instruction", ["Dinas Pekerjaan Umum dan Penataan Ruang Provinsi"], "Dinas PUPR provinsi diinstruksikan membersihkan saluran dan sungai",
     "menginstruksikan", "2023-11-20", place="Gedung Sate"),
   D("hendra-permana-jabar", "appeal", ["warga"], "Warga lereng bukit dan bantaran sungai diimbau memantau cuaca dan segera mengungsi",
     "mengimbau", "2023-11-20", place="Gedung Sate"),
   D("hendra-permana-jabar", "prohibition", ["warga"], "Warga jangan menunggu tanah bergerak atau air masuk rumah untuk mengungsi",
     "Jangan menunggu", "2023-11-20", place="Gedung Sate")],
  notes="The three regencies are asked ('diminta') to be vigilant in a passive sentence without a clear issuer; not annotated as a separate directive. Gedung Sate is in Kota Bandung (dateline BANDUNG).",
  formats=["Senin (20/11/2023)", "Januari hingga Februari 2024"]),

A(O, "banjir-bandang-terjang-lebak-pj-bupati-tetapkan-tanggap-darurat-14-hari", "2024-01-09T14:05",
  "Banten", "Banjir Bandang Terjang Lebak, Pj Bupati Tetapkan Tanggap Darurat 14 Hari",
  "Ujang Sopian", "Neng Siti Rohmah", ["Banjir", "Lebak", "Banten", "BPBD"],
  "Rumah warga rusak diterjang banjir bandang di Kecamatan Cipanas", "BPBD Lebak",
  """
RANGKASBITUNG, JABARPOST – Pj Bupati Lebak, Dr. Encep Mulyadi, menetapkan status tanggap darurat bencana selama 14 hari setelah banjir bandang dan tanah longsor menerjang sejumlah kecamatan di Kabupaten Lebak, Banten, Senin (8/1/2024) dini hari. Status itu berlaku mulai Senin hingga 21 Januari 2024.

Berdasarkan data BPBD Lebak, bencana tersebut berdampak pada 2.100 jiwa di Kecamatan Cipanas, Kecamatan Lebakgedong, dan Kecamatan Sajira. Sebanyak 86 rumah rusak berat, dua jembatan gantung putus, dan akses jalan ke tiga desa terputus akibat longsor.

Encep yang meninjau lokasi bencana di Kecamatan Cipanas memerintahkan seluruh OPD terkait mendirikan posko terpadu di kantor kecamatan. Ia juga meminta Dinas PUPR segera membuka akses jalan yang tertimbun longsor dengan alat berat.

"Semua OPD harus berkantor di lapangan selama masa tanggap darurat. Saya tidak mau ada warga yang kelaparan atau tidak tertangani karena bantuan terlambat," tegas Encep.

Camat Cipanas, Dedi Kusnadi, mengatakan sebagian besar warga terdampak kini mengungsi di masjid, sekolah, dan rumah kerabat. Menurut Dedi, kebutuhan mendesak saat ini adalah selimut, pakaian anak, dan air bersih.

Encep melarang warga kembali ke rumah yang berada di zona rawan longsor sebelum ada kajian dari tim geologi. Ia juga meminta warga tidak beraktivitas di sekitar aliran Sungai Ciberang yang debitnya masih tinggi.

"Untuk sementara jangan dulu pulang ke rumah yang ada di tebing. Kami akan carikan lokasi hunian sementara yang aman," ujarnya.

Pemprov Banten telah mengirimkan bantuan logistik dan tim kesehatan ke lokasi bencana. Bantuan juga datang dari TNI, Polri, dan sejumlah organisasi kemanusiaan yang membuka dapur umum di Kecamatan Lebakgedong.

Encep menambahkan, Pemkab Lebak akan mengusulkan bantuan rehabilitasi dan rekonstruksi kepada Badan Nasional Penanggulangan Bencana (BNPB) setelah pendataan kerusakan selesai.
""",
  ["encep-mulyadi-lebak", "dedi-kusnadi-cipanas"],
  ["Kabupaten Lebak", "Provinsi Banten"],
  ["BPBD Lebak", "OPD", "Dinas PUPR", "Pemprov Banten", "TNI", "Polri", "Pemkab Lebak", "Badan Nasional Penanggulangan Bencana (BNPB)"],
  [D("encep-mulyadi-lebak", "policy", ["masyarakat"], "Status tanggap darurat bencana 14 hari ditetapkan",
     "menetapkan status tanggap darurat", "2024-01-08"),
   D("encep-mulyadi-lebak", "instruction", ["OPD"], "OPD diperintahkan mendirikan posko terpadu dan berkantor di lapangan",
     "memerintahkan", "2024-01-08", place="Kecamatan Cipanas"),
   D("encep-mulyadi-lebak", "appeal", ["Dinas PUPR"], "Dinas PUPR diminta segera membuka akses jalan tertimbun longsor",
     "meminta Dinas PUPR", "2024-01-08", place="Kecamatan Cipanas"),
   D("encep-mulyadi-lebak", "prohibition", ["warga"], "Warga dilarang kembali ke rumah di zona rawan longsor",
     "melarang", "2024-01-08", place="Kecamatan Cipanas"),
   D("encep-mulyadi-lebak", "appeal", ["warga"], "Warga diminta tidak beraktivitas di sekitar Sungai Ciberang",
     "meminta warga", "2024-01-08", place="Kecamatan Cipanas")],
  notes="Rangkasbitung is a kecamatan (regency seat). The visit date is not stated explicitly; the directives are dated to the day of the disaster (Senin 8/1/2024), which may be a day early. The status runs from Monday to 21 January 2024.",
  formats=["Senin (8/1/2024) dini hari", "21 Januari 2024"]),

A(O, "wali-kota-jaksel-larang-asn-pakai-mobil-dinas-untuk-mudik", "2024-04-03T11:20",
  "Jakarta", "Wali Kota Jaksel Larang ASN Pakai Mobil Dinas untuk Mudik Lebaran",
  "Dimas Aryo", "Neng Siti Rohmah", ["Mudik", "Lebaran", "Jakarta Selatan", "ASN"],
  "Deretan kendaraan dinas di halaman Kantor Wali Kota Jakarta Selatan", "Kominfotik Jaksel",
  """
JAKARTA, JABARPOST – Wali Kota Jakarta Selatan, Drs. Rahmat Hidayatullah, melarang aparatur sipil negara (ASN) di lingkungan Pemerintah Kota Administrasi Jakarta Selatan menggunakan kendaraan dinas untuk mudik Lebaran 2024. Larangan itu disampaikan dalam apel pagi di halaman Kantor Wali Kota Jaksel, Rabu (3/4/2024).

Rahmat mengatakan, kendaraan dinas merupakan aset negara yang hanya boleh digunakan untuk kepentingan kedinasan. Larangan tersebut, kata dia, sejalan dengan surat edaran Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (PANRB) serta instruksi dari Pemprov DKI Jakarta menjelang libur Idulfitri.

"Mobil dinas tidak boleh dibawa mudik, tidak boleh dipinjamkan ke keluarga. Semua kendaraan operasional harus dikandangkan di kantor selama cuti bersama," tegas Rahmat.

Ia memerintahkan para kepala suku dinas dan camat mendata seluruh kendaraan dinas di unit masing-masing dan memastikan kendaraan tersebut terparkir di kantor mulai 5 April 2024. Daftar kendaraan beserta foto kondisi terakhir wajib dilaporkan ke Bagian Umum Sekretariat Kota.

Rahmat menegaskan, ASN yang melanggar akan dikenakan sanksi disiplin sesuai Peraturan Pemerintah Nomor 94 Tahun 2021. Selain itu, ASN yang terbukti memakai kendaraan dinas untuk kepentingan pribadi juga bisa diminta mengganti biaya bahan bakar dan kerusakan.

Masyarakat, kata Rahmat, bisa ikut mengawasi. Warga yang melihat kendaraan berpelat merah milik Pemkot Jaksel digunakan untuk mudik dapat melaporkannya melalui kanal pengaduan JAKI dengan menyertakan foto dan lokasi.

Selain soal kendaraan dinas, Rahmat juga mengingatkan ASN untuk tidak menerima gratifikasi berupa parsel atau uang dalam bentuk apa pun menjelang Lebaran. Ia meminta ASN yang terlanjur menerima segera melaporkannya kepada inspektorat.

Rahmat berharap pelayanan publik di kantor kelurahan dan kecamatan tetap berjalan normal hingga hari terakhir sebelum cuti bersama, sehingga warga tidak terganggu saat mengurus administrasi kependudukan.
""",
  ["rahmat-hidayatullah-jaksel"],
  ["Kota Jakarta Selatan", "Provinsi DKI Jakarta"],
  ["Pemerintah Kota Administrasi Jakarta Selatan", "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (PANRB)",
   "Pemprov DKI Jakarta", "Bagian Umum Sekretariat Kota", "Pemkot Jaksel", "inspektorat"],
  [D("rahmat-hidayatullah-jaksel", "prohibition", ["ASN"], "ASN dilarang menggunakan atau meminjamkan kendaraan dinas untuk mudik",
     "melarang", "2024-04-03", place="halaman Kantor Wali Kota Jaksel"),
   D("rahmat-hidayatullah-jaksel", "instruction", ["kepala suku dinas", "camat"], "Kepala suku dinas dan camat diperintahkan mendata dan mengandangkan kendaraan dinas mulai 5 April 2024",
     "memerintahkan", "2024-04-03", place="halaman Kantor Wali Kota Jaksel"),
   D("rahmat-hidayatullah-jaksel", "sanction_warning", ["ASN"], "ASN pelanggar dikenakan sanksi disiplin dan bisa diminta mengganti biaya",
     "akan dikenakan sanksi disiplin", "2024-04-03", place="halaman Kantor Wali Kota Jaksel",
     legal=["Peraturan Pemerintah Nomor 94 Tahun 2021"]),
   D("rahmat-hidayatullah-jaksel", "oversight", ["ASN"], "Warga bisa melaporkan kendaraan dinas yang dipakai mudik lewat kanal JAKI",
     "dapat melaporkannya melalui kanal pengaduan JAKI", "2024-04-03"),
   D("rahmat-hidayatullah-jaksel", "appeal", ["ASN"], "ASN diingatkan tidak menerima gratifikasi dan diminta melapor ke inspektorat bila terlanjur menerima",
     "mengingatkan", "2024-04-03", place="halaman Kantor Wali Kota Jaksel")],
  notes="JAKARTA dateline read as Provinsi DKI Jakarta. The legal basis 'surat edaran Menteri PANRB' is not numbered and left out of legal_basis; the Menteri is mentioned only as the author of an earlier circular, not as a person in the story. 'Rahmat berharap pelayanan publik ...' describes a wish about services, not a directive to a target.",
  formats=["Rabu (3/4/2024)", "5 April 2024"]),

A(O, "asdep-kemenko-polhukam-ingatkan-asn-netral-pelanggar-berat-bisa-dipecat", "2024-10-08T10:30",
  "Nasional", "Asdep Kemenko Polhukam Ingatkan ASN Netral, Pelanggar Berat Bisa Dipecat",
  "Dimas Aryo", "Neng Siti Rohmah", ["Netralitas ASN", "Kemenko Polhukam", "Pilkada 2024"],
  "Rapat koordinasi pengawasan netralitas ASN di Jakarta Selatan", "Humas Kemenko Polhukam",
  S.body("JAKARTA, JABARPOST –", S.TAIL_JABAR),
  ["sugeng-wahyudi-polhukam"],
  ["Provinsi DKI Jakarta", "Kota Jakarta Selatan", "Provinsi Jawa Barat", "Kabupaten Garut"],
  S.ORGS,
  S.DIRECTIVES,
  notes=S.NOTES + " This is the original; it ends with a Jawa Barat paragraph (Kabupaten Garut's satgas is praised, no directive).",
  formats=["Senin (7/10/2024)"]),
]

ARTICLES += [
A(O, "hari-pertama-kerja-usai-lebaran-pj-bupati-bogor-sidak-kehadiran-asn", "2024-04-16T12:20",
  "Bogor", "Hari Pertama Kerja Usai Lebaran, Pj Bupati Bogor Sidak Kehadiran ASN",
  "Fajar Nugraha", "Neng Siti Rohmah", ["ASN", "Lebaran", "Kabupaten Bogor", "Disiplin"],
  "Pj Bupati Bogor memeriksa daftar hadir pegawai", "Diskominfo Kab. Bogor",
  """
CIBINONG, JABARPOST – Pj Bupati Bogor, H. Ujang Rahmat, S.Sos., M.Si., melakukan inspeksi mendadak (sidak) kehadiran aparatur sipil negara (ASN) pada hari pertama kerja usai libur Lebaran di sejumlah kantor perangkat daerah di Kompleks Perkantoran Tegar Beriman, Cibinong, Selasa (16/4/2024).

Dalam sidak itu, Ujang mendapati sebagian besar pegawai sudah hadir dan pelayanan berjalan normal. Namun, di beberapa kantor masih ditemukan meja kosong tanpa keterangan izin atau cuti.

"ASN dan PPPK wajib masuk hari ini. Tidak ada alasan masih di kampung, karena jadwal cuti bersama sudah diumumkan jauh-jauh hari," tegas Ujang.

Ujang mengatakan, pegawai dilarang menambah libur sendiri tanpa izin atasan. Menurut dia, pelayanan publik tidak boleh terganggu hanya karena sebagian pegawai memperpanjang libur Lebaran.

Ia menegaskan, ASN yang tidak masuk tanpa keterangan akan dipotong tunjangan kinerjanya dan dikenai sanksi disiplin sesuai Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin PNS. Bagi PPPK, ketidakhadiran tanpa alasan sah akan menjadi catatan dalam evaluasi perpanjangan kontrak.

Ujang juga meminta kepala OPD melaporkan rekapitulasi kehadiran pegawai paling lambat pukul 12.00 WIB. Data kehadiran itu akan dicocokkan dengan sistem absensi elektronik milik Badan Kepegawaian dan Pengembangan Sumber Daya Manusia (BKPSDM).

Inspektur Kabupaten Bogor mengatakan timnya akan memantau kehadiran pegawai selama sepekan ke depan, terutama di kantor kecamatan dan puskesmas yang banyak melayani masyarakat. Hasil pemantauan akan dilaporkan kepada Pj Bupati sebagai dasar penjatuhan sanksi.

Berdasarkan data sementara BKPSDM, tingkat kehadiran ASN pada hari pertama kerja mencapai 96 persen. Angka itu sedikit lebih tinggi dibandingkan hari pertama kerja usai Lebaran tahun lalu.

Ujang mengapresiasi pegawai yang sudah kembali bekerja tepat waktu. Ia berharap semangat Idulfitri menjadi momentum untuk meningkatkan kualitas pelayanan kepada warga Kabupaten Bogor.
""",
  ["ujang-rahmat-bogor", "inspektur-bogor"],
  ["Kabupaten Bogor"],
  ["OPD", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia (BKPSDM)", "BKPSDM"],
  [D("ujang-rahmat-bogor", "instruction", ["ASN", "PPPK"], "ASN dan PPPK wajib masuk pada hari pertama kerja usai Lebaran",
     "wajib masuk", "2024-04-16", place="Kompleks Perkantoran Tegar Beriman, Cibinong"),
   D("ujang-rahmat-bogor", "prohibition", ["pegawai"], "Pegawai dilarang menambah libur tanpa izin atasan",
     "dilarang menambah libur", "2024-04-16", place="Kompleks Perkantoran Tegar Beriman, Cibinong"),
   D("ujang-rahmat-bogor", "sanction_warning", ["ASN", "PPPK"], "ASN mangkir dipotong tunjangan dan disanksi; PPPK dicatat untuk evaluasi kontrak",
     "akan dipotong tunjangan kinerjanya", "2024-04-16", place="Kompleks Perkantoran Tegar Beriman, Cibinong",
     legal=["Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin PNS"]),
   D("ujang-rahmat-bogor", "appeal", ["kepala OPD"], "Kepala OPD diminta melaporkan rekap kehadiran paling lambat pukul 12.00",
     "meminta", "2024-04-16", place="Kompleks Perkantoran Tegar Beriman, Cibinong"),
   D("ujang-rahmat-bogor", "oversight", ["ASN"], "Sidak kehadiran ASN pada hari pertama kerja",
     "inspeksi mendadak (sidak)", "2024-04-16", place="Kompleks Perkantoran Tegar Beriman, Cibinong"),
   D("inspektur-bogor", "oversight", ["pegawai"], "Inspektorat memantau kehadiran pegawai selama sepekan",
     "akan memantau", "2024-04-16")],
  notes="The Inspektur Kabupaten Bogor is never named; his org is given as the regency's Inspektorat although the text only names the office. 'pelayanan publik tidak boleh terganggu' is a general statement; 'Ujang berharap semangat Idulfitri ...' is a wish without a target; neither is annotated.",
  formats=["Selasa (16/4/2024)"]),
]
