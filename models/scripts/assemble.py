"""Recipe step: join the trained UD and NER pipelines into one Arahan pipeline.

Components: tok2vec (shared by morphologizer and parser), morphologizer (UPOS), parser,
lemmatizer (lookup + affix rules, tables from build_lemmas.py), ner (with its own
embedded tok2vec, so NER and syntax can be trained and improved separately), then an
entity ruler with hand-written agency names (extract/lang/agencies.py) that only fills gaps,
and region_names, which marks a province or kabupaten/kota right after a title ("Bupati
Bondowoso") as LOC, from the official gazetteer in ../shared/data/gazetteer.
The tokenizer is spaCy ``id`` plus arahan.extract.lang's exceptions.

Usage: python models/scripts/assemble.py [--ud DIR] [--ner DIR] [--out DIR]
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

import spacy

from common import MODELS_DIR, REPO_ROOT, corpus_dir, shared_data_dir

sys.path.insert(0, str(REPO_ROOT))
from arahan.extract.lang import add_tokenizer_exceptions  # noqa: E402
from arahan.extract.lang.agencies import agency_patterns  # noqa: E402


def gazetteer_regions(gazetteer: Path) -> list[str]:
    """Province names and kabupaten/kota core names ("Bondowoso", "Jakarta Selatan") from the
    official list in ../shared/data/gazetteer (cahyadsn/wilayah, MIT; Kemendagri codes)."""
    with (gazetteer / "provinsi.csv").open(encoding="utf8") as fh:
        names = {row["nama"] for row in csv.DictReader(fh)}
    with (gazetteer / "kabupaten_kota.csv").open(encoding="utf8") as fh:
        names |= {row["nama_inti"] for row in csv.DictReader(fh)}
    return sorted(names)


def assemble(ud_path: Path, ner_path: Path, tables: Path, gazetteer: Path) -> spacy.Language:
    """Return the combined pipeline (not yet saved)."""
    nlp = add_tokenizer_exceptions(spacy.blank("id"))
    ud = spacy.load(ud_path)
    ner = spacy.load(ner_path)
    if "tok2vec" in ner.pipe_names:
        ner.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
    for name in ("tok2vec", "morphologizer", "parser"):
        nlp.add_pipe(name, source=ud)
    lemmatizer = nlp.add_pipe("arahan_id_lemmatizer", name="lemmatizer")
    lemmatizer.initialize(tables_path=str(tables))
    nlp.add_pipe("ner", source=ner)
    # Hand-written agency names fill gaps the statistical NER leaves; they never override it.
    ruler = nlp.add_pipe("entity_ruler", name="agency_ruler", after="ner", config={"overwrite_ents": False})
    ruler.add_patterns(agency_patterns())
    # Regions right after a title ("Bupati Bondowoso") become LOC; the compiled list is saved
    # inside the pipeline (region_names/regions.json), so loading needs no shared data.
    nlp.add_pipe("arahan_region_names", name="region_names", after="agency_ruler").add_regions(gazetteer_regions(gazetteer))
    return nlp


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ud", type=Path, default=MODELS_DIR / "training/ud/model-best")
    parser.add_argument("--ner", type=Path, default=MODELS_DIR / "training/ner_ft/model-best")
    parser.add_argument("--tables", type=Path, default=corpus_dir() / "lemma_tables.json.gz")
    parser.add_argument("--gazetteer", type=Path, default=shared_data_dir() / "gazetteer")
    parser.add_argument("--out", type=Path, default=MODELS_DIR / "training/assembled")
    args = parser.parse_args()
    nlp = assemble(args.ud, args.ner, args.tables, args.gazetteer)
    nlp.to_disk(args.out)
    print(f"assembled {nlp.pipe_names} -> {args.out}")


if __name__ == "__main__":
    main()
