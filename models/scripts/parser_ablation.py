"""Would the trained parser help the rules find a directive's addressees and issuer?

For every directive the rules find on one half of the dev gold, the trained pipeline
(`models/id_arahan_news`) parses the text; the cue's verb gives

- addressees: the target groups (the rules' own lexicon, `lexicon.TARGETS`) inside the
  subtrees of its object, indirect object and "kepada ..." oblique, or, for a passive
  ("ASN dilarang") or modal ("ASN harus") cue, of its subject;
- issuer: its nominal subject (active cues only).

The targets are scored as `arahan eval` scores them, in three settings: the rules alone, the
parser alone, and the parser only where the rules found nobody. For the issuer the script
counts, among directives the rules attribute right or wrong (as judged against the gold), how
often the parser's subject names that issuer; a parser that would fix attribution names the
issuer of right ones and not of wrong ones.

Usage: python models/scripts/parser_ablation.py [--split tune|check] [--gold ../shared/eval/dev]
"""

from __future__ import annotations

import copy
import time
from collections import Counter

from common import dev_split

from arahan.extract import lexicon as lx
from arahan.extract.targets import MODAL_CUES, TARGET_RE
from arahan.extract.evaluate import Scores, score_document
from arahan.extract.nlp import load_nlp
from arahan.extract.pipeline import build_pipeline, extract_document

OBJECT_DEPS = {"obj", "iobj", "ccomp", "xcomp"}
SUBJECT_DEPS = {"nsubj", "nsubj:pass"}


def _groups(text: str) -> list[str]:
    """The rules' target groups named in a piece of text, in order, once each."""
    out: list[str] = []
    for m in TARGET_RE.finditer(text):
        norm = lx.TARGETS[int(m.lastgroup[1:])][1]
        if norm not in out:
            out.append(norm)
    return out


def _verb(doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return span.root


def _subtree_text(token) -> str:
    return token.doc[token.left_edge.i:token.right_edge.i + 1].text


def parser_targets(doc, d: dict) -> list[str]:
    verb = _verb(doc, d["evidence"]["start"], d["evidence"]["end"])
    if verb is None:
        return []
    cue = (d.get("cue") or "").lower()
    passive = cue.startswith("di") or bool(MODAL_CUES.match(cue))
    found: list[str] = []
    for child in verb.children:
        dep = child.dep_
        kepada = dep == "obl" and any(c.dep_ == "case" and c.lower_ == "kepada" for c in child.children)
        if (passive and dep in SUBJECT_DEPS) or (not passive and (dep in {"obj", "iobj"} or kepada)):
            found += [g for g in _groups(_subtree_text(child)) if g not in found]
    return found


def parser_issuer(doc, d: dict) -> str:
    verb = _verb(doc, d["evidence"]["start"], d["evidence"]["end"])
    if verb is None:
        return ""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return _subtree_text(subjects[0]) if subjects else ""


def main() -> None:
    split, items = dev_split(__doc__.splitlines()[0])
    rules = build_pipeline("blank")
    parse = load_nlp("spacy")
    settings = {"rules": Scores(), "parser": Scores(), "parser where the rules found nobody": Scores()}
    issuer: Counter[str] = Counter()
    words, parse_seconds = 0, 0.0
    for item in items:
        doc_in = {k: item.get(k) for k in ("id", "text", "published", "title", "url")}
        pred, _ = extract_document(doc_in, nlp=rules)
        t = time.process_time()
        doc = parse(item["text"])
        parse_seconds += time.process_time() - t
        words += len(item["text"].split())
        alt = {"rules": pred, **{name: copy.deepcopy(pred) for name in settings if name != "rules"}}
        for i, d in enumerate(pred["directives"]):
            found = parser_targets(doc, d)
            alt["parser"]["directives"][i]["targets"] = found
            if not d.get("targets"):
                alt["parser where the rules found nobody"]["directives"][i]["targets"] = found
        judged_before = len(settings["rules"].judged["directives"])
        for name, scores in settings.items():
            score_document(alt[name], item.get("gold", {}), scores, item.get("id", ""))
        for _, d, right in settings["rules"].judged["directives"][judged_before:]:  # this article's, as judged
            subject = parser_issuer(doc, d).lower()
            names = [w for w in (d.get("issuer") or "").lower().split() if len(w) > 2]
            agrees = bool(subject) and any(w in subject for w in names)
            issuer[f"{'right' if right else 'wrong'} issuer, parser subject {'names it' if agrees else 'does not'}"] += 1
    print(f"{split} half, {len(items)} articles, {words:,} words; parsing {words / max(parse_seconds, 1e-9):,.0f} words/s (CPU)")
    for name, scores in settings.items():
        fig = scores.summary()
        print(f"  targets Jaccard, {name}: {fig['targets_jaccard']:.3f}  (issuer+type F1 {fig['directives_type']['f1']:.3f})")
    print("  issuer:", dict(sorted(issuer.items())))


if __name__ == "__main__":
    main()
