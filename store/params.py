"""Lists of SQL parameters: `IN (...)` lists cut into chunks under SQLite's variable limit.

Every store module that looks rows up by a list of ids uses these two, so the chunk size and
the placeholder string are decided once.

>>> [marks(part) for part in chunks([1, 2, 3], size=2)]
['?, ?', '?']
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

__all__ = ["CHUNK", "chunks", "marks"]

CHUNK = 900  # bound on "?" parameters per statement, well under SQLite's limit (32,766; 999 before 3.32)


def chunks(values: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    """Consecutive slices of at most `size` values."""
    for i in range(0, len(values), size):
        yield values[i:i + size]


def marks(values: Sequence[Any]) -> str:
    """One "?" per value, comma-separated, for `IN ({marks(values)})`."""
    return ", ".join("?" for _ in values)
