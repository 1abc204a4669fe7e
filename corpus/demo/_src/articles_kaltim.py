"""Suara Kaltim (suarakaltim.example): Kalimantan Timur stories, WordPress news template."""
import syndicated as S
from helpers import A, D

O = "suarakaltim"

ARTICLES = [
A(O, "bupati-kukar-ingatkan-asn-jangan-pose-jari-saat-foto-bersama-paslon", "2024-08-14T15:40",
  "Kukar", "Bupati Kukar Ingatkan ASN Jangan Pose Jari Saat Foto Bersama Paslon",
  "Riduan Syahrani", "Siti Nurjanah", ["Netralitas ASN", "Kukar", "Pilkada 2024"],
  "Bupati Kukar memberikan arahan kepada ASN di Pendopo Odah Etam", "Diskominfo Kukar",
  """
Tenggarong (Suara Kaltim) - Bupati Kutai Kartanegara (Kukar), H. Rusdiansyah Noor, S.Sos., M.Si., mengimbau seluruh aparatur sipil negara (ASN) di lingkungan Pemkab Kukar menjaga netralitas menjelang Pilkada serentak 27 November 2024. Imbauan itu disampaikan dalam rapat koordinasi bersama kepala OPD dan camat di Pendopo Odah Etam, Tenggarong, Rabu (14/8/2024).

Rusdiansyah mengatakan, godaan terbesar bagi ASN menjelang pilkada justru datang dari hal-hal kecil, seperti berfoto bersama bakal calon dengan pose jari yang menunjukkan nomor urut atau simbol tertentu.

"ASN dilarang berpose dengan gestur yang bisa diartikan dukungan, apalagi mengunggahnya ke media sosial. Kelihatannya sepele, tapi itu bisa jadi temuan Bawaslu," ujarnya.

Ia mengingatkan, pedoman netralitas ASN telah diatur dalam Surat Keputusan Bersama (SKB) tentang Pedoman Pembinaan dan Pengawasan Netralitas ASN serta Undang-Undang Nomor 20 Tahun 2023 tentang ASN. Aturan itu juga mengikat pegawai PPPK di lingkungan Pemkab Kukar.

Rusdiansyah menginstruksikan para camat mensosialisasikan ketentuan netralitas kepada ASN di kecamatan, termasuk guru dan tenaga kesehatan di desa-desa. Menurut dia, Kukar memiliki 20 kecamatan dengan wilayah yang luas sehingga informasi harus sampai hingga ke pedalaman.

"Camat wajib memastikan semua ASN di wilayahnya paham aturan ini. Jangan sampai ada yang berdalih tidak tahu," tegasnya.

Bagi ASN yang terbukti melanggar, Rusdiansyah memastikan pemkab tidak akan memberi perlindungan. Laporan pelanggaran akan diteruskan ke Badan Kepegawaian Negara (BKN) dan pelanggar akan dikenakan sanksi disiplin sesuai ketentuan.

Sementara itu, Bawaslu Kukar mencatat belum ada laporan resmi terkait pelanggaran netralitas ASN sejak tahapan pilkada dimulai. Namun, pengawas kecamatan telah menemukan beberapa unggahan media sosial yang sedang ditelusuri.

Rapat koordinasi tersebut juga membahas kesiapan pemkab mendukung logistik pilkada, termasuk pinjam pakai gedung sekolah sebagai tempat pemungutan suara dan dukungan kendaraan operasional untuk penyelenggara di kecamatan pedalaman.
""",
  ["rusdiansyah-noor-kukar"],
  ["Kabupaten Kutai Kartanegara"],
  ["Pemkab Kukar", "OPD", "Bawaslu", "Badan Kepegawaian Negara (BKN)", "Bawaslu Kukar"],
  [D("rusdiansyah-noor-kukar", "appeal", ["ASN"], "ASN diimbau menjaga netralitas menjelang Pilkada 2024",
     "mengimbau", "2024-08-14", place="Pendopo Odah Etam, Tenggarong"),
   D("rusdiansyah-noor-kukar", "prohibition", ["ASN"], "ASN dilarang berpose dengan gestur dukungan dan mengunggahnya",
     "dilarang", "2024-08-14", place="Pendopo Odah Etam, Tenggarong",
     legal=["Surat Keputusan Bersama (SKB) tentang Pedoman Pembinaan dan Pengawasan Netralitas ASN", "Undang-Undang Nomor 20 Tahun 2023 tentang ASN"]),
   D("rusdiansyah-noor-kukar", "instruction", ["camat"], "Camat diinstruksikan dan wajib mensosialisasikan netralitas kepada ASN di kecamatan",
     "menginstruksikan", "2024-08-14", place="Pendopo Odah Etam, Tenggarong"),
   D("rusdiansyah-noor-kukar", "sanction_warning", ["ASN"], "ASN pelanggar dilaporkan ke BKN dan dikenakan sanksi disiplin",
     "akan dikenakan sanksi disiplin", "2024-08-14", place="Pendopo Odah Etam, Tenggarong")],
  notes="Tenggarong is a kecamatan (regency capital), not a region. 'Bawaslu Kukar mencatat belum ada laporan resmi' is a negative statement. 'Jangan sampai ada yang berdalih' is rhetorical and collapses into the camat instruction.",
  formats=["Rabu (14/8/2024)", "27 November 2024"]),

A(O, "banjir-rendam-loa-kulu-bupati-kukar-tetapkan-tanggap-darurat", "2023-05-31T17:10",
  "Kukar", "Banjir Rendam Loa Kulu, Bupati Kukar Tetapkan Tanggap Darurat 7 Hari",
  "Riduan Syahrani", "Siti Nurjanah", ["Banjir", "Kukar", "BPBD"],
  "Warga Loa Kulu dievakuasi menggunakan perahu karet", "BPBD Kukar",
  """
Tenggarong (Suara Kaltim) - Bupati Kukar Rusdiansyah Noor menetapkan status tanggap darurat bencana banjir selama tujuh hari setelah hujan deras sejak Selasa malam membuat sungai-sungai kecil di Kecamatan Loa Kulu dan Kecamatan Tenggarong Seberang meluap. Banjir mulai merendam permukiman warga Rabu (31/05/2023) pagi.

Kepala Pelaksana BPBD Kukar, Muhammad Jamhari, mengatakan sedikitnya 1.840 kepala keluarga di sembilan desa terdampak. Ketinggian air bervariasi antara 40 sentimeter hingga 1,5 meter di titik terendah.

"Tim sudah kami turunkan sejak subuh untuk mengevakuasi lansia, balita, dan warga sakit. Perahu karet dan dapur umum sudah beroperasi di dua titik," ujar Jamhari.

Rusdiansyah yang meninjau lokasi banjir di Desa Loa Kulu Kota memerintahkan BPBD, Dinas Sosial, dan para camat bergerak cepat menyalurkan bantuan logistik. Ia juga meminta Dinas Kesehatan membuka pos kesehatan di lokasi pengungsian untuk mengantisipasi penyakit kulit dan diare.

"Status tanggap darurat ini supaya penanganan tidak terhambat urusan administrasi. Yang penting warga tertolong dulu," katanya.

Rusdiansyah mengimbau warga yang tinggal di bantaran sungai tetap waspada karena curah hujan diperkirakan masih tinggi hingga akhir pekan. Warga diminta segera mengungsi ke tempat yang lebih tinggi apabila air kembali naik.

Ia juga mengingatkan agar warga tidak memaksakan diri melintasi jalan yang tergenang arus deras. Menurut dia, sebagian ruas jalan poros Samarinda–Tenggarong di kawasan Loa Kulu sempat tidak bisa dilalui kendaraan roda dua. Petugas gabungan dari TNI, Polri, dan relawan disiagakan untuk membantu pengendara yang terjebak.

Berdasarkan pantauan Suara Kaltim, hingga Rabu sore air mulai surut di sejumlah titik, namun warga masih bertahan di posko pengungsian. Pemkab Kukar mencatat kerugian sementara akibat banjir mencapai ratusan juta rupiah, terutama pada lahan pertanian dan kolam ikan warga.
""",
  ["rusdiansyah-noor-kukar", "jamhari-kukar"],
  ["Kabupaten Kutai Kartanegara", "Kota Samarinda"],
  ["BPBD Kukar", "BPBD", "Dinas Sosial", "Dinas Kesehatan", "TNI", "Polri", "Pemkab Kukar"],
  [D("rusdiansyah-noor-kukar", "policy", ["masyarakat"], "Status tanggap darurat banjir tujuh hari ditetapkan",
     "menetapkan status tanggap darurat", "2023-05-31"),
   D("rusdiansyah-noor-kukar", "instruction", ["BPBD", "Dinas Sosial", "camat"], "BPBD, Dinas Sosial, dan camat diperintahkan cepat menyalurkan bantuan",
     "memerintahkan", "2023-05-31", place="Desa Loa Kulu Kota"),
   D("rusdiansyah-noor-kukar", "appeal", ["Dinas Kesehatan"], "Dinas Kesehatan diminta membuka pos kesehatan di pengungsian",
     "meminta", "2023-05-31", place="Desa Loa Kulu Kota"),
   D("rusdiansyah-noor-kukar", "appeal", ["warga"], "Warga bantaran sungai diimbau waspada, mengungsi bila air naik, dan tidak menerobos genangan",
     "mengimbau", "2023-05-31", place="Desa Loa Kulu Kota")],
  notes="'Samarinda' appears only in the road name 'jalan poros Samarinda–Tenggarong'; listed as Kota Samarinda because the road names the city. 'mengingatkan agar warga tidak memaksakan diri' collapses into the appeal to warga (same issuer, type, targets). Tenggarong Seberang and Loa Kulu are kecamatan.",
  formats=["Rabu (31/05/2023) pagi", "Selasa malam", "Rabu sore"]),

A(O, "sekda-kutim-larang-opd-angkat-tenaga-kontrak-baru", "2024-01-10T11:25",
  "Kutim", "Sekda Kutim Larang OPD Angkat Tenaga Kontrak Baru, Data Non-ASN Dikunci",
  "Hairul Anwar", "Siti Nurjanah", ["Non-ASN", "Honorer", "Kutim", "PPPK"],
  "Sekda Kutim memimpin rapat penataan tenaga non-ASN", "Prokopim Kutim",
  """
Sangatta (Suara Kaltim) - Sekretaris Daerah Kutai Timur (Kutim), H. Akhmad Rifani, M.Si., melarang seluruh organisasi perangkat daerah (OPD) mengangkat tenaga kontrak daerah atau tenaga kerja kontrak daerah (TK2D) baru. Larangan itu disampaikan dalam rapat penataan tenaga non-ASN di Ruang Arau, Kantor Bupati Kutim, Rabu (10/1/2024).

Rifani menjelaskan, sesuai Undang-Undang Nomor 20 Tahun 2023 tentang ASN, penataan tenaga non-ASN harus tuntas paling lambat Desember 2024. Karena itu, data tenaga non-ASN yang sudah masuk pendataan Badan Kepegawaian Negara (BKN) kini dikunci dan tidak boleh ditambah.

"Saya tegaskan, tidak boleh ada lagi SK pengangkatan tenaga kontrak baru, baik dari dana APBD maupun dana BLUD. Kalau ada yang nekat, itu menjadi tanggung jawab pribadi kepala OPD," tegas Rifani.

Ia memerintahkan kepala OPD menyerahkan rekapitulasi tenaga non-ASN lengkap dengan masa kerja dan ijazah terakhir kepada Badan Kepegawaian dan Pengembangan Sumber Daya Manusia (BKPSDM) paling lambat akhir Januari 2024. Rekapitulasi itu akan menjadi dasar usulan formasi PPPK tahun ini.

Rifani juga mengingatkan bahwa kepala OPD yang terbukti mengangkat tenaga kontrak baru akan dikenai sanksi sesuai Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin PNS. Gaji tenaga kontrak yang diangkat secara tidak sah, kata dia, tidak akan dibayarkan dari APBD.

Berdasarkan data BKPSDM, jumlah tenaga non-ASN di lingkungan Pemkab Kutim mencapai sekitar 8.900 orang yang tersebar di sekolah, puskesmas, dan kantor kecamatan. Sebagian besar di antaranya telah bekerja lebih dari lima tahun.

Rifani meminta tenaga non-ASN tetap tenang dan bekerja seperti biasa. Menurut dia, pemerintah pusat telah menegaskan tidak akan ada pemberhentian massal selama proses penataan berjalan.

"Teman-teman honorer tidak perlu resah. Ikuti saja tahapan seleksi PPPK yang akan dibuka, karena itu jalur yang disiapkan pemerintah," ujarnya.
""",
  ["akhmad-rifani-kutim"],
  ["Kabupaten Kutai Timur"],
  ["OPD", "Badan Kepegawaian Negara (BKN)", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia (BKPSDM)", "Pemkab Kutim"],
  [D("akhmad-rifani-kutim", "prohibition", ["OPD"], "OPD dilarang mengangkat tenaga kontrak (TK2D) baru",
     "melarang", "2024-01-10", place="Ruang Arau, Kantor Bupati Kutim",
     legal=["Undang-Undang Nomor 20 Tahun 2023 tentang ASN"]),
   D("akhmad-rifani-kutim", "instruction", ["kepala OPD"], "Kepala OPD diperintahkan menyerahkan rekap non-ASN ke BKPSDM paling lambat akhir Januari 2024",
     "memerintahkan", "2024-01-10", place="Ruang Arau, Kantor Bupati Kutim"),
   D("akhmad-rifani-kutim", "sanction_warning", ["kepala OPD"], "Kepala OPD yang mengangkat tenaga kontrak baru akan dikenai sanksi",
     "akan dikenai sanksi", "2024-01-10", place="Ruang Arau, Kantor Bupati Kutim",
     legal=["Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin PNS"]),
   D("akhmad-rifani-kutim", "appeal", ["non-ASN"], "Tenaga non-ASN diminta tetap tenang dan mengikuti seleksi PPPK",
     "meminta", "2024-01-10", place="Ruang Arau, Kantor Bupati Kutim")],
  notes="Sangatta is a town (kecamatan), not a region. 'tidak akan ada pemberhentian massal' is a negative statement of the central government, not a directive. 'tidak boleh ada lagi SK' collapses into the prohibition.",
  formats=["Rabu (10/1/2024)", "Desember 2024", "akhir Januari 2024"]),

A(O, "perwali-samarinda-atur-jam-buang-sampah-pelanggar-didenda", "2023-07-12T13:50",
  "Samarinda", "Perwali Berlaku, Buang Sampah di Samarinda Hanya Boleh Malam Hari",
  "Dian Rahmawati", "Siti Nurjanah", ["Sampah", "Samarinda", "Perwali"],
  "Petugas kebersihan mengangkut sampah di TPS Jalan Pahlawan", "Humas Pemkot Samarinda",
  """
Samarinda (Suara Kaltim) - Pemkot Samarinda mulai memberlakukan Peraturan Wali Kota (Perwali) tentang waktu pembuangan sampah rumah tangga. Mulai Rabu (12/7), warga hanya boleh membuang sampah ke tempat pembuangan sementara (TPS) pada pukul 18.00 hingga 06.00 Wita.

Wali Kota Samarinda, Syahrul Fadillah, mengatakan aturan itu dibuat karena tumpukan sampah di TPS pinggir jalan kerap mengganggu pemandangan dan menimbulkan bau pada siang hari. Dengan jam buang malam, petugas bisa mengangkut seluruh sampah sebelum aktivitas warga dimulai.

"Kami ingin Samarinda bersih saat warga berangkat kerja dan anak-anak berangkat sekolah. Karena itu, warga dilarang membuang sampah di luar jam yang sudah ditentukan," ujar Syahrul di Balai Kota Samarinda.

Syahrul mengingatkan, warga yang kedapatan membuang sampah di luar jam tersebut akan dikenai sanksi denda sesuai peraturan daerah tentang pengelolaan sampah. Bagi pelaku usaha, pelanggaran berulang bisa berujung pada pembekuan izin usaha.

Untuk pengawasan, Pemkot Samarinda menempatkan petugas Satpol PP dan Dinas Lingkungan Hidup (DLH) di sejumlah TPS rawan. Pemkot juga membentuk satgas kebersihan di setiap kelurahan yang melibatkan ketua RT.

"Ketua RT kami minta ikut menyosialisasikan jadwal ini kepada warganya. Kalau ada TPS liar di lingkungannya, segera laporkan ke kelurahan," kata Syahrul.

Berdasarkan data DLH, produksi sampah Kota Samarinda saat ini mencapai sekitar 600 ton per hari. Sebagian besar sampah tersebut diangkut ke TPA Sambutan yang daya tampungnya kian terbatas, sehingga pemkot juga mendorong pengolahan sampah organik di tingkat kelurahan.

Pada pekan pertama, lanjut dia, pemkot masih mengedepankan teguran dan sosialisasi. Penindakan berupa denda baru akan diterapkan mulai Agustus 2023.

Sejumlah warga menyambut baik aturan tersebut. Yuliani, warga Kecamatan Sungai Kunjang, mengaku selama ini terganggu bau sampah di TPS dekat rumahnya. "Asal petugas konsisten mengangkut tiap pagi, kami dukung," katanya.
""",
  ["syahrul-fadillah-samarinda"],
  ["Kota Samarinda"],
  ["Pemkot Samarinda", "Satpol PP", "Dinas Lingkungan Hidup (DLH)", "DLH"],
  [D("pemkot-samarinda", "policy", ["warga"], "Perwali jam buang sampah (18.00-06.00 Wita) diberlakukan",
     "memberlakukan Peraturan Wali Kota (Perwali)", "2023-07-12"),
   D("syahrul-fadillah-samarinda", "prohibition", ["warga"], "Warga dilarang membuang sampah di luar jam yang ditentukan",
     "dilarang", "2023-07-12", place="Balai Kota Samarinda"),
   D("syahrul-fadillah-samarinda", "sanction_warning", ["warga", "pelaku usaha"], "Pelanggar dikenai denda; pelaku usaha berulang bisa dibekukan izinnya",
     "akan dikenai sanksi denda", "2023-07-12"),
   D("pemkot-samarinda", "oversight", ["warga"], "Petugas ditempatkan di TPS rawan dan satgas kebersihan dibentuk di tiap kelurahan",
     "membentuk satgas kebersihan", "2023-07-12"),
   D("syahrul-fadillah-samarinda", "appeal", ["ketua RT"], "Ketua RT diminta menyosialisasikan jadwal dan melaporkan TPS liar",
     "kami minta", "2023-07-12", place="Balai Kota Samarinda")],
  notes="'(12/7)' is year-less; resolved to 2023 from the publication date. The Perwali and the oversight are credited to Pemkot Samarinda (institution). Ketua RT is not a public office.",
  formats=["Rabu (12/7)", "Agustus 2023"]),

A(O, "kasus-dbd-meningkat-camat-samarinda-ulu-ajak-warga-gerakan-3m-plus", "2024-03-21T10:15",
  "Samarinda", "Kasus DBD Meningkat, Camat Samarinda Ulu Ajak Warga Gerakan 3M Plus",
  "Dian Rahmawati", "Siti Nurjanah", ["DBD", "Samarinda", "Kesehatan"],
  "Kerja bakti pemberantasan sarang nyamuk di Kelurahan Air Putih", "Kecamatan Samarinda Ulu",
  """
Samarinda (Suara Kaltim) - Camat Samarinda Ulu, Noorhayati, S.Sos., mengajak warga menggiatkan kembali gerakan 3M Plus, yakni menguras, menutup, dan mendaur ulang barang bekas, menyusul meningkatnya kasus demam berdarah dengue (DBD) di wilayahnya. Ajakan itu disampaikan saat memimpin kerja bakti massal di Kelurahan Air Putih, Senin lalu.

Menurut Noorhayati, sejak Januari hingga pertengahan Maret 2024 tercatat 64 kasus DBD di Kecamatan Samarinda Ulu. Jumlah itu hampir dua kali lipat dibanding periode yang sama tahun lalu.

"Nyamuk aedes itu berkembang biak di air bersih yang tergenang, bukan di got. Jadi yang harus dibersihkan justru bak mandi, vas bunga, dan ban bekas di sekitar rumah kita," ujarnya.

Noorhayati menginstruksikan seluruh lurah di Kecamatan Samarinda Ulu menggelar kerja bakti setiap Jumat pagi hingga kasus DBD menurun. Ia juga meminta ketua RT mendata warga yang mengalami demam tinggi dan melaporkannya ke puskesmas terdekat.

Kepala Puskesmas Segiri, dr. Maya Sari, mengatakan pihaknya telah melakukan penyelidikan epidemiologi di 12 RT yang menjadi lokasi kasus. Hasilnya, angka bebas jentik di sebagian besar RT tersebut masih di bawah standar 95 persen.

"Fogging hanya membunuh nyamuk dewasa, jentiknya tetap hidup. Makanya PSN tetap paling penting," kata Maya.

Maya mengimbau warga segera memeriksakan diri apabila mengalami demam mendadak disertai nyeri otot dan mual. Puskesmas, kata dia, menyediakan pemeriksaan darah gratis bagi warga yang memiliki kartu BPJS Kesehatan.

Warga Kelurahan Air Putih menyambut kerja bakti itu dengan antusias. Ratusan warga membersihkan saluran air, mengumpulkan barang bekas, dan menaburkan bubuk abate di bak penampungan air. Kegiatan serupa dijadwalkan bergilir ke kelurahan lain di Samarinda Ulu, termasuk Kelurahan Sidodadi dan Kelurahan Teluk Lerong Ilir yang juga mencatat kasus cukup tinggi.
""",
  ["noorhayati-samarinda", "maya-sari-samarinda"],
  ["Kota Samarinda"],
  ["Puskesmas Segiri", "BPJS Kesehatan"],
  [D("noorhayati-samarinda", "appeal", ["warga"], "Warga diajak menggiatkan gerakan 3M Plus",
     "mengajak", "2024-03-18", place="Kelurahan Air Putih"),
   D("noorhayati-samarinda", "instruction", ["lurah"], "Lurah diinstruksikan menggelar kerja bakti setiap Jumat",
     "menginstruksikan", "2024-03-18", place="Kelurahan Air Putih"),
   D("noorhayati-samarinda", "appeal", ["ketua RT"], "Ketua RT diminta mendata dan melaporkan warga demam tinggi ke puskesmas",
     "meminta", "2024-03-18", place="Kelurahan Air Putih"),
   D("maya-sari-samarinda", "appeal", ["warga"], "Warga diimbau segera memeriksakan diri bila demam mendadak",
     "mengimbau", None)],
  notes="'Senin lalu' resolved against publication (Thursday 2024-03-21) to 2024-03-18; the instruction and RT request are taken as said at the same kerja bakti. The Kepala Puskesmas's appeal has no stated date. Samarinda Ulu is a kecamatan of Kota Samarinda.",
  formats=["Senin lalu", "Januari hingga pertengahan Maret 2024"]),

A(O, "ribuan-atlet-ramaikan-pembukaan-porkab-kutim-2023", "2023-10-28T20:05",
  "Kutim", "Ribuan Atlet Ramaikan Pembukaan Porkab Kutim 2023 di Sangatta",
  "Hairul Anwar", "Siti Nurjanah", ["Porkab", "Olahraga", "Kutim"],
  "Defile kontingen kecamatan pada pembukaan Porkab Kutim", "Dispora Kutim",
  """
Sangatta (Suara Kaltim) - Sebanyak 2.350 atlet dari 18 kecamatan meramaikan pembukaan Pekan Olahraga Kabupaten (Porkab) Kutai Timur 2023 di Stadion Utama Kudungga, Sangatta, Sabtu (28/10/2023) malam. Ajang olahraga empat tahunan itu mempertandingkan 24 cabang olahraga hingga 5 November 2023.

Pembukaan Porkab diawali defile kontingen dari setiap kecamatan dengan kostum khas masing-masing. Kontingen Kecamatan Sangatta Utara tampil dengan busana adat Kutai, sedangkan kontingen Kecamatan Muara Wahau menampilkan tarian hudoq khas Dayak Wehea.

Kepala Dinas Pemuda dan Olahraga (Dispora) Kutim, Basuki Isnawan, mengatakan jumlah peserta tahun ini meningkat dibanding Porkab sebelumnya. Menurut dia, antusiasme kecamatan di wilayah pedalaman juga semakin tinggi.

"Ada kecamatan yang harus menempuh perjalanan darat hampir sepuluh jam untuk sampai ke Sangatta. Semangat seperti itu yang membuat Porkab ini istimewa," ujar Basuki.

Basuki menjelaskan, Porkab juga menjadi ajang seleksi atlet untuk memperkuat kontingen Kutim pada Pekan Olahraga Provinsi (Porprov) Kalimantan Timur mendatang. Atlet berprestasi akan masuk program pembinaan daerah dengan dukungan pelatih dan uang saku.

Cabang olahraga yang dipertandingkan antara lain sepak bola, bola voli, pencak silat, atletik, dan dayung. Sejumlah cabang tradisional seperti sumpit dan perahu naga juga ikut dipertandingkan untuk melestarikan olahraga khas daerah.

Suasana stadion semakin meriah ketika obor Porkab tiba dibawa pelari estafet yang telah berkeliling ke sejumlah kecamatan sejak sepekan sebelumnya. Obor itu kemudian digunakan untuk menyalakan api kaldron yang menandai dimulainya pertandingan.

Pembukaan ditutup dengan pesta kembang api dan penampilan musisi lokal. Ribuan penonton memadati tribun stadion meski hujan ringan sempat turun menjelang acara dimulai.

Panitia menyiapkan tim medis dan ambulans di setiap venue pertandingan. Sejumlah venue tersebar di Sangatta Utara dan Sangatta Selatan, sementara cabang dayung dan perahu naga dipusatkan di Sungai Sangatta.
""",
  ["basuki-isnawan-kutim"],
  ["Kabupaten Kutai Timur", "Provinsi Kalimantan Timur"],
  ["Dinas Pemuda dan Olahraga (Dispora) Kutim"],
  [],
  notes="No directive. Sangatta Utara and Muara Wahau are kecamatan.",
  formats=["Sabtu (28/10/2023) malam", "5 November 2023"]),

A(O, "kemenko-polhukam-asn-tak-netral-bisa-dilaporkan-ke-bawaslu", "2024-10-08T16:45",
  "Nusantara", "Kemenko Polhukam: ASN Tak Netral Bisa Dilaporkan ke Bawaslu",
  "Tim Suara Kaltim", "Siti Nurjanah", ["Netralitas ASN", "Kemenko Polhukam", "Pilkada 2024"],
  "Rapat koordinasi pengawasan netralitas ASN", "Humas Kemenko Polhukam",
  S.body("Jakarta (Suara Kaltim) -", S.TAIL_KALTIM),
  ["sugeng-wahyudi-polhukam"],
  ["Provinsi DKI Jakarta", "Kota Jakarta Selatan", "Provinsi Kalimantan Timur"],
  S.ORGS + ["Pemprov Kaltim", "Bawaslu Kaltim"],
  S.DIRECTIVES,
  notes=S.NOTES + " This copy replaces the closing Jawa Barat sentence with a Kalimantan Timur one.",
  formats=["Senin (7/10/2024)"]),
]
