"""Page chrome that news templates leave inside article bodies, loaded from corpus/chrome.csv.

Each row of the table is one family of boilerplate lines ("Baca juga: ...", "Artikel ini
telah tayang di ...", prompts to join a Telegram group or follow the outlet on Google News,
advertisement markers, editor credits, copyright notices ...): a regular expression searched
case-insensitively in the whole line, the longest line it may drop (`max_chars`: a number,
empty for the default, `any` for no limit) and an example line that the tests check is
dropped. Adding a family, or widening one, is a change to the table only.

The limits exist because a story paragraph can start like chrome ("Dapatkan informasi ..."):
the families are prompts and labels, which are short; `any` is for families whose pattern
already pins the whole line (an advertisement marker) or that templates glue to long text.
The prompt families (more_news, join_group, follow_outlet, ...) also carry, right after their
opening verb, a negative look-ahead for a speech verb after a comma: "Ikuti arahan petugas,
ujar Kapolres" is the story reporting an official, not the outlet talking to its readers.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

TABLE = Path(__file__).with_name("chrome.csv")
DEFAULT_MAX_CHARS = 300  # a line this long is a story paragraph, not a label or a prompt


@dataclass(frozen=True)
class Family:
    name: str
    pattern: re.Pattern
    max_chars: int | None   # None: any length
    example: str
    note: str

    def drops(self, line: str) -> bool:
        if self.max_chars is not None and len(line) >= self.max_chars:
            return False
        return self.pattern.search(line) is not None


def _max_chars(value: str, name: str) -> int | None:
    value = value.strip()
    if not value:
        return DEFAULT_MAX_CHARS
    if value == "any":
        return None
    if not value.isdigit():
        raise ValueError(f"{TABLE.name}: family {name!r}: max_chars must be a number, empty or 'any', not {value!r}")
    return int(value)


@lru_cache(maxsize=None)
def families(path: Path = TABLE) -> tuple[Family, ...]:
    """The families of the table, in its order (the first that matches names the removal)."""
    out: list[Family] = []
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            name = row["family"].strip()
            if any(f.name == name for f in out):
                raise ValueError(f"{path.name}: family {name!r} is listed twice")
            try:
                pattern = re.compile(row["pattern"], re.IGNORECASE)
            except re.error as exc:
                raise ValueError(f"{path.name}: family {name!r}: bad pattern ({exc})") from None
            out.append(Family(name, pattern, _max_chars(row["max_chars"], name), row["example"], row["note"]))
    return tuple(out)


def chrome_family(line: str) -> str | None:
    """The name of the first family that drops `line` (already stripped), or None for a story line."""
    for family in families():
        if family.drops(line):
            return family.name
    return None
