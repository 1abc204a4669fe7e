"""Analysis: where a pipeline's parser loses LAS on a UD set (never used to choose a model).

Prints, on the gold tokens of a converted UD set (default: GSD legacy dev):
- UPOS / UAS / LAS / sentence F as the recipe scores them (spaCy's scorer, punctuation
  excluded), once with the sentence boundaries the parser predicts and once with the gold
  boundaries preset, so the share of the LAS gap that sentence splitting explains is visible;
- per gold relation: how often the head is right, how often the label is right when the head
  is, and how many arcs it loses (punctuation included here);
- the most frequent label confusions on correct heads.

Usage: python scripts/ud_errors.py --model training/ud_pt/model-best [--corpus corpus/ud_dev.spacy]
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from spacy.scorer import Scorer
from spacy.training import Example

import arahan.extract.lang  # noqa: F401  (registers Arahan's factories before loading a pipeline)
from common import corpus_dir


def _gold_token_doc(vocab, gold: Doc, gold_sentences: bool) -> Doc:
    doc = Doc(vocab, words=[t.text for t in gold], spaces=[bool(t.whitespace_) for t in gold])
    if gold_sentences:
        for token, gold_token in zip(doc, gold):
            token.is_sent_start = gold_token.is_sent_start
    return doc


def parse(nlp, gold_docs: list[Doc], gold_sentences: bool) -> list[Example]:
    """Run the pipeline on the gold tokens once; (prediction, gold) pairs."""
    predicted = nlp.pipe(_gold_token_doc(nlp.vocab, g, gold_sentences) for g in gold_docs)
    return [Example(p, g) for p, g in zip(predicted, gold_docs)]


def overall(nlp, examples: list[Example]) -> dict:
    scores = Scorer(nlp).score(examples)
    return {k: scores[k] for k in ("pos_acc", "dep_uas", "dep_las", "sents_f")}


def by_relation(examples: list[Example]) -> tuple[Counter, Counter, Counter, Counter]:
    """(arcs, right heads, right labels on right heads, label confusions) per gold relation."""
    arcs, heads, labels, confusions = Counter(), Counter(), Counter(), Counter()
    for eg in examples:
        for p, g in zip(eg.predicted, eg.reference):
            arcs[g.dep_] += 1
            if p.head.i == g.head.i:
                heads[g.dep_] += 1
                if p.dep_.lower() == g.dep_.lower():
                    labels[g.dep_] += 1
                else:
                    confusions[(g.dep_, p.dep_)] += 1
    return arcs, heads, labels, confusions


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, required=True)
    parser.add_argument("--corpus", type=Path, default=corpus_dir() / "ud_dev.spacy")
    parser.add_argument("--top", type=int, default=15, help="relations and confusions to list")
    args = parser.parse_args()
    nlp = spacy.load(args.model)
    gold_docs = list(DocBin().from_disk(args.corpus).get_docs(nlp.vocab))
    examples = {gold_sentences: parse(nlp, gold_docs, gold_sentences) for gold_sentences in (False, True)}
    for gold_sentences, egs in examples.items():
        s = overall(nlp, egs)
        print(f"{'gold' if gold_sentences else 'predicted'} sentence boundaries: UPOS {s['pos_acc']:.4f}  "
              f"UAS {s['dep_uas']:.4f}  LAS {s['dep_las']:.4f}  sentence F {s['sents_f']:.4f}")
    arcs, heads, labels, confusions = by_relation(examples[False])
    print(f"\n{'relation':14s} {'arcs':>6s} {'head':>6s} {'label|head':>10s} {'lost':>5s}")
    for rel, n in sorted(arcs.items(), key=lambda kv: -(kv[1] - labels[kv[0]]))[: args.top]:
        print(f"{rel:14s} {n:6d} {heads[rel] / n:6.3f} {labels[rel] / max(1, heads[rel]):10.3f} {n - labels[rel]:5d}")
    print("\nlabel confusions on right heads (gold -> predicted):",
          ", ".join(f"{g}->{p} {n}" for (g, p), n in confusions.most_common(args.top)))


if __name__ == "__main__":
    main()
