"""SQL of the entity graph: reading findings to build it, and its own tables.

Kept beside `store/database.py` (all SQL of Arahan lives in store/) as a small
wrapper, `GraphTables(store)`, so the graph area does not grow the shared Store class.
Tables: graph_nodes, graph_edges, graph_evidence, manual_decisions (migration 3) and
graph_aliases, graph_incidents, graph_built (migration 4).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from typing import Any, NamedTuple

import orjson

from arahan.store.database import Store, utcnow
from arahan.store.params import chunks as _chunks
from arahan.store.params import marks as _marks

# Which extraction of a document the graph holds: time, backend and version of the extraction
# (`arahan extract` passes the document ids it redid, which covers a redo within the same second).
_FINGERPRINT = "(e.extracted || '#' || e.backend || '#' || coalesce(e.version, ''))"



def _loads(text: str | None, default: Any = None) -> Any:
    """JSON of a column; a bare string where a list was expected (targets: "ASN") becomes [text]."""
    if not text:
        return default
    # Most findings carry no attributes, legal basis or aliases: a new empty value without the parser.
    if text == "{}":
        return {}
    if text == "[]":
        return []
    try:
        return orjson.loads(text)
    except ValueError:  # orjson.JSONDecodeError is one
        return [text] if isinstance(default, list) else default


def _attrs_json(attrs: dict) -> str:
    # Most edges carry only their evidence count: skip the encoder for them (millions of rows).
    if len(attrs) == 1 and "n_evidence" in attrs:
        return '{"n_evidence": %d}' % attrs["n_evidence"]
    return _dumps(attrs)


def _dumps(value: Any) -> str:
    """JSON text of a column (orjson: a big build encodes millions of attribute dicts)."""
    return orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS).decode()


class Evidence(NamedTuple):
    """One sentence behind one edge, from one document: the graph's evidence record.

    The builder writes it (its rows are the first eight fields, as plain tuples: a bulk
    build pickles millions across processes), the store reads it back whole
    (`GraphTables.evidence`, `arahan.store.reads.evidence`) and the app shows it.
    """

    document_id: int
    sentence: str | None      # the supporting sentence (cut from the text when only offsets were stored)
    start_char: int | None    # the cue, as character offsets into documents.text; None when unknown
    end_char: int | None
    sent_start: int | None    # the sentence, as character offsets
    sent_end: int | None
    seen: str | None          # the date this document gives the relation (ISO; publication or directive date)
    confidence: float | None
    page: int | None = None   # 1-based page of a paged document (PDF, scan, .docx); None for a web page
    extractor: str | None = None   # backend and version of the extraction that found it, "rules 0.3"
    first_seen: str | None = None  # the relation's first and last sighting, over all its evidence
    last_seen: str | None = None
    edge_id: int | None = None


# The columns of an Evidence read from graph_evidence v, documents d, extractions x and graph_edges g.
_EVIDENCE_SQL = (
    "SELECT v.document_id, coalesce(v.sentence, CASE WHEN v.sent_end > v.sent_start THEN "
    "substr(d.text, v.sent_start + 1, v.sent_end - v.sent_start) END), "
    "CASE WHEN v.start_char >= 0 THEN v.start_char END, CASE WHEN v.start_char >= 0 THEN v.end_char END, "
    "v.sent_start, v.sent_end, v.seen, v.confidence, d.page_starts, "
    "CASE WHEN x.backend IS NOT NULL THEN trim(x.backend || ' ' || coalesce(x.version, '')) END, "
    "g.first_seen, g.last_seen, v.edge_id "
    "FROM graph_evidence v JOIN graph_edges g ON g.id = v.edge_id LEFT JOIN documents d ON d.id = v.document_id "
    "LEFT JOIN extractions x ON x.document_id = v.document_id "
    "WHERE v.edge_id IN ({marks}) ORDER BY v.seen, v.document_id, v.start_char")


def _page(page_starts: str | None, offset: int | None) -> int | None:
    """The 1-based page holding an offset (the rule of arahan.corpus.docread.page_of)."""
    starts = _loads(page_starts, None)
    if not starts or offset is None:
        return None
    return bisect.bisect_right(starts, offset) or 1


def read_evidence(conn, edge_ids: Iterable[int]) -> list[Evidence]:
    """The evidence records of some edges, oldest first."""
    ids = list(dict.fromkeys(int(e) for e in edge_ids))
    out: list[Evidence] = []
    for part in _chunks(ids):
        for row in conn.execute(_EVIDENCE_SQL.format(marks=_marks(part)), part):
            doc, sentence, start, end, s0, s1, seen, conf, starts, extractor, first, last, edge = tuple(row)
            page = _page(starts, start if start is not None else s0)
            out.append(Evidence(doc, sentence, start, end, s0, s1, seen, conf, page, extractor, first, last, edge))
    return out


class GraphTables:
    """Graph reads and writes on one open Store."""

    def __init__(self, store: Store):
        self.store = store
        self.conn = store.conn

    def _dicts(self, sql: str, params: Iterable = ()) -> list[dict]:
        """Rows as plain dicts: zipping a tuple row with the column names is several times
        cheaper than dict(sqlite3.Row), which matters for the hundreds of thousands of
        findings and edges a big build reads."""
        cur = self.conn.cursor()
        cur.row_factory = None
        cur.execute(sql, list(params))
        # Each row fills a copy of a dict that already holds every column: copying it is one
        # allocation of the right size, where dict(zip(...)) grows the dict twice on the way.
        names = [d[0] for d in cur.description]
        blank = dict.fromkeys(names)
        out = []
        for row in cur:
            r = blank.copy()
            r.update(zip(names, row))
            out.append(r)
        return out

    def tune_for_bulk(self) -> None:
        """A bigger page cache for this connection: a large build touches big indexes."""
        self.conn.execute("PRAGMA cache_size = -262144")  # KiB: 256 MiB
        self.conn.execute("PRAGMA temp_store = MEMORY")

    def is_empty(self) -> bool:
        return self.conn.execute("SELECT 1 FROM graph_edges LIMIT 1").fetchone() is None

    # ------------------------------------------------------------ what to build
    def documents_to_build(self) -> tuple[list[int], list[int]]:
        """(documents whose current extraction is not in the graph, documents in the graph with no extraction)."""
        stale = [r[0] for r in self.conn.execute(
            "SELECT e.document_id FROM extractions e LEFT JOIN graph_built b ON b.document_id = e.document_id "
            f"WHERE b.document_id IS NULL OR b.extracted IS NOT {_FINGERPRINT} ORDER BY e.document_id")]
        gone = [r[0] for r in self.conn.execute(
            "SELECT b.document_id FROM graph_built b LEFT JOIN extractions e ON e.document_id = b.document_id "
            "WHERE e.document_id IS NULL ORDER BY b.document_id")]
        # Reviewed since the graph last read them (the app records decisions without rebuilding).
        reviewed = [r[0] for r in self.conn.execute(
            "SELECT DISTINCT r.document_id FROM reviews r JOIN graph_built b ON b.document_id = r.document_id "
            "WHERE r.created > b.built")] if self._has("reviews") else []
        if reviewed:
            stale = sorted(set(stale) | (set(reviewed) - set(gone)))
        return stale, gone

    def _has(self, table: str) -> bool:
        return bool(self.conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (table,)).fetchone())

    def extracted_among(self, ids: list[int]) -> set[int]:
        return self._documents_in("extractions", ids)

    def built_documents(self, ids: list[int]) -> set[int]:
        return self._documents_in("graph_built", ids)

    def _documents_in(self, table: str, ids: list[int]) -> set[int]:
        """Which of these document ids have a row in `table` (a table keyed by document_id)."""
        out: set[int] = set()
        for part in _chunks(ids):
            out.update(r[0] for r in self.conn.execute(
                f"SELECT document_id FROM {table} WHERE document_id IN ({_marks(part)})", part))
        return out

    def mark_built(self, ids: list[int]) -> None:
        now = utcnow()
        for part in _chunks(ids):
            self.conn.execute(
                "INSERT INTO graph_built (document_id, extracted, built) "
                f"SELECT e.document_id, {_FINGERPRINT}, ? FROM extractions e WHERE e.document_id IN ({_marks(part)}) "
                "ON CONFLICT(document_id) DO UPDATE SET extracted=excluded.extracted, built=excluded.built",
                [now, *part])

    def unmark_built(self, ids: list[int]) -> None:
        for part in _chunks(ids):
            self.conn.execute(f"DELETE FROM graph_built WHERE document_id IN ({_marks(part)})", part)

    # ------------------------------------------------------------ source findings
    def source_documents(self, ids: list[int]) -> dict[int, dict]:
        out = {}
        for part in _chunks(ids):
            for r in self._dicts(
                "SELECT id, canonical_url, outlet, title, published, story_id FROM documents "
                f"WHERE id IN ({_marks(part)})", part):
                out[r["id"]] = r
        return out

    def source_mentions(self, ids: list[int]) -> list[dict]:
        """Mentions of these documents, each with its sentence cut from the document text."""
        rows = []
        for part in _chunks(ids):
            rows.extend(self._dicts(
                "SELECT m.id, m.document_id, m.kind, m.text, m.name, m.title, m.region, m.region_code, m.org, "
                "m.start_char, m.end_char, m.sent_start, m.sent_end, m.confidence, m.attrs, "
                "CASE WHEN m.sent_start IS NOT NULL AND m.sent_end > m.sent_start "
                "THEN substr(d.text, m.sent_start + 1, m.sent_end - m.sent_start) END AS sentence "
                f"FROM mentions m JOIN documents d ON d.id = m.document_id WHERE m.document_id IN ({_marks(part)}) "
                "ORDER BY m.document_id, m.id", part))
        for r in rows:
            r["attrs"] = _loads(r["attrs"], {})
        return rows

    def source_directives(self, ids: list[int]) -> list[dict]:
        rows = []
        for part in _chunks(ids):
            rows.extend(self._dicts(
                f"SELECT * FROM directives WHERE document_id IN ({_marks(part)}) ORDER BY document_id, id", part))
        for r in rows:
            for col in ("targets", "legal_basis"):
                r[col] = _loads(r[col], [])
            r["attrs"] = _loads(r["attrs"], {})
        return rows

    # ------------------------------------------------------------ removal of a document's share
    def remove_documents(self, ids: list[int]) -> set[int]:
        """Delete the evidence these documents gave; return the ids of the edges it touched."""
        touched: set[int] = set()
        for part in _chunks(ids):
            touched.update(r[0] for r in self.conn.execute(
                f"SELECT DISTINCT edge_id FROM graph_evidence WHERE document_id IN ({_marks(part)})", part))
            self.conn.execute(f"DELETE FROM graph_evidence WHERE document_id IN ({_marks(part)})", part)
        return touched

    def recompute_edges(self, edge_ids: Iterable[int]) -> set[str]:
        """Refresh aggregates from the remaining evidence; drop edges left without any.

        Returns the node ids at the ends of dropped edges (candidates for orphan removal).
        """
        ids = list(edge_ids)
        ends: set[str] = set()
        for part in _chunks(ids):
            marks = _marks(part)
            for src, dst in self.conn.execute(
                f"SELECT src, dst FROM graph_edges e WHERE id IN ({marks}) AND NOT EXISTS "
                "(SELECT 1 FROM graph_evidence v WHERE v.edge_id = e.id)", part):
                ends.update((src, dst))
            self.conn.execute(
                f"DELETE FROM graph_edges WHERE id IN ({marks}) AND NOT EXISTS "
                "(SELECT 1 FROM graph_evidence v WHERE v.edge_id = graph_edges.id)", part)
            self.conn.execute(
                "UPDATE graph_edges SET "
                "first_seen = (SELECT min(seen) FROM graph_evidence v WHERE v.edge_id = graph_edges.id), "
                "last_seen = (SELECT max(seen) FROM graph_evidence v WHERE v.edge_id = graph_edges.id), "
                "confidence = (SELECT max(confidence) FROM graph_evidence v WHERE v.edge_id = graph_edges.id), "
                "attrs = json_set(coalesce(attrs, '{}'), '$.n_evidence', "
                "(SELECT count(*) FROM graph_evidence v WHERE v.edge_id = graph_edges.id)) "
                f"WHERE id IN ({marks})", part)
        return ends

    def drop_orphans(self, node_ids: Iterable[str], keep_types: tuple[str, ...] = ("Region",)) -> int:
        ids = list(node_ids)
        dropped = 0
        for part in _chunks(ids):
            cur = self.conn.execute(
                f"DELETE FROM graph_nodes WHERE id IN ({_marks(part)}) AND type NOT IN ({_marks(list(keep_types))}) "
                "AND NOT EXISTS (SELECT 1 FROM graph_edges e WHERE e.src = graph_nodes.id) "
                "AND NOT EXISTS (SELECT 1 FROM graph_edges e WHERE e.dst = graph_nodes.id)",
                [*part, *keep_types])
            dropped += cur.rowcount
            self.conn.execute(
                f"DELETE FROM graph_incidents WHERE id IN ({_marks(part)}) "
                "AND NOT EXISTS (SELECT 1 FROM graph_nodes n WHERE n.id = graph_incidents.id)", part)
        return dropped

    # ------------------------------------------------------------ writing nodes and edges
    def upsert_nodes(self, nodes: Iterable[tuple[str, str, str, dict]]) -> None:
        """(id, type, label, attrs); attrs are merged into what the node already has."""
        self.conn.executemany(
            "INSERT INTO graph_nodes (id, type, label, attrs) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET label=CASE WHEN length(excluded.label) > length(graph_nodes.label) "
            "THEN excluded.label ELSE graph_nodes.label END, "
            "attrs=json_patch(coalesce(graph_nodes.attrs, '{}'), excluded.attrs)",
            ((i, t, label, _dumps(a)) for i, t, label, a in nodes))

    def set_node_attrs(self, updates: Iterable[tuple[str, dict]]) -> None:
        self.conn.executemany(
            "UPDATE graph_nodes SET attrs=json_patch(coalesce(attrs, '{}'), ?) WHERE id=?",
            ((_dumps(a), i) for i, a in updates))

    def edge_ids(self, keys: list[str]) -> dict[str, int]:
        out = {}
        for part in _chunks(keys):
            out.update((r[0], r[1]) for r in self.conn.execute(
                f"SELECT key, id FROM graph_edges WHERE key IN ({_marks(part)})", part))
        return out

    def next_edge_id(self) -> int:
        return (self.conn.execute("SELECT max(id) FROM graph_edges").fetchone()[0] or 0) + 1

    def insert_edges(self, rows: Iterable[tuple]) -> None:
        """(id, key, src, dst, type, confidence, first_seen, last_seen, attrs dict) for new keys."""
        self.conn.executemany("INSERT INTO graph_edges (id, key, src, dst, type, confidence, first_seen, last_seen, "
                              "attrs) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", ((*r[:8], _attrs_json(r[8])) for r in rows))

    def merge_edges(self, rows: Iterable[tuple]) -> None:
        """(id, confidence, first_seen, last_seen, attrs dict) folded into existing edges."""
        # Numbered parameters, each used twice: a plain UPDATE by id, cheaper per row than
        # joining a one-row SELECT of the parameters (UPDATE ... FROM).
        self.conn.executemany(
            "UPDATE graph_edges SET confidence = max(coalesce(confidence, 0), coalesce(?2, 0)), "
            "first_seen = coalesce(min(first_seen, ?3), first_seen, ?3), "
            "last_seen = coalesce(max(last_seen, ?4), last_seen, ?4), "
            "attrs = json_patch(coalesce(attrs, '{}'), ?5) WHERE id = ?1",
            ((i, c, f, last, _dumps(a)) for i, c, f, last, a in rows))

    def delete_edges(self, edge_ids: list[int]) -> None:
        for part in _chunks(edge_ids):
            self.conn.execute(f"DELETE FROM graph_evidence WHERE edge_id IN ({_marks(part)})", part)
            self.conn.execute(f"DELETE FROM graph_edges WHERE id IN ({_marks(part)})", part)

    def copy_evidence(self, pairs: list[tuple[int, int]]) -> None:
        """Give edge `new` the evidence rows of edge `old`, for each (new, old)."""
        self.conn.executemany(
            "INSERT OR IGNORE INTO graph_evidence (edge_id, document_id, sentence, start_char, end_char, sent_start, "
            "sent_end, seen, confidence) SELECT ?, document_id, sentence, start_char, end_char, sent_start, sent_end, "
            "seen, confidence FROM graph_evidence WHERE edge_id = ?", pairs)

    def count_evidence(self, edge_ids: list[int]) -> None:
        for part in _chunks(edge_ids):
            self.conn.execute(
                "UPDATE graph_edges SET attrs = json_set(coalesce(attrs, '{}'), '$.n_evidence', "
                "(SELECT count(*) FROM graph_evidence v WHERE v.edge_id = graph_edges.id)) "
                f"WHERE id IN ({_marks(part)})", part)

    def insert_evidence(self, rows: Iterable[tuple]) -> None:
        """(edge_id, document_id, sentence, start, end, sent_start, sent_end, seen, confidence)."""
        self.conn.executemany("INSERT OR IGNORE INTO graph_evidence (edge_id, document_id, sentence, start_char, "
                              "end_char, sent_start, sent_end, seen, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)

    # ------------------------------------------------------------ resolver memory
    def aliases_for_anchors(self, anchors: list[str]) -> list[dict]:
        rows = []
        for part in _chunks(anchors):
            rows.extend(self._dicts(
                f"SELECT * FROM graph_aliases WHERE anchor IN ({_marks(part)})", part))
        return rows

    def aliases_for_names(self, name_keys: list[str]) -> list[dict]:
        rows = []
        for part in _chunks(name_keys):
            rows.extend(self._dicts(
                f"SELECT * FROM graph_aliases WHERE name_key IN ({_marks(part)})", part))
        return rows

    def aliases_of(self, person_id: str) -> list[dict]:
        return [dict(r) for r in self.conn.execute("SELECT * FROM graph_aliases WHERE person_id=?", (person_id,))]

    def upsert_aliases(self, rows: Iterable[tuple]) -> None:
        """(key, anchor, name_key, person_id, rule, titles list)."""
        self.conn.executemany(
            "INSERT INTO graph_aliases (key, anchor, name_key, person_id, rule, titles) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(key) DO UPDATE SET person_id=excluded.person_id, rule=excluded.rule, titles=excluded.titles",
            ((k, a, n, p, r, _dumps(t)) for k, a, n, p, r, t in rows))

    def repoint_aliases(self, old: str, new: str, name_keys: list[str] | None = None, rule: str = "") -> None:
        if name_keys is None:
            self.conn.execute("UPDATE graph_aliases SET person_id=?, rule=? WHERE person_id=?", (new, rule, old))
        else:
            for part in _chunks(name_keys):
                self.conn.execute(
                    f"UPDATE graph_aliases SET person_id=?, rule=? WHERE person_id=? AND name_key IN ({_marks(part)})",
                    [new, rule, old, *part])

    # ------------------------------------------------------------ incidents
    def incidents_near(self, issuer: str, type_: str, date_from: str | None, date_to: str | None) -> list[dict]:
        """Incidents of one issuer and type dated within [date_from, date_to] (undated ones when no dates)."""
        if date_from is None:
            rows = self.conn.execute("SELECT * FROM graph_incidents WHERE issuer=? AND type=? AND date IS NULL",
                                     (issuer, type_))
        else:
            rows = self.conn.execute("SELECT * FROM graph_incidents WHERE issuer=? AND type=? AND date BETWEEN ? AND ?",
                                     (issuer, type_, date_from, date_to))
        return [{**dict(r), "targets": _loads(r["targets"], [])} for r in rows]

    def upsert_incidents(self, rows: Iterable[tuple]) -> None:
        """(id, issuer, type, date, targets list)."""
        self.conn.executemany("INSERT INTO graph_incidents (id, issuer, type, date, targets) VALUES (?, ?, ?, ?, ?) "
                              "ON CONFLICT(id) DO UPDATE SET targets=excluded.targets",
                              ((i, s, t, d, _dumps(g)) for i, s, t, d, g in rows))

    def incident_reports(self, directive_ids: list[str]) -> list[dict]:
        """The articles reporting each directive, with outlet and story (for source counting)."""
        rows = []
        for part in _chunks(directive_ids):
            rows.extend(self._dicts(
                "SELECT e.src AS directive, v.document_id, d.outlet, d.story_id, v.confidence, v.seen "
                "FROM graph_edges e JOIN graph_evidence v ON v.edge_id = e.id "
                "JOIN documents d ON d.id = v.document_id "
                f"WHERE +e.type = 'REPORTED_BY' AND e.src IN ({_marks(part)})", part))
        return rows

    # ------------------------------------------------------------ reading the graph
    def nodes(self, ids: list[str] | None = None, type_: str | None = None) -> list[dict]:
        if ids is not None:
            rows = []
            for part in _chunks(ids):
                rows.extend(self.conn.execute(f"SELECT * FROM graph_nodes WHERE id IN ({_marks(part)})", part))
        elif type_:
            rows = self.conn.execute("SELECT * FROM graph_nodes WHERE type=? ORDER BY id", (type_,)).fetchall()
        else:
            rows = self.conn.execute("SELECT * FROM graph_nodes").fetchall()
        return [{**dict(r), "attrs": _loads(r["attrs"], {})} for r in rows]

    def node_attr(self, ids: list[str], name: str) -> dict[str, Any]:
        """One attribute of each of these nodes that exists (None where it lacks it), read in SQL:
        cheaper than whole nodes when a build needs, say, the dates of thousands of directives."""
        out = {}
        for part in _chunks(ids):
            out.update(self.conn.execute(
                f"SELECT id, json_extract(attrs, ?) FROM graph_nodes WHERE id IN ({_marks(part)})",
                [f"$.{name}", *part]).fetchall())
        return out

    def iter_nodes(self) -> Iterator[tuple]:
        yield from self.conn.execute("SELECT id, type, label, attrs FROM graph_nodes")

    def iter_edges(self) -> Iterator[tuple]:
        yield from self.conn.execute(
            "SELECT id, key, src, dst, type, confidence, first_seen, last_seen, attrs FROM graph_edges")

    def edges_of(self, node_id: str, type_: str | None = None) -> list[dict]:
        sql = "SELECT * FROM graph_edges WHERE (src=? OR dst=?)"
        params: list[Any] = [node_id, node_id]
        if type_:
            sql += " AND +type=?"
            params.append(type_)
        return [{**dict(r), "attrs": _loads(r["attrs"], {})} for r in self.conn.execute(sql + " ORDER BY id", params)]

    def edges_between(self, src_ids: list[str], type_: str) -> list[dict]:
        """Edges of this type leaving these nodes."""
        return self._edges_at("src", src_ids, type_)

    def edges_into(self, dst_ids: list[str], type_: str, via: str | None = None) -> list[dict]:
        """Edges of this type entering these nodes (only those whose attrs say `via`, if given)."""
        return self._edges_at("dst", dst_ids, type_, via)

    def _edges_at(self, end: str, ids: list[str], type_: str, via: str | None = None) -> list[dict]:
        # "+type": the type index matches a large share of all edges; without statistics SQLite
        # may pick it over the src/dst index and scan every edge of that type (seconds on a
        # big graph). The unary plus keeps it to the end-node index.
        rows = []
        where = "" if via is None else " AND json_extract(attrs, '$.via') = ?"
        for part in _chunks(ids):
            rows.extend(self._dicts(
                f"SELECT * FROM graph_edges WHERE +type=? AND {end} IN ({_marks(part)}){where}",
                [type_, *part] + ([] if via is None else [via])))
        for r in rows:
            r["attrs"] = _loads(r["attrs"], {})
        return rows

    def evidence(self, edge_id: int) -> list[Evidence]:
        """The sentences behind an edge (cut from the document text when only offsets were stored)."""
        return read_evidence(self.conn, [edge_id])

    def documents_of_node(self, node_id: str) -> list[int]:
        return [r[0] for r in self.conn.execute(
            "SELECT DISTINCT v.document_id FROM graph_edges e JOIN graph_evidence v ON v.edge_id = e.id "
            "WHERE e.src = ? OR e.dst = ? ORDER BY v.document_id", (node_id, node_id))]

    def counts(self) -> dict[str, int]:
        out = {f"nodes_{t}": n for t, n in self.conn.execute("SELECT type, count(*) FROM graph_nodes GROUP BY type")}
        out.update({f"edges_{t}": n for t, n in self.conn.execute("SELECT type, count(*) FROM graph_edges GROUP BY type")})
        out["evidence"] = self.conn.execute("SELECT count(*) FROM graph_evidence").fetchone()[0]
        out["documents_built"] = self.conn.execute("SELECT count(*) FROM graph_built").fetchone()[0]
        return out

    # ------------------------------------------------------------ manual decisions
    def add_decision(self, action: str, args: dict, note: str | None = None) -> int:
        cur = self.conn.execute(
            "INSERT INTO manual_decisions (action, args, note, created) VALUES (?, ?, ?, ?)",
            (action, orjson.dumps(args, option=orjson.OPT_NON_STR_KEYS | orjson.OPT_SORT_KEYS).decode(), note, utcnow()))
        return cur.lastrowid

    def decisions(self) -> list[dict]:
        return [{**dict(r), "args": _loads(r["args"], {})}
                for r in self.conn.execute("SELECT * FROM manual_decisions ORDER BY id")]

    def clear(self) -> None:
        """Forget the built graph (not the manual decisions): the next build starts from scratch."""
        for table in ("graph_evidence", "graph_edges", "graph_nodes", "graph_aliases", "graph_incidents", "graph_built"):
            self.conn.execute(f"DELETE FROM {table}")
