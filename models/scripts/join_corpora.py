"""Recipe step: join converted .spacy corpora into one, for the final fit on train + dev.

The settings and the step count of each model are chosen on its dev set (`train-ud`,
`finetune-ner`); the shipped model is then trained once more with those settings on train
and dev together (`final-ud`, `final-ner`), so that the dev sentences also teach it. The test
sets are never joined. `--fraction` keeps a random share of the docs instead, for learning
curves (how much a model gains per doubling of its training data).

Usage: python scripts/join_corpora.py OUT.spacy IN.spacy [IN.spacy ...] [--fraction 0.5 --seed 0]
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

import spacy
from spacy.tokens import DocBin


def join(out: Path, sources: list[Path], fraction: float = 1.0, seed: int = 0) -> int:
    """Write every doc of sources, in order, to out (or a random `fraction` of them, shuffled
    with `seed`); return the number of docs."""
    if any("test" in source.name for source in sources):
        raise SystemExit(f"refusing to train on a test set: {[str(s) for s in sources]}")
    vocab = spacy.blank("id").vocab
    docs = [doc for source in sources for doc in DocBin().from_disk(source).get_docs(vocab)]
    if fraction < 1.0:
        random.Random(seed).shuffle(docs)
        docs = docs[: int(len(docs) * fraction)]
    joined = DocBin(docs=docs, store_user_data=True)
    out.parent.mkdir(parents=True, exist_ok=True)
    joined.to_disk(out)
    return len(joined)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("sources", type=Path, nargs="+")
    parser.add_argument("--fraction", type=float, default=1.0, help="keep this share of the docs (0-1], at random")
    parser.add_argument("--seed", type=int, default=0, help="seed of the shuffle for --fraction")
    args = parser.parse_args()
    n = join(args.out, args.sources, args.fraction, args.seed)
    print(f"{args.out}: {n} docs from {len(args.sources)} corpora")


if __name__ == "__main__":
    main()
