"""Sumatra Pos (sumatrapos.example): Lampung and Sumatera Barat stories; sister site of Lombok Pos (same theme)."""
from helpers import A, D

O = "sumatrapos"

ARTICLES = [
A(O, "pj-bupati-lampura-bentuk-satgas-netralitas-asn-camat-dan-kades-diawasi", "2024-07-30T14:10",
  "Lampung", "Pj Bupati Lampura Bentuk Satgas Netralitas ASN, Camat dan Kades Diawasi",
  "Rahmat Hidayat", "Yulia Fitri", ["Lampung Utara", "Netralitas ASN", "Pilkada 2024"],
  "Pj Bupati Lampung Utara memberi arahan kepada camat dan kepala desa", "Diskominfo Lampura",
  """
KOTABUMI – Penjabat (Pj) Bupati Lampung Utara (Lampura), Drs. Heriyanto Saputra, M.M., membentuk Satuan Tugas (Satgas) Netralitas ASN menjelang Pilkada serentak 27 November 2024. Pembentukan satgas itu diumumkan dalam rapat koordinasi bersama camat, lurah, dan kepala desa di Gedung Tapis Berseri, Kotabumi, Selasa (30/7/2024).

Heriyanto mengatakan, satgas tersebut beranggotakan unsur Inspektorat, BKPSDM, Bagian Hukum, serta Satpol PP. Satgas bertugas memantau aktivitas ASN, camat, dan kepala desa, termasuk di media sosial, selama tahapan pilkada berlangsung.

"Saya ingatkan, camat, lurah, dan kepala desa harus netral. Jangan ikut menjadi tim sukses, jangan memfasilitasi kampanye di kantor desa, dan jangan menggunakan dana desa untuk kepentingan pasangan calon," tegas Heriyanto.

Ia menambahkan, ASN dan kepala desa yang terbukti melanggar akan diberi sanksi tegas. Bagi ASN, sanksi mengacu pada PP Nomor 94 Tahun 2021 tentang Disiplin PNS, sedangkan bagi kepala desa mengacu pada Undang-Undang Desa.

Heriyanto mengaku tidak ingin pengalaman pilkada sebelumnya terulang. Pada era Bupati Rusli Hamid, kata dia, sejumlah kepala desa di Lampung Utara sempat dijatuhi sanksi karena terbukti mengarahkan warga untuk memilih pasangan calon tertentu.

Menurut Heriyanto, masyarakat juga bisa berperan dalam pengawasan. Warga yang menemukan ASN atau kepala desa tidak netral bisa melaporkannya ke Bawaslu Lampung Utara atau melalui posko pengaduan yang dibuka satgas di kantor Inspektorat.

Ketua Asosiasi Pemerintah Desa Seluruh Indonesia (Apdesi) Lampung Utara menyatakan siap mendukung langkah pemkab. Menurut dia, kepala desa memahami posisinya sebagai pelayan seluruh warga.

Lampung Utara memiliki 23 kecamatan dengan 232 desa dan 15 kelurahan. Pilkada tahun ini akan memilih bupati dan wakil bupati serta gubernur dan wakil gubernur Lampung secara serentak.
""",
  ["heriyanto-saputra-lampura", "rusli-hamid-lampura"],
  ["Kabupaten Lampung Utara", "Provinsi Lampung"],
  ["Satuan Tugas (Satgas) Netralitas ASN", "Inspektorat", "BKPSDM", "Bagian Hukum", "Satpol PP",
   "Bawaslu Lampung Utara", "Asosiasi Pemerintah Desa Seluruh Indonesia (Apdesi) Lampung Utara"],
  [D("heriyanto-saputra-lampura", "oversight", ["ASN", "camat", "kepala desa"], "Satgas Netralitas ASN dibentuk untuk memantau ASN, camat, dan kepala desa",
     "membentuk Satuan Tugas (Satgas) Netralitas ASN", "2024-07-30", place="Gedung Tapis Berseri, Kotabumi"),
   D("heriyanto-saputra-lampura", "appeal", ["camat", "lurah", "kepala desa"], "Camat, lurah, dan kepala desa diingatkan untuk netral",
     "Saya ingatkan", "2024-07-30", place="Gedung Tapis Berseri, Kotabumi"),
   D("heriyanto-saputra-lampura", "instruction", ["camat", "lurah", "kepala desa"], "Camat, lurah, dan kepala desa harus netral",
     "harus netral", "2024-07-30", place="Gedung Tapis Berseri, Kotabumi"),
   D("heriyanto-saputra-lampura", "prohibition", ["camat", "lurah", "kepala desa"], "Jangan jadi tim sukses, memfasilitasi kampanye, atau memakai dana desa untuk paslon",
     "Jangan ikut menjadi tim sukses", "2024-07-30", place="Gedung Tapis Berseri, Kotabumi"),
   D("heriyanto-saputra-lampura", "sanction_warning", ["ASN", "kepala desa"], "ASN dan kepala desa pelanggar akan diberi sanksi tegas",
     "akan diberi sanksi tegas", "2024-07-30", place="Gedung Tapis Berseri, Kotabumi",
     legal=["PP Nomor 94 Tahun 2021 tentang Disiplin PNS", "Undang-Undang Desa"]),
   D("heriyanto-saputra-lampura", "oversight", ["masyarakat"], "Warga bisa melapor ke Bawaslu atau posko pengaduan satgas",
     "bisa melaporkannya ke Bawaslu Lampung Utara", "2024-07-30")],
  notes="Rusli Hamid is a former Bupati (era Bupati ...), listed with title Bupati. Kotabumi is the regency seat, not a Kota. The two oversight acts have different targets (monitored officials vs. reporting public) and are kept apart. The Ketua Apdesi is an association head and unnamed.",
  formats=["Selasa (30/7/2024)", "27 November 2024"]),

A(O, "pj-bupati-lampura-perintahkan-opd-verifikasi-ulang-data-honorer", "2024-10-21T11:05",
  "Lampung", "Pj Bupati Lampura Perintahkan OPD Verifikasi Ulang Data Honorer Jelang Seleksi PPPK",
  "Rahmat Hidayat", "Yulia Fitri", ["Honorer", "PPPK", "Lampung Utara"],
  "Tenaga honorer mengikuti sosialisasi seleksi PPPK di Kotabumi", "BKPSDM Lampura",
  """
KOTABUMI – Pj Bupati Lampura, Heriyanto, memerintahkan seluruh organisasi perangkat daerah (OPD) memverifikasi ulang data tenaga honorer atau non-ASN yang akan mengikuti seleksi PPPK tahap kedua. Perintah itu disampaikan dalam rapat bersama kepala OPD di ruang rapat Sekretariat Daerah, Senin (21/10/2024).

Heriyanto mengatakan, verifikasi diperlukan karena masih ditemukan ketidaksesuaian antara data di OPD dengan data di Badan Kepegawaian Negara (BKN). Sebagian honorer tercatat bekerja di unit yang berbeda, sementara ada pula nama yang tidak lagi aktif bekerja.

"Kepala OPD harus memastikan data yang dikirim benar, sesuai fakta di lapangan. Jangan ada nama titipan," tegas Heriyanto.

Ia mengingatkan bahwa berdasarkan Undang-Undang Nomor 20 Tahun 2023 tentang ASN, penataan tenaga non-ASN harus selesai pada Desember 2024. Karena itu, pemkab tidak boleh lagi menambah tenaga honorer baru dan seluruh honorer yang terdata diarahkan mengikuti seleksi PPPK.

Menurut data BKPSDM Lampura, terdapat sekitar 4.700 tenaga non-ASN di lingkungan Pemkab Lampung Utara. Sebagian di antaranya telah mengabdi lebih dari sepuluh tahun, termasuk honorer yang diangkat sejak era mantan Bupati Lampura Rusli Hamid.

Heriyanto menegaskan, kepala OPD yang terbukti memanipulasi data honorer akan dikenai sanksi. Ia juga meminta Inspektorat melakukan audit terhadap data honorer di OPD yang jumlah pegawainya dinilai tidak wajar.

"Ini menyangkut nasib ribuan orang. Kalau datanya kacau, yang dirugikan honorer sendiri," ujarnya.

Sementara itu, perwakilan Forum Honorer Lampung Utara, Suryadi, berharap pemkab memprioritaskan honorer dengan masa kerja paling lama. "Kami mendukung verifikasi, asalkan transparan dan hasilnya diumumkan terbuka," katanya.

Pendaftaran seleksi PPPK tahap kedua di Lampung Utara dijadwalkan dibuka pada pekan depan. Pemkab menyiapkan layanan konsultasi di kantor BKPSDM bagi honorer yang mengalami kendala pendaftaran.
""",
  ["heriyanto-saputra-lampura=Heriyanto", "rusli-hamid-lampura"],
  ["Kabupaten Lampung Utara"],
  ["OPD", "Sekretariat Daerah", "Badan Kepegawaian Negara (BKN)", "BKPSDM Lampura", "Pemkab Lampung Utara",
   "Inspektorat", "Forum Honorer Lampung Utara", "BKPSDM"],
  [D("heriyanto-saputra-lampura", "instruction", ["OPD", "kepala OPD"], "OPD diperintahkan memverifikasi ulang data honorer; kepala OPD harus memastikan data benar",
     "memerintahkan", "2024-10-21", place="ruang rapat Sekretariat Daerah"),
   D("heriyanto-saputra-lampura", "prohibition", ["kepala OPD"], "Jangan ada nama titipan dalam data honorer",
     "Jangan ada nama titipan", "2024-10-21", place="ruang rapat Sekretariat Daerah"),
   D("heriyanto-saputra-lampura", "sanction_warning", ["kepala OPD"], "Kepala OPD yang memanipulasi data honorer akan dikenai sanksi",
     "akan dikenai sanksi", "2024-10-21", place="ruang rapat Sekretariat Daerah"),
   D("heriyanto-saputra-lampura", "oversight", ["OPD"], "Inspektorat diminta mengaudit data honorer di OPD",
     "meminta Inspektorat melakukan audit", "2024-10-21", place="ruang rapat Sekretariat Daerah")],
  notes="Written 'Pj Bupati Lampura, Heriyanto' (short form). 'mantan Bupati Lampura Rusli Hamid' is a former holder. 'pemkab tidak boleh lagi menambah tenaga honorer' restates the law's consequence for the pemkab itself; not annotated as a directive. Suryadi (forum honorer) is not an official.",
  formats=["Senin (21/10/2024)", "Desember 2024", "pekan depan"]),

A(O, "galodo-terjang-agam-bupati-tetapkan-tanggap-darurat-warga-dilarang-kembali-ke-zona-merah", "2024-05-13T18:20",
  "Sumbar", "Galodo Terjang Agam, Bupati Tetapkan Tanggap Darurat, Warga Dilarang Kembali ke Zona Merah",
  "Fitra Yanti", "Yulia Fitri", ["Galodo", "Agam", "Bencana", "BPBD"],
  "Material banjir bandang menimbun rumah warga di Kecamatan Canduang", "BPBD Agam",
  """
LUBUK BASUNG – Bupati Agam, H. Nofrizal Effendi, S.H., M.M., menetapkan status tanggap darurat bencana selama 14 hari setelah banjir bandang lahar dingin atau galodo menerjang sejumlah nagari di Kabupaten Agam, Sabtu (11/5/2024) malam. Status tanggap darurat berlaku sejak Minggu hingga 25 Mei 2024.

Berdasarkan data BPBD Agam hingga Senin (13/5/2024), galodo berdampak di Kecamatan Canduang, Kecamatan Sungai Pua, dan Kecamatan Malalak. Puluhan rumah rusak berat, sejumlah jembatan putus, dan ratusan warga terpaksa mengungsi ke masjid dan rumah kerabat.

Nofrizal yang meninjau lokasi di Kecamatan Canduang memerintahkan BPBD, Dinas PUPR, dan Dinas Sosial mempercepat pencarian korban, membuka akses jalan, serta memenuhi kebutuhan pengungsi. Ia juga meminta wali nagari mendata warga yang kehilangan tempat tinggal.

"Semua OPD harus bergerak. Tidak ada yang boleh bekerja seperti hari biasa selama masa tanggap darurat," tegas Nofrizal.

Nofrizal melarang warga kembali ke rumah yang berada di zona merah aliran sungai yang berhulu di Gunung Marapi. Menurut dia, hujan di kawasan puncak gunung masih berpotensi memicu galodo susulan.

"Kami mengerti warga ingin melihat rumah dan ternaknya. Tapi keselamatan nomor satu. Jangan kembali ke zona merah sampai ada pernyataan aman dari tim gabungan," ujarnya.

Pemkab Agam juga membuka posko pengaduan dan informasi di kantor Camat Canduang. Warga dapat melaporkan anggota keluarga yang belum ditemukan maupun kebutuhan mendesak di lokasi pengungsian.

Bantuan terus berdatangan dari Pemprov Sumbar, TNI, Polri, dan berbagai organisasi relawan. Dapur umum didirikan di tiga titik untuk melayani pengungsi dan petugas yang bekerja di lapangan.

Bencana serupa juga dilaporkan terjadi di Kabupaten Tanah Datar yang berbatasan langsung dengan Agam. Kedua pemerintah daerah sepakat berkoordinasi dalam penanganan pengungsi dan perbaikan infrastruktur.
""",
  ["nofrizal-effendi-agam"],
  ["Kabupaten Agam", "Provinsi Sumatera Barat", "Kabupaten Tanah Datar"],
  ["BPBD Agam", "BPBD", "Dinas PUPR", "Dinas Sosial", "OPD", "Pemkab Agam", "Pemprov Sumbar", "TNI", "Polri"],
  [D("nofrizal-effendi-agam", "policy", ["masyarakat"], "Status tanggap darurat bencana 14 hari ditetapkan",
     "menetapkan status tanggap darurat", "2024-05-12"),
   D("nofrizal-effendi-agam", "instruction", ["BPBD", "Dinas PUPR", "Dinas Sosial", "OPD"], "BPBD, Dinas PUPR, Dinas Sosial dan semua OPD diperintahkan mempercepat penanganan",
     "memerintahkan", None, place="Kecamatan Canduang"),
   D("nofrizal-effendi-agam", "appeal", ["wali nagari"], "Wali nagari diminta mendata warga yang kehilangan tempat tinggal",
     "meminta wali nagari", None, place="Kecamatan Canduang"),
   D("nofrizal-effendi-agam", "prohibition", ["warga"], "Warga dilarang kembali ke rumah di zona merah",
     "melarang", None, place="Kecamatan Canduang"),
   D("pemkab-agam", "oversight", ["masyarakat"], "Posko pengaduan dan informasi dibuka di kantor Camat Canduang",
     "posko pengaduan", None)],
  notes="The status starts on Minggu (2024-05-12). The site visit is undated (some time up to Senin 13/5/2024). 'Semua OPD harus bergerak' collapses into the instruction (targets merged). Nagari are village-level units; Gunung Marapi is a mountain. Lubuk Basung is the regency seat.",
  formats=["Sabtu (11/5/2024) malam", "Senin (13/5/2024)", "25 Mei 2024"]),

A(O, "sekda-padang-asn-dilarang-bawa-plastik-sekali-pakai-ke-kantor", "2023-07-26T10:40",
  "Sumbar", "Sekda Padang: ASN Dilarang Bawa Plastik Sekali Pakai ke Kantor",
  "Fitra Yanti", "Yulia Fitri", ["Sampah", "Padang", "ASN"],
  "Sekda Kota Padang menunjukkan tumbler dan tas belanja kain", "Prokopim Padang",
  """
PADANG – Sekretaris Daerah (Sekda) Kota Padang, Yosefri Chaniago, menerbitkan surat edaran yang melarang ASN dan tenaga non-ASN di lingkungan Pemerintah Kota Padang membawa dan menggunakan plastik sekali pakai di kantor. Surat edaran itu berlaku sejak Senin (24/7/2023) di seluruh OPD, kecamatan, dan kelurahan.

Yosefri mengatakan, larangan tersebut mencakup kantong plastik, sedotan plastik, botol air minum kemasan, dan wadah makanan berbahan styrofoam. Sebagai gantinya, pegawai diminta membawa tumbler dan wadah makanan yang bisa dipakai ulang.

"Pemerintah harus memberi contoh. Tidak mungkin kita mengajak masyarakat mengurangi sampah plastik kalau di kantor sendiri masih menumpuk botol plastik," ujar Yosefri di Balai Kota Padang, Selasa (25/7/2023).

Ia menginstruksikan seluruh kepala OPD menyediakan dispenser air minum dan tempat sampah terpilah di setiap ruangan. Kepala OPD juga wajib melaporkan pelaksanaan surat edaran tersebut setiap bulan kepada Dinas Lingkungan Hidup.

Menurut Yosefri, surat edaran itu merupakan tindak lanjut dari Peraturan Wali Kota Padang tentang Pengurangan Penggunaan Kantong Plastik yang sebelumnya sudah berlaku di pusat perbelanjaan dan toko modern.

Yosefri mengingatkan, ASN yang tidak mematuhi surat edaran tersebut akan mendapat teguran dari atasan langsung. Penilaian kepatuhan juga akan menjadi salah satu indikator dalam evaluasi kinerja pegawai.

Dinas Lingkungan Hidup Kota Padang mencatat produksi sampah kota mencapai sekitar 600 ton per hari, dengan sekitar 15 persen di antaranya berupa sampah plastik. Sebagian besar sampah tersebut berakhir di TPA Air Dingin yang kapasitasnya terus menipis.

Selain di kantor, Pemkot Padang juga mendorong sekolah dan rumah makan mengurangi penggunaan plastik sekali pakai. Beberapa rumah makan Padang di kawasan Pasar Raya sudah mulai membungkus nasi dengan kertas dan daun pisang tanpa kantong plastik.
""",
  ["yosefri-chaniago-padang"],
  ["Kota Padang"],
  ["Pemerintah Kota Padang", "OPD", "Dinas Lingkungan Hidup", "Dinas Lingkungan Hidup Kota Padang", "Pemkot Padang"],
  [D("yosefri-chaniago-padang", "policy", ["ASN", "non-ASN"], "Surat edaran larangan plastik sekali pakai di kantor pemkot diterbitkan",
     "menerbitkan surat edaran", "2023-07-24", legal=["Peraturan Wali Kota Padang tentang Pengurangan Penggunaan Kantong Plastik"]),
   D("yosefri-chaniago-padang", "prohibition", ["ASN", "non-ASN"], "ASN dan non-ASN dilarang membawa dan menggunakan plastik sekali pakai di kantor",
     "melarang", "2023-07-24"),
   D("yosefri-chaniago-padang", "appeal", ["pegawai"], "Pegawai diminta membawa tumbler dan wadah makanan pakai ulang",
     "diminta", "2023-07-25", place="Balai Kota Padang"),
   D("yosefri-chaniago-padang", "instruction", ["kepala OPD"], "Kepala OPD diinstruksikan menyediakan dispenser dan tempat sampah terpilah, dan wajib melapor bulanan",
     "menginstruksikan", "2023-07-25", place="Balai Kota Padang"),
   D("yosefri-chaniago-padang", "sanction_warning", ["ASN"], "ASN yang tidak patuh ditegur atasan dan dinilai dalam evaluasi kinerja",
     "akan mendapat teguran", "2023-07-25", place="Balai Kota Padang")],
  notes="The circular applies from Monday 24/7/2023; the remarks were made Tuesday 25/7/2023. 'rumah makan Padang' is a cuisine, not an extra region mention. Pemkot 'mendorong' schools and restaurants without a clear directive verb; not annotated.",
  formats=["Senin (24/7/2023)", "Selasa (25/7/2023)"]),

A(O, "ramadan-bupati-agam-imbau-rumah-makan-tutup-siang-hari", "2024-03-12T13:25",
  "Sumbar", "Sambut Ramadan, Bupati Agam Imbau Rumah Makan Tutup Siang Hari",
  "Fitra Yanti", "Yulia Fitri", ["Ramadan", "Agam", "Ketertiban"],
  "Suasana pasar pabukoan di Lubuk Basung", "Prokopim Agam",
  """
LUBUK BASUNG – Bupati Agam Nofrizal Effendi mengimbau pemilik rumah makan dan warung di Kabupaten Agam tidak berjualan pada siang hari selama bulan suci Ramadan 1445 Hijriah. Imbauan itu tertuang dalam surat edaran bupati tentang ketertiban dan kekhusyukan Ramadan yang mulai berlaku Selasa (12/3).

Nofrizal mengatakan, rumah makan baru diperbolehkan buka mulai pukul 16.00 WIB untuk melayani pembeli makanan berbuka. Pengecualian diberikan bagi rumah makan di rumah sakit, terminal, dan kawasan wisata yang banyak dikunjungi pendatang, dengan syarat tidak melayani makan di tempat secara terbuka.

"Agam ini daerah yang memegang teguh adat basandi syarak, syarak basandi Kitabullah. Kita jaga suasana Ramadan bersama-sama," ujar Nofrizal.

Dalam surat edaran tersebut, tempat hiburan seperti biliar dan karaoke juga dilarang beroperasi selama Ramadan. Warga juga dilarang menyalakan petasan dan mercon yang bisa mengganggu kekhusyukan ibadah.

Nofrizal meminta wali nagari, ninik mamak, dan alim ulama ikut mengawasi ketertiban di nagari masing-masing. Menurut dia, peran tokoh adat sangat penting dalam menjaga suasana Ramadan tetap kondusif.

Bagi pelaku usaha yang tetap membandel, Nofrizal menegaskan Satpol PP akan melakukan penertiban. "Kami utamakan pendekatan persuasif. Tapi kalau sudah ditegur masih melanggar, akan ditindak sesuai perda ketertiban umum," katanya.

Selama Ramadan, Pemkab Agam juga menggelar pasar pabukoan di sejumlah kecamatan, salah satunya di Lubuk Basung. Pasar pabukoan menjadi tempat warga berburu aneka takjil khas Minang seperti kolak, lamang tapai, dan bubur kampiun.

Nofrizal juga menyampaikan jam kerja ASN di lingkungan Pemkab Agam selama Ramadan disesuaikan menjadi pukul 08.00 hingga 14.00 WIB. Meski demikian, ia menekankan pelayanan publik tidak boleh terganggu.
""",
  ["nofrizal-effendi-agam"],
  ["Kabupaten Agam"],
  ["Satpol PP", "Pemkab Agam"],
  [D("nofrizal-effendi-agam", "appeal", ["pemilik rumah makan", "warung"], "Rumah makan dan warung diimbau tidak berjualan siang hari selama Ramadan",
     "mengimbau", "2024-03-12"),
   D("nofrizal-effendi-agam", "policy", ["pelaku usaha", "warga"], "Surat edaran bupati tentang ketertiban dan kekhusyukan Ramadan",
     "surat edaran bupati", "2024-03-12"),
   D("nofrizal-effendi-agam", "prohibition", ["tempat hiburan"], "Biliar dan karaoke dilarang beroperasi selama Ramadan",
     "dilarang beroperasi", "2024-03-12"),
   D("nofrizal-effendi-agam", "prohibition", ["warga"], "Warga dilarang menyalakan petasan dan mercon",
     "Warga juga dilarang", "2024-03-12"),
   D("nofrizal-effendi-agam", "appeal", ["wali nagari", "ninik mamak", "alim ulama"], "Wali nagari, ninik mamak, dan alim ulama diminta mengawasi ketertiban",
     "meminta", None),
   D("nofrizal-effendi-agam", "sanction_warning", ["pelaku usaha"], "Pelaku usaha yang membandel akan ditindak sesuai perda ketertiban umum",
     "akan ditindak", None, legal=["perda ketertiban umum"])],
  notes="'(12/3)' resolved to 2024-03-12 from the publication date; it is when the circular took effect. 'pelayanan publik tidak boleh terganggu' is a general statement about services; not annotated. The Bupati's remarks are undated.",
  formats=["Selasa (12/3)"]),
]
