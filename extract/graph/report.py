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

from corpus.store import Store
from extract.graph.build import GraphBuilder, update_graph
from extract.graph.entities import name_key, slug, split_title
from extract.graph.resolve import alias_key


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


def resolution_report(golds: list[dict]) -> dict:
    """Pairwise precision/recall of person resolution over the named gold officials."""
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "gold.db")
        try:
            mentions = []
            with store.transaction():
                for n, g in enumerate(golds):
                    doc = store.upsert_document({
                        "canonical_url": g.get("url") or f"gold:{g.get('id', n)}", "outlet": g.get("outlet"),
                        "published": g.get("published"), "title": g.get("title"), "text": g.get("text") or ""})
                    store.save_extraction(doc, _as_result(g), backend="gold")
                    for o in g["gold"].get("officials", []):
                        if o.get("name"):
                            mentions.append((doc, o))
            update_graph(store)
            builder = GraphBuilder(store)
            aliases = {r["key"]: r["person_id"] for r in store.query("SELECT key, person_id FROM graph_aliases")}
            rows = []
            for doc, o in mentions:
                anchor = builder._anchor(o.get("region"), None, o.get("org"))
                office = slug(split_title(o.get("title"))[0]) if o.get("title") else ""
                pid = aliases.get(alias_key(anchor, name_key(o["name"]), office))
                pid = builder.resolver.redirect.get(pid, pid)
                truth = o.get("person_key") or f"{name_key(o['name'])}|{o.get('region') or o.get('org') or ''}"
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
