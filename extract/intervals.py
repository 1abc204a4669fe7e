"""How sure a figure of `arahan eval` is: bootstrap intervals over the gold documents.

The check half holds 40 articles, so one article more or less right moves a figure by a few
points. `intervals(scores)` resamples the documents with replacement (1,000 times, fixed seed)
and gives the 2.5th and 97.5th percentile of each figure: a change whose gain sits well inside
the interval is within noise, and the simpler rule should stay.

>>> from arahan.extract.evaluate import Scores, figure
>>> docs = []
>>> for tp, fp in ((3, 0), (1, 1), (2, 2)):
...     s = Scores(documents=1); s.officials.tp, s.officials.fp = tp, fp; docs.append(s)
>>> total = Scores(per_document=docs)
>>> lo, hi = intervals(total, draws=200)["officials"]
>>> 0.5 <= lo <= hi <= 1.0
True
"""

from __future__ import annotations

import random

from arahan.extract.evaluate import Scores, figure

__all__ = ["intervals", "FIGURES"]

FIGURES = ("officials", "regions", "organizations", "directives_issuer", "directives_type",
           "title_accuracy", "region_accuracy", "date_accuracy", "targets_jaccard")


def intervals(scores: Scores, draws: int = 1000, seed: int = 0, level: float = 0.95) -> dict[str, tuple[float, float]]:
    """(low, high) of each figure over `draws` resamples of the documents in `scores.per_document`."""
    docs = scores.per_document
    if not docs:
        return {}
    rng = random.Random(seed)
    samples: dict[str, list[float]] = {key: [] for key in FIGURES}
    for _ in range(draws):
        total = Scores()
        for doc in rng.choices(docs, k=len(docs)):
            total.add(doc)
        summary = total.summary()
        for key in FIGURES:
            samples[key].append(figure(summary, key))
    cut = (1 - level) / 2
    out = {}
    for key, values in samples.items():
        values.sort()
        out[key] = (round(values[int(cut * (draws - 1))], 3), round(values[int((1 - cut) * (draws - 1))], 3))
    return out
