"""Warta Sulsel (warta-sulsel.example): Sulawesi Selatan stories, portal template."""
from helpers import A, D

O = "warta-sulsel"

ARTICLES = [
A(O, "pj-bupati-bone-asn-dilarang-ikut-kampanye-kapolres-siap-tindak-penyebar-hoaks", "2024-09-04T14:35",
  "Daerah", "Pj Bupati Bone: ASN Dilarang Ikut Kampanye, Kapolres Siap Tindak Penyebar Hoaks",
  "Muh. Asrul", "Nurhaedah", ["Pilkada 2024", "Bone", "Netralitas ASN"],
  "Pj Bupati Bone dan Kapolres Bone dalam rapat kerja netralitas", "Humas Pemkab Bone",
  """
WATAMPONE, WARTA-SULSEL – Penjabat (Pj) Bupati Bone, Drs. Andi Baso Rahmat, M.Si., menegaskan aparatur sipil negara (ASN) dilarang ikut serta dalam kampanye pasangan calon pada Pilkada serentak 2024. Penegasan itu disampaikan dalam rapat kerja netralitas ASN yang digelar di Gedung Pertemuan Petta Ponggawae, Watampone, Rabu (4/9/2024).

Andi Baso mengatakan, Pemkab Bone memiliki lebih dari 11 ribu ASN dan PPPK yang tersebar di 27 kecamatan. Jumlah yang besar itu, kata dia, membuat potensi pelanggaran netralitas juga tinggi.

"ASN tidak boleh hadir di kampanye, tidak boleh memakai atribut pasangan calon, dan tidak boleh memfasilitasi kegiatan politik di kantor. Itu aturan yang harus ditaati, bukan pilihan," tegas Andi Baso.

Ia menginstruksikan seluruh camat dan kepala OPD untuk melakukan pengawasan melekat terhadap bawahannya. Camat juga harus melapor setiap pekan kepada Pj Bupati mengenai situasi netralitas ASN di wilayah masing-masing.

Andi Baso mengingatkan, ASN yang terbukti melanggar akan dijatuhi sanksi sesuai Undang-Undang Nomor 20 Tahun 2023 tentang ASN dan PP Nomor 94 Tahun 2021. "Kalau pelanggarannya berat, bisa sampai diberhentikan," ujarnya.

Dalam kesempatan yang sama, Kapolres Bone AKBP Hasanuddin Patoppoi meminta masyarakat tidak mudah terprovokasi oleh informasi yang belum jelas kebenarannya selama masa kampanye. Menurut dia, penyebaran hoaks dan ujaran kebencian menjadi salah satu kerawanan Pilkada di Kabupaten Bone.

"Siapa pun yang menyebarkan hoaks atau ujaran kebencian yang memecah belah masyarakat akan ditindak tegas sesuai Undang-Undang ITE," tegas Hasanuddin.

Hasanuddin menambahkan, Polres Bone telah menyiagakan personel untuk mengamankan seluruh tahapan pilkada, mulai dari kampanye hingga pemungutan suara pada 27 November 2024. Patroli siber juga digencarkan untuk memantau konten provokatif di media sosial, terutama di grup-grup percakapan warga yang kerap menjadi sarana penyebaran kabar bohong.
""",
  ["andi-baso-rahmat-bone", "hasanuddin-patoppoi-bone"],
  ["Kabupaten Bone"],
  ["Pemkab Bone", "OPD", "Polres Bone"],
  [D("andi-baso-rahmat-bone", "prohibition", ["ASN"], "ASN dilarang ikut kampanye, memakai atribut paslon, dan memfasilitasi kegiatan politik",
     "dilarang", "2024-09-04", place="Gedung Pertemuan Petta Ponggawae, Watampone"),
   D("andi-baso-rahmat-bone", "instruction", ["camat", "kepala OPD"], "Camat dan kepala OPD diinstruksikan mengawasi bawahan dan camat melapor tiap pekan",
     "menginstruksikan", "2024-09-04", place="Gedung Pertemuan Petta Ponggawae, Watampone"),
   D("andi-baso-rahmat-bone", "sanction_warning", ["ASN"], "ASN pelanggar dijatuhi sanksi hingga pemberhentian",
     "akan dijatuhi sanksi", "2024-09-04", place="Gedung Pertemuan Petta Ponggawae, Watampone",
     legal=["Undang-Undang Nomor 20 Tahun 2023 tentang ASN", "PP Nomor 94 Tahun 2021"]),
   D("hasanuddin-patoppoi-bone", "appeal", ["masyarakat"], "Masyarakat diminta tidak mudah terprovokasi informasi yang belum jelas",
     "meminta", "2024-09-04", place="Gedung Pertemuan Petta Ponggawae, Watampone"),
   D("hasanuddin-patoppoi-bone", "sanction_warning", ["masyarakat"], "Penyebar hoaks dan ujaran kebencian akan ditindak tegas",
     "akan ditindak tegas", "2024-09-04", place="Gedung Pertemuan Petta Ponggawae, Watampone",
     legal=["Undang-Undang ITE"]),
   D("hasanuddin-patoppoi-bone", "oversight", ["masyarakat"], "Patroli siber digencarkan untuk memantau konten provokatif",
     "Patroli siber", "2024-09-04")],
  notes="Watampone is the regency capital (not a Kota). 'Andi' is kept as part of the Bugis name. AKBP is a police rank and is dropped from the name. The camat reporting duty ('harus melapor') collapses into the instruction.",
  formats=["Rabu (4/9/2024)", "27 November 2024"]),

A(O, "banjir-rendam-ajangale-pj-bupati-bone-perintahkan-bpbd-siaga-24-jam", "2024-05-03T19:20",
  "Daerah", "Banjir Rendam Ajangale, Pj Bupati Bone Perintahkan BPBD Siaga 24 Jam",
  "Muh. Asrul", "Nurhaedah", ["Banjir", "Bone", "BPBD"],
  "Pj Bupati Bone meninjau banjir di Kecamatan Ajangale", "Humas Pemkab Bone",
  """
WATAMPONE, WARTA-SULSEL – Banjir merendam ratusan rumah warga di Kecamatan Ajangale dan Kecamatan Dua Boccoe, Kabupaten Bone, Jumat (3/5/2024). Banjir terjadi setelah hujan deras mengguyur wilayah tersebut sejak Kamis sore sehingga Sungai Walanae meluap.

Pj Bupati Bone, Andi Baso Rahmat, meninjau langsung lokasi banjir di Desa Pinceng Pute bersama jajaran BPBD dan Dinas Sosial. Andi Baso yang dilantik sebagai Pj Bupati Bone pada 28 Desember 2023 itu memerintahkan BPBD siaga 24 jam hingga air benar-benar surut.

"Evakuasi warga rentan seperti lansia, ibu hamil, dan anak-anak harus menjadi prioritas. Jangan sampai ada korban jiwa," kata Andi Baso.

Ia juga memerintahkan camat dan kepala desa di wilayah terdampak mendata kerusakan rumah, sawah, dan tambak warga. Data itu akan menjadi dasar penyaluran bantuan dan pengajuan bantuan ke Pemprov Sulsel maupun Badan Nasional Penanggulangan Bencana (BNPB).

Berdasarkan data sementara BPBD Bone, sebanyak 612 rumah terendam dengan ketinggian air 50 hingga 120 sentimeter. Sekitar 300 hektare sawah yang baru memasuki masa tanam juga ikut terendam.

Andi Baso mengimbau warga yang tinggal di sekitar aliran Sungai Walanae tetap waspada karena cuaca ekstrem diperkirakan masih terjadi dalam sepekan ke depan. Warga diminta segera melapor ke posko apabila membutuhkan evakuasi.

Dinas Sosial Bone telah mendirikan dapur umum di dua titik dan menyalurkan bantuan berupa beras, mi instan, selimut, dan air bersih. Petugas kesehatan dari puskesmas setempat juga disiagakan untuk memeriksa kesehatan pengungsi.

Salah seorang warga Desa Pinceng Pute, Hasnah, mengaku air mulai masuk rumahnya sekitar pukul 03.00 dini hari. "Kami sempat panik karena air naik cepat sekali. Barang-barang tidak sempat diselamatkan," tuturnya. Ia bersama keluarganya kini mengungsi di rumah kerabat yang berada di dataran lebih tinggi.
""",
  ["andi-baso-rahmat-bone"],
  ["Kabupaten Bone", "Provinsi Sulawesi Selatan"],
  ["BPBD", "Dinas Sosial", "Pemprov Sulsel", "Badan Nasional Penanggulangan Bencana (BNPB)", "BPBD Bone", "Dinas Sosial Bone"],
  [D("andi-baso-rahmat-bone", "instruction", ["BPBD"], "BPBD diperintahkan siaga 24 jam dan memprioritaskan evakuasi warga rentan",
     "memerintahkan BPBD siaga 24 jam", "2024-05-03", place="Desa Pinceng Pute"),
   D("andi-baso-rahmat-bone", "instruction", ["camat", "kepala desa"], "Camat dan kepala desa diperintahkan mendata kerusakan",
     "memerintahkan camat dan kepala desa", "2024-05-03", place="Desa Pinceng Pute"),
   D("andi-baso-rahmat-bone", "appeal", ["warga"], "Warga sekitar Sungai Walanae diimbau waspada dan melapor ke posko bila perlu evakuasi",
     "mengimbau", "2024-05-03", place="Desa Pinceng Pute")],
  notes="Tenure mention: Andi Baso was sworn in as Pj Bupati Bone on 2023-12-28. 'Jangan sampai ada korban jiwa' is a wish, not a prohibition of a target. Sungai Walanae is a river.",
  formats=["Jumat (3/5/2024)", "Kamis sore", "28 Desember 2023"]),

A(O, "ramadan-1444-h-wali-kota-makassar-terbitkan-se-jam-operasional-thm", "2023-03-21T12:10",
  "Makassar", "Ramadan 1444 H, Wali Kota Makassar Terbitkan SE Jam Operasional THM",
  "Andi Nurul Fitri", "Nurhaedah", ["Ramadan", "Makassar", "Hiburan Malam"],
  "Wali Kota Makassar memberikan keterangan di Balai Kota", "Humas Pemkot Makassar",
  """
MAKASSAR, WARTA-SULSEL – Wali Kota Makassar Irfan Latief menerbitkan surat edaran tentang pengaturan operasional usaha selama bulan suci Ramadan 1444 Hijriah, Selasa (21/3/2023). Surat edaran itu mengatur tempat hiburan malam (THM), rumah makan, dan pedagang kaki lima selama bulan puasa.

Dalam surat edaran tersebut, seluruh THM seperti diskotek, bar, dan karaoke dewasa diwajibkan tutup selama Ramadan. Sementara rumah makan dan kafe tetap boleh beroperasi pada siang hari dengan syarat tidak menampilkan aktivitas makan secara terbuka.

"THM harus tutup total selama Ramadan. Ini bentuk penghormatan kita kepada umat Islam yang menjalankan ibadah puasa," kata Irfan di Balai Kota Makassar.

Irfan juga meminta pengelola THM jangan mencoba beroperasi secara terselubung dengan alasan acara pribadi atau sewa ruangan. Menurut dia, praktik seperti itu kerap ditemukan pada Ramadan tahun-tahun sebelumnya.

"Jangan ada yang main kucing-kucingan. Kalau kedapatan buka, izinnya langsung kami cabut," tegas Irfan.

Untuk memastikan surat edaran dipatuhi, Pemkot Makassar menugaskan Satpol PP bersama Dinas Pariwisata melakukan pengawasan setiap malam. Tim gabungan juga akan menyisir kawasan Jalan Nusantara dan Pantai Losari yang selama ini menjadi pusat hiburan malam.

Selain mengatur THM, Irfan mengimbau warga tidak menyalakan petasan dan tidak menggelar balap liar menjelang sahur. Ia meminta ketua RT dan RW ikut menjaga ketertiban lingkungan masing-masing.

Irfan menambahkan, pemkot juga akan menggelar pasar Ramadan di Lapangan Karebosi mulai pekan depan. Pasar Ramadan itu diharapkan menjadi ruang bagi pelaku UMKM untuk menambah penghasilan selama bulan puasa.

Sejumlah pengelola rumah makan di kawasan Pettarani mengaku sudah menyiapkan tirai penutup sejak pekan lalu. Mereka menilai aturan tahun ini tidak jauh berbeda dengan Ramadan sebelumnya, sehingga tidak terlalu memengaruhi omzet karena ramai pembeli justru datang menjelang berbuka.
""",
  ["irfan-latief-makassar"],
  ["Kota Makassar"],
  ["Pemkot Makassar", "Satpol PP", "Dinas Pariwisata"],
  [D("irfan-latief-makassar", "policy", ["pelaku usaha"], "Surat edaran pengaturan operasional usaha selama Ramadan 1444 H diterbitkan",
     "menerbitkan surat edaran", "2023-03-21"),
   D("irfan-latief-makassar", "instruction", ["THM"], "Seluruh THM wajib tutup total selama Ramadan",
     "diwajibkan tutup", "2023-03-21", place="Balai Kota Makassar"),
   D("irfan-latief-makassar", "appeal", ["pengelola THM"], "Pengelola THM diminta tidak beroperasi terselubung",
     "meminta pengelola THM", "2023-03-21", place="Balai Kota Makassar"),
   D("irfan-latief-makassar", "prohibition", ["pengelola THM"], "Pengelola THM jangan beroperasi terselubung",
     "jangan mencoba beroperasi", "2023-03-21", place="Balai Kota Makassar"),
   D("irfan-latief-makassar", "sanction_warning", ["pengelola THM"], "Izin THM yang kedapatan buka langsung dicabut",
     "izinnya langsung kami cabut", "2023-03-21", place="Balai Kota Makassar"),
   D("pemkot-makassar", "oversight", ["THM"], "Satpol PP dan Dinas Pariwisata ditugaskan mengawasi setiap malam",
     "melakukan pengawasan", "2023-03-21"),
   D("irfan-latief-makassar", "appeal", ["warga"], "Warga diimbau tidak menyalakan petasan dan tidak balap liar",
     "mengimbau", "2023-03-21", place="Balai Kota Makassar"),
   D("irfan-latief-makassar", "appeal", ["ketua RT", "RW"], "Ketua RT dan RW diminta menjaga ketertiban lingkungan",
     "meminta ketua RT dan RW", "2023-03-21", place="Balai Kota Makassar")],
  notes="Targets THM / pengelola THM are kept as written. 'Irfan juga meminta pengelola THM jangan ...' carries both an appeal (meminta) and a prohibition (jangan). Oversight is credited to Pemkot Makassar.",
  formats=["Selasa (21/3/2023)", "pekan depan"]),
]

ARTICLES += [
A(O, "kasus-dbd-di-makassar-naik-lurah-wajib-gelar-psn-setiap-jumat", "2024-12-04T16:25",
  "Makassar", "Kasus DBD di Makassar Naik, Lurah Wajib Gelar PSN Setiap Jumat",
  "Andi Nurul Fitri", "Nurhaedah", ["DBD", "Makassar", "Kesehatan"],
  "Petugas puskesmas memeriksa jentik nyamuk di rumah warga", "Dinkes Makassar",
  """
MAKASSAR, WARTA-SULSEL – Pemerintah Kota Makassar meningkatkan kewaspadaan terhadap demam berdarah dengue (DBD) seiring masuknya musim hujan. Wali Kota Makassar Irfan Latief mewajibkan seluruh lurah menggelar pemberantasan sarang nyamuk (PSN) setiap Jumat pagi di wilayah masing-masing.

Instruksi itu disampaikan Irfan dalam rapat evaluasi penanganan DBD di Ruang Sipakatau, Balai Kota Makassar, Rabu, 4 Desember 2024. Rapat dihadiri camat, lurah, dan kepala puskesmas se-Kota Makassar.

"Lurah wajib turun langsung memimpin PSN, jangan hanya menyuruh. Saya akan cek laporan fotonya setiap Jumat sore," tegas Irfan.

Kepala Dinas Kesehatan Kota Makassar, dr. Andi Rahmawati Syam, mengatakan sejak Oktober hingga akhir November 2024 tercatat 286 kasus DBD di Makassar, naik hampir 40 persen dibanding periode yang sama tahun sebelumnya. Kasus terbanyak ditemukan di Kecamatan Tamalate, Kecamatan Biringkanaya, dan Kecamatan Manggala.

Menurut Rahmawati, sebagian besar pasien adalah anak usia sekolah. Karena itu, Dinas Kesehatan meminta sekolah ikut memeriksa tempat penampungan air dan talang di lingkungan sekolah secara rutin.

"Kami juga mengimbau orang tua segera membawa anak ke puskesmas atau rumah sakit jika demam tinggi tidak turun dalam dua hari," ungkapnya.

Irfan menambahkan, pemkot menyiapkan posko pelaporan kasus DBD di setiap puskesmas. Warga bisa melaporkan genangan air, rumah kosong, atau lahan tidak terurus yang berpotensi menjadi sarang nyamuk melalui layanan pengaduan Call Center 112.

Ia menegaskan, fogging hanya dilakukan di lokasi yang terbukti ada kasus berdasarkan penyelidikan epidemiologi. Menurut Irfan, banyak warga yang masih meminta fogging massal, padahal cara itu tidak efektif memutus rantai penularan dan justru bisa membuat nyamuk kebal.

Hingga awal Desember, belum ada laporan kematian akibat DBD di Makassar pada tahun ini. Namun Dinas Kesehatan tetap menyiagakan ruang perawatan anak di rumah sakit daerah untuk mengantisipasi lonjakan pasien.
""",
  ["irfan-latief-makassar", "rahmawati-syam-makassar"],
  ["Kota Makassar"],
  ["Pemerintah Kota Makassar", "Dinas Kesehatan Kota Makassar", "Dinas Kesehatan"],
  [D("irfan-latief-makassar", "instruction", ["lurah"], "Lurah wajib memimpin PSN setiap Jumat pagi",
     "mewajibkan", "2024-12-04", place="Ruang Sipakatau, Balai Kota Makassar"),
   D("irfan-latief-makassar", "prohibition", ["lurah"], "Lurah jangan hanya menyuruh, harus turun langsung",
     "jangan hanya menyuruh", "2024-12-04", place="Ruang Sipakatau, Balai Kota Makassar"),
   D("dinkes-makassar", "appeal", ["sekolah"], "Sekolah diminta rutin memeriksa penampungan air dan talang",
     "meminta sekolah", "2024-12-04", place="Ruang Sipakatau, Balai Kota Makassar"),
   D("rahmawati-syam-makassar", "appeal", ["orang tua"], "Orang tua diimbau segera membawa anak demam tinggi ke faskes",
     "mengimbau", "2024-12-04", place="Ruang Sipakatau, Balai Kota Makassar"),
   D("irfan-latief-makassar", "oversight", ["warga"], "Posko pelaporan DBD di puskesmas dan Call Center 112 untuk laporan sarang nyamuk",
     "posko pelaporan", "2024-12-04")],
  notes="The school request is credited in the text to the institution (Dinas Kesehatan), so the issuer is the institution. 'belum ada laporan kematian' is a negative statement.",
  formats=["Rabu, 4 Desember 2024", "akhir November 2024"]),

A(O, "ribuan-pelari-ikuti-makassar-coastal-run-2024", "2024-06-30T13:40",
  "Sport", "Ribuan Pelari Ikuti Makassar Coastal Run 2024, Pelari Kenya Juara",
  "Rizal Mappiasse", "Nurhaedah", ["Lari", "Makassar", "Sport Tourism"],
  "Peserta Makassar Coastal Run melintasi Anjungan Pantai Losari", "Panitia MCR 2024",
  """
MAKASSAR, WARTA-SULSEL – Sebanyak 4.800 pelari dari berbagai daerah mengikuti Makassar Coastal Run 2024 yang digelar di kawasan Pantai Losari, Minggu (30/6/2024). Lomba lari tahunan itu mempertandingkan kategori 5K, 10K, dan half marathon 21K.

Pendaftaran peserta yang dibuka sejak April telah ditutup pada 21 Jun 2024 setelah kuota terpenuhi. Panitia mencatat peserta tidak hanya berasal dari Sulawesi Selatan, tetapi juga dari Jakarta, Bali, Kalimantan, hingga sejumlah negara tetangga.

Lomba dilepas pukul 05.30 Wita dari Anjungan Pantai Losari. Rute half marathon melintasi Jalan Penghibur, kawasan Center Point of Indonesia, hingga Jalan Metro Tanjung Bunga sebelum kembali ke titik start.

Pada kategori half marathon putra, pelari asal Kenya, Josphat Kiprono, keluar sebagai juara dengan catatan waktu 1 jam 6 menit 41 detik. Sementara di kategori putri, gelar juara diraih pelari nasional asal Bandung, Ratna Juwita, dengan waktu 1 jam 19 menit 12 detik.

"Rutenya datar dan pemandangannya indah, tapi kelembapan di Makassar cukup tinggi. Saya harus menjaga ritme dari awal," kata Josphat usai lomba.

Wali Kota Makassar Irfan Latief yang turut berlari di kategori 5K mengatakan ajang tersebut menjadi bagian dari agenda sport tourism kota. Menurut dia, ribuan pelari dan pendamping yang datang ikut menggerakkan ekonomi warga, mulai dari hotel hingga pedagang kuliner.

"Tingkat hunian hotel di sekitar Losari sejak Jumat hampir penuh. Penjual coto dan pisang epe juga kebanjiran pembeli," ujar Irfan sambil tersenyum.

Panitia menyiapkan 12 pos hidrasi, empat pos medis, dan puluhan marshal di sepanjang rute. Hingga lomba berakhir, tidak ada peserta yang mengalami cedera serius. Beberapa pelari hanya mendapat penanganan ringan akibat kram otot.

Makassar Coastal Run tahun depan direncanakan kembali digelar pada akhir Juni dengan kuota peserta yang lebih besar.
""",
  ["irfan-latief-makassar"],
  ["Kota Makassar", "Provinsi Sulawesi Selatan", "Provinsi DKI Jakarta", "Provinsi Bali", "Kota Bandung"],
  [],
  [],
  notes="No directive. 'Jakarta' is read as Provinsi DKI Jakarta, 'Bali' as Provinsi Bali, 'Bandung' (a runner's home) as Kota Bandung; 'Kalimantan' is an island, not a region.",
  formats=["Minggu (30/6/2024)", "21 Jun 2024"]),

A(O, "pj-gubernur-sulsel-larang-sma-smk-gelar-study-tour-ke-luar-provinsi", "2024-05-15T18:30",
  "Makassar", "Pj Gubernur Sulsel Larang SMA/SMK Gelar Study Tour ke Luar Provinsi",
  "Andi Nurul Fitri", "Nurhaedah", ["Study Tour", "Pendidikan", "Sulsel"],
  "Pj Gubernur Sulsel memberikan keterangan kepada wartawan di Rujab Gubernur", "Humas Pemprov Sulsel",
  """
MAKASSAR, WARTA-SULSEL – Penjabat (Pj) Gubernur Sulawesi Selatan Dr. Muhammad Syukri Djalil melarang SMA, SMK, dan SLB di Sulsel menggelar study tour ke luar provinsi. Larangan itu dituangkan dalam Surat Edaran Gubernur Sulawesi Selatan yang diteken Rabu (15/5/2024) dan langsung berlaku untuk seluruh satuan pendidikan di bawah kewenangan Pemprov Sulsel.

Syukri mengatakan, larangan tersebut diambil untuk melindungi keselamatan peserta didik menyusul sejumlah kecelakaan bus rombongan pelajar di berbagai daerah. Selain itu, pemprov juga menerima keluhan orang tua terkait mahalnya biaya perjalanan.

"Saya tidak ingin ada anak-anak kita yang pulang tinggal nama karena kegiatan yang sebenarnya bisa diganti dengan pembelajaran lain. Sekolah tidak boleh lagi memberangkatkan study tour ke luar Sulsel," tegas Syukri.

Menurut Syukri, kegiatan kunjungan belajar masih diperbolehkan di dalam provinsi dengan sejumlah syarat. Sekolah wajib memastikan kendaraan yang digunakan laik jalan dan memiliki izin angkutan, mendapat persetujuan tertulis orang tua, serta tidak memungut biaya yang memberatkan.

Ia juga memerintahkan Dinas Pendidikan Sulsel melalui cabang dinas di kabupaten dan kota untuk mengawasi pelaksanaan surat edaran tersebut. Kepala sekolah yang tetap memberangkatkan siswa ke luar provinsi, kata Syukri, akan dikenai sanksi sesuai peraturan disiplin pegawai.

"Ini bukan untuk membatasi kreativitas sekolah. Sulsel punya banyak tempat belajar yang menarik, dari museum, situs sejarah, sampai kawasan industri," ujarnya.

Syukri mengajak orang tua siswa dan komite sekolah ikut mengawal kebijakan ini. Orang tua yang menemukan sekolah tetap memungut biaya study tour ke luar provinsi dapat melapor ke Dinas Pendidikan.

Kebijakan itu mendapat tanggapan beragam. Sebagian orang tua menyambut baik karena merasa terbebani biaya, sementara sejumlah guru berharap ada panduan teknis agar kegiatan pembelajaran di luar sekolah tetap bisa berjalan.
""",
  ["syukri-djalil-sulsel"],
  ["Provinsi Sulawesi Selatan", "Kota Makassar"],
  ["Pemprov Sulsel", "Dinas Pendidikan Sulsel", "Dinas Pendidikan"],
  [D("syukri-djalil-sulsel", "prohibition", ["SMA", "SMK", "SLB", "sekolah"], "SMA, SMK, dan SLB dilarang menggelar study tour ke luar provinsi",
     "melarang", "2024-05-15"),
   D("syukri-djalil-sulsel", "policy", ["sekolah"], "Surat Edaran Gubernur Sulawesi Selatan tentang larangan study tour ke luar provinsi",
     "Surat Edaran Gubernur Sulawesi Selatan", "2024-05-15"),
   D("syukri-djalil-sulsel", "instruction", ["sekolah"], "Sekolah wajib memastikan kendaraan laik jalan, izin orang tua, dan biaya tidak memberatkan",
     "Sekolah wajib", "2024-05-15"),
   D("syukri-djalil-sulsel", "instruction", ["Dinas Pendidikan Sulsel"], "Dinas Pendidikan Sulsel diperintahkan mengawasi pelaksanaan surat edaran",
     "memerintahkan", "2024-05-15"),
   D("syukri-djalil-sulsel", "sanction_warning", ["kepala sekolah"], "Kepala sekolah yang tetap memberangkatkan siswa akan dikenai sanksi",
     "akan dikenai sanksi", "2024-05-15"),
   D("syukri-djalil-sulsel", "appeal", ["orang tua", "komite sekolah"], "Orang tua dan komite sekolah diajak mengawal kebijakan dan melapor",
     "mengajak", "2024-05-15")],
  notes="'sejumlah guru berharap' is a wish of teachers, not a directive. Dateline MAKASSAR counts as Kota Makassar. Statements dated to the signing day given in the text.",
  formats=["Rabu (15/5/2024)"]),
]
