"""Fictional officials of the demo corpus, keyed by a stable person_key.

The same key is used in every article that mentions the same (fictional)
person, however the article writes the name; namesakes get different keys
(bambang-setiawan-bondowoso vs bambang-sugiharto-batu).  Institution issuers
(Pemkot, Pemkab) live here too so directives can point at them.
"""
from helpers import I, P

PEOPLE = {
    # Jawa Timur
    "bambang-setiawan-bondowoso": P("Bambang Setiawan", "Pj Bupati", "Kabupaten Bondowoso"),
    "ahmad-fauzan-bondowoso": P("Ahmad Fauzan", "Bupati", "Kabupaten Bondowoso"),
    "sugiarto-wibisono-bondowoso": P("Sugiarto Wibisono", "Kepala Dinas Pendidikan", "Kabupaten Bondowoso"),
    "imron-rosyadi-bondowoso": P("Imron Rosyadi", "Ketua Bawaslu", "Kabupaten Bondowoso", "Bawaslu Kabupaten Bondowoso"),
    "hendro-wicaksono-jatim": P("Hendro Wicaksono", "Pj Gubernur", "Provinsi Jawa Timur"),
    "wahyu-kurniawan-jatim": P("Wahyu Kurniawan", "Sekda", "Provinsi Jawa Timur"),
    "suryo-handoko-malang": P("Suryo Handoko", "Bupati", "Kabupaten Malang"),
    "agus-triyanto-kotamalang": P("Agus Triyanto", "Pj Wali Kota", "Kota Malang"),
    "bambang-sugiharto-batu": P("Bambang Sugiharto", "Pj Wali Kota", "Kota Batu"),
    "suwarno-tulungrejo": P("Suwarno", "Kepala Desa", "Kota Batu"),
    "pj-bupati-bojonegoro": {**P(None, "Pj Bupati", "Kabupaten Bojonegoro"), "as_issuer": "Pj Bupati Bojonegoro"},
    "sukirno-hadi-bojonegoro": P("Sukirno Hadi", "Kepala Pelaksana BPBD", "Kabupaten Bojonegoro", "BPBD Bojonegoro"),
    "heru-prasetyo-surabaya": P("Heru Prasetyo", "Wali Kota", "Kota Surabaya"),
    "pemkot-surabaya": I("Pemkot Surabaya", "Kota Surabaya"),
}
PEOPLE.update({
    "retno-ayu-malang": P("Retno Ayu Kusumawardani", "Kepala Dinas Kesehatan", "Kabupaten Malang"),
    "nur-hidayati-kotamalang": P("Nur Hidayati", "Kepala Dinas Lingkungan Hidup", "Kota Malang"),
    "eko-wahyudi-malang": P("Eko Wahyudi Prasetya", "Kepala BKPSDM", "Kabupaten Malang", "BKPSDM Kabupaten Malang"),
})
PEOPLE.update({
    # Kalimantan Timur
    "rusdiansyah-noor-kukar": P("Rusdiansyah Noor", "Bupati", "Kabupaten Kutai Kartanegara"),
    "jamhari-kukar": P("Muhammad Jamhari", "Kepala Pelaksana BPBD", "Kabupaten Kutai Kartanegara", "BPBD Kukar"),
    "akhmad-rifani-kutim": P("Akhmad Rifani", "Sekda", "Kabupaten Kutai Timur"),
    "basuki-isnawan-kutim": P("Basuki Isnawan", "Kepala Dinas Pemuda dan Olahraga", "Kabupaten Kutai Timur"),
    "syahrul-fadillah-samarinda": P("Syahrul Fadillah", "Wali Kota", "Kota Samarinda"),
    "noorhayati-samarinda": P("Noorhayati", "Camat", "Kota Samarinda"),
    "maya-sari-samarinda": P("Maya Sari", "Kepala Puskesmas", "Kota Samarinda", "Puskesmas Segiri"),
    # national
    "sugeng-wahyudi-polhukam": P("Sugeng Wahyudi", "Asisten Deputi Koordinasi Pemilu dan Penguatan Partai Politik", None, "Kemenko Polhukam"),
})
PEOPLE["pemkot-samarinda"] = I("Pemkot Samarinda", "Kota Samarinda")
PEOPLE.update({
    # Sulawesi Selatan
    "andi-baso-rahmat-bone": P("Andi Baso Rahmat", "Pj Bupati", "Kabupaten Bone"),
    "hasanuddin-patoppoi-bone": P("Hasanuddin Patoppoi", "Kapolres", "Kabupaten Bone", "Polres Bone"),
    "irfan-latief-makassar": P("Irfan Latief", "Wali Kota", "Kota Makassar"),
    "rahmawati-syam-makassar": P("Andi Rahmawati Syam", "Kepala Dinas Kesehatan", "Kota Makassar"),
    "syukri-djalil-sulsel": P("Muhammad Syukri Djalil", "Pj Gubernur", "Provinsi Sulawesi Selatan"),
    "pemprov-sulsel": I("Pemprov Sulsel", "Provinsi Sulawesi Selatan"),
})
PEOPLE["pemkot-makassar"] = I("Pemkot Makassar", "Kota Makassar")
PEOPLE.update({
    # Jawa Barat, Banten, DKI Jakarta
    "asep-saepul-rohman-garut": P("Asep Saepul Rohman", "Ketua Bawaslu", "Kabupaten Garut", "Bawaslu Kabupaten Garut"),
    "cecep-suryana-garut": P("Cecep Suryana", "Pj Bupati", "Kabupaten Garut"),
    "euis-komalasari-bogor": P("Euis Komalasari", "Plt Kepala Dinas Pendidikan", "Kabupaten Bogor"),
    "yayan-sudrajat-bandung": P("Yayan Sudrajat", "Pj Wali Kota", "Kota Bandung"),
    "hendra-permana-jabar": P("Hendra Permana", "Pj Gubernur", "Provinsi Jawa Barat"),
    "encep-mulyadi-lebak": P("Encep Mulyadi", "Pj Bupati", "Kabupaten Lebak"),
    "rahmat-hidayatullah-jaksel": P("Rahmat Hidayatullah", "Wali Kota", "Kota Jakarta Selatan"),
    "dedi-kusnadi-cipanas": P("Dedi Kusnadi", "Camat", "Kabupaten Lebak"),
})
PEOPLE["pemkot-bandung"] = I("Pemkot Bandung", "Kota Bandung")
PEOPLE["kadis-lh-bandung"] = P(None, "Kepala Dinas Lingkungan Hidup", "Kota Bandung")
PEOPLE.update({
    # Nusa Tenggara Barat
    "lalu-ahmad-zainuri-loteng": P("Lalu Ahmad Zainuri", "Pj Bupati", "Kabupaten Lombok Tengah"),
    "baiq-sri-wahyuni-sengkol": P("Baiq Sri Wahyuni", "Kepala Desa", "Kabupaten Lombok Tengah"),
    "lalu-fathurrahman-loteng": P("Lalu Fathurrahman", "Kepala Dinas Pariwisata", "Kabupaten Lombok Tengah"),
    "zulkifli-mataram": P("Muhammad Zulkifli", "Wali Kota", "Kota Mataram"),
    "baiq-nurul-mataram": P("Baiq Nurul Aini", "Kepala Dinas Lingkungan Hidup", "Kota Mataram"),
    # Lampung, Sumatera Barat
    "heriyanto-saputra-lampura": P("Heriyanto Saputra", "Pj Bupati", "Kabupaten Lampung Utara"),
    "rusli-hamid-lampura": P("Rusli Hamid", "Bupati", "Kabupaten Lampung Utara"),
    "nofrizal-effendi-agam": P("Nofrizal Effendi", "Bupati", "Kabupaten Agam"),
    "yosefri-chaniago-padang": P("Yosefri Chaniago", "Sekda", "Kota Padang"),
})
PEOPLE["pemkab-agam"] = I("Pemkab Agam", "Kabupaten Agam")
PEOPLE.update({
    "ujang-rahmat-bogor": P("Ujang Rahmat", "Pj Bupati", "Kabupaten Bogor"),
    "inspektur-bogor": {**P(None, "Inspektur", "Kabupaten Bogor", "Inspektorat Kabupaten Bogor"), "as_issuer": "Inspektur Kabupaten Bogor"},
})
PEOPLE["dinkes-makassar"] = I("Dinas Kesehatan", "Kota Makassar")
PEOPLE["bawaslu-garut"] = I("Bawaslu Kabupaten Garut", "Kabupaten Garut")
