"""Directive targets (who must act), per phenomenon of Indonesian: sentences written for these tests."""

import pytest


def targets_of(result: dict, dtype: str | None = None) -> list[list[str]]:
    return [d["targets"] for d in result["directives"] if dtype is None or d["type"] == dtype]


@pytest.mark.parametrize("text, want", [
    # a group head keeps the noun that narrows it, as written
    ("Bupati Sleman Kustini melarang pengemudi ojek memarkir kendaraan di trotoar.", ["pengemudi ojek"]),
    ("Bupati Sleman Kustini meminta perusahaan tambang memperbaiki jalan desa.", ["perusahaan tambang"]),
    ("Gubernur Jawa Tengah Ahmad Luthfi menginstruksikan BPBD kabupaten/kota menyiapkan perahu karet.",
     ["BPBD kabupaten/kota"]),
    ("Bupati Sleman Kustini mengimbau pedagang sayur tidak menaikkan harga.", ["pedagang sayur"]),
    # ... but not a verb, a function word or a name after it
    ("Bupati Sleman Kustini meminta pengemudi menjaga kebersihan terminal.", ["pengemudi"]),
    ("Bupati Sleman Kustini meminta pedagang yang berjualan di trotoar pindah ke pasar.", ["pedagang"]),
    ("Bupati Sleman Kustini meminta petugas siaga selama libur panjang.", ["petugas"]),
    ("Bupati Sleman Kustini meminta pedagang Pasar Beringharjo menjaga kebersihan.", ["pedagang"]),
    # ... nor the bare verb or adjective of what the group is asked to do or be
    ("Bupati Sleman Kustini meminta pedagang pindah ke lokasi yang sudah disiapkan.", ["pedagang"]),
    ("Wali Kota Bogor Dedie Rachim meminta pengendara hati-hati saat melintas di jalur tengkorak.", ["pengendara"]),
    ("Bupati Sleman Kustini meminta pekerja pulang lebih awal menjelang Lebaran.", ["pekerja"]),
    ("Gubernur Jambi Al Haris meminta nelayan jeli membaca tanda cuaca buruk.", ["nelayan"]),
    ("Bupati Sleman Kustini mengimbau pelaku usaha rumah makan menutup usaha saat Nyepi.",
     ["pelaku usaha rumah makan"]),
    ("Pj Bupati Bekasi Dedy Supriyadi mengingatkan para pengusaha agar membayar THR tepat waktu.", ["pengusaha"]),
    ("Bupati Kampar Muhammad Firdaus berpesan kepada pengusaha ikan agar waspada banjir.", ["pengusaha ikan"]),
    # groups without modifiers stay normalised
    ("Bupati Sleman Kustini meminta warga desa menjaga kebersihan.", ["warga"]),
])
def test_a_head_keeps_its_modifier(run, text, want):
    assert targets_of(run(text)) == [want]


@pytest.mark.parametrize("text, want", [
    ("Calon kepala desa di Kabupaten Kudus diingatkan agar tidak membagikan uang, kata Bupati Kudus Hartopo.",
     ["calon kepala desa"]),
    ("Kapolres Kudus Ronny Tri Prasetyo melarang calon bupati memasang baliho di pohon.", ["calon bupati"]),
])
def test_candidates_are_addressed_as_candidates(run, text, want):
    assert want in targets_of(run(text))


def test_repeats_to_a_narrowed_group_still_merge(run):
    r = run("Bupati Sleman Kustini melarang pengemudi ojek memarkir kendaraan di trotoar. "
            "Kustini juga melarang pengemudi berhenti di tikungan.")
    assert targets_of(r, "prohibition") == [["pengemudi ojek"]]


def test_candidates_and_the_office_they_run_for_merge(run):
    r = run("Bupati Kudus Hartopo mengingatkan calon kepala desa agar tidak membagikan uang. "
            "Hartopo juga mengingatkan kepala desa agar tidak menyalahgunakan dana desa.")
    assert targets_of(r, "appeal") == [["calon kepala desa"]]


@pytest.mark.parametrize("text, want", [
    # the addressees open the object of an active cue ...
    ("Bupati Sleman Kustini meminta kepada seluruh camat dan lurah untuk mendata rumah rusak.", ["camat", "lurah"]),
    ("Bupati Sleman Kustini mengimbau agar para pedagang tidak menimbun beras.", ["pedagang"]),
    # ... a group deep inside the object is what the act is about, not whom it addresses
    ("Bupati Sleman Kustini meminta segera dibuat dokumentasi berupa foto kerusakan rumah warga di bantaran sungai.", []),
    ("Bupati Sleman Kustini meminta percepatan penyaluran bantuan sosial yang sudah lama ditunggu masyarakat.", []),
])
def test_an_active_cue_addresses_the_group_right_after_it(run, text, want):
    assert targets_of(run(text)) == [want]


@pytest.mark.parametrize("text, want", [
    # "se-<region>" qualifies the item before it and does not end the list
    ("Gubernur Jawa Tengah Ahmad Luthfi menginstruksikan para bupati dan wali kota se-Jawa Tengah, serta instansi "
     "vertikal terkait, untuk menyiapkan posko.", ["bupati", "Wali Kota", "instansi vertikal terkait"]),
    ("Bupati Sleman Kustini meminta para camat se-Kabupaten Sleman dan kepala desa untuk mendata warga miskin.",
     ["camat", "kepala desa"]),
])
def test_a_list_goes_on_past_a_region_qualifier(run, text, want):
    assert want in targets_of(run(text))


@pytest.mark.parametrize("text, want", [
    # "bagi Y" names whom each part of a rule binds, wherever it stands in the clause
    ("Wali Kota Pasuruan Adi Wibowo menegaskan di alun-alun dilarang berjualan di trotoar bagi PKL dan merokok "
     "bagi pengunjung.", ["PKL", "pengunjung"]),
    ("Bupati Sleman Kustini melarang parkir di bahu jalan bagi sopir truk, serta berjualan di trotoar bagi pedagang.",
     ["sopir truk", "pedagang"]),
])
def test_each_bagi_names_an_addressee(run, text, want):
    assert sorted(want) in [sorted(t) for t in targets_of(run(text), "prohibition")]


@pytest.mark.parametrize("text, want", [
    # "khususnya / terutama / termasuk" singles out members of the list, which goes on
    ("Bupati Sleman Kustini mengimbau masyarakat, terutama nelayan dan petani, untuk waspada cuaca buruk.",
     ["masyarakat", "nelayan", "petani"]),
    ("Bupati Sleman Kustini meminta seluruh OPD, khususnya camat dan lurah, untuk siaga.", ["OPD", "camat", "lurah"]),
    ("Bupati Sleman Kustini mengajak warga, termasuk pemuda, untuk ikut kerja bakti.", ["warga", "pemuda"]),
])
def test_a_list_goes_on_past_the_member_it_singles_out(run, text, want):
    assert targets_of(run(text)) == [want]


@pytest.mark.parametrize("text, want", [
    # an owner, manager or user keeps the group it owns, runs or uses
    ("Bupati Agam Andri Warman mengimbau pemilik rumah makan menutup usahanya pada siang hari.", ["pemilik rumah makan"]),
    ("Bupati Agam Andri Warman meminta pengelola tempat hiburan malam mematuhi jam operasional.", ["pengelola THM"]),
    ("Bupati Agam Andri Warman mengimbau pengguna jalan berhati-hati saat hujan.", ["pengguna jalan"]),
    ("Bupati Agam Andri Warman mengimbau pengguna kendaraan listrik mengisi daya di SPKLU.", ["pengguna kendaraan listrik"]),
])
def test_an_owner_keeps_what_it_owns(run, text, want):
    assert targets_of(run(text)) == [want]


@pytest.mark.parametrize("text, want", [
    # the title of a cited regulation names its subject, not whom the directive addresses
    ("Bupati Sleman Kustini mengatakan kepala OPD yang melanggar PP Nomor 94 Tahun 2021 tentang Disiplin Pegawai "
     "Negeri Sipil akan dikenai sanksi.", ["kepala OPD"]),
    ("Sesuai UU Nomor 20 Tahun 2023 tentang ASN, camat yang lalai akan diberi sanksi, kata Bupati Sleman Kustini.",
     ["camat"]),
])
def test_a_cited_title_is_not_an_addressee(run, text, want):
    assert targets_of(run(text), "sanction_warning") == [want]


def test_a_rule_said_to_apply_to_others_too_extends_to_them(run):
    r = run("Bupati Sleman Kustini menegaskan ASN dilarang berkampanye di media sosial. "
            "Menurut Kustini, larangan yang sama berlaku bagi PPPK dan tenaga honorer.")
    assert targets_of(r, "prohibition") == [["ASN", "PPPK", "honorer"]]
    r = run("Bupati Sleman Kustini menegaskan camat wajib hadir di posko. Aturan itu juga berlaku untuk para lurah.")
    assert targets_of(r, "instruction") == [["camat", "lurah"]]


@pytest.mark.parametrize("text, dtype, want", [
    ("Bupati Sleman Kustini melarang ASN memakai elpiji bersubsidi. Larangan itu tertuang dalam surat edaran. Menurut "
     "Kustini, warga miskin tetap boleh membeli. Ia meminta Inspektorat memeriksa rumah ASN. Camat diminta mendata "
     "warga. Selain ASN, larangan juga berlaku bagi PPPK dan tenaga honorer.", "prohibition", ["ASN", "PPPK", "honorer"]),
    ("Wali Kota Bogor Dedie Rachim mewajibkan ASN memakai batik setiap Kamis. Ia mengatakan batik Bogor dijual di "
     "banyak toko. Dedie mengimbau warga ikut membeli. Pedagang diminta menjaga harga. Kewajiban itu juga berlaku bagi "
     "pegawai BUMD.", "instruction", ["ASN", "pegawai"]),
])
def test_a_rule_named_by_its_noun_extends_however_far_back(run, text, dtype, want):
    """ "Selain ASN, larangan juga berlaku bagi PPPK": the noun names the rule it extends, given sentences before."""
    got = targets_of(run(text), dtype)
    assert got and got[0] == want, got


@pytest.mark.parametrize("text, dtype, want", [
    ("Wali Kota Ambon Bodewin Wattimena mengimbau agar tidak menyalakan petasan pada malam takbiran. Imbauan tersebut "
     "ditujukan kepada seluruh warga dan pemilik toko.", "appeal", ["warga", "pemilik toko"]),
    ("Bupati Sleman Kustini melarang penggunaan mobil dinas untuk mudik. Larangan itu ditujukan bagi seluruh ASN dan "
     "tenaga honorer.", "prohibition", ["ASN", "honorer"]),
    # what is aimed at them is no directive: the request keeps its own addressee
    ("Bupati Sleman Kustini meminta camat mendata warga miskin. Menurutnya, bantuan itu ditujukan kepada warga yang "
     "terdampak banjir.", "oversight", ["camat"]),
    # the noun names the instruction given sentences before, not the nearer order of another type
    ("Gubernur NTT Melki Laka Lena menginstruksikan para bupati memvaksin anjing. Vaksin dibeli dari APBD. Biaya "
     "ditanggung provinsi. Tim disiapkan di tiap kecamatan. Anggaran sudah disetujui DPRD. Stok vaksin cukup. Kepala "
     "Dinas Peternakan ditugaskan mengawasi pelaksanaan vaksinasi. Instruksi tersebut ditujukan bagi seluruh kepala daerah.",
     "instruction", ["bupati", "kepala daerah"]),
])
def test_a_directive_said_to_be_aimed_at_a_group_names_its_addressees(run, text, dtype, want):
    """ "Imbauan tersebut ditujukan kepada warga": the directive its noun names is for them."""
    assert targets_of(run(text), dtype) == [want]


def test_a_rule_in_force_for_a_group_is_not_an_extension_of_another(run):
    r = run("Bupati Sleman Kustini mengimbau warga menghemat air. Tarif baru berlaku bagi pelanggan rumah tangga.")
    assert targets_of(r, "appeal") == [["warga"]]


@pytest.mark.parametrize("text, want", [
    # a sanction threatens whoever breaks the rule, wherever the sentence names other groups
    ("Bupati Sleman Kustini mengatakan demi pelayanan kepada masyarakat, kepala sekolah yang tetap memungut biaya "
     "akan dikenai sanksi.", ["kepala sekolah"]),
    ("Kustini menegaskan camat yang tidak hadir di posko akan diberi sanksi tegas, sementara warga terdampak "
     "dilayani relawan.", ["camat"]),
])
def test_a_sanction_targets_the_group_that_breaks_the_rule(run, text, want):
    assert targets_of(run("Bupati Sleman Kustini membuka rapat. " + text), "sanction_warning") == [want]


@pytest.mark.parametrize("text", [
    "Wali Kota Bogor Dedie Rachim mengatakan kendaraan yang nekat parkir di trotoar akan diderek petugas.",
    "Bupati Sleman Kustini mengatakan, bangunan yang melanggar akan dibongkar oleh petugas Satpol PP.",
    "Gubernur Jambi Al Haris mengatakan, pembakaran lahan akan ditindak oleh kepolisian.",
])
def test_the_agent_of_a_passive_punishment_is_not_threatened(run, text):
    """ "akan ditilang petugas", "ditindak oleh kepolisian": the agent punishes; it is not whom the warning addresses."""
    got = targets_of(run(text), "sanction_warning")
    assert got and not {"petugas", "Satpol PP", "kepolisian"} & set(got[0]), got


@pytest.mark.parametrize("text, want", [
    ('"Warga yang tinggal di bantaran sungai kami minta segera mengungsi," kata Wali Kota Bogor Dedie Rachim.', ["warga"]),
    ('"Para pedagang saya minta tidak menaikkan harga," kata Bupati Sleman Kustini.', ["pedagang"]),
    ('"Seluruh ASN kami imbau tidak memakai mobil dinas untuk mudik," ujar Wali Kota Bogor Dedie Rachim.', ["ASN"]),
    # a group in a phrase of its own before a comma is not fronted
    ('"Saat rapat dengan para camat, saya minta kepala desa mendata warga," kata Bupati Sleman Kustini.', ["kepala desa"]),
])
def test_a_group_fronted_before_kami_minta_is_addressed(run, text, want):
    """ "Warga ... kami minta ...": the addressee opens the clause before the pronoun and the bare verb."""
    assert targets_of(run(text))[0] == want


@pytest.mark.parametrize("text, want", [
    # "mengeluarkan larangan bagi sekolah" is a prohibition (test_directive_types_probe); as an instrument it is policy
    ("Gubernur Jambi Al Haris menerbitkan surat edaran bagi sekolah tentang larangan menahan ijazah siswa.", ["sekolah"]),
    ("Bupati Sleman Kustini menerbitkan surat edaran tentang pelayanan masyarakat yang mengatur jam kerja bagi ASN.",
     ["ASN"]),
    ("Wali Kota Bogor Dedie Rachim menetapkan peraturan wali kota yang melarang warga berjualan di trotoar bagi PKL.",
     ["PKL"]),
    ("Gubernur Jambi Al Haris mengeluarkan instruksi kepada bupati dan wali kota untuk menyiagakan petugas pemadam.",
     ["bupati", "Wali Kota"]),
    ("Bupati Sleman Kustini menerbitkan surat edaran kepada seluruh camat agar warga tidak membakar sampah.", ["camat"]),
])
def test_a_policy_binds_the_group_after_bagi(run, text, want):
    """A policy's instrument binds whom "bagi" (else "kepada") names, before any other group of the sentence."""
    assert targets_of(run(text), "policy") == [want]


def test_a_deputy_office_is_not_a_group(run):
    r = run("Bupati Sleman Kustini mengatakan, terkait calon bupati/wakil bupati, ASN harus netral.")
    assert targets_of(r, "instruction") == [["ASN"]]


def test_warga_masyarakat_is_one_group(run):
    r = run("Bupati Sleman Kustini mengimbau warga masyarakat agar tidak membuang sampah ke sungai.")
    assert targets_of(r) == [["warga"]]


def test_a_sanction_threatens_the_subject_not_the_object(run):
    r = run("Bupati Sleman Kustini menegaskan warga yang memberi uang kepada pengemis dan pengamen di jalan bisa kena "
            "sanksi denda.")
    assert targets_of(r, "sanction_warning") == [["warga"]]


@pytest.mark.parametrize("text, issuer, want", [
    # an order received: the one who receives it is addressed, the one it comes from gives it
    ("Para kepala desa mendapat instruksi dari Bupati Lombok Timur Haerul Warisin untuk mendata warga miskin.",
     "Haerul Warisin", ["kepala desa"]),
    ("Camat dan lurah se-Kota Bekasi menerima perintah dari Wali Kota Bekasi Tri Adhianto untuk menertibkan pedagang.",
     "Tri Adhianto", ["camat", "lurah"]),
    ("Dinas Kesehatan mendapat arahan langsung dari Gubernur Jambi Al Haris agar mengirim tenaga medis ke lokasi banjir.",
     "Al Haris", ["Dinas Kesehatan"]),
])
def test_an_order_received_addresses_its_receiver(run, text, issuer, want):
    found = run(text)["directives"]
    assert [(d["issuer"], d["targets"]) for d in found] == [(issuer, want)]


@pytest.mark.parametrize("text, want", [
    # a word that only ends like a blocking one ("pihak" ends in "hak", "mengantar" in "antar") does not block
    ("Bupati Sleman Kustini meminta pihak sekolah tidak memungut biaya perpisahan.", ["sekolah"]),
    ("Bupati Sleman Kustini meminta kepada pihak perusahaan agar membayar THR tepat waktu.", ["perusahaan"]),
    # ... while the word itself still does: the right of a group is no addressee
    ("Bupati Sleman Kustini meminta agar hak pekerja dipenuhi tepat waktu.", []),
])
def test_a_blocking_word_is_a_whole_word(run, text, want):
    assert targets_of(run(text)) == [want]


def test_a_directive_with_no_addressee_goes_on_to_the_articles_latest_ones(run):
    # another issuer right after goes on to the same addressees ...
    r = run("Bupati Sleman Kustini meminta camat dan lurah mendata rumah rusak. Sementara itu Kapolres Sleman "
            "AKBP Yuswanto menegaskan tidak boleh ada bantuan yang ditahan.")
    assert targets_of(r, "prohibition") == [["camat", "lurah"]]
    # ... but not past two sentences of something else: then the group the article addresses most
    r = run("Bupati Sleman Kustini meminta warga menjauhi sungai. Kustini juga meminta warga menyiapkan tas siaga. "
            "Kustini meminta camat dan lurah mendata rumah rusak. Hujan deras masih turun. "
            "Banjir merendam tiga desa. Kapolres Sleman AKBP Yuswanto menegaskan tidak boleh ada bantuan yang ditahan.")
    assert targets_of(r, "prohibition") == [["warga"]]


@pytest.mark.parametrize("text, want", [
    # a group right after another with no comma nor "dan" narrows it: the head is the addressee
    ("Bupati Sleman Kustini meminta para orang tua siswa untuk mengawasi anak-anaknya.", ["orang tua"]),
    ("Bupati Sleman Kustini meminta orang tua murid dan komite sekolah menolak pungutan.",
     ["orang tua", "komite sekolah"]),
    ("Bupati Sleman Kustini mengimbau masyarakat nelayan agar tidak melaut saat gelombang tinggi.", ["masyarakat"]),
    # ... a comma or "dan" between them makes a list
    ("Bupati Sleman Kustini mengimbau masyarakat, nelayan dan petani agar waspada.", ["masyarakat", "nelayan", "petani"]),
])
def test_a_group_right_after_another_narrows_it(run, text, want):
    assert targets_of(run(text)) == [want]


@pytest.mark.parametrize("text, want", [
    # a modal before a passive verb and its agent: the agent ("oleh X") must act, not the subject acted on
    ("Bupati Sleman Kustini menegaskan bantuan untuk warga miskin tidak boleh dipotong oleh perangkat desa.",
     ["perangkat desa"]),
    ("Bupati Sleman Kustini mengatakan aturan jam kerja wajib dipatuhi oleh seluruh ASN.", ["ASN"]),
    ("Menurut Bupati Sleman Kustini, protokol kesehatan harus diterapkan oleh pengelola rumah makan.",
     ["pengelola rumah makan"]),
])
def test_the_agent_of_a_passive_after_a_modal_must_act(run, text, want):
    assert targets_of(run(text)) == [want]


@pytest.mark.parametrize("text", [
    # the subject of a modal is in the clause the verb of saying reports, not in the frame before it
    "Saat meninjau posko pengungsian warga, Bupati Sleman Kustini mengatakan bantuan harus segera disalurkan.",
    "Usai rapat dengan para camat, Bupati Sleman Kustini menegaskan tidak boleh ada pungutan bantuan.",
    "Dalam pertemuan dengan pedagang, Bupati Sleman Kustini menyampaikan bahwa harga beras harus stabil.",
])
def test_a_group_before_the_verb_of_saying_is_not_the_reported_subject(run, text):
    assert targets_of(run(text)) == [[]]


def test_a_parenthetical_verb_of_saying_keeps_the_subject_before_it(run):
    r = run("Masyarakat, kata Bupati Sleman Kustini, diimbau tidak panik menghadapi banjir.")
    assert targets_of(r) == [["masyarakat"]]


@pytest.mark.parametrize("text, want", [
    # the subject before a modal or passive cue is the head of a relative clause, not a group inside it
    ("Bupati Sleman Kustini mengatakan kepala desa yang menyalurkan bantuan kepada warga harus transparan.",
     ["kepala desa"]),
    ("Bupati Sleman Kustini mengatakan pedagang yang berjualan di depan sekolah tidak boleh menjual petasan.",
     ["pedagang"]),
    ("Bupati Sleman Kustini mengatakan petugas yang melayani masyarakat diminta bersikap ramah.", ["petugas"]),
    # ... a comma ends the relative clause: the group after it is the subject
    ("Bupati Sleman Kustini mengatakan, usai menemui warga yang terdampak banjir, relawan harus tetap siaga.",
     ["relawan"]),
])
def test_the_subject_is_the_head_of_a_relative_clause(run, text, want):
    assert targets_of(run(text)) == [want]


@pytest.mark.parametrize("text, want", [
    # a passive cue followed by "kepada X" names its addressee after it, whatever groups come before
    ("Untuk mencegah DBD di lingkungan sekolah, diimbau kepada seluruh masyarakat agar melakukan 3M, kata Bupati "
     "Sleman Kustini.", ["masyarakat"]),
    ("Terkait banjir di permukiman warga, diminta kepada para camat untuk segera melapor, ujar Bupati Sleman Kustini.",
     ["camat"]),
])
def test_a_passive_cue_with_kepada_addresses_the_group_after_it(run, text, want):
    assert targets_of(run(text)) == [want]


@pytest.mark.parametrize("text, want", [
    # a body named as the source or the agent of a rule is not addressed by it
    ("Bupati Sleman Harda Kiswaya mengatakan, sesuai surat dari Kemendagri, ASN wajib netral.", ["ASN"]),
    ("Wali Kota Bogor Dedie Rachim mengatakan, mengikuti arahan dari Kementerian Dalam Negeri, camat harus siaga.", ["camat"]),
    # ... while a body in the list next to the cue still is
    ("Bupati Sleman Harda Kiswaya meminta BPBD, Dinas Sosial, dan para camat siaga.", ["BPBD", "Dinas Sosial", "camat"]),
])
def test_a_source_body_is_no_addressee(run, text, want):
    assert targets_of(run(text)) == [want]


@pytest.mark.parametrize("text, want", [
    ("Gubernur Bali Wayan Koster mengeluarkan imbauan kepada seluruh desa adat agar tidak menggelar pesta kembang api.",
     ["desa adat"]),
    ("Bupati Sleman Kustini meminta pendaki mematuhi jalur resmi.", ["pendaki"]),
    ("Wali Kota Bogor Dedie Rachim meminta toko modern tidak menjual minuman beralkohol.", ["toko modern"]),
    ("Bupati Sleman Kustini melarang pangkalan elpiji menjual gas di atas harga eceran tertinggi.", ["pangkalan elpiji"]),
    ("Wali Kota Bogor Dedie Rachim meminta ojek online tidak mangkal di trotoar.", ["ojek online"]),
])
def test_more_groups_of_regional_news(run, text, want):
    assert targets_of(run(text))[0] == want


@pytest.mark.parametrize("text, want", [
    # a qualifier after the group is kept as written, "yang" before it dropped
    ("Bupati Pati Sudewo melarang pengemudi becak bermotor melintas di jalan protokol.", ["pengemudi becak bermotor"]),
    ("Bagi pengemudi angkutan bermotor dilarang menaikkan penumpang di badan jalan, kata Bupati Pati Sudewo.",
     ["pengemudi angkutan bermotor"]),
    ("Wali Kota Mataram Mohan Roliskana mengimbau siswa yang beragama Islam mengikuti pesantren kilat.",
     ["siswa beragama Islam"]),
    ("Selama Ramadan, peserta didik beragama selain Islam dianjurkan mengikuti bimbingan rohani, kata Kepala Dinas "
     "Pendidikan Kota Mataram Yusuf.", ["peserta didik beragama selain Islam"]),
    ("Bupati Bangka Mulkan melarang penambang tanpa izin beroperasi di kawasan hutan lindung.",
     ["penambang tanpa izin"]),
    # ... a verb of the ber- form is not one
    ("Bupati Pati Sudewo meminta pedagang berjualan di dalam pasar.", ["pedagang"]),
])
def test_a_qualifier_after_the_group_is_kept(run, text, want):
    assert want in targets_of(run(text))


@pytest.mark.parametrize("text, want", [
    # a level word after a body's bracketed abbreviation still narrows it
    ("Gubernur Jawa Barat Dedi Mulyadi menginstruksikan Badan Penanggulangan Bencana Daerah (BPBD) kabupaten/kota "
     "untuk menyiapkan tenda pengungsi.", ["BPBD kabupaten/kota"]),
    ("Gubernur Jawa Barat Dedi Mulyadi meminta Badan Penanggulangan Bencana Daerah (BPBD) untuk siaga.", ["BPBD"]),
])
def test_a_level_word_after_a_bracketed_abbreviation(run, text, want):
    assert targets_of(run(text)) == [want]


@pytest.mark.parametrize("text, want", [
    # an office addressed with a bare level word keeps it as written; a named region is dropped
    ("Gubernur Nusa Tenggara Barat Lalu Muhamad Iqbal menerbitkan instruksi pencegahan penyakit mulut dan kuku. "
     "Kepala Dinas Peternakan Provinsi melalui petugas kesehatan hewan ditugaskan untuk memeriksa ternak.",
     ["Kepala Dinas Peternakan Provinsi"]),
    ("Gubernur Jambi Al Haris meminta Kepala Dinas Kesehatan Provinsi untuk menyiapkan obat-obatan di posko banjir.",
     ["Kepala Dinas Kesehatan Provinsi"]),
    ("Bupati Sleman Kustini meminta Kepala Dinas Pendidikan Kabupaten Sleman untuk memeriksa sekolah rusak.",
     ["Kepala Dinas Pendidikan"]),
])
def test_an_office_keeps_a_bare_level_word(run, text, want):
    assert want in targets_of(run(text))


@pytest.mark.parametrize("text, want", [
    # a counted set of a group is addressed as written
    ("Gubernur Kalimantan Tengah Agustiar Sabran menginstruksikan kepada tiga bupati untuk menetapkan status siaga.",
     ["tiga bupati"]),
    ("Bupati Sleman Kustini meminta 12 camat segera mendata rumah rusak.", ["12 camat"]),
    ("Bupati Sleman Kustini meminta puluhan pedagang pindah ke pasar baru.", ["pedagang"]),
])
def test_a_counted_group_is_written_with_its_number(run, text, want):
    assert targets_of(run(text)) == [want]


def test_a_counted_group_merges_with_the_group(run):
    from arahan.extract.targets import group_of
    assert group_of("empat bupati") == group_of("bupati") == "bupati"


@pytest.mark.parametrize("text, want", [
    # school levels are addressed as written ...
    ("Bupati Sleman Kustini melarang SMA dan SMK menggelar wisuda di hotel.", ["SMA", "SMK"]),
    ("Wali Kota Mataram Mohan Roliskana meminta TK/PAUD, SD, dan SMP memulai pelajaran pukul delapan.",
     ["TK/PAUD", "SD", "SMP"]),
    # ... and after "jenjang/tingkat" they narrow the group before them
    ("Kepala Dinas Pendidikan Kabupaten Bogor Euis Komalasari melarang sekolah jenjang SD dan SMP menggelar wisata "
     "ke luar kota.", ["sekolah"]),
    ("Gubernur Jawa Tengah Ahmad Luthfi mengimbau satuan pendidikan tingkat SMA, SMK dan SLB menunda perpisahan.",
     ["satuan pendidikan"]),
    # a lower-case "sd" is no school level
    ("Bupati Sleman Kustini meminta warga sd menjaga kebersihan.", ["warga"]),
])
def test_school_levels(run, text, want):
    assert targets_of(run(text))[0] == want


def test_a_school_level_merges_with_schools(run):
    r = run("Gubernur Sulawesi Selatan Andi Sudirman melarang SMA dan SMK menggelar wisata ke luar provinsi. "
            "Sekolah tidak boleh memungut biaya dari orang tua, tegas Andi Sudirman.")
    assert targets_of(r, "prohibition") == [["SMA", "SMK"]]


def test_an_order_with_no_addressee_goes_to_the_articles_main_group(run):
    # far from the addressees named before and of another kind: the group named most in the article
    r = run("Bupati Sleman Kustini meminta para camat mendata rumah yang rusak akibat angin kencang. Camat juga diminta "
            "melapor setiap sore ke posko utama. Data itu akan dipakai untuk menyalurkan bantuan. Menurut Kustini, "
            "bantuan sudah tiba sejak Senin. Bantuan berupa beras, selimut dan terpal. Bantuan juga datang dari "
            "provinsi. Kustini menegaskan tidak boleh ada pungutan dalam penyaluran bantuan.")
    assert targets_of(r, "prohibition") == [["camat"]]
    # an article addressing nobody leaves it without one
    r = run("Bupati Sleman Kustini menegaskan tidak boleh ada pungutan dalam penyaluran bantuan.")
    assert targets_of(r, "prohibition") == [[]]


def test_an_order_with_no_addressee_still_merges_with_its_repeat(run):
    r = run("Bupati Sleman Kustini melarang pedagang berjualan di trotoar. Kustini juga meminta pedagang menjaga "
            "kebersihan. Menurut Kustini, tidak boleh ada yang berjualan di trotoar.")
    assert targets_of(r, "prohibition") == [["pedagang"]]


def test_the_issuers_last_addressees_go_on_two_sentences_then_the_articles_main_group(run):
    text = ("Bupati Sleman Kustini mengingatkan ASN agar netral dalam pilkada. ASN juga diminta tidak mengunggah "
            "dukungan di media sosial. Kustini meminta pimpinan OPD mengawasi bawahannya. Rapat itu dihadiri ratusan "
            "pegawai. {filler}Sekali lagi, tidak boleh menyalahgunakan jabatan, tegas Kustini.")
    # right after the order to the heads of offices, the ban goes on to them ...
    assert targets_of(run(text.format(filler="")), "prohibition") == [["pimpinan OPD"]]
    # ... three sentences on, to the group the article addresses most
    assert targets_of(run(text.format(filler="Acara berlangsung hingga siang. ")), "prohibition") == [["ASN"]]


def test_each_bagi_of_a_long_list_of_rules_names_an_addressee(run):
    r = run("Wali Kota Pasuruan Adi Wibowo menetapkan aturan kawasan taman kota: dilarang berjualan di jalur pejalan "
            "kaki bagi PKL, memutar musik keras, membuang sampah sembarangan, menginap di bangku taman, memasang "
            "spanduk tanpa izin, berjualan minuman keras, mencoret fasilitas umum bagi pengunjung, serta membawa "
            "kendaraan masuk ke area taman bagi pengemudi ojek.")
    assert sorted(targets_of(r, "prohibition")[0]) == ["PKL", "pengemudi ojek", "pengunjung"]


@pytest.mark.parametrize("text, want", [
    # the group named with "-nya" in the condition of a threat is the one threatened
    ('"Kalau camatnya tidak ada di posko, saya akan copot," tegas Bupati Aceh Utara Ismail Jalil.', ["camat"]),
    ('"Jika kepala sekolahnya masih memungut biaya, akan kami beri sanksi," kata Bupati Sleman Kustini.',
     ["kepala sekolah"]),
    ('"Apabila lurahnya lalai mendata, akan saya copot," ujar Wali Kota Bogor Dedie Rachim.', ["lurah"]),
])
def test_the_group_in_the_condition_of_a_threat_is_threatened(run, text, want):
    assert targets_of(run(text), "sanction_warning") == [want]


@pytest.mark.parametrize("text, want", [
    # a place fronted before the subject, closed by a comma, is not addressed ...
    ("Selama jam pelajaran di sekolah, guru dilarang bermain telepon genggam, kata Bupati Sleman Kustini.", ["guru"]),
    ("Menurut Bupati Sleman Kustini, saat berada di pasar tradisional, pengunjung wajib memakai masker.",
     ["pengunjung"]),
    # ... while a place that is itself the subject is
    ("Menurut Bupati Sleman Kustini, kegiatan di pasar tradisional harus menerapkan protokol kesehatan.",
     ["pasar tradisional"]),
])
def test_a_place_fronted_before_the_subject_is_not_addressed(run, text, want):
    assert targets_of(run(text)) == [want]
