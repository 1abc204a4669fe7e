"""Recipe step: build the lemmatizer's lookup table and root list from the shared lexicons.

The nlp-id dictionary (778k generated forms, MIT) is far too big to ship, so only forms
that occur in our training text (UD train, kumparan POS sentences, NER train) are kept;
spaCy's lookup table (MIT) fills the rest; nlp-id's 30k root words feed the affix rules.
Output: models/corpus/lemma_tables.json.gz (loaded into the pipeline by assemble.py).
With --check, prints lemma accuracy against UD gold lemmas (CSUI train, GSD v2.17 dev).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re

from common import corpus_dir, shared_data_dir
from convert import read_conllu


def _observed_forms(data) -> set[str]:
    forms: set[str] = set()
    for path in [data / "ud/UD_Indonesian-GSD/legacy_v2.1_train/id-ud-train.conllu",
                 data / "ud/UD_Indonesian-CSUI/id_csui-ud-train.conllu"]:
        for sent in read_conllu(path):
            forms.update(w.lower() for w in sent["words"])
    for path, col in [(data / "pos/nlp-id-kumparan/dataset_postag.txt", "\t"),
                      (data / "ner/idner-news-2k/train.txt", " "),
                      (data / "ner/indolem-nerui/nergithub.txt", "\t")]:
        for line in path.read_text(encoding="utf8").splitlines():
            token = line.split(col)[0].strip().lower()
            if token:
                forms.add(token)
    return forms


def build(data) -> dict:
    """Return {"lookup": {...}, "roots": [...]} restricted to observed forms."""
    forms = _observed_forms(data)
    with gzip.open(data / "lexicon/nlp-id/lemma_dict.json.gz", "rt", encoding="utf8") as fh:
        nlpid = json.load(fh)
    with gzip.open(data / "lexicon/spacy-lookups-data-id/id_lemma_lookup.json.gz", "rt", encoding="utf8") as fh:
        spacy_lookup = json.load(fh)
    roots = [r.strip().lower() for r in (data / "lexicon/nlp-id/root-word.txt").read_text(encoding="utf8").splitlines() if r.strip()]
    lookup = {k.lower(): v for k, v in spacy_lookup.items() if k.lower() != v}
    for form in forms:
        lemma = nlpid.get(form)
        if lemma and lemma != form and re.fullmatch(r"[a-z-]+", form):
            lookup[form] = lemma
    return {"lookup": lookup, "roots": roots}


def check(tables: dict, data) -> None:
    """Lemma accuracy on gold UD lemmas, lowercase content words only (not a test set)."""
    from arahan.extract.lang.lemmatizer import KEEP_POS, IndonesianLemmatizer

    lem = IndonesianLemmatizer(None)
    lem.set_tables(tables["lookup"], tables["roots"])
    for path in [data / "ud/UD_Indonesian-CSUI/id_csui-ud-train.conllu", data / "ud/UD_Indonesian-GSD/id_gsd-ud-dev.conllu"]:
        right = total = 0
        misses: dict[tuple[str, str, str], int] = {}
        for sent in read_conllu(path):
            for word, pos, gold in zip(sent["words"], sent["pos"], sent["lemmas"]):
                if not gold or pos in KEEP_POS:
                    continue
                pred = lem.lemma_for(word, pos).lower()
                total += 1
                right += pred == gold.lower()
                if pred != gold.lower():
                    misses[(word.lower(), pred, gold.lower())] = misses.get((word.lower(), pred, gold.lower()), 0) + 1
        print(f"{path.name}: lemma acc {right / total:.4f} on {total} words")
        print("  top misses:", sorted(misses.items(), key=lambda kv: -kv[1])[:25])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="print accuracy against UD lemmas")
    args = parser.parse_args()
    data = shared_data_dir()
    tables = build(data)
    out = corpus_dir() / "lemma_tables.json.gz"
    out.write_bytes(gzip.compress(json.dumps(tables, ensure_ascii=False).encode("utf8"), mtime=0))
    print(f"{out}: {len(tables['lookup'])} forms, {len(tables['roots'])} roots, {out.stat().st_size // 1024} KiB")
    if args.check:
        check(tables, data)


if __name__ == "__main__":
    main()
