"""Lombok Pos (lombokpos.example): Nusa Tenggara Barat stories, JNews-style WordPress template."""
from helpers import A, D

O = "lombokpos"

ARTICLES = [
A(O, "pj-bupati-loteng-asn-yang-berpolitik-praktis-akan-ditindak", "2024-07-22T16:20",
  "Lombok Tengah", "Pj Bupati Loteng: ASN yang Berpolitik Praktis Akan Ditindak",
  "Lalu Wira Sentana", "Baiq Maulida", ["Netralitas ASN", "Lombok Tengah", "Pilkada 2024"],
  "Pj Bupati Lombok Tengah memimpin apel di Kantor Bupati Praya", "Prokopim Loteng",
  """
Praya (Lombok Pos) – Penjabat (Pj) Bupati Lombok Tengah H. Lalu Ahmad Zainuri, S.Sos., M.Si. mengingatkan seluruh ASN di lingkup Pemkab Lombok Tengah agar tidak terlibat politik praktis menjelang Pilkada 27 November 2024. Hal itu disampaikan saat memimpin apel gabungan di halaman Kantor Bupati Lombok Tengah, Senin (22/7/2024).

Zainuri mengatakan, tahapan pilkada sudah mulai bergulir dan sejumlah bakal calon mulai aktif menyapa masyarakat. Dalam situasi seperti itu, menurut dia, ASN harus menjaga jarak dan tidak menunjukkan keberpihakan.

"ASN wajib netral. Silakan gunakan hak pilih di bilik suara, tapi jangan tunjukkan dukungan di depan umum, apalagi di media sosial," tegas Zainuri.

Ia mengungkapkan, larangan bagi ASN untuk terlibat politik praktis diatur dalam Undang-Undang Nomor 20 Tahun 2023 tentang ASN. Menurut dia, aturan tersebut juga berlaku bagi PPPK yang kini jumlahnya cukup besar di Lombok Tengah, terutama guru dan tenaga kesehatan.

Zainuri menegaskan, ASN yang berpolitik praktis akan ditindak sesuai ketentuan. Sanksinya bervariasi, mulai dari penundaan kenaikan pangkat, penurunan jabatan, hingga pemberhentian.

"Saya tidak ingin ada ASN Lombok Tengah yang kariernya rusak hanya karena urusan pilkada. Ini peringatan sejak awal," ujarnya.

Zainuri juga meminta para kepala OPD dan camat mengawasi bawahannya masing-masing. Menurut dia, pimpinan unit kerja bertanggung jawab apabila ada bawahannya yang terbukti tidak netral.

Usai apel, Zainuri bersama unsur Forkopimda Lombok Tengah menyaksikan penandatanganan ikrar netralitas ASN yang diwakili pejabat eselon II, camat, dan kepala sekolah. Ikrar tersebut akan dipajang di setiap kantor OPD dan kecamatan sebagai pengingat.

Hingga saat ini, Bawaslu Lombok Tengah menyatakan belum ada laporan pelanggaran netralitas ASN yang masuk. Bawaslu tetap membuka ruang pengaduan bagi masyarakat yang menemukan dugaan pelanggaran.
""",
  ["lalu-ahmad-zainuri-loteng"],
  ["Kabupaten Lombok Tengah"],
  ["Pemkab Lombok Tengah", "OPD", "Forkopimda Lombok Tengah", "Bawaslu Lombok Tengah"],
  [D("lalu-ahmad-zainuri-loteng", "appeal", ["ASN"], "ASN diingatkan tidak terlibat politik praktis",
     "mengingatkan", "2024-07-22", place="halaman Kantor Bupati Lombok Tengah"),
   D("lalu-ahmad-zainuri-loteng", "instruction", ["ASN"], "ASN wajib netral",
     "ASN wajib netral", "2024-07-22", place="halaman Kantor Bupati Lombok Tengah"),
   D("lalu-ahmad-zainuri-loteng", "prohibition", ["ASN", "PPPK"], "ASN jangan menunjukkan dukungan di depan umum maupun media sosial",
     "jangan tunjukkan dukungan", "2024-07-22", place="halaman Kantor Bupati Lombok Tengah",
     legal=["Undang-Undang Nomor 20 Tahun 2023 tentang ASN"]),
   D("lalu-ahmad-zainuri-loteng", "sanction_warning", ["ASN"], "ASN yang berpolitik praktis akan ditindak hingga pemberhentian",
     "akan ditindak", "2024-07-22", place="halaman Kantor Bupati Lombok Tengah"),
   D("lalu-ahmad-zainuri-loteng", "appeal", ["kepala OPD", "camat"], "Kepala OPD dan camat diminta mengawasi bawahan",
     "meminta", "2024-07-22", place="halaman Kantor Bupati Lombok Tengah"),
   D("lalu-ahmad-zainuri-loteng", "policy", ["ASN"], "Ikrar netralitas ASN ditandatangani dan dipajang di kantor OPD dan kecamatan",
     "ikrar netralitas ASN", "2024-07-22", place="halaman Kantor Bupati Lombok Tengah")],
  notes="Sasak particle 'Lalu' kept in the name. Praya is the regency seat, not a Kota. 'belum ada laporan pelanggaran' is negative. The supervision request could also be read as oversight; annotated as appeal.",
  formats=["Senin (22/7/2024)", "27 November 2024"]),

A(O, "kades-sengkol-terbitkan-perdes-wajibkan-ibu-hamil-periksa-ke-posyandu", "2023-06-15T13:10",
  "Lombok Tengah", "Tekan Stunting, Kades Sengkol Terbitkan Perdes Wajibkan Ibu Hamil Periksa ke Posyandu",
  "Lalu Wira Sentana", "Baiq Maulida", ["Stunting", "Desa Sengkol", "Lombok Tengah"],
  "Kader posyandu menimbang balita di Desa Sengkol", "Pemdes Sengkol",
  """
Praya (Lombok Pos) – Kepala Desa Sengkol, Kecamatan Pujut, Kabupaten Lombok Tengah, Baiq Sri Wahyuni, menerbitkan Peraturan Desa (Perdes) tentang Percepatan Penurunan Stunting. Perdes yang disahkan bersama Badan Permusyawaratan Desa (BPD) pada Kamis (15/6/2023) itu mewajibkan setiap ibu hamil memeriksakan kandungan ke posyandu minimal sekali sebulan.

Baiq Sri mengatakan, angka stunting di Desa Sengkol masih tergolong tinggi. Dari 612 balita yang ditimbang pada bulan penimbangan Februari lalu, 118 di antaranya masuk kategori stunting.

"Stunting itu tidak bisa hanya diurus puskesmas. Desa harus turun tangan, karena desa yang paling dekat dengan warga," ujar Baiq Sri.

Selain kewajiban pemeriksaan kehamilan, perdes tersebut juga mengatur larangan pernikahan usia anak di Desa Sengkol. Menurut Baiq Sri, pernikahan usia anak menjadi salah satu penyebab tingginya angka stunting karena ibu yang terlalu muda belum siap secara fisik maupun pengetahuan.

"Warga dilarang menikahkan anak di bawah 19 tahun. Kalau masih ada yang memaksakan, pemerintah desa tidak akan memberikan surat pengantar nikah," tegasnya.

Baiq Sri juga menginstruksikan kepala dusun dan kader posyandu mendata ibu hamil serta balita di setiap dusun. Data tersebut diperbarui setiap bulan dan menjadi dasar pemberian makanan tambahan yang dianggarkan dari Dana Desa.

Ia mengajak para tokoh agama dan tokoh adat ikut menyosialisasikan perdes tersebut dalam pengajian maupun acara adat. Menurut dia, pesan dari tokoh masyarakat lebih mudah diterima warga.

Desa Sengkol tahun ini mengalokasikan sekitar Rp180 juta dari Dana Desa untuk program penurunan stunting, mulai dari pemberian makanan tambahan, kelas ibu hamil, hingga pembangunan jamban sehat.

Langkah Desa Sengkol mendapat apresiasi dari pemerintah kecamatan. Perdes tersebut direncanakan menjadi contoh bagi desa-desa lain di Kecamatan Pujut yang memiliki persoalan serupa.
""",
  ["baiq-sri-wahyuni-sengkol"],
  ["Kabupaten Lombok Tengah"],
  ["Badan Permusyawaratan Desa (BPD)"],
  [D("baiq-sri-wahyuni-sengkol", "policy", ["ibu hamil", "warga"], "Perdes tentang Percepatan Penurunan Stunting diterbitkan",
     "menerbitkan Peraturan Desa (Perdes)", "2023-06-15"),
   D("baiq-sri-wahyuni-sengkol", "instruction", ["ibu hamil"], "Ibu hamil wajib memeriksakan kandungan ke posyandu minimal sebulan sekali",
     "mewajibkan", "2023-06-15"),
   D("baiq-sri-wahyuni-sengkol", "prohibition", ["warga"], "Warga dilarang menikahkan anak di bawah 19 tahun",
     "dilarang", "2023-06-15"),
   D("baiq-sri-wahyuni-sengkol", "sanction_warning", ["warga"], "Pemerintah desa tidak memberi surat pengantar nikah bagi pernikahan usia anak",
     "tidak akan memberikan surat pengantar nikah", "2023-06-15"),
   D("baiq-sri-wahyuni-sengkol", "instruction", ["kepala dusun", "kader posyandu"], "Kepala dusun dan kader posyandu diinstruksikan mendata ibu hamil dan balita",
     "menginstruksikan", "2023-06-15"),
   D("baiq-sri-wahyuni-sengkol", "appeal", ["tokoh agama", "tokoh adat"], "Tokoh agama dan adat diajak menyosialisasikan perdes",
     "mengajak", "2023-06-15")],
  notes="'Baiq' is kept as part of the Sasak name. The Kepala Desa's region is the regency (desa level is not a region). The refusal of a marriage letter is read as a sanction warning. Statements are dated to the day the perdes was passed.",
  formats=["Kamis (15/6/2023)", "Februari lalu"]),

A(O, "selama-ramadan-wali-kota-mataram-larang-petasan-dan-tempat-hiburan-buka", "2024-03-08T15:30",
  "Mataram", "Selama Ramadan, Wali Kota Mataram Larang Petasan dan Tempat Hiburan Buka",
  "Baiq Maulida", "Lalu Wira Sentana", ["Ramadan", "Mataram", "Ketertiban"],
  "Wali Kota Mataram memimpin rapat persiapan Ramadan", "Humas Pemkot Mataram",
  """
MATARAM – Wali Kota Mataram, H. Muhammad Zulkifli, menerbitkan Surat Edaran tentang Pelaksanaan Ibadah dan Ketertiban Selama Bulan Suci Ramadan 1445 Hijriah. Surat edaran itu disampaikan dalam rapat koordinasi bersama camat, lurah, dan tokoh agama di Pendopo Wali Kota Mataram, Jumat (8/3/2024).

Dalam surat edaran tersebut, seluruh tempat hiburan malam, karaoke, dan panti pijat di Kota Mataram dilarang beroperasi selama Ramadan. Sementara rumah makan diperbolehkan buka pada siang hari dengan memasang tirai penutup.

"Mataram ini kota seribu masjid. Kita jaga kekhusyukan Ramadan bersama-sama. Tempat hiburan tutup, tidak ada tawar-menawar," kata Zulkifli.

Zulkifli juga melarang warga menyalakan petasan dan kembang api, terutama menjelang sahur dan setelah salat tarawih. Menurut dia, setiap Ramadan selalu ada laporan warga yang terganggu, bahkan terluka akibat petasan.

Ia meminta camat dan lurah menggerakkan ketua lingkungan untuk menjaga ketertiban di wilayah masing-masing. Ketua lingkungan diharapkan menegur remaja yang menggelar balap liar atau perang sarung menjelang sahur.

Untuk penegakan aturan, Zulkifli memerintahkan Satpol PP Kota Mataram bersama TNI dan Polri menggelar patroli gabungan setiap malam. Pelaku usaha yang kedapatan melanggar surat edaran akan dikenai sanksi, mulai dari teguran hingga penyegelan tempat usaha.

"Kami juga membuka posko pengaduan di Kantor Satpol PP. Warga yang melihat pelanggaran bisa langsung melapor," ujarnya.

Awal Ramadan 1445 Hijriah diperkirakan jatuh pada Selasa (12/3). Pemkot Mataram juga menyiapkan pasar Ramadan di kawasan Udayana yang menampung ratusan pedagang takjil dan kuliner khas Lombok.

Zulkifli menambahkan, jam kerja ASN Pemkot Mataram selama Ramadan disesuaikan, yakni pukul 08.00 hingga 15.00 Wita pada Senin sampai Kamis dan hingga pukul 15.30 Wita pada hari Jumat.
""",
  ["zulkifli-mataram"],
  ["Kota Mataram"],
  ["Satpol PP Kota Mataram", "TNI", "Polri", "Satpol PP", "Pemkot Mataram"],
  [D("zulkifli-mataram", "policy", ["pelaku usaha", "warga"], "Surat edaran ibadah dan ketertiban selama Ramadan 1445 H diterbitkan",
     "menerbitkan Surat Edaran", "2024-03-08", place="Pendopo Wali Kota Mataram"),
   D("zulkifli-mataram", "prohibition", ["tempat hiburan malam"], "Tempat hiburan malam, karaoke, dan panti pijat dilarang beroperasi selama Ramadan",
     "dilarang beroperasi", "2024-03-08", place="Pendopo Wali Kota Mataram"),
   D("zulkifli-mataram", "prohibition", ["warga"], "Warga dilarang menyalakan petasan dan kembang api",
     "melarang warga", "2024-03-08", place="Pendopo Wali Kota Mataram"),
   D("zulkifli-mataram", "appeal", ["camat", "lurah"], "Camat dan lurah diminta menggerakkan ketua lingkungan menjaga ketertiban",
     "meminta", "2024-03-08", place="Pendopo Wali Kota Mataram"),
   D("zulkifli-mataram", "instruction", ["Satpol PP Kota Mataram"], "Satpol PP bersama TNI dan Polri diperintahkan patroli gabungan setiap malam",
     "memerintahkan", "2024-03-08", place="Pendopo Wali Kota Mataram"),
   D("zulkifli-mataram", "sanction_warning", ["pelaku usaha"], "Pelaku usaha yang melanggar dikenai sanksi hingga penyegelan",
     "akan dikenai sanksi", "2024-03-08", place="Pendopo Wali Kota Mataram"),
   D("zulkifli-mataram", "oversight", ["pelaku usaha", "warga"], "Posko pengaduan dibuka di Kantor Satpol PP",
     "posko pengaduan", "2024-03-08", place="Pendopo Wali Kota Mataram")],
  notes="Two prohibitions with different targets (entertainment venues, residents). 'Ketua lingkungan diharapkan menegur ...' is a passive wish without a stated issuer; it is read as part of the request to camat and lurah. The ASN working-hours adjustment is a schedule, not a directive. '(12/3)' is the expected start of Ramadan.",
  formats=["Jumat (8/3/2024)", "(12/3)"]),
]

ARTICLES += [
A(O, "tpa-kebon-kongok-overload-wali-kota-mataram-minta-warga-olah-sampah-organik", "2023-10-18T10:50",
  "Mataram", "TPA Kebon Kongok Overload, Wali Kota Mataram Minta Warga Olah Sampah Organik",
  "Baiq Maulida", "Lalu Wira Sentana", ["Sampah", "Mataram", "Kebon Kongok"],
  "Truk pengangkut sampah antre di TPA Regional Kebon Kongok", "DLH Kota Mataram",
  """
MATARAM – Pemerintah Kota Mataram membatasi pengiriman sampah ke Tempat Pemrosesan Akhir (TPA) Regional Kebon Kongok di Kabupaten Lombok Barat menyusul kondisi TPA yang kelebihan muatan. Sejak kemarin, Kota Mataram hanya diperbolehkan mengirim sekitar 200 ton sampah per hari, turun dari sebelumnya 300 ton.

Wali Kota Mataram, Zulkifli, meminta warga mulai mengolah sampah organik di rumah masing-masing untuk mengurangi volume sampah yang diangkut ke TPA. Menurut dia, lebih dari separuh sampah rumah tangga di Mataram merupakan sampah organik yang sebenarnya bisa diolah menjadi kompos.

"Sisa makanan dan daun-daunan itu jangan dicampur dengan plastik. Kalau dipilah, sampah organik bisa diolah di rumah atau di bank sampah lingkungan," ujar Zulkifli di Kantor Wali Kota, Selasa (17/10/2023).

Ia juga menginstruksikan lurah di 50 kelurahan membentuk tempat pengolahan sampah reduce, reuse, recycle (TPS3R) di setiap kelurahan. Saat ini, baru 14 kelurahan yang memiliki TPS3R yang berfungsi dengan baik.

Kepala Dinas Lingkungan Hidup Kota Mataram, Baiq Nurul Aini, menambahkan pihaknya akan mengatur ulang jadwal pengangkutan sampah agar tidak terjadi penumpukan di depo. Warga diminta membuang sampah ke depo hanya pada malam hari, mulai pukul 18.00 hingga 22.00 Wita.

"Pelaku usaha seperti hotel, restoran, dan pasar wajib mengelola sampah organiknya sendiri. Mereka tidak bisa lagi mengandalkan angkutan dari pemkot," kata Baiq Nurul.

Baiq Nurul mengingatkan, warga maupun pelaku usaha yang kedapatan membuang sampah di pinggir jalan atau saluran irigasi akan dikenai sanksi sesuai Peraturan Daerah Kota Mataram tentang Pengelolaan Sampah.

Pemkot Mataram juga tengah berkoordinasi dengan Pemprov NTB dan Pemkab Lombok Barat untuk mencari solusi jangka panjang, termasuk perluasan zona di TPA Kebon Kongok dan pembangunan fasilitas pengolahan sampah menjadi bahan bakar alternatif.
""",
  ["zulkifli-mataram=Zulkifli", "baiq-nurul-mataram"],
  ["Kota Mataram", "Kabupaten Lombok Barat", "Provinsi Nusa Tenggara Barat"],
  ["Pemerintah Kota Mataram", "Dinas Lingkungan Hidup Kota Mataram", "Pemkot Mataram", "Pemprov NTB", "Pemkab Lombok Barat"],
  [D("zulkifli-mataram", "appeal", ["warga"], "Warga diminta mengolah sampah organik di rumah",
     "meminta", "2023-10-17", place="Kantor Wali Kota"),
   D("zulkifli-mataram", "prohibition", ["warga"], "Sampah organik jangan dicampur dengan plastik",
     "jangan dicampur", "2023-10-17", place="Kantor Wali Kota"),
   D("zulkifli-mataram", "instruction", ["lurah"], "Lurah diinstruksikan membentuk TPS3R di setiap kelurahan",
     "menginstruksikan", "2023-10-17", place="Kantor Wali Kota"),
   D("baiq-nurul-mataram", "appeal", ["warga"], "Warga diminta membuang sampah ke depo hanya pukul 18.00-22.00 Wita",
     "Warga diminta", "2023-10-17"),
   D("baiq-nurul-mataram", "instruction", ["pelaku usaha"], "Hotel, restoran, dan pasar wajib mengelola sampah organik sendiri",
     "wajib mengelola", "2023-10-17"),
   D("baiq-nurul-mataram", "sanction_warning", ["warga", "pelaku usaha"], "Pembuang sampah di pinggir jalan atau irigasi akan dikenai sanksi",
     "akan dikenai sanksi", "2023-10-17", legal=["Peraturan Daerah Kota Mataram tentang Pengelolaan Sampah"])],
  notes="The Wali Kota is written 'Zulkifli' only here (same person as 'H. Muhammad Zulkifli' in the Ramadan story). The Kadis statements are dated to the same day as the Wali Kota's (a guess). 'Sejak kemarin' refers to the TPA quota, not a directive of a person in the text.",
  formats=["Selasa (17/10/2023)", "kemarin"]),

A(O, "ribuan-warga-padati-pantai-seger-saat-puncak-festival-bau-nyale", "2024-03-01T09:30",
  "Lombok Tengah", "Ribuan Warga Padati Pantai Seger Saat Puncak Festival Bau Nyale",
  "Lalu Wira Sentana", "Baiq Maulida", ["Bau Nyale", "Mandalika", "Pariwisata"],
  "Warga menangkap nyale di Pantai Seger saat dini hari", "Dispar Loteng",
  """
Praya (Lombok Pos) – Ribuan warga dan wisatawan memadati Pantai Seger di kawasan Mandalika, Kecamatan Pujut, Lombok Tengah, pada puncak Festival Pesona Bau Nyale, Kamis (29/2/2024) dini hari. Sejak pukul 03.00 Wita, warga sudah turun ke laut membawa jaring kecil dan senter untuk menangkap nyale, sejenis cacing laut yang muncul setahun sekali.

Tradisi bau nyale, yang dalam bahasa Sasak berarti menangkap nyale, berkaitan dengan legenda Putri Mandalika. Masyarakat Sasak meyakini nyale merupakan jelmaan sang putri yang memilih menceburkan diri ke laut demi menghindari pertumpahan darah di antara para pangeran yang memperebutkannya.

Pj Bupati Lombok Tengah, Lalu Ahmad Zainuri, ikut turun ke pantai bersama warga. Ia menyebut tradisi bau nyale sebagai warisan budaya yang menjadi daya tarik wisata utama Lombok Tengah setiap tahun.

"Ini bukan sekadar menangkap cacing laut. Ada cerita, ada nilai pengorbanan, dan ada kebersamaan warga yang datang dari berbagai desa," kata Zainuri.

Kepala Dinas Pariwisata Lombok Tengah, Lalu Fathurrahman, mengatakan rangkaian festival tahun ini digelar sejak sepekan sebelumnya. Kegiatan itu meliputi pemilihan Putri Mandalika, parade budaya, lomba perahu tradisional, hingga pentas peresean.

"Kami mencatat lebih dari 50 ribu pengunjung selama rangkaian festival. Hotel di kawasan Kuta Mandalika penuh sejak Selasa," ujar Fathurrahman.

Hasil tangkapan nyale tahun ini disebut cukup melimpah. Amaq Sahnun, warga Desa Sengkol, mengaku mendapat hampir satu ember nyale dalam dua jam. "Tahun lalu sedikit, sekarang banyak. Kata orang tua, kalau nyale banyak, panen juga akan bagus," tuturnya.

Nyale hasil tangkapan biasanya diolah menjadi pepes atau dimasak dengan bumbu khas Sasak. Sebagian warga juga menaburkannya ke sawah karena dipercaya bisa menyuburkan tanah.

Festival ditutup dengan pertunjukan musik tradisional gendang beleq dan pelepasan lampion di tepi pantai pada malam harinya.
""",
  ["lalu-ahmad-zainuri-loteng", "lalu-fathurrahman-loteng"],
  ["Kabupaten Lombok Tengah"],
  ["Dinas Pariwisata Lombok Tengah"],
  [],
  notes="No directive. Mandalika and Kuta are tourism areas, not administrative regions. Amaq Sahnun is a resident, not an official.",
  formats=["Kamis (29/2/2024) dini hari", "sepekan sebelumnya", "Selasa"]),

A(O, "kekeringan-meluas-pj-bupati-loteng-tetapkan-siaga-darurat", "2023-10-12T14:40",
  "Lombok Tengah", "Kekeringan Meluas, Pj Bupati Loteng Tetapkan Status Siaga Darurat",
  "Lalu Wira Sentana", "Baiq Maulida", ["Kekeringan", "Lombok Tengah", "BPBD"],
  "Petugas BPBD menyalurkan air bersih di Kecamatan Praya Timur", "BPBD Lombok Tengah",
  """
Praya (Lombok Pos) – Pj Bupati Loteng, Zainuri, menetapkan status siaga darurat bencana kekeringan di Kabupaten Lombok Tengah. Penetapan itu dilakukan setelah krisis air bersih meluas ke 46 desa di tujuh kecamatan, terutama di wilayah selatan seperti Kecamatan Praya Timur, Kecamatan Jerowaru, dan Kecamatan Pujut.

Zainuri, yang dilantik sebagai Pj Bupati Lombok Tengah pada 25 September 2023, mengatakan penetapan status tersebut tertuang dalam Keputusan Bupati yang diteken Rabu (11/10/2023). Status siaga darurat berlaku hingga akhir Desember 2023 atau sampai musim hujan tiba.

"Dengan status ini, BPBD bisa bergerak lebih cepat, termasuk menggunakan dana belanja tidak terduga untuk distribusi air bersih," ujar Zainuri.

Ia memerintahkan BPBD bersama Perumda Air Minum menambah armada tangki air dan memastikan setiap desa terdampak mendapat kiriman air minimal tiga kali sepekan. Camat juga diminta aktif melaporkan desa yang mulai mengalami krisis air.

Berdasarkan data BPBD, lebih dari 31 ribu jiwa terdampak kekeringan. Sebagian warga terpaksa membeli air dari penjual keliling dengan harga Rp50.000 hingga Rp75.000 per tangki.

Zainuri mengimbau masyarakat menggunakan air secara hemat dan memprioritaskan kebutuhan minum serta memasak. Ia juga mengingatkan petani agar tidak memaksakan menanam padi pada lahan tadah hujan sebelum hujan benar-benar turun.

"Jangan dulu tanam padi kalau hujan belum stabil. Risiko gagal tanamnya sangat besar," tegas Zainuri.

Sementara itu, warga Desa Ganti, Kecamatan Praya Timur, Inaq Raehan, mengaku sudah dua bulan sumur di rumahnya kering. "Kami sangat terbantu dengan kiriman air dari BPBD, tapi kadang tidak cukup untuk satu dusun," katanya.

Pemkab Lombok Tengah juga berencana membangun sumur bor di beberapa desa yang paling parah terdampak kekeringan dengan memanfaatkan bantuan dari Pemprov NTB.
""",
  ["lalu-ahmad-zainuri-loteng=Zainuri"],
  ["Kabupaten Lombok Tengah", "Provinsi Nusa Tenggara Barat"],
  ["BPBD", "Perumda Air Minum", "Pemkab Lombok Tengah", "Pemprov NTB"],
  [D("lalu-ahmad-zainuri-loteng", "policy", ["masyarakat"], "Status siaga darurat kekeringan ditetapkan lewat Keputusan Bupati",
     "menetapkan status siaga darurat", "2023-10-11"),
   D("lalu-ahmad-zainuri-loteng", "instruction", ["BPBD", "Perumda Air Minum"], "BPBD dan Perumda Air Minum diperintahkan menambah armada tangki dan mengirim air minimal tiga kali sepekan",
     "memerintahkan", None),
   D("lalu-ahmad-zainuri-loteng", "appeal", ["camat"], "Camat diminta aktif melaporkan desa yang krisis air",
     "Camat juga diminta", None),
   D("lalu-ahmad-zainuri-loteng", "appeal", ["masyarakat", "petani"], "Masyarakat diimbau hemat air; petani diingatkan tidak memaksakan tanam padi",
     "mengimbau", None),
   D("lalu-ahmad-zainuri-loteng", "prohibition", ["petani"], "Petani jangan menanam padi sebelum hujan stabil",
     "Jangan dulu tanam padi", None)],
  notes="Written 'Pj Bupati Loteng, Zainuri' (short form of Lalu Ahmad Zainuri). Tenure mention: dilantik 25 September 2023. Only the Keputusan has a stated date (Rabu 11/10/2023); the other statements are undated. The appeal to masyarakat and the reminder to petani are merged as one appeal with both targets.",
  formats=["Rabu (11/10/2023)", "25 September 2023", "akhir Desember 2023"]),
]
