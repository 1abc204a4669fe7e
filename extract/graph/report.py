"""Resolution precision and recall against gold annotations.

The gold officials of each article (SCHEMA.md files in a folder, or a gold.jsonl such
as corpus/demo/gold.jsonl) are stored as if extraction had found them, the graph is
built in a scratch store, and every named mention's person is compared with the gold
identity: `person_key` when the gold has one (the demo corpus), else the normalised
name with the region or organisation (the dev set, where one name in one
jurisdiction is one person). Scores are over pairs of mentions in different articles:
precision = correct same-person pairs / pairs we merged, recall = correct / gold
same-person pairs. A false merge is a pair we merged that the gold keeps apart.
"""

from __future__ import annotations

import json
import tempfile
from itertools import combinations
from pathlib import Path

from arahan.store.database import Store
from arahan.extract.graph.build import GraphBuilder, update_graph
from arahan.extract.graph.entities import name_key, names_compatible, slug, split_title
from arahan.extract.graph.resolve import alias_key


def load_gold(paths: list[Path]) -> list[dict]:
    """Gold articles from folders of <id>.json and/or .jsonl files; unreadable files are skipped with a note."""
    out = []
    for path in map(Path, paths):
        files = sorted(path.glob("*.json")) + sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
        for f in files:
            try:
                if f.suffix == ".jsonl":
                    out.extend(json.loads(line) for line in f.read_text(encoding="utf-8").splitlines() if line.strip())
                else:
                    out.append(json.loads(f.read_text(encoding="utf-8")))
            except (OSError, ValueError) as exc:
                print(f"skipped {f}: {exc}")
    return [g for g in out if isinstance(g, dict) and isinstance(g.get("gold"), dict)]


def _as_result(gold: dict) -> dict:
    g = gold["gold"]
    return {
        "officials": [dict(o) for o in g.get("officials", [])],
        "regions": [{"name": r} for r in g.get("regions", []) if isinstance(r, str)],
        "organizations": [{"name": o} for o in g.get("organizations", []) if isinstance(o, str)],
        "directives": [dict(d, confidence=1.0) for d in g.get("directives", [])],
    }


def load_predictions(path: Path) -> dict[str, dict]:
    """`arahan extract --output` lines by document id."""
    out = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            out[str(item.get("id"))] = item
    return out


def predictions_from_store(db: Path) -> dict[str, dict]:
    """Extraction results kept in a store (after `arahan import` + `arahan extract`), by document URL."""
    store = Store.open(db, readonly=True)
    try:
        out = {}
        for doc in store.documents(status=None):
            extraction = store.extraction(doc["id"])
            if extraction:
                for url in store.document(doc["id"])["urls"]:
                    out[url] = extraction["result"]
        return out
    finally:
        store.close()


def _truth(o: dict) -> str:
    return o.get("person_key") or f"{name_key(o['name'])}|{o.get('region') or o.get('org') or ''}"


def _gold_match(pred: dict, golds: list[dict]) -> dict | None:
    """The gold official a predicted one stands for: compatible name, same region when both say one."""
    key = name_key(pred.get("name") or "")
    for o in golds:
        if not o.get("name"):
            continue
        gkey = name_key(o["name"])
        if (key == gkey or names_compatible(key, gkey)) and (
                not pred.get("region") or not o.get("region") or pred["region"] == o["region"]):
            return o
    return None


def resolution_report(golds: list[dict], predictions: dict[str, dict] | None = None) -> dict:
    """Pairwise precision/recall of person resolution over the named gold officials.

    With `predictions` (extraction output by document id) the graph is built from what
    extraction found, and each predicted official is scored as the gold official it
    matches in its article (unmatched ones are left out: extraction's own errors).
    """
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "gold.db")
        try:
            mentions = []
            with store.transaction():
                for n, g in enumerate(golds):
                    doc = store.upsert_document({
                        "canonical_url": g.get("url") or f"gold:{g.get('id', n)}", "outlet": g.get("outlet"),
                        "published": g.get("published"), "title": g.get("title"), "text": g.get("text") or ""})
                    gold_officials = g["gold"].get("officials", [])
                    if predictions is None:
                        store.save_extraction(doc, _as_result(g), backend="gold")
                        mentions.extend((doc, o, _truth(o)) for o in gold_officials if o.get("name"))
                        continue
                    pred = predictions.get(str(g.get("id"))) or predictions.get(g.get("url") or "") or {}
                    store.save_extraction(doc, pred, backend="prediction")
                    for o in pred.get("officials", []):
                        match = _gold_match(o, gold_officials) if o.get("name") else None
                        if match:
                            mentions.append((doc, o, _truth(match)))
            update_graph(store)
            builder = GraphBuilder(store)
            aliases = {r["key"]: r["person_id"] for r in store.query("SELECT key, person_id FROM graph_aliases")}
            rows = []
            for doc, o, truth in mentions:
                anchor = builder.anchor(o.get("region"), o.get("region_code"), o.get("org"))
                office = slug(split_title(o.get("title"))[0]) if o.get("title") else ""
                pid = aliases.get(alias_key(anchor, name_key(o["name"]), office))
                pid = builder.resolver.redirect.get(pid, pid)
                rows.append((doc, o["name"], pid, truth))
        finally:
            store.close()
    tp = fp = fn = 0
    false_merges, missed = [], []
    for a, b in combinations(rows, 2):
        if a[0] == b[0]:
            continue
        same_pred, same_gold = a[2] is not None and a[2] == b[2], a[3] == b[3]
        if same_pred and same_gold:
            tp += 1
        elif same_pred:
            fp += 1
            false_merges.append((a[1], b[1], a[2]))
        elif same_gold:
            fn += 1
            missed.append((a[1], b[1], a[3]))
    return {
        "articles": len(golds), "mentions": len(rows), "persons_gold": len({r[3] for r in rows}),
        "persons_found": len({r[2] for r in rows}), "pairs_gold": tp + fn, "pairs_merged": tp + fp,
        "precision": tp / (tp + fp) if tp + fp else 1.0, "recall": tp / (tp + fn) if tp + fn else 1.0,
        "false_merges": false_merges, "missed": missed,
    }
