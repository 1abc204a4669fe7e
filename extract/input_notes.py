"""Notes on input that will give an empty or partial result, written before extraction.

`check_text(text)` returns one short line per problem: no text, another language, mis-decoded
text (mojibake), no sentence punctuation, all capitals, regional languages mixed in, a table
flattened to text, a very long list. The notes go on the document (store and `--output`), so a
user sees why an article gave few findings; extraction still reads what it can.
"""

from __future__ import annotations

import re

from arahan.extract import vocab

__all__ = ["check_text", "is_table_row", "table_rows", "list_items"]

_ID_WORDS = frozenset("yang dan di ke dari ini itu dengan untuk pada tidak akan dalam juga kata bahwa oleh para "
                      "sudah telah agar atau saat tersebut kepada ada bisa harus".split())
_REGIONAL_WORDS = {r["word"]: r["language"] for r in vocab.rows("regional_words.csv")}
# A cell boundary of a table pasted as text: a pipe, a tab, or a run of three or more spaces.
_CELL_BREAK = re.compile(r"\s*\|\s*|\t+| {3,}")
# A list item: "1.", "2)", "a.", "-", "•" at the start of a line.
_LIST_ITEM = re.compile(r"^\s*(?:\d{1,3}[.)]|[a-zA-Z][.)]|[-•*▪–])\s+\S", re.M)
MIN_TABLE_ROWS = 5
LONG_LIST = 50


def is_table_row(line: str) -> bool:
    """Does this line read as a row of a flattened table (three or more cells)?"""
    return len([c for c in _CELL_BREAK.split(line.strip()) if c]) >= 3


def table_rows(lines: list[str]) -> int:
    """How many lines read as rows of a flattened table."""
    return sum(map(is_table_row, lines))


def list_items(text: str) -> int:
    """How many lines start like an item of a numbered or bulleted list."""
    return len(_LIST_ITEM.findall(text))


def check_text(text: str) -> list[str]:
    """Notes about input that will give an empty or partial result.

    >>> check_text("")
    ['empty text']
    """
    if not text or not text.strip():
        return ["empty text"]
    notes = []
    lines = [line for line in text[:50000].splitlines() if line.strip()]
    rows = table_rows(lines)
    is_table = rows >= MIN_TABLE_ROWS and rows >= 0.3 * len(lines)
    # The language is judged on the prose: a table of names and numbers has no function words.
    prose = "\n".join(line for line in lines if not is_table or not is_table_row(line))[:20000]
    words = re.findall(r"[A-Za-z]+", prose.lower())
    if len(words) >= 30 and sum(w in _ID_WORDS for w in words) / len(words) < 0.03:
        notes.append("text does not look Indonesian; findings may be empty")
    if re.search(r"Ã[\x80-\xbf]|â€|Â[\xa0-\xbf]|\ufffd", text[:50000]):
        notes.append("text looks mis-decoded (mojibake); names and places may be missed")
    if len(text) > 400 and not re.search(r"[.!?]", text):
        notes.append("no sentence punctuation; sentences were cut at line breaks only")
    letters = re.findall(r"[A-Za-z]", text[:20000])
    if len(letters) >= 200 and sum(c.isupper() for c in letters) / len(letters) > 0.8:
        notes.append("text is in capitals; names and places may be missed")
    regional = [w for w in words if w in _REGIONAL_WORDS]
    if len(words) >= 30 and len(regional) / len(words) >= 0.04:
        languages = sorted({_REGIONAL_WORDS[w] for w in regional})
        notes.append(f"text mixes Indonesian with {', '.join(languages)}; directives there may be missed")
    if is_table:
        notes.append(f"text holds a table flattened to text ({rows} rows); rows are read as lines, "
                     "not as sentences")
    items = list_items(text)
    if items >= LONG_LIST:
        notes.append(f"text has a list of {items} items; repeated directives in it are merged by issuer, "
                     "type and targets")
    return notes
