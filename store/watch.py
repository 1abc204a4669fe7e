"""SQL of sources, watchlists and what each watchlist has reported (migration "watch").

`WatchTables(store)`: the user's sources for `arahan update`, saved watchlists, and the
incident query a watchlist runs over the graph (graph_incidents with their Directive,
issuer and region). Reading works on a read-only store (the app's Watchlists page).
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from arahan.store.database import Store, utcnow
from arahan.store.params import chunks, marks



class WatchTables:
    def __init__(self, store: Store):
        self.store = store
        self.conn = store.conn

    def available(self) -> bool:
        return bool(self.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'watchlists'").fetchone())

    # ------------------------------------------------------------ sources
    def add_source(self, kind: str, target: str) -> tuple[int, bool]:
        """(id, whether it was new): adding a source twice keeps one row."""
        with self.store.transaction() as conn:
            cur = conn.execute("INSERT INTO sources (kind, target, added) VALUES (?, ?, ?) "
                               "ON CONFLICT(kind, target) DO NOTHING", (kind, target, utcnow()))
            row = conn.execute("SELECT id FROM sources WHERE kind=? AND target=?", (kind, target)).fetchone()
            return row[0], bool(cur.rowcount)

    def sources(self) -> list[dict]:
        return [dict(r) for r in self.conn.execute("SELECT * FROM sources ORDER BY id")]

    def remove_source(self, ref: str) -> int:
        with self.store.transaction() as conn:
            return conn.execute("DELETE FROM sources WHERE CAST(id AS TEXT) = ? OR target = ?", (ref, ref)).rowcount

    def source_ran(self, source_id: int, status: str) -> None:
        with self.store.transaction() as conn:
            conn.execute("UPDATE sources SET last_run=?, last_status=? WHERE id=?", (utcnow(), status, source_id))

    # ------------------------------------------------------------ watchlists
    def add_watchlist(self, name: str, query: dict) -> int:
        with self.store.transaction() as conn:
            return conn.execute("INSERT INTO watchlists (name, query, created) VALUES (?, ?, ?)",
                                (name, json.dumps(query, ensure_ascii=False, sort_keys=True), utcnow())).lastrowid

    def watchlists(self, names: Iterable[str] | None = None) -> list[dict]:
        rows = [dict(r) for r in self.conn.execute("SELECT * FROM watchlists ORDER BY name")]
        wanted = set(names) if names is not None else None
        out = []
        for r in rows:
            if wanted is None or r["name"] in wanted:
                r["query"] = json.loads(r["query"])
                out.append(r)
        return out

    def remove_watchlist(self, name: str) -> int:
        with self.store.transaction() as conn:
            return conn.execute("DELETE FROM watchlists WHERE name=?", (name,)).rowcount

    def seen_keys(self, watchlist_id: int) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT item_key FROM watch_seen WHERE watchlist_id=?", (watchlist_id,))}

    def mark_seen(self, watchlist_id: int, items: list[dict]) -> None:
        now = utcnow()
        with self.store.transaction() as conn:
            conn.executemany(
                "INSERT INTO watch_seen (watchlist_id, item_key, first_seen, item) VALUES (?, ?, ?, ?) "
                "ON CONFLICT DO NOTHING",
                [(watchlist_id, it["key"], now, json.dumps(it, ensure_ascii=False, sort_keys=True)) for it in items])
            conn.execute("UPDATE watchlists SET last_run=? WHERE id=?", (now, watchlist_id))

    def recent(self, watchlist_id: int, limit: int = 50) -> list[dict]:
        """The items a watchlist reported, newest first (with first_seen)."""
        return [{**json.loads(r[1]), "first_seen": r[0]} for r in self.conn.execute(
            "SELECT first_seen, item FROM watch_seen WHERE watchlist_id=? "
            "ORDER BY first_seen DESC, json_extract(item, '$.date') DESC, item_key DESC "
            "LIMIT ?", (watchlist_id, int(limit)))]

    # ------------------------------------------------------------ the incident query
    def incidents(self, *, types: list[str] = (), regions: list[str] = (), sub_regions: bool = True,
                  issuer_types: list[str] = (), issuer_like: str | None = None, office_like: str | None = None,
                  min_confidence: float = 0.0, min_outlets: int = 1, documents: list[int] | None = None) -> list[dict]:
        """Incidents passing a watchlist's conditions: id, type, date, label, issuer, region, confidence, outlets.

        regions: region node keys ("35.07"); sub_regions adds the places under them.
        issuer_like / office_like: case-insensitive parts of the issuer's or its office's label.
        documents: only incidents reported by one of these articles (a keyword search's matches).
        """
        where, params = [], []
        if types:
            where.append(f"i.type IN ({marks(list(types))})")
            params += list(types)
        if regions:
            ors = []
            for key in regions:
                ors.append("r.dst = ?" + (" OR r.dst LIKE ?" if sub_regions else ""))
                params += [f"region:{key}"] + ([f"region:{key}.%"] if sub_regions else [])
            where.append(f"EXISTS (SELECT 1 FROM graph_edges r WHERE r.src = i.id AND +r.type = 'IN' AND ({' OR '.join(ors)}))")
        if issuer_types:
            where.append(f"p.type IN ({marks(list(issuer_types))})")
            params += list(issuer_types)
        if issuer_like:
            where.append("lower(p.label) LIKE ?")
            params.append(f"%{issuer_like.lower()}%")
        if office_like:
            # The issuer is the office itself, or a person holding an office of that name.
            where.append("((p.type = 'Office' AND lower(p.label) LIKE ?) OR EXISTS (SELECT 1 FROM graph_edges h "
                         "JOIN graph_nodes o ON o.id = h.dst WHERE h.src = i.issuer AND +h.type = 'HOLDS' "
                         "AND lower(o.label) LIKE ?))")
            params += [f"%{office_like.lower()}%"] * 2
        if min_confidence:
            where.append("coalesce(json_extract(n.attrs, '$.confidence'), 0) >= ?")
            params.append(float(min_confidence))
        if min_outlets > 1:
            where.append("coalesce(json_extract(n.attrs, '$.n_outlets'), 1) >= ?")
            params.append(int(min_outlets))
        if documents is not None:
            where.append("EXISTS (SELECT 1 FROM graph_edges a WHERE a.src = i.id AND +a.type = 'REPORTED_BY' AND "
                         "a.dst IN (SELECT 'article:' || value FROM json_each(?)))")
            params.append(json.dumps(documents))
        sql = ("SELECT i.id, i.type, coalesce(i.date, json_extract(n.attrs, '$.date')) AS date, n.label, "
               "json_extract(n.attrs, '$.summary') AS summary, json_extract(n.attrs, '$.confidence') AS confidence, "
               "json_extract(n.attrs, '$.n_outlets') AS outlets, json_extract(n.attrs, '$.reviewed') AS reviewed, "
               "p.label AS issuer, p.type AS issuer_type, "
               "(SELECT g.label FROM graph_edges r JOIN graph_nodes g ON g.id = r.dst WHERE r.src = i.id "
               " AND +r.type = 'IN' LIMIT 1) AS region "
               "FROM graph_incidents i LEFT JOIN graph_nodes n ON n.id = i.id LEFT JOIN graph_nodes p ON p.id = i.issuer"
               + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY date, i.id")
        return [dict(r) for r in self.conn.execute(sql, params)]

    def first_report(self, incident_ids: list[str]) -> dict[str, dict]:
        """For each incident: the earliest article reporting it, with the evidence sentence and link."""
        out: dict[str, dict] = {}
        for part in chunks(incident_ids):
            rows = self.conn.execute(
                "SELECT e.src, v.document_id, coalesce(v.sentence, CASE WHEN v.sent_end > v.sent_start THEN "
                "substr(d.text, v.sent_start + 1, v.sent_end - v.sent_start) END) AS sentence, d.title, d.outlet, "
                "d.canonical_url, d.published FROM graph_edges e JOIN graph_evidence v ON v.edge_id = e.id "
                f"JOIN documents d ON d.id = v.document_id WHERE e.src IN ({marks(part)}) AND +e.type = 'REPORTED_BY' "
                "ORDER BY d.published, v.document_id", part)
            for r in rows:
                out.setdefault(r[0], dict(r))
        return out
