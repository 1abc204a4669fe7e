"""Who issued a directive and who holds office, from probe passages we wrote in the style of regional
news (issue #14, seventh round): a deputy or Sekda speaking "mewakili Bupati", a name written before
its office after an opening phrase ("Dalam kesempatan itu, NAME, TITLE, meminta ...")."""

import pytest

from tests.extract.conftest import officials


def issuers(result: dict) -> set[str]:
    return {d["issuer"] for d in result["directives"]}


# -- "X, mewakili Bupati, meminta ...": the one who speaks for the head gives the directive
@pytest.mark.parametrize("text, who", [
    ("Sekda Kabupaten Pidie Jaya, H. Muhammad Thaib, mewakili Bupati Pidie Jaya, meminta para camat segera "
     "mendata warga terdampak banjir.", "Muhammad Thaib"),
    ("Wakil Bupati Maluku Tengah, La Ode Ahmad, mewakili Bupati Maluku Tengah, mengajak masyarakat menjaga "
     "kerukunan menjelang pilkada.", "La Ode Ahmad"),
    ("Asisten I Setda Kabupaten Sikka, Robertus Ray, yang mewakili Bupati Sikka Juventus Prima Yoris Kago, "
     "mengimbau warga memeriksakan anjing peliharaan ke puskesmas hewan.", "Robertus Ray"),
])
def test_who_speaks_on_behalf_of_the_head_issues(run, text, who):
    result = run(text)
    assert issuers(result) == {who}


# -- "Opening phrase, NAME, TITLE, verb": the whole name, not its last words
@pytest.mark.parametrize("text, name, title", [
    ("Dalam kesempatan itu, I Made Sudira, Kepala Desa Tegallalang, meminta warga tidak membuang sampah ke sungai.",
     "I Made Sudira", "Kepala Desa"),
    ("Sementara itu, Andi Sudirman Sulaiman, Gubernur Sulawesi Selatan, mengimbau petani menunda musim tanam.",
     "Andi Sudirman Sulaiman", "Gubernur"),
    ("Usai apel, Budi Santoso, Kepala Dinas Sosial Kabupaten Sleman, meminta warga melapor bila ada lansia telantar.",
     "Budi Santoso", "Kepala Dinas Sosial"),
])
def test_a_name_before_its_office_after_an_opening_phrase(run, text, name, title):
    result = run(text)
    assert (name, title) in {(o[0], o[1]) for o in officials(result)}
    assert issuers(result) == {name}


def test_a_list_of_offices_after_a_comma_names_nobody(run):
    result = run("Acara itu dihadiri unsur Forkopimda, Kapolres Sleman, Dandim Sleman, dan para camat.")
    assert all(o[0] is None for o in officials(result))


# -- inside a quotation, an office holder named as the subject of an active cue gave it, not the one quoted
@pytest.mark.parametrize("text, who", [
    ('Kasi Humas Polres Alor, Iptu Nyoman Suardana, menyampaikan Kapolres Alor AKBP Nur Azhari memberi arahan soal '
     'pesta adat. "Bapak Kapolres meminta agar pesta adat tidak diwarnai miras," ujar Nyoman.', "Nur Azhari"),
    ('Kabag Prokopim Setda Kabupaten Flores Timur, Yosef Lewar, mendampingi Bupati Flores Timur Anton Doni Dihen. '
     '"Pak Bupati sudah menginstruksikan semua camat memantau harga beras," kata Yosef.', "Anton Doni Dihen"),
])
def test_an_office_holder_as_the_subject_inside_a_quote(run, text, who):
    assert issuers(run(text)) == {who}


def test_the_speaker_still_issues_what_they_ask_with_someone(run):
    result = run('Kepala Dinas Kesehatan Kabupaten Ende, Maria Goreti, hadir bersama Bupati Ende. '
                 '"Saya bersama Bupati meminta warga memeriksakan balita ke posyandu," ujar Maria.')
    assert issuers(result) == {"Maria Goreti"}


# -- a military unit's own name after its number ("Danrem 152/Baabullah") is neither a region nor the holder
@pytest.mark.parametrize("text, name, title", [
    ("Danrem 152/Babullah, Brigjen TNI Elkines Villando, meminta prajurit menjaga netralitas.", "Elkines Villando", "Danrem"),
    ("Komandan Kodim 1709/Yawa, Letkol Inf Jimmy Rumbiak, mengimbau warga menjaga keamanan kampung.", "Jimmy Rumbiak", "Dandim"),
    ("Danyonif 733/Masariku Letkol Inf Arif Hidayat mengajak warga menjaga kebersihan pantai.", "Arif Hidayat", "Danyonif"),
    ("Dandim 1501/Ternate, Letkol Inf Hendra Kusuma, meminta Babinsa memantau harga pangan.", "Hendra Kusuma", "Dandim"),
    ("Danlanal Ternate, Kolonel Laut (P) Bambang Irawan, meminta nelayan tidak melaut saat gelombang tinggi.",
     "Bambang Irawan", "Danlanal"),
])
def test_a_military_unit_name_after_its_number(run, text, name, title):
    result = run(text)
    assert [(o[0], o[1]) for o in officials(result)] == [(name, title)]
    assert issuers(result) == {name}


# -- "ROLE, NAME, meminta ...": a person with no public office as the subject gives no official's directive,
# and the pronouns after them are theirs, not the last official's
@pytest.mark.parametrize("text", [
    "Kepala Dinas Kesehatan Kota Sorong, Ruddy Rumbiak, mengingatkan warga mewaspadai demam berdarah. Dokter spesialis "
    "anak RSUD Sele Be Solu, dr. Anita Kambu, Sp.A, meminta orang tua segera membawa anak ke rumah sakit. Ia juga "
    "mengimbau orang tua tidak memberi obat sembarangan.",
    "Gubernur Bengkulu Helmi Hasan mengingatkan warga mewaspadai banjir. Ketua RT 05, Slamet (45), meminta warganya "
    "ikut ronda malam.",
    "Bupati Lembata, Petrus Kanisius Tuaq, mengingatkan warga mewaspadai erupsi. Guru SD Inpres Lewoleba, Maria "
    "Bota, mengajak murid-muridnya membawa masker.",
])
def test_a_named_person_without_office_gives_no_directive(run, text):
    result = run(text)
    assert [d["type"] for d in result["directives"]] == ["appeal"]
    assert [d["cue"] for d in result["directives"]] == ["mengingatkan"]


def test_an_office_holder_set_off_by_commas_still_issues(run):
    result = run("Wali Kota Kendari, Siska Karina Imran, meminta warga tidak membuang sampah ke laut. Sementara itu, "
                 "Kepala Dinas Lingkungan Hidup Kota Kendari, Paminuddin, meminta petugas kebersihan bekerja lebih pagi.")
    assert issuers(result) == {"Siska Karina Imran", "Paminuddin"}


# -- a lower-case office ("bupati") is a repeat of a holder named before it, and never when it is an object
def test_a_lower_case_office_object_is_not_the_speaker(run):
    result = run("Penjabat Gubernur Sulawesi Barat Bahtiar Baharuddin memimpin rapat stunting bersama para bupati. "
                 "Bahtiar meminta bupati memastikan setiap balita mendapat makanan tambahan.\n"
                 '"Kalau ada kepala daerah yang tidak serius, akan saya evaluasi," kata mantan Dirjen Polpum itu.\n'
                 "Bupati Mamuju Sutinah Suhardi menyatakan siap menjalankan arahan tersebut.")
    assert {(d["issuer"], d["type"]) for d in result["directives"]} == {
        ("Bahtiar Baharuddin", "appeal"), ("Bahtiar Baharuddin", "sanction_warning")}


def test_a_lower_case_office_after_its_holder_is_named_still_speaks(run):
    result = run("Bupati Alor Iskandar Lakamau meninjau pasar. Dalam kunjungan itu, bupati meminta pedagang menjaga "
                 "kebersihan lapak.")
    assert issuers(result) == {"Iskandar Lakamau"}


# -- a body named inside its head's office ("Ketua PGRI Kabupaten Ende, NAME") is not the subject of the cue
@pytest.mark.parametrize("text", [
    "Ketua Umum Partai Demokrat Agus Harimurti Yudhoyono meminta kader menjaga soliditas.",
    "Ketua Persatuan Guru Republik Indonesia (PGRI) Kabupaten Ende, Yohanes Bosco, meminta guru tetap netral.",
    "Ketua Forum Komunikasi Umat Beragama (FKUB) Kota Ambon, Pendeta Jacky Manuputty, mengajak umat menjaga toleransi.",
    "Ketua Ikatan Pedagang Pasar Indonesia (IKAPPI) Kota Medan, Sutrisno, meminta pemerintah menstabilkan harga.",
])
def test_a_body_inside_its_heads_office_issues_nothing(run, text):
    assert run(text)["directives"] == []


def test_a_body_as_the_subject_still_issues(run):
    result = run("Dinas Kesehatan Kota Kendari meminta warga menguras bak mandi seminggu sekali.")
    assert issuers(result) == {"Dinas Kesehatan Kota Kendari"}


# -- guests of an occasion ("Turut hadir ...", "Rapat dihadiri ...") are not who "ujarnya" points to
@pytest.mark.parametrize("text, who", [
    ("Bupati Manggarai Herybertus Nabit meninjau lokasi longsor di Kecamatan Satar Mese. Turut hadir Kapolres "
     "Manggarai AKBP Edwin Saleh dan Dandim 1612/Manggarai Letkol Inf Budiman. \"Kami minta warga yang tinggal di "
     "tebing segera mengungsi,\" ujarnya.", "Herybertus Nabit"),
    ("Wali Kota Ternate M. Tauhid Soleman membuka rapat koordinasi. Rapat dihadiri Kepala Dinas Kesehatan Kota "
     "Ternate, Fathiyah Suma, dan para camat. \"Saya minta camat aktif mendata warga miskin,\" kata dia.",
     "M. Tauhid Soleman"),
    ("Bupati Sumba Barat Daya Ratu Ngadu Bonu Wulla membuka pasar murah. Hadir pula Kepala Dinas Perdagangan "
     "Sumba Barat Daya, Yohanes Malo. \"Kami minta pedagang tidak menimbun beras,\" ujarnya.", "Ratu Ngadu Bonu Wulla"),
])
def test_guests_are_not_the_next_speaker(run, text, who):
    assert issuers(run(text)) == {who}


# -- "beliau" inside a quotation is someone the speaker speaks of, not the speaker
def test_beliau_in_a_quote_is_the_official_spoken_of(run):
    result = run("Kepala Dinas Sosial Kabupaten Mimika, Yosefina Rumbiak, bertemu Bupati Mimika Johannes Rettob di "
                 "Timika. \"Beliau meminta kami segera menyalurkan bantuan kepada korban banjir,\" ujar Yosefina.")
    assert issuers(result) == {"Johannes Rettob"}


def test_beliau_with_no_other_official_leaves_the_speaker(run):
    result = run("Bupati Yahukimo Didimus Yahuli meninjau posko. \"Kami minta warga tetap tenang,\" ujar Didimus.")
    assert issuers(result) == {"Didimus Yahuli"}


# -- village and district heads under their regional names (Aceh, Bali, West Sumatra, Kei, Maluku,
# South Kalimantan, Toraja, Lampung, Papua)
@pytest.mark.parametrize("text, name, title", [
    ("Keuchik Gampong Lampulo, Muhammad Yusuf, mengimbau warga tidak membuang sampah ke sungai.", "Muhammad Yusuf", "Keuchik"),
    ("Perbekel Desa Tegallalang, I Made Sudira, meminta warga ikut gotong royong.", "I Made Sudira", "Perbekel"),
    ("Wali Nagari Koto Baru, Syafrizal, melarang warga membakar lahan.", "Syafrizal", "Wali Nagari"),
    ("Kepala Ohoi Ngilngof, Yohanis Rahanar, meminta warga menjaga pantai.", "Yohanis Rahanar", "Kepala Ohoi"),
    ("Raja Negeri Hative Besar, Johanis Tamtelahitu, mengajak warga menjaga kerukunan.", "Johanis Tamtelahitu", "Raja Negeri"),
    ("Pembakal Desa Sungai Tabuk, Ahmad Jaini, meminta warga waspada banjir.", "Ahmad Jaini", "Pembakal"),
    ("Kepala Lembang Buntu Pune, Yohanis Sampe, meminta warga menjaga tongkonan.", "Yohanis Sampe", "Kepala Lembang"),
    ("Kepala Distrik Abepura Kota Jayapura, Ronald Rumbiak, mengajak warga ikut kerja bakti.", "Ronald Rumbiak", "Kepala Distrik"),
    ("Camat Abepura Kota Jayapura, Ronald Rumbiak, meminta warga tertib.", "Ronald Rumbiak", "Camat"),
])
def test_village_and_district_heads_by_their_regional_names(run, text, name, title):
    result = run(text)
    assert [(o[0], o[1]) for o in officials(result)] == [(name, title)]
    assert issuers(result) == {name}


def test_village_heads_as_a_group_are_addressed_not_officials(run):
    result = run("Bupati Aceh Besar Muharram Idris meminta para keuchik mendata warga miskin. Keuchik juga wajib "
                 "melaporkan kasus gizi buruk.")
    assert [o[0] for o in officials(result)] == ["Muharram Idris"]


# -- an official letter's signature block and heading in capitals
LETTER = ("SURAT EDARAN\nNomor: 100/45/BKPSDM\nKepada Yth. Seluruh Kepala Perangkat Daerah\ndi Lingkungan Pemerintah "
          "Kota Tual\nSehubungan dengan pelaksanaan Pilkada, ASN dilarang terlibat politik praktis.\n"
          "Plt. KEPALA BKPSDM KOTA TUAL,\nttd\nHAMID RAHAYAAN, S.Sos")
INSTRUCTION = ("INSTRUKSI GUBERNUR PAPUA SELATAN\nNOMOR 5 TAHUN 2025\nTENTANG PENANGANAN INFLASI DAERAH\n"
               "GUBERNUR PAPUA SELATAN,\nDalam rangka pengendalian inflasi, dengan ini menginstruksikan:\n"
               "Kepada: Bupati se-Provinsi Papua Selatan\nUntuk:\nKESATU: Melaksanakan operasi pasar secara berkala.\n"
               "Dikeluarkan di Merauke\npada tanggal 3 Juni 2025\nGUBERNUR PAPUA SELATAN,\nttd\nAPOLO SAFANPO")


def test_a_signers_office_in_capitals_keeps_its_bodys_abbreviation(run):
    result = run(LETTER)
    assert officials(result) == [("Hamid Rahayaan", "Plt Kepala BKPSDM", "Kota Tual")]
    assert issuers(result) == {"Hamid Rahayaan"}


def test_a_region_in_a_capitalised_heading_is_no_persons_name(run):
    result = run(INSTRUCTION)
    assert officials(result) == [("Apolo Safanpo", "Gubernur", "Provinsi Papua Selatan")]
    assert issuers(result) == {"Apolo Safanpo"}


def test_a_sekda_signing_on_behalf_of_the_bupati_takes_the_bupatis_region(run):
    result = run("SURAT EDARAN\nNOMOR 443/321/Dinkes/2025\nTENTANG\nKEWASPADAAN DEMAM BERDARAH DENGUE\n"
                 "Dalam rangka mengantisipasi peningkatan kasus DBD, diminta kepada:\n"
                 "1. Camat se-Kabupaten Sikka agar menggerakkan PSN di wilayahnya.\n"
                 "Demikian surat edaran ini untuk dilaksanakan.\nMaumere, 12 Juni 2025\na.n. BUPATI SIKKA\n"
                 "SEKRETARIS DAERAH,\nttd\nDrs. ADRIANUS FIRMINUS PARERA, M.Si")
    assert officials(result) == [("Adrianus Firminus Parera", "Sekda", "Kabupaten Sikka")]
    assert result["letter"]["issuer_region"] == "Kabupaten Sikka"
