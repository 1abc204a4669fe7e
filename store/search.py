"""SQL of full-text search: FTS5 matches with filters, facets, and upkeep of the stemmed index.

The tables come from the "search" migration: documents_fts (external content over
documents, kept in step by triggers) and documents_stem_fts (the lemmatized words of each
article, filled from Python by `arahan.corpus.search.refresh_stems`). All SQL of Arahan lives in
store/; `SearchTables(store)` works on a read-only store too, except the stem
upkeep, which writes.

Ranking is FTS5's bm25 with a title hit weighted five times a body hit.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from arahan.store.database import Store
from arahan.store.params import chunks, marks

# Markers snippet() puts around a hit; callers turn them into HTML, ANSI or brackets.
HIT_OPEN, HIT_CLOSE = "\x02", "\x03"
SNIPPET_WORDS = 24



@dataclass
class Filters:
    """Narrowing of a search; empty fields do not narrow. Codes are Kemendagri codes ("35", "35.11")."""
    outlets: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)      # a province code matches its kabupaten too
    types: list[str] = field(default_factory=list)        # directive types
    issuers: list[str] = field(default_factory=list)      # issuer names as extracted (case-insensitive)
    since: str | None = None                              # ISO date, inclusive
    until: str | None = None                              # ISO date, inclusive

    def empty(self) -> bool:
        return not (self.outlets or self.regions or self.types or self.issuers or self.since or self.until)

    def sql(self) -> tuple[str, list]:
        """Conditions on the matched article `m` (a search_meta row) and their parameters."""
        # +m.status: never drive a search from the status index (every article is ok), always from FTS5.
        where, params = ["+m.status = 'ok'"], []
        if self.outlets:
            where.append(f"m.outlet IN ({marks(self.outlets)})")
            params += self.outlets
        if self.since:
            where.append("m.published >= ?")
            params.append(self.since)
        if self.until:
            where.append("substr(m.published, 1, 10) <= ?")
            params.append(self.until)
        if self.types:
            where.append(f"EXISTS (SELECT 1 FROM directives x WHERE x.document_id = m.id AND x.type IN ({marks(self.types)}))")
            params += self.types
        if self.issuers:
            where.append("EXISTS (SELECT 1 FROM directives x WHERE x.document_id = m.id AND lower(x.issuer) IN "
                         f"({marks(self.issuers)}))")
            params += [i.lower() for i in self.issuers]
        if self.regions:
            codes = " OR ".join("{col} = ? OR {col} LIKE ?" for _ in self.regions)
            where.append("(EXISTS (SELECT 1 FROM mentions r WHERE r.document_id = m.id AND r.kind = 'region' AND ("
                         + codes.format(col="r.region_code") + ")) OR EXISTS (SELECT 1 FROM directives x WHERE "
                         "x.document_id = m.id AND (" + codes.format(col="x.issuer_region_code") + ")))")
            pairs = [p for code in self.regions for p in (code, code + ".%")]
            params += pairs + pairs
        return " AND ".join(where), params



class SearchTables:
    """Search reads (and the stemmed index's upkeep) on one open Store."""

    def __init__(self, store: Store):
        self.store = store
        self.conn = store.conn

    def available(self) -> bool:
        return bool(self.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'documents_fts'").fetchone())

    # ------------------------------------------------------------ matching
    @staticmethod
    def _index(stemmed: bool) -> str:
        return "documents_stem_fts" if stemmed else "documents_fts"

    def _hits(self, fts: str, filters: Filters, stemmed: bool) -> tuple[str, list]:
        """FROM/WHERE of the matches passing the filters (the index as f, search_meta as m)."""
        table = self._index(stemmed)
        cond, params = filters.sql()
        return (f"FROM {table} f JOIN search_meta m ON m.id = f.rowid WHERE {table} MATCH ? AND {cond}",
                [fts, *params])

    def match(self, fts: str, filters: Filters, *, stemmed: bool, limit: int, offset: int = 0,
              recent: bool = False, snippets: bool = True) -> list[dict]:
        """The best-ranked matching articles: id, title, outlet, published, url, score and (plain index) a snippet.

        Ranks first, then reads snippets and headers of the page of hits only: snippet() in the
        ranking query would be computed for every match before the sort. recent: the most
        recently stored matches first instead of bm25 (FTS5 walks its index backwards and
        stops after the page, where bm25 must score every match). snippets=False: the caller makes
        them (snippet() of a prefix query merges the doclists of every word with that prefix).
        """
        table = self._index(stemmed)
        rank = "-f.rowid" if recent else (f"bm25({table})" if stemmed else f"bm25({table}, 5.0, 1.0)")
        order = "f.rowid DESC" if recent else "score"
        source, params = self._hits(fts, filters, stemmed)
        ranked = self.conn.execute(f"SELECT f.rowid, {rank} AS score {source} ORDER BY {order} LIMIT ? OFFSET ?",
                                   [*params, int(limit), int(offset)]).fetchall()
        ids = [r[0] for r in ranked]
        if not ids:
            return []
        found = {} if stemmed or not snippets else dict(self.conn.execute(
            f"SELECT rowid, snippet({table}, -1, '{HIT_OPEN}', '{HIT_CLOSE}', ' … ', {SNIPPET_WORDS}) FROM {table} "
            f"WHERE {table} MATCH ? AND rowid IN ({marks(ids)})", [fts, *ids]))
        heads = {r[0]: dict(r) for r in self.conn.execute(
            f"SELECT id, title, outlet, published, canonical_url FROM documents WHERE id IN ({marks(ids)})", ids)}
        return [{**heads[i], "snippet": found.get(i), "score": score} for i, score in ranked if i in heads]

    def count_unfiltered(self, fts: str, *, stemmed: bool) -> int:
        """Matching articles with status ok, without reading any article row: FTS5 counts its
        doclists, and the few articles that are not ok are looked up by rowid."""
        table = self._index(stemmed)
        n = self.conn.execute(f"SELECT count(*) FROM {table} WHERE {table} MATCH ?", (fts,)).fetchone()[0]
        if n and self.conn.execute("SELECT 1 FROM search_meta WHERE status != 'ok' LIMIT 1").fetchone():
            n -= self.conn.execute(
                f"SELECT count(*) FROM {table} WHERE {table} MATCH ? AND rowid IN "
                "(SELECT id FROM search_meta WHERE status != 'ok')", (fts,)).fetchone()[0]
        return n

    def count(self, fts: str, filters: Filters, *, stemmed: bool) -> int:
        source, params = self._hits(fts, filters, stemmed)
        return self.conn.execute(f"SELECT count(*) {source}", params).fetchone()[0]

    def matching_ids(self, fts: str, filters: Filters, *, stemmed: bool) -> list[int]:
        source, params = self._hits(fts, filters, stemmed)
        return [r[0] for r in self.conn.execute(f"SELECT m.id {source} ORDER BY m.id", params)]

    def facets(self, fts: str, filters: Filters, *, stemmed: bool, newest: int | None = None) -> dict[str, dict[str, int]]:
        """Matching articles counted by outlet, month, directive type, issuer, region code and province
        code, plus their total ("total": {"": n}); over the `newest` most recently stored matches only
        when given.

        One statement: the matches are read once (a materialized CTE), their directives and
        regions once each, and grouped.
        """
        source, params = self._hits(fts, filters, stemmed)
        cut = ""
        if newest:
            cut = " ORDER BY f.rowid DESC LIMIT ?"
            params = [*params, int(newest)]
        sql = f"""
            WITH hits AS MATERIALIZED (SELECT m.id, m.outlet, substr(m.published, 1, 7) AS month {source}{cut}),
            dirs AS MATERIALIZED (SELECT x.document_id, x.type, x.issuer FROM hits JOIN directives x
                                  ON x.document_id = hits.id),
            places AS MATERIALIZED (
                SELECT r.document_id, r.region_code AS code FROM hits JOIN mentions r ON r.document_id = hits.id
                WHERE r.kind = 'region' AND r.region_code IS NOT NULL
                UNION SELECT x.document_id, x.issuer_region_code FROM hits JOIN directives x
                ON x.document_id = hits.id WHERE x.issuer_region_code IS NOT NULL)
            SELECT 'total', '', count(*) FROM hits
            UNION ALL SELECT 'outlet', outlet, count(*) FROM hits GROUP BY 2
            UNION ALL SELECT 'month', month, count(*) FROM hits GROUP BY 2
            UNION ALL SELECT 'type', type, count(DISTINCT document_id) FROM dirs GROUP BY 2
            UNION ALL SELECT 'issuer', issuer, count(DISTINCT document_id) FROM dirs WHERE issuer IS NOT NULL GROUP BY 2
            UNION ALL SELECT 'region', code, count(DISTINCT document_id) FROM places GROUP BY 2
            UNION ALL SELECT 'province', substr(code, 1, 2), count(DISTINCT document_id) FROM places GROUP BY 2
        """
        out: dict[str, dict[str, int]] = {k: {} for k in ("total", "outlet", "month", "type", "issuer", "region",
                                                          "province")}
        for facet, value, n in self.conn.execute(sql, params):
            if value is not None:
                out[facet][value] = n
        return out

    def documents(self, ids: list[int]) -> dict[int, dict]:
        """Title and text of some documents (for snippets the stemmed index cannot make)."""
        out = {}
        for part in chunks(ids):
            for r in self.conn.execute(f"SELECT id, title, text FROM documents WHERE id IN ({marks(part)})", part):
                out[r[0]] = dict(r)
        return out

    # ------------------------------------------------------------ the stemmed index
    def unstemmed(self, limit: int | None = None) -> list[dict]:
        """Documents with no row in the stemmed index yet (new, or changed since)."""
        sql = ("SELECT d.id, d.title, d.text FROM documents d WHERE NOT EXISTS "
               "(SELECT 1 FROM documents_stem_fts s WHERE s.rowid = d.id) ORDER BY d.id")
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [dict(r) for r in self.conn.execute(sql)]

    def count_unstemmed(self) -> int:
        return self.conn.execute(
            "SELECT count(*) FROM documents d WHERE NOT EXISTS "
            "(SELECT 1 FROM documents_stem_fts s WHERE s.rowid = d.id)").fetchone()[0]

    def put_stems(self, rows: Iterable[tuple[int, str]]) -> None:
        """(document id, lemmatized text) rows, replacing what the index held for them."""
        with self.store.transaction() as conn:
            for doc_id, stems in rows:
                conn.execute("DELETE FROM documents_stem_fts WHERE rowid = ?", (doc_id,))
                conn.execute("INSERT INTO documents_stem_fts (rowid, stems) VALUES (?, ?)", (doc_id, stems))

    def rebuild_plain(self) -> None:
        """Re-read every document into documents_fts (the migration does this once)."""
        with self.store.transaction() as conn:
            conn.execute("INSERT INTO documents_fts (documents_fts) VALUES ('rebuild')")

    def optimize(self) -> None:
        with self.store.transaction() as conn:
            for table in ("documents_fts", "documents_stem_fts"):
                conn.execute(f"INSERT INTO {table} ({table}) VALUES ('optimize')")

    def index_bytes(self) -> dict[str, int]:
        """Bytes each index's shadow tables take (dbstat when compiled in, else page counts)."""
        out = {}
        for table in ("documents_fts", "documents_stem_fts"):
            try:
                n = self.conn.execute("SELECT sum(pgsize) FROM dbstat WHERE name LIKE ?", (table + "_%",)).fetchone()[0]
            except Exception:  # sqlite3.OperationalError: no dbstat in this build
                n = None
            out[table] = int(n or 0)
        return out
