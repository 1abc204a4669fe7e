"""Recipe step: score a pipeline on the held-out test sets and print the figures.

NER: precision / recall / F1 overall and per PER, ORG, LOC on idner-news-2k test.
Syntax: UPOS accuracy, UAS, LAS, sentence F, lemma accuracy on GSD legacy v2.1 test (same
annotation as the training data: the target), CSUI test and GSD v2.17 test (newer
conventions, for reference).  Text is re-tokenized by the pipeline, as in real use; NER and
GSD legacy are also scored on the gold tokens (the usual CoNLL protocol).

Usage: python models/scripts/evaluate.py [--model DIR] [--corpus DIR] [--limit N] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from spacy.training import Example

from common import MODELS_DIR, REPO_ROOT, corpus_dir

sys.path.insert(0, str(REPO_ROOT))
import arahan.extract.lang  # noqa: E402,F401  (registers the lemmatizer factory)

UD_SETS = {
    "gsd_legacy_test": "ud_test_gsd_legacy.spacy",
    "csui_test": "ud_test_csui.spacy",
    "gsd_v217_test": "ud_test_gsd_v217.spacy",
}
NER_SET = "ner_test.spacy"


def _examples(nlp, path: Path, limit: int | None, gold_tokens: bool = False) -> list[Example]:
    """Examples whose predicted side is the raw text re-tokenized, or the gold tokens."""
    docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    if limit:
        docs = docs[:limit]
    if gold_tokens:
        return [Example(Doc(nlp.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc]), doc)
                for doc in docs]
    return [Example(nlp.make_doc(doc.text), doc) for doc in docs]


def _ner_scores(nlp, examples: list[Example]) -> dict:
    s = nlp.evaluate(examples)
    return {
        "p": s["ents_p"], "r": s["ents_r"], "f": s["ents_f"],
        "per_type": {k: {m: v[m] for m in ("p", "r", "f")} for k, v in (s.get("ents_per_type") or {}).items()},
    }


def _ud_scores(nlp, examples: list[Example]) -> dict:
    s = nlp.evaluate(examples)
    has_lemmas = any(t.lemma_ for eg in examples for t in eg.reference)
    return {"upos": s.get("pos_acc"), "uas": s.get("dep_uas"), "las": s.get("dep_las"),
            "sents_f": s.get("sents_f"), "lemma": s.get("lemma_acc") if has_lemmas else None}


def evaluate(nlp, corpus: Path, limit: int | None = None) -> dict:
    """Return {"ner": {...}, "<ud set>": {...}} with rounded scores."""
    scores: dict[str, dict] = {}
    ner_path = corpus / NER_SET
    if ner_path.exists() and "ner" in nlp.pipe_names:
        # The CoNLL protocol scores NER on the given tokens; the raw-text figure shows what
        # our own tokenizer costs on top (idner glues "(Jokowi)" and "Jokowi-JK" into one token).
        scores["ner_idner_test"] = _ner_scores(nlp, _examples(nlp, ner_path, limit, gold_tokens=True))
        scores["ner_idner_test_rawtext"] = _ner_scores(nlp, _examples(nlp, ner_path, limit))
    for key, name in UD_SETS.items():
        path = corpus / name
        if path.exists():
            scores[key] = _ud_scores(nlp, _examples(nlp, path, limit))
            if key == "gsd_legacy_test":
                scores[key + "_goldtok"] = _ud_scores(nlp, _examples(nlp, path, limit, gold_tokens=True))
    return _rounded(scores)


def _rounded(obj):
    if isinstance(obj, dict):
        return {k: _rounded(v) for k, v in obj.items()}
    return round(obj, 4) if isinstance(obj, float) else obj


def report(scores: dict) -> str:
    """Human-readable table of the scores."""
    lines = []
    for key, title in (("ner_idner_test", "gold tokens"), ("ner_idner_test_rawtext", "raw text, our tokenizer")):
        ner = scores.get(key)
        if ner:
            lines.append(f"NER idner-news-2k test ({title}): P {ner['p']:.4f}  R {ner['r']:.4f}  F1 {ner['f']:.4f}")
            for label in sorted(ner["per_type"]):
                t = ner["per_type"][label]
                lines.append(f"  {label:4s} P {t['p']:.4f}  R {t['r']:.4f}  F1 {t['f']:.4f}")
    for key in ("gsd_legacy_test", "gsd_legacy_test_goldtok", *list(UD_SETS)[1:]):
        if key in scores:
            s = scores[key]
            fmt = lambda v: "n/a" if v is None else f"{v:.4f}"  # noqa: E731
            lines.append(f"{key}: UPOS {fmt(s['upos'])}  UAS {fmt(s['uas'])}  LAS {fmt(s['las'])}  "
                         f"sents F {fmt(s['sents_f'])}  lemma {fmt(s['lemma'])}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=MODELS_DIR / "training/assembled")
    parser.add_argument("--corpus", type=Path, default=None, help="dir with the converted .spacy test files")
    parser.add_argument("--limit", type=int, default=None, help="only the first N docs (10 sentences each) per set")
    parser.add_argument("--json", type=Path, default=None, help="also write the scores as JSON here")
    args = parser.parse_args()
    nlp = spacy.load(args.model)
    scores = evaluate(nlp, args.corpus or corpus_dir(), args.limit)
    print(report(scores))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(scores, indent=2))


if __name__ == "__main__":
    main()
