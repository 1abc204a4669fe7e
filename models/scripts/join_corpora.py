"""Recipe step: join converted .spacy corpora into one, for the final fit on train + dev.

The settings and the step count of each model are chosen on its dev set (`train-ud`,
`finetune-ner`); the shipped model is then trained once more with those settings on train
and dev together (`final-ud`, `final-ner`), so that the dev sentences also teach it. The test
sets are never joined.

Usage: python scripts/join_corpora.py OUT.spacy IN.spacy [IN.spacy ...]
"""

from __future__ import annotations

import argparse
from pathlib import Path

import spacy
from spacy.tokens import DocBin


def join(out: Path, sources: list[Path]) -> int:
    """Write every doc of sources, in order, to out; return the number of docs."""
    if any("test" in source.name for source in sources):
        raise SystemExit(f"refusing to train on a test set: {[str(s) for s in sources]}")
    vocab = spacy.blank("id").vocab
    joined = DocBin(store_user_data=True)
    for source in sources:
        for doc in DocBin().from_disk(source).get_docs(vocab):
            joined.add(doc)
    out.parent.mkdir(parents=True, exist_ok=True)
    joined.to_disk(out)
    return len(joined)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("sources", type=Path, nargs="+")
    args = parser.parse_args()
    print(f"{args.out}: {join(args.out, args.sources)} docs from {len(args.sources)} corpora")


if __name__ == "__main__":
    main()
