"""OCR with Tesseract: scanned PDF pages and images to text, Indonesian model first.

Pages are rendered at `DPI` with pypdfium2 (which pdfplumber brings along) and read by the
`tesseract` program through pytesseract, with Tesseract's own page segmentation (it finds
columns on a scan). The language is "ind" when its model is installed (Debian:
tesseract-ocr-ind), else "eng". `ARAHAN_TESSERACT` names another tesseract binary (tests
point it at a missing one). Without Tesseract, reading raises `DocumentError` with what to
install: nothing is stored, and a rerun after installing it reads the document.
"""

from __future__ import annotations

import io
import os
import shutil
from functools import lru_cache

DPI = 300
INSTALL = "apt-get install tesseract-ocr tesseract-ocr-ind"


def _binary() -> str:
    return os.environ.get("ARAHAN_TESSERACT") or "tesseract"


def available() -> bool:
    return shutil.which(_binary()) is not None


@lru_cache(maxsize=4)
def _languages(binary: str) -> tuple[str, ...]:
    import pytesseract

    pytesseract.pytesseract.tesseract_cmd = binary
    return tuple(pytesseract.get_languages(config=""))


def language() -> str:
    langs = _languages(_binary())
    return "ind" if "ind" in langs else "eng"


def version() -> str:
    """The Tesseract version ("5.3.0"), or "not installed"."""
    if not available():
        return "not installed"
    import pytesseract

    pytesseract.pytesseract.tesseract_cmd = _binary()
    return str(pytesseract.get_tesseract_version())


def _check() -> None:
    from arahan.corpus.docread import DocumentError

    if not available():
        raise DocumentError(f"needs OCR (no text layer), but Tesseract is not installed ({INSTALL})")


def clean_image(image):
    """Grey levels, salt-and-pepper specks of a scanner removed (a 3x3 median keeps strokes)."""
    from PIL import ImageFilter

    return image.convert("L").filter(ImageFilter.MedianFilter(3))


def read_image(image) -> str:
    """Text of one PIL image."""
    import pytesseract

    _check()
    # Tesseract's OpenMP threads fight over the cores with the other workers: one thread per
    # process reads a page about 3 times faster in wall time on a busy 2-core machine.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    image = clean_image(image)
    pytesseract.pytesseract.tesseract_cmd = _binary()
    # psm 3: automatic page segmentation, so a two-column scan is read column by column.
    return pytesseract.image_to_string(image, lang=language(), config="--psm 3")


def image_text(data: bytes) -> str:
    from PIL import Image, UnidentifiedImageError

    from arahan.corpus.docread import DocumentError

    _check()
    try:
        image = Image.open(io.BytesIO(data))
        image.load()
    except (UnidentifiedImageError, OSError) as exc:
        raise DocumentError(f"corrupt or truncated image ({exc})") from None
    return read_image(image)


def pdf_pages_text(data: bytes, numbers: list[int]) -> list[str]:
    """Text of the given 0-based pages of a PDF, rendered and OCR'd one at a time."""
    import pypdfium2

    _check()
    pdf = pypdfium2.PdfDocument(data)
    try:
        out = []
        for number in numbers:
            page = pdf[number]
            image = page.render(scale=DPI / 72, grayscale=True).to_pil()
            page.close()
            out.append(read_image(image))
        return out
    finally:
        pdf.close()
