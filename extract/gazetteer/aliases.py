"""Region aliases regional news uses, written by us (not from any upstream list).

ALIASES maps a surface form to a canonical region name of `extract/data/regions.json.gz`.
Abbreviations are matched case-sensitively as whole words ("Kukar", "NTB", "Jaksel"), so
an alias that is also an ordinary word must not be listed here. SPELLINGS are alternative
spellings of a core name (one word vs two, old names) and are matched like the core name.
NEEDS_EVIDENCE lists bare core names that are also common words or personal names: they
count as a region only with a prefix, an office, a dateline, or another explicit mention
of the same region in the article.
"""

from __future__ import annotations

_P = "Provinsi "
_K = "Kabupaten "
_C = "Kota "

ALIASES: dict[str, str] = {
    # provinces
    "NAD": _P + "Aceh", "Sumut": _P + "Sumatera Utara", "Sumbar": _P + "Sumatera Barat",
    "Sumsel": _P + "Sumatera Selatan", "Babel": _P + "Kepulauan Bangka Belitung",
    "Bangka Belitung": _P + "Kepulauan Bangka Belitung", "Kepri": _P + "Kepulauan Riau",
    "DKI": _P + "DKI Jakarta", "DKI Jakarta": _P + "DKI Jakarta", "Jakarta": _P + "DKI Jakarta",
    "Daerah Khusus Jakarta": _P + "DKI Jakarta", "Daerah Khusus Ibukota Jakarta": _P + "DKI Jakarta",
    "Jabar": _P + "Jawa Barat", "Jateng": _P + "Jawa Tengah", "Jatim": _P + "Jawa Timur",
    "DIY": _P + "Daerah Istimewa Yogyakarta", "DI Yogyakarta": _P + "Daerah Istimewa Yogyakarta",
    "NTB": _P + "Nusa Tenggara Barat", "NTT": _P + "Nusa Tenggara Timur",
    "Kalbar": _P + "Kalimantan Barat", "Kalteng": _P + "Kalimantan Tengah", "Kalsel": _P + "Kalimantan Selatan",
    "Kaltim": _P + "Kalimantan Timur", "Kaltara": _P + "Kalimantan Utara",
    "Sulut": _P + "Sulawesi Utara", "Sulteng": _P + "Sulawesi Tengah", "Sulsel": _P + "Sulawesi Selatan",
    "Sultra": _P + "Sulawesi Tenggara", "Sulbar": _P + "Sulawesi Barat", "Malut": _P + "Maluku Utara",
    "Pabar": _P + "Papua Barat", "PBD": _P + "Papua Barat Daya", "Papteng": _P + "Papua Tengah",
    # DKI Jakarta
    "Jakpus": _C + "Jakarta Pusat", "Jakut": _C + "Jakarta Utara", "Jakbar": _C + "Jakarta Barat",
    "Jaksel": _C + "Jakarta Selatan", "Jaktim": _C + "Jakarta Timur",
    # Aceh
    "Agara": _K + "Aceh Tenggara", "Abdya": _K + "Aceh Barat Daya", "Aceh Tamiang": _K + "Aceh Tamiang",
    "Pijay": _K + "Pidie Jaya", "Nagan": _K + "Nagan Raya",
    # Sumatera Utara
    "Sergai": _K + "Serdang Bedagai", "Madina": _K + "Mandailing Natal", "Taput": _K + "Tapanuli Utara",
    "Tapteng": _K + "Tapanuli Tengah", "Tapsel": _K + "Tapanuli Selatan", "Humbahas": _K + "Humbang Hasundutan",
    "Labura": _K + "Labuhanbatu Utara", "Labusel": _K + "Labuhanbatu Selatan", "Paluta": _K + "Padang Lawas Utara",
    "Palas": _K + "Padang Lawas", "Tobasa": _K + "Toba", "Nisel": _K + "Nias Selatan", "Siantar": _C + "Pematangsiantar",
    "Sidimpuan": _C + "Padangsidimpuan", "Tebingtinggi": _C + "Tebing Tinggi",
    # Sumatera Barat
    "Pessel": _K + "Pesisir Selatan", "Pasbar": _K + "Pasaman Barat", "Solsel": _K + "Solok Selatan",
    "Padang Pariaman": _K + "Padang Pariaman", "Tanah Datar": _K + "Tanah Datar", "Mentawai": _K + "Kepulauan Mentawai",
    # Riau, Kepri
    "Inhu": _K + "Indragiri Hulu", "Inhil": _K + "Indragiri Hilir", "Kuansing": _K + "Kuantan Singingi",
    "Rohul": _K + "Rokan Hulu", "Rohil": _K + "Rokan Hilir", "Meranti": _K + "Kepulauan Meranti",
    "Anambas": _K + "Kepulauan Anambas", "Tanjungpinang": _C + "Tanjung Pinang",
    # Jambi, Sumsel, Bengkulu
    "Tanjabbar": _K + "Tanjung Jabung Barat", "Tanjabar": _K + "Tanjung Jabung Barat",
    "Tanjabtim": _K + "Tanjung Jabung Timur", "Batang Hari": _K + "Batanghari", "Muaro Jambi": _K + "Muaro Jambi",
    "OKU": _K + "Ogan Komering Ulu", "OKI": _K + "Ogan Komering Ilir", "OKU Timur": _K + "Ogan Komering Ulu Timur",
    "OKU Selatan": _K + "Ogan Komering Ulu Selatan", "Muba": _K + "Musi Banyuasin", "Muratara": _K + "Musi Rawas Utara",
    "PALI": _K + "Penukal Abab Lematang Ilir", "Pagaralam": _C + "Pagar Alam", "Lubuklinggau": _C + "Lubuk Linggau",
    "Benteng": _K + "Bengkulu Tengah", "Bengkulu Utara": _K + "Bengkulu Utara", "Mukomuko": _K + "Mukomuko",
    # Lampung
    "Lampura": _K + "Lampung Utara", "Lamsel": _K + "Lampung Selatan", "Lamteng": _K + "Lampung Tengah",
    "Lamtim": _K + "Lampung Timur", "Lambar": _K + "Lampung Barat", "Tuba": _K + "Tulang Bawang",
    "Tubaba": _K + "Tulang Bawang Barat", "Pesibar": _K + "Pesisir Barat", "Bandarlampung": _C + "Bandar Lampung",
    # Bangka Belitung
    "Basel": _K + "Bangka Selatan", "Bateng": _K + "Bangka Tengah", "Babar": _K + "Bangka Barat",
    "Beltim": _K + "Belitung Timur", "Pangkalpinang": _C + "Pangkal Pinang",
    # Jawa Barat, Banten
    "KBB": _K + "Bandung Barat", "Tangsel": _C + "Tangerang Selatan", "Jogja": _C + "Yogyakarta",
    "Jogjakarta": _C + "Yogyakarta", "Yogya": _C + "Yogyakarta", "Solo": _C + "Surakarta",
    "Gunung Kidul": _K + "Gunungkidul", "Kulonprogo": _K + "Kulon Progo",
    # NTB, NTT
    "Lobar": _K + "Lombok Barat", "Loteng": _K + "Lombok Tengah", "Lotim": _K + "Lombok Timur",
    "KLU": _K + "Lombok Utara", "KSB": _K + "Sumbawa Barat", "TTS": _K + "Timor Tengah Selatan",
    "TTU": _K + "Timor Tengah Utara", "Mabar": _K + "Manggarai Barat", "Matim": _K + "Manggarai Timur",
    "Flotim": _K + "Flores Timur", "SBD": _K + "Sumba Barat Daya", "Sumtim": _K + "Sumba Timur",
    # Kalimantan
    "Kukar": _K + "Kutai Kartanegara", "Kutim": _K + "Kutai Timur", "Kubar": _K + "Kutai Barat",
    "PPU": _K + "Penajam Paser Utara", "Mahulu": _K + "Mahakam Ulu", "KKR": _K + "Kubu Raya",
    "KKU": _K + "Kayong Utara", "Kotim": _K + "Kotawaringin Timur", "Kobar": _K + "Kotawaringin Barat",
    "Barsel": _K + "Barito Selatan", "Bartim": _K + "Barito Timur", "Barut": _K + "Barito Utara",
    "Mura": _K + "Murung Raya", "Pulpis": _K + "Pulang Pisau",
    "HSS": _K + "Hulu Sungai Selatan", "HST": _K + "Hulu Sungai Tengah", "HSU": _K + "Hulu Sungai Utara",
    "Tanbu": _K + "Tanah Bumbu", "Batola": _K + "Barito Kuala", "Tala": _K + "Tanah Laut", "KTT": _K + "Tana Tidung",
    # Sulawesi
    "Bolmong": _K + "Bolaang Mongondow", "Bolmut": _K + "Bolaang Mongondow Utara",
    "Boltim": _K + "Bolaang Mongondow Timur", "Bolsel": _K + "Bolaang Mongondow Selatan",
    "Minut": _K + "Minahasa Utara", "Minsel": _K + "Minahasa Selatan", "Mitra": _K + "Minahasa Tenggara",
    "Sitaro": _K + "Kep. Siau Tagulandang Biaro", "Sangihe": _K + "Kepulauan Sangihe", "Talaud": _K + "Kepulauan Talaud",
    "Parimo": _K + "Parigi Moutong", "Touna": _K + "Tojo Una Una", "Tolitoli": _K + "Toli-Toli",
    "Bangkep": _K + "Banggai Kepulauan", "Balut": _K + "Banggai Laut", "Morut": _K + "Morowali Utara",
    "Sidrap": _K + "Sidenreng Rappang", "Pangkep": _K + "Pangkajene dan Kepulauan", "Selayar": _K + "Kepulauan Selayar",
    "Tator": _K + "Tana Toraja", "Torut": _K + "Toraja Utara", "Lutra": _K + "Luwu Utara", "Lutim": _K + "Luwu Timur",
    "Konsel": _K + "Konawe Selatan", "Konut": _K + "Konawe Utara", "Konkep": _K + "Konawe Kepulauan",
    "Kolut": _K + "Kolaka Utara", "Koltim": _K + "Kolaka Timur", "Butur": _K + "Buton Utara",
    "Buteng": _K + "Buton Tengah", "Busel": _K + "Buton Selatan", "Mubar": _K + "Muna Barat", "Bau Bau": _C + "Baubau", "Bau-Bau": _C + "Baubau",
    "Gorut": _K + "Gorontalo Utara", "Bonebol": _K + "Bone Bolango", "Polman": _K + "Polewali Mandar",
    "Mateng": _K + "Mamuju Tengah", "Pare-Pare": _C + "Parepare", "Pare Pare": _C + "Parepare",
    # Maluku, Maluku Utara
    "Malteng": _K + "Maluku Tengah", "Malra": _K + "Maluku Tenggara", "MBD": _K + "Maluku Barat Daya",
    "SBT": _K + "Seram Bagian Timur", "SBB": _K + "Seram Bagian Barat", "Bursel": _K + "Buru Selatan",
    "KKT": _K + "Kepulauan Tanimbar", "Halteng": _K + "Halmahera Tengah", "Halbar": _K + "Halmahera Barat",
    "Halut": _K + "Halmahera Utara", "Halsel": _K + "Halmahera Selatan", "Haltim": _K + "Halmahera Timur",
    "Morotai": _K + "Pulau Morotai", "Taliabu": _K + "Pulau Taliabu", "Tikep": _C + "Tidore Kepulauan",
    "Tidore": _C + "Tidore Kepulauan",
    # Papua
    "Fakfak": _K + "Fak Fak", "Mansel": _K + "Manokwari Selatan", "Pegaf": _K + "Pegunungan Arfak",
    "Teluk Bintuni": _K + "Teluk Bintuni", "Raja Ampat": _K + "Raja Ampat", "Biak": _K + "Biak Numfor",
    "Yapen": _K + "Kepulauan Yapen", "Pegubin": _K + "Pegunungan Bintang",
}

# Names that are ordinary Indonesian words, frequent personal names, or parts of other place
# names: a bare capitalised mention needs evidence in the article.
NEEDS_EVIDENCE = frozenset({
    "Batu", "Padang", "Lebak", "Bone", "Malang", "Agam", "Bima", "Batang", "Banjar", "Landak", "Pati",
    "Karo", "Malaka", "Buru", "Muna", "Tojo", "Toba", "Lingga", "Kaur", "Lahat", "Puncak", "Solok",
    "Siak", "Belu", "Ende", "Alor", "Sigi", "Buol", "Poso", "Paser", "Metro", "Tual", "Palu", "Kapuas",
    "Sabang", "Kudus", "Dompu", "Luwu", "Barru", "Bangli", "Badung", "Asahan", "Tebo", "Bungo", "Tapin",
    "Nias", "Dairi", "Sarmi", "Bintan", "Natuna", "Berau", "Mappi", "Asmat", "Banggai", "Pidie", "Seram",
    "Lebong", "Yalimo", "Nduga", "Paniai", "Mamuju", "Buton", "Sumba", "Lombok", "Kutai", "Serdang",
    "Mitra",  # an alias (Minahasa Tenggara) that is also a word: "Mitra TNI", "mitra kerja"
})
