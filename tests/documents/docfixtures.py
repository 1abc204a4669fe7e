"""Regional-government documents written for the tests, made into real PDF, scans and .docx.

Three documents in the style of a Pemda's publications (our own texts): a Surat Edaran of a
Bupati (one column, two pages, the letterhead and a page number on each page, words
hyphenated at line ends), an Instruksi of a Wali Kota (title block across the page, body in
two columns), and a laporan kegiatan of a Dinas (a ruled table, recommendations signed by the
head of the office with his NIP). `write_all(folder)` writes each as a text PDF, a scan of it
(rendered, rotated by a fraction of a degree, speckled with noise, wrapped as an image-only
PDF), one as a .docx, and `gold.jsonl` (../shared/eval/SCHEMA.md, texts left to the importer,
URLs relative to the folder).

    python tests/documents/docfixtures.py corpus/demo_documents
"""

from __future__ import annotations

import io
import json
import random
import sys
from pathlib import Path

KOP = ["PEMERINTAH KABUPATEN MALANG", "SEKRETARIAT DAERAH",
       "Jalan Panji Nomor 158 Kepanjen, Telepon (0341) 392024"]

SE = {
    "name": "se_bupati_malang",
    "kop": KOP,
    "pages": [
        [("right", "Kepanjen, 12 Agustus 2024"),
         ("field", "Nomor : 800/1234/BKPSDM/2024"), ("field", "Sifat : Penting"), ("field", "Lampiran : -"),
         ("field", "Perihal : Netralitas Aparatur Sipil Negara dalam Pemilihan Kepala Daerah Tahun 2024"),
         ("gap", ""),
         ("line", "Yth."), ("line", "1. Kepala Perangkat Daerah;"), ("line", "2. Camat se-Kabupaten Malang;"),
         ("line", "3. Kepala Desa se-Kabupaten Malang;"), ("line", "di -"), ("line", "Tempat"),
         ("gap", ""),
         ("center", "SURAT EDARAN"), ("center", "NOMOR 800/1234/BKPSDM/2024"), ("center", "TENTANG"),
         ("center", "NETRALITAS APARATUR SIPIL NEGARA DALAM PEMILIHAN KEPALA DAERAH"),
         ("gap", ""),
         ("line", "Dasar:"),
         ("para", "a. Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;"),
         ("para", "b. Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil;"),
         ("gap", ""),
         ("para", "Sehubungan dengan pelaksanaan Pemilihan Kepala Daerah Tahun 2024 dan untuk menjaga "
                  "profesionalitas penyelenggaraan pemerintahan, dengan ini disampaikan hal-hal sebagai berikut:"),
         ("para", "1. Seluruh ASN di lingkungan Pemerintah Kabupaten Malang dilarang memberikan dukungan "
                  "kepada pasangan calon dalam bentuk apa pun, termasuk melalui media sosial."),
         ("para", "2. Kepala Perangkat Daerah agar melakukan pengawasan terhadap netralitas ASN di lingkungan "
                  "kerjanya dan melaporkan setiap pelanggaran kepada Bupati melalui Badan Kepegawaian dan "
                  "Pengembangan Sumber Daya Manusia."),
         ],
        [("para", "3. ASN yang terbukti melanggar ketentuan netralitas akan dikenakan sanksi disiplin sesuai "
                  "ketentuan peraturan perundang-undangan yang berlaku."),
         ("para", "4. Camat dan Kepala Desa agar menyosialisasikan surat edaran ini kepada perangkat desa dan "
                  "masyarakat di wilayah kerjanya."),
         ("para", "Demikian surat edaran ini untuk dilaksanakan dengan penuh tanggung jawab dan "
                  "kesungguhan."),
         ("gap", ""),
         ("sign", "Ditetapkan di Kepanjen"), ("sign", "pada tanggal 12 Agustus 2024"), ("sign", "BUPATI MALANG,"),
         ("gap", ""), ("sign", "ttd"), ("gap", ""), ("sign", "SANUSI"),
         ("gap", ""),
         ("line", "Tembusan:"), ("line", "1. Gubernur Jawa Timur;"), ("line", "2. Ketua Bawaslu Kabupaten Malang."),
         ],
    ],
    "gold": {
        "letter": {"instrument_type": "Surat Edaran", "number": "800/1234/BKPSDM/2024", "date": "2024-08-12",
                   "place": "Kepanjen", "issuer": "Sanusi", "issuer_title": "Bupati",
                   "issuer_region": "Kabupaten Malang"},
        "directives": [
            ("policy", ["kepala perangkat daerah", "camat", "kepala desa"], "SURAT EDARAN", "SE netralitas ASN"),
            ("prohibition", ["ASN"], "dilarang", "ASN dilarang mendukung pasangan calon"),
            ("oversight", ["kepala perangkat daerah"], "melakukan pengawasan", "Kepala PD mengawasi netralitas ASN"),
            ("sanction_warning", ["ASN"], "dikenakan sanksi", "ASN pelanggar dikenai sanksi disiplin"),
            ("instruction", ["camat", "kepala desa"], "agar", "Camat dan kades menyosialisasikan SE"),
        ],
        "legal_basis": ["UU 20/2023", "PP 94/2021"],
        "officials": [{"name": None, "title": "Gubernur", "region": "Provinsi Jawa Timur", "org": None},
                      {"name": None, "title": "Ketua Bawaslu", "region": "Kabupaten Malang", "org": None}],
        "regions": ["Provinsi Jawa Timur"],
        "organizations": ["Pemerintah Kabupaten Malang", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
                          "Bawaslu Kabupaten Malang"],
    },
}

ADDRESSEES_KENDARI = ["Kepala Dinas Kesehatan", "camat", "lurah", "kepala sekolah"]

INSTRUKSI = {
    "name": "instruksi_walikota_kendari",
    "kop": ["WALI KOTA KENDARI"],
    "title": ["INSTRUKSI WALI KOTA KENDARI", "NOMOR 5 TAHUN 2024", "TENTANG",
              "PENCEGAHAN DAN PENGENDALIAN DEMAM BERDARAH DENGUE"],
    "columns": [
        "WALI KOTA KENDARI,",
        "Dalam rangka mencegah meluasnya kasus demam berdarah dengue pada musim hujan, dengan ini "
        "menginstruksikan:",
        "Kepada :",
        "1. Kepala Dinas Kesehatan;",
        "2. Camat se-Kota Kendari;",
        "3. Lurah se-Kota Kendari;",
        "4. Kepala Sekolah se-Kota Kendari.",
        "Untuk :",
        "KESATU : Melaksanakan gerakan pemberantasan sarang nyamuk setiap hari Jumat di lingkungan "
        "masing-masing bersama masyarakat.",
        "KEDUA : Melakukan pemantauan jentik secara berkala dan melaporkan hasilnya kepada Wali Kota "
        "setiap bulan.",
        "KETIGA : Melarang penumpukan barang bekas yang dapat menampung air di lingkungan sekolah dan "
        "perkantoran.",
        "KEEMPAT : Instruksi ini mulai berlaku pada tanggal ditetapkan.",
        "Ditetapkan di Kendari",
        "pada tanggal 4 Maret 2024",
        "WALI KOTA KENDARI,",
        "ttd",
        "SULKARNAIN KADIR",
    ],
    "gold": {
        "letter": {"instrument_type": "Instruksi", "number": "5 Tahun 2024", "date": "2024-03-04",
                   "place": "Kendari", "issuer": "Sulkarnain Kadir", "issuer_title": "Wali Kota",
                   "issuer_region": "Kota Kendari"},
        "directives": [
            ("policy", ADDRESSEES_KENDARI, "INSTRUKSI", "Instruksi pencegahan DBD"),
            ("instruction", ADDRESSEES_KENDARI, "Melaksanakan", "Gerakan PSN setiap Jumat"),
            ("oversight", ADDRESSEES_KENDARI, "Melakukan pemantauan", "Pemantauan jentik"),
            ("prohibition", ADDRESSEES_KENDARI, "Melarang", "Larangan menumpuk barang bekas"),
        ],
        "legal_basis": [],
        "officials": [{"name": None, "title": "Kepala Dinas Kesehatan", "region": "Kota Kendari", "org": None}],
        "organizations": ["Dinas Kesehatan"],
    },
}

LAPORAN = {
    "name": "laporan_kegiatan_dinkes",
    "kop": ["PEMERINTAH KOTA KENDARI", "DINAS KESEHATAN", "Jalan Balaikota Nomor 1 Kendari"],
    "before": [
        ("center", "LAPORAN KEGIATAN"),
        ("center", "PEMANTAUAN JENTIK NYAMUK BULAN MARET 2024"),
        ("gap", ""),
        ("field", "Nomor : 440/217/DINKES/2024"),
        ("para", "Pada tanggal 25 Maret 2024 Dinas Kesehatan bersama puskesmas melaksanakan pemantauan jentik "
                 "di empat kecamatan. Hasil pemantauan disajikan pada tabel berikut."),
    ],
    "table": [["Kecamatan", "Rumah diperiksa", "Rumah positif jentik", "Angka bebas jentik"],
              ["Kadia", "420", "37", "91,2%"], ["Mandonga", "385", "52", "86,5%"],
              ["Poasia", "310", "18", "94,2%"], ["Baruga", "298", "41", "86,2%"]],
    "after": [
        ("para", "Berdasarkan hasil tersebut, disampaikan tindak lanjut sebagai berikut:"),
        ("para", "1. Kepala puskesmas wajib melaksanakan pemantauan jentik ulang di Kecamatan Mandonga dan "
                 "Baruga paling lambat tanggal 5 April 2024."),
        ("para", "2. Masyarakat diimbau melakukan gerakan menguras, menutup dan mendaur ulang barang bekas "
                 "setiap pekan."),
        ("gap", ""),
        ("sign", "Kendari, 27 Maret 2024"), ("sign", "KEPALA DINAS KESEHATAN"), ("sign", "KOTA KENDARI,"),
        ("gap", ""), ("sign", "ttd"), ("gap", ""), ("sign", "dr. RAHMINAH, M.Kes"),
        ("sign", "NIP. 19700101 199803 2 005"),
    ],
    "gold": {
        "letter": {"instrument_type": "Laporan", "number": "440/217/DINKES/2024", "date": "2024-03-27",
                   "place": "Kendari", "issuer": "Rahminah", "issuer_title": "Kepala Dinas Kesehatan",
                   "issuer_region": "Kota Kendari"},
        "directives": [
            ("oversight", ["kepala puskesmas"], "wajib", "Pemantauan jentik ulang (an order to monitor is oversight)"),
            ("appeal", ["masyarakat"], "diimbau", "Masyarakat diimbau 3M"),
        ],
        "legal_basis": [],
        "organizations": ["Dinas Kesehatan"],
    },
}

DOCUMENTS = [SE, INSTRUKSI, LAPORAN]
TYPES = ("appeal", "instruction", "prohibition", "sanction_warning", "policy", "oversight")
FONT, BOLD, SIZE = "Helvetica", "Helvetica-Bold", 10.5


# ------------------------------------------------------------------ PDF drawing
def _wrap(text: str, width: float, size: float = SIZE) -> list[str]:
    """Lines of at most `width` points; a long word that does not fit is hyphenated (as word
    processors set official letters), so the tests meet real hyphenated line breaks."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines, line = [], ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if stringWidth(trial, FONT, size) <= width:
            line = trial
            continue
        if len(word) >= 9 and "-" not in word and line:
            for cut in range(len(word) - 4, 3, -1):
                head = f"{line} {word[:cut]}-"
                if stringWidth(head, FONT, size) <= width:
                    lines.append(head)
                    word = word[cut:]
                    break
            else:
                lines.append(line)
        elif line:
            lines.append(line)
        line = word
    if line:
        lines.append(line)
    return lines


class _Writer:
    def __init__(self, canvas, kop: list[str], left: float = 72, right: float = 523):
        self.c, self.kop, self.left, self.right = canvas, kop, left, right
        self.page = 0
        self.y = 0.0

    def start_page(self) -> None:
        from reportlab.lib.pagesizes import A4

        if self.page:
            self.c.showPage()
        self.page += 1
        width, height = A4
        y = height - 60
        for i, line in enumerate(self.kop):
            self.c.setFont(BOLD if i < 2 else FONT, 13 if i < 2 else 9)
            self.c.drawCentredString(width / 2, y, line)
            y -= 16 if i < 2 else 12
        self.c.line(self.left, y + 4, self.right, y + 4)
        self.y = y - 22
        self.c.setFont(FONT, 9)
        self.c.drawCentredString(width / 2, 40, f"- {self.page} -")

    def item(self, kind: str, text: str) -> None:
        c, width = self.c, self.right - self.left
        if kind == "gap":
            self.y -= 8
            return
        if kind == "center":
            c.setFont(BOLD, SIZE)
            c.drawCentredString((self.left + self.right) / 2, self.y, text)
        elif kind == "right":
            c.setFont(FONT, SIZE)
            c.drawRightString(self.right, self.y, text)
        elif kind == "sign":
            c.setFont(FONT, SIZE)
            c.drawString(self.left + width * 0.55, self.y, text)
        elif kind == "field":
            label, _, value = text.partition(" : ")
            c.setFont(FONT, SIZE)
            c.drawString(self.left, self.y, label)
            c.drawString(self.left + 60, self.y, ":")
            for line in _wrap(value, width - 70):
                c.drawString(self.left + 70, self.y, line)
                self.y -= 14
            return
        elif kind == "para":
            c.setFont(FONT, SIZE)
            for line in _wrap(text, width):
                c.drawString(self.left, self.y, line)
                self.y -= 14
            self.y -= 4
            return
        else:
            c.setFont(FONT, SIZE)
            c.drawString(self.left, self.y, text)
        self.y -= 14


def _canvas(buffer, title: str):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    c.setTitle(title)
    return c


def se_pdf(doc: dict = SE) -> bytes:
    buffer = io.BytesIO()
    c = _canvas(buffer, "")
    w = _Writer(c, doc["kop"])
    for page in doc["pages"]:
        w.start_page()
        for kind, text in page:
            w.item(kind, text)
    c.save()
    return buffer.getvalue()


def instruksi_pdf(doc: dict = INSTRUKSI) -> bytes:
    """Title block across the page, then the body in two columns of 215 points with a 21-point gutter."""
    buffer = io.BytesIO()
    c = _canvas(buffer, "")
    w = _Writer(c, doc["kop"])
    w.start_page()
    for line in doc["title"]:
        w.item("center", line)
    w.y -= 10
    top = w.y
    col_width, x_cols = 215, (72, 308)
    col, y = 0, top
    c.setFont(FONT, SIZE)
    for para in doc["columns"]:
        lines = _wrap(para, col_width)
        if y - 14 * len(lines) < 70:
            col, y = col + 1, top
        for line in lines:
            c.drawString(x_cols[col], y, line)
            y -= 14
        y -= 5
    c.save()
    return buffer.getvalue()


def laporan_pdf(doc: dict = LAPORAN) -> bytes:
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    buffer = io.BytesIO()
    c = _canvas(buffer, "Laporan Kegiatan Pemantauan Jentik")
    w = _Writer(c, doc["kop"])
    w.start_page()
    for kind, text in doc["before"]:
        w.item(kind, text)
    table = Table(doc["table"], colWidths=[110, 110, 120, 110])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("FONT", (0, 0), (-1, -1), FONT, 9.5)]))
    _, height = table.wrapOn(c, 450, 400)
    table.drawOn(c, 72, w.y - height + 8)
    w.y -= height + 14
    for kind, text in doc["after"]:
        w.item(kind, text)
    c.save()
    return buffer.getvalue()


def docx_bytes(doc: dict = SE) -> bytes:
    """The Surat Edaran as a Word document (paragraphs, the addressees in a table)."""
    import docx

    d = docx.Document()
    d.core_properties.title = "Surat Edaran Netralitas ASN"
    for line in doc["kop"]:
        d.add_paragraph(line)
    for number, page in enumerate(doc["pages"]):
        if number:
            d.add_page_break()
        for kind, text in page:
            if kind != "gap":
                d.add_paragraph(text)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


# ------------------------------------------------------------------ scans
def scan(pdf: bytes, *, dpi: int = 200, angle: float = 0.6, noise: float = 0.003, seed: int = 7) -> bytes:
    """An image-only PDF of `pdf`: each page rendered, rotated by `angle` degrees, speckled."""
    import pypdfium2
    from PIL import Image

    rng = random.Random(seed)
    images = []
    src = pypdfium2.PdfDocument(pdf)
    for i in range(len(src)):
        image = src[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        image = image.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
        pixels = image.load()
        w, h = image.size
        for _ in range(int(w * h * noise)):
            x, y = rng.randrange(w), rng.randrange(h)
            pixels[x, y] = rng.choice((0, 90, 180))
        images.append(image)
    src.close()
    out = io.BytesIO()
    images[0].save(out, format="PDF", save_all=True, append_images=images[1:], resolution=dpi)
    return out.getvalue()


# ------------------------------------------------------------------ bad input
def encrypted(pdf: bytes, password: str = "rahasia") -> bytes:
    """The PDF behind a user password (it cannot be opened without it)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(pdf)))
    writer.encrypt(password)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def long_pdf(pages: int = 500) -> bytes:
    """A long report: `pages` pages of one-column text with page numbers."""
    from reportlab.lib.pagesizes import A4

    buffer = io.BytesIO()
    c = _canvas(buffer, "Laporan Tahunan")
    body = _wrap(" ".join(t for _, t in SE["pages"][0] if _ == "para") * 2, 451)
    for number in range(1, pages + 1):
        c.setFont(FONT, SIZE)
        y = A4[1] - 72
        for line in body[:45]:
            c.drawString(72, y, line)
            y -= 15
        c.drawCentredString(A4[0] / 2, 40, f"- {number} -")
        c.showPage()
    c.save()
    return buffer.getvalue()


def caesar(text: str, shift: int = 3) -> str:
    """What a font with a wrong encoding puts in a text layer: every letter shifted."""
    out = []
    for ch in text:
        if ch.isascii() and ch.isalpha():
            base = ord("a") if ch.islower() else ord("A")
            ch = chr(base + (ord(ch) - base + shift) % 26)
        out.append(ch)
    return "".join(out)


def garbage_layer_pdf(pdf: bytes) -> bytes:
    """The page as an image, under an invisible text layer of shifted letters (as a PDF made with
    a font whose encoding maps its glyphs to the wrong characters reads)."""
    import pypdfium2
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader

    src = pypdfium2.PdfDocument(pdf)
    image = src[0].render(scale=200 / 72, grayscale=True).to_pil()
    text = src[0].get_textpage().get_text_range()
    src.close()
    buffer = io.BytesIO()
    c = _canvas(buffer, "")
    c.drawImage(ImageReader(image), 0, 0, width=A4[0], height=A4[1])
    layer = c.beginText(72, A4[1] - 72)
    layer.setTextRenderMode(3)  # invisible, as an OCR or broken-font layer is
    layer.setFont(FONT, SIZE)
    for line in text.splitlines():
        layer.textLine(caesar(line))
    c.drawText(layer)
    c.save()
    return buffer.getvalue()


def pdfs() -> dict[str, bytes]:
    return {SE["name"]: se_pdf(), INSTRUKSI["name"]: instruksi_pdf(), LAPORAN["name"]: laporan_pdf()}


def source_text(doc: dict) -> str:
    """What the document says, line by line in reading order (for OCR accuracy)."""
    lines = list(doc["kop"])
    if "pages" in doc:
        lines += [t for page in doc["pages"] for k, t in page if k != "gap"]
    if "title" in doc:
        lines += doc["title"] + doc["columns"]
    if "before" in doc:
        lines += [t for k, t in doc["before"] if k != "gap"]
        lines += [" | ".join(r) for r in doc["table"]]
        lines += [t for k, t in doc["after"] if k != "gap"]
    return "\n".join(lines)


# ------------------------------------------------------------------ gold
def gold_line(doc: dict, file: str) -> dict:
    g, letter = doc["gold"], doc["gold"]["letter"]
    directives = []
    for dtype, targets, cue, summary in g["directives"]:
        directives.append({"issuer": letter["issuer"], "issuer_title": letter["issuer_title"],
                           "issuer_region": letter["issuer_region"], "type": dtype, "targets": targets,
                           "summary": summary, "cue": cue, "date": letter["date"], "date_precision": "day",
                           "place": None, "legal_basis": g["legal_basis"] if dtype == "policy" else []})
    official = {"name": letter["issuer"], "title": letter["issuer_title"], "region": letter["issuer_region"],
                "org": None}
    return {"id": "doc-" + file.replace(".", "-"), "url": file, "outlet": None, "title": None,
            "published": None, "text": None,
            "gold": {"officials": [official, *g.get("officials", [])],
                     "regions": [letter["issuer_region"], *g.get("regions", [])],
                     "organizations": g.get("organizations", []),
                     "directives": directives, "letter": letter, "notes": "written for Arahan's document tests"}}


def write_all(folder: Path, scans: bool = True) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written, gold = [], []
    for name, data in pdfs().items():
        doc = next(d for d in DOCUMENTS if d["name"] == name)
        files = [(f"{name}.pdf", data)]
        if scans:
            files.append((f"{name}_scan.pdf", scan(data)))
        for file, blob in files:
            (folder / file).write_bytes(blob)
            written.append(folder / file)
            gold.append(gold_line(doc, file))
    (folder / "se_bupati_malang.docx").write_bytes(docx_bytes())
    gold.append(gold_line(SE, "se_bupati_malang.docx"))
    (folder / "gold.jsonl").write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in gold),
                                       encoding="utf-8")
    return written


if __name__ == "__main__":
    write_all(Path(sys.argv[1] if len(sys.argv) > 1 else "corpus/demo_documents"))
