"""Would the trained NER help the rules? Measures two uses of `models/id_arahan_news` entities on
one half of the dev gold: PER entities as a filter on official names (how many right and wrong
names the filter would drop) and ORG entities as organizations (how many match a gold one).

Usage: python models/scripts/ner_ablation.py [--split tune|check] [--gold ../shared/eval/dev]
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from extract.evaluate import _official_match, _pair, in_split, load_gold, orgs_match
from extract.nlp import load_nlp
from extract.pipeline import build_pipeline, extract_document


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="check", choices=("tune", "check", "all"))
    parser.add_argument("--gold", type=Path, default=Path(__file__).resolve().parents[3] / "shared" / "eval" / "dev")
    args = parser.parse_args()
    ner, rules = load_nlp("spacy"), build_pipeline("blank")
    names: Counter[str] = Counter()
    orgs: Counter[str] = Counter()
    for item in in_split(load_gold(args.gold), args.split):
        pred, _ = extract_document({k: item.get(k) for k in ("id", "text", "published", "title", "url")}, nlp=rules)
        gold = item.get("gold", {})
        ents = ner(item["text"][:20000]).ents
        persons = " | ".join(e.text for e in ents if e.label_ == "PER")
        named = [o for o in pred["officials"] if o.get("name") and not o.get("former")]
        right = {i for i, _ in _pair(named, gold.get("officials", []), _official_match)}
        for i, o in enumerate(named):
            covered = any(w in persons for w in o["name"].split() if len(w) > 2)
            names[f"{'kept' if covered else 'dropped'} {'right' if i in right else 'wrong'}"] += 1
        for e in ents:
            if e.label_ == "ORG":
                orgs["matches gold" if any(orgs_match(e.text, g) for g in gold.get("organizations", [])) else "no match"] += 1
    print(f"{args.split} half: official names with the PER filter: {dict(names)}")
    print(f"{args.split} half: ORG entities: {dict(orgs)}")


if __name__ == "__main__":
    main()
