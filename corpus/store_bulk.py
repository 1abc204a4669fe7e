"""Bulk insertion of ready-made graph rows, for generated stores (app tests and benchmarks).

The real graph build (extract/graph) resolves entities and writes the graph tables
incrementally; synthetic stores skip all that and write finished rows in one transaction.
Kept here because every SQL statement of Arahan lives in corpus/store*.py.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from corpus.store import Store


def _json(value: object) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def insert_graph(store: Store, *, nodes: Iterable[dict], edges: Iterable[dict],
                 incidents: Iterable[dict] = ()) -> dict[str, int]:
    """Insert nodes, edges (each with an `evidence` list) and incidents; returns the edge id of each edge key.

    node: id, type, label, attrs. edge: key, src, dst, type, confidence, first_seen, last_seen,
    attrs, evidence=[{document_id, sentence, start_char, end_char, sent_start, sent_end, seen}].
    incident: id, issuer, type, date, targets (list of node ids).
    """
    edge_ids: dict[str, int] = {}
    with store.transaction() as conn:
        conn.executemany(
            "INSERT OR REPLACE INTO graph_nodes (id, type, label, attrs) VALUES (?, ?, ?, ?)",
            [(n["id"], n["type"], n["label"], _json(n.get("attrs") or {})) for n in nodes],
        )
        evidence_rows = []
        for e in edges:
            cur = conn.execute(
                "INSERT INTO graph_edges (key, src, dst, type, confidence, first_seen, last_seen, attrs) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (e["key"], e["src"], e["dst"], e["type"], e.get("confidence"), e.get("first_seen"),
                 e.get("last_seen"), _json(e.get("attrs") or {})),
            )
            edge_ids[e["key"]] = cur.lastrowid
            for ev in e.get("evidence", ()):
                evidence_rows.append((
                    cur.lastrowid, ev["document_id"], ev.get("sentence"), ev.get("start_char"), ev.get("end_char"),
                    ev.get("sent_start"), ev.get("sent_end"), ev.get("seen"), e.get("confidence"),
                ))
        conn.executemany(
            "INSERT OR IGNORE INTO graph_evidence (edge_id, document_id, sentence, start_char, end_char, sent_start, "
            "sent_end, seen, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            evidence_rows,
        )
        conn.executemany(
            "INSERT OR REPLACE INTO graph_incidents (id, issuer, type, date, targets) VALUES (?, ?, ?, ?, ?)",
            [(i["id"], i["issuer"], i["type"], i.get("date"), _json(i.get("targets") or [])) for i in incidents],
        )
    return edge_ids
