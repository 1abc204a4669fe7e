"""Raw page bytes: is it HTML at all, and which text encoding does it use?

Kept apart from `arahan.corpus.extract_html` (which loads trafilatura) so that the checks an
import or a fetch makes on every file stay cheap to load and to run.
"""

from __future__ import annotations

import codecs
import re

_MAGIC = [
    (b"%PDF", "a PDF document"), (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"), (b"PK\x03\x04", "a ZIP archive (or office document)"),
    (b"\x1f\x8b", "gzip-compressed data"), (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"RIFF", "a RIFF media file"), (b"\x7fELF", "an executable"), (b"ID3", "an MP3 file"),
    (b"OggS", "an Ogg media file"), (b"\x00\x00\x00", "binary media data"), (b"SQLite format 3", "an SQLite database"),
]
_CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or b > 13)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
# WHATWG: pages that say latin-1 or ascii are decoded as windows-1252 by every browser.
_CHARSET_ALIASES = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252", "l1": "cp1252",
                    "us-ascii": "cp1252", "ascii": "cp1252", "windows-1252": "cp1252", "x-user-defined": "cp1252"}

class NotHTML(ValueError):
    """The bytes are not an HTML page; the message says what they are."""


def sniff_binary(data: bytes) -> str | None:
    """A reason string when `data` is clearly not text/HTML, else None."""
    head = data[:1024].lstrip()
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return f"{what}, not HTML"
    sample = data[:4096]
    if sample and (sample.count(b"\x00") > 0 and not _looks_utf16(sample)):
        return "binary data (NUL bytes), not HTML"
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if sample and controls / len(sample) > 0.05:
        return "binary data, not HTML"
    return None


def _looks_utf16(sample: bytes) -> bool:
    return sample[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode page bytes; returns (text, encoding used)."""
    for bom, enc in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(enc, "replace").lstrip("\ufeff"), enc
    candidates = []
    if declared:
        candidates.append(declared)
    match = _META_CHARSET.search(data[:4096])
    if match:
        candidates.append(match.group(1).decode("ascii", "ignore"))
    candidates += ["utf-8", "cp1252"]
    for name in candidates:
        enc = _CHARSET_ALIASES.get(name.lower(), name.lower())
        try:
            codecs.lookup(enc)
            return data.decode(enc), enc
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("cp1252", "replace"), "cp1252"
