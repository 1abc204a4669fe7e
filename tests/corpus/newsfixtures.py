"""Fixture news sites for the corpus tests (served by conftest.py), written by us in Indonesian regional-news style.

`routes(base)` returns {path: Response} for one test server; `base` is its
http://127.0.0.1:PORT address. A second outlet is reached through http://localhost:PORT
(same server, another host name) and carries a syndicated near-copy of one story.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass, field
from html import escape


@dataclass
class Response:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict = field(default_factory=dict)
    sleep: float = 0.0          # seconds before answering (slow server)
    stream_bytes: int = 0       # send this many filler bytes (chunked, no Content-Length)
    fake_length: int = 0        # announce this Content-Length and send that many bytes
    fail_first: int = 0         # answer `status_first` this many times before succeeding
    status_first: int = 503
    etag: str | None = None


NETRAL = [
    "Penjabat (Pj) Bupati Malang, Sutrisno Wibowo, meminta seluruh aparatur sipil negara (ASN) di lingkungan "
    "Pemerintah Kabupaten Malang menjaga netralitas menjelang Pilkada serentak 27 November 2024.",
    "Permintaan itu disampaikan Sutrisno saat memimpin apel pagi di halaman Pendopo Agung Kabupaten Malang, "
    "Jumat (21/6/2024). Ia menegaskan ASN dilarang ikut berkampanye, memasang atribut pasangan calon, maupun "
    "mengunggah dukungan di media sosial.",
    "\"Saya minta kepala perangkat daerah mengawasi anak buahnya. Kalau ada yang terbukti melanggar, sanksinya "
    "tegas sesuai Undang-Undang Nomor 20 Tahun 2023 tentang ASN,\" kata Sutrisno.",
    "Ia juga menginstruksikan camat dan kepala desa agar tidak menggunakan fasilitas pemerintah untuk kegiatan "
    "politik praktis. Mobil dinas, gedung kantor, dan anggaran desa tidak boleh dipakai untuk kepentingan calon.",
    "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia (BKPSDM) Kabupaten Malang akan membuka kanal "
    "pengaduan bagi warga yang melihat dugaan pelanggaran netralitas pegawai.",
    "Sementara itu, Ketua Bawaslu Kabupaten Malang, Rahmat Hidayat, menyambut baik imbauan tersebut dan "
    "berjanji memperketat pengawasan hingga ke tingkat desa selama masa kampanye.",
]

STUDY_TOUR = [
    "Wali Kota Batu, Dewi Anggraini, melarang sekolah di wilayahnya menggelar study tour ke luar daerah mulai "
    "tahun ajaran 2024/2025. Larangan itu tertuang dalam surat edaran yang diterbitkan Kamis (20/6/2024).",
    "Dewi mengatakan keputusan itu diambil setelah sejumlah kecelakaan bus rombongan pelajar terjadi di "
    "berbagai daerah dalam beberapa bulan terakhir. Keselamatan siswa, kata dia, harus diutamakan.",
    "\"Kegiatan belajar di luar kelas tetap boleh, tetapi cukup di dalam Kota Batu atau Malang Raya. Tidak "
    "perlu jauh-jauh dan membebani orang tua,\" ujar Dewi di Balai Kota Among Tani.",
    "Dinas Pendidikan Kota Batu diminta mengawasi pelaksanaan surat edaran tersebut. Kepala sekolah yang tetap "
    "memberangkatkan rombongan ke luar daerah akan dipanggil dan dapat dikenai sanksi administratif.",
    "Sejumlah orang tua murid menyambut baik kebijakan itu karena biaya study tour selama ini dinilai cukup "
    "memberatkan, terutama bagi keluarga berpenghasilan rendah.",
]

CAMAT = [
    "Bupati Kutai Kartanegara (Kukar), Hendra Saputra, menginstruksikan seluruh camat mempercepat pendataan "
    "warga miskin ekstrem di desa-desa terpencil sebelum akhir Mei 2024.",
    "Instruksi itu disampaikan dalam rapat koordinasi di Kantor Bupati Kukar, Tenggarong, Kamis (2/5/2024). "
    "Menurut Hendra, data yang akurat menjadi dasar penyaluran bantuan sosial agar tepat sasaran.",
    "\"Camat jangan hanya menunggu laporan dari desa. Turun langsung, cek rumah warga satu per satu,\" "
    "tegas Hendra di hadapan 20 camat se-Kukar.",
    "Dinas Sosial Kukar mencatat masih ada sekitar 3.400 keluarga yang belum masuk data terpadu. Sebagian "
    "besar tinggal di kecamatan pedalaman seperti Tabang dan Kembang Janggut.",
]

BANJIR = [
    "Pemerintah Kota Samarinda mengimbau warga yang tinggal di bantaran Sungai Karang Mumus waspada banjir "
    "kiriman menyusul hujan deras yang mengguyur wilayah hulu sejak Senin (10/6/2024).",
    "Kepala Badan Penanggulangan Bencana Daerah (BPBD) Samarinda, Agus Salim, meminta warga memindahkan barang "
    "berharga ke tempat yang lebih tinggi dan segera mengungsi bila air terus naik.",
    "BPBD telah menyiagakan perahu karet dan dapur umum di tiga kelurahan yang rawan tergenang. Posko siaga "
    "bencana dibuka 24 jam selama musim hujan.",
    "Warga juga diminta tidak membuang sampah ke sungai dan saluran air karena sumbatan sampah memperparah "
    "genangan di sejumlah ruas jalan protokol.",
]

PASAR = [
    "Harga cabai rawit di Pasar Besar Kota Malang melonjak hingga Rp 90 ribu per kilogram pada Rabu (19/6/2024), "
    "naik hampir dua kali lipat dibanding pekan lalu.",
    "Pedagang menyebut pasokan dari sentra produksi di Kabupaten Malang dan Blitar berkurang akibat cuaca yang "
    "tidak menentu. Sebagian petani gagal panen karena tanaman busuk.",
    "Dinas Perdagangan Kota Malang berencana menggelar operasi pasar murah di lima kecamatan untuk menekan "
    "harga dan menjaga daya beli warga.",
    "Pemkot juga meminta distributor tidak menimbun stok. Satgas pangan akan melakukan sidak ke gudang-gudang "
    "penyimpanan dalam waktu dekat.",
]

# Latin-1 / cp1252 pages carry characters that differ between encodings: “ ” – é.
SEKOLAH = [
    "Kepala Dinas Pendidikan Kabupaten Sumedang, Asep Kurnia, meminta sekolah tidak memungut biaya seragam "
    "dari orang tua siswa baru. “Seragam boleh dibeli di mana saja,” katanya, Senin (8/7/2024).",
    "Ia mengingatkan pungutan yang tidak sesuai aturan dapat berujung sanksi – mulai teguran tertulis hingga "
    "pencopotan kepala sekolah. Kafé dan koperasi sekolah juga diawasi.",
    "Dinas Pendidikan membuka posko pengaduan penerimaan peserta didik baru di kantor dinas dan melalui nomor "
    "WhatsApp yang diumumkan di laman resmi pemerintah daerah.",
]

JEMBATAN = [
    "Bupati Lombok Tengah, Lalu Ahmad Fathoni, meresmikan jembatan gantung yang menghubungkan Desa Aik Berik "
    "dan Desa Setiling, Sabtu (15/6/2024). Jembatan sepanjang 60 meter itu dibangun dengan dana desa.",
    "Selama ini warga harus memutar sejauh 12 kilometer untuk membawa hasil kebun ke pasar kecamatan. Saat "
    "musim hujan, sungai yang meluap membuat anak-anak tidak bisa berangkat ke sekolah.",
    "Fathoni meminta warga ikut merawat jembatan dan melarang kendaraan roda empat melintas karena kapasitas "
    "jembatan hanya untuk pejalan kaki dan sepeda motor.",
]

ROB = [
    "Banjir rob kembali merendam permukiman nelayan di pesisir Kecamatan Sedati, Kabupaten Sidoarjo, Selasa "
    "(11/6/2024). Ketinggian air di sejumlah gang mencapai 40 sentimeter.",
    "Camat Sedati meminta warga meninggikan tempat penyimpanan alat tangkap dan tidak membiarkan anak-anak "
    "bermain di genangan karena air laut bercampur limbah rumah tangga.",
    "Pemkab Sidoarjo berjanji mempercepat pembangunan tanggul laut yang tertunda sejak tahun lalu.",
]

ENGLISH = [
    "The regent of Malang asked all civil servants to remain neutral ahead of the regional elections in "
    "November, warning that those who campaign for candidates would face sanctions.",
    "The statement was made at a morning assembly at the regency hall on Friday, where officials were also "
    "told not to use government cars and buildings for political activities.",
]


def article_page(*, title: str, paragraphs: list[str], published: str, canonical: str | None,
                 site: str = "Kabar Malang Raya", charset: str = "utf-8", dateline: str = "",
                 amp: bool = False, lang: str = "id") -> str:
    """A page with the boilerplate regional news sites wrap around the article."""
    body = []
    for i, para in enumerate(paragraphs):
        text = (dateline + para) if i == 0 else para
        body.append(f"<p>{escape(text, quote=False)}</p>")
        if i == 1:
            body.append('<p><strong>Baca juga:</strong> <a href="/berita/2024/06/01/lain">Harga Beras Naik Lagi</a></p>')
        if i == 2:
            body.append("<p>BACA JUGA: DPRD MINTA PEMKAB TAMBAH ANGGARAN PENDIDIKAN</p>")
    canonical_tag = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    return f"""<!DOCTYPE html>
<html lang="{lang}"{' amp' if amp else ''}><head>
<meta charset="{charset}"><title>{escape(title)} - {site}</title>
{canonical_tag}
<meta property="og:site_name" content="{site}"><meta property="og:title" content="{escape(title)}">
<meta property="article:published_time" content="{published}">
<meta name="author" content="Rina Marlina">
<link rel="alternate" type="application/rss+xml" href="/feed/">
</head><body>
<header><nav><a href="/">Beranda</a> <a href="/kategori/daerah">Daerah</a> <a href="/kategori/politik">Politik</a>
<a href="/tag/pilkada">Pilkada</a> <a href="/login">Masuk</a></nav></header>
<main><article>
<h1>{escape(title)}</h1>
<div class="meta">Penulis: Rina Marlina | {published[:10]}</div>
<figure><img src="/img/foto.jpg"><figcaption>Suasana apel pagi (Foto: Humas Pemkab)</figcaption></figure>
<div class="content">
{chr(10).join(body)}
<p>Foto: Humas Pemkab Malang</p>
<p>(Reporter: Rina Marlina / Redaktur: Bagus Pratama)</p>
<p>Editor: Bagus Pratama</p>
</div>
<div class="tags">Tags: Pilkada 2024, ASN, Netralitas</div>
<div class="reaction"><h3>What's Your Reaction?</h3><span>Senang</span><span>Sedih</span><span>Marah</span></div>
<div class="share">Bagikan: <a href="https://facebook.com/sharer">Facebook</a> <a href="https://twitter.com/intent">Twitter</a></div>
</article>
<aside><h3>Berita Terkait</h3><ul>
<li><a href="/berita/2024/06/20/wali-kota-batu-larang-study-tour">Wali Kota Batu Larang Study Tour ke Luar Daerah</a></li>
<li><a href="/berita/2024/06/10/samarinda-waspada-banjir-kiriman">Samarinda Waspada Banjir Kiriman</a></li>
<li><a href="/private/catatan-redaksi-internal">Catatan redaksi</a></li>
</ul></aside>
<div id="respond"><h3>Tinggalkan Balasan</h3><form><textarea></textarea><input type="submit" value="Kirim Komentar"></form></div>
</main>
<footer><p>&copy; 2024 {site}. Hak cipta dilindungi.</p><a href="#top">scroll to top</a></footer>
</body></html>"""


ARTICLES = {
    # path: (title, paragraphs, published, dateline)
    "/berita/2024/06/21/pj-bupati-malang-minta-asn-netral": (
        "Pj Bupati Malang Minta ASN Jaga Netralitas Jelang Pilkada", NETRAL, "2024-06-21T09:15:00+07:00",
        "MALANG, KABARMALANGRAYA.COM – "),
    "/berita/2024/06/20/wali-kota-batu-larang-study-tour": (
        "Wali Kota Batu Larang Study Tour ke Luar Daerah", STUDY_TOUR, "2024-06-20T13:40:00+07:00",
        "KOTA BATU – "),
    "/berita/2024/05/02/bupati-kukar-instruksikan-camat-data-warga-miskin": (
        "Bupati Kukar Instruksikan Camat Percepat Pendataan Warga Miskin", CAMAT, "2024-05-02T10:00:00+08:00",
        "TENGGARONG, KABARMALANGRAYA.COM – "),
    "/berita/2024/06/10/samarinda-waspada-banjir-kiriman": (
        "Pemkot Samarinda Minta Warga Bantaran Sungai Waspada Banjir Kiriman", BANJIR, "2024-06-10T16:20:00+08:00",
        "SAMARINDA – "),
    "/berita/2024/06/19/harga-cabai-rawit-melonjak-di-pasar-besar": (
        "Harga Cabai Rawit Melonjak di Pasar Besar Malang", PASAR, "2024-06-19T08:05:00+07:00", ""),
}
NETRAL_PATH = "/berita/2024/06/21/pj-bupati-malang-minta-asn-netral"
SYNDICATED_PATH = "/sindikasi/pj-bupati-malang-minta-asn-jaga-netralitas"


def syndicated_page() -> str:
    """The same story as republished by a partner outlet: new dateline, an intro line, a trailer."""
    paragraphs = list(NETRAL)
    paragraphs[0] = paragraphs[0].replace("menjelang Pilkada", "jelang pelaksanaan Pilkada")
    paragraphs.append("Artikel ini telah tayang di Kabar Malang Raya dengan judul serupa dan disunting seperlunya.")
    return article_page(title="Pj Bupati Malang Minta ASN Netral", paragraphs=paragraphs,
                        published="2024-06-21T11:30:00+07:00", canonical=None, site="Suara Jatim Online",
                        dateline="MALANG, SUARAJATIM.ONLINE – ")


def sitemap(urls: list[tuple[str, str]], news: bool = False) -> bytes:
    ns = ' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"' if news else ""
    entries = []
    for loc, when in urls:
        if news:
            entries.append(f"<url><loc>{loc}</loc><news:news><news:publication><news:name>Kabar Malang Raya"
                           f"</news:name><news:language>id</news:language></news:publication>"
                           f"<news:publication_date>{when}</news:publication_date><news:title>x</news:title>"
                           f"</news:news></url>")
        else:
            entries.append(f"<url><loc>{loc}</loc><lastmod>{when}</lastmod></url>")
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"{ns}>'
            + "".join(entries) + "</urlset>").encode()


def sitemap_index(locs: list[tuple[str, str]]) -> bytes:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            + "".join(f"<sitemap><loc>{loc}</loc><lastmod>{when}</lastmod></sitemap>" for loc, when in locs)
            + "</sitemapindex>").encode()


def rss(base: str, items: list[tuple[str, str]]) -> bytes:
    body = "".join(f"<item><title>t</title><link>{base}{path}</link><pubDate>{when}</pubDate></item>"
                   for path, when in items)
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Kabar Malang Raya</title>'
            f"<link>{base}/</link>{body}</channel></rss>").encode()


def atom(base: str, items: list[tuple[str, str]]) -> bytes:
    body = "".join(f'<entry><title>t</title><link rel="alternate" href="{base}{path}"/><id>{path}</id>'
                   f"<published>{when}</published><updated>{when}</updated></entry>" for path, when in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Kabar</title>'
            f"{body}</feed>").encode()


def homepage() -> str:
    links = "".join(f'<li><a href="{p}">{escape(t[0])}</a></li>' for p, t in ARTICLES.items())
    return (f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Kabar Malang Raya</title>'
            f'<link rel="alternate" type="application/rss+xml" title="Feed" href="/feed/"></head><body>'
            f'<nav><a href="/">Beranda</a> <a href="/kategori/daerah">Daerah</a> <a href="/login">Masuk</a></nav>'
            f"<h2>Terkini</h2><ul>{links}</ul></body></html>")


def category_page() -> str:
    return ('<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Daerah</title></head><body>'
            '<h1>Daerah</h1><ul><li><a href="/berita/2024/06/19/harga-cabai-rawit-melonjak-di-pasar-besar">'
            "Harga Cabai</a></li></ul></body></html>")


PDF_BYTES = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n" + bytes(range(256)) * 4


def routes(base: str) -> dict[str, Response]:
    r: dict[str, Response] = {}
    for path, (title, paras, published, dateline) in ARTICLES.items():
        r[path] = Response(article_page(title=title, paragraphs=paras, published=published,
                                        canonical=base + path, dateline=dateline).encode(),
                           etag=f'"{abs(hash(path)) % 10**8}"')
    title, paras, published, dateline = ARTICLES[NETRAL_PATH]
    r[NETRAL_PATH + "/amp"] = Response(article_page(title=title, paragraphs=paras, published=published,
                                                    canonical=base + NETRAL_PATH, dateline=dateline, amp=True).encode())
    r[SYNDICATED_PATH] = Response(syndicated_page().encode())
    r["/"] = Response(homepage().encode())
    r["/kategori/daerah"] = Response(category_page().encode())
    r["/robots.txt"] = Response(b"User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    r["/private/catatan-redaksi-internal"] = Response(article_page(
        title="Catatan", paragraphs=PASAR, published="2024-06-01T00:00:00+07:00", canonical=None).encode())
    # sitemaps: an index with a plain, a gzipped and a news sitemap, plus a nested index
    dated = {p: v[2] for p, v in ARTICLES.items()}
    paths = list(ARTICLES)
    r["/sitemap_index.xml"] = Response(sitemap_index([
        (base + "/sitemap-posts.xml", "2024-06-21"), (base + "/sitemap-lama.xml.gz", "2024-05-31"),
        (base + "/news-sitemap.xml", "2024-06-21"), (base + "/sitemap-nested.xml", "2024-06-21")]),
        content_type="application/xml")
    r["/sitemap-posts.xml"] = Response(sitemap([(base + p + "?utm_source=sitemap", dated[p]) for p in paths[:2]]),
                                       content_type="application/xml")
    r["/sitemap-lama.xml.gz"] = Response(gzip.compress(sitemap([(base + paths[2], dated[paths[2]])])),
                                         content_type="application/x-gzip")
    r["/news-sitemap.xml"] = Response(sitemap([(base + paths[3], dated[paths[3]])], news=True),
                                      content_type="application/xml")
    r["/sitemap-nested.xml"] = Response(sitemap_index([(base + "/sitemap-halaman.xml", "2024-06-21")]),
                                        content_type="application/xml")
    r["/sitemap-halaman.xml"] = Response(sitemap([(base + paths[4], dated[paths[4]]),
                                                   (base + NETRAL_PATH + "/amp", dated[NETRAL_PATH])]),
                                         content_type="application/xml")
    feed_items = [(p, "Fri, 21 Jun 2024 02:15:00 GMT" if "06/21" in p else "Thu, 02 May 2024 02:00:00 GMT")
                  for p in (paths[0], paths[2])]
    r["/feed/"] = Response(rss(base, feed_items), content_type="application/rss+xml")
    r["/atom.xml"] = Response(atom(base, [(paths[1], "2024-06-20T06:40:00Z"), (paths[3], "2024-06-10T08:20:00Z")]),
                              content_type="application/atom+xml")
    # problems
    r["/redirect/satu"] = Response(status=301, headers={"Location": "/redirect/dua"})
    r["/redirect/dua"] = Response(status=302, headers={"Location": paths[1]})
    r["/loop/a"] = Response(status=302, headers={"Location": "/loop/b"})
    r["/loop/b"] = Response(status=302, headers={"Location": "/loop/a"})
    r["/rusak"] = Response(b"server error", status=500, content_type="text/plain")
    r["/sibuk"] = Response(article_page(title="Bupati Kukar Resmikan Jembatan Desa", paragraphs=JEMBATAN,
                                        published="2024-06-15T10:00:00+08:00", canonical=None).encode(),
                           fail_first=1, status_first=503, headers={"Retry-After": "1"})
    r["/penuh"] = Response(b"slow down", status=429, content_type="text/plain", headers={"Retry-After": "0"})
    r["/lambat"] = Response(article_page(title="Lambat", paragraphs=PASAR, published="2024-06-01T00:00:00+07:00",
                                         canonical=None).encode(), sleep=3.0)
    r["/besar"] = Response(fake_length=20_000_000)
    r["/besar-tanpa-panjang"] = Response(stream_bytes=20_000_000)
    r["/dokumen.html"] = Response(PDF_BYTES, content_type="text/html")
    r["/laporan.pdf"] = Response(PDF_BYTES, content_type="application/pdf")
    r["/cp1252.html"] = Response(article_page(
        title="Disdik Sumedang Larang Pungutan Seragam", paragraphs=SEKOLAH, published="2024-07-08T09:00:00+07:00",
        canonical=None, charset="windows-1252", dateline="SUMEDANG – ").encode("cp1252"),
        content_type="text/html")
    r["/latin1.html"] = Response(article_page(
        title="Pungutan Seragam Sekolah Dilarang", paragraphs=SEKOLAH[:1] + CAMAT[1:3], canonical=None,
        published="2024-07-09T09:00:00+07:00", charset="iso-8859-1").encode("cp1252"), content_type="text/html")
    # Broken HTML as real CMSes emit it: unclosed tags, stray closers, unquoted attributes, no </html>.
    r["/html-rusak"] = Response(("<html><head><title>Banjir Rob Rendam Pesisir Sedati</title><body><div class=isi><p>"
                                 + "<p>".join(ROB) + "</span></b><div><span>Baca juga: Rob Lagi<p>").encode(),
                                content_type="text/html")
    r["/kosong"] = Response(b"", content_type="text/html")
    r["/english"] = Response(article_page(title="Regent asks civil servants to stay neutral", paragraphs=ENGLISH * 2,
                                          published="2024-06-21T09:00:00+07:00", canonical=None, lang="en").encode())
    return r


def word_count_hook(prefix: str = "kata"):
    """A stand-in NLP backend for the hook test: loaded once, returns a callable doc -> dict."""
    def run(doc: dict) -> dict:
        return {prefix: len(doc["text"].split())}
    return run
