"""Government bodies, agencies and parties: our lexicon and the organization finder.

An organization mention is an abbreviation from the lexicon ("BKN", "Bawaslu", "OPD"), a
full form headed by an institution word ("Badan Kepegawaian Negara", "Dinas Pendidikan
Kabupaten Malang", "Pemerintah Kota (Pemkot) Magelang"), a regional office with its region
("Pemkab Blora", "Polres Lampung Utara", "Bawaslu Kota Magelang", "Kodim 0412"), or a
hyphenated pair ("TNI-Polri"). "Full form (ABBR)" is one mention and links the two, so a later
bare "ABBR" joins it; otherwise each written form is its own entry, with the lexicon's full
form or abbreviation as an attribute. Offices ("Kapolres Blora") are officials, not
organizations, and nothing in "Baca juga" lines counts.

Bodies outside the lexicon are recognised by their head noun (extract/vocab/organization_heads.csv:
Dinas, Badan, Satgas, Forum, Fraksi, Perumda, Puskesmas ...) followed by name words: words of the
lexicon's full forms or Indonesian derived nouns ("Pengendalian", "Netralitas"), then the region. The
table's `kind` says how a head names: a body of its own, a team whose name must start with a name word
("Tim BPBD" is BPBD's team), a section whose body is its parent inside an office's title ("Kepala Bagian
Hukum Setda X"), a faction named by its party, or a kind named by a proper name ("Perumda Tirta Pakuan").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from arahan.extract import lexicon as lx
from arahan.extract import vocab
from arahan.extract.text import TextIndex

# Abbreviation -> (full form, level) and other written forms -> abbreviation: the tables
# extract/vocab/organizations.csv and organization_forms.csv (level "pusat" marks national bodies).
ORGS: dict[str, tuple[str, str]] = vocab.organizations()
OTHER_FORMS: dict[str, str] = vocab.organization_forms()
# Heads of full forms: the capitalised words after them (and "dan") belong to the name.
HEADS: tuple[str, ...] = tuple(h for kind in ("body", "group", "unit", "faction") for h in vocab.organization_heads(kind))
# A bare head that names the one body of the article's government, as "Inspektorat" does ("Sekretariat Daerah"),
# unlike a kind ("Pemerintah Kabupaten", "Kepolisian Resor").
ONE_BODY_HEADS = frozenset({"Sekretariat Daerah"})
UNIT_HEADS = frozenset(vocab.organization_heads("unit"))  # "Bagian Hukum": in "Kepala Bagian Hukum Setda X" Setda X is the body
# Office words before a section's name ("Kepala Bidang", "Kabag", "Plt Kasubbag").
SECTION_OFFICE_RE = re.compile(r"(?:Kepala|Kabid|Kabag|Kasubbag|Kasubag|Kasi|Kasie|Sekretaris|Kepala\s+Sub)\s+$")
GROUP_HEADS = frozenset(vocab.organization_heads("group"))  # "Tim Pengendalian ...", but "Tim BPBD" is BPBD's team
FULL_WORDS = frozenset("""
Dalam Negeri Luar Pendayagunaan Aparatur Negara Reformasi Birokrasi Keuangan Agama Kesehatan Sosial Pendidikan
Kebudayaan Riset Teknologi Pertanian Perhubungan Hukum Hak Asasi Manusia Komunikasi Informatika Digital Koordinator
Bidang Politik Keamanan Desa Pembangunan Daerah Tertinggal Transmigrasi Ketenagakerjaan Pemuda Olahraga Sekretariat
Lingkungan Hidup Kehutanan Energi Sumber Daya Mineral ESDM PUPR Pekerjaan Umum Perumahan Rakyat Kepegawaian Pengawas
Pemilihan Umum Pemilu Pemberantasan Korupsi Pemeriksa Pengawasan Nasional Penanggulangan Bencana Meteorologi
Klimatologi Geofisika Pusat Statistik Intelijen Narkotika Terorisme Pencarian Pertolongan Perencanaan Obat Makanan
Penyelenggara Jaminan Penyelidikan Pengembangan Kebencanaan Geologi Penerbangan Antariksa Kehormatan Pemerintahan
Perwakilan Permusyawaratan Mahkamah Konstitusi Agung Kesatuan Bangsa Pengelolaan Aset Pendapatan Kependudukan
Pencatatan Sipil Penanaman Modal Pelayanan Terpadu Satu Pintu Perindustrian Perdagangan Pariwisata Pemadam Kebakaran
Dasar Menengah Tinggi Kelautan Perikanan Perempuan Perlindungan Anak Pemberdayaan Masyarakat Ketahanan Pangan
Polisi Pamong Praja Perangkat Regional Wilayah Resor Kota Kabupaten Provinsi Golongan Karya Demokrasi Indonesia
Perjuangan Kebangkitan Keadilan Sejahtera Amanat Persatuan Gerakan Raya Hati Nurani Solidaritas Demokrat Ulama
Nahdlatul Kerja Tenaga Informasi Publik Pengembangan Air Minum Rumah Sakit Umum Tata Ruang Penataan Pelaksana
Urusan Teknis Kecamatan I II III IV V VI VII VIII IX X XI XII XIII XIV 1 2 3 4 5 6 7 8 9 10 11 12 13 14
Karantina Pemasyarakatan Inflasi LH ATR PMD PPPA HAM BUMN PTSP PU PAN-RB PANRB RB Perkim Perkimtan PMPTSP P3A PPKB KUKM SAR Pratama Madya Syariat Islam Konstruksi Adat Sampah Persampahan Limbah
""".split()) | (lx.UNIT_WORDS - {"dan"} - {h.split()[0] for h in HEADS})  # an office's unit words, not a new head
# Every capitalised word of a lexicon body's full form also continues a name ("Balai ... Kebencanaan Geologi").
# (but not a region in a body's name, "Dewan Perwakilan Rakyat Aceh": "Pemerintah Kabupaten Aceh Utara" goes on to its region)
FULL_WORDS |= {w for full, _level in ORGS.values() for w in re.findall(r"[A-Z][a-z]+", full)} - set(HEADS) - {"Aceh", "Papua"}
# Name words outside the lexicon: Indonesian derived nouns, the words bodies are named with ("Pengendalian",
# "Perlindungan", "Keamanan", "Gratifikasi", "Netralitas", "Informatika"), which a person's name or a
# headline's word rarely is; "Dinas Sosial Budi" stops before the name.
# (never a verb in "-kan" of a title-case headline: "Dinas Pertanian Kembangkan ...", "Perjuangkan")
NAME_WORD_RE = re.compile(r"(?:(?:Pe[mnr]?|Peng|Peny|Ke)[a-z]{3,}(?<!k)an|[A-Z][a-z]{3,}(?:asi|itas|ika))")


def _name_word(word: str) -> bool:
    """Whether a capitalised word continues a body's name written in full."""
    return word in FULL_WORDS or NAME_WORD_RE.fullmatch(word) is not None


REGION_PREFIX = ("Kabupaten", "Kab.", "Kota", "Provinsi", "Prov.")
# Bodies whose name takes the region written after them (extract/vocab/regional_units.csv).
ORG_WITH_REGION = vocab.regional_units("with_region")
# Buildings named like bodies: "Balai Kota Yogyakarta", "Balai Desa Sukamaju".
BUILDING_RE = re.compile(r"Balai\s+(?:Kota|Desa|Kelurahan|Kecamatan|Pertemuan|Nagari)\b")
# Titles that contain an organization; their org is not an organization mention of its own.
OFFICE_PREFIXES = re.compile(r"(?:Ka|Waka|Dan|Wadan|Kasat|Kapus|Pang|Kasi|Kajari|Kajati)$")


@dataclass
class OrgMention:
    start: int
    end: int
    name: str
    abbr: str | None = None
    full: str | None = None
    level: str | None = None


@dataclass
class OrgFindings:
    mentions: list[OrgMention] = field(default_factory=list)


def org_aliases() -> dict[str, str]:
    """Every written form of a lexicon body -> its one canonical abbreviation, longest form first
    (so "Dinas Pendidikan dan Kebudayaan" is tried before "Dinas Pendidikan").

    The canonical abbreviation of a body is the first one ORGS lists for its full form
    ("Kementerian PANRB": KemenPAN-RB, KemenPANRB, Kemenpan RB -> "KemenPAN-RB").
    """
    canonical: dict[str, str] = {}
    for abbr, (full, _level) in ORGS.items():
        canonical.setdefault(full, abbr)
    forms = {abbr: canonical[full] for abbr, (full, _level) in ORGS.items()}
    forms.update(canonical)
    forms.update(OTHER_FORMS)
    return dict(sorted(forms.items(), key=lambda item: -len(item[0])))


def _abbr_regex() -> re.Pattern:
    keys = sorted(ORGS, key=len, reverse=True)
    alt = "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in keys)
    return re.compile(rf"(?<![\w-])({alt})(?![\w])")


ABBR_RE = _abbr_regex()
# A lexicon body right before a place: its office follows ("Bank Indonesia Kantor Perwakilan Maluku").
BODY_BEFORE_RE = re.compile(ABBR_RE.pattern + r"\s+$")
FACTION_HEADS = frozenset(vocab.organization_heads("faction"))
# A party's name: a listed party's short or full form in any case ("PDI Perjuangan", "Nasdem", "Partai Golongan Karya").
PARTY_NAME = "(?i:" + "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in sorted(
    {k for k, (full, _) in ORGS.items() if full.startswith("Partai")} | {full for full, _ in ORGS.values() if full.startswith("Partai")},
    key=len, reverse=True)) + ")"
# The party after a faction's head: a party's name, "Partai" and its name, or one capitalised word ("Fraksi Hanura").
FACTION_PARTY_RE = re.compile(r"\s+(?:" + PARTY_NAME + r"|Partai|[A-Z][A-Za-z]+)(?![\w-])")
OFFICE_IN_BRACKETS_RE = re.compile(r"\((?:Kapolres\w*|Kapolda|Kapolsek|Dandim|Danrem|Danramil|Kajari|Kajati|Kalapas|"
                                   r"Karutan|Sekda\w*|Kadis\w*|Kaban|Kalaksa|Wabup|Wawali\w*|Wagub)\)")
PARTY_BOARD_RE = re.compile(r"(?<![\w-])(?:DPP|DPW|DPD|DPC|PAC)\s+(?:Partai\s+)?(?:" + PARTY_NAME + r")(?![\w-])")
PARTY_RE = re.compile(PARTY_NAME)
# A mass organization's board at a level (organization_heads.csv, kind "board") before the body's lexicon name:
# "Pimpinan Wilayah Muhammadiyah DIY", "PW Muhammadiyah Jateng", "Pengurus Cabang NU Sleman".
BOARD_RE = re.compile(r"(?<![\w-])(?<!Satpol )(?:" + "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in vocab.organization_heads("board"))
                      + r")\s+(?=(?:Muhammadiyah|Nahdlatul\s+Ulama|NU|Aisyiyah|'Aisyiyah|GP\s+Ansor|Ansor)(?![\w-]))")
# The first word of every head: after an office that holds a body ("Kantor Wilayah", a party's "Dewan Pimpinan
# Cabang (DPC)") the body's head goes on ("Kantor Wilayah Direktorat Jenderal Pajak", "DPC Partai Kebangkitan Bangsa");
# after "dan" it starts a new body ("Badan Pembangunan Desa dan Pemerintah Kalurahan X").
HEAD_FIRST_WORDS = frozenset(h.split()[0] for h in HEADS)
CONTAINER_RE = re.compile(r"Kantor(?:\s+(?:Wilayah|Regional|Cabang))?|Dewan\s+Pimpinan\s+(?:Pusat|Wilayah|Daerah|Cabang)"
                          r"(?:\s+\([A-Z]{3}\))?")
HEAD_RE = re.compile(r"(?<![\w])(" + "|".join(re.escape(h) for h in sorted(HEADS, key=len, reverse=True)) + r")(?=\s)")
PAREN_ABBR_RE = re.compile(r"\s*\(([A-Z][A-Za-z0-9\-/ ]{1,20}?)\)")
REGION_TAIL_RE = re.compile(
    r"(?:\s+(?:RI|Pusat))|(?:\s+(?:Kabupaten|Kab\.|Kota|Provinsi|Prov\.)\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3})|"
    r"(?:\s+\d{2,4}(?:/[A-Z][\w]+(?:\s[A-Z][\w]+)?)?)|(?:\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})"
)


def find_organizations(index: TextIndex, region_spans: dict[int, int] | None = None) -> OrgFindings:
    """Organization mentions in reading order, longest form first; see the module docstring."""
    text = index.text
    taken: list[tuple[int, int]] = []
    found: list[OrgMention] = []
    region_spans = region_spans or {}

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    # "Unit Pengendalian Gratifikasi (UPG)": a body outside the lexicon, named with its abbreviation.
    for m in SPELLED_OUT_RE.finditer(text):
        e = m.end()
        # an abbreviation in lower case only when it is our lexicon's ("panitia pengawas kecamatan (panwascam)")
        if m.group(2)[0].islower() and m.group(2).lower() not in LOWER_ABBRS:
            continue
        # the name starts at a body's word whose initials give the abbreviation ("Petugas Unit ... (UPG)")
        # (written in capitals or not: "organisasi perangkat daerah (OPD)")
        starts = [w for w in re.finditer(r"[A-Za-z][a-z]+", m.group(1)) if w.group(0).capitalize() in ORG_NOUNS
                  and initials_match(m.group(1)[w.start():], m.group(2))]
        if not starts:
            continue
        # "Badan X Karangsari dan Badan X (BPD)": the second body after "dan" or a comma owns the abbreviation
        joined = [w for w in starts[1:] if re.search(r"(?:\bdan|\bserta|,)\s+$", m.group(1)[:w.start()])]
        s = m.start(1) + (joined[-1] if joined else starts[0]).start()
        if index.skipped(s) or not free(s, e):
            continue
        if re.sub(r"\s+", " ", text[s:m.end(1)]) in NAMED_HEADS and not GRADE_RE.match(text, e):
            e = _past_place(text, e)  # "Pemerintah Desa (Pemdes) Sumbermulyo": a proper name follows (a grade: below)
        if m.group(2) in PLACE_UNITS:  # "Komando Distrik Militer (Kodim) 1802/Sorong": as after "Kodim"
            e = _extend(text, e, region_spans)
            if e == m.end():
                e = _past_place(text, e)  # "Panitia Pengawas Pemilihan Kecamatan (Panwascam) Cibinong"
        tail = _name_tail(text, e, region_spans)  # "Dinas Sosial (Dinsos) Kota Makassar"
        more = _full_form_end(text, s, e, region_spans) if tail == e else e
        bare_level = re.search(r"\s(?:Kabupaten|Kota|Provinsi)$", text[s:more]) and (more + 1) not in region_spans
        if more > e and not bare_level and not re.search(r"\s(?:dan|serta)$", text[s:more]):
            tail = _name_tail(text, more, region_spans)  # "Satuan Tugas (Satgas) Netralitas Pegawai": the name goes on
        e = tail
        e = _police_kota_after(text, s, e, region_spans)  # "Satuan Reserse Kriminal (Satreskrim) Polres Tegal Kota"
        found.append(OrgMention(s, e, _clean(text[s:e]), abbr=m.group(2)))
        taken.append((s, e))

    # A party's board at a level, with the party and its region: "DPC PDI Perjuangan Kabupaten Ende", "DPW PKB NTT".
    for m in PARTY_BOARD_RE.finditer(text):
        s, e = m.start(), _region_tail(text, m.end(), region_spans)
        if index.skipped(s) or not free(s, e):
            continue
        found.append(OrgMention(s, e, _clean(text[s:e])))
        taken.append((s, e))

    # A mass organization's board: "PW Muhammadiyah Jawa Tengah", "Pimpinan Cabang NU Sleman".
    for m in BOARD_RE.finditer(text):
        body = re.match(r"(?:Nahdlatul\s+Ulama|GP\s+Ansor|'?[A-Z]\w+)", text[m.end():])
        s, e = m.start(), _region_tail(text, m.end() + body.end(), region_spans)
        if index.skipped(s) or not free(s, e):
            continue
        found.append(OrgMention(s, e, _clean(text[s:e])))
        taken.append((s, e))

    # Bodies named by a proper name after their kind: "Pemerintah Kecamatan Penjaringan", "PTAM Intan Banjar".
    for m in NAMED_HEAD_RE.finditer(text):
        s, e = m.start(), m.end()
        place = NAMED_PLACE_RE.match(text, e)
        place_end = _named_end(text, place) if place else e
        place = place if place_end > e else None
        if not place and (not GRADE_RE.search(m.group(0)) or _region_tail(text, e, region_spans) == e):
            continue  # but after its grade a region names it: "Lapas Kelas IIA Kota Bogor"
        if index.skipped(s) or not free(s, place_end):
            continue
        grade = GRADE_RE.match(text, place_end)  # "Lapas Perempuan Kelas IIA Semarang"
        if grade:
            after = NAMED_PLACE_RE.match(text, grade.end())
            place_end = _named_end(text, after) if after else grade.end()
        e = _region_tail(text, place_end, region_spans)
        found.append(OrgMention(s, e, _clean(text[s:e])))
        taken.append((s, e))

    # "Pemerintah Aceh": a government named by its region alone ("Pemerintah Kabupaten X" is a full form below).
    for m in re.finditer(r"(?<![\w-])(?:Pemerintah|pemerintah(?:\s+(?:kabupaten|kota|provinsi))?)\s+", text):
        e = region_spans.get(m.end(), m.end())
        if e > m.end() and not index.skipped(m.start()) and free(m.start(), e):
            found.append(OrgMention(m.start(), e, _clean(text[m.start():e])))
            taken.append((m.start(), e))

    # Full forms headed by an institution word, with an optional "(ABBR)".
    for m in HEAD_RE.finditer(text):
        s = m.start()
        if index.skipped(s) or not free(s, m.end()):
            continue
        if m.group(1) in FACTION_HEADS:  # "Fraksi PKS", "Fraksi Partai Demokrat": the party names it
            party = FACTION_PARTY_RE.match(text, m.end())
            if party:
                last = _full_form_end(text, s, party.end()) if party.group(0).endswith("Partai") else party.end()
                council = re.search(r"\s+(?:DPRD?|DPRK|DPRA|DPRP|DPD)(?![\w-])", text[party.end():last])
                if council:  # "Fraksi Partai Golkar DPRD Kabupaten Gowa": the council is its own body, as after "Fraksi PKS"
                    last = party.end() + council.start()
                found.append(OrgMention(s, last, _clean(text[s:last])))
                taken.append((s, last))
            continue
        if m.group(1).startswith("Kantor") and BODY_BEFORE_RE.search(text, max(0, s - 80), s):
            continue  # "Bank Indonesia Kantor Perwakilan Maluku", "BPJS Kesehatan Kantor Cabang Sleman": the body's office
        if m.group(1) in UNIT_HEADS and SECTION_OFFICE_RE.search(text[max(0, s - 20):s]):
            continue  # "Kepala Bagian Hukum Setda Garut": an office; its body is found on its own
        first = text[m.end():].split(maxsplit=1)[0].strip("(),.") if m.group(1) in GROUP_HEADS else ""
        if first and (not _name_word(first) or first.isupper() or first in HEAD_FIRST_WORDS):
            # "Tim BPBD", "Tim SAR gabungan", "Tim Kantor SAR Palu": no name of its own, the body's team
            continue
        last = _full_form_end(text, s, m.end(), region_spans)
        bare_level = re.search(r"\s+(?:Kabupaten|Kota|Provinsi)$", text[s:last])
        if bare_level and (last + 1) not in region_spans:  # "Dinas Peternakan Provinsi melalui ...": no region named
            last = s + bare_level.start()
        last = _name_tail(text, last, region_spans)
        last = _police_kota_after(text, s, last, region_spans)  # "Kepolisian Resor Kupang Kota"
        if re.search(r" (?:Kecamatan|Wilayah)$", text[s:last]):  # "UPT Pendidikan Kecamatan Depok", "... Wilayah Malang"
            last = _past_place(text, last)
        par = re.match(r"\s*\([A-Z][\w\-/ ]{1,30}\)", text[last:])
        if par and "(" not in text[s:last]:  # "Pemerintah Provinsi Jawa Tengah (Pemprov Jateng)"
            last += par.end()
        unit = re.search(r"\(([^)]+)\)$", text[s:last])
        if unit and unit.group(1) in PLACE_UNITS and last == _name_tail(text, last, region_spans):
            last = _past_place(text, last)  # "Kepolisian Sektor (Polsek) Medan Baru": a place names the unit
        name = text[s:last].strip()
        if text[last - 4:last] == " dan":
            last -= 4
            name = text[s:last]
        if (name in HEADS and len(name.split()) < 3 and name not in ONE_BODY_HEADS) or len(name.split()) < 2 \
                or BUILDING_RE.match(name):
            continue  # a bare "Pemerintah Kabupaten" is generic; "Satuan Polisi Pamong Praja" is not
        if OFFICE_IN_BRACKETS_RE.search(name):
            continue  # "Kepala Kepolisian Resor (Kapolres) Sumba Timur": an office written out, not a body
        abbr = None
        par = re.search(r"\(([^)]+)\)", name)
        if par:
            abbr = par.group(1)
        found.append(OrgMention(s, last, _clean(name), abbr=abbr))
        taken.append((s, last))

    # A lexicon body's full form written out where no head starts it ("Palang Merah Indonesia", "Kantor Urusan
    # Agama Kecamatan Ciawi", "Komando Distrik Militer 0735/Surakarta"), with its "(ABBR)" and its region.
    for m in FULL_FORM_RE.finditer(text):
        s, e = m.start(), m.end()
        if index.skipped(s) or not free(s, e):
            continue
        par = PAREN_ABBR_RE.match(text, e)
        if par:
            e = par.end()
        abbr = OF_FULL[re.sub(r"\s+", " ", m.group(0))]
        if abbr in ORG_WITH_REGION or ORGS[abbr][1] != "pusat":
            e = _extend(text, e, region_spans)
            if e == (par.end() if par else m.end()) and abbr in PLACE_UNITS:
                e = _past_place(text, e)
        else:
            e = _office_for_region(text, e, region_spans) or e
        found.append(OrgMention(s, e, _clean(text[s:e]), abbr=par.group(1) if par else None))
        taken.append((s, e))

    # Abbreviations, with an attached region, number or "RI".
    for m in ABBR_RE.finditer(text):
        s, e = m.start(), m.end()
        if index.skipped(s) or not free(s, e):
            continue
        abbr = re.sub(r"\s+", " ", m.group(1))
        before = text[max(0, s - 12):s]
        # two bodies written with a slash ("TNI/Polri", "KPU/Bawaslu") are two mentions; a slash elsewhere is
        # a document number's (".../Dindikbud/2025")
        slash_pair = text[e:e + 1] == "/" and (_slash_partner(text, e) or re.match(r"/[A-Z][a-z]{3,}(?![\w/-])", text[e:])
                                               and not re.search(r"[\w]/[^\s]*$", text[max(0, s - 30):s]))
        second = text[s - 1:s] == "/" and _slash_partner(text, s - 1, before=True)
        if OFFICE_PREFIXES.search(before) or text[s - 1:s] == "/" and not second or text[e:e + 1] == "/" and not slash_pair:
            continue  # inside an office ("Kapolres") or a document number
        metro = re.match(r" Metro(?= [A-Z])", text[e:]) if abbr in PLACE_UNITS else None
        if metro:  # Jakarta's police units: "Polres Metro Jakarta Selatan", "Polsek Metro Penjaringan"
            e += metro.end()
        grade = GRADE_RE.match(text, e)
        if grade:  # "KSOP Kelas I Banten", "Imigrasi Kelas I TPI Jakarta Utara": the office's grade, then its place
            e = _region_tail(text, grade.end(), region_spans)
            e = _past_place(text, e) if e == grade.end() else e
            found.append(OrgMention(s, e, _clean(text[s:e]), abbr=abbr))
            taken.append((s, e))
            continue
        if abbr in ORG_WITH_REGION or abbr in ("KPU", "Bawaslu", "DPR") or ORGS.get(abbr, ("", "pusat"))[1] != "pusat":
            e = _extend(text, e, region_spans)
        else:  # a national body takes no region, but "RI" is part of its name as written ("BPK RI", "Kemenkes RI"),
            # and its office for a region is named with it ("Bank Indonesia Perwakilan NTB", "Jasa Raharja Cabang Bali")
            e += len(re.match(r"(?:\s+RI(?![\w-]))?", text[e:]).group(0))
            e = _office_for_region(text, e, region_spans) or e
        if e > m.end() and abbr in ("Polres", "Polresta"):
            e = _police_kota(text, e, region_spans)
        if e > m.end() and abbr in PLACE_UNITS:
            # "Polsek Depok Barat", "Polsek Medan Timur": a kecamatan named by a city and a direction
            e += len(re.match(r"(?: (?:Barat|Timur|Utara|Selatan|Tengah)\b)?", text[e:]).group(0))
        if (e == m.end() or metro and e == m.end() + metro.end()) and abbr in PLACE_UNITS:
            # "Polsek Kedungwuni", "Polresta Banyumas", "BPN Pemalang": the place names the unit
            # even when it is a kecamatan or the prefix's level does not fit
            e = _past_place(text, e)
        if abbr == "Kanreg" or abbr == "Kanwil":
            t = re.match(r"\s+(?:[IVX]+|\d+)\s+[A-Z]{2,}", text[e:])
            body = ABBR_RE.match(text, e + 1) if not t and text[e:e + 1] == " " else None
            if t:
                e += t.end()
            elif body:  # "Kanwil Kemenkumham Jawa Tengah", "Kanwil BPN Jatim": the regional office of a body
                e = _extend(text, body.end(), region_spans)
        # "TNI-Polri", "KPU-Bawaslu": two bodies named as one pair
        pair = PAIR_RE.match(text, e)
        if pair:
            e = pair.end()
        full, level = ORGS.get(abbr, (None, None))
        if level == "bagian":
            # "Satreskrim Polres Blora", "Bidhumas Polda Jawa Tengah": a unit named with the body it belongs to
            body = ABBR_RE.match(text, e + 1) if text[e:e + 1] == " " else None
            if body and ORGS[re.sub(r"\s+", " ", body.group(1))][1] != "bagian":
                e = _extend(text, body.end(), region_spans)
                if e > body.end() and body.group(1) in ("Polres", "Polresta"):
                    e = _police_kota(text, e, region_spans)  # "Satlantas Polresta Kupang Kota"
                if e == body.end() and body.group(1) in PLACE_UNITS:
                    e = _past_place(text, e)
        if e == m.end() and abbr in ("Pemkab", "Pemkot", "Pemko", "Pemprov", "Pemda"):
            continue  # a bare "Pemkab" is generic; a bare "Polres", "Polda" or "Kodim" is the article's unit as
            # written, like a bare "Polsek" or "BPBD" (measured: check 0.839 -> 0.845, tune 0.951 -> 0.948)
        kind = re.search(r"(?<![\w-])(?:PT|Perum)\s+$", text[max(0, s - 7):s]) if full and re.match(r"(?:PT|Perum) ", full) else None
        if kind and free(s - len(kind.group(0)), s):  # "PT KAI", "Perum Bulog": a state company with its legal form
            s -= len(kind.group(0))
        found.append(OrgMention(s, e, _clean(text[s:e]), abbr=abbr, full=full, level=level))
        taken.append((s, e))
    # An acronym outside the lexicon that heads an office ("Kepala DPMPTSP Kabupaten Bogor"): a body.
    for m in re.finditer(r"(?<![\w])(?:Kepala|Sekretaris|Ketua|Kabid|Kasi|Plt\.? Kepala)\s+([A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*)(?![\w-])", text):
        s, e = m.start(1), m.end(1)
        if index.skipped(s) or not free(s, e) or m.group(1) in ORGS or m.group(1) in NOT_BODIES \
                or re.fullmatch(r"[IVX]+", m.group(1)):
            continue  # "Wakil Ketua II DPRD": a rank, not a body; "Kepala SMP", "Ketua RT": no government body
        e = _extend(text, e, region_spans)
        found.append(OrgMention(s, e, _clean(text[s:e]), abbr=m.group(1)))
        taken.append((s, e))
    # A regional office's acronym outside the lexicon before its region ("DPMPTSP Kabupaten Bogor",
    # "Disdukcapil Kota Malang"): Dinas and Badan acronyms start with D or B.
    for m in AGENCY_ACRONYM_RE.finditer(text):
        s = m.start()
        if index.skipped(s) or not free(s, m.end()) or m.group(0) in ORGS or m.group(0) in NOT_BODIES:
            continue
        e = _extend(text, m.end(), region_spans)
        # a capitals acronym takes a region only with its level word ("DPMPTSP Kabupaten Bogor", not "BLT Sleman");
        # a syllable acronym ("Disperdagin Kotim", "Bapperida Kaltim") reads as an office before any region
        if e == m.end() or not (re.match(r"\s+(?:Kabupaten|Kab\.|Kota|Provinsi|Prov\.)\s", text[m.end():])
                                or re.fullmatch(r"(?:Di[sn]|Bap)[a-z]+", m.group(0))):
            continue
        found.append(OrgMention(s, e, _clean(text[s:e]), abbr=m.group(0)))
        taken.append((s, e))
    # Kodim numbers written in lower case ("kodim 0412"); a lower-case "kepolisian" alone is a common noun.
    for m in re.finditer(r"\b(kodim|polres)\b(\s+\d{3,4})", text):
        if index.skipped(m.start()) or not free(m.start(), m.end()):
            continue
        if m.group(2):
            found.append(OrgMention(m.start(), m.end(), m.group(0), abbr=None))
            taken.append((m.start(), m.end()))
    # "inspektorat" names one body in any case (a lower-case "kepolisian" is also the police as an institution or a
    # kind: measured, check 0.836 against 0.839 without it)
    for m in re.finditer(r"(?<![\w-])inspektorat(?![\w-])", text):
        e = _extend(text, m.end(), region_spans)
        if index.skipped(m.start()) or not free(m.start(), e):
            continue
        found.append(OrgMention(m.start(), e, _clean(text[m.start():e])))
        taken.append((m.start(), e))
    # A regional government however written: "Pemerintah Kab. Sleman", "Pemerintahan Kota Ambon", "Pemprov. Jateng";
    # last, so a form the rules above read (with its abbreviation, or inside "(Pemprov Jateng)") stays theirs.
    for m in re.finditer(r"(?<![\w-])" + lx.INSTITUTION_PREFIX + r"\s+", text):
        e = region_spans.get(m.end(), m.end())
        if e > m.end() and not index.skipped(m.start()) and free(m.start(), e):
            found.append(OrgMention(m.start(), e, _clean(text[m.start():e])))
            taken.append((m.start(), e))

    found.sort(key=lambda o: o.start)
    return OrgFindings(found)


# The second body of a pair written with a hyphen, named as one ("TNI-Polri", "KPU-Bawaslu").
PAIR_RE = re.compile(r"-(?:Polri|POLRI|Bawaslu|KPU|TNI)\b")


def _slash_partner(text: str, at: int, before: bool = False) -> bool:
    """Whether the slash at `at` joins two bodies of our lexicon ("TNI/Polri", "Dinkes/Puskesmas"), not the parts
    of a document number ("100/KPU/2024", "SE/Bawaslu/V/2024"): a body right after it (or, `before`, right before
    it) and no further slash or number."""
    if before:
        m = re.search(r"(?<![\w/.-])([A-Za-z][\w-]*)$", text[:at])
        return bool(m and m.group(1) in ORGS and not re.match(r"/[\w-]+/", text[at:]))
    m = ABBR_RE.match(text, at + 1)
    return bool(m and not re.match(r"[/\w]", text[m.end():m.end() + 1]) and text[at - 1:at] != "/"
                and not re.search(r"[\w]/[^\s]*$", text[max(0, at - 30):at]))
SPELLED_OUT_RE = re.compile(r"(?<![\w(])((?:[A-Za-z][a-z]+\s+){1,8}?[A-Za-z][a-z]+)\s*\(([A-Za-z][A-Za-z0-9]{1,11})\)")
LOWER_ABBRS = frozenset(a.lower() for a in ORGS)
# First words of a body's name written out in full with its abbreviation in brackets.
ORG_NOUNS = frozenset("Unit Tim Pusat Forum Satuan Kantor Badan Dinas Lembaga Komisi Dewan Perusahaan Balai Gugus "
                      "Panitia Komite Majelis Ikatan Asosiasi Himpunan Persatuan Yayasan Koperasi Bank Direktorat "
                      "Kementerian Pemerintah Sekretariat Inspektorat Biro Bagian Bidang Seksi Kelompok Organisasi "
                      "Kepolisian Kejaksaan Pengadilan Komando Markas Mahkamah Partai Ombudsman Gerakan Korps".split())
# Kinds of body whose name is a proper name after the kind (a place, a water company's brand).
NAMED_HEAD_RE = re.compile(r"(?<![\w-])(?:UPTD?\s+)?(?:" + "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in
                                                        sorted(vocab.organization_heads("named"), key=len, reverse=True)) +
                           r")(?:\s+(?:dr|Dr|Prof|H|Hj|Ir|Drs|KRMT|RM|RA|R|[A-Z])\.?(?=\s))*"
                           r"(?:\s+Kelas\s+(?:I{1,3}|[123])[AB]?(?![\w-]))?(?=\s+[A-Z])")  # "Lapas Kelas IIB Sleman"  # "RSUD dr. Soedarso", "UPT Puskesmas Kalasan"
NAMED_HEADS = frozenset(vocab.organization_heads("named"))
# Lexicon full forms that name a body when written out on their own: not an activity's name ("Penegakan Hukum",
# "Pemberdayaan Kesejahteraan Keluarga", which a head turns into a body) and not a kind that needs its own name
# after it ("Pemerintah Desa Sukamaju").
OF_FULL = {full: abbr for abbr, (full, _level) in reversed(ORGS.items())
           if " " in full and "/" not in full and full not in HEADS and full not in NAMED_HEADS
           and not (re.fullmatch(r"(?:Pe[mnr]?|Peng|Peny|Ke)[a-z]{3,}an", full.split()[0]) and full.split()[0] not in ORG_NOUNS)}
FULL_FORM_RE = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in
                                                     sorted(OF_FULL, key=len, reverse=True)) + r")(?![\w-])")
# Units named after a place that may be a kecamatan or a town ("Polsek Kedungwuni").
PLACE_UNITS = frozenset(vocab.regional_units("with_place"))  # "Polsek Kedungwuni": a place names the unit
# A place after a unit ("Polsek Kedungwuni"): up to three capitalised words, never a rank (ranks.csv) or a level word.
PLACE_NAME_RE = re.compile(r"(?:\s+(?!(?:" + vocab.rank_words() + r"|Kota|Kabupaten|Provinsi)\b)[A-Z][a-z]+){1,3}")
# A kind's proper name may be a person's of four words ("Rumah Sakit Umum Daerah Sultan Syarif Mohamad Alkadrie"),
# with an initial inside it ("RSUD Ade M Djoen Sintang").
NAMED_PLACE_RE = re.compile(PLACE_NAME_RE.pattern.replace("[A-Z][a-z]+", r"[A-Z](?:[a-z]+|\.?(?=\s+[A-Z][a-z]))")
                            .replace("{1,3}", "{1,4}").replace("|Kota|", "|Kelas|Kota|"))
# Words that end a kind's proper name: a headline's verb ("BUMDes Maju Gelar Bazar"), a function word, a weekday,
# an amount ("Dana BUMDes Rp 50 juta"); but not the place words a name may hold ("Karang Taruna Desa Waai").
NAMED_STOP = (vocab.words("headline_verbs.csv") | vocab.words("not_name_words.csv") | {"Rp", "Setempat", "Tersebut"}) \
    - {"Desa", "Kelurahan", "Kecamatan", "Kota", "Jakarta", "Indonesia", "Negara", "Republik", "Rumah", "Balai", "Bersama",
       "Sumber"}


def _named_end(text: str, place: re.Match) -> int:
    """The end of a kind's proper name matched by NAMED_PLACE_RE, cut before its first NAMED_STOP word."""
    end = place.start()
    for w in re.finditer(r"\S+", place.group(0)):
        if w.group(0) in NAMED_STOP:
            return end
        end = place.start() + w.end()
    return end


# A government office's grade ("Kelas I", "Kelas IIB", "Kelas I TPI"), written between its kind and its place.
GRADE_RE = re.compile(r"\s+Kelas\s+(?:I{1,3}|[123])[AB]?(?![\w-])(?:\s+(?:TPI|Non[\s-]TPI)(?![\w-]))?")


def _past_place(text: str, e: int) -> int:
    """The end of the place that names a unit right after `e` ("Polsek Kedungwuni"), else `e`."""
    place = PLACE_NAME_RE.match(text, e)
    return place.end() if place else e


# The words after a head: a bracketed abbreviation, a capitalised word, or a joining word;
# "Dinas Koperasi, Usaha Kecil dan Menengah": a comma joins too when the list closes with "dan"/"serta".
_FULL_TOKEN_RE = re.compile(r"(\s+|,\s+)(\([A-Z][\w'\-/ ]{0,30}\)|\(?[A-Z0-9][\w'\-/]*\)?|dan|serta)")


def _full_form_end(text: str, s: int, e: int, region_spans: dict[int, int] | None = None) -> int:
    """Where the full form headed at `s` (head ending at `e`) ends: its name words, "dan"/"serta" before a
    name word ("Kementerian Hukum dan HAM"), never another body ("Partai Golkar dan PKS"), and commas of
    a list inside the name ("Badan Meteorologi, Klimatologi, dan Geofisika"). A region's name ends the
    name words even when its first word looks like one ("Kepulauan Riau", "Pegunungan Arfak"): the
    caller adds the whole region after."""
    last = e
    comma_at = None  # where the name ends if an open comma list never closes with "dan"/"serta"
    joined = False
    for w in _FULL_TOKEN_RE.finditer(text, e, min(len(text), e + 200)):
        if w.start() != last or (region_spans and w.start(2) in region_spans and not w.group(1).startswith(",")):
            break
        tok, comma = w.group(2), w.group(1).startswith(",")
        core = tok.strip("()")
        if tok in ("dan", "serta"):
            if comma and comma_at is None or text[last - 1] == ")":
                break  # "Badan SAR Nasional (Basarnas) dan Tim SAR": the brackets closed the name
            nxt = _FULL_TOKEN_RE.match(text, w.end())
            if not nxt or nxt.group(1).startswith(",") or not _name_word(nxt.group(2).strip("()")) \
                    or nxt.group(2) in HEAD_FIRST_WORDS:
                break  # "Partai Golkar dan PKS", "Dinas Sosial dan warga": the name ended before
            last, joined = w.end(), True
            continue
        named = _name_word(core) or core in ORGS or (tok.startswith("(") and tok.endswith(")")) \
            or (core in HEAD_FIRST_WORDS and CONTAINER_RE.fullmatch(text[s:last])) \
            or (PARTY_RE.fullmatch(core) and text[s:last] == "Partai") \
            or (re.fullmatch(r"[A-E]", core) and text[s:last].endswith("Komisi"))  # "Komisi C DPRD"
        if not named:
            break
        if comma:
            if not _name_word(core) or core in REGION_PREFIX:
                break
            if comma_at is None:
                comma_at, joined = last, False
        last = w.end()
    if comma_at is not None and not joined:
        return comma_at
    return last


def initials_match(words: str, abbr: str) -> bool:
    """Whether the abbreviation's capitals are the initials of the words, in order ("UPG", "BKKBN"), or its
    letters run through them (officials use it too, for an office's body written both ways).

    >>> initials_match("Unit Pelayanan Gizi", "UPG"), initials_match("Dinas Perumahan dan Permukiman", "Disperkim")
    (True, True)
    """
    initials = "".join(w[0].upper() for w in words.split() if w != "dan")
    caps = "".join(c for c in abbr if c.isupper())
    it = iter(initials)
    if len(caps) >= 2 and caps[0] == initials[0] and all(c in it for c in caps):
        return True
    # syllable abbreviations ("Forkopimda", "Disperkim"): the letters run through the words in order
    letters = re.sub(r"[^a-z]", "", abbr.lower())
    it = iter(words.lower())
    return len(letters) >= 4 and letters[0] == words[0].lower() and all(c in it for c in letters)


def merge_organizations(mentions: list[OrgMention]) -> list[tuple[OrgMention, list[OrgMention]]]:
    """Group mentions into entries: same written form, or linked by "Full form (ABBR)".

    The full form represents its entry even when a short form is written first (in a headline).
    """
    alias: dict[str, str] = {}
    for m in mentions:
        par = re.search(r"^(.*?)\s*\(([^)]+)\)\s*(.*)$", m.name)
        if not par:
            continue
        head, abbr, tail = par.groups()
        for alt in (f"{head} {tail}", f"{abbr} {tail}", abbr, f"{head.split()[0]} {abbr} {tail}",  # bare "ABBR" too
                    f"{head.split()[0]} {abbr}"):
            if alt:
                alias.setdefault(_key(alt), _key(m.name))
    groups: dict[str, list[OrgMention]] = {}
    for m in mentions:
        key = _key(m.name)
        groups.setdefault(alias.get(key, key), []).append(m)
    entries = []
    for key, group in groups.items():
        rep = next((m for m in group if _key(m.name) == key), group[0])
        entries.append((rep, sorted(group, key=lambda g: g.start)))
    entries.sort(key=lambda e: e[1][0].start)
    return entries


def _key(name: str) -> str:
    return re.sub(r"[^0-9a-z]+", "", name.lower())


# A unit's number (a Koramil's after its Kodim's: "Koramil 1608-05/Cibeber") and the name after its slash, of up to
# two words ("Kodim 0412", "Kodim 0733/Kota Semarang", "Korem 133/Nani Wartabone"), not a figure ("Dinkes 92,19 persen"), a weekday or a rank after it.
UNIT_NUMBER_RE = re.compile(r"\s+(\d{2,4}(?:-\d{1,2})?)(/(?:(?:Kota|Kab\.?)\s+)?[A-Z][\w-]+(?: (?!(?:Senin|Selasa|Rabu|Kamis|Jumat|"
                            r"Sabtu|Minggu|" + vocab.rank_words() + r")\b)[A-Z][a-z][\w-]*(?![\w-]))?)?"
                            r"(?![\d,.]\d|\s*(?:%|persen))")


def _extend(text: str, e: int, region_spans: dict[int, int]) -> int:
    """Extend an abbreviation over the region, number or 'RI' that qualifies it."""
    m = re.match(r"\s+(RI|Pusat)\b", text[e:])
    if m:  # "Ombudsman RI", and its office for a region: "Ombudsman RI Perwakilan NTB"
        office = _office_for_region(text, e + m.end(), region_spans)
        return office or e + m.end()
    # "Kodam XIV/Hasanuddin", "Lantamal VI Makassar": a military unit's roman number and name
    m = re.match(r"\s+[IVX]{1,5}(?:/[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)?(?![\w])", text[e:])
    if m:
        return _region_tail(text, e + m.end(), region_spans)
    # a unit number ("Kodim 0412", "Kodim 0735/Surakarta", "Kodim 0733/Kota Semarang"), not a figure ("Dinkes 92,19 persen")
    m = UNIT_NUMBER_RE.match(text, e)
    if m:
        return m.end()
    m = re.match(r"\s+(?:Kabupaten|Kab\.?|Kota|Provinsi|Prov\.|Kecamatan)\s+", text[e:])
    if m and (e + m.end()) in region_spans:
        return region_spans[e + m.end()]
    m = re.match(r"\s+", text[e:])
    if m and (e + m.end()) in region_spans:
        return region_spans[e + m.end()]
    return _office_for_region(text, e, region_spans) or e


def _office_for_region(text: str, e: int, region_spans: dict[int, int]) -> int | None:
    """Where a national body's office for a region ends: "BPK Perwakilan Banten", "BPJS Kesehatan Cabang
    Sleman", "Bulog Kanwil Sumut"; None when no such office follows."""
    m = re.match(r"\s+(?:(?:Kantor\s+)?(?:Perwakilan|Cabang)|Kanwil|Kantor\s+Wilayah)\s+(?:(?:Provinsi|Prov\.|Kabupaten|Kab\.|Kota)\s+)?",
                 text[e:])
    if m and (e + m.end()) in region_spans:
        return region_spans[e + m.end()]
    return None


def _region_tail(text: str, last: int, region_spans: dict[int, int]) -> int:
    """Extend a name over the region right after it: "Dinas Pendidikan Kabupaten Malang"."""
    tail = re.match(r"\s*(?:Kabupaten|Kab\.?|Kota|Provinsi)\s+", text[last:])
    if tail and (last + tail.end()) in region_spans:
        return region_spans[last + tail.end()]
    space = re.match(r"\s?", text[last:]).end()
    if (last + space) in region_spans:
        return region_spans[last + space]
    return last


def _name_tail(text: str, last: int, region_spans: dict[int, int]) -> int:
    """Extend a full form over what may follow it: its region, a prison's grade and place
    ("Lembaga Pemasyarakatan (Lapas) Kelas I Kedungpane") or "kabupaten/kota" ("BPBD kabupaten/kota")."""
    last = _region_tail(text, last, region_spans)
    national = re.match(r"\s+RI(?![\w-])", text[last:])  # "Komisi II DPR RI", "Kementerian Agama RI"
    if national:
        return last + national.end()
    grade = re.match(r"\s+Kelas\s+(?:I{1,3}|[123])[AB]?\b(?:\s+(?:TPI|Non[\s-]TPI))?(?:\s+[A-Z][a-z]+){0,2}", text[last:])
    if grade:
        last = _region_tail(text, last + grade.end(), region_spans)  # "BPTD Kelas II DIY"
    lower_tail = re.match(r"\s+kabupaten/kota\b", text[last:])
    if lower_tail:
        last += lower_tail.end()
    return last


def _police_kota(text: str, e: int, region_spans: dict[int, int]) -> int:
    """'Polres Kediri Kota', 'Polresta Malang Kota': the police of the Kota, named after it (not "Kota" opening a region)."""
    if re.match(r" Kota(?![\w-])", text[e:]) and (e + 6) not in region_spans and (e + 5) not in region_spans:
        return e + 5
    return e


def _police_kota_after(text: str, s: int, e: int, region_spans: dict[int, int]) -> int:
    """A name written in full that ends with a police resort and its place goes on over "Kota" (see _police_kota)."""
    if re.search(r"(?:Polres|Polresta|Kepolisian\s+Resor)\s+\S+$", text[s:e]):
        return _police_kota(text, e, region_spans)
    return e


def _clean(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip(" ,.")


# Acronyms of regional Dinas and Badan offices outside the lexicon ("DPMPTSP", "BPKAD", "Disdukcapil").
AGENCY_ACRONYM_RE = re.compile(r"(?<![\w/-])(?:[DB][A-Z]{2,7}|Di[sn][a-z]{3,12}|Bap[a-z]{3,8})(?![\w/-])")
# Acronyms of a body's shape that name none (vocab/not_organizations.csv): schools, programmes, RT/RW, banks.
NOT_BODIES = vocab.not_organizations()
