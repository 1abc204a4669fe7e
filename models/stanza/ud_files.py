"""Reading CoNLL-U and collapsing multiword tokens, shared by the Stanza recipe and bench.

Multiword tokens (``menyetujuinya`` = ``menyetujui`` + ``nya``) become one word with the
annotation of the part whose head lies outside the token, the convention of the GSD legacy
files (see ``prepare_data.py`` for why).
"""

from __future__ import annotations

from pathlib import Path


def read_conllu(path: Path) -> list[tuple[list[str], list[list[str]]]]:
    """Sentences as (comment lines, rows of 10 columns), multiword ranges kept as rows."""
    sentences, comments, rows = [], [], []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        line = line.rstrip("\r")
        if not line.strip():
            if rows:
                sentences.append((comments, rows))
            comments, rows = [], []
        elif line.startswith("#"):
            comments.append(line)
        else:
            cols = line.split("\t")
            if "." in cols[0]:  # empty nodes: not used by Indonesian treebanks
                continue
            rows.append(cols)
    if rows:
        sentences.append((comments, rows))
    return sentences


def _space_after_no(misc: str) -> bool:
    return "SpaceAfter=No" in misc.split("|")


def collapse_mwt(rows: list[list[str]]) -> list[list[str]]:
    """One row per surface token; each multiword token becomes its head part."""
    groups: list[tuple[list[str], list[list[str]]]] = []  # (surface row, parts)
    i = 0
    while i < len(rows):
        row = rows[i]
        if "-" in row[0]:
            start, end = (int(x) for x in row[0].split("-"))
            parts = rows[i + 1 : i + 1 + (end - start + 1)]
            groups.append((row, parts))
            i += 1 + len(parts)
        else:
            groups.append((row, [row]))
            i += 1
    old_to_new: dict[int, int] = {}
    for new_id, (_, parts) in enumerate(groups, start=1):
        for part in parts:
            old_to_new[int(part[0])] = new_id
    out = []
    for new_id, (surface, parts) in enumerate(groups, start=1):
        ids = {int(p[0]) for p in parts}
        # The part whose head lies outside the token carries the token's syntax.
        head_part = next((p for p in parts if p[6] == "_" or int(p[6]) not in ids), parts[0])
        head = "_" if head_part[6] == "_" else str(old_to_new.get(int(head_part[6]), 0))
        if head_part[6] == "0":
            head = "0"
        misc = "SpaceAfter=No" if _space_after_no(surface[9]) else "_"
        out.append([str(new_id), surface[1], head_part[2], head_part[3], "_", "_",
                     head, head_part[7], "_", misc])
    return out


def sentence_text(rows: list[list[str]]) -> str:
    return "".join(r[1] + ("" if _space_after_no(r[9]) else " ") for r in rows).strip()


def write_conllu(path: Path, sentences: list[list[list[str]]], prefix: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for n, rows in enumerate(sentences, start=1):
            fh.write(f"# sent_id = {prefix}-{n}\n# text = {sentence_text(rows)}\n")
            for row in rows:
                fh.write("\t".join(row) + "\n")
            fh.write("\n")


def load_collapsed(path: Path) -> list[list[list[str]]]:
    return [collapse_mwt(rows) for _, rows in read_conllu(path)]
