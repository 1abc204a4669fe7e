"""Reading documents for `arahan extract --input`: a folder of JSON files or a JSON Lines file.

Each document is {id, text, published?, title?, url?, dateline_place?, dateline_outlet?} (the
dateline of a text that had it cut off, as in the store); a gold file (with a "gold" key) works
too. Unreadable files and lines are reported, not fatal.
"""

from __future__ import annotations

import json
from pathlib import Path

FIELDS = ("id", "text", "published", "title", "url", "dateline_place", "dateline_outlet")


def read_documents(path: Path) -> tuple[list[dict], list[str]]:
    """(documents, problems) from a folder of *.json files or a .jsonl file."""
    docs: list[dict] = []
    problems: list[str] = []
    if path.is_dir():
        for f in sorted(path.glob("*.json")):
            try:
                item = json.loads(f.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
                problems.append(f"{f}: {exc}")
                continue
            _add(item, str(f), docs, problems, default_id=f.stem)
        return docs, problems
    try:
        fh = path.open(encoding="utf-8", errors="replace")
    except OSError as exc:
        return [], [f"{path}: {exc}"]
    with fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(f"{path}:{n}: not JSON ({exc.msg})")
                continue
            _add(item, f"{path}:{n}", docs, problems, default_id=str(n))
    return docs, problems


def _add(item, where: str, docs: list[dict], problems: list[str], default_id: str) -> None:
    if not isinstance(item, dict) or not isinstance(item.get("text"), str):
        problems.append(f"{where}: no 'text' string")
        return
    doc = {k: item.get(k) for k in FIELDS}
    doc["id"] = doc["id"] if doc["id"] is not None else default_id
    docs.append(doc)
