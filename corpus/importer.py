"""`arahan import`: local material into the store (HTML, text, JSON Lines, WARC, directories).

Sources are walked lazily, one item per page (a file, a JSON Lines record, a WARC
response record), so a large archive never sits in memory at once. Each item is
checked against the raw pages already stored (content-addressed): an item imported
before is skipped without re-extraction, which is why importing the same folder twice
is fast and changes nothing. PDF, scans (PNG, JPEG, TIFF) and .docx are read into pages by
`arahan.corpus.docread`. A file that is not a document (binary, wrong type) is reported with its
reason and the rest goes on.

Page URLs: the page's rel=canonical when it has one, else the WARC target URI or the
JSON Lines `url`, else a file:// URL of the file.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from arahan.corpus.docread import CONTENT_TYPES as DOC_TYPES
from arahan.corpus.engine import Hook
from arahan.corpus.rawbytes import decode, sniff_binary

HTML_EXT = {".html", ".htm", ".xhtml", ".shtml"}
TEXT_EXT = {".txt"}
JSONL_EXT = {".jsonl", ".ndjson"}
WARC_EXT = {".warc", ".warc.gz", ".arc", ".arc.gz"}
DOC_EXT = {".pdf", ".docx", ".png", ".jpg", ".jpeg", ".tif", ".tiff"}
BATCH = 8
MAX_BYTES = 5_000_000   # the same page cap as fetching: one page, one JSON Lines record, one WARC record
DOCUMENT_MAX_BYTES = 200_000_000  # a PDF, scan or .docx: reports run to hundreds of pages (read page by page)


def _kind(path: Path) -> str | None:
    name = path.name.lower()
    for ext_set, kind in ((WARC_EXT, "warc"), (HTML_EXT, "html"), (TEXT_EXT, "text"), (JSONL_EXT, "jsonl"),
                            (DOC_EXT, "document")):
        if any(name.endswith(ext) for ext in ext_set):
            return kind
    return None


def walk(paths: Iterable[str | os.PathLike]) -> Iterator[tuple[Path, str | None, bool]]:
    """(file, kind, explicit) for every file under the given paths; hidden entries are skipped."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith((".", "__")))
                for name in sorted(files):
                    if not name.startswith("."):
                        file = Path(root) / name
                        yield file, _kind(file), False
        else:
            yield path, _kind(path), True


def expected_items(paths: Iterable[str | os.PathLike]) -> int | None:
    """How many items an import will report (for the progress bar); None when archives or
    JSON Lines files make it unknown before reading them."""
    total = 0
    for path, kind, _ in walk(paths):
        if kind == "warc":
            return None
        total += _jsonl_records(path) if kind == "jsonl" else 1
    return total


def _jsonl_records(path: Path) -> int:
    """Records of a JSON Lines file as the import will count them (1 for a non-corpus file)."""
    try:
        with path.open("rb") as handle:
            first = handle.readline(MAX_BYTES + 1)
            try:
                record = json.loads(first)
            except (json.JSONDecodeError, UnicodeDecodeError):
                record = {"text": "counted below"}
            if not isinstance(record, dict) or not (record.get("text") or record.get("html")):
                return 1
            # Lines counted in blocks: one enormous line must not be read into memory here.
            lines, last = 1, b"\n"
            for block in iter(lambda: handle.read(1 << 20), b""):
                lines, last = lines + block.count(b"\n"), block[-1:]
            return lines + (last != b"\n")
    except OSError:
        return 1


class ImportItem(dict):
    """One page to process: target (for messages), data (raw bytes), kind and fields."""


def items(paths: Iterable[str | os.PathLike], *, known: Callable[[str], bool],
          report: Callable[[str, str, str], None], max_bytes: int = MAX_BYTES) -> Iterator[ImportItem]:
    """Items to process from the paths. `known(sha)` says a raw page is stored already;
    `report(target, outcome, reason)` hears about files that are skipped or failed here.
    A page, record or file over `max_bytes` is reported and not read into memory."""
    for path, kind, explicit in walk(paths):
        target = str(path)
        if not path.exists():
            report(target, "failed", "no such file or directory")
            continue
        if kind is None:
            if explicit:
                yield from _unknown_file(path, known, report, max_bytes)
            else:
                report(target, "skipped", f"not a document type ({path.suffix or 'no extension'})")
            continue
        try:
            if kind == "warc":
                yield from _warc_items(path, known, report, max_bytes)
            elif kind == "jsonl":
                yield from _jsonl_items(path, known, report, max_bytes)
            elif _too_large(path, DOCUMENT_MAX_BYTES if kind == "document" else max_bytes, report):
                continue
            else:
                data = path.read_bytes()
                item = _file_item(path, data, kind, report)
                if item is not None:
                    if known(item["sha"]):
                        report(target, "skipped", "unchanged since the last import")
                    else:
                        yield item
        except OSError as exc:
            report(target, "failed", f"cannot read: {exc.strerror or exc}")


def _too_large(path: Path, max_bytes: int, report) -> bool:
    size = path.stat().st_size
    if size > max_bytes:
        report(str(path), "failed", f"too large ({size:,} bytes > cap {max_bytes:,}; see --max-bytes)")
        return True
    return False


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _file_item(path: Path, data: bytes, kind: str, report) -> ImportItem | None:
    if kind == "document":
        return _document_item(path, data, report)
    problem = sniff_binary(data)
    if problem:
        report(str(path), "failed", problem)
        return None
    if not data.strip():
        report(str(path), "failed", "empty file")
        return None
    url = path.resolve().as_uri()
    return ImportItem(target=str(path), kind=kind, data=data, url=url, sha=_sha(data), fields={})


def _document_item(path: Path, data: bytes, report) -> ImportItem | None:
    from arahan.corpus.docread import kind_of

    if not data:
        report(str(path), "failed", "empty file")
        return None
    doc_kind = kind_of(data, path.name)
    url = path.resolve().as_uri()
    return ImportItem(target=str(path), kind="document", doc_kind=doc_kind, data=data, url=url, sha=_sha(data),
                      fields={})


def _unknown_file(path: Path, known, report, max_bytes: int) -> Iterator[ImportItem]:
    """A file named on the command line with an unknown extension: HTML if it looks like it, a
    PDF, scan or .docx by its first bytes."""
    from arahan.corpus.docread import kind_of

    if _too_large(path, max_bytes, report):
        return
    data = path.read_bytes()
    if kind_of(data):
        item = _document_item(path, data, report)
        if item and not known(item["sha"]):
            yield item
        return
    problem = sniff_binary(data)
    if problem:
        report(str(path), "failed", problem)
        return
    head = data[:2048].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        item = _file_item(path, data, "html", report)
        if item and not known(item["sha"]):
            yield item
        return
    report(str(path), "failed", f"not HTML, text, JSON Lines or WARC ({path.suffix or 'no extension'})")


def _jsonl_items(path: Path, known, report, max_bytes: int) -> Iterator[ImportItem]:
    """Records with url/title/published/text/html; a file whose first record has neither
    text nor html (annotations, metadata) is not a corpus file and is skipped as a whole."""
    with path.open("rb") as handle:
        number, seen = 0, False
        while True:
            line = handle.readline(max_bytes + 1)
            if not line:
                break
            number += 1
            target = f"{path}:{number}"
            if len(line) > max_bytes and not line.endswith(b"\n"):
                while line and not line.endswith(b"\n"):  # skip the rest of the record unread
                    line = handle.readline(1 << 20)
                report(target, "failed", f"record too large (over the cap of {max_bytes:,} bytes; see --max-bytes)")
                continue
            if not line.strip():
                continue
            seen = True
            try:
                record = json.loads(line)
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                report(target, "failed", f"not valid JSON ({exc.msg if hasattr(exc, 'msg') else exc})")
                continue
            if not isinstance(record, dict) or not (record.get("text") or record.get("html")):
                if number == 1:
                    report(str(path), "skipped", "JSON Lines without text or html fields (not a corpus file)")
                    return
                report(target, "failed", "record has no text or html field")
                continue
            problem = _field_problem(record)
            if problem:
                report(target, "failed", problem)
                continue
            item = record_item(record, line.strip(), target, f"{path.resolve().as_uri()}#{number}")
            if known(item["sha"]):
                report(target, "skipped", "unchanged since the last import")
                continue
            yield item
        if not seen:
            report(str(path), "failed", "empty file (no JSON Lines records)")


def _field_problem(record: dict) -> str | None:
    """Why a record's fields cannot make a document ({"text": 123} is not a text)."""
    for key in ("text", "html", "title", "url", "published", "author", "outlet"):
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            return f"field {key!r} is {type(value).__name__}, not a string"
    return None


def record_item(record: dict, line: bytes, target: str, fallback_url: str) -> ImportItem:
    """The item of one JSON Lines record (its line is the raw page kept in the store)."""
    fields = {k: record.get(k) for k in ("title", "published", "author", "outlet") if record.get(k)}
    kind = "html" if record.get("html") else "text"
    return ImportItem(target=target, kind=kind, data=line, body=str(record.get("html") or record.get("text")),
                      url=record.get("url") or fallback_url, sha=_sha(line), fields=fields)


def _warc_items(path: Path, known, report, max_bytes: int) -> Iterator[ImportItem]:
    """Response and resource records of a WARC file, every readable one.

    A damaged record (bad gzip member, broken headers, a block digest that does not
    match) or a record cut short (a WARC truncated mid-record) is reported and skipped;
    reading then resumes at the next record boundary, so one bad record costs only itself.
    """
    from warcio.archiveiterator import ArchiveIterator

    gz = path.name.lower().endswith(".gz")
    with path.open("rb") as handle:
        head = handle.read(4096)
        if not head:
            report(str(path), "failed", "empty file (0 bytes)")
            return
        problem = _archive_head_problem(head)
        if problem:  # warcio would read any text as lenient ARC records
            report(str(path), "failed", f"not a readable WARC file ({problem})")
            return
        start, readable = 0, 0
        while start is not None:
            handle.seek(start)
            iterator = ArchiveIterator(handle, check_digests=True)
            records, current, number, advancing = iter(iterator), start, 0, False
            try:
                while True:
                    advancing = number > 0
                    record = next(records, None)
                    if record is None:
                        break
                    advancing, number = False, number + 1
                    current = iterator.offset  # where this record starts (get_record_offset() would read it)
                    item = _warc_record(path, record, number, current, known, report, max_bytes)
                    readable += 1
                    if item is not None:
                        yield item
                start = None
            except sqlite3.Error:
                raise  # the store's trouble (known() asks it), not the archive's
            except Exception as exc:  # noqa: BLE001 - warcio, zlib and parsing errors all mean "damaged here"
                first = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
                if advancing:
                    # Moving on from a record that was read whole: the damage is in the next one.
                    following = _next_record(handle, current + 1, gz)
                    if following is None:
                        report(f"{path}@end", "failed", f"unreadable data after the last record ({first})")
                        return
                    current = following
                resume = _next_record(handle, current + 1, gz)
                where = f"at byte {current:,}" + (f", resuming at byte {resume:,}" if resume is not None else "")
                if readable == 0 and resume is None:
                    report(str(path), "failed", f"not a readable WARC file ({first})")
                else:
                    report(f"{path}@{current}", "failed", f"damaged WARC record {where} ({first})")
                start = resume


def _warc_record(path: Path, record, number: int, offset: int, known, report, max_bytes: int) -> ImportItem | None:
    if record.rec_type not in ("response", "resource"):
        return None
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    target = f"{path}#{url or number}"
    if record.rec_type == "response" and record.http_headers is not None:
        status = record.http_headers.get_statuscode()
        ctype = record.http_headers.get_header("Content-Type") or ""
        if status != "200":
            report(target, "skipped", f"WARC record with HTTP {status}")
            return None
    else:
        ctype = record.rec_headers.get_header("Content-Type") or ""
    # PDF and .docx records are read; images in an archive are mostly logos, not scans.
    doc_kind = DOC_TYPES.get(ctype.split(";")[0].strip().lower())
    doc_kind = doc_kind if doc_kind in ("pdf", "docx") else None
    if ctype and "html" not in ctype.lower() and not doc_kind:
        report(target, "skipped", f"WARC record that is not HTML ({ctype.split(';')[0]})")
        return None
    if (record.length or 0) > max_bytes:
        report(target, "failed", f"too large ({record.length:,} bytes > cap {max_bytes:,})")
        return None
    data = record.content_stream().read(max_bytes + 1)
    if len(data) > max_bytes:
        report(target, "failed", f"too large (over the cap of {max_bytes:,} bytes)")
        return None
    missing = getattr(record.raw_stream, "limit", 0)
    if missing:
        report(target, "failed", f"truncated WARC record at byte {offset:,} ({missing:,} of {record.length:,} bytes missing)")
        return None
    if record.digest_checker.passed is False:
        report(target, "failed", f"damaged WARC record at byte {offset:,} (its block digest does not match)")
        return None
    sha = _sha(data)
    if doc_kind:  # a PDF or .docx the crawler archived: read like an imported file
        return None if known(sha) else ImportItem(
            target=target, kind="document", doc_kind=doc_kind, data=data, url=url or path.resolve().as_uri(),
            sha=sha, fields={}, fetched=record.rec_headers.get_header("WARC-Date"))
    if known(sha):
        report(target, "skipped", "unchanged since the last import")
        return None
    charset = None
    if "charset=" in ctype.lower():
        charset = ctype.lower().split("charset=", 1)[1].split(";")[0].strip()
    fetched = record.rec_headers.get_header("WARC-Date")
    return ImportItem(target=target, kind="html", data=data, url=url or path.resolve().as_uri(),
                      sha=sha, fields={}, charset=charset, fetched=fetched)


def _archive_head_problem(head: bytes) -> str | None:
    """Why the first bytes are not a WARC or ARC file (gzipped or not), or None."""
    if head[:2] == b"\x1f\x8b":
        try:
            head = zlib.decompressobj(wbits=31).decompress(head, 64)
        except zlib.error as exc:
            return f"bad gzip data: {exc}"
    if head.lstrip(b"\r\n").startswith((b"WARC/", b"filedesc://")):
        return None
    return f"starts with {head[:24]!r}, not a WARC header"


def _next_record(handle, after: int, gz: bool) -> int | None:
    """Where the next record may start at or after `after`: a gzip member header in a
    .warc.gz, a WARC version line at a line start otherwise (a false hit just fails again)."""
    marker = b"\x1f\x8b\x08" if gz else b"\nWARC/1."
    handle.seek(max(0, after - (0 if gz else 1)))
    base, tail = handle.tell(), b""
    while True:
        chunk = handle.read(1 << 20)
        if not chunk:
            return None
        window = tail + chunk
        hit = window.find(marker)
        if hit >= 0:
            return base - len(tail) + hit + (0 if gz else 1)
        tail = window[-(len(marker) - 1):]
        base += len(chunk)


def process_items(batch: list[ImportItem], hook: Hook = None, keep_raw: bool = True) -> list[dict]:
    """Worker task: extract and clean a batch of import items."""
    out = []
    for item in batch:
        try:
            out.append(process_item(item, hook, keep_raw))
        except Exception as exc:  # noqa: BLE001 - one bad document never stops a batch
            out.append({"outcome": "failed", "target": item["target"], "stage": "import",
                        "reason": f"unexpected error: {type(exc).__name__}: {exc}"})
    return out


def process_item(item: ImportItem, hook: Hook = None, keep_raw: bool = True) -> dict:
    # Imported here: a rerun that finds every file unchanged never loads trafilatura.
    from arahan.corpus.pipeline import process_document, process_html, process_text
    meta_source = {"source": item["target"]}
    if item["kind"] == "document":
        result = process_document(item["data"], item["doc_kind"] or "pdf", target=item["target"], url=item["url"],
                                  fields=item["fields"], fetched=item.get("fetched"), hook=hook, keep_raw=keep_raw,
                                  raw_sha256=item.get("sha"))
    elif item["kind"] == "html":
        data = item["body"].encode("utf-8") if "body" in item else item["data"]
        page_url = item["url"]
        result = process_html(data, target=item["target"], url=page_url, charset=item.get("charset"),
                              fetched=item.get("fetched"), overrides=item["fields"], hook=hook,
                              raw_info={"content_type": "text/html"}, keep_raw=keep_raw,
                              raw_sha256=None if "body" in item else item.get("sha"))
        if "raw" in result and "body" in item:  # JSON Lines: the record is the raw page
            result["raw"] = _raw_of(item, keep_raw)
            result["doc"]["raw_sha256"] = item["sha"]
    else:
        text = item["body"] if "body" in item else decode(item["data"])[0]
        fields = dict(item["fields"])
        if "body" not in item:
            first, _, rest = text.strip().partition("\n")
            if rest.strip() and len(first) < 200 and not first.rstrip().endswith("."):
                fields.setdefault("title", first.strip())
                text = rest
        result = process_text(text, target=item["target"], url=item["url"], data=item["data"],
                              fields=fields, fetched=item.get("fetched"), hook=hook, keep_raw=keep_raw)
    if "doc" in result:
        result["doc"]["meta"] = {**result["doc"]["meta"], **meta_source}
    return result


def _raw_of(item: ImportItem, keep: bool) -> dict:
    from arahan.corpus.pipeline import raw_record

    return raw_record(item["data"], keep, url=item["url"], content_type="application/jsonl")
