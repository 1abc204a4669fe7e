"""Ablation: does a learned directive-type classifier beat the rules' typing?

A multinomial logistic regression (numpy, L2, full-batch gradient descent) over the directives
the rules find: features are the rules' type, the cue, how the issuer was found, and the words
around the cue in its sentence. It is trained on the tune half of ../shared/eval/dev (each
predicted directive labelled with the type of the gold directive of the same issuer whose cue
lies in its sentence, or "none" when no gold directive of that issuer does) and measured on the
check half, where it re-types each directive (and, in the second setting, drops those it calls
"none"). Only aggregate check figures are printed.

    python models/scripts/directive_classifier.py [--gold ../shared/eval/dev] [--save models/directive_types.npz]

The rules stay the default unless this prints a higher check issuer+type F1 (see extract/README.md, ablation).
"""

from __future__ import annotations

import argparse
import copy
import re
import time
from pathlib import Path

import numpy as np

from arahan.extract.evaluate import Scores, _issuer_match, in_split, load_gold, score_document
from arahan.extract.pipeline import build_pipeline, extract_document

TYPES = ["appeal", "instruction", "prohibition", "sanction_warning", "policy", "oversight", "none"]
DIM = 2 ** 14


def features(d: dict) -> list[str]:
    ev = d["evidence"]
    sent, start, end = ev["sentence"], ev["start"] - ev["sent_start"], ev["end"] - ev["sent_start"]
    left = re.findall(r"\w+", sent[:start].lower())[-6:]
    right = re.findall(r"\w+", sent[end:].lower())[:6]
    cue = d["cue"].lower()
    out = [f"rule={d['type']}", f"cue={cue}", f"how={d['issuer_resolved_by']}", f"targets={min(2, len(d['targets']))}",
           f"cue+1={cue}_{right[0] if right else ''}", f"rule+1={d['type']}_{right[0] if right else ''}",
           f"quote={'“' in sent or chr(34) in sent}"]
    out += [f"l={w}" for w in left] + [f"r={w}" for w in right]
    out += [f"l1={left[-1]}" if left else "l1=", f"r1={right[0]}" if right else "r1="]
    return out


def vector(feats: list[str]) -> np.ndarray:
    v = np.zeros(DIM, dtype=np.float32)
    for f in feats:
        v[hash_feature(f)] = 1.0
    return v


def hash_feature(f: str) -> int:
    h = 2166136261
    for b in f.encode():
        h = ((h ^ b) * 16777619) & 0xFFFFFFFF
    return h % DIM


def label(d: dict, golds: list[dict]) -> str:
    sent = d["evidence"]["sentence"]
    same = [g for g in golds if _issuer_match(d, g)]
    hits = [g for g in same if g.get("cue") and (g["cue"] in sent or sent in g["cue"] or g["cue"][:30] in sent)]
    if not hits:
        return "none"
    return next((g["type"] for g in hits if g["type"] == d["type"]), hits[0]["type"])


def fit(X: np.ndarray, y: np.ndarray, l2: float = 1e-3, steps: int = 400, lr: float = 0.5) -> np.ndarray:
    W = np.zeros((X.shape[1], len(TYPES)), dtype=np.float32)
    Y = np.eye(len(TYPES), dtype=np.float32)[y]
    for _ in range(steps):
        Z = X @ W
        P = np.exp(Z - Z.max(1, keepdims=True))
        P /= P.sum(1, keepdims=True)
        W -= lr * (X.T @ (P - Y) / len(X) + l2 * W)
    return W


def predict(W: np.ndarray, d: dict) -> np.ndarray:
    z = vector(features(d)) @ W
    p = np.exp(z - z.max())
    return p / p.sum()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", default=str(Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "dev"))
    ap.add_argument("--save", default=None)
    args = ap.parse_args()
    nlp = build_pipeline("blank")
    items = load_gold(Path(args.gold))
    preds = {}
    for item in items:
        doc = {k: item.get(k) for k in ("id", "text", "published", "title", "url")}
        preds[item["id"]], _ = extract_document(doc, nlp=nlp)
    tune, check = in_split(items, "tune"), in_split(items, "check")
    X, y = [], []
    for item in tune:
        for d in preds[item["id"]]["directives"]:
            X.append(vector(features(d)))
            y.append(TYPES.index(label(d, item["gold"]["directives"])))
    X, y = np.stack(X), np.array(y)
    W = fit(X, y)
    print(f"trained on {len(y)} tune directives; labels: " +
          ", ".join(f"{t}={int((y == i).sum())}" for i, t in enumerate(TYPES)))
    if args.save:
        np.savez_compressed(args.save, W=W, types=np.array(TYPES))
    for setting in ("rules", "+classifier (re-type)", "+classifier (re-type and drop 'none')"):
        for split, part in (("tune", tune), ("check", check)):
            scores, t0, n = Scores(), time.process_time(), 0
            for item in part:
                pred = copy.deepcopy(preds[item["id"]])
                if setting != "rules":
                    kept = []
                    for d in pred["directives"]:
                        p = predict(W, d)
                        best = TYPES[int(p.argmax())]
                        if best == "none":
                            if setting.endswith("'none')"):
                                continue
                            best = TYPES[int(p[:-1].argmax())]
                        d["type"] = best
                        kept.append(d)
                        n += 1
                    pred["directives"] = kept
                score_document(pred, item["gold"], scores, item["id"])
            s = scores.summary()
            print(f"{setting:40s} {split:5s} issuer+type F1 {s['directives_type']['f1']:.3f}"
                  f"  targets {s['targets_jaccard']:.3f}  ({n} directives classified in {time.process_time() - t0:.2f} s CPU)")


if __name__ == "__main__":
    main()
