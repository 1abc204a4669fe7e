"""Score extraction against gold files (`arahan eval --gold DIR`), with the matching rules of
../shared/eval/README.md made exact:

- officials: a predicted and a gold official match by name, after lower-casing and dropping
  punctuation, honorifics, degrees and single-letter initials, when one name's words are all
  in the other's, or the two spellings are close (difflib ratio >= 0.85); an unnamed office
  holder matches an unnamed one with the same title (normalised as below) and region.
  Predicted former holders ("mantan bupati") are not scored: the gold lists current holders.
- regions: exact canonical names ("Kabupaten X", "Kota X", "Provinsi X"); kecamatan are
  extracted but not scored, as the gold lists only provinces and kabupaten/kota.
- organizations: close spelling: equal after lower-casing and dropping punctuation, or ratio
  >= 0.85, or equal to either part of a "Full form (ABBR)" entry.
- directives: by issuer (same person by the name rule above; or, for unnamed issuers and
  institutions, the same title and region, or the same issuer text), then also by type.
  Pairs are made one-to-one, preferring the pair whose targets overlap most.
- accuracies on matched items: official title (equal after lower-casing and dropping spaces
  and punctuation, "Walikota" = "Wali Kota") and region (equal, null = null); directive date
  (compared to the gold's precision: "2024-06-12" matches a gold "2024-06"; null = null) and targets (Jaccard of the target sets, each target
  compared with case, spaces and punctuation ignored; two empty sets count 1) over the issuer+type matches.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

from arahan.extract.pipeline import build_pipeline, extract_document

HONORIFIC_WORDS = frozenset("h hj hm kh dr drs dra ir prof drg s sos si pd kom ag ak hum sc mm msi sh se sp sip mh mpd ma "
                            "mt spd skm iptu ipda akbp akp kompol kombes brigjen irjen letkol kolonel mayor kapten "
                            "pak bu bapak ibu mbak mas".split())
LEVELS = ("provinsi", "kabupaten", "kota")
SPLITS = ("all", "tune", "check")


def split_of(doc_id: str) -> str:
    """The fixed half a gold article belongs to: "tune" (rules may be fitted to it) or "check" (only measured).

    Decided by the SHA-256 of the id alone, so the split never changes when articles are added
    and needs no list to maintain.

    >>> split_of("a001"), split_of("a003")
    ('check', 'tune')
    """
    return "check" if int(hashlib.sha256(doc_id.encode("utf-8")).hexdigest(), 16) % 2 else "tune"


def in_split(items: list[dict], split: str) -> list[dict]:
    """The gold items of one split ("all" keeps every item)."""
    if split == "all":
        return list(items)
    return [item for item in items if split_of(str(item.get("id", ""))) == split]


def norm_name(name: str | None) -> list[str]:
    if not name:
        return []
    words = re.findall(r"[a-z0-9']+", name.lower().replace("’", "'"))
    return [w for w in words if len(w) > 1 and w not in HONORIFIC_WORDS]


def names_match(a: str | None, b: str | None) -> bool:
    wa, wb = norm_name(a), norm_name(b)
    if not wa or not wb:
        return False
    if set(wa) <= set(wb) or set(wb) <= set(wa):
        return True
    return SequenceMatcher(None, " ".join(wa), " ".join(wb)).ratio() >= 0.85


def norm_title(title: str | None) -> str:
    t = (title or "").lower().replace("walikota", "wali kota")
    return re.sub(r"[^a-z0-9]", "", t)


def org_key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def orgs_match(pred: str, gold: str) -> bool:
    forms_p = _org_forms(pred)
    forms_g = _org_forms(gold)
    if forms_p & forms_g:
        return True
    return SequenceMatcher(None, org_key(pred), org_key(gold)).ratio() >= 0.85


def _org_forms(name: str) -> set[str]:
    forms = {org_key(name)}
    m = re.match(r"^(.*?)\s*\(([^)]+)\)\s*(.*)$", name)
    if m:
        head, abbr, tail = m.groups()
        forms |= {org_key(f"{head} {tail}"), org_key(f"{abbr} {tail}")}
    return forms


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


COUNTED = ("officials", "regions", "organizations", "directives_issuer", "directives_type")


@dataclass
class Scores:
    officials: Counts = field(default_factory=Counts)
    regions: Counts = field(default_factory=Counts)
    organizations: Counts = field(default_factory=Counts)
    directives_issuer: Counts = field(default_factory=Counts)
    directives_type: Counts = field(default_factory=Counts)
    title_ok: list[bool] = field(default_factory=list)
    region_ok: list[bool] = field(default_factory=list)
    date_ok: list[bool] = field(default_factory=list)
    targets_j: list[float] = field(default_factory=list)
    letter_ok: dict[str, list[bool]] = field(default_factory=dict)  # official letters: field -> exact per letter
    errors: list[str] = field(default_factory=list)
    documents: int = 0
    # (document id, finding, right?) of every predicted official and directive: `calibration()` reads
    # their confidences, models/scripts/fit_confidence.py their features
    judged: dict[str, list[tuple[str, dict, bool]]] = field(default_factory=lambda: {"officials": [], "directives": []})
    # each document's own scores, in order: `arahan.extract.intervals` resamples them
    per_document: list["Scores"] = field(default_factory=list, repr=False)

    def add(self, other: "Scores") -> None:
        """Fold another document's (or split's) scores into these."""
        for key in COUNTED:
            mine, theirs = getattr(self, key), getattr(other, key)
            mine.tp, mine.fp, mine.fn = mine.tp + theirs.tp, mine.fp + theirs.fp, mine.fn + theirs.fn
        for key in ("title_ok", "region_ok", "date_ok", "targets_j", "errors"):
            getattr(self, key).extend(getattr(other, key))
        for key, oks in other.letter_ok.items():
            self.letter_ok.setdefault(key, []).extend(oks)
        for kind, judged in other.judged.items():
            self.judged.setdefault(kind, []).extend(judged)
        self.documents += other.documents

    def summary(self) -> dict:
        out = {}
        for key in COUNTED:
            p, r, f = getattr(self, key).prf()
            out[key] = {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}
        avg = lambda xs: round(sum(xs) / len(xs), 3) if xs else 1.0  # noqa: E731
        out["title_accuracy"] = avg([float(x) for x in self.title_ok])
        out["region_accuracy"] = avg([float(x) for x in self.region_ok])
        out["date_accuracy"] = avg([float(x) for x in self.date_ok])
        out["targets_jaccard"] = avg(self.targets_j)
        out["documents"] = self.documents
        if self.letter_ok:
            out["letter_accuracy"] = {k: avg([float(x) for x in v]) for k, v in self.letter_ok.items()}
        return out


def figure(summary: dict, key: str) -> float:
    """One figure of `Scores.summary()`: the F1 of a counted kind, else the accuracy itself."""
    value = summary[key]
    return value["f1"] if isinstance(value, dict) else value


def _official_match(p: dict, g: dict) -> bool:
    if p.get("name") and g.get("name"):
        return names_match(p["name"], g["name"])
    if not p.get("name") and not g.get("name"):
        return norm_title(p.get("title")) == norm_title(g.get("title")) and p.get("region") == g.get("region")
    return False


def _issuer_match(p: dict, g: dict) -> bool:
    if names_match(p.get("issuer"), g.get("issuer")):
        return True
    if org_key(p.get("issuer") or "") == org_key(g.get("issuer") or "") and p.get("issuer"):
        return True
    if not p.get("issuer_title") and not g.get("issuer_title") and p.get("issuer_region") and \
            p.get("issuer_region") == g.get("issuer_region") and not names_match(p.get("issuer"), None):
        return _institution(p.get("issuer")) and _institution(g.get("issuer"))  # the same government body
    pt, gt = norm_title(p.get("issuer_title")), norm_title(g.get("issuer_title"))
    return bool(pt) and pt == gt and p.get("issuer_region") == g.get("issuer_region") and (
        not norm_name(g.get("issuer")) or not names_match(p.get("issuer"), None))


def _institution(name: str | None) -> bool:
    return bool(re.match(r"(?:Pemerintah|Pemkab|Pemkot|Pemko|Pemprov|Pemda)\b", name or ""))


def target_key(target: str) -> str:
    """A target compared like a title: case, spaces and punctuation ignored ("non ASN" = "non-ASN")."""
    return re.sub(r"[^a-z0-9]", "", target.lower())


def jaccard(a: list[str], b: list[str]) -> float:
    sa, sb = {target_key(x) for x in a}, {target_key(x) for x in b}
    if not sa and not sb:
        return 1.0
    return len(sa & sb) / len(sa | sb)


def _pair(preds: list[dict], golds: list[dict], match) -> list[tuple[int, int]]:
    """One-to-one pairs, best target overlap first."""
    cands = []
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            if match(p, g):
                cands.append((-jaccard(p.get("targets") or [], g.get("targets") or []), i, j))
    cands.sort()
    used_p, used_g, pairs = set(), set(), []
    for _, i, j in cands:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


def score_document(pred: dict, gold: dict, scores: Scores, doc_id: str = "") -> None:
    scores.documents += 1
    # officials
    po = [o for o in pred.get("officials", []) if not o.get("former")]
    go = gold.get("officials", [])
    pairs = _pair(po, go, _official_match)
    _count(scores.officials, len(pairs), len(po), len(go))
    _judge(scores.judged["officials"], doc_id, po, pairs)
    for i, j in pairs:
        scores.title_ok.append(norm_title(po[i].get("title")) == norm_title(go[j].get("title")))
        scores.region_ok.append(po[i].get("region") == go[j].get("region"))
        if not scores.title_ok[-1] or not scores.region_ok[-1]:
            scores.errors.append(f"{doc_id} official {po[i].get('name')}: title/region {po[i].get('title')}/{po[i].get('region')}"
                                 f" vs gold {go[j].get('title')}/{go[j].get('region')}")
    _log_unmatched(scores, doc_id, "official", po, go, pairs, lambda o: f"{o.get('name')} | {o.get('title')} | {o.get('region')}")
    # regions
    pr = {r["name"] if isinstance(r, dict) else r for r in pred.get("regions", [])
          if not isinstance(r, dict) or r.get("level") in LEVELS}
    gr = set(gold.get("regions", []))
    _count(scores.regions, len(pr & gr), len(pr), len(gr))
    for r in sorted(pr - gr):
        scores.errors.append(f"{doc_id} region FP {r}")
    for r in sorted(gr - pr):
        scores.errors.append(f"{doc_id} region FN {r}")
    # organizations
    porgs = [o["name"] if isinstance(o, dict) else o for o in pred.get("organizations", [])]
    gorgs = gold.get("organizations", [])
    pairs = _pair([{"n": x} for x in porgs], [{"n": x} for x in gorgs], lambda a, b: orgs_match(a["n"], b["n"]))
    _count(scores.organizations, len(pairs), len(porgs), len(gorgs))
    _log_unmatched(scores, doc_id, "org", [{"n": x} for x in porgs], [{"n": x} for x in gorgs], pairs, lambda o: o["n"])
    # directives
    pd, gd = pred.get("directives", []), gold.get("directives", [])
    pairs = _pair(pd, gd, _issuer_match)
    _count(scores.directives_issuer, len(pairs), len(pd), len(gd))
    pairs = _pair(pd, gd, lambda p, g: _issuer_match(p, g) and p.get("type") == g.get("type"))
    _count(scores.directives_type, len(pairs), len(pd), len(gd))
    _judge(scores.judged["directives"], doc_id, pd, pairs)
    for i, j in pairs:
        ok = dates_match(pd[i].get("date"), gd[j].get("date"))
        scores.date_ok.append(ok)
        scores.targets_j.append(jaccard(pd[i].get("targets") or [], gd[j].get("targets") or []))
        if not ok:
            scores.errors.append(f"{doc_id} directive {pd[i]['type']} {pd[i].get('issuer')}: date {pd[i].get('date')} vs {gd[j].get('date')}")
        if scores.targets_j[-1] < 1:
            scores.errors.append(f"{doc_id} directive {pd[i]['type']} {pd[i].get('issuer')}: targets {pd[i].get('targets')} vs {gd[j].get('targets')}")
    _log_unmatched(scores, doc_id, "directive", pd, gd, pairs,
                   lambda d: f"{d.get('issuer')} | {d.get('type')} | {d.get('targets')} | {d.get('cue')}")
    if gold.get("letter"):
        _score_letter(pred.get("letter") or {}, gold["letter"], scores, doc_id)


LETTER_FIELDS = ("instrument_type", "number", "date", "place", "issuer")


def _score_letter(pred: dict, gold: dict, scores: Scores, doc_id: str) -> None:
    """An official letter's anatomy (gold key "letter"): each field exact, the issuer by the name rule."""
    for key in LETTER_FIELDS:
        if key not in gold:
            continue
        ok = names_match(pred.get(key), gold[key]) if key == "issuer" else pred.get(key) == gold[key]
        scores.letter_ok.setdefault(key, []).append(ok)
        if not ok:
            scores.errors.append(f"{doc_id} letter {key}: {pred.get(key)!r} vs gold {gold[key]!r}")


def _judge(out: list[tuple[str, dict, bool]], doc_id: str, preds: list[dict], pairs) -> None:
    matched = {i for i, _ in pairs}
    out.extend((doc_id, p, i in matched) for i, p in enumerate(preds))


CALIBRATION_BINS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)


def calibration(scores: Scores) -> dict[str, list[dict]]:
    """Precision per confidence bin of the predicted officials and directives (directives count as
    right when issuer and type match the gold), plus the precision of everything at >= 0.8.

    >>> s = Scores(); s.judged["officials"] = [("a", {"confidence": c}, ok) for c, ok in ((0.95, True), (0.95, False), (0.55, False))]
    >>> [(b["bin"], b["n"], b["precision"]) for b in calibration(s)["officials"]]
    [('0.5-0.6', 1, 0.0), ('0.9-1.0', 2, 0.5), ('>=0.8', 2, 0.5)]
    """
    out: dict[str, list[dict]] = {}
    for kind, judged in scores.judged.items():
        items = [(float(finding.get("confidence") or 0.0), ok) for _, finding, ok in judged]
        rows = []
        for lo, hi in zip(CALIBRATION_BINS, CALIBRATION_BINS[1:]):
            got = [ok for c, ok in items if lo <= c < hi or (hi == 1.0 and c == 1.0)]
            if got:
                rows.append({"bin": f"{lo:.1f}-{hi:.1f}", "n": len(got), "precision": round(sum(got) / len(got), 3)})
        high = [ok for c, ok in items if c >= 0.8]
        if high:
            rows.append({"bin": ">=0.8", "n": len(high), "precision": round(sum(high) / len(high), 3)})
        out[kind] = rows
    return out


def dates_match(pred: str | None, gold: str | None) -> bool:
    """A predicted ISO date against the gold one, at the gold's precision ("2024-06-03" ~ "2024-06")."""
    if not pred or not gold:
        return not pred and not gold
    return pred[:len(gold)] == gold


def _count(c: Counts, tp: int, n_pred: int, n_gold: int) -> None:
    c.tp += tp
    c.fp += n_pred - tp
    c.fn += n_gold - tp


def _log_unmatched(scores: Scores, doc_id: str, kind: str, preds: list, golds: list, pairs, show) -> None:
    mp = {i for i, _ in pairs}
    mg = {j for _, j in pairs}
    for i, p in enumerate(preds):
        if i not in mp:
            scores.errors.append(f"{doc_id} {kind} FP {show(p)}")
    for j, g in enumerate(golds):
        if j not in mg:
            scores.errors.append(f"{doc_id} {kind} FN {show(g)}")


def load_gold(source: Path) -> list[dict]:
    """Gold items from a folder of *.json files (../shared/eval/dev) or a JSON Lines file (corpus/demo/gold.jsonl)."""
    source = Path(source)
    if source.is_file():
        lines = source.read_text(encoding="utf-8").splitlines()
        return [json.loads(line) for line in lines if line.strip()]
    files = sorted(source.glob("*.json"))
    return [json.loads(f.read_text(encoding="utf-8")) for f in files]


def evaluate(source: Path | list[dict], backend: str = "blank", progress=None) -> Scores:
    """Run extraction on every gold item (a folder or file as for load_gold, or the items) and score it."""
    scores = Scores()
    nlp = build_pipeline(backend)
    items = load_gold(source) if isinstance(source, (str, Path)) else source
    for item in items:
        doc = {k: item.get(k) for k in ("id", "text", "published", "title", "url")}
        pred, _ = extract_document(doc, backend=backend, nlp=nlp)
        own = Scores()
        score_document(pred, item.get("gold", {}), own, item.get("id", ""))
        scores.add(own)
        scores.per_document.append(own)
        if progress:
            progress()
    return scores
