"""Would the trained NER help the rules? Measures two uses of `models/id_arahan_news` entities on
one half of the dev gold: PER entities as a filter on official names (how many right and wrong
names the filter would drop) and ORG entities as organizations (how many match a gold one).

Usage: python models/scripts/ner_ablation.py [--split tune|check] [--gold ../shared/eval/dev]
"""

from __future__ import annotations

from collections import Counter

from common import dev_split

from arahan.extract.evaluate import evaluate, orgs_match
from arahan.extract.nlp import load_nlp


def main() -> None:
    split, items = dev_split(__doc__.splitlines()[0])
    scores = evaluate(items)  # the rules' officials, judged right or wrong as `arahan eval` does
    ner = load_nlp("spacy")
    ents = {item["id"]: ner(item["text"][:20000]).ents for item in items}
    names: Counter[str] = Counter()
    for doc_id, o, right in scores.judged["officials"]:
        if o.get("name"):
            persons = " | ".join(e.text for e in ents[doc_id] if e.label_ == "PER")
            covered = any(w in persons for w in o["name"].split() if len(w) > 2)
            names[f"{'kept' if covered else 'dropped'} {'right' if right else 'wrong'}"] += 1
    orgs: Counter[str] = Counter()
    for item in items:
        gold = item.get("gold", {}).get("organizations", [])
        for e in ents[item["id"]]:
            if e.label_ == "ORG":
                orgs["matches gold" if any(orgs_match(e.text, g) for g in gold) else "no match"] += 1
    print(f"{split} half: official names with the PER filter: {dict(names)}")
    print(f"{split} half: ORG entities: {dict(orgs)}")


if __name__ == "__main__":
    main()
