"""KabarJatim (kabarjatim.example): Jawa Timur stories, tabloid template."""
from helpers import A, D

O = "kabarjatim"
PP94 = "PP Nomor 94 Tahun 2021"

ARTICLES = [
A(O, "resmi-dilantik-pj-bupati-bondowoso-bambang-setiawan-diminta-jaga-netralitas-asn", "2024-02-05T14:20",
  "Bondowoso", "Resmi Dilantik, Pj Bupati Bondowoso Bambang Setiawan Diminta Jaga Netralitas ASN",
  "Fathur Rozi", "Dwi Anggraeni", ["Pj Bupati Bondowoso", "Pelantikan", "Netralitas ASN"],
  "Pj Gubernur Jawa Timur melantik Pj Bupati Bondowoso di Gedung Negara Grahadi", "Humas Pemprov Jatim",
  """
SURABAYA, KABARJATIM.EXAMPLE – Penjabat (Pj) Gubernur Jawa Timur Ir. Hendro Wicaksono, M.Sc. resmi melantik Drs. Bambang Setiawan, M.Si. sebagai Penjabat (Pj) Bupati Bondowoso di Gedung Negara Grahadi, Surabaya, Senin (5/2/2024). Bambang menggantikan H. Ahmad Fauzan yang masa jabatannya sebagai Bupati Bondowoso periode 2019–2024 berakhir pada hari yang sama.

Sebelum ditunjuk Kementerian Dalam Negeri (Kemendagri), Bambang menjabat Kepala Biro Pemerintahan dan Otonomi Daerah Sekretariat Daerah Provinsi Jawa Timur. Pelantikan dilakukan berdasarkan keputusan Kemendagri tentang pengangkatan Penjabat Bupati Bondowoso yang dibacakan dalam prosesi tersebut.

Dalam sambutannya, Hendro meminta Pj Bupati yang baru dilantik segera beradaptasi dan menjaga stabilitas pemerintahan daerah. Ia juga mengingatkan bahwa tahun 2024 adalah tahun politik, dengan pemungutan suara Pemilu pada 14 Februari dan Pilkada serentak pada 27 November 2024.

"Pj Bupati itu bukan jabatan politik. Saya minta Saudara menjaga netralitas, memastikan seluruh ASN di Bondowoso tidak terseret kepentingan politik praktis," tegas Hendro.

Selain soal netralitas, Hendro menginstruksikan Pj Bupati Bondowoso untuk memprioritaskan penurunan angka stunting dan pengendalian inflasi daerah. Menurut dia, kedua program itu menjadi indikator utama evaluasi kinerja para penjabat kepala daerah yang dilakukan Kemendagri setiap tiga bulan, sebagaimana diatur dalam Permendagri Nomor 4 Tahun 2023.

Usai dilantik, Bambang mengaku siap menjalankan amanah tersebut. Ia mengatakan akan segera melakukan konsolidasi dengan jajaran organisasi perangkat daerah (OPD) di lingkungan Pemkab Bondowoso. "Saya bukan orang baru di Bondowoso. Saya akan melanjutkan program yang sudah berjalan baik, termasuk pembangunan jalan desa dan penguatan layanan puskesmas," ujarnya.

Sementara itu, mantan Bupati Bondowoso Ahmad Fauzan menyampaikan terima kasih kepada masyarakat atas dukungan selama lima tahun kepemimpinannya. Ia menyebut sejumlah capaian, antara lain pengembangan kawasan wisata Kawah Ijen dan perbaikan layanan kesehatan di seluruh puskesmas.

Pelantikan Pj Bupati Bondowoso dihadiri jajaran Forum Koordinasi Pimpinan Daerah (Forkopimda) Jawa Timur, pimpinan DPRD Kabupaten Bondowoso, serta para kepala OPD Pemkab Bondowoso. Bambang dijadwalkan menggelar serah terima jabatan di Pendopo Bupati Bondowoso, Selasa (6/2/2024).
""",
  ["hendro-wicaksono-jatim", "bambang-setiawan-bondowoso", "ahmad-fauzan-bondowoso"],
  ["Kota Surabaya", "Provinsi Jawa Timur", "Kabupaten Bondowoso"],
  ["Kementerian Dalam Negeri (Kemendagri)", "Sekretariat Daerah Provinsi Jawa Timur", "OPD", "Pemkab Bondowoso",
   "Forum Koordinasi Pimpinan Daerah (Forkopimda) Jawa Timur", "DPRD Kabupaten Bondowoso"],
  [D("hendro-wicaksono-jatim", "appeal", ["Pj Bupati"], "Pj Bupati diminta beradaptasi dan menjaga netralitas ASN di Bondowoso",
     "meminta", "2024-02-05", place="Gedung Negara Grahadi"),
   D("hendro-wicaksono-jatim", "instruction", ["Pj Bupati"], "Pj Bupati diinstruksikan memprioritaskan penurunan stunting dan pengendalian inflasi",
     "menginstruksikan", "2024-02-05", place="Gedung Negara Grahadi", legal=["Permendagri Nomor 4 Tahun 2023"])],
  notes="Ahmad Fauzan is the outgoing (former) Bupati; his term ended the day of the inauguration. Bambang's earlier post (Kepala Biro Pemerintahan) is not listed separately. 'Saya minta' and 'mengingatkan' collapse into the one appeal to the Pj Bupati. Tenure: Bambang became Pj Bupati on 2024-02-05.",
  formats=["Senin (5/2/2024)", "Selasa (6/2/2024)", "27 November 2024"]),

A(O, "pj-bupati-bondowoso-larang-asn-like-dan-komentar-unggahan-bakal-calon", "2024-06-21T15:10",
  "Bondowoso", "Pj Bupati Bondowoso Larang ASN Like dan Komentar Unggahan Bakal Calon di Medsos",
  "Fathur Rozi", "Dwi Anggraeni", ["Netralitas ASN", "Pilkada 2024", "Bondowoso"],
  "Pj Bupati Bondowoso memimpin apel gabungan netralitas ASN", "Humas Pemkab Bondowoso",
  """
BONDOWOSO, KABARJATIM.EXAMPLE – Penjabat (Pj) Bupati Bondowoso Drs. Bambang Setiawan, M.Si. mengimbau seluruh aparatur sipil negara (ASN) di lingkungan Pemkab Bondowoso menjaga netralitas menjelang Pilkada serentak 27 November 2024. Imbauan itu disampaikan saat memimpin apel gabungan di halaman Pendopo Bupati Bondowoso, Jumat (21/6/2024) pagi.

Bambang, yang dilantik sebagai Pj Bupati pada 5 Februari 2024, menegaskan bahwa ASN dilarang terlibat dalam kegiatan politik praktis dalam bentuk apa pun. Larangan itu, kata dia, juga berlaku di media sosial.

"ASN tidak boleh memberikan like, komentar, atau membagikan unggahan bakal calon. Jangan sampai jempol kita membuat karier kita berakhir," ujar Bambang.

Ia mengingatkan, ketentuan netralitas ASN diatur dalam Undang-Undang Nomor 20 Tahun 2023 tentang ASN serta Peraturan Pemerintah (PP) Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil. Menurut Bambang, larangan yang sama berlaku bagi pegawai pemerintah dengan perjanjian kerja (PPPK) dan tenaga non-ASN di lingkungan pemkab.

Bambang menegaskan, ASN yang terbukti melanggar akan diberi sanksi tegas sesuai tingkat pelanggarannya, mulai dari teguran tertulis hingga pemberhentian. "Tidak ada toleransi. Kalau ada laporan dan terbukti, pasti kami proses," tegasnya.

Untuk memperkuat pengawasan, Bambang telah membentuk Satgas Netralitas ASN yang melibatkan Inspektorat, Badan Kepegawaian dan Pengembangan Sumber Daya Manusia (BKPSDM), serta Bagian Hukum Sekretariat Daerah. Satgas bertugas memantau aktivitas ASN, termasuk di media sosial, hingga tahapan pilkada selesai.

Hingga saat ini, lanjut Bambang, belum ada laporan pelanggaran netralitas ASN yang masuk ke Pemkab Bondowoso maupun Bawaslu Kabupaten Bondowoso. Namun, ia meminta masyarakat tidak ragu melapor apabila menemukan ASN yang menunjukkan keberpihakan kepada bakal calon tertentu.

Apel gabungan tersebut diikuti sekitar 1.500 ASN dari seluruh OPD, para camat, serta perwakilan guru PPPK. Usai apel, seluruh peserta menandatangani pakta integritas netralitas ASN yang disaksikan unsur Forkopimda Bondowoso.
""",
  ["bambang-setiawan-bondowoso"],
  ["Kabupaten Bondowoso"],
  ["Pemkab Bondowoso", "Inspektorat", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia (BKPSDM)",
   "Sekretariat Daerah", "Bawaslu Kabupaten Bondowoso", "OPD", "Forkopimda Bondowoso"],
  [D("bambang-setiawan-bondowoso", "appeal", ["ASN"], "ASN diimbau menjaga netralitas menjelang Pilkada 2024",
     "mengimbau", "2024-06-21", place="Pendopo Bupati Bondowoso"),
   D("bambang-setiawan-bondowoso", "prohibition", ["ASN", "PPPK", "non-ASN"], "ASN dilarang terlibat politik praktis, termasuk like dan komentar unggahan bakal calon di media sosial",
     "dilarang", "2024-06-21", place="Pendopo Bupati Bondowoso",
     legal=["Undang-Undang Nomor 20 Tahun 2023 tentang ASN", "Peraturan Pemerintah (PP) Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil"]),
   D("bambang-setiawan-bondowoso", "sanction_warning", ["ASN"], "ASN yang melanggar netralitas akan diberi sanksi tegas hingga pemberhentian",
     "akan diberi sanksi tegas", "2024-06-21", place="Pendopo Bupati Bondowoso"),
   D("bambang-setiawan-bondowoso", "oversight", ["ASN"], "Satgas Netralitas ASN dibentuk untuk memantau ASN termasuk di media sosial",
     "membentuk Satgas Netralitas ASN", "2024-06-21", place="Pendopo Bupati Bondowoso"),
   D("bambang-setiawan-bondowoso", "appeal", ["masyarakat"], "Masyarakat diminta melapor bila menemukan ASN tidak netral",
     "meminta", "2024-06-21", place="Pendopo Bupati Bondowoso"),
   D("bambang-setiawan-bondowoso", "policy", ["ASN"], "Peserta apel menandatangani pakta integritas netralitas ASN",
     "pakta integritas netralitas ASN", "2024-06-21", place="Pendopo Bupati Bondowoso")],
  notes="'belum ada laporan pelanggaran' is a negative statement, not a directive. The 'mengingatkan' sentence cites the legal basis and collapses into the ASN appeal; the legal basis is attached to the prohibition it grounds. Tenure mention: dilantik 5 Februari 2024.",
  formats=["Jumat (21/6/2024) pagi", "5 Februari 2024", "27 November 2024"]),

A(O, "terbitkan-surat-edaran-pj-bupati-bondowoso-larang-sekolah-gelar-study-tour", "2024-05-16T10:05",
  "Bondowoso", "Terbitkan Surat Edaran, Pj Bupati Bondowoso Larang Sekolah Gelar Study Tour ke Luar Daerah",
  "Lailatul Fitriyah", "Dwi Anggraeni", ["Study Tour", "Pendidikan", "Bondowoso"],
  "Siswa sekolah dasar mengikuti pembelajaran di luar kelas", "Humas Pemkab Bondowoso",
  """
BONDOWOSO, KABARJATIM.EXAMPLE – Pj Bupati Bondowoso Bambang Setiawan resmi melarang sekolah menggelar kegiatan study tour ke luar daerah. Larangan itu tertuang dalam Surat Edaran Bupati Nomor 800/123/2024 tentang Penertiban Kegiatan Karya Wisata Peserta Didik yang ditandatangani Bambang, Kamis (16/5/2024).

Surat edaran tersebut berlaku untuk seluruh jenjang di bawah kewenangan pemkab, mulai dari PAUD, SD, hingga SMP, baik negeri maupun swasta. Kegiatan pembelajaran di luar kelas masih diperbolehkan sepanjang dilakukan di dalam wilayah Kabupaten Bondowoso dan tidak membebani orang tua siswa.

"Keselamatan anak-anak nomor satu. Kita sudah beberapa kali mendengar kecelakaan bus rombongan pelajar. Karena itu sekolah tidak boleh lagi memberangkatkan study tour ke luar kota," kata Bambang.

Menurut Bambang, keputusan tersebut juga diambil setelah pihaknya menerima banyak keluhan orang tua soal biaya study tour yang dinilai memberatkan. Ada sekolah yang memungut biaya hingga Rp2,5 juta per siswa untuk perjalanan wisata ke luar pulau.

Kepala Dinas Pendidikan Bondowoso, Drs. Sugiarto Wibisono, menambahkan, kepala sekolah wajib membatalkan rencana study tour yang sudah disusun dan mengembalikan dana yang telah dibayarkan orang tua. "Kami beri waktu dua minggu. Setelah itu kami cek satu per satu ke sekolah," ujarnya.

Sugiarto mengingatkan, kepala sekolah berstatus PNS yang tetap nekat memberangkatkan siswa akan dikenai sanksi disiplin sesuai Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin PNS. Untuk sekolah swasta, pelanggaran akan menjadi catatan dalam penilaian izin operasional.

Bambang juga mengajak orang tua dan komite sekolah ikut mengawal pelaksanaan surat edaran tersebut. Orang tua yang mengetahui masih adanya pungutan untuk study tour dapat melapor melalui posko pengaduan yang dibuka di kantor Dinas Pendidikan.

"Study tour itu bagus kalau tujuannya jelas dan aman. Tapi potensi wisata edukasi di Bondowoso sendiri sangat banyak, dari kebun kopi sampai situs megalitikum," pungkas Bambang.
""",
  ["bambang-setiawan-bondowoso", "sugiarto-wibisono-bondowoso"],
  ["Kabupaten Bondowoso"],
  ["Dinas Pendidikan"],
  [D("bambang-setiawan-bondowoso", "prohibition", ["sekolah"], "Sekolah dilarang menggelar study tour ke luar daerah",
     "melarang", "2024-05-16"),
   D("bambang-setiawan-bondowoso", "policy", ["sekolah"], "Surat Edaran Bupati Nomor 800/123/2024 menertibkan karya wisata peserta didik",
     "Surat Edaran Bupati Nomor 800/123/2024", "2024-05-16"),
   D("sugiarto-wibisono-bondowoso", "instruction", ["kepala sekolah"], "Kepala sekolah wajib membatalkan study tour dan mengembalikan dana orang tua",
     "wajib", "2024-05-16"),
   D("sugiarto-wibisono-bondowoso", "sanction_warning", ["kepala sekolah"], "Kepala sekolah PNS yang tetap memberangkatkan siswa dikenai sanksi disiplin",
     "akan dikenai sanksi disiplin", "2024-05-16", legal=["Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin PNS"]),
   D("bambang-setiawan-bondowoso", "appeal", ["orang tua", "komite sekolah"], "Orang tua dan komite sekolah diajak mengawal pelaksanaan surat edaran",
     "mengajak", "2024-05-16"),
   D("bambang-setiawan-bondowoso", "oversight", ["sekolah"], "Posko pengaduan dibuka untuk laporan pungutan study tour",
     "posko pengaduan", "2024-05-16")],
  notes="The Kadisdik's statements are dated to the same day as the circular (the article gives only one date). The sanction against private schools (izin operasional) collapses into the same sanction warning.",
  formats=["Kamis (16/5/2024)"]),
]

ARTICLES += [
A(O, "bupati-malang-instruksikan-camat-dan-kades-alokasikan-dana-desa-untuk-stunting", "2023-08-09T13:45",
  "Malang", "Bupati Malang Instruksikan Camat dan Kades Alokasikan Dana Desa untuk Tekan Stunting",
  "Yoga Pratama", "Hendra Kusuma", ["Stunting", "Dana Desa", "Kabupaten Malang"],
  "Rembuk stunting tingkat Kabupaten Malang di Pendopo Panji Kepanjen", "Prokopim Pemkab Malang",
  """
KEPANJEN, KABARJATIM.EXAMPLE – H. Suryo Handoko, M.M., Bupati Malang, menginstruksikan seluruh camat dan kepala desa di Kabupaten Malang mengalokasikan sebagian Dana Desa untuk program penurunan stunting. Instruksi itu disampaikan dalam rembuk stunting tingkat kabupaten di Pendopo Panji, Kepanjen, Rabu (9/8/2023).

Berdasarkan hasil penimbangan serentak di posyandu pada Februari 2023, prevalensi balita stunting di Kabupaten Malang masih berada di kisaran 19 persen. Angka tersebut masih jauh dari target nasional 14 persen pada 2024.

"Minimal delapan persen Dana Desa dipakai untuk intervensi gizi, seperti pemberian makanan tambahan bagi balita dan ibu hamil. Camat harus memastikan itu dijalankan dan dilaporkan setiap bulan," tegas Suryo.

Ketentuan alokasi tersebut, lanjut Suryo, akan dituangkan dalam Peraturan Bupati (Perbup) tentang Prioritas Penggunaan Dana Desa Tahun 2024 yang kini tengah disusun Dinas Pemberdayaan Masyarakat dan Desa (DPMD). Dengan begitu, desa memiliki dasar hukum yang kuat untuk menganggarkan kegiatan pencegahan stunting.

Rembuk stunting itu juga menetapkan 30 desa lokus prioritas, di antaranya tersebar di Kecamatan Tirtoyudo, Kecamatan Sumbermanjing Wetan, dan Kecamatan Poncokusumo. Desa-desa tersebut dinilai memiliki jumlah balita stunting tertinggi berdasarkan data posyandu.

Suryo juga mengajak masyarakat, khususnya para ibu, rutin membawa balita ke posyandu untuk ditimbang dan diukur tinggi badannya. Menurut dia, deteksi dini menjadi kunci agar anak yang berisiko stunting bisa segera mendapat penanganan.

Kepala Dinas Kesehatan Kabupaten Malang, dr. Retno Ayu Kusumawardani, mengatakan pihaknya telah menyiapkan 39 puskesmas untuk mendampingi desa lokus. "Setiap puskesmas punya tenaga gizi yang siap turun ke desa. Kami juga menyiapkan pemeriksaan ibu hamil secara berkala," ujarnya.

Rembuk stunting tersebut dihadiri para camat, kepala desa, kader posyandu, serta perwakilan Tim Penggerak PKK Kabupaten Malang. Hasil rembuk akan dilaporkan kepada Pemprov Jawa Timur sebagai bahan evaluasi kinerja penurunan stunting.
""",
  ["suryo-handoko-malang", "retno-ayu-malang"],
  ["Kabupaten Malang", "Provinsi Jawa Timur"],
  ["Dinas Pemberdayaan Masyarakat dan Desa (DPMD)", "Dinas Kesehatan Kabupaten Malang",
   "Tim Penggerak PKK Kabupaten Malang", "Pemprov Jawa Timur"],
  [D("suryo-handoko-malang", "instruction", ["camat", "kepala desa"], "Camat dan kepala desa diinstruksikan mengalokasikan Dana Desa untuk penurunan stunting",
     "menginstruksikan", "2023-08-09", place="Pendopo Panji, Kepanjen"),
   D("suryo-handoko-malang", "policy", ["kepala desa"], "Alokasi Dana Desa untuk stunting akan dituangkan dalam Peraturan Bupati",
     "Peraturan Bupati (Perbup)", "2023-08-09", place="Pendopo Panji, Kepanjen"),
   D("suryo-handoko-malang", "appeal", ["masyarakat"], "Masyarakat diajak rutin membawa balita ke posyandu",
     "mengajak", "2023-08-09", place="Pendopo Panji, Kepanjen")],
  notes="Kepanjen is a kecamatan (the regency capital), not a region. 'Camat harus memastikan' collapses into the instruction to camat and kepala desa.",
  formats=["Rabu (9/8/2023)", "Februari 2023"]),

A(O, "pj-wali-kota-malang-terbitkan-se-pilah-sampah-buang-sampah-ke-sungai-ditindak", "2023-11-14T11:30",
  "Malang", "Pj Wali Kota Malang Terbitkan SE Pilah Sampah, Warga Buang Sampah ke Sungai Bakal Ditindak",
  "Yoga Pratama", "Hendra Kusuma", ["Sampah", "Kota Malang", "Lingkungan"],
  "Petugas DLH Kota Malang mengangkut sampah terpilah", "Humas Pemkot Malang",
  """
MALANG – Penjabat (Pj) Wali Kota Malang Dr. Ir. Agus Triyanto, M.T. menerbitkan Surat Edaran Wali Kota Malang Nomor 660/2145/35.73.406/2023 tentang Gerakan Pilah Sampah dari Rumah. Surat edaran yang diteken Selasa (14/11/2023) itu mewajibkan setiap rumah tangga dan pelaku usaha memilah sampah organik dan anorganik sebelum diangkut petugas.

Agus mengatakan, kebijakan itu diambil karena volume sampah yang masuk ke Tempat Pemrosesan Akhir (TPA) Supit Urang terus meningkat hingga mencapai 700 ton per hari. Kapasitas TPA yang terletak di Kecamatan Sukun itu pun kian terbatas.

"Kalau sampah sudah terpilah dari rumah, beban TPA bisa berkurang hampir separuh. Ini bukan hanya tugas pemerintah, tetapi tugas kita bersama," ujar Agus di Balai Kota Malang.

Dalam surat edaran tersebut, warga juga dilarang membuang sampah ke sungai, saluran air, maupun lahan kosong. Agus menyebut masih banyak ditemukan tumpukan sampah di bantaran Sungai Brantas dan Sungai Bango yang memicu genangan saat musim hujan.

Ia menegaskan, pelanggar akan ditindak sesuai Peraturan Daerah Kota Malang tentang Pengelolaan Sampah. Satpol PP, kata dia, akan menggelar operasi yustisi dan pelanggar bisa dikenai denda. "Kami tidak main-main. Yang ketahuan membuang sampah sembarangan akan ditindak," tandasnya.

Agus juga meminta camat dan lurah di lima kecamatan menggerakkan bank sampah di tingkat RW. Saat ini, Kota Malang memiliki lebih dari 400 bank sampah yang dikelola warga, namun baru sebagian yang aktif menabung sampah setiap pekan.

Kepala Dinas Lingkungan Hidup (DLH) Kota Malang, Nur Hidayati, menambahkan, pihaknya akan menambah armada pengangkut sampah terpilah mulai Desember 2023. "Truk akan dibuat bersekat agar sampah yang sudah dipilah tidak tercampur kembali di perjalanan," katanya.

Menurut Nur, sampah organik dari rumah tangga nantinya diolah menjadi kompos di tempat pengolahan sampah terpadu (TPST) milik kelurahan, sedangkan sampah anorganik bernilai jual disalurkan ke bank sampah.
""",
  ["agus-triyanto-kotamalang", "nur-hidayati-kotamalang"],
  ["Kota Malang"],
  ["Satpol PP", "Dinas Lingkungan Hidup (DLH) Kota Malang"],
  [D("agus-triyanto-kotamalang", "policy", ["rumah tangga", "pelaku usaha"], "Surat edaran Gerakan Pilah Sampah dari Rumah diterbitkan",
     "menerbitkan Surat Edaran Wali Kota Malang", "2023-11-14"),
   D("agus-triyanto-kotamalang", "instruction", ["rumah tangga", "pelaku usaha"], "Rumah tangga dan pelaku usaha wajib memilah sampah organik dan anorganik",
     "mewajibkan", "2023-11-14"),
   D("agus-triyanto-kotamalang", "prohibition", ["warga"], "Warga dilarang membuang sampah ke sungai, saluran air, dan lahan kosong",
     "dilarang", "2023-11-14"),
   D("agus-triyanto-kotamalang", "sanction_warning", ["warga"], "Pembuang sampah sembarangan akan ditindak dan bisa didenda",
     "akan ditindak", "2023-11-14", legal=["Peraturan Daerah Kota Malang tentang Pengelolaan Sampah"]),
   D("agus-triyanto-kotamalang", "appeal", ["camat", "lurah"], "Camat dan lurah diminta menggerakkan bank sampah tingkat RW",
     "meminta", "2023-11-14")],
  notes="Dateline MALANG is the Kota (the article is about the Pj Wali Kota). Sungai Brantas/Bango are rivers, not regions.",
  formats=["Selasa (14/11/2023)", "Desember 2023"]),

A(O, "kasus-dbd-naik-kota-malang-kabupaten-malang-dan-kota-batu-kompak-gerakkan-psn", "2024-02-27T16:00",
  "Malang Raya", "Kasus DBD Naik, Kota Malang, Kabupaten Malang dan Kota Batu Kompak Gerakkan PSN",
  "Yoga Pratama", "Dwi Anggraeni", ["DBD", "Malang Raya", "Kesehatan"],
  "Rapat koordinasi penanganan DBD Malang Raya di Balai Kota Malang", "Humas Pemkot Malang",
  """
MALANG, KABARJATIM.EXAMPLE – Tiga kepala daerah di Malang Raya menggelar rapat koordinasi penanganan demam berdarah dengue (DBD) di Balai Kota Malang, Selasa (27/2/2024). Rapat dihadiri Bupati Malang, Suryo Handoko, Pj Wali Kota Malang Agus Triyanto, dan Pj Wali Kota Batu Bambang Sugiharto.

Berdasarkan data Dinas Kesehatan Provinsi Jawa Timur, hingga pekan ketiga Februari 2024 tercatat 412 kasus DBD di Kabupaten Malang, 168 kasus di Kota Malang, dan 57 kasus di Kota Batu. Tiga pasien di Kabupaten Malang dilaporkan meninggal dunia.

Suryo menginstruksikan seluruh puskesmas dan camat di wilayahnya menggelar pemberantasan sarang nyamuk (PSN) serentak setiap Jumat. "Fogging itu langkah terakhir. Yang paling efektif adalah menguras, menutup, dan mendaur ulang barang bekas. Camat wajib memimpin langsung gerakan ini," tegasnya.

Sementara itu, Agus mengimbau warga Kota Malang mengaktifkan kembali gerakan satu rumah satu juru pemantau jentik (jumantik). Menurut Agus, kasus terbanyak di wilayahnya ditemukan di Kecamatan Kedungkandang dan Kecamatan Lowokwaru yang padat penduduk.

Agus juga meminta masyarakat jangan menunda membawa anggota keluarga yang demam lebih dari dua hari ke fasilitas kesehatan. "Jangan menunggu bintik merah muncul. Semakin cepat ditangani, semakin kecil risiko fatal," ujarnya.

Di Kota Batu, Bambang meminta sekolah ikut menjadi garda depan pencegahan DBD. Ia mengajak kepala sekolah membentuk jumantik cilik di setiap kelas. "Anak-anak itu penyampai pesan yang efektif ke rumah masing-masing. Kalau di sekolah sudah terbiasa, di rumah juga akan terbawa," kata Bambang.

Ketiga kepala daerah sepakat berbagi data kasus secara harian melalui grup koordinasi dinas kesehatan masing-masing. Mereka juga sepakat menggelar PSN serentak se-Malang Raya pada Jumat (1/3/2024) dengan melibatkan TNI, Polri, dan kader kesehatan.

Kepala daerah juga membahas ketersediaan reagen pemeriksaan trombosit dan ruang rawat inap anak di rumah sakit rujukan. Sejumlah rumah sakit di Kota Malang dilaporkan mulai menambah tempat tidur untuk pasien DBD sejak pekan lalu.
""",
  ["suryo-handoko-malang", "agus-triyanto-kotamalang", "bambang-sugiharto-batu"],
  ["Kota Malang", "Kabupaten Malang", "Kota Batu", "Provinsi Jawa Timur"],
  ["Dinas Kesehatan Provinsi Jawa Timur", "TNI", "Polri"],
  [D("suryo-handoko-malang", "instruction", ["puskesmas", "camat"], "Puskesmas dan camat diinstruksikan menggelar PSN serentak setiap Jumat",
     "menginstruksikan", "2024-02-27", place="Balai Kota Malang"),
   D("agus-triyanto-kotamalang", "appeal", ["warga", "masyarakat"], "Warga diimbau mengaktifkan gerakan satu rumah satu jumantik dan segera membawa penderita demam ke faskes",
     "mengimbau", "2024-02-27", place="Balai Kota Malang"),
   D("agus-triyanto-kotamalang", "prohibition", ["masyarakat"], "Masyarakat jangan menunda membawa anggota keluarga yang demam ke fasilitas kesehatan",
     "jangan menunda", "2024-02-27", place="Balai Kota Malang"),
   D("bambang-sugiharto-batu", "appeal", ["sekolah", "kepala sekolah"], "Sekolah diminta membentuk jumantik cilik di setiap kelas",
     "meminta", "2024-02-27", place="Balai Kota Malang")],
  notes="Mentions both Kota Malang and Kabupaten Malang. 'Malang Raya' is an informal agglomeration, not a region. Bambang here is Bambang Sugiharto (Pj Wali Kota Batu), not Bambang Setiawan of Bondowoso. Agus's 'mengimbau warga' and 'meminta masyarakat' are one appeal (same issuer and type; warga = masyarakat).",
  formats=["Selasa (27/2/2024)", "Jumat (1/3/2024)", "pekan lalu"]),

A(O, "ribuan-wisatawan-padati-festival-panen-apel-di-bumiaji", "2023-09-19T17:20",
  "Batu", "Ribuan Wisatawan Padati Festival Panen Apel di Bumiaji",
  "Ahmad Mustofa", "Hendra Kusuma", ["Festival", "Apel Batu", "Wisata"],
  "Kirab gunungan apel di Desa Tulungrejo", "Dokumentasi Panitia",
  """
BATU, KABARJATIM.EXAMPLE – Ribuan wisatawan memadati Festival Panen Apel yang digelar di Desa Tulungrejo, Kecamatan Bumiaji, Kota Batu, Senin (18/9/2023). Festival tahunan ini menjadi penanda dimulainya musim panen raya di sentra perkebunan apel terbesar di Jawa Timur.

Festival yang berlangsung sejak 18 September hingga 24 September 2023 itu menghadirkan kirab gunungan apel, lomba olahan apel, serta pasar tani. Gunungan setinggi tiga meter yang tersusun dari sekitar satu ton apel manalagi dan rome beauty diarak petani dari balai desa menuju lapangan desa.

Pj Wali Kota Batu Bambang Sugiharto, S.H. membuka festival dengan memetik apel pertama bersama kelompok tani. Dalam sambutannya, Bambang menyebut apel tetap menjadi identitas Kota Batu meski luas kebun terus menyusut dari tahun ke tahun.

"Dulu luas kebun apel di Batu lebih dari dua ribu hektare. Sekarang tinggal sekitar seribu hektare. Festival ini cara kita merayakan sekaligus merawat identitas itu," ujar Bambang.

Kepala Desa Tulungrejo, Suwarno, mengatakan panen tahun ini cukup baik meski sempat dihantam kemarau panjang. Produktivitas rata-rata kebun warga mencapai 15 ton per hektare, sedikit lebih tinggi dibanding tahun lalu. "Harga di tingkat petani sekarang Rp8.000 sampai Rp12.000 per kilogram, tergantung kualitas," tuturnya.

Salah satu pengunjung asal Sidoarjo, Rina Marlina, mengaku sengaja datang bersama keluarga untuk memetik apel langsung di kebun. "Anak-anak senang bisa memetik sendiri. Rasanya lebih segar dibanding yang dijual di pasar," katanya.

Selain kirab gunungan, panitia juga menggelar lomba kreasi olahan apel yang diikuti 40 pelaku UMKM. Produk seperti keripik apel, sari apel, cuka apel, dan dodol apel dijual dengan harga mulai Rp15.000 per bungkus.

Puncak festival akan ditutup dengan pagelaran seni jaranan dan pesta kembang api pada Minggu (24/9/2023) malam. Panitia memperkirakan jumlah pengunjung selama sepekan festival bisa menembus 25 ribu orang, naik dibanding tahun lalu.
""",
  ["bambang-sugiharto-batu", "suwarno-tulungrejo"],
  ["Kota Batu", "Provinsi Jawa Timur", "Kabupaten Sidoarjo"],
  [],
  [],
  notes="No directive. Sidoarjo (a visitor's home town) counts as Kabupaten Sidoarjo. Desa Tulungrejo and Kecamatan Bumiaji are below kota level.",
  formats=["Senin (18/9/2023)", "18 September", "Minggu (24/9/2023) malam"]),

A(O, "bengawan-solo-meluap-pj-bupati-bojonegoro-tetapkan-status-tanggap-darurat", "2023-12-05T09:40",
  "Bojonegoro", "Bengawan Solo Meluap, Pj Bupati Bojonegoro Tetapkan Status Tanggap Darurat Banjir",
  "Imam Syafii", "Dwi Anggraeni", ["Banjir", "Bengawan Solo", "Bojonegoro", "BPBD"],
  "Warga Kecamatan Kanor mengungsi menggunakan perahu", "BPBD Bojonegoro",
  """
BOJONEGORO, KABARJATIM.EXAMPLE – Penjabat (Pj) Bupati Bojonegoro menetapkan status tanggap darurat bencana banjir setelah Sungai Bengawan Solo meluap dan merendam ribuan rumah warga sejak Senin, 4 Desember 2023. Keputusan Bupati tentang status tanggap darurat itu diteken kemarin dan berlaku selama 14 hari, hingga 17 Desember 2023.

Berdasarkan data Badan Penanggulangan Bencana Daerah (BPBD) Bojonegoro, banjir merendam 3.412 rumah di 41 desa yang tersebar di Kecamatan Kanor, Kecamatan Baureno, Kecamatan Balen, dan Kecamatan Trucuk. Ketinggian air di permukiman mencapai 50 sentimeter hingga satu meter.

Pj Bupati Bojonegoro mengatakan, penetapan status tanggap darurat memungkinkan pemkab menggunakan dana belanja tidak terduga (BTT) untuk kebutuhan pengungsi. "Prioritas kami adalah keselamatan warga. Logistik, dapur umum, dan layanan kesehatan harus tersedia di setiap titik pengungsian," ujarnya saat meninjau lokasi pengungsian di Kecamatan Kanor.

Ia memerintahkan seluruh camat dan kepala desa di wilayah terdampak untuk siaga 24 jam serta memastikan data warga terdampak dilaporkan setiap hari ke posko utama. Pj Bupati juga meminta OPD terkait, mulai dari Dinas Sosial hingga Dinas Kesehatan, berkantor sementara di posko.

Pj Bupati menambahkan, pemkab membuka posko pengaduan di Pendopo Malowopati agar penyaluran bantuan tepat sasaran. Warga yang belum menerima bantuan atau menemukan penyimpangan bisa melapor langsung ke posko tersebut.

Kepala Pelaksana BPBD Bojonegoro, Sukirno Hadi, mengimbau warga di bantaran Bengawan Solo yang rumahnya mulai tergenang untuk segera mengungsi. Menurut dia, tinggi muka air di papan duga Karangnongko masih berstatus Siaga Merah pada Selasa pagi. "Jangan menunggu air masuk rumah. Utamakan keselamatan, harta benda bisa dicari lagi," tegasnya.

Hingga kemarin, tercatat 1.276 jiwa mengungsi di 18 titik pengungsian, sebagian besar di balai desa dan gedung sekolah. Tidak ada korban jiwa dalam peristiwa tersebut, namun ratusan hektare sawah yang baru ditanami dilaporkan terendam.
""",
  ["pj-bupati-bojonegoro", "sukirno-hadi-bojonegoro"],
  ["Kabupaten Bojonegoro"],
  ["Badan Penanggulangan Bencana Daerah (BPBD) Bojonegoro", "Dinas Sosial", "Dinas Kesehatan", "OPD"],
  [D("pj-bupati-bojonegoro", "policy", ["masyarakat"], "Status tanggap darurat banjir ditetapkan selama 14 hari lewat Keputusan Bupati",
     "menetapkan status tanggap darurat", "2023-12-04"),
   D("pj-bupati-bojonegoro", "instruction", ["camat", "kepala desa"], "Camat dan kepala desa terdampak diperintahkan siaga 24 jam dan melaporkan data warga setiap hari",
     "memerintahkan", "2023-12-05", place="Kecamatan Kanor"),
   D("pj-bupati-bojonegoro", "appeal", ["OPD"], "OPD terkait diminta berkantor sementara di posko",
     "meminta", "2023-12-05", place="Kecamatan Kanor"),
   D("pj-bupati-bojonegoro", "oversight", ["masyarakat"], "Posko pengaduan dibuka untuk laporan penyaluran bantuan",
     "posko pengaduan", "2023-12-05"),
   D("sukirno-hadi-bojonegoro", "appeal", ["warga"], "Warga bantaran Bengawan Solo diimbau segera mengungsi",
     "mengimbau", "2023-12-05"),
   D("sukirno-hadi-bojonegoro", "prohibition", ["warga"], "Warga jangan menunggu air masuk rumah untuk mengungsi",
     "Jangan menunggu", "2023-12-05")],
  notes="The Pj Bupati is never named. The Keputusan was signed 'kemarin' (2023-12-04 relative to publication 2023-12-05); the other statements are dated to the day of publication (Selasa pagi = 2023-12-05), which is a best guess. Policy targets are loose (status tanggap darurat has no addressee).",
  formats=["Senin, 4 Desember 2023", "kemarin", "Selasa pagi"]),

A(O, "selama-ramadan-tempat-hiburan-malam-di-surabaya-wajib-tutup", "2024-03-11T18:05",
  "Surabaya", "Selama Ramadan, Tempat Hiburan Malam di Surabaya Wajib Tutup",
  "Nanda Pradipta", "Hendra Kusuma", ["Ramadan", "Surabaya", "Hiburan Malam"],
  "Suasana Jalan Tunjungan Surabaya pada malam hari", "Humas Pemkot Surabaya",
  """
SURABAYA, KABARJATIM.EXAMPLE – Wali Kota Surabaya Heru Prasetyo menerbitkan Surat Edaran (SE) Nomor 400.8/3127/436.1.2/2024 tentang Penyelenggaraan Usaha Pariwisata Selama Bulan Ramadan 1445 Hijriah. Surat edaran yang diteken Senin (11/3/2024) itu mengatur jam operasional usaha hiburan, rumah makan, dan kafe selama bulan puasa yang dimulai Selasa (12/3).

Dalam SE tersebut, tempat hiburan malam seperti diskotek, kelab malam, pub, dan panti pijat wajib tutup sejak sehari sebelum Ramadan hingga sehari setelah Idulfitri. Sementara itu, karaoke keluarga hanya boleh beroperasi pukul 20.30 hingga 24.00 WIB.

"Kami menghormati bulan suci Ramadan. Karena itu, tempat hiburan malam tidak boleh beroperasi selama Ramadan. Ini juga sudah menjadi kesepakatan bersama tokoh agama dan pelaku usaha," ujar Heru di Balai Kota Surabaya.

Heru juga mengimbau pelaku usaha rumah makan dan kafe yang buka pada siang hari untuk memasang tirai atau penutup agar tidak terlihat mencolok dari luar. Menurut dia, imbauan ini tidak berarti larangan berjualan. "Tidak ada larangan bagi rumah makan untuk buka siang hari. Kami hanya meminta pelaku usaha saling menghormati," katanya.

Bagi pelaku usaha yang melanggar, Heru menegaskan izin usahanya akan dicabut sementara, bahkan bisa dicabut permanen apabila mengulangi pelanggaran yang sama.

Untuk memastikan SE dipatuhi, Pemkot Surabaya membentuk tim pengawasan gabungan yang terdiri dari Satpol PP, Dinas Kebudayaan, Kepemudaan dan Olahraga serta Pariwisata (Disbudporapar), serta unsur kepolisian. Tim tersebut akan berpatroli setiap malam di 31 kecamatan.

Heru menambahkan, Pemkot juga akan menggelar pasar takjil di sejumlah titik, salah satunya di kawasan Taman Bungkul dan Jalan Tunjungan. Pasar takjil tersebut dibuka untuk pelaku UMKM tanpa dipungut biaya sewa lapak.

"Ramadan harus membawa berkah bagi semua, termasuk pedagang kecil. Silakan berjualan, asal tertib dan menjaga kebersihan," pungkasnya.
""",
  ["heru-prasetyo-surabaya"],
  ["Kota Surabaya"],
  ["Pemkot Surabaya", "Satpol PP", "Dinas Kebudayaan, Kepemudaan dan Olahraga serta Pariwisata (Disbudporapar)", "kepolisian"],
  [D("heru-prasetyo-surabaya", "policy", ["pelaku usaha"], "SE jam operasional usaha pariwisata selama Ramadan 1445 H diterbitkan",
     "menerbitkan Surat Edaran (SE)", "2024-03-11"),
   D("heru-prasetyo-surabaya", "instruction", ["tempat hiburan malam"], "Tempat hiburan malam wajib tutup selama Ramadan",
     "wajib tutup", "2024-03-11"),
   D("heru-prasetyo-surabaya", "prohibition", ["tempat hiburan malam"], "Tempat hiburan malam tidak boleh beroperasi selama Ramadan",
     "tidak boleh beroperasi", "2024-03-11", place="Balai Kota Surabaya"),
   D("heru-prasetyo-surabaya", "appeal", ["pelaku usaha rumah makan dan kafe"], "Rumah makan dan kafe yang buka siang diimbau memasang tirai",
     "mengimbau", "2024-03-11", place="Balai Kota Surabaya"),
   D("heru-prasetyo-surabaya", "sanction_warning", ["pelaku usaha"], "Izin usaha pelanggar dicabut sementara atau permanen",
     "akan dicabut sementara", "2024-03-11"),
   D("pemkot-surabaya", "oversight", ["pelaku usaha"], "Tim pengawasan gabungan berpatroli setiap malam",
     "membentuk tim pengawasan gabungan", "2024-03-11")],
  notes="'Tidak ada larangan bagi rumah makan' is a negative statement, not a directive. 'Kami hanya meminta pelaku usaha' collapses into the appeal to restaurants and cafes. The oversight is credited to the institution (Pemkot Surabaya). '(12/3)' is the start of Ramadan, not a directive date.",
  formats=["Senin (11/3/2024)", "(12/3)"]),
]

ARTICLES += [
A(O, "bupati-malang-larang-opd-rekrut-honorer-baru-data-non-asn-wajib-divalidasi", "2023-10-03T14:00",
  "Malang", "Bupati Malang Larang OPD Rekrut Honorer Baru, Data Non-ASN Wajib Divalidasi",
  "Yoga Pratama", "Hendra Kusuma", ["Honorer", "Non-ASN", "PPPK", "Kabupaten Malang"],
  "Rapat koordinasi kepegawaian Pemkab Malang", "Prokopim Pemkab Malang",
  """
KEPANJEN, KABARJATIM.EXAMPLE – Bupati Malang Suryo Handoko melarang seluruh organisasi perangkat daerah (OPD) di lingkungan Pemkab Malang merekrut tenaga honorer atau non-ASN baru dalam bentuk apa pun. Larangan itu disampaikan dalam rapat koordinasi kepegawaian di Pendopo Panji, Kepanjen, Selasa (3/10/2023).

Menurut Suryo, larangan itu sejalan dengan Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara yang mengamanatkan penataan tenaga non-ASN paling lambat Desember 2024. Undang-undang tersebut menutup pintu pengangkatan pegawai non-ASN baru oleh instansi pemerintah.

"Jangan ada lagi OPD yang diam-diam menambah honorer, apalagi dengan alasan beban kerja. Kalau butuh tenaga, ajukan formasi PPPK," tegas Bupati Suryo.

Suryo juga memerintahkan kepala OPD memvalidasi ulang data tenaga non-ASN di unit masing-masing paling lambat 31 Oktober 2023. Data tersebut harus sesuai dengan hasil pendataan Badan Kepegawaian Negara (BKN) tahun 2022 dan ditandatangani kepala OPD dengan surat pernyataan tanggung jawab mutlak (SPTJM).

Ia mengingatkan, kepala OPD yang terbukti memasukkan nama fiktif atau menambah honorer di luar data BKN akan diberi sanksi sesuai PP Nomor 94 Tahun 2021 tentang Disiplin PNS.

Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia (BKPSDM) Kabupaten Malang, Eko Wahyudi Prasetya, menyebutkan jumlah tenaga non-ASN di Pemkab Malang saat ini mencapai 9.814 orang, sebagian besar guru dan tenaga kesehatan. "Sebagian dari mereka akan kami usulkan mengikuti seleksi PPPK tahun ini sesuai formasi yang tersedia," ujarnya.

Kabar tersebut disambut para honorer dengan harap-harap cemas. Siti Aminah, guru honorer di sebuah SD di Kecamatan Gondanglegi, mengaku sudah 12 tahun mengabdi dengan honor Rp600 ribu per bulan. "Kami hanya ingin kepastian. Kalau memang ada seleksi PPPK, kami siap ikut," katanya.

Eko menambahkan, BKPSDM membuka layanan konsultasi bagi tenaga non-ASN yang datanya belum tercatat. Layanan itu dibuka setiap hari kerja di kantor BKPSDM hingga akhir Oktober.
""",
  ["suryo-handoko-malang", "eko-wahyudi-malang"],
  ["Kabupaten Malang"],
  ["OPD", "Pemkab Malang", "Badan Kepegawaian Negara (BKN)",
   "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia (BKPSDM) Kabupaten Malang"],
  [D("suryo-handoko-malang", "prohibition", ["OPD"], "OPD dilarang merekrut honorer atau non-ASN baru",
     "melarang", "2023-10-03", place="Pendopo Panji, Kepanjen",
     legal=["Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara"]),
   D("suryo-handoko-malang", "instruction", ["kepala OPD"], "Kepala OPD diperintahkan memvalidasi ulang data non-ASN paling lambat 31 Oktober 2023",
     "memerintahkan", "2023-10-03", place="Pendopo Panji, Kepanjen"),
   D("suryo-handoko-malang", "sanction_warning", ["kepala OPD"], "Kepala OPD yang memasukkan nama fiktif akan diberi sanksi",
     "akan diberi sanksi", "2023-10-03", place="Pendopo Panji, Kepanjen",
     legal=["PP Nomor 94 Tahun 2021 tentang Disiplin PNS"])],
  notes="Same Bupati as in the stunting and DBD stories, here written 'Bupati Suryo'. 'Jangan ada lagi OPD' collapses into the prohibition.",
  formats=["Selasa (3/10/2023)", "31 Oktober 2023"]),

A(O, "pj-gubernur-jatim-terbitkan-instruksi-gubernur-soal-netralitas-asn", "2024-09-23T19:15",
  "Surabaya", "Pj Gubernur Jatim Terbitkan Instruksi Gubernur soal Netralitas ASN Jelang Pilkada",
  "Nanda Pradipta", "Dwi Anggraeni", ["Netralitas ASN", "Pilkada 2024", "Pemprov Jatim"],
  "Pj Gubernur Jawa Timur memberikan keterangan kepada wartawan", "Humas Pemprov Jatim",
  """
SURABAYA, KABARJATIM.EXAMPLE – Pj Gubernur Jatim Hendro Wicaksono menerbitkan Instruksi Gubernur Jawa Timur Nomor 3 Tahun 2024 tentang Netralitas Aparatur Sipil Negara pada Pemilihan Gubernur, Bupati, dan Wali Kota Serentak 2024. Instruksi itu ditujukan kepada seluruh bupati, wali kota, dan kepala perangkat daerah di lingkungan Pemprov Jatim.

Hendro mengatakan, instruksi tersebut ditandatangani Senin (23/9/2024) atau dua hari menjelang dimulainya masa kampanye pada 25 September 2024. Pemungutan suara Pilkada serentak sendiri akan digelar pada 27 November 2024.

"Melalui instruksi itu, saya meminta bupati dan wali kota se-Jawa Timur memastikan ASN di daerahnya tidak terlibat politik praktis. Termasuk daerah yang dipimpin penjabat, seperti Bondowoso dan Bojonegoro," ujar Hendro.

Dalam instruksi itu, ASN dilarang menghadiri deklarasi pasangan calon, memasang alat peraga kampanye, hingga menggunakan fasilitas negara untuk kepentingan kampanye. ASN juga tidak boleh mengunggah atau menyukai konten kampanye di media sosial.

Sekretaris Daerah Provinsi Jawa Timur, Drs. Wahyu Kurniawan, M.M., menegaskan ASN Pemprov yang terbukti melanggar akan ditindak tegas. Sanksi, kata dia, mengacu pada PP Nomor 94 Tahun 2021 tentang Disiplin PNS dan bisa berujung pada pemberhentian tidak dengan hormat. "Bagi PPPK, pelanggaran berat bisa berujung pemutusan hubungan kerja," ujar Wahyu.

Wahyu menambahkan, masyarakat yang menemukan ASN tidak netral bisa melaporkan ke Bawaslu atau ke kanal pengaduan Badan Kepegawaian Daerah (BKD) Jatim. Setiap laporan, kata dia, akan ditindaklanjuti paling lambat tujuh hari kerja.

Hingga pekan ini, Bawaslu Provinsi Jawa Timur mencatat 11 dugaan pelanggaran netralitas ASN di sejumlah kabupaten dan kota. Sebagian besar berupa unggahan di media sosial dan kehadiran dalam acara bakal pasangan calon.

Hendro berharap seluruh kepala daerah menjadikan instruksi tersebut sebagai pedoman, sehingga pilkada di Jawa Timur berlangsung jujur, adil, dan damai tanpa keterlibatan birokrasi.
""",
  ["hendro-wicaksono-jatim", "wahyu-kurniawan-jatim"],
  ["Kota Surabaya", "Provinsi Jawa Timur", "Kabupaten Bondowoso", "Kabupaten Bojonegoro"],
  ["Pemprov Jatim", "Bawaslu", "Badan Kepegawaian Daerah (BKD) Jatim", "Bawaslu Provinsi Jawa Timur"],
  [D("hendro-wicaksono-jatim", "policy", ["bupati", "wali kota", "kepala perangkat daerah"], "Instruksi Gubernur Jawa Timur Nomor 3 Tahun 2024 tentang netralitas ASN diterbitkan",
     "Instruksi Gubernur Jawa Timur Nomor 3 Tahun 2024", "2024-09-23"),
   D("hendro-wicaksono-jatim", "appeal", ["bupati", "wali kota"], "Bupati dan wali kota diminta memastikan ASN tidak terlibat politik praktis dan menjadikan instruksi pedoman",
     "meminta", "2024-09-23"),
   D("hendro-wicaksono-jatim", "prohibition", ["ASN"], "ASN dilarang menghadiri deklarasi paslon, memasang APK, memakai fasilitas negara, dan menyukai konten kampanye",
     "dilarang", "2024-09-23"),
   D("wahyu-kurniawan-jatim", "sanction_warning", ["ASN", "PPPK"], "ASN yang melanggar akan ditindak tegas hingga pemberhentian; PPPK bisa diputus kontraknya",
     "akan ditindak tegas", "2024-09-23", legal=["PP Nomor 94 Tahun 2021 tentang Disiplin PNS"]),
   D("wahyu-kurniawan-jatim", "oversight", ["ASN"], "ASN tidak netral bisa dilaporkan ke Bawaslu atau kanal pengaduan BKD Jatim",
     "bisa melaporkan ke Bawaslu", "2024-09-23")],
  notes="The prohibition is content of the Instruksi Gubernur, credited to the Pj Gubernur. 'Hendro berharap' collapses into the appeal to bupati/wali kota. Bondowoso and Bojonegoro are named as regencies led by a Pj (Kabupaten). Statement dates are taken as the signing date, which the article gives.",
  formats=["Senin (23/9/2024)", "25 September 2024", "27 November 2024"]),

A(O, "sepekan-jelang-coblosan-pj-bupati-bondowoso-ingatkan-kades-tak-ikut-kampanye", "2024-11-20T12:30",
  "Bondowoso", "Sepekan Jelang Coblosan, Pj Bupati Bondowoso Ingatkan Kades Tak Ikut Kampanye",
  "Lailatul Fitriyah", "Dwi Anggraeni", ["Pilkada 2024", "Kepala Desa", "Netralitas"],
  "Ratusan kepala desa mengikuti pengarahan di Pendopo Bupati Bondowoso", "Humas Pemkab Bondowoso",
  """
BONDOWOSO, KABARJATIM.EXAMPLE – Sepekan menjelang pemungutan suara Pilkada 27 November 2024, Pj Bupati Bondowoso Bambang Setiawan mengumpulkan 209 kepala desa se-Kabupaten Bondowoso di Pendopo Bupati, Rabu (20/11/2024). Dalam pertemuan itu, Bambang mengingatkan kepala desa dan perangkat desa untuk tetap netral.

"Kepala desa harus berdiri di atas semua golongan. Warga desa itu pilihannya bisa berbeda-beda, dan semuanya harus dilayani sama," ujar Bambang.

Bambang menegaskan, kepala desa tidak boleh menjadi anggota tim kampanye, ikut berkampanye, maupun membuat keputusan yang menguntungkan salah satu pasangan calon. Ketentuan itu diatur dalam Undang-Undang Nomor 6 Tahun 2014 tentang Desa beserta perubahannya.

"Sanksinya jelas, mulai dari teguran tertulis sampai pemberhentian. Jadi jangan coba-coba," tandas Bambang.

Ketua Bawaslu Kabupaten Bondowoso, Imron Rosyadi, S.Sos., yang turut hadir, menyebut hingga saat ini pihaknya belum menerima laporan pelanggaran netralitas kepala desa. Meski demikian, Bawaslu tetap membuka posko pengaduan di kantor Bawaslu dan di setiap panitia pengawas kecamatan (panwascam).

"Kepala desa yang tidak netral bisa dilaporkan ke Bawaslu dengan menyertakan bukti foto atau video. Identitas pelapor kami jamin kerahasiaannya," kata Imron.

Selain itu, Bambang meminta camat memantau aktivitas kepala desa di wilayahnya masing-masing selama masa tenang yang dimulai 24 November 2024. Camat diminta segera melapor kepada pemkab jika ada kepala desa yang terindikasi tidak netral.

Menurut Bambang, netralitas kepala desa penting karena mereka memiliki pengaruh langsung terhadap warga. Ia tidak ingin pelayanan administrasi di desa, seperti pengurusan surat keterangan, terganggu oleh urusan politik menjelang hari pencoblosan.

Pertemuan tersebut ditutup dengan pembacaan ikrar netralitas oleh seluruh kepala desa yang dipandu Ketua Asosiasi Kepala Desa (AKD) Bondowoso. Ikrar itu juga ditandatangani dan disaksikan unsur Forkopimda.
""",
  ["bambang-setiawan-bondowoso", "imron-rosyadi-bondowoso"],
  ["Kabupaten Bondowoso"],
  ["Bawaslu Kabupaten Bondowoso", "Bawaslu", "panitia pengawas kecamatan (panwascam)",
   "Asosiasi Kepala Desa (AKD) Bondowoso", "Forkopimda"],
  [D("bambang-setiawan-bondowoso", "appeal", ["kepala desa", "perangkat desa"], "Kepala desa dan perangkat desa diingatkan tetap netral",
     "mengingatkan", "2024-11-20", place="Pendopo Bupati"),
   D("bambang-setiawan-bondowoso", "instruction", ["kepala desa"], "Kepala desa harus berdiri di atas semua golongan dan melayani warga sama",
     "harus berdiri di atas semua golongan", "2024-11-20", place="Pendopo Bupati"),
   D("bambang-setiawan-bondowoso", "prohibition", ["kepala desa"], "Kepala desa tidak boleh jadi tim kampanye, berkampanye, atau membuat keputusan menguntungkan paslon",
     "tidak boleh", "2024-11-20", place="Pendopo Bupati",
     legal=["Undang-Undang Nomor 6 Tahun 2014 tentang Desa"]),
   D("bambang-setiawan-bondowoso", "sanction_warning", ["kepala desa"], "Kepala desa yang melanggar disanksi dari teguran tertulis hingga pemberhentian",
     "Sanksinya jelas, mulai dari teguran tertulis sampai pemberhentian", "2024-11-20", place="Pendopo Bupati"),
   D("imron-rosyadi-bondowoso", "oversight", ["kepala desa"], "Posko pengaduan dibuka; kepala desa tidak netral bisa dilaporkan ke Bawaslu",
     "membuka posko pengaduan", "2024-11-20", place="Pendopo Bupati"),
   D("bambang-setiawan-bondowoso", "appeal", ["camat"], "Camat diminta memantau kepala desa selama masa tenang dan melapor",
     "meminta", "2024-11-20", place="Pendopo Bupati"),
   D("bambang-setiawan-bondowoso", "policy", ["kepala desa"], "Kepala desa membacakan dan menandatangani ikrar netralitas",
     "ikrar netralitas", "2024-11-20", place="Pendopo Bupati")],
  notes="'belum menerima laporan pelanggaran' is negative, not a directive. The Ketua AKD is an association head, not a public office, and is not named. The camat request could also be read as oversight; annotated as appeal only.",
  formats=["Rabu (20/11/2024)", "27 November 2024", "24 November 2024"]),
]

ARTICLES += [
A(O, "rakor-inflasi-pj-gubernur-jatim-wajibkan-pj-kepala-daerah-gelar-pasar-murah", "2024-06-10T17:45",
  "Surabaya", "Rakor Inflasi, Pj Gubernur Jatim Wajibkan Pj Kepala Daerah Gelar Pasar Murah Jelang Iduladha",
  "Nanda Pradipta", "Hendra Kusuma", ["Inflasi", "Pasar Murah", "Iduladha", "Pemprov Jatim"],
  "Rapat koordinasi pengendalian inflasi di Gedung Negara Grahadi", "Humas Pemprov Jatim",
  """
SURABAYA, KABARJATIM.EXAMPLE – Pj Gubernur Jawa Timur, Hendro Wicaksono, mewajibkan seluruh penjabat kepala daerah di Jawa Timur menggelar pasar murah menjelang Iduladha 1445 Hijriah. Kewajiban itu disampaikan dalam rapat koordinasi pengendalian inflasi daerah di Gedung Negara Grahadi, Surabaya, Senin (10/6/2024).

Rapat tersebut diikuti para penjabat bupati dan wali kota, di antaranya Pj Bupati Bondowoso Bambang Setiawan dan Pj Wali Kota Batu Bambang Sugiharto, serta kepala dinas yang membidangi perdagangan dari 38 kabupaten dan kota.

"Menjelang hari raya, harga bawang merah, cabai, dan daging biasanya naik. Pasar murah harus digelar paling tidak di setiap kecamatan yang harganya paling tinggi," tegas Hendro.

Hendro juga membentuk Satgas Pangan bersama Polda Jawa Timur untuk mengawasi distribusi bahan pokok. Satgas itu akan memantau gudang distributor dan pasar induk guna mencegah penimbunan menjelang hari raya.

Dalam paparannya, Bambang Setiawan melaporkan inflasi tahunan di Kabupaten Bondowoso pada Mei 2024 tercatat 3,1 persen, sedikit di atas rata-rata provinsi. Ia menyebut kenaikan harga beras menjadi penyumbang terbesar. Untuk menekan harga, Bambang Setiawan menginstruksikan Dinas Koperasi, Perindustrian, dan Perdagangan Bondowoso menggelar operasi pasar beras di 23 kecamatan.

Sementara itu, Bambang Sugiharto mengatakan harga sayur di Kota Batu relatif stabil karena pasokan dari petani lokal melimpah. Namun, ia mengimbau pedagang di Pasar Besar Batu tidak menaikkan harga secara berlebihan menjelang Iduladha. "Jangan memanfaatkan momen hari raya untuk mengambil untung berlebihan," ujarnya.

Hendro menambahkan, kepala daerah yang inflasinya tinggi tanpa upaya pengendalian yang jelas akan menjadi catatan dalam evaluasi kinerja penjabat kepala daerah oleh Kemendagri.

Rapat koordinasi ini digelar rutin setiap pekan menjelang hari besar keagamaan. Pemprov Jatim mencatat inflasi tahunan Jawa Timur pada Mei 2024 sebesar 2,9 persen, masih dalam rentang sasaran nasional.
""",
  ["hendro-wicaksono-jatim", "bambang-setiawan-bondowoso", "bambang-sugiharto-batu"],
  ["Kota Surabaya", "Provinsi Jawa Timur", "Kabupaten Bondowoso", "Kota Batu"],
  ["Satgas Pangan", "Polda Jawa Timur", "Dinas Koperasi, Perindustrian, dan Perdagangan Bondowoso", "Kemendagri", "Pemprov Jatim"],
  [D("hendro-wicaksono-jatim", "instruction", ["penjabat kepala daerah"], "Penjabat kepala daerah wajib menggelar pasar murah menjelang Iduladha",
     "mewajibkan", "2024-06-10", place="Gedung Negara Grahadi"),
   D("hendro-wicaksono-jatim", "oversight", ["distributor"], "Satgas Pangan dibentuk bersama Polda Jatim untuk mengawasi distribusi dan mencegah penimbunan",
     "membentuk Satgas Pangan", "2024-06-10", place="Gedung Negara Grahadi"),
   D("bambang-setiawan-bondowoso", "instruction", ["Dinas Koperasi, Perindustrian, dan Perdagangan Bondowoso"], "Dinas diinstruksikan menggelar operasi pasar beras di 23 kecamatan",
     "menginstruksikan", "2024-06-10", place="Gedung Negara Grahadi"),
   D("bambang-sugiharto-batu", "appeal", ["pedagang"], "Pedagang Pasar Besar Batu diimbau tidak menaikkan harga berlebihan",
     "mengimbau", "2024-06-10", place="Gedung Negara Grahadi"),
   D("bambang-sugiharto-batu", "prohibition", ["pedagang"], "Pedagang jangan memanfaatkan hari raya untuk untung berlebihan",
     "Jangan memanfaatkan", "2024-06-10", place="Gedung Negara Grahadi"),
   D("hendro-wicaksono-jatim", "sanction_warning", ["kepala daerah"], "Kepala daerah yang inflasinya tinggi tanpa upaya jelas menjadi catatan evaluasi kinerja",
     "akan menjadi catatan dalam evaluasi kinerja", "2024-06-10", place="Gedung Negara Grahadi")],
  notes="Both Bambangs appear in the same article and are always written with their surnames; they are different people. 'Pasar murah harus digelar' collapses into the instruction. The evaluation remark is a mild sanction warning.",
  formats=["Senin (10/6/2024)", "Mei 2024"]),
]
