"""Fit the confidence table extract/vocab/confidence.csv on the tune half of the dev gold.

A finding's confidence is a cautious estimate of the precision that findings like it had on the
tune split: directives by how their issuer was resolved and whether the article repeats them,
officials by whether they are named. The estimate is the lower Wilson bound (z = 1, about 84%
one-sided) of that precision, so a feature seen on few findings, or right a little less often
than it seems, is not promised more than it earned.
`arahan eval --split check --calibration` then shows whether the figures hold on the other half.

Usage: python models/scripts/fit_confidence.py [--gold ../shared/eval/dev] [--write]
"""

from __future__ import annotations

import argparse
import csv
import math
from collections import defaultdict
from pathlib import Path

from arahan.extract.evaluate import evaluate, in_split, load_gold

Z = 1.0
TABLE = Path(__file__).resolve().parents[2] / "extract" / "vocab" / "confidence.csv"


def observations(gold: Path) -> dict[tuple[str, str], list[bool]]:
    """Right or wrong, per kind and feature, for every finding on the tune split (as `arahan eval` judges it)."""
    scores = evaluate(in_split(load_gold(gold), "tune"))
    seen: dict[tuple[str, str], list[bool]] = defaultdict(list)
    for _, o, right in scores.judged["officials"]:
        seen[("official", "named" if o.get("name") else "unnamed")].append(right)
    for _, d, right in scores.judged["directives"]:
        seen[("directive", f"{d['issuer_resolved_by']}{'+repeated' if d['repeats'] else ''}")].append(right)
    return seen


def wilson_lower(right: int, n: int, z: float = Z) -> float:
    """Lower Wilson score bound of a proportion.

    >>> round(wilson_lower(12, 12), 2), round(wilson_lower(22, 27), 2)
    (0.92, 0.73)
    """
    p = right / n
    centre = p + z * z / (2 * n)
    spread = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return (centre - spread) / (1 + z * z / n)


def fit(seen: dict[tuple[str, str], list[bool]]) -> list[dict]:
    return [{"kind": kind, "feature": feature, "confidence": f"{wilson_lower(sum(oks), len(oks)):.2f}",
             "n": len(oks), "precision": f"{sum(oks) / len(oks):.2f}"}
            for (kind, feature), oks in sorted(seen.items())]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=Path(__file__).resolve().parents[3] / "shared" / "eval" / "dev")
    parser.add_argument("--write", action="store_true", help=f"write {TABLE}")
    args = parser.parse_args()
    rows = fit(observations(args.gold))
    for r in rows:
        print(f"{r['kind']:10} {r['feature']:24} n={r['n']:>3} precision={r['precision']} -> {r['confidence']}")
    if args.write:
        with TABLE.open("w", encoding="utf-8", newline="") as fh:
            fh.write("kind,feature,confidence,n,precision\n"
                     "# Fitted on the tune half of ../shared/eval/dev by models/scripts/fit_confidence.py (precision of\n"
                     "# findings with this feature, as its lower Wilson bound). Unlisted features keep the extractor's default.\n")
            writer = csv.DictWriter(fh, ["kind", "feature", "confidence", "n", "precision"], lineterminator="\n")
            writer.writerows(rows)
        print(f"wrote {TABLE}")


if __name__ == "__main__":
    main()
