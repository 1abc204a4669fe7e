"""Organizations across the archipelago's regional news, in passages we wrote ourselves (issue #14, seventh
round: coverage of the language, not of the dev articles). Each passage lists the bodies an annotator would
write down, as written, abbreviations kept, with the region the text gives (../shared/eval/SCHEMA.md)."""

import pytest

from arahan.extract.pipeline import extract_document


def org_names(text: str) -> list[str]:
    return [o["name"] for o in extract_document({"id": "t", "text": text, "published": "2025-06-20"})[0]["organizations"]]


PASSAGES = [
    # a region whose first word looks like a body's name word ("Kepulauan", "Pegunungan") is the region, whole
    ("TANJUNGPINANG - Dinas Pendidikan Provinsi Kepulauan Riau melarang pungutan. Dinas Kesehatan Kepulauan Riau "
     "mengirim dokter.", ["Dinas Pendidikan Provinsi Kepulauan Riau", "Dinas Kesehatan Kepulauan Riau"]),
    ("SELATPANJANG - Pemerintah Kabupaten Kepulauan Meranti meliburkan sekolah. Dinas Sosial Kabupaten Kepulauan "
     "Sula membagikan beras.", ["Pemerintah Kabupaten Kepulauan Meranti", "Dinas Sosial Kabupaten Kepulauan Sula"]),
    ("Badan Pendapatan Daerah Kabupaten Kepulauan Aru memungut pajak. Dinas Pertanian Kabupaten Pegunungan Arfak "
     "membagikan bibit.", ["Badan Pendapatan Daerah Kabupaten Kepulauan Aru",
                          "Dinas Pertanian Kabupaten Pegunungan Arfak"]),
    ("Dinas Kelautan dan Perikanan Kabupaten Kepulauan Selayar melarang bom ikan.",
     ["Dinas Kelautan dan Perikanan Kabupaten Kepulauan Selayar"]),
    # a national body's office for a region: "Perwakilan", "Cabang", "Kanwil" and the region
    ("MATARAM - Bank Indonesia Perwakilan NTB menilai harga cabai naik. Jasa Raharja Cabang Bali menyantuni korban.",
     ["Bank Indonesia Perwakilan NTB", "Jasa Raharja Cabang Bali"]),
    ("AMBON - Bank Indonesia Kantor Perwakilan Provinsi Maluku mencatat inflasi. Jasa Raharja menyantuni korban.",
     ["Bank Indonesia Kantor Perwakilan Provinsi Maluku", "Jasa Raharja"]),
    # a kecamatan's offices and councils take the kecamatan's name ("KUA Ciawi", "Muspika Cibeunying")
    ("BOGOR - Kantor Urusan Agama (KUA) Kecamatan Cibinong mencatat 40 pernikahan. KUA Ciawi juga sibuk.",
     ["Kantor Urusan Agama (KUA) Kecamatan Cibinong", "KUA Ciawi"]),
    ("BANDUNG - Forum Komunikasi Pimpinan Kecamatan (Forkopimcam) Bandung Kulon menggelar rapat. Muspika "
     "Cibeunying hadir.", ["Forum Komunikasi Pimpinan Kecamatan (Forkopimcam) Bandung Kulon", "Muspika Cibeunying"]),
    ("WONOSOBO - Muspika Kertek dan Forkopimcam Garung memantau takbir keliling. KUA Kertek mengimbau warga.",
     ["Muspika Kertek", "Forkopimcam Garung", "KUA Kertek"]),
    # national bodies of the sea, ports and quarantine
    ("BITUNG - Bakamla menangkap kapal asing. KSOP Bitung menunda pelayaran. Barantin memeriksa muatan ikan.",
     ["Bakamla", "KSOP Bitung", "Barantin"]),
    ("JAKARTA - LPSK melindungi saksi. Kompolnas dan Komnas Perempuan meminta polisi transparan. KPID Jawa Barat "
     "menegur stasiun televisi.", ["LPSK", "Kompolnas", "Komnas Perempuan", "KPID Jawa Barat"]),
    # mass organisations and associations, with the region of their branch
    ("JEMBER - PCNU Jember dan GP Ansor Jember sepakat menolak politik uang. Banser menjaga gereja. PWNU Jawa Timur "
     "mendukung.", ["PCNU Jember", "GP Ansor Jember", "Banser", "PWNU Jawa Timur"]),
    ("LUMAJANG - KONI Lumajang menyiapkan atlet. PMI Kabupaten Lumajang menggelar donor darah. PWI Lumajang meminta "
     "wartawan netral.", ["KONI Lumajang", "PMI Kabupaten Lumajang", "PWI Lumajang"]),
    ("BANYUWANGI - Kadin Banyuwangi, Apindo dan HIPMI Banyuwangi menolak pungutan liar. Apdesi Banyuwangi dan PPDI "
     "Banyuwangi mendukung.", ["Kadin Banyuwangi", "Apindo", "HIPMI Banyuwangi", "Apdesi Banyuwangi",
                               "PPDI Banyuwangi"]),
    # a body written out in lower case with our lexicon's abbreviation in lower case too
    ("GARUT - Warga bisa melapor ke panitia pengawas kecamatan (panwascam) setempat.",
     ["panitia pengawas kecamatan (panwascam)"]),
    ("Laporan diteruskan kepada Panitia Pengawas Kecamatan (panwascam) dan kepada badan usaha milik desa (bumdes).",
     ["Panitia Pengawas Kecamatan (panwascam)", "badan usaha milik desa (bumdes)"]),
    # but a word in brackets that is no abbreviation of ours is none
    ("Warga diminta melapor ke pusat layanan (posko) terdekat.", []),
    # two bodies written with a slash are two mentions; a hyphen pair is named as one; a document number is none
    ("MAKASSAR - Pengamanan melibatkan TNI/Polri dan Satpol PP. Aparat TNI-Polri berjaga di pasar.",
     ["TNI", "Polri", "Satpol PP", "TNI-Polri"]),
    ("Surat itu ditembuskan ke KPU/Bawaslu. BUMN/BUMD ikut membantu. Kemenag/KUA membuka layanan.",
     ["KPU", "Bawaslu", "BUMN", "BUMD", "Kemenag", "KUA"]),
    ("Warga melapor ke Dinas Kesehatan/Puskesmas terdekat. Petugas Dinkes/Puskesmas turun ke desa.",
     ["Dinas Kesehatan", "Dinkes"]),
    ("Surat bernomor 100/KPU/2024 dan SE/Bawaslu/V/2024 sudah terbit. Nomor 800/123/BKPSDM/2025 juga.", []),
    # a ministry named by its acronym after "Kementerian" is the ministry, not the party inside the acronym
    ("JAKARTA - Kementerian PAN-RB menerbitkan surat edaran netralitas.", ["Kementerian PAN-RB"]),
    ("JAKARTA - Kementerian PAN RB meminta ASN netral. Partai Amanat Nasional (PAN) menggelar rapat.",
     ["Kementerian PAN RB", "Partai Amanat Nasional (PAN)"]),
    # a lexicon body's full form written out where no head word starts it, with its number, place or region
    ("SOLO - Komando Distrik Militer 0735/Surakarta dan Palang Merah Indonesia Kota Surakarta membuka dapur umum. "
     "Kantor Urusan Agama Kecamatan Jebres ikut.",
     ["Komando Distrik Militer 0735/Surakarta", "Palang Merah Indonesia Kota Surakarta",
      "Kantor Urusan Agama Kecamatan Jebres"]),
    ("KUDUS - Persatuan Guru Republik Indonesia (PGRI) Kudus meminta guru netral. Ikatan Dokter Indonesia Kudus "
     "mendukung.", ["Persatuan Guru Republik Indonesia (PGRI) Kudus", "Ikatan Dokter Indonesia Kudus"]),
    ("JAKARTA - Tentara Nasional Indonesia dan Kepolisian Negara Republik Indonesia menjaga TPS. Korps Pegawai "
     "Republik Indonesia mengimbau anggotanya.", ["Tentara Nasional Indonesia", "Kepolisian Negara Republik Indonesia",
                                                 "Korps Pegawai Republik Indonesia"]),
    ("MEDAN - Kamar Dagang dan Industri Sumatera Utara dan Himpunan Pengusaha Muda Indonesia menggelar forum.",
     ["Kamar Dagang dan Industri Sumatera Utara", "Himpunan Pengusaha Muda Indonesia"]),
    # an activity's name is no body, nor is a bare kind of government
    ("Penegakan Hukum Harus Tegas, Kata Warga. Pemberdayaan Kesejahteraan Keluarga jadi tema lomba. Pemerintah "
     "Daerah diminta hadir.", []),
    # offices of the centre in a port or a city, named in full; associations and farmers' groups
    ("TARAKAN - Kantor Kesehatan Pelabuhan Kelas II Tarakan memeriksa penumpang. Kantor Bea dan Cukai Tarakan "
     "menyita barang selundupan.", ["Kantor Kesehatan Pelabuhan Kelas II Tarakan", "Kantor Bea dan Cukai Tarakan"]),
    ("AMBON - Kepala Kantor Perwakilan Bank Indonesia Maluku menyebut inflasi turun. Kantor Pelayanan "
     "Perbendaharaan Negara Ambon menyalurkan dana desa.",
     ["Kantor Perwakilan Bank Indonesia Maluku", "Kantor Pelayanan Perbendaharaan Negara Ambon"]),
    ("SLEMAN - Ikatan Bidan Indonesia Kabupaten Sleman dan Himpunan Kerukunan Tani Indonesia menggelar penyuluhan. "
     "Kelompok Tani Maju Bersama panen raya.", ["Ikatan Bidan Indonesia Kabupaten Sleman",
                                                "Himpunan Kerukunan Tani Indonesia", "Kelompok Tani Maju Bersama"]),
    # a team of a body written out is that body's ("Tim Kantor SAR Kendari"); name words beyond derived nouns
    ("KENDARI - Tim Kantor SAR Kendari dan Badan Pengelolaan Pajak dan Retribusi Daerah Kota Kendari hadir. Badan "
     "Pengelola Keuangan Haji memantau.", ["Kantor SAR Kendari",
                                           "Badan Pengelolaan Pajak dan Retribusi Daerah Kota Kendari",
                                           "Badan Pengelola Keuangan Haji"]),
    # "inspektorat" names the body in lower case too, with its region; "kepolisian" alone is left out
    ("Pelanggaran itu dilaporkan ke inspektorat. Kasus lain ditangani inspektorat Kabupaten Bogor dan pihak "
     "kepolisian.", ["inspektorat", "inspektorat Kabupaten Bogor"]),
    # a hospital named after a person keeps the person's titles and initials
    ("SEMARANG - Direktur RSUD KRMT Wongsonegoro meminta warga tenang. RSUD H. Damanhuri Barabai dan RSUD dr. H. Moch "
     "Ansari Saleh menambah tempat tidur.", ["RSUD KRMT Wongsonegoro", "RSUD H. Damanhuri Barabai",
                                             "RSUD dr. H. Moch Ansari Saleh"]),
    ("KUPANG - RSUD Prof. Dr. W. Z. Johannes Kupang membuka poli. Rumah Sakit Umum Daerah Kabupaten Sleman siaga.",
     ["RSUD Prof. Dr. W. Z. Johannes Kupang", "Rumah Sakit Umum Daerah Kabupaten Sleman"]),
    # a military unit's name after its number may have two words, never a weekday or a rank
    ("GORONTALO - Polda Gorontalo dan Korem 133/Nani Wartabone menggelar apel. Kodim 1501/Ternate Sabtu lalu "
     "menggelar bakti sosial. Kodim 0735/Surakarta Kolonel Andi hadir.",
     ["Polda Gorontalo", "Korem 133/Nani Wartabone", "Kodim 1501/Ternate", "Kodim 0735/Surakarta"]),
    # the food and drug agency's and the quarantine's regional offices written out
    ("JAMBI - Balai Besar POM Jambi menggelar razia. Balai Besar Karantina Hewan, Ikan dan Tumbuhan Sulawesi Selatan "
     "memeriksa sapi.", ["Balai Besar POM Jambi", "Balai Besar Karantina Hewan, Ikan dan Tumbuhan Sulawesi Selatan"]),
    # customary councils named by a people or a nagari
    ("PEKANBARU - Lembaga Adat Melayu Riau meminta pemerintah melindungi tanah ulayat. Dewan Adat Dayak Kalimantan "
     "Barat mendukung.", ["Lembaga Adat Melayu Riau", "Dewan Adat Dayak Kalimantan Barat"]),
    ("PADANG - Lembaga Kerapatan Adat Alam Minangkabau (LKAAM) Sumbar dan Kerapatan Adat Nagari Pariangan menggelar "
     "musyawarah.", ["Lembaga Kerapatan Adat Alam Minangkabau (LKAAM) Sumbar", "Kerapatan Adat Nagari Pariangan"]),
    # a bare "Sekretariat Daerah" is the one secretariat of the article's government; a bare kind is none
    ("BONDOWOSO - Surat itu disiapkan Bagian Hukum dan diteruskan ke Sekretariat Daerah. Pemerintah Kabupaten "
     "diminta hadir.", ["Bagian Hukum", "Sekretariat Daerah"]),
    # a mass organization's board at a level is named with the organization and its region
    ("YOGYAKARTA - Pimpinan Wilayah Muhammadiyah DIY dan PW Muhammadiyah Jawa Tengah mengimbau warga. Pengurus "
     "Cabang NU Kabupaten Jember serta PD Muhammadiyah Bantul menyatakan dukungan.",
     ["Pimpinan Wilayah Muhammadiyah DIY", "PW Muhammadiyah Jawa Tengah", "Pengurus Cabang NU Kabupaten Jember",
      "PD Muhammadiyah Bantul"]),
    # a village company and youth body keep their proper names; a hospital named after a person of four words
    ("AMBON - BUMDes Maju Jaya mengelola pasar desa. Karang Taruna Desa Waai menggelar kerja bakti.",
     ["BUMDes Maju Jaya", "Karang Taruna Desa Waai"]),
    ("PONTIANAK - Rumah Sakit Umum Daerah Sultan Syarif Mohamad Alkadrie menambah ruang isolasi. Perusahaan Daerah "
     "Air Minum (PDAM) Tirta Kencana mematikan aliran.",
     ["Rumah Sakit Umum Daerah Sultan Syarif Mohamad Alkadrie", "Perusahaan Daerah Air Minum (PDAM) Tirta Kencana"]),
    # a prison named by its grade and place; a village government by its village; a Koramil by its numbers
    ("SLEMAN - Lapas Kelas IIB Sleman dan Rutan Kelas IIA Kendari menambah blok. Lapas Narkotika Pamekasan "
     "menggelar tes urine.", ["Lapas Kelas IIB Sleman", "Rutan Kelas IIA Kendari", "Lapas Narkotika Pamekasan"]),
    ("GORONTALO - Pemdes Tabongo Barat mengimbau warga. Koramil 1608-05/Cibeber dan Koramil 0801/Pacitan menjaga "
     "posko.", ["Pemdes Tabongo Barat", "Koramil 1608-05/Cibeber", "Koramil 0801/Pacitan"]),
    # a directorate general written short, with its name words
    ("PEKANBARU - Ditjen Pajak Riau menambah loket. Ditjen Bina Marga memperbaiki jalan nasional.",
     ["Ditjen Pajak Riau", "Ditjen Bina Marga"]),
    # a hospital's namesake with an initial inside the name; the education office's older short names
    ("SINTANG - RSUD Ade M Djoen Sintang merawat pasien. Diknas Sumenep mengirim surat edaran. Dindik Jatim "
     "mendukung.", ["RSUD Ade M Djoen Sintang", "Diknas Sumenep", "Dindik Jatim"]),
    # an office's grade sits between its kind (or abbreviation) and its place or region
    ("BANTEN - KSOP Kelas I Banten menunda pelayaran. Lapas Perempuan Kelas IIA Semarang dan Lapas Kelas IIA Kota "
     "Bogor menggelar razia.", ["KSOP Kelas I Banten", "Lapas Perempuan Kelas IIA Semarang", "Lapas Kelas IIA Kota Bogor"]),
    # a village council named by its village, with or without its abbreviation
    ("CILACAP - Badan Permusyawaratan Desa Karangsari dan Badan Permusyawaratan Desa (BPD) Sukamaju menggelar "
     "musyawarah.", ["Badan Permusyawaratan Desa Karangsari", "Badan Permusyawaratan Desa (BPD) Sukamaju"]),
    # the second of two bodies joined by "dan" owns the abbreviation in brackets after it
    ("MATARAM - Dinas Sosial Kota Mataram dan Dinas Pemberdayaan Masyarakat dan Desa (DPMD) NTB menyalurkan bantuan.",
     ["Dinas Sosial Kota Mataram", "Dinas Pemberdayaan Masyarakat dan Desa (DPMD) NTB"]),
    # a police resort or military district named bare is the article's own, listed as written; a bare Pemkab is not
    ("BLORA - Warga melapor ke Polres. Polda juga menurunkan tim, sementara Kodim mengirim prajurit. Pemkab "
     "menyiapkan tenda.", ["Polres", "Polda", "Kodim"]),
    # "PP" after "Satpol" is the police's own letters, not Muhammadiyah's central board
    ("YOGYAKARTA - PP Muhammadiyah meminta warga tenang. Anggota Satpol PP Muhammadiyah Yogyakarta berjaga.",
     ["PP Muhammadiyah", "Satpol PP", "Muhammadiyah Yogyakarta"]),
    # a kind's proper name ends before a headline verb, an amount, a function word or a weekday
    ("KENDAL - Program BUMDes Dorong Ekonomi Warga berjalan. Dana BUMDes Rp 50 juta cair. Pemdes Setempat "
     "menyalurkan BLT. Kepala Puskesmas Kalasan Senin lalu hadir.", ["BUMDes", "Pemdes", "Puskesmas Kalasan"]),
]


@pytest.mark.parametrize("text,expected", PASSAGES, ids=[str(i) for i in range(len(PASSAGES))])
def test_passage_gives_the_bodies_an_annotator_lists(text, expected):
    assert org_names(text) == expected
