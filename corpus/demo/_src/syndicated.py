"""The one syndicated story: JabarPost's original and Suara Kaltim's near-copy.

Both outlets ran the same wire-style text on the same day; the copy has its own
headline and dateline and swaps the regional closing sentence (Jawa Barat for
Kalimantan Timur).  The
gold differs only where the texts differ (regions of the last paragraph).
"""
from helpers import D

HEAD = """
{dateline} Asisten Deputi Koordinasi Pemilu dan Penguatan Partai Politik Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan (Kemenko Polhukam), Dr. Sugeng Wahyudi, mengingatkan seluruh aparatur sipil negara (ASN) untuk menjaga netralitas selama masa kampanye Pilkada serentak 2024. Hal itu disampaikan dalam rapat koordinasi pengawasan netralitas ASN di sebuah hotel di Jakarta Selatan, Senin (7/10/2024).

Rapat tersebut dihadiri perwakilan Kementerian Dalam Negeri (Kemendagri), Badan Kepegawaian Negara (BKN), Bawaslu RI, serta para sekretaris daerah dari sejumlah provinsi. Sugeng menyebut, pemerintah mencatat ratusan dugaan pelanggaran netralitas ASN di berbagai daerah.

"Netralitas ASN bukan sekadar imbauan, tetapi kewajiban hukum. Saya minta para pejabat pembina kepegawaian di daerah, termasuk para penjabat kepala daerah, memberi contoh," ujar Sugeng.

Ia menjelaskan, kewajiban netralitas diatur dalam Undang-Undang Nomor 20 Tahun 2023 tentang ASN dan Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin PNS. Selain itu, pemerintah telah menerbitkan Surat Keputusan Bersama (SKB) tentang Pedoman Pembinaan dan Pengawasan Netralitas Pegawai ASN dalam Penyelenggaraan Pemilihan Umum dan Pemilihan.

Sugeng merinci, ASN dilarang hadir dalam kampanye menggunakan atribut partai atau pasangan calon, mengunggah dukungan di media sosial, hingga menggunakan fasilitas negara untuk kepentingan pasangan calon. "Jangan ikut-ikutan menjadi tim sukses, sekalipun hanya di grup WhatsApp," katanya.

Menurut dia, ASN yang terbukti melakukan pelanggaran berat bisa dipecat atau diberhentikan tidak dengan hormat. "Sudah ada contohnya di beberapa daerah. Jangan sampai mengorbankan karier demi kepentingan sesaat," tegasnya.

Sugeng menambahkan, masyarakat yang menemukan ASN tidak netral bisa melaporkannya ke Bawaslu setempat atau melalui kanal pengaduan daring BKN. Setiap laporan, kata dia, akan diteruskan kepada pejabat pembina kepegawaian di daerah untuk ditindaklanjuti dan dijatuhi sanksi sesuai tingkat pelanggarannya.
"""


TAIL_JABAR = """
Untuk wilayah Jawa Barat, Sugeng mengapresiasi langkah sejumlah daerah yang telah membentuk satgas netralitas ASN dan posko pengaduan bersama Bawaslu, salah satunya Kabupaten Garut.
"""

TAIL_KALTIM = """
Untuk wilayah Kalimantan Timur, Sugeng menyebut koordinasi dengan Pemprov Kaltim dan Bawaslu Kaltim terus dilakukan, mengingat pilkada juga digelar serentak di seluruh kabupaten dan kota.
"""


def body(dateline, tail):
    return HEAD.format(dateline=dateline) + tail


PLACE = "sebuah hotel di Jakarta Selatan"
DIRECTIVES = [
    D("sugeng-wahyudi-polhukam", "appeal", ["ASN"], "ASN diingatkan menjaga netralitas selama masa kampanye Pilkada 2024",
      "mengingatkan", "2024-10-07", place=PLACE),
    D("sugeng-wahyudi-polhukam", "appeal", ["pejabat pembina kepegawaian", "penjabat kepala daerah"],
      "Pejabat pembina kepegawaian dan penjabat kepala daerah diminta memberi contoh netralitas",
      "Saya minta", "2024-10-07", place=PLACE),
    D("sugeng-wahyudi-polhukam", "prohibition", ["ASN"], "ASN dilarang hadir berkampanye dengan atribut, mengunggah dukungan, dan memakai fasilitas negara",
      "dilarang", "2024-10-07", place=PLACE,
      legal=["Undang-Undang Nomor 20 Tahun 2023 tentang ASN", "Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin PNS"]),
    D("sugeng-wahyudi-polhukam", "sanction_warning", ["ASN"], "ASN pelanggar berat bisa dipecat atau diberhentikan tidak dengan hormat",
      "bisa dipecat", "2024-10-07", place=PLACE),
    D("sugeng-wahyudi-polhukam", "oversight", ["ASN"], "ASN tidak netral bisa dilaporkan ke Bawaslu atau kanal pengaduan BKN",
      "bisa melaporkannya ke Bawaslu", "2024-10-07", place=PLACE),
]
ORGS = ["Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan (Kemenko Polhukam)",
        "Kementerian Dalam Negeri (Kemendagri)", "Badan Kepegawaian Negara (BKN)", "Bawaslu RI", "Bawaslu", "BKN"]
NOTES = ("Syndicated near-copy pair (jabarpost original, suarakaltim copy). The JAKARTA dateline is not a Kota; "
         "it is read as the province DKI Jakarta. The SKB is an earlier government instrument, not a directive of the speaker. "
         "'Jangan ikut-ikutan' collapses into the prohibition.")
