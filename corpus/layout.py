"""Page layout to text in reading order: columns, running headers and footers, hyphenation, tables.

Two levels, so a PDF's text layer and an OCR'd scan end up the same way:

- `page_lines(words, tables, width)`: positioned words of one page (a PDF text layer) ->
  lines in reading order. A vertical gutter that no line crosses in the middle of the page
  makes it a two-column page: the left column is read before the right one, while lines
  that span both (the letterhead, a title) stay where they are. Words inside a table are
  replaced by the table's rows, one line per row, cells joined by " | ".
- `join_pages(pages)`: lines of every page -> one clean text per page. Lines repeated at the
  top or bottom of several pages (a letterhead on each page, a running footer) are kept on
  the first page only; page numbers ("- 2 -", "Halaman 2 dari 3") go; a word hyphenated at
  a line break is joined ("pelak-/sanaan" -> "pelaksanaan", but "anak-/anak" stays
  "anak-anak"); wrapped lines of one paragraph become one line, while numbered points,
  headings ("Nomor :", "Yth.") and table rows keep their own line.
"""

from __future__ import annotations

import re
from collections import Counter

# "- 2 -", "2", "Halaman 2 dari 5", "Hal. 2", "2/5", "Page 2 of 5"
PAGE_NUMBER = re.compile(r"^[-–—\s]*(?:(?:halaman|hal\.?|page)\s*)?\d{1,4}(?:\s*(?:dari|of|/)\s*\d{1,4})?[-–—\s]*$",
                         re.IGNORECASE)
# A line that starts a point or a field of its own, never glued to the line before.
STARTS_ITEM = re.compile(
    r"^(?:\d{1,2}[.)]\s|[a-z][.)]\s|\(\d{1,2}\)\s|\([a-z]\)\s|[-•·▪*]\s|[IVX]{1,4}\.\s|"
    r"(?:Nomor|No\.|Lampiran|Sifat|Perihal|Hal|Tentang|Kepada|Yth|Dasar|Menimbang|Mengingat|Memperhatikan|"
    r"Ditetapkan|Dikeluarkan|Pada\s+tanggal|Tembusan|NIP|MEMUTUSKAN|MENGINSTRUKSIKAN|KESATU|KEDUA|KETIGA|"
    r"KEEMPAT|KELIMA|KEENAM)\b)")
ENDS_SENTENCE = re.compile(r"[.:;!?]\s*$")
HYPHEN_END = re.compile(r"(\w+)-$")
HEADER_ZONE = 4  # lines at the top and at the bottom of a page where running headers and footers live
TABLE_CELL_SEP = " | "


# ------------------------------------------------------------------ positioned words -> lines
def page_lines(words: list[dict], tables: list[dict] | None = None, width: float | None = None) -> list[dict]:
    """Lines of one page in reading order: [{"text", "top", "bottom", "x0", "x1", "table"}].

    `words`: dicts with text, x0, x1, top, bottom (pdfplumber's extract_words); `tables`:
    dicts with bbox (x0, top, x1, bottom) and rows (lists of cell strings)."""
    tables = tables or []
    loose = [w for w in words if not any(_inside(w, t["bbox"]) for t in tables)]
    lines = _group_lines(loose)
    gutter = _gutter(lines, width) if width else None
    if gutter is not None:
        lines = _split_columns(lines, gutter)
    for t in tables:
        x0, top, x1, bottom = t["bbox"]
        rows = [TABLE_CELL_SEP.join(_squeeze(c or "") for c in row) for row in t["rows"]]
        step = (bottom - top) / max(1, len(rows))
        for i, row in enumerate(rows):
            if row.strip(" |"):
                lines.append({"text": row, "top": top + i * step, "bottom": top + (i + 1) * step, "x0": x0, "x1": x1,
                              "table": True, "order": (*_place_of(lines, top, x0, x1), top + i * step)})
    return sorted(lines, key=lambda ln: ln["order"])


def _inside(word: dict, bbox) -> bool:
    x0, top, x1, bottom = bbox
    cx, cy = (word["x0"] + word["x1"]) / 2, (word["top"] + word["bottom"]) / 2
    return x0 <= cx <= x1 and top <= cy <= bottom


def _group_lines(words: list[dict]) -> list[dict]:
    """Words on the same baseline (within a third of the font height) form a line, left to right."""
    rows: list[list[dict]] = []
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        height = max(1.0, w["bottom"] - w["top"])
        if rows and abs(rows[-1][0]["top"] - w["top"]) <= height / 3:
            rows[-1].append(w)
        else:
            rows.append([w])
    lines = []
    for row in rows:
        row.sort(key=lambda w: w["x0"])
        lines.append({"words": row, "top": min(w["top"] for w in row), "bottom": max(w["bottom"] for w in row),
                      "x0": row[0]["x0"], "x1": max(w["x1"] for w in row)})
    for ln in lines:
        ln["text"] = _join_words(ln["words"])
        ln["order"] = (0, 0, ln["top"])  # (block, column, top): see _split_columns
    return lines


def _join_words(words: list[dict]) -> str:
    # A wide gap inside a line (tab stops: "Nomor      : 800/...") is one space too.
    return " ".join(w["text"] for w in words)


def _gutter(lines: list[dict], width: float) -> float | None:
    """The x of an empty vertical band in the middle third that at least 8 lines on each side
    border and that almost no line crosses; None for a one-column page."""
    if len(lines) < 12:
        return None
    best = None
    for step in range(30, 71):
        x = width * step / 100
        crossing = sum(1 for ln in lines if any(w["x0"] < x < w["x1"] for w in ln["words"])
                       or (ln["x0"] < x < ln["x1"] and _gap_at(ln, x) < 6))
        # Lines of the two columns often share a baseline: count the lines with words on each side.
        left = sum(1 for ln in lines if ln["words"][0]["x1"] <= x)
        right = sum(1 for ln in lines if ln["words"][-1]["x0"] >= x)
        if crossing <= len(lines) * 0.25 and left >= 8 and right >= 8:
            # Among equally good positions the one nearest the middle of the page: a gap inside
            # one column (a tab stop) must not win over the gutter between the columns.
            key = (min(left, right) - 2 * crossing, -abs(x - width / 2))
            if best is None or key > best[0]:
                best = (key, x)
    return best[1] if best else None


def _gap_at(line: dict, x: float) -> float:
    """Width of the space between the words of a line around x (0 when a word covers x)."""
    words = line["words"]
    for a, b in zip(words, words[1:]):
        if a["x1"] <= x <= b["x0"]:
            return b["x0"] - a["x1"]
    return 0.0


def _split_columns(lines: list[dict], gutter: float) -> list[dict]:
    """Cut lines with words on both sides of the gutter in two; order: blocks of spanning lines
    and, between them, the whole left column before the whole right one."""
    out: list[dict] = []
    block = 0
    in_columns = False
    for ln in lines:
        left = [w for w in ln["words"] if w["x1"] <= gutter]
        right = [w for w in ln["words"] if w["x0"] >= gutter]
        spans = len(left) + len(right) < len(ln["words"])
        if spans:
            if in_columns:
                block += 1
                in_columns = False
            out.append({**ln, "order": (block, 0, ln["top"])})
            continue
        if not in_columns:
            block += 1
            in_columns = True
        for side, words in ((0, left), (1, right)):
            if words:
                out.append({"words": words, "text": _join_words(words), "top": ln["top"], "bottom": ln["bottom"],
                            "x0": words[0]["x0"], "x1": words[-1]["x1"], "order": (block, 1 + side, ln["top"])})
    return out


def _place_of(lines: list[dict], top: float, x0: float, x1: float) -> tuple[int, int]:
    """(block, column) of a table: those of the nearest text line above it that overlaps it across."""
    above = [ln for ln in lines if ln["top"] <= top and not ln.get("table") and ln["x0"] < x1 and ln["x1"] > x0]
    return tuple(max(above, key=lambda ln: ln["top"])["order"][:2]) if above else (0, 0)


# ------------------------------------------------------------------ lines of pages -> texts
def join_pages(pages: list[list[str]]) -> list[str]:
    """Clean text of each page (see the module docstring); page i of the result is page i."""
    pages = [[_squeeze(line) for line in page] for page in pages]
    repeated = _running_lines(pages)
    seen: set[str] = set()
    out = []
    for number, lines in enumerate(pages):
        kept = []
        n = len(lines)
        for i, line in enumerate(lines):
            zone = i < HEADER_ZONE or i >= n - HEADER_ZONE
            if not line:
                kept.append("")
                continue
            if zone and PAGE_NUMBER.match(line):
                continue
            key = _running_key(line)
            if zone and key in repeated:
                if key in seen:
                    continue  # a letterhead or running footer again
                seen.add(key)
            kept.append(line)
        out.append(_paragraphs(kept))
    return out


def _running_key(line: str) -> str:
    return re.sub(r"\d+", "#", line.lower())


def _running_lines(pages: list[list[str]]) -> set[str]:
    """Lines (digits ignored) in the header or footer zone of at least two pages, and of at least
    half of them: a letterhead or running header/footer."""
    if len(pages) < 2:
        return set()
    counts: Counter = Counter()
    for lines in pages:
        body = [ln for ln in lines if ln]
        zone = body[:HEADER_ZONE] + body[-HEADER_ZONE:]
        counts.update({_running_key(ln) for ln in zone})
    need = max(2, (len(pages) + 1) // 2)
    return {key for key, c in counts.items() if c >= need and len(key) > 2}


def _paragraphs(lines: list[str]) -> str:
    """Wrapped lines of a paragraph joined into one line; hyphenated words joined."""
    lengths = sorted(len(ln) for ln in lines if ln)
    # A wrapped line nearly fills its column: the width of a column is what most long lines reach.
    full = lengths[int(len(lengths) * 0.8)] * 0.7 if lengths else 0
    out: list[str] = []
    glue = False  # may the next line continue the last one?
    for line in lines:
        if not line:
            glue = False
            continue
        if out and glue and not STARTS_ITEM.match(line) and TABLE_CELL_SEP not in line:
            prev = out[-1]
            m = HYPHEN_END.search(prev)
            if m and line[:1].isupper():
                out[-1] = prev + line  # "se-/Kabupaten": the hyphen belongs to the word
            elif m and line[:1].islower():
                first = re.match(r"\w+", line)
                # "anak-/anak" is a reduplication and keeps its hyphen; "pelak-/sanaan" is one word.
                if first and first.group(0).lower() == m.group(1).lower():
                    out[-1] = prev + line
                else:
                    out[-1] = prev[:-1] + line
            else:
                out[-1] = prev + " " + line
        else:
            out.append(line)
        glue = _continues(line, full)
    return "\n".join(out)


def _continues(line: str, full: float) -> bool:
    """Does a paragraph go on after this line? Not after a sentence end, a heading with a colon,
    a table row, or a line that stops short of the column's edge (a title, "Yth. Camat", a name)."""
    if TABLE_CELL_SEP in line:
        return False
    if HYPHEN_END.search(line):
        return True
    if line.isupper():  # a title line ("PENCEGAHAN ... DENGUE") stands alone, as does the next one
        return False
    return not ENDS_SENTENCE.search(line) and len(line) >= full


def _squeeze(line: str) -> str:
    return re.sub(r"[ \t\u00a0]+", " ", line).strip()
