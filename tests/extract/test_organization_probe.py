"""Organizations in short regional-news passages we wrote ourselves (issue #14, a probe of the language rather
than of the dev articles): each passage lists the bodies a careful annotator would write down, as written,
abbreviations kept, with the region when the text gives one (../shared/eval/SCHEMA.md)."""

import pytest

from arahan.extract.pipeline import extract_document


def org_names(text: str) -> list[str]:
    return [o["name"] for o in extract_document({"id": "t", "text": text, "published": "2025-06-20"})[0]["organizations"]]


PASSAGES = [
    # a regional office of a national body: "Perwakilan", "Cabang", "Kanwil" before the region
    ("SERANG - BPK Perwakilan Banten menemukan kelebihan bayar. BPJS Kesehatan Cabang Serang meminta peserta "
     "melunasi tunggakan. Perum Bulog Kanwil Sumut menyiapkan beras.",
     ["BPK Perwakilan Banten", "BPJS Kesehatan Cabang Serang", "Perum Bulog Kanwil Sumut"]),
    ("SLEMAN - BPJS Kesehatan Kantor Cabang Sleman membuka layanan. BPK Perwakilan Provinsi Banten memeriksa. BPJS "
     "Ketenagakerjaan Cabang Kendari membayar klaim.",
     ["BPJS Kesehatan Kantor Cabang Sleman", "BPK Perwakilan Provinsi Banten", "BPJS Ketenagakerjaan Cabang Kendari"]),
    ("MATARAM - Kepala Kemenag Lombok Timur menyebut 1.200 jemaah sudah melunasi. Ombudsman RI Perwakilan NTB "
     "menerima laporan.", ["Kemenag Lombok Timur", "Ombudsman RI Perwakilan NTB"]),
    ("PONTIANAK - OJK Kalimantan Barat meminta warga waspada. BKKBN Perwakilan NTT menggelar pelayanan KB.",
     ["OJK Kalimantan Barat", "BKKBN Perwakilan NTT"]),
    # the branches of the armed forces
    ("BATAM - Pangkalan TNI AL Batam menahan kapal. Prajurit TNI AD dan TNI AU membantu evakuasi.",
     ["TNI AL", "TNI AD", "TNI AU"]),
    # "Kanwil" before a body's abbreviation is that body's regional office
    ("SOLO - Lembaga Pemasyarakatan Kelas I Semarang dan Rumah Tahanan Negara Kelas I Surakarta menggelar razia. "
     "Kanwil Kemenkumham Jawa Tengah menemukan telepon genggam.",
     ["Lembaga Pemasyarakatan Kelas I Semarang", "Rumah Tahanan Negara Kelas I Surakarta",
      "Kanwil Kemenkumham Jawa Tengah"]),
    # a head after "Kantor Wilayah" goes on; a tax office's grade is part of its name
    ("PURWAKARTA - Kantor Wilayah Direktorat Jenderal Pajak Jawa Barat dan Kantor Pelayanan Pajak Pratama Purwakarta "
     "menggelar sosialisasi. Badan Pendapatan Daerah Provinsi Jawa Barat juga hadir.",
     ["Kantor Wilayah Direktorat Jenderal Pajak Jawa Barat", "Kantor Pelayanan Pajak Pratama Purwakarta",
      "Badan Pendapatan Daerah Provinsi Jawa Barat"]),
    ("SUMENEP - Kepala Kantor Kementerian Agama Kabupaten Sumenep meminta madrasah menertibkan pungutan. "
     "Kankemenag Sumenep akan memantau 300 madrasah.",
     ["Kantor Kementerian Agama Kabupaten Sumenep", "Kankemenag Sumenep"]),
    # an immigration office's grade with "TPI"
    ("CIREBON - Kantor Imigrasi Kelas II TPI Cirebon mendeportasi dua warga asing. Kantor Pertanahan Kabupaten "
     "Cirebon menerbitkan 500 sertifikat.", ["Kantor Imigrasi Kelas II TPI Cirebon", "Kantor Pertanahan Kabupaten Cirebon"]),
    # a party's name in any case after "Partai"
    ("PATI - Badan Kesatuan Bangsa dan Politik (Kesbangpol) Pati menggelar pendidikan politik. Partai Kebangkitan "
     "Bangsa, Partai Nasdem dan Partai Gerindra mengirim kader.",
     ["Badan Kesatuan Bangsa dan Politik (Kesbangpol) Pati", "Partai Kebangkitan Bangsa", "Partai Nasdem",
      "Partai Gerindra"]),
    # a school's head heads no government body; the education office is one
    ("BLITAR - Kepala SMP Negeri 1 Blitar dan Kepala SD Negeri Sananwetan 3 dipanggil Dinas Pendidikan Kota Blitar. "
     "Kepala MTs Negeri 2 Blitar juga hadir.", ["Dinas Pendidikan Kota Blitar"]),
    # bodies named by a river basin; an authority ("Otoritas"); Aceh's sharia office
    ("YOGYAKARTA - Balai Besar Wilayah Sungai Serayu Opak memperbaiki tanggul. Pemerintah Daerah Istimewa "
     "Yogyakarta mendukung perbaikan itu.", ["Balai Besar Wilayah Sungai Serayu Opak",
                                            "Pemerintah Daerah Istimewa Yogyakarta"]),
    ("PONTIANAK - Otoritas Jasa Keuangan (OJK) Kalimantan Barat meminta warga waspada pinjaman online ilegal.",
     ["Otoritas Jasa Keuangan (OJK) Kalimantan Barat"]),
    ("ACEH - Dinas Syariat Islam Aceh dan Wilayatul Hisbah menertibkan warung. Majelis Permusyawaratan Ulama (MPU) "
     "Aceh mengeluarkan fatwa.", ["Dinas Syariat Islam Aceh", "Wilayatul Hisbah", "Majelis Permusyawaratan Ulama (MPU) Aceh"]),
    ("MAKASSAR - Komisi D DPRD Sulsel akan memanggil Dinas Bina Marga dan Bina Konstruksi.",
     ["Komisi D DPRD Sulsel", "Dinas Bina Marga dan Bina Konstruksi"]),
    ("DENPASAR - Pemerintah Provinsi Bali melalui Dinas Pariwisata melarang wisatawan mendaki gunung suci. Majelis "
     "Desa Adat Provinsi Bali mendukung larangan itu.",
     ["Pemerintah Provinsi Bali", "Dinas Pariwisata", "Majelis Desa Adat Provinsi Bali"]),
    # police units written in full with their abbreviation, named by their place
    ("MEDAN - Kepolisian Resor Kota Besar (Polrestabes) Medan menangkap tiga pelaku begal. Kepolisian Sektor "
     "(Polsek) Medan Baru ikut membantu.",
     ["Kepolisian Resor Kota Besar (Polrestabes) Medan", "Kepolisian Sektor (Polsek) Medan Baru"]),
    ("BOGOR - Bawaslu Kabupaten Bogor menemukan alat peraga kampanye di sekolah. Ketua Panitia Pengawas Pemilihan "
     "Kecamatan (Panwascam) Cibinong meminta partai mencopotnya.",
     ["Bawaslu Kabupaten Bogor", "Panitia Pengawas Pemilihan Kecamatan (Panwascam) Cibinong"]),
    # courts by their kind; a food and drug office of a kabupaten
    ("BEKASI - Kejaksaan Negeri (Kejari) Kota Bekasi menahan dua tersangka korupsi. Pengadilan Tindak Pidana Korupsi "
     "(Tipikor) Bandung akan menyidangkan perkara itu.",
     ["Kejaksaan Negeri (Kejari) Kota Bekasi", "Pengadilan Tindak Pidana Korupsi (Tipikor) Bandung"]),
    ("BONE - Loka POM Kabupaten Bone menggelar razia. Pengadilan Militer Makassar menyidangkan dua prajurit.",
     ["Loka POM Kabupaten Bone", "Pengadilan Militer Makassar"]),
    # a party's board written out goes on to its party and region
    ("PEKALONGAN - Dewan Pimpinan Cabang (DPC) Partai Kebangkitan Bangsa Kota Pekalongan menjaring bakal calon. "
     "DPD Partai Golkar Jawa Tengah juga membuka pendaftaran.",
     ["Dewan Pimpinan Cabang (DPC) Partai Kebangkitan Bangsa Kota Pekalongan", "DPD Partai Golkar Jawa Tengah"]),
    # "dan" before another body's head ends the name
    ("BANTUL - Badan Pembangunan Desa dan Pemerintah Kalurahan Panggungharjo menggelar musyawarah.",
     ["Badan Pembangunan Desa", "Pemerintah Kalurahan Panggungharjo"]),
    # a syllable acronym of a regional office before a region's short name; a unit of a kecamatan
    ("SAMPIT - Kepala Disperdagin Kotim mengatakan stok beras aman. Bapperida Kotim menyusun rencana kerja.",
     ["Disperdagin Kotim", "Bapperida Kotim"]),
    ("Petugas dari Polsek Pesanggrahan, Koramil Pesanggrahan dan Satpol PP Kecamatan Pesanggrahan melakukan patroli.",
     ["Polsek Pesanggrahan", "Koramil Pesanggrahan", "Satpol PP Kecamatan Pesanggrahan"]),
    # national bodies' units and offices: the traffic corps, tax offices, Jakarta's city offices, a police hospital
    ("PEKANBARU - Polda Riau dan Kanwil DJP Riau menyita aset. Korlantas Polri memberlakukan ganjil genap.",
     ["Polda Riau", "Kanwil DJP Riau", "Korlantas Polri"]),
    ("JAKARTA - Suku Dinas Lingkungan Hidup Jakarta Timur mengangkut sampah. Wali Kota Jakarta Timur meminta Sudin "
     "Sumber Daya Air mengeruk kali.", ["Suku Dinas Lingkungan Hidup Jakarta Timur", "Sudin Sumber Daya Air"]),
    ("SOLO - RSUD Dr. Moewardi dan RS Bhayangkara Surakarta menyiagakan dokter. KPP Pratama Klaten membuka layanan.",
     ["RSUD Dr. Moewardi", "RS Bhayangkara Surakarta", "KPP Pratama Klaten"]),
    # a village government written out with its abbreviation keeps the village's name
    ("BANTUL - Pemerintah Desa (Pemdes) Sumbermulyo meminta warga mendaftar. Pemerintah Kabupaten (Pemkab) Bantul "
     "menyalurkan bantuan.", ["Pemerintah Desa (Pemdes) Sumbermulyo", "Pemerintah Kabupaten (Pemkab) Bantul"]),
    # a grade then the region's short name; the law enforcement unit of a ministry
    ("YOGYAKARTA - Balai Pengelola Transportasi Darat (BPTD) Kelas II DIY menyiapkan posko mudik.",
     ["Balai Pengelola Transportasi Darat (BPTD) Kelas II DIY"]),
    ("JAKARTA - Gakkum KLHK menyegel tambang ilegal. Lembaga Bantuan Hukum (LBH) Semarang mendampingi warga.",
     ["Gakkum KLHK", "Lembaga Bantuan Hukum (LBH) Semarang"]),
    # a body in a photo credit is still a body the text names (dropping credits was measured: tune .951 -> .940)
    ("BLORA - Warga diminta waspada banjir. (Foto: Dok. Humas Polres Blora)", ["Polres Blora"]),
    # the civil servants' corps and the election law centre, with their region
    ("GARUT - Dewan Pengurus Korpri Kabupaten Garut meminta anggotanya netral. Korpri Garut akan melapor ke Bawaslu "
     "Garut. Sentra Gakkumdu Kota Magelang menerima laporan.",
     ["Dewan Pengurus Korpri Kabupaten Garut", "Korpri Garut", "Bawaslu Garut", "Sentra Gakkumdu Kota Magelang"]),
    # the municipal police however spelt; "Kab" without its full stop
    ("Petugas Satpol-PP dan Sat Pol PP Kota Bogor serta SATPOL PP Kabupaten Bogor berjaga. Anggota Pol PP juga hadir.",
     ["Satpol-PP", "Sat Pol PP Kota Bogor", "SATPOL PP Kabupaten Bogor", "Pol PP"]),
    ("BOGOR - Dinkes Kab Bogor mencatat kenaikan kasus demam berdarah.", ["Dinkes Kab Bogor"]),
    # a state company keeps its legal form as written ("PT", "Perum"); without it, the name alone
    ("PT KAI Daop 6 Yogyakarta menambah kereta. Perum Bulog Kanwil Sumut menyiapkan beras. PT PLN memadamkan listrik. "
     "Pertamina menambah stok. PT Jasa Marga memberlakukan contraflow.",
     ["PT KAI", "Perum Bulog Kanwil Sumut", "PT PLN", "Pertamina", "PT Jasa Marga"]),
    ("BANJIR - Perum Perhutani dan PT Angkasa Pura menyalurkan bantuan. Petugas ASDP dan Pelindo menunda penyeberangan.",
     ["Perum Perhutani", "PT Angkasa Pura", "ASDP", "Pelindo"]),
    # a police resort named after its Kota keeps "Kota" in a name written in full
    ("TEGAL - Satuan Reserse Kriminal (Satreskrim) Polres Tegal Kota mengungkap kasus. Kepolisian Resor Kupang Kota "
     "menangkap pelaku.", ["Satuan Reserse Kriminal (Satreskrim) Polres Tegal Kota", "Kepolisian Resor Kupang Kota"]),
    # military units by number and place (a Kota after the slash), a battalion; the mobile brigade with its Polda
    ("SEMARANG - Kodim 0733/Kota Semarang dan Koramil 01/Semarang Tengah berjaga. Yonif 400/Raider membantu evakuasi. "
     "Satbrimob Polda Jawa Tengah dan Brimob Polda Jateng menyisir lokasi. Personel Brimob juga hadir.",
     ["Kodim 0733/Kota Semarang", "Koramil 01/Semarang Tengah", "Yonif 400/Raider", "Satbrimob Polda Jawa Tengah",
      "Brimob Polda Jateng", "Brimob"]),
    # "RI" after a national body is part of its name as written
    ("JAKARTA - BPK RI dan Kemenkes RI mengirim surat. BNPB menyalurkan bantuan. MK RI memutus perkara.",
     ["BPK RI", "Kemenkes RI", "BNPB", "MK RI"]),
    # parties outside the parliament and Aceh's local party
    ("BANDA ACEH - Partai Ummat, Partai Garuda, Partai Aceh dan Partai Berkarya mendaftar ke KIP Aceh.",
     ["Partai Ummat", "Partai Garuda", "Partai Aceh", "Partai Berkarya", "KIP Aceh"]),
    # technical units (UPT, UPTD) of a health centre, of waste, of a kecamatan; a provincial office's branch
    ("SLEMAN - Kepala UPT Puskesmas Kalasan meminta warga divaksin. UPTD Puskesmas Ngemplak membuka layanan. UPT "
     "Pengelolaan Sampah Kota Malang mengangkut sampah. UPT Pendidikan Kecamatan Depok mendata guru.",
     ["UPT Puskesmas Kalasan", "UPTD Puskesmas Ngemplak", "UPT Pengelolaan Sampah Kota Malang",
      "UPT Pendidikan Kecamatan Depok"]),
    ("SURABAYA - Cabang Dinas Pendidikan Wilayah Surabaya memantau SMA negeri. Cabdin Pendidikan Wilayah Malang juga.",
     ["Cabang Dinas Pendidikan Wilayah Surabaya", "Cabdin Pendidikan Wilayah Malang"]),
    # the electricity company's units, named by their place
    ("SLEMAN - PT PLN UP3 Sleman memadamkan listrik. PLN ULP Kalasan meminta maaf. PLN UID Jawa Tengah menyiagakan "
     "petugas.", ["PT PLN UP3 Sleman", "PLN ULP Kalasan", "PLN UID Jawa Tengah"]),
    # forms the rules already read (kept here so that they stay read)
    ("PADANG - Badan Penanggulangan Bencana Daerah (BPBD) Kota Padang mencatat 120 rumah terendam banjir. Tim "
     "gabungan dari Basarnas, TNI dan Polri sudah mengevakuasi warga. BMKG memperkirakan hujan masih turun.",
     ["Badan Penanggulangan Bencana Daerah (BPBD) Kota Padang", "Basarnas", "TNI", "Polri", "BMKG"]),
    ("SLEMAN - Komandan Kodim 0732/Sleman menyerahkan bantuan bersama Koramil Depok. Polsek Depok Barat juga "
     "membantu pengamanan.", ["Kodim 0732/Sleman", "Koramil Depok", "Polsek Depok Barat"]),
    ("KENDARI - Unit Pelaksana Teknis Daerah (UPTD) Pengelolaan Pendapatan Daerah Kendari memperpanjang pemutihan "
     "pajak kendaraan. Samsat Kendari ramai.",
     ["Unit Pelaksana Teknis Daerah (UPTD) Pengelolaan Pendapatan Daerah Kendari", "Samsat Kendari"]),
    ("JEMBER - Komisi B DPRD Jember memanggil Dinas Tanaman Pangan, Hortikultura dan Perkebunan terkait kelangkaan "
     "pupuk.", ["Komisi B DPRD Jember", "Dinas Tanaman Pangan, Hortikultura dan Perkebunan"]),
]


@pytest.mark.parametrize("text,expected", PASSAGES, ids=[p[0].split(" - ")[0] + str(i) for i, p in enumerate(PASSAGES)])
def test_probe_passage_gives_the_bodies_an_annotator_lists(text, expected):
    assert org_names(text) == expected
