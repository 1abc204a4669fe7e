"""Read-only queries for the explorer app (and anyone else who only reads the graph).

All SQL the app needs lives here, next to `store/database.py`, so the app never writes SQL
and a different database could replace SQLite behind the same functions. Every function
takes an open `Store` (a read-only one is enough) and returns plain dicts or lists.

The queries are shaped for an interactive UI on a store with tens of thousands of
incidents: bulk loads return narrow columns (no article text), and the per-click queries
(neighbours, evidence) go through the indexes on graph_edges(src), graph_edges(dst) and
graph_evidence(edge_id).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from arahan.store.database import Store
from arahan.store.graph import Evidence, read_evidence
from arahan.store.params import CHUNK, chunks, marks

# SQLite's default limit on bound parameters is 32,766; we stay far below it per statement.


def _rows(store: Store, sql: str, params: Sequence[Any] = ()) -> list[dict]:
    return [dict(r) for r in store.conn.execute(sql, tuple(params))]


def _tuples(store: Store, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
    """Plain tuples (no sqlite3.Row objects): the fast path for bulk loads."""
    cur = store.conn.cursor()
    cur.row_factory = None
    return cur.execute(sql, tuple(params)).fetchall()



def has_table(store: Store, name: str) -> bool:
    return bool(store.conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (name,)).fetchone())


# ------------------------------------------------------------------ overview
def table_counts(store: Store) -> dict[str, int]:
    """Row counts the overview shows, cheap ones only (no scan of the evidence or edge tables)."""
    out: dict[str, int] = {}
    for table in ("documents", "directives"):
        out[table] = store.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    out["outlets"] = store.conn.execute("SELECT COUNT(DISTINCT outlet) FROM documents").fetchone()[0]
    for node_type, n in store.conn.execute("SELECT type, COUNT(*) FROM graph_nodes GROUP BY type"):
        out[f"nodes_{node_type}"] = n
    return out


def documents_index(store: Store) -> list[dict]:
    """Every document's id, outlet, title, date and link (no text): the article picker's list."""
    return _rows(store, "SELECT id, outlet, title, published, canonical_url, status FROM documents ORDER BY id")


# -------------------------------------------------------------- directives
def directive_rows(store: Store) -> list[dict]:
    """Per-article directive findings (one row per extraction finding), without evidence text."""
    rows = _rows(
        store,
        "SELECT d.id, d.document_id, d.type, d.issuer, d.issuer_title, d.issuer_region, d.issuer_region_code, "
        "d.targets, d.date, d.confidence, d.summary, doc.outlet, doc.published "
        "FROM directives d JOIN documents doc ON doc.id = d.document_id",
    )
    for row in rows:
        row["targets"] = json.loads(row["targets"]) if row["targets"] else []
    return rows


def directive_row(store: Store, directive_id: int) -> dict | None:
    rows = _rows(store, "SELECT * FROM directives WHERE id=?", (directive_id,))
    return rows[0] if rows else None


# ------------------------------------------------------------------- graph
def incidents(store: Store) -> list[dict]:
    """The graph's incidents (one directive, several reports) with their Directive node's label and attrs."""
    if not has_table(store, "graph_incidents"):
        return []
    rows = _rows(
        store,
        "SELECT i.id, i.issuer, i.type, i.date, i.targets, n.label, n.attrs "
        "FROM graph_incidents i LEFT JOIN graph_nodes n ON n.id = i.id",
    )
    for row in rows:
        row["targets"] = json.loads(row["targets"]) if row["targets"] else []
        row["attrs"] = json.loads(row["attrs"]) if row["attrs"] else {}
    return rows


INCIDENT_CORE_COLUMNS = ("id", "issuer_id", "type", "date", "targets", "confidence", "n_outlets", "issuer",
                         "issuer_type", "region_id")
INCIDENT_DETAIL_COLUMNS = ("id", "label", "summary", "outlets", "reports", "articles")


def incident_core(store: Store) -> list[tuple]:
    """One narrow row per incident: what the filters and charts need (INCIDENT_CORE_COLUMNS).

    targets holds the target groups' labels joined by '|'. The subqueries go through the
    index on graph_edges(src) (`+e.type` keeps SQLite from picking the much less selective
    type index instead, which made this query quadratic).
    """
    if not has_table(store, "graph_incidents"):
        return []
    sql = """
        SELECT i.id, i.issuer, i.type, COALESCE(i.date, json_extract(n.attrs, '$.date')),
               (SELECT group_concat(COALESCE(t.label, j.value), '|') FROM json_each(i.targets) j
                  LEFT JOIN graph_nodes t ON t.id = j.value),
               json_extract(n.attrs, '$.confidence'), json_extract(n.attrs, '$.n_outlets'), p.label, p.type,
               (SELECT e.dst FROM graph_edges e WHERE e.src = i.id AND +e.type = 'IN' LIMIT 1)
        FROM graph_incidents i
        LEFT JOIN graph_nodes n ON n.id = i.id
        LEFT JOIN graph_nodes p ON p.id = i.issuer
    """
    return _tuples(store, sql)


def incident_details(store: Store) -> list[tuple]:
    """What tables and searches show about each incident (INCIDENT_DETAIL_COLUMNS); articles are
    the REPORTED_BY article node ids joined by ','. A label ends with a mark when reviewers
    accepted or corrected the directive."""
    if not has_table(store, "graph_incidents"):
        return []
    sql = """
        SELECT i.id, COALESCE(n.label, i.id) || CASE json_extract(n.attrs, '$.reviewed')
                   WHEN 'corrected' THEN ' ✔ corrected' WHEN 'accepted' THEN ' ✔ reviewed' ELSE '' END,
               json_extract(n.attrs, '$.summary'),
               (SELECT group_concat(o.value, ', ') FROM json_each(n.attrs, '$.outlets') o),
               (SELECT COUNT(*) FROM graph_edges e WHERE e.src = i.id AND +e.type = 'REPORTED_BY'),
               (SELECT group_concat(e.dst, ',') FROM graph_edges e WHERE e.src = i.id AND +e.type = 'REPORTED_BY')
        FROM graph_incidents i LEFT JOIN graph_nodes n ON n.id = i.id
    """
    return _tuples(store, sql)


def nodes(store: Store, *, types: Iterable[str] | None = None, ids: Iterable[str] | None = None,
          with_attrs: bool = True) -> list[dict]:
    """Graph nodes by type and/or id (attrs decoded; without them, still the reviewers' mark
    "reviewed": accepted | corrected | None, so every view can show it)."""
    cols = "id, type, label" + (", attrs" if with_attrs else ", json_extract(attrs, '$.reviewed') AS reviewed")
    type_list = list(types) if types is not None else None
    if ids is None:
        sql, params = f"SELECT {cols} FROM graph_nodes", []
        if type_list is not None:
            sql += f" WHERE type IN ({marks(type_list)})"
            params = type_list
        out = _rows(store, sql, params)
    else:
        out = []
        id_list = list(dict.fromkeys(ids))
        for chunk in chunks(id_list):
            sql = f"SELECT {cols} FROM graph_nodes WHERE id IN ({marks(chunk)})"
            params = list(chunk)
            if type_list is not None:
                sql += f" AND +type IN ({marks(type_list)})"
                params += type_list
            out.extend(_rows(store, sql, params))
    if with_attrs:
        for row in out:
            row["attrs"] = json.loads(row["attrs"]) if row["attrs"] else {}
    return out


def search_nodes(store: Store, text: str, *, types: Iterable[str] | None = None, limit: int = 20) -> list[dict]:
    """Nodes whose label contains `text` (case-insensitive), shortest labels first."""
    pattern = "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    sql = "SELECT id, type, label FROM graph_nodes WHERE label LIKE ? ESCAPE '\\'"
    params: list[Any] = [pattern]
    type_list = list(types) if types is not None else None
    if type_list is not None:
        sql += f" AND type IN ({marks(type_list)})"
        params += type_list
    sql += " ORDER BY length(label), label LIMIT ?"
    params.append(int(limit))
    return _rows(store, sql, params)


_EDGE_COLS = "id, src, dst, type, confidence, first_seen, last_seen"


def edges_of_types(store: Store, types: Iterable[str]) -> list[dict]:
    """All edges of the given relation types (no attrs): the bulk load behind the incident table."""
    type_list = list(types)
    return _rows(store, f"SELECT {_EDGE_COLS} FROM graph_edges WHERE type IN ({marks(type_list)})", type_list)


def edges_touching(store: Store, node_ids: Iterable[str], *, types: Iterable[str] | None = None) -> list[dict]:
    """Edges with either end in `node_ids` (attrs decoded), optionally of some relation types only."""
    id_list = list(dict.fromkeys(node_ids))
    type_list = list(types) if types is not None else None
    out: dict[int, dict] = {}
    for chunk in chunks(id_list):
        for end in ("src", "dst"):
            sql = f"SELECT {_EDGE_COLS}, attrs FROM graph_edges WHERE {end} IN ({marks(chunk)})"
            params = list(chunk)
            if type_list is not None:  # `+type`: use the src/dst index, not the far less selective type index
                sql += f" AND +type IN ({marks(type_list)})"
                params += type_list
            for row in _rows(store, sql, params):
                out[row["id"]] = row
    for row in out.values():
        row["attrs"] = json.loads(row["attrs"]) if row["attrs"] else {}
    return sorted(out.values(), key=lambda r: r["id"])


def edges_among(store: Store, node_ids: Iterable[str], *, types: Iterable[str] | None = None) -> list[dict]:
    """Edges whose both ends are in `node_ids` (a small, drawn set)."""
    id_list = list(dict.fromkeys(node_ids))
    if len(id_list) > CHUNK // 2:
        wanted = set(id_list)
        return [e for e in edges_touching(store, wanted, types=types) if e["src"] in wanted and e["dst"] in wanted]
    sql = f"SELECT {_EDGE_COLS}, attrs FROM graph_edges WHERE src IN ({marks(id_list)}) AND dst IN ({marks(id_list)})"
    params: list[Any] = id_list + id_list
    if types is not None:
        type_list = list(types)
        sql += f" AND +type IN ({marks(type_list)})"
        params += type_list
    rows = _rows(store, sql + " ORDER BY id", params)
    for row in rows:
        row["attrs"] = json.loads(row["attrs"]) if row["attrs"] else {}
    return rows


def edge(store: Store, edge_id: int) -> dict | None:
    rows = _rows(store, f"SELECT {_EDGE_COLS}, key, attrs FROM graph_edges WHERE id=?", (edge_id,))
    if not rows:
        return None
    rows[0]["attrs"] = json.loads(rows[0]["attrs"]) if rows[0]["attrs"] else {}
    return rows[0]


def evidence(store: Store, edge_ids: Iterable[int]) -> list[Evidence]:
    """The evidence records of some edges (arahan.store.graph.Evidence), oldest first."""
    return read_evidence(store.conn, edge_ids)


def evidence_documents(store: Store, document_ids: Iterable[int]) -> dict[int, dict]:
    """The articles behind some evidence: title, outlet, published, link and text (for highlighting)."""
    id_list = list(dict.fromkeys(int(d) for d in document_ids))
    out: dict[int, dict] = {}
    for chunk in chunks(id_list):
        for row in _rows(store, "SELECT id, title, outlet, published, canonical_url, text FROM documents "
                                f"WHERE id IN ({marks(chunk)})", chunk):
            out[row["id"]] = row
    return out


# ---------------------------------------------------------------- articles
def document_text(store: Store, document_id: int) -> dict | None:
    rows = _rows(
        store,
        "SELECT id, title, outlet, published, canonical_url, author, text, doc_kind, page_count, page_starts "
        "FROM documents WHERE id=?",
        (document_id,),
    )
    if rows and rows[0]["page_starts"]:
        rows[0]["page_starts"] = json.loads(rows[0]["page_starts"])
    return rows[0] if rows else None


def document_findings(store: Store, document_id: int) -> dict[str, list[dict]]:
    """A document's mentions and directive sentences with their offsets (for the article reader)."""
    mentions = _rows(
        store,
        "SELECT kind, text, name, title, region, start_char, end_char FROM mentions WHERE document_id=? ORDER BY start_char",
        (document_id,),
    )
    directives = _rows(
        store,
        "SELECT id, type, issuer, cue, sentence, start_char, end_char, sent_start, sent_end, confidence "
        "FROM directives WHERE document_id=? ORDER BY sent_start",
        (document_id,),
    )
    return {"mentions": mentions, "directives": directives}
