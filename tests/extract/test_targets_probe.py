"""Directive targets on passages we wrote in the style of regional news (Sumatra to Papua, many topics):
how Indonesian names the group a directive addresses."""

import pytest


def targets_of(result: dict, dtype: str | None = None) -> list[list[str]]:
    return [d["targets"] for d in result["directives"] if dtype is None or d["type"] == dtype]


@pytest.mark.parametrize("text, want", [
    ("Kepala Dinas Pendidikan Kota Kendari meminta sekolah-sekolah tidak memungut biaya pendaftaran.", ["sekolah"]),
    ("Wali Kota Batam Amsakar Achmad meminta perusahaan-perusahaan di kawasan industri memprioritaskan tenaga kerja lokal.",
     ["perusahaan"]),
    ("Bupati Paser Fahmi Fadli meminta perusahaan-perusahaan tambang memperbaiki jalan yang rusak.", ["perusahaan tambang"]),
    ("Bupati Sikka Juventus Prima Yoris Kago mengingatkan nelayan-nelayan agar tidak melaut saat gelombang tinggi.",
     ["nelayan"]),
])
def test_a_plural_by_reduplication_is_the_group(run, text, want):
    assert targets_of(run(text)) == [want]


@pytest.mark.parametrize("text, want", [
    ("Pj Bupati Jayapura Triwarno Purnomo menginstruksikan kepala distrik dan kepala kampung agar mendata warga terdampak.",
     ["kepala distrik", "kepala kampung"]),
    ("Bupati Toraja Utara Frederik Victor Palimbong meminta kepala lembang untuk aktif mendata warga miskin.",
     ["kepala lembang"]),
    ("Bupati Aceh Utara Ismail A Jalil meminta para keuchik segera menyalurkan bantuan langsung tunai.", ["keuchik"]),
    ("Bupati Badung Adi Arnawa meminta perbekel dan lurah se-Kabupaten Badung mengawasi penduduk pendatang.",
     ["perbekel", "lurah"]),
    ("Bupati Lampung Selatan Nanang Ermanto meminta para kepala pekon tidak menggunakan dana desa di luar ketentuan.",
     ["kepala pekon"]),
    ("Pj Bupati Pati Henggar Budi Anggoro meminta kepala desa, perangkat desa, dan BPD untuk menjaga netralitas.",
     ["kepala desa", "perangkat desa", "BPD"]),
])
def test_village_heads_across_the_regions(run, text, want):
    assert want in targets_of(run(text))


@pytest.mark.parametrize("text, want", [
    ('"Saya minta seluruh kepala puskesmas memastikan stok vaksin cukup," kata Bupati Tulungagung Maryoto Birowo.',
     ["kepala puskesmas"]),
    ("Kepala Dinas Kesehatan Provinsi NTB Lalu Hamzi Fikri mengingatkan rumah sakit dan puskesmas agar siaga menghadapi DBD.",
     ["rumah sakit", "puskesmas"]),
])
def test_health_facilities_and_their_heads(run, text, want):
    assert want in targets_of(run(text))


@pytest.mark.parametrize("text, want", [
    ("Bupati Kendal Dico Ganinduto meminta para pengelola objek wisata menyiagakan petugas penyelamat.",
     ["pengelola objek wisata"]),
    ("Pj Wali Kota Pekanbaru Risnandar Mahiwa meminta pengelola pusat perbelanjaan menyediakan tempat sampah terpilah.",
     ["pengelola pusat perbelanjaan"]),
    ("Bupati Malang Sanusi meminta para pedagang hewan kurban untuk memeriksakan kesehatan ternaknya.",
     ["pedagang hewan kurban"]),
    # one noun after a head that is whole without another
    ("Wali Kota Ternate Tauhid Soleman meminta para penjual ikan di Pasar Higienis menjaga kebersihan lapak.",
     ["penjual ikan"]),
    ("Wali Kota Medan Bobby Nasution meminta pemilik toko di Pasar Petisah tidak menaikkan harga sembako.",
     ["pemilik toko"]),
    ("Wali Kota Banjarmasin Ibnu Sina meminta warung kopi tutup saat salat Jumat.", ["warung kopi"]),
])
def test_a_head_keeps_a_compound_noun_whole(run, text, want):
    assert targets_of(run(text)) == [want]


@pytest.mark.parametrize("text, want", [
    ("Wali Kota Padang Hendri Septa mengingatkan warganya untuk tidak membuang sampah ke sungai.", [["warga"]]),
    ("Bupati Ciamis Herdiat Sunarya meminta seluruh camatnya turun ke lapangan memantau banjir.", [["camat"]]),
    # a group with "-nya" elsewhere is no addressee of its own
    ("Bupati Ciamis Herdiat Sunarya meminta BPBD memeriksa rumah warganya yang rusak.", [["BPBD"]]),
])
def test_the_speakers_own_group_right_after_the_cue(run, text, want):
    assert targets_of(run(text)) == want


@pytest.mark.parametrize("text, want, not_want", [
    ("Bupati Jombang Mundjidah Wahab melarang pelajar membawa sepeda motor ke sekolah.", ["siswa sekolah"], "sekolah"),
    ("Bupati Sleman Kustini meminta ibu hamil rutin datang ke puskesmas.", ["ibu hamil"], "puskesmas"),
    ("Wali Kota Pontianak Edi Kamtono mengimbau warga berbelanja ke pasar tradisional menjelang Lebaran.", ["warga"],
     "pasar tradisional"),
])
def test_a_place_gone_to_is_not_addressed(run, text, want, not_want):
    got = targets_of(run(text))
    assert want in got and all(not_want not in t for t in got)


def test_people_after_ke_are_addressed(run):
    got = targets_of(run('"Tolong sampaikan ke warga agar tidak memberi uang kepada pengemis," kata Bupati Sleman Kustini.'))
    assert ["warga"] in got


@pytest.mark.parametrize("text, want", [
    ("Gubernur Jawa Barat Dedi Mulyadi menandatangani status tanggap darurat banjir untuk lima daerah, yakni Kota Bekasi, "
     "Kabupaten Bekasi, KBB (Kabupaten Bandung Barat), Karawang, dan Subang.",
     ["Kota Bekasi", "Kabupaten Bekasi", "KBB", "Karawang", "Subang"]),
    ("Gubernur Riau Abdul Wahid menetapkan status siaga darurat karhutla bagi Kabupaten Bengkalis, Kabupaten Siak, dan Kota Dumai.",
     ["Kabupaten Bengkalis", "Kabupaten Siak", "Kota Dumai"]),
    ("Kabupaten Sikka dan Kabupaten Ende diminta segera mengajukan bantuan air bersih, kata Gubernur NTT Melki Laka Lena.",
     ["Kabupaten Sikka", "Kabupaten Ende"]),
    ("Ada tiga kabupaten yang harus memperketat pengawasan ternak, yakni Kabupaten Kupang, Kabupaten Belu, dan Kabupaten "
     "Malaka, ujar Gubernur NTT Melki Laka Lena.", ["Kabupaten Kupang", "Kabupaten Belu", "Kabupaten Malaka"]),
])
def test_regions_as_addressees(run, text, want):
    assert want in targets_of(run(text))


@pytest.mark.parametrize("text, want", [
    # a group of people wins over the region it lives in
    ("Bupati Sleman Kustini meminta warga di Kecamatan Cangkringan untuk waspada.", ["warga"]),
    # a region inside a body's name is the body, not an addressee
    ("Pj Bupati Garut Barnas Adjidin mengingatkan, kepala desa yang melanggar bisa diberhentikan. Pemkab Garut tidak akan "
     "ragu menjatuhkan sanksi.", ["kepala desa"]),
])
def test_regions_are_not_addressed_elsewhere(run, text, want):
    got = targets_of(run(text))
    assert want in got and not any(t.startswith(("Kota ", "Kabupaten ", "Pemkab")) for ts in got for t in ts)


@pytest.mark.parametrize("text, want, not_want", [
    ("Wali Kota Tasikmalaya Viman Alfarizi mengancam akan mencabut izin usaha toko yang menjual minuman keras kepada pelajar.",
     ["toko"], "siswa sekolah"),
    ("Kapolres Jeneponto AKBP Widi Setiawan menegaskan pihaknya tidak segan menindak tegas pelaku balap liar yang "
     "meresahkan warga.", None, "warga"),
    # the one before "yang" is threatened
    ("Bupati Kudus Hartopo menegaskan, ASN yang kedapatan bolos kerja usai libur Lebaran akan dikenai sanksi disiplin.",
     ["ASN"], None),
])
def test_a_threat_is_not_for_the_object_of_a_relative_clause(run, text, want, not_want):
    got = targets_of(run(text), "sanction_warning")
    assert got and (want is None or want in got) and all(not_want not in t for t in got)


@pytest.mark.parametrize("text, want", [
    ("Khusus bagi pelajar, Bupati Jombang Warsubi melarang membawa sepeda motor ke sekolah.", ["siswa sekolah"]),
    ("Untuk para pedagang, Wali Kota Pontianak Edi Kamtono meminta agar tidak menimbun bahan pokok.", ["pedagang"]),
    # an object right after the cue is more precise than the group fronted before it
    ("Kepada masyarakat, Bupati Bogor Rudy Susmanto mengimbau warga yang tinggal di lereng bukit memantau informasi cuaca.",
     ["warga"]),
])
def test_a_group_fronted_with_bagi_or_untuk(run, text, want):
    assert targets_of(run(text)) == [want]


@pytest.mark.parametrize("text, want", [
    ("Bawaslu Kabupaten Jayawijaya mengingatkan kepala kampung dan aparat kampung agar tidak memihak.",
     ["kepala kampung", "aparat kampung"]),
    ("Pj Bupati Nduga Edison Gwijangge meminta para kepala suku untuk menenangkan warganya pascabentrok.", ["kepala suku"]),
    # Jakarta's district offices are no tribal chiefs
    ("Wali Kota Jakarta Selatan Munjirin meminta para kepala suku dinas mengecek kendaraan dinas.", ["kepala suku dinas"]),
    ("Bupati Tabanan Komang Gede Sanjaya mengimbau kelompok tani agar mengatur jadwal tanam.", ["kelompok tani"]),
    ("Bupati Wakatobi Haliana meminta para pemandu wisata menjaga kelestarian terumbu karang.", ["pemandu wisata"]),
])
def test_more_groups_from_the_regions(run, text, want):
    assert want in targets_of(run(text))


@pytest.mark.parametrize("text, want", [
    ("Menurut Bupati Sragen Sigit Pamungkas, siswa SD hingga SMA diminta tetap belajar dari rumah selama kabut asap.",
     [["siswa sekolah"]]),
    ("Bupati Kepulauan Sula Fifian Adeningsi Mus meminta semua kepala sekolah SD dan SMP menghentikan kegiatan belajar.",
     [["kepala sekolah"]]),
    ("Bupati Sleman Kustini meminta guru SD, SMP, dan SMA menjaga kedisiplinan.", [["guru"]]),
])
def test_levels_listed_after_a_group_narrow_it(run, text, want):
    assert targets_of(run(text)) == want
