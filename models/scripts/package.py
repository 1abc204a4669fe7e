"""Recipe step: copy the assembled pipeline into models/<name>/ with its scores and licences in meta.json.

The scores come from evaluate.py's JSON output, so the shipped meta always states what was
measured on the held-out test sets for exactly these weights.

Usage: python models/scripts/package.py [--model DIR] [--scores FILE] [--name NAME] [--version V]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

import spacy

from common import MODELS_DIR, REPO_ROOT, shared_data_dir

sys.path.insert(0, str(REPO_ROOT))
import arahan.extract.lang  # noqa: E402,F401  (registers the lemmatizer factory)

SOURCES = [
    {"name": "UD Indonesian-GSD, legacy v2.1 train/dev/test (commit 01a2adc; the shipped model is fitted on train + dev, test for evaluation only)", "license": "CC BY-NC-SA 3.0 US (Google later dropped the NC restriction for the UD annotations, changelog v2.5; confirm before commercial use)", "url": "https://github.com/UniversalDependencies/UD_Indonesian-GSD"},
    {"name": "UD Indonesian-CSUI test (evaluation only)", "license": "CC BY-SA 4.0", "url": "https://github.com/UniversalDependencies/UD_Indonesian-CSUI"},
    {"name": "UD Indonesian-GSD v2.17 test (evaluation only)", "license": "CC BY-SA 4.0", "url": "https://github.com/UniversalDependencies/UD_Indonesian-GSD"},
    {"name": "idner-news-2k train/dev (test for evaluation only)", "license": "MIT", "url": "https://github.com/khairunnisaor/idner-news-2k"},
    {"name": "IndoLEM NER UI (nergithub.txt), no sentence overlaps idner dev/test", "license": "no licence file upstream; SEACrowd records CC BY 4.0 (unconfirmed)", "url": "https://github.com/indolem/indolem"},
    {"name": "NERGrit (IndoNLU subset, train_preprocess.txt; PERSON/ORGANISATION/PLACE -> PER/ORG/LOC), first NER stage only; no sentence overlaps idner", "license": "MIT (IndoNLU, Copyright (c) 2020 Prosa.ai); NERGRIT: 'can be used both for learning or commercially', contributors and licence must be included: see licenses/ in this folder", "url": "https://github.com/grit-id/nergrit-corpus"},
    {"name": "nlp-id kumparan POS sentences (tokens only, for tok2vec pretraining; dev/test sentences removed)", "license": "MIT", "url": "https://pypi.org/project/nlp-id/"},
    {"name": "spaCy lookups data, Indonesian lemma table", "license": "MIT", "url": "https://github.com/explosion/spacy-lookups-data"},
    {"name": "nlp-id lemma dictionary and root words (kumparan)", "license": "MIT", "url": "https://pypi.org/project/nlp-id/"},
]


# Notices that a source asks to travel with anything built from it (NERGRIT: "All NERGRIT
# contributors and LICENSE must be included if You use this corpus").
NOTICES = ["ner/indonlu-nergrit_ner-grit/NERGRIT_NOTICE.md", "ner/indonlu-nergrit_ner-grit/LICENSE_indonlu_MIT.txt"]


def package(model: Path, scores: dict, out: Path, name: str, version: str) -> None:
    """Save `model` to `out` with Arahan's meta (scores, sources, licences)."""
    nlp = spacy.load(model)
    nlp.meta.update({
        "name": name, "version": version,
        "description": "Arahan's Indonesian news pipeline: tokenizer exceptions, UPOS morphologizer, dependency parser, lookup+affix lemmatizer, NER (PER/ORG/LOC). CNN tok2vec, CPU.",
        "author": "Arahan", "license": "CC BY-SA 4.0 (derived from CC BY-SA / CC BY-NC-SA 3.0 / MIT data; see sources)",
        "sources": SOURCES,
        "performance": scores,
        "requirements": [],
    })
    nlp.meta["arahan"] = {"scores": scores, "model_card": "models/README.md",
                          "loader": "arahan.extract.nlp.load_nlp() (imports arahan.extract.lang for the lemmatizer factory)"}
    if out.exists():
        shutil.rmtree(out)
    nlp.to_disk(out)
    (out / "licenses").mkdir()
    for notice in NOTICES:
        shutil.copyfile(shared_data_dir() / notice, out / "licenses" / Path(notice).name)
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    print(f"packaged {name} {version} -> {out} ({size / 1e6:.1f} MB)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=MODELS_DIR / "training/assembled")
    parser.add_argument("--scores", type=Path, default=MODELS_DIR / "training/scores.json")
    parser.add_argument("--name", default="arahan_news")
    parser.add_argument("--version", default="0.3.1")
    parser.add_argument("--out", type=Path, default=MODELS_DIR / "id_arahan_news")
    args = parser.parse_args()
    scores = json.loads(args.scores.read_text()) if args.scores.exists() else {}
    package(args.model, scores, args.out, args.name, args.version)


if __name__ == "__main__":
    main()
