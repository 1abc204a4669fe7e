"""SQL of reviews: reviewers' accept / reject / correct decisions on findings (migration "review").

`ReviewTables(store)` reads on a read-only store and writes only the reviews table, so
the app's review actions touch nothing else. Matching a decision to the findings of the
current extraction is domain logic and lives in extract/review.py.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from arahan.store.database import Store, utcnow
from arahan.store.params import chunks, marks

_FIELDS = ("document_id", "canonical_url", "kind", "start_char", "end_char", "sent_start", "sent_end", "evidence",
           "finding", "decision", "changes", "reviewer", "note")


class ReviewTables:
    def __init__(self, store: Store):
        self.store = store
        self.conn = store.conn

    def available(self) -> bool:
        return bool(self.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'reviews'").fetchone())

    def has_decisions(self) -> bool:
        """Whether any decision was ever recorded (the table exists)."""
        return self.conn.execute("SELECT 1 FROM reviews LIMIT 1").fetchone() is not None

    def add(self, review: dict) -> int:
        """Store one decision (finding and changes as dicts); returns its id."""
        row = {k: review.get(k) for k in _FIELDS}
        for col in ("finding", "changes"):
            if row[col] is not None:
                row[col] = json.dumps(row[col], ensure_ascii=False, sort_keys=True)
        with self.store.transaction() as conn:
            cur = conn.execute(
                f"INSERT INTO reviews ({', '.join(_FIELDS)}, created) VALUES ({marks(_FIELDS)}, ?)",
                [*row.values(), utcnow()])
            return cur.lastrowid

    def of_documents(self, ids: Iterable[int] | None = None) -> list[dict]:
        """Decisions on these documents (all when None), oldest first."""
        if ids is None:
            rows = list(self.conn.execute("SELECT * FROM reviews ORDER BY id"))
        else:
            id_list, rows = sorted(set(ids)), []
            for part in chunks(id_list):
                rows += self.conn.execute(f"SELECT * FROM reviews WHERE document_id IN ({marks(part)}) ORDER BY id", part)
        out = []
        for r in rows:
            d = dict(r)
            d["finding"] = json.loads(d["finding"]) if d["finding"] else {}
            d["changes"] = json.loads(d["changes"]) if d["changes"] else {}
            out.append(d)
        return out

    def reviewed_documents(self) -> list[int]:
        return [r[0] for r in self.conn.execute("SELECT DISTINCT document_id FROM reviews ORDER BY document_id")]

    def findings(self, document_id: int) -> dict[str, list[dict]]:
        """A document's current findings with the evidence a review keys on: directives and mentions."""
        directives = [dict(r) for r in self.conn.execute("SELECT * FROM directives WHERE document_id=? ORDER BY id",
                                                          (document_id,))]
        mentions = [dict(r) for r in self.conn.execute("SELECT * FROM mentions WHERE document_id=? ORDER BY id",
                                                        (document_id,))]
        for d in directives:
            for col in ("targets", "legal_basis", "attrs"):
                d[col] = json.loads(d[col]) if d[col] else ([] if col != "attrs" else {})
        for m in mentions:
            m["attrs"] = json.loads(m["attrs"]) if m["attrs"] else {}
        return {"directives": directives, "mentions": mentions}

    def finding_by_handle(self, table: str, row_id: int) -> dict | None:
        """One directive or mention row by its current id (the handle `arahan review list` shows)."""
        if table not in ("directives", "mentions"):
            return None
        row = self.conn.execute(f"SELECT * FROM {table} WHERE id=?", (row_id,)).fetchone()
        return dict(row) if row else None

    def document_header(self, document_id: int) -> dict | None:
        row = self.conn.execute("SELECT id, canonical_url, outlet, title, published, text FROM documents WHERE id=?",
                                (document_id,)).fetchone()
        return dict(row) if row else None

    def graph_holds(self, document_id: int) -> bool:
        return bool(self.conn.execute("SELECT 1 FROM graph_built WHERE document_id=?", (document_id,)).fetchone())
