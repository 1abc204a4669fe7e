"""Both NLP backends side by side, in one run, on the same inputs: spaCy (default) and Stanza.

For each backend a worker process (so that peak memory is that backend's own) measures:
- UPOS, UAS, LAS on the GSD legacy v2.1 test (the test of the annotation both were trained on)
  and on CSUI test; lemma accuracy on CSUI test and GSD v2.17 test (the legacy files have no
  lemmas). All on gold tokenization, multiword tokens collapsed to one word as in training
  (models/stanza/ud_files.py); LAS compares the universal part of the relation, as the
  CoNLL 2018 scorer does; lemmas are compared case-insensitively (GSD lowercases proper nouns,
  CSUI does not).
- NER precision, recall, F1 (exact spans, PER/ORG/LOC) on idner-news-2k test, gold tokens.
- Extraction scores on ../shared/eval/dev, when the extraction eval function exists.
- Words per second per core (words / process CPU time, one torch/BLAS thread) on raw text:
  the GSD legacy test in paragraphs of 6 sentences plus the demo-style generated articles of
  bench_models.py, and peak memory (max RSS of the worker).

Usage: python bench/bench_backends.py [--limit N] [--backends spacy,stanza]
Needs ../shared/data; a backend whose models are missing is reported, not fatal.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")  # one core: the figure is per core

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("ARAHAN_SHARED_DATA", REPO.parent / "shared" / "data"))
EVAL_DEV = REPO.parent / "shared" / "eval" / "dev"
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "models" / "stanza"))

UD_SETS = {
    "gsd_legacy": SHARED / "ud" / "UD_Indonesian-GSD" / "legacy_v2.1_train" / "id-ud-test.conllu",
    "csui": SHARED / "ud" / "UD_Indonesian-CSUI" / "id_csui-ud-test.conllu",
    "gsd_v217": SHARED / "ud" / "UD_Indonesian-GSD" / "id_gsd-ud-test.conllu",
}
PARSE_SETS = ("gsd_legacy", "csui")
LEMMA_SETS = ("csui", "gsd_v217")
NER_TEST = SHARED / "ner" / "idner-news-2k" / "test.txt"


# --- gold data ----------------------------------------------------------------------------


def load_ud(path: Path, limit: int | None) -> list[list[list[str]]]:
    from ud_files import load_collapsed

    return load_collapsed(path)[:limit]


def load_ner(limit: int | None) -> list[tuple[list[str], list[str]]]:
    sentences, words, tags = [], [], []
    for line in NER_TEST.read_text(encoding="utf-8").splitlines():
        cols = line.strip().split()
        if not cols:
            if words:
                sentences.append((words, tags))
            words, tags = [], []
        else:
            words.append(cols[0])
            tags.append(cols[-1])
    if words:
        sentences.append((words, tags))
    return sentences[:limit]


def bio_spans(tags: list[str]) -> set[tuple[int, int, str]]:
    spans, start, label = set(), None, None
    for i, tag in enumerate(tags + ["O"]):
        if tag.startswith("B-") or tag == "O" or (tag.startswith("I-") and tag[2:] != label):
            if start is not None:
                spans.add((start, i, label))
            start, label = (i, tag[2:]) if tag != "O" else (None, None)
    return spans


# --- annotation on gold tokens, one adapter per backend -----------------------------------


class SpacyAnnotator:
    """Runs the pipeline's components on Docs built from gold words."""

    def __init__(self, nlp):
        self.nlp = nlp

    def _docs(self, sentences):
        from spacy.tokens import Doc

        for words in sentences:
            doc = Doc(self.nlp.vocab, words=words, spaces=[True] * len(words))
            for _, proc in self.nlp.pipeline:
                doc = proc(doc)
            yield doc

    def parse(self, sentences):
        for doc in self._docs(sentences):
            yield [(t.pos_, 0 if t.head.i == t.i else t.head.i + 1, t.dep_, t.lemma_) for t in doc]

    def entities(self, sentences):
        for doc in self._docs(sentences):
            yield {(e.start, e.end, e.label_) for e in doc.ents}


class StanzaAnnotator:
    """A pretokenized Stanza pipeline over the same models the backend resolved."""

    def __init__(self, nlp):
        from arahan.extract.stanza_backend import build_pipeline, resolve_models

        models = resolve_models(nlp.meta["stanza"]["directory"])
        self.has_ner = "ner" in models.processors
        self.pipeline = build_pipeline(models, pretokenized=True)

    def _sentences(self, sentences, chunk: int = 100):
        for i in range(0, len(sentences), chunk):
            yield from self.pipeline(sentences[i : i + chunk]).sentences

    def parse(self, sentences):
        for sent in self._sentences(sentences):
            yield [(w.upos, w.head, w.deprel, w.lemma or w.text) for w in sent.words]

    def entities(self, sentences):
        for sent in self._sentences(sentences):
            index = {tok.id[0]: k for k, tok in enumerate(sent.tokens)}
            yield {(index[e.tokens[0].id[0]], index[e.tokens[-1].id[0]] + 1, e.type) for e in sent.ents}


# --- scores -------------------------------------------------------------------------------


def ud_scores(annotator, gold: list[list[list[str]]], lemmas: bool, parse: bool) -> dict:
    words = [[row[1] for row in sent] for sent in gold]
    n = upos = uas = las = lem = 0
    for sent, pred in zip(gold, annotator.parse(words)):
        for row, (p_upos, p_head, p_dep, p_lemma) in zip(sent, pred):
            n += 1
            upos += p_upos == row[3]
            if str(p_head) == row[6]:
                uas += 1
                las += p_dep.split(":")[0].lower() == row[7].split(":")[0].lower()
            lem += (p_lemma or "").lower() == row[2].lower()
    out = {}
    if parse:
        out.update(upos=upos / n, uas=uas / n, las=las / n)
    if lemmas:
        out["lemma"] = lem / n
    return out


def ner_scores(annotator, gold) -> dict:
    words = [w for w, _ in gold]
    tp, n_pred, n_gold, per_label = 0, 0, 0, {}
    for (_, tags), pred in zip(gold, annotator.entities(words)):
        want = bio_spans(tags)
        tp += len(want & pred)
        n_pred += len(pred)
        n_gold += len(want)
        for label in ("PER", "ORG", "LOC"):
            counts = per_label.setdefault(label, [0, 0, 0])
            counts[0] += len({s for s in want & pred if s[2] == label})
            counts[1] += len({s for s in pred if s[2] == label})
            counts[2] += len({s for s in want if s[2] == label})

    def f1(tp_, p_, g_):
        prec, rec = tp_ / p_ if p_ else 0.0, tp_ / g_ if g_ else 0.0
        return 2 * prec * rec / (prec + rec) if prec + rec else 0.0

    out = {"ner_p": tp / n_pred if n_pred else 0.0, "ner_r": tp / n_gold if n_gold else 0.0,
           "ner_f1": f1(tp, n_pred, n_gold)}
    out.update({f"ner_f1_{label}": f1(*c) for label, c in per_label.items()})
    return out


def speed_texts(limit: int | None) -> list[str]:
    from ud_files import sentence_text

    sents = [sentence_text(s) for s in load_ud(UD_SETS["gsd_legacy"], limit)]
    texts = [" ".join(sents[i : i + 6]) for i in range(0, len(sents), 6)]
    try:
        sys.path.insert(0, str(REPO / "bench"))
        from bench_models import generated_articles  # the same generated articles as the spaCy bench

        texts += generated_articles(3000 if limit else 10000)
    except ImportError:
        pass
    return texts


def speed(nlp, texts: list[str]) -> dict:
    nlp(texts[0])  # warm-up: lazy loading and first-call allocations do not count
    cpu, wall = time.process_time(), time.perf_counter()
    words = sum(sum(1 for t in doc if not (t.is_space or t.is_punct)) for doc in nlp.pipe(texts))
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    return {"words": words, "wps_core": words / cpu, "wps_wall": words / wall}


def extraction_scores(backend: str) -> dict:
    """F1s and accuracies of the extraction components on the gold dev articles, via this backend."""
    try:
        from arahan.extract.evaluate import evaluate  # the extraction engineer's `arahan eval` function
    except ImportError:
        return {}
    if not EVAL_DEV.is_dir():
        return {}
    out = {}
    for key, value in evaluate(EVAL_DEV, backend=backend).summary().items():
        if isinstance(value, dict):
            out[f"extract_{key}_f1"] = value["f1"]
        elif key != "documents":
            out[f"extract_{key}"] = value
    return out


# --- worker and table ---------------------------------------------------------------------


def worker(backend: str, limit: int | None) -> dict:
    import torch

    torch.set_num_threads(1)
    from arahan.extract.nlp import load_nlp

    started = time.perf_counter()
    nlp = load_nlp(backend)
    result: dict = {"load_s": time.perf_counter() - started}
    annotator = StanzaAnnotator(nlp) if backend == "stanza" else SpacyAnnotator(nlp)
    for name, path in UD_SETS.items():
        scores = ud_scores(annotator, load_ud(path, limit), lemmas=name in LEMMA_SETS, parse=name in PARSE_SETS)
        result.update({f"{name}_{k}": v for k, v in scores.items()})
    if backend == "spacy" and "ner" in nlp.pipe_names or backend == "stanza" and annotator.has_ner:
        result.update(ner_scores(annotator, load_ner(limit)))
    result.update(speed(nlp, speed_texts(limit)))
    result.update(extraction_scores(backend))
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


def run_worker(backend: str, limit: int | None) -> dict:
    cmd = [sys.executable, __file__, "--worker", backend] + (["--limit", str(limit)] if limit else [])
    proc = subprocess.run(cmd, capture_output=True, text=True)
    lines = proc.stdout.strip().splitlines()
    if proc.returncode or not lines:
        reason = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        return {"error": reason[:160]}
    return json.loads(lines[-1])


ROWS = [
    ("gsd_legacy_upos", "UPOS, GSD legacy test"), ("gsd_legacy_uas", "UAS, GSD legacy test"),
    ("gsd_legacy_las", "LAS, GSD legacy test"), ("csui_upos", "UPOS, CSUI test"), ("csui_las", "LAS, CSUI test"),
    ("csui_lemma", "lemma acc, CSUI test"), ("gsd_v217_lemma", "lemma acc, GSD v2.17 test"),
    ("ner_p", "NER P, idner test"), ("ner_r", "NER R, idner test"), ("ner_f1", "NER F1, idner test"),
    ("ner_f1_PER", "  F1 PER"), ("ner_f1_ORG", "  F1 ORG"), ("ner_f1_LOC", "  F1 LOC"),
    ("wps_core", "words/s per core"), ("wps_wall", "words/s wall clock"), ("peak_rss_mb", "peak memory (MB)"),
    ("load_s", "load time (s)"),
]


def fmt(value) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, float) and value <= 1.0:
        return f"{value:.4f}"
    return f"{value:,.0f}" if isinstance(value, (int, float)) and value >= 100 else f"{value:.2f}"


def print_table(results: dict[str, dict]) -> None:
    backends = list(results)
    extra = sorted({k for r in results.values() for k in r if k.startswith("extract_")})
    rows = ROWS + [(k, k.replace("extract_", "extraction ")) for k in extra]
    width = max(len(label) for _, label in rows) + 2
    print("metric".ljust(width) + "".join(b.rjust(12) for b in backends))
    for key, label in rows:
        print(label.ljust(width) + "".join(fmt(results[b].get(key)).rjust(12) for b in backends))
    for b in backends:
        if "error" in results[b]:
            print(f"{b}: not measured: {results[b]['error']}")


def main() -> None:
    parser = argparse.ArgumentParser(description="spaCy vs Stanza backends, side by side.")
    parser.add_argument("--limit", type=int, default=None, help="use only the first N sentences of each test set")
    parser.add_argument("--backends", default="spacy,stanza")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker, args.limit)))
        return
    if not SHARED.is_dir():
        print(f"skipped: {SHARED} is absent (the test sets live there)")
        return
    results = {b: run_worker(b, args.limit) for b in args.backends.split(",")}
    print_table(results)


if __name__ == "__main__":
    main()
