"""Documents that are not web pages: PDF (text layer or scanned), images and .docx, read into pages.

`read_document(data, kind)` returns a `Pages`: the clean text of each page in reading order
(see `arahan.corpus.layout`), which pages were OCR'd, the page count and the title. A PDF page is
read from its text layer by PDFium (pypdfium2: words and their boxes, in C, fast); a page that
draws lines may hold a ruled table, whose cells pdfplumber finds; a page without a text
layer, or with one that is garbage (a font whose encoding maps glyphs to the wrong letters),
is rendered and read by Tesseract (`arahan.corpus.ocr`). A .docx has pages where its author or Word
put a page break; its tables are kept as rows. Anything that cannot be read raises
`DocumentError` with a one-line reason (encrypted, corrupt or truncated, Tesseract missing),
and nothing partial is returned, so a rerun after fixing the cause reads the document again.

Bounds: at most `MAX_PAGES` pages of a PDF are read (a note says how many were left out) and
at most `MAX_OCR_PAGES` OCR'd; each page is closed as soon as it is read (memory stays flat
on a 500-page PDF), and `on_page(done, total)` reports progress.
"""

from __future__ import annotations

import bisect
import io
import os
import re
import zipfile
from dataclasses import dataclass, field
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Callable

from arahan.corpus import layout, ocr

MAX_PAGES = int(os.environ.get("ARAHAN_MAX_PAGES", "1000"))
MAX_OCR_PAGES = int(os.environ.get("ARAHAN_MAX_OCR_PAGES", "60"))
KINDS = ("pdf", "docx", "image")
CONTENT_TYPES = {
    "application/pdf": "pdf", "application/x-pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "image/png": "image", "image/jpeg": "image", "image/tiff": "image",
}
EXTENSIONS = {".pdf": "pdf", ".docx": "docx", ".png": "image", ".jpg": "image", ".jpeg": "image",
              ".tif": "image", ".tiff": "image"}
MIME = {"pdf": "application/pdf", "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "image": "image/png"}


class DocumentError(ValueError):
    """The document cannot be read; the message is one line saying why."""


@dataclass
class Pages:
    kind: str
    pages: list[str]
    page_count: int
    ocr_pages: list[int] = field(default_factory=list)  # 1-based numbers of the pages read by OCR
    title: str | None = None
    notes: list[str] = field(default_factory=list)


def page_of(page_starts: list[int] | None, offset: int) -> int | None:
    """The 1-based page of a character offset of a document's text (None for a web page)."""
    if not page_starts:
        return None
    return bisect.bisect_right(page_starts, offset) or 1


def kind_of(data: bytes, name: str = "", content_type: str | None = None) -> str | None:
    """'pdf', 'docx' or 'image' when the bytes (or, failing that, the type or name) say so."""
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")):
        return "image"
    if head.startswith(b"PK\x03\x04") and b"word/" in data[:65536]:
        return "docx"
    ctype = (content_type or "").split(";")[0].strip().lower()
    if ctype in CONTENT_TYPES:
        return CONTENT_TYPES[ctype]
    lower = name.lower()
    return next((k for ext, k in EXTENSIONS.items() if lower.endswith(ext)), None)


_LISTENERS: list[Callable[[int, int], None]] = []
LONG = 100  # pages: a PDF this long reports its progress every 50 pages to the listeners


@contextmanager
def page_progress(listener: Callable[[int, int], None]) -> Iterator[None]:
    """While active, `listener(done, total)` hears how far a long PDF read in this process is
    (the local engine's import shows it; Dask workers have no listener)."""
    _LISTENERS.append(listener)
    try:
        yield
    finally:
        _LISTENERS.remove(listener)


def _progress(on_page):
    def report(done: int, total: int) -> None:
        if on_page:
            on_page(done, total)
        if total >= LONG and (done % 50 == 0 or done == total):
            for listener in list(_LISTENERS):
                listener(done, total)
    return report


def read_document(data: bytes, kind: str, *, on_page: Callable[[int, int], None] | None = None) -> Pages:
    if kind == "pdf":
        return _read_pdf(data, _progress(on_page))
    if kind == "docx":
        return _read_docx(data)
    if kind == "image":
        text = ocr.image_text(data)
        return Pages("image", layout.join_pages([text.split("\n")]), 1, ocr_pages=[1])
    raise DocumentError(f"not a document kind Arahan reads ({kind})")


# ------------------------------------------------------------------ PDF
def _read_pdf(data: bytes, on_page) -> Pages:
    import pypdfium2

    try:
        pdf = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise DocumentError("encrypted PDF (password protected); save an unprotected copy to import it") from None
        raise DocumentError(f"corrupt or truncated PDF ({_first_line(exc)})") from None
    try:
        total = len(pdf)
        if total == 0:
            raise DocumentError("PDF without pages")
        title = _pdf_title(pdf.get_metadata_dict())
        pages: list[list[str]] = []
        need_ocr: list[int] = []
        ruled: list[int] = []
        for number in range(min(total, MAX_PAGES)):
            try:
                lines, has_paths = _text_layer_lines(pdf, number)
            except pypdfium2.PdfiumError as exc:
                raise DocumentError(f"corrupt or truncated PDF: page {number + 1} cannot be read "
                                    f"({_first_line(exc)})") from None
            if not _usable(lines):
                need_ocr.append(number)
            elif has_paths:
                ruled.append(number)
            pages.append(lines)
            on_page(number + 1, min(total, MAX_PAGES))
    finally:
        pdf.close()
    if ruled:  # pages with drawn lines may hold tables: pdfplumber finds their cells
        for number, lines in _with_tables(data, ruled).items():
            pages[number] = lines
    notes = [f"PDF of {total} pages: only the first {MAX_PAGES} were read"] if total > MAX_PAGES else []
    if need_ocr:
        had_text = [n for n in need_ocr if any(pages[n])]
        if len(need_ocr) > MAX_OCR_PAGES:
            raise DocumentError(f"scanned PDF of {len(need_ocr)} pages without a text layer; OCR reads at most "
                                f"{MAX_OCR_PAGES} (set ARAHAN_MAX_OCR_PAGES)")
        for number, text in zip(need_ocr, ocr.pdf_pages_text(data, need_ocr)):
            pages[number] = text.split("\n")
        if had_text:
            notes.append(f"text layer of {len(had_text)} page(s) is unreadable (font encoding); read by OCR")
    texts = layout.join_pages(pages)
    kind = "pdf-scan" if need_ocr and len(need_ocr) == len(pages) else "pdf"
    return Pages(kind, texts, total, ocr_pages=[n + 1 for n in need_ocr], title=title, notes=notes)


_SPACE = {" ", "\t", "\r", "\n", "\x00"}
_HYPHEN = {"\ufffe", "\x02", "\xad"}  # pdfium's marks for a hyphen at a line end


def _text_layer_lines(pdf, number: int) -> tuple[list[str], bool]:
    """Lines of one page from its text layer (pdfium: fast, in C), and whether it draws paths."""
    import pypdfium2.raw as pdfium_c

    page = pdf[number]
    try:
        height, width = page.get_height(), page.get_width()
        textpage = page.get_textpage()
        try:
            words = _words(textpage, height)
        finally:
            textpage.close()
        has_paths = any(True for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=1))
    finally:
        page.close()
    return [ln["text"] for ln in layout.page_lines(words, [], width)], has_paths


def _words(textpage, height: float) -> list[dict]:
    """Words with their boxes (top measured from the top of the page, as pdfplumber does)."""
    n = textpage.count_chars()
    text = textpage.get_text_range(0, n) if n else ""
    words: list[dict] = []
    cur: dict | None = None
    for k in range(min(n, len(text))):
        ch = text[k]
        if ch in _SPACE:
            cur = None
            continue
        left, bottom, right, top = textpage.get_charbox(k, loose=True)  # loose: the font's height, also for "," and "."
        top, bottom = height - top, height - bottom
        if cur is not None and (left - cur["x1"] > (bottom - top) * 0.6 or abs(top - cur["top"]) > (bottom - top) / 2):
            cur = None  # a gap (tab stop, next column) or another line: a new word
        if cur is None:
            cur = {"text": "", "x0": left, "x1": right, "top": top, "bottom": bottom}
            words.append(cur)
        cur["text"] += "-" if ch in _HYPHEN else ch
        cur["x1"], cur["bottom"] = max(cur["x1"], right), max(cur["bottom"], bottom)
    return words


def _with_tables(data: bytes, numbers: list[int]) -> dict[int, list[str]]:
    """Lines of the given pages with ruled tables as rows (pdfplumber's table finder)."""
    import pdfplumber

    out = {}
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for number in numbers:
            page = pdf.pages[number]
            tables = []
            for table in page.find_tables():
                rows = table.extract()
                if len(rows) >= 2 and max(len(r) for r in rows) >= 2:
                    tables.append({"bbox": table.bbox, "rows": rows})
            if tables:
                words = page.extract_words(keep_blank_chars=False, x_tolerance=2, y_tolerance=2)
                out[number] = [ln["text"] for ln in layout.page_lines(words, tables, float(page.width))]
            page.close()
    return out


def _usable(lines: list[str]) -> bool:
    """Is this text layer real text? No: empty, (cid:NN) glyph codes, or letters that do not make
    words (a font whose encoding maps glyphs to the wrong characters)."""
    text = " ".join(lines)
    letters = sum(ch.isalpha() for ch in text)
    if letters < 20:
        return False
    if text.count("(cid:") * 6 > len(text) * 0.05:
        return False
    # Indonesian (and English) text is about 40% vowels; letters a wrong font encoding maps to
    # (a shifted alphabet, symbol codes) are far off, and many of their "words" have no vowel.
    vowels = sum(ch in "aeiou" for ch in text.lower())
    if not 0.25 <= vowels / letters <= 0.6:
        return False
    words = [w for w in re.findall(r"[^\W\d_]+", text.lower()) if len(w) >= 3]
    return len(words) < 20 or sum(not re.search("[aeiouy]", w) for w in words) / len(words) <= 0.3


def _pdf_title(metadata: dict | None) -> str | None:
    title = (metadata or {}).get("Title")
    if isinstance(title, bytes):
        title = title.decode("utf-8", "ignore")
    title = (title or "").strip()
    return title if title and not title.lower().startswith(("untitled", "microsoft word")) else None


def _first_line(exc: BaseException) -> str:
    return (str(exc).splitlines() or [""])[0][:160]


# ------------------------------------------------------------------ DOCX
def _read_docx(data: bytes) -> Pages:
    import docx
    from docx.oxml.ns import qn

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise DocumentError(f"corrupt or truncated .docx ({type(exc).__name__}: {_first_line(exc)})") from None
    except Exception as exc:  # noqa: BLE001 - lxml and python-docx raise many kinds
        raise DocumentError(f"not a readable .docx ({type(exc).__name__}: {_first_line(exc)})") from None
    pages: list[list[str]] = [[]]
    # Paragraphs and tables in document order (document.paragraphs alone would lose the tables).
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:p"):
            # A page break typed by the author, or where Word last laid out a new page, starts a page.
            if any(br.get(qn("w:type")) == "page" for br in child.iter(qn("w:br"))) or \
                    next(child.iter(qn("w:lastRenderedPageBreak")), None) is not None:
                if any(pages[-1]):
                    pages.append([])
            pages[-1].append("".join(t.text or "" for t in child.iter(qn("w:t"))))
            pages[-1].append("")  # a Word paragraph ends its paragraph
        elif child.tag == qn("w:tbl"):
            for row in child.iter(qn("w:tr")):
                cells = ["".join(t.text or "" for t in cell.iter(qn("w:t"))).strip() for cell in row.iter(qn("w:tc"))]
                pages[-1].append(layout.TABLE_CELL_SEP.join(cells))
            pages[-1].append("")
    title = (document.core_properties.title or "").strip() or None
    text = layout.join_pages(pages)
    if not any(page.strip() for page in text):
        raise DocumentError(".docx without text")
    return Pages("docx", text, len(text), title=title)
