"""Who issued a directive, from our own probe passages (issue #14): a speaker named only after a long
or multi-paragraph quotation, a spokesperson relaying the head's order, an institution and its head,
pronouns after a paragraph about someone else, a circular signed "atas nama" the head, and demands
of citizens (no directive) or of DPRD members (officials: their directives count)."""

import pytest

from arahan.extract import vocab


def issuers(result: dict) -> set[str]:
    return {d["issuer"] for d in result["directives"]}


# -- a quotation over several paragraphs takes the attribution written where it closes
@pytest.mark.parametrize("text, who", [
    ('Bupati Rembang, Harno, memimpin rapat kekeringan. "Saya minta BPBD menambah armada tangki air.\n'
     'Camat juga harus aktif mendata warga yang kesulitan air," ujar Harno.', "Harno"),
    ('Dinas Sosial Kabupaten Kudus menggelar rapat. "Saya minta semua pendamping PKH memperbarui data penerima.\n'
     '"Jangan ada bantuan yang salah sasaran. Pendamping wajib turun ke lapangan," kata Bupati Kudus, Sam\'ani Intakoris.',
     "Sam'ani Intakoris"),
    ('Rapat evaluasi digelar di pendopo. “Kami minta kepala desa menertibkan galian C ilegal.\n'
     '“Kalau dibiarkan, jalan desa rusak semua,” tegas Bupati Jepara, Witiarso Utomo.', "Witiarso Utomo"),
])
def test_a_quote_over_several_paragraphs_is_its_closing_speakers(run, text, who):
    result = run(text)
    assert result["directives"] and issuers(result) == {who}
    assert any(d["cue"].lower().endswith("minta") for d in result["directives"])  # the first paragraph's request


@pytest.mark.parametrize("text, who", [
    ('Bupati Kudus, Sam\'ani Intakoris, mengatakan kepada wartawan, "Kami sudah rapat dengan semua OPD. Pasar '
     'menjadi prioritas. Pasar Kliwon sudah kami cek. Pasar Bitingan juga. Hasilnya kurang bersih. Sampah menumpuk.\n'
     '"Saya minta pedagang menjaga kebersihan lapak masing-masing."', "Sam'ani Intakoris"),
    ('Wali Kota Tegal, Dedy Yon Supriyono, menjelaskan: "Rob masih jadi masalah utama. Tanggul sudah dibangun. '
     'Pompa sudah dipasang. Saluran sudah dikeruk. Rumah pompa juga sudah jalan.\n"Kami minta warga pesisir segera '
     'mengungsi bila air naik."', "Dedy Yon Supriyono"),
])
def test_a_long_quote_introduced_by_its_speaker_and_never_attributed_again(run, text, who):
    result = run(text)
    assert result["directives"] and issuers(result) == {who}


def test_a_long_quote_named_only_at_its_end(run):
    result = run('"Pedagang dilarang menimbun bahan pokok menjelang hari raya. Stok harus dijual dengan harga wajar. '
                 'Kalau ada yang nakal, kami cabut izin lapaknya," tegas Wali Kota Magelang, Damar Prasetyono.')
    assert issuers(result) == {"Damar Prasetyono"}
    assert {"prohibition", "instruction"} <= {d["type"] for d in result["directives"]}


# -- a spokesperson or Kabag Prokopim relaying the head's order: the head gave it
@pytest.mark.parametrize("text, who", [
    ("Kabag Prokopim Kabupaten Kebumen, Dwi Ratna, menyampaikan, Bupati Kebumen Lilis Nuryani menginstruksikan "
     "seluruh OPD menghemat listrik.", "Lilis Nuryani"),
    ("Kepala Bagian Protokol dan Komunikasi Pimpinan Setda Kabupaten Blora, Heru Santoso, menyampaikan bahwa "
     "Bupati Blora Arief Rohman meminta seluruh camat mendata warga terdampak kemarau.", "Arief Rohman"),
    ("Juru bicara Pemkot Tegal, Rina Astuti, mengatakan Wali Kota Tegal Dedy Yon Supriyono melarang ASN "
     "membawa kendaraan dinas saat libur.", "Dedy Yon Supriyono"),
])
def test_a_relayed_order_is_the_heads(run, text, who):
    assert issuers(run(text)) == {who}


# -- an institution and then a person credited with the act: one act, the named person's
@pytest.mark.parametrize("text, who", [
    ("Pemprov Jawa Barat mengimbau warga mewaspadai cuaca ekstrem. Imbauan itu disampaikan Kepala Pelaksana "
     "BPBD Jawa Barat, Teten Ali Mulku Engkun, di Bandung.", "Teten Ali Mulku Engkun"),
    ("Pemkab Wonogiri meminta warga menghemat air selama kemarau. Hal itu disampaikan Kepala Dinas Lingkungan "
     "Hidup Wonogiri, Sri Purwanti, Rabu.", "Sri Purwanti"),
    ("Pemerintah Kota Pekalongan mengimbau warga tidak membuang sampah ke sungai. Imbauan tersebut disampaikan "
     "Wali Kota Pekalongan, Afzan Arslan Djunaid, saat kerja bakti.", "Afzan Arslan Djunaid"),
])
def test_an_institutions_act_told_by_a_named_official_is_the_officials(run, text, who):
    assert issuers(run(text)) == {who}


def test_an_institution_alone_stays_the_issuer(run):
    assert issuers(run("Pemprov Jawa Barat mengimbau warga mewaspadai cuaca ekstrem pekan ini.")) == {"Pemprov Jawa Barat"}


# -- pronouns after a paragraph about someone else
@pytest.mark.parametrize("text, who", [
    ("Kepala Dinas Kesehatan Kabupaten Klaten, Anggit Budiarto, melaporkan kasus demam berdarah meningkat. Bupati "
     "Klaten, Hamenang Wajar Ismoyo, kemudian meminta warga menggalakkan 3M. Ia juga meminta puskesmas aktif.",
     "Hamenang Wajar Ismoyo"),
    ("Wali Kota Surakarta, Respati Ardi, meninjau lokasi banjir. Orang nomor satu di Pemkot Surakarta itu meminta "
     "warga bantaran sungai waspada.", "Respati Ardi"),
    ("Kapolres Batang AKBP Edi Rahmat memaparkan hasil operasi. Sementara itu, Bupati Batang, Faiz Kurniawan, "
     "mengatakan pemkab menyiapkan posko. Dia juga meminta pemudik beristirahat di rest area.", "Faiz Kurniawan"),
])
def test_a_pronoun_points_to_the_last_speaker(run, text, who):
    assert issuers(run(text)) == {who}


# -- "X mendampingi Y": the one accompanied is the one a following pronoun points to
@pytest.mark.parametrize("text, who", [
    ("Camat Kaliwungu, Bambang Sutrisno, mendampingi Bupati Kendal, Dyah Kartika Permanasari, meninjau sekolah "
     "rusak. Beliau meminta dinas pendidikan segera merenovasi ruang kelas.", "Dyah Kartika Permanasari"),
    ("Kepala Dinas Pendidikan Kabupaten Pemalang, Suwarto, mendampingi Bupati Pemalang, Anom Widiyantoro, "
     "meninjau sekolah. Beliau meminta guru tidak memungut biaya dari wali murid.", "Anom Widiyantoro"),
    ("Kepala Dinas PUPR Kota Semarang, Suwarso, turut mendampingi Wali Kota Semarang, Agustina Wilujeng, "
     "meninjau saluran. Ia meminta warga tidak membuang sampah ke selokan.", "Agustina Wilujeng"),
])
def test_the_accompanied_official_is_the_one_spoken_of(run, text, who):
    assert issuers(run(text)) == {who}


def test_the_accompanying_official_does_not_take_an_explicit_subject(run):
    text = ("Bupati Grobogan, Setyo Hadi, didampingi Wakil Bupati Sugeng Prasetyo meninjau lokasi longsor. "
            "Ia meminta warga di lereng bukit mengungsi.")
    assert issuers(run(text)) == {"Setyo Hadi"}


# -- a minister's order relayed by a governor: the order is the minister's, the governor's own request his
def test_a_ministers_order_relayed_by_a_governor(run):
    result = run("Gubernur Jawa Tengah, Ahmad Luthfi, meneruskan arahan Menteri Dalam Negeri Tito Karnavian agar "
                 "seluruh kepala daerah menjaga stabilitas harga beras. Luthfi meminta bupati dan wali kota "
                 "menggelar operasi pasar.")
    assert issuers(result) == {"Tito Karnavian", "Ahmad Luthfi"}


# -- a circular issued "atas nama" the head: the named signer issued it
@pytest.mark.parametrize("text, who", [
    ("Sekda Kabupaten Banjarnegara, Indarto, atas nama Bupati Banjarnegara menerbitkan Surat Edaran yang melarang "
     "ASN memakai kendaraan dinas untuk mudik.", "Indarto"),
    ("Sekretaris Daerah Kota Batu, Zadim Efisiensi, atas nama Wali Kota Batu mengeluarkan instruksi agar OPD "
     "menghemat anggaran perjalanan dinas.", "Zadim Efisiensi"),
])
def test_atas_nama_the_head_is_no_subject(run, text, who):
    assert issuers(run(text)) == {who}


# -- a directive in a headline
def test_a_headline_directive(run):
    result = run("Bupati Pati Minta Camat Awasi Penyaluran Pupuk\nPATI - Bupati Pati, Sudewo, meminta para camat "
                 "mengawasi penyaluran pupuk bersubsidi.")
    assert issuers(result) == {"Sudewo"}


# -- citizens demand: no directive; DPRD members hold office: their requests are directives
def test_citizens_demand_is_no_directive(run):
    assert run("Puluhan warga Desa Sumberejo mendatangi kantor bupati. Mereka mendesak pemerintah daerah menutup "
               "tambang pasir ilegal.")["directives"] == []


@pytest.mark.parametrize("text, who", [
    ("Ketua DPRD Kota Semarang, Kadarlan, mengimbau masyarakat tidak mudah terprovokasi isu di media sosial.",
     "Kadarlan"),
    ("Anggota Komisi D DPRD Kabupaten Boyolali, Suyono, meminta Dinas Pertanian mengawasi distribusi pupuk.",
     "Suyono"),
])
def test_a_dprd_members_request_is_a_directive(run, text, who):
    assert issuers(run(text)) == {who}


# -- "orang nomor satu di X": the head of X's government, even after a paragraph about someone else
@pytest.mark.parametrize("text, who", [
    ('Wali Kota Blitar, Syauqul Muhibbin, meresmikan pasar baru. Kepala Dinas Perdagangan Blitar, Agus Santoso, '
     'memaparkan jumlah kios. "Pedagang wajib menjaga kebersihan kios," tegas orang nomor satu di Kota Blitar '
     'tersebut.', "Syauqul Muhibbin"),
    ('Pj Bupati Jombang, Teguh Narutomo, memimpin rapat inflasi. Kepala Dinas Pertanian Jombang, Budi Winarno, '
     'melaporkan panen mundur. "Kami minta distributor tidak menahan stok," kata orang nomor satu di Jombang itu.',
     "Teguh Narutomo"),
    ("Gubernur Jawa Tengah, Ahmad Luthfi, membuka rapat. Kapolda Jawa Tengah Irjen Ribut Hari Wibowo memaparkan "
     "situasi. Orang nomor satu di Jawa Tengah itu kemudian meminta bupati menyiagakan posko mudik.", "Ahmad Luthfi"),
])
def test_the_number_one_of_a_region_is_its_head(run, text, who):
    assert issuers(run(text)) == {who}


# -- a quote attributed in mid-paragraph, then another official speaks in the same paragraph
@pytest.mark.parametrize("text, who", [
    ('"Tidak ada toleransi bagi ASN yang bolos setelah libur Lebaran. Saya minta kepala OPD mengecek absensi," kata '
     'Bupati Lamongan, Yuhronur Efendi, Rabu. Sementara itu, Kepala BKPSDM Lamongan, Sugeng Widodo, mengatakan '
     'absensi dipantau melalui aplikasi.', "Yuhronur Efendi"),
    ('"Warga dilarang membakar lahan. Api mudah menjalar saat kemarau," ujar Bupati Ogan Ilir, Panca Wijaya Akbar. '
     'Kapolres Ogan Ilir, AKBP Bagus Suryo Wibowo, menambahkan patroli digelar setiap hari.', "Panca Wijaya Akbar"),
])
def test_a_later_speaker_in_the_paragraph_does_not_take_the_quote(run, text, who):
    assert who in issuers(run(text))
    assert all(d["issuer"] == who for d in run(text)["directives"] if d["cue"].lower() in ("dilarang", "minta"))


# -- a passive saying verb opening the sentence credits what follows to its agent
@pytest.mark.parametrize("text, who", [
    ("Ketua DPRD Kabupaten Lumajang, Oktaviani, menghadiri rapat. Ditegaskan oleh Bupati Lumajang, Indah "
     "Amperawati, kepala desa dilarang memungut biaya surat keterangan.", "Indah Amperawati"),
    ("Sekda Kabupaten Probolinggo, Ugas Irwanto, menjelaskan rencana relokasi. Disampaikan pula oleh Bupati "
     "Probolinggo, Mohammad Haris, pedagang diminta pindah ke pasar baru.", "Mohammad Haris"),
    ("Kepala Dinas Kesehatan Kabupaten Jember, Hendro Soelistijono, memaparkan capaian imunisasi. Lebih lanjut "
     "dikatakan Bupati Jember, Muhammad Fawait, seluruh puskesmas wajib membuka layanan pada hari Sabtu.",
     "Muhammad Fawait"),
    ("Wali Kota Batu, Nurochman, membuka rapat bersama camat. Kepala Dinas Pariwisata Batu, Onny Ardianto, "
     "memaparkan data. Ditambahkan Wali Kota Batu, pengelola wisata diminta menyediakan jalur evakuasi.", "Nurochman"),
])
def test_a_passive_saying_verb_credits_its_agent(run, text, who):
    assert issuers(run(text)) == {who}


def test_a_passive_saying_verb_with_nya_is_the_current_speaker(run):
    text = ("Bupati Wonogiri, Setyo Sukarno, menjelaskan program padat karya. Ditegaskannya, seluruh kepala desa wajib "
            "melibatkan warga miskin dalam proyek desa.")
    result = run(text)
    assert issuers(result) == {"Setyo Sukarno"}
    assert result["directives"][0]["confidence"] > 0.5  # said by him, not a guess from the discourse


# -- a description of the speaker after a saying verb ("ujar pria ... itu") is the one being written about
@pytest.mark.parametrize("text, who", [
    ('Bupati Kediri, Hanindhito Himawan Pramana, meninjau posko banjir di Ngadiluwih. "Saya minta warga tidak kembali '
     'ke rumah sebelum air surut," ujar pria yang akrab disapa Mas Dhito itu.', "Hanindhito Himawan Pramana"),
    ('Wali Kota Probolinggo, Aminuddin, menggelar rapat. "ASN dilarang membawa mobil dinas saat libur," kata '
     'politikus PPP tersebut.', "Aminuddin"),
    ('Gubernur Bengkulu, Helmi Hasan, meninjau pasar. "Pedagang jangan menaikkan harga seenaknya," tegas mantan '
     'Wali Kota Bengkulu itu.', "Helmi Hasan"),
])
def test_a_described_speaker_is_the_current_one(run, text, who):
    assert issuers(run(text)) == {who}


# -- a body's act told by its own head ("Menurut dia, Kementerian X ...") is the head's; told by someone else,
#    or with no speaker, the body stays the issuer
@pytest.mark.parametrize("text, who", [
    ('"Perusahaan yang lalai akan ditindak," kata Menteri Lingkungan Hidup Balthasar Kambuaya. Menurut dia, '
     'Kementerian Lingkungan Hidup memantau penerapan sanksi terhadap perusahaan tambang.', {"Balthasar Kambuaya"}),
    ('Kepala Dinas Kesehatan Kota Kendari, Rahminingrum, menjelaskan kasus diare naik. Menurutnya, Dinas Kesehatan '
     'Kota Kendari meminta warga memasak air sebelum diminum.', {"Rahminingrum"}),
    ("Dinas Kesehatan Kota Kendari meminta warga memasak air sebelum diminum.", {"Dinas Kesehatan Kota Kendari"}),
])
def test_a_bodys_act_told_by_its_head(run, text, who):
    assert issuers(run(text)) == who


# -- a form of address before a nickname (vocab/nickname_honorifics.csv): every row fires on its example
@pytest.mark.parametrize("row", vocab.rows("nickname_honorifics.csv"), ids=lambda r: r["word"])
def test_nickname_honorific_row_resolves_its_speaker(run, row):
    assert issuers(run(row["example"])) == {row["issuer"]}


# -- "Demikian pesan X" closes the words before it; "Hal senada disampaikan X" does not make them X's
@pytest.mark.parametrize("text, who", [
    ('"Jangan ada warga yang berenang di pantai selatan selama gelombang tinggi." Demikian pesan Bupati Cilacap, '
     'Syamsul Auliya Rachman, dalam rapat siaga. Camat Kroya, Budi Santoso, juga hadir.', "Syamsul Auliya Rachman"),
    ('Kepala Dinas Pendidikan Kota Tegal, Prayitno, hadir di sekolah. "Guru dilarang memungut biaya apa pun." '
     'Demikian ditegaskan Wali Kota Tegal, Dedy Yon Supriyono, saat membuka acara.', "Dedy Yon Supriyono"),
])
def test_demikian_closes_the_words_before_it(run, text, who):
    assert issuers(run(text)) == {who}


def test_hal_senada_leaves_the_sentence_before_to_its_speaker(run):
    text = ('Bupati Cilacap, Syamsul Auliya Rachman, memimpin rapat siaga. "Nelayan dilarang melaut selama gelombang '
            'tinggi." Hal senada disampaikan Kapolresta Cilacap, Kombes Budi Adhy Buono.')
    assert issuers(run(text)) == {"Syamsul Auliya Rachman"}


# -- a pronoun after a sentence about one named citizen points to the citizen: no official's directive
@pytest.mark.parametrize("text", [
    "Bupati Pemalang, Anom Widiyantoro, meninjau jalan rusak. Salah seorang warga, Slamet (45), mengaku jalan itu "
    "rusak bertahun-tahun. Ia meminta pemerintah segera memperbaiki jalan tersebut.",
    "Wali Kota Pekalongan, Afzan Arslan Djunaid, meninjau pasar. Seorang pedagang, Siti Aminah, mengeluhkan sepinya "
    "pembeli. Dia berharap pemkot menggelar promosi pasar.",
    "Bupati Sleman, Harda Kiswaya, meninjau pasar. Warga bernama Sutrisno mengeluh harga cabai naik. Ia berharap "
    "pemerintah menggelar operasi pasar.",
])
def test_a_pronoun_after_a_named_citizen_is_not_the_official(run, text):
    assert run(text)["directives"] == []


def test_citizens_as_a_group_leave_the_pronoun_to_the_official(run):
    text = "Bupati Sleman, Harda Kiswaya, meninjau pasar. Warga menyambut kedatangannya. Ia meminta pedagang tertib."
    assert issuers(run(text)) == {"Harda Kiswaya"}


# -- "X menyampaikan bahwa bupati meminta ...": the office written small after "bahwa" is the reported clause's subject
@pytest.mark.parametrize("text, who", [
    ("Bupati Blora, Arief Rohman, tidak hadir dalam rapat itu. Kabag Prokopim Setda Blora, Heru Santoso, menyampaikan "
     "bahwa bupati meminta seluruh camat memantau ketersediaan air bersih.", "Arief Rohman"),
    ("Wali Kota Magelang, Damar Prasetyono, sedang ke luar kota. Kepala Bagian Umum Setda Kota Magelang, Sri Lestari, "
     "mengatakan bahwa wali kota melarang ASN membawa kendaraan dinas saat libur.", "Damar Prasetyono"),
])
def test_a_small_office_after_bahwa_is_the_subject(run, text, who):
    assert issuers(run(text)) == {who}
