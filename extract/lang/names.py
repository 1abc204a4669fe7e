"""Words that are personal names in Indonesian news, learned from open NER corpora.

`person_words()` is the set of tokens tagged PER more often than anything else in
idner-news-2k (MIT) and NERGRIT from IndoNLU (MIT, with the NERGRIT notice), at least twice.
It tells "Kepala Desa Bambang Sutrisno" (a person) from "Kepala Desa Cibodas Asep" (a village,
then a person) where a village of the gazetteer has the name of a person.

Rebuild with ``python -m arahan.extract.lang.names`` (reads ../shared/data/ner, writes
extract/data/person_words.json.gz; see extract/data/README.md for provenance).
"""

from __future__ import annotations

import gzip
import json
from collections import Counter
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data" / "person_words.json.gz"
SOURCES = ("idner-news-2k/train.txt", "idner-news-2k/dev.txt", "idner-news-2k/test.txt",
           "indonlu-nergrit_ner-grit/train_preprocess.txt", "indonlu-nergrit_ner-grit/valid_preprocess.txt")


@lru_cache(maxsize=1)
def person_words() -> frozenset[str]:
    """Capitalised tokens that are mostly part of a person's name ("Bambang", "Slamet")."""
    with gzip.open(DATA, "rt", encoding="utf-8") as fh:
        return frozenset(json.load(fh)["words"])


def build(ner_dir: Path) -> list[str]:
    """Tokens tagged PER (or PERSON) at least twice and more often than with any other tag."""
    per: Counter[str] = Counter()
    other: Counter[str] = Counter()
    for name in SOURCES:
        for line in (ner_dir / name).read_text(encoding="utf-8", errors="replace").splitlines():
            parts = line.split()
            if len(parts) < 2 or not parts[0][:1].isupper():
                continue
            (per if "PER" in parts[-1].upper() else other)[parts[0]] += 1
    return sorted(w for w, n in per.items() if n >= 2 and n > other[w] and len(w) > 2)


def main() -> None:
    ner_dir = Path(__file__).resolve().parents[3] / "shared" / "data" / "ner"
    words = build(ner_dir)
    payload = json.dumps({"source": "idner-news-2k (MIT), NERGRIT via IndoNLU (MIT)", "words": words},
                         ensure_ascii=False).encode("utf-8")
    with gzip.GzipFile(DATA, "wb", compresslevel=9, mtime=0) as fh:
        fh.write(payload)
    print(f"wrote {DATA} ({len(words)} words, {DATA.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
