"""Analysis: how consistently a NER corpus labels the same strings (default: LOC in idner train + dev).

For every string the corpus labels with LABEL at least once, count its other occurrences as a
whole span: labelled LABEL, labelled another type, or left outside any entity. A string such
as "Indonesia" that is LOC in one sentence and O in the next (a country as a place, or as an
actor) caps what any model can score against these labels. Test sets are refused: this
reads only what the recipe may look at.

Usage: python scripts/label_consistency.py [--label LOC] [CORPUS.spacy ...]
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

from common import corpus_dir


def occurrences(docs: list[Doc], label: str) -> tuple[Counter, Counter, Counter]:
    """(as label, as another type, outside any entity) per string labelled `label` somewhere."""
    strings = {tuple(t.text for t in ent) for doc in docs for ent in doc.ents if ent.label_ == label}
    by_length: dict[int, set] = {}
    for s in strings:
        by_length.setdefault(len(s), set()).add(s)
    same, other, outside = Counter(), Counter(), Counter()
    for doc in docs:
        spans = {(e.start, e.end): e.label_ for e in doc.ents}
        in_entity = {i for e in doc.ents for i in range(e.start, e.end)}
        words = [t.text for t in doc]
        for n, candidates in by_length.items():
            for i in range(len(words) - n + 1):
                s = tuple(words[i:i + n])
                if s not in candidates:
                    continue
                found = spans.get((i, i + n))
                if found == label:
                    same[s] += 1
                elif found:
                    other[s] += 1
                elif not in_entity.intersection(range(i, i + n)):
                    outside[s] += 1
    return same, other, outside


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", type=Path, nargs="*",
                        default=[corpus_dir() / "idner_only" / "ner_train.spacy", corpus_dir() / "ner_dev.spacy"])
    parser.add_argument("--label", default="LOC")
    parser.add_argument("--top", type=int, default=12)
    args = parser.parse_args()
    if any("test" in path.name for path in args.corpora):
        raise SystemExit("refusing to read a test set")
    vocab = spacy.blank("id").vocab
    docs = [doc for path in args.corpora for doc in DocBin().from_disk(path).get_docs(vocab)]
    same, other, outside = occurrences(docs, args.label)
    strings = set(same) | set(other) | set(outside)
    mixed = [s for s in strings if same[s] and (other[s] or outside[s])]
    total = sum(same.values()) + sum(other.values()) + sum(outside.values())
    # Even a labeller that knew each string's majority label in hindsight gets these wrong.
    minority = sum(min(same[s], other[s] + outside[s]) for s in strings)
    print(f"{len(strings)} strings labelled {args.label} at least once; their {total} occurrences as a whole span: "
          f"{args.label} {sum(same.values())}, another type {sum(other.values())}, "
          f"outside any entity {sum(outside.values())}")
    print(f"{len(mixed)} strings with both; minority-label occurrences: {minority} of {total}")
    for s in sorted(mixed, key=lambda s: -min(same[s], other[s] + outside[s]))[: args.top]:
        print(f"  {' '.join(s)!r}: {args.label} {same[s]}, another type {other[s]}, outside {outside[s]}")


if __name__ == "__main__":
    main()
