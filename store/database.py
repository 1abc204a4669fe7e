"""The embedded store: one SQLite file holding documents, runs, findings and the graph's tables.

This module is the thin data-access layer: every SQL statement of Arahan lives in
`store/`, so that another database (a PostgreSQL URL) can replace the file
without touching `extract/` or `app/`. Callers get plain dicts and lists back.

Guarantees:
- WAL journal, so the app can read while an ingestion run writes.
- Every write happens inside `Store.transaction()`; a crash loses at most the document
  being written.
- Opening upgrades an older store in place (see `arahan.store.schema`) and refuses a
  store written by a newer Arahan, a corrupt file and an unwritable path with a
  `StoreError` whose message is one readable line.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from arahan.store.params import chunks, marks
from arahan.store.schema import MIGRATIONS, SCHEMA_VERSION

DEFAULT_DB = "arahan.db"
DOCUMENT_FIELDS = (
    "canonical_url", "outlet", "title", "author", "published", "fetched", "language", "text",
    "raw_sha256", "text_hash", "simhash", "story_id", "dateline_place", "status", "error", "meta",
    "doc_kind", "page_count", "page_starts",
)


class StoreError(Exception):
    """A store problem the user can act on; its message is one line."""


class StoreCorrupt(StoreError):
    pass


class StoreTooNew(StoreError):
    pass


class StoreUnavailable(StoreError):
    pass


def utcnow() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def resolve_db_path(db: str | os.PathLike | None) -> str:
    """The store location: the explicit value, else $ARAHAN_DB, else ./arahan.db."""
    return str(db) if db else os.environ.get("ARAHAN_DB") or DEFAULT_DB


def _dumps(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


class Store:
    """A connection to one store file. Not shared across threads: open one per thread."""

    def __init__(self, conn: sqlite3.Connection, path: str, readonly: bool):
        self.conn = conn
        self.path = path
        self.readonly = readonly
        self.open_runs: set[int] = set()   # started here and not finished: marked failed on a store error
        self._lock = threading.RLock()
        self._depth = 0

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(cls, db: str | os.PathLike | None = None, *, readonly: bool = False, create: bool = True) -> "Store":
        """Open (and migrate) a store; `create=False` refuses to make a new one where none is,
        so a mistyped --db of a command that only reads or adds to a store is an error."""
        path = resolve_db_path(db)
        if path.startswith(("postgresql:", "postgres:")):
            raise StoreUnavailable(f"{path}: PostgreSQL stores are not supported yet; use a SQLite file path")
        if not create and not Path(path).exists():
            raise StoreUnavailable(f"{path}: no store here (check --db; `arahan import`, `arahan ingest`, "
                                   "`arahan status` or `arahan sources add` create one)")
        try:
            conn = cls._connect(path, readonly)
        except sqlite3.Error as exc:
            raise _explain(path, exc) from None
        store = cls(conn, path, readonly)
        try:
            store._check_and_migrate()
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise _explain(path, exc) from None
        except StoreError:
            conn.close()
            raise
        return store

    @staticmethod
    def _connect(path: str, readonly: bool) -> sqlite3.Connection:
        p = Path(path)
        if readonly:
            if not p.exists():
                raise StoreUnavailable(f"{path}: no store here (run `arahan import` or `arahan ingest` first)")
            conn = _connect_readonly(p)
        else:
            if p.parent and not p.parent.exists():
                raise StoreUnavailable(f"{path}: cannot create the store, folder {p.parent} does not exist")
            if p.exists() and not os.access(p, os.W_OK):
                raise StoreUnavailable(f"{path}: the store file is not writable")
            if not p.exists() and not os.access(p.parent.resolve(), os.W_OK):
                raise StoreUnavailable(f"{path}: cannot create the store, folder {p.parent.resolve()} is not writable")
            conn = sqlite3.connect(str(p), check_same_thread=False, timeout=30)
        conn.row_factory = sqlite3.Row
        conn.isolation_level = None  # we issue BEGIN/COMMIT ourselves
        conn.execute("PRAGMA busy_timeout = 30000")
        conn.execute("PRAGMA foreign_keys = ON")
        return conn

    def _check_and_migrate(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreTooNew(
                f"{self.path}: store schema version {version} was written by a newer Arahan "
                f"(this one knows up to {SCHEMA_VERSION}); upgrade Arahan to open it"
            )
        if version and not self._has_table("documents"):
            raise StoreCorrupt(f"{self.path}: not an Arahan store (schema version {version} but no documents table)")
        if not version and self._user_tables() :
            raise StoreCorrupt(f"{self.path}: this SQLite file is not an Arahan store")
        if self.readonly:
            if version < SCHEMA_VERSION:
                raise StoreError(
                    f"{self.path}: store schema version {version} is older than {SCHEMA_VERSION}; "
                    "run any writing command (e.g. `arahan status`) once to upgrade it"
                )
            return
        self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute("PRAGMA synchronous = NORMAL")
        for number in range(version, SCHEMA_VERSION):
            migration = MIGRATIONS[number]
            with self.transaction():
                for statement in _split_sql(migration.sql):
                    self.conn.execute(statement)
                # PRAGMA user_version is transactional in SQLite: the step and its number commit together.
                self.conn.execute(f"PRAGMA user_version = {number + 1}")

    def _has_table(self, name: str) -> bool:
        return bool(self.conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (name,)).fetchone())

    def _user_tables(self) -> list[str]:
        rows = self.conn.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")
        return [r[0] for r in rows]

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------- transactions
    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction; nested calls join the outer one."""
        with self._lock:
            if self._depth == 0:
                self.conn.execute("BEGIN IMMEDIATE")
            self._depth += 1
            try:
                yield self.conn
            except BaseException:
                self._depth -= 1
                if self._depth == 0:
                    self.conn.execute("ROLLBACK")
                raise
            else:
                self._depth -= 1
                if self._depth == 0:
                    self.conn.execute("COMMIT")

    def query(self, sql: str, params: Iterable[Any] = ()) -> list[dict]:
        """Run a read-only statement; for modules that need an ad-hoc report."""
        return [dict(r) for r in self.conn.execute(sql, tuple(params))]

    # ---------------------------------------------------------------- documents
    def upsert_document(self, fields: dict[str, Any], urls: Iterable[str] = ()) -> int:
        """Insert or update the document with this canonical URL; record its other URLs.

        Storing the same document twice keeps one row: the canonical URL is the key.
        """
        unknown = set(fields) - set(DOCUMENT_FIELDS)
        if unknown:
            raise ValueError(f"unknown document fields: {sorted(unknown)}")
        if not fields.get("canonical_url"):
            raise ValueError("a document needs a canonical_url")
        values = {k: _dumps(v) if k in ("meta", "page_starts") else v for k, v in fields.items()}
        cols = list(values)
        updates = ", ".join(f"{c}=excluded.{c}" for c in cols if c != "canonical_url")
        with self.transaction() as conn:
            # RETURNING (SQLite >= 3.35) gives the row inserted or updated, without a second look-up.
            doc_id, story_id = conn.execute(
                f"INSERT INTO documents ({', '.join(cols)}) VALUES ({marks(cols)}) "
                f"ON CONFLICT(canonical_url) DO UPDATE SET {updates} RETURNING id, story_id",
                [values[c] for c in cols],
            ).fetchone()
            if story_id is None:
                conn.execute("UPDATE documents SET story_id=id WHERE id=?", (doc_id,))
            self.add_url_aliases({fields["canonical_url"], *urls}, doc_id)
        return doc_id

    def add_url_alias(self, url: str, document_id: int) -> None:
        self.add_url_aliases([url], document_id)

    def add_url_aliases(self, urls: Iterable[str], document_id: int) -> None:
        """Remember these addresses of a document; an address already known keeps its document."""
        seen = utcnow()
        with self.transaction() as conn:
            conn.executemany(
                "INSERT INTO document_urls (url, document_id, seen) VALUES (?, ?, ?) "
                "ON CONFLICT(url) DO NOTHING",
                [(url, document_id, seen) for url in urls],
            )

    def document_id_for_url(self, url: str) -> int | None:
        row = self.conn.execute("SELECT document_id FROM document_urls WHERE url=?", (url,)).fetchone()
        return row[0] if row else None

    def document_id_for_urls(self, urls: Iterable[str]) -> int | None:
        """The document of the first of these addresses that is known (one query for all)."""
        order = list(dict.fromkeys(urls))
        if not order:
            return None
        rows = dict(self.conn.execute(
            f"SELECT url, document_id FROM document_urls WHERE url IN ({marks(order)})", order))
        return next((rows[url] for url in order if url in rows), None)

    def document_id_for_text_hash(self, text_hash: str) -> int | None:
        row = self.conn.execute("SELECT id FROM documents WHERE text_hash=? ORDER BY id LIMIT 1", (text_hash,)).fetchone()
        return row[0] if row else None

    def set_story(self, document_id: int, story_id: int) -> None:
        with self.transaction() as conn:
            conn.execute("UPDATE documents SET story_id=? WHERE id=?", (story_id, document_id))

    def document(self, document_id: int) -> dict | None:
        row = self.conn.execute("SELECT * FROM documents WHERE id=?", (document_id,)).fetchone()
        if not row:
            return None
        doc = dict(row)
        doc["meta"] = json.loads(doc["meta"]) if doc["meta"] else {}
        doc["page_starts"] = json.loads(doc["page_starts"]) if doc.get("page_starts") else None
        doc["urls"] = [r[0] for r in self.conn.execute("SELECT url FROM document_urls WHERE document_id=? ORDER BY url", (document_id,))]
        return doc

    def documents(self, *, status: str | None = "ok", unextracted_only: bool = False, ids: Iterable[int] | None = None) -> Iterator[dict]:
        """Documents in id order (text included); optionally only those not yet extracted."""
        sql = "SELECT d.* FROM documents d"
        where, params = [], []
        if unextracted_only:
            sql += " LEFT JOIN extractions e ON e.document_id = d.id"
            where.append("e.document_id IS NULL")
        if status:
            where.append("d.status = ?")
            params.append(status)
        if ids is not None:
            id_list = list(ids)
            where.append(f"d.id IN ({marks(id_list)})")
            params.extend(id_list)
        if where:
            sql += " WHERE " + " AND ".join(where)
        for row in self.conn.execute(sql + " ORDER BY d.id", params).fetchall():
            yield dict(row)

    def document_ids(self) -> list[int]:
        return [r[0] for r in self.conn.execute("SELECT id FROM documents ORDER BY id")]

    # ---------------------------------------------------------------- raw pages
    def put_raw(self, sha256: str, compressed: bytes, **info: Any) -> None:
        """Keep a raw response (already compressed by the caller), once per content hash."""
        cols = ["sha256", "content", *info]
        with self.transaction() as conn:
            conn.execute(
                f"INSERT INTO raw_pages ({', '.join(cols)}) VALUES ({marks(cols)}) "
                "ON CONFLICT(sha256) DO NOTHING",
                [sha256, compressed, *info.values()],
            )

    def raw(self, sha256: str) -> dict | None:
        row = self.conn.execute("SELECT * FROM raw_pages WHERE sha256=?", (sha256,)).fetchone()
        return dict(row) if row else None

    # ----------------------------------------------------------------- frontier
    def add_urls(self, items: Iterable[dict]) -> int:
        """Add discovered URLs (dicts with url, source, lastmod); known ones are kept as they are."""
        added = 0
        now = utcnow()
        with self.transaction() as conn:
            for item in items:
                cur = conn.execute(
                    "INSERT INTO urls (url, source, discovered, lastmod, updated) VALUES (?, ?, ?, ?, ?) "
                    "ON CONFLICT(url) DO NOTHING",
                    (item["url"], item.get("source"), now, item.get("lastmod"), now),
                )
                added += cur.rowcount
        return added

    def pending_urls(self, limit: int | None = None, urls: Iterable[str] | None = None) -> list[dict]:
        sql = "SELECT * FROM urls WHERE status IN ('pending', 'retry')"
        params: list[Any] = []
        if urls is not None:
            url_list = list(urls)
            sql += f" AND url IN ({marks(url_list)})"
            params.extend(url_list)
        sql += " ORDER BY discovered, url"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [dict(r) for r in self.conn.execute(sql, params)]

    def url_state(self, url: str) -> dict | None:
        row = self.conn.execute("SELECT * FROM urls WHERE url=?", (url,)).fetchone()
        return dict(row) if row else None

    def mark_url(self, url: str, status: str, *, reason: str | None = None, document_id: int | None = None,
                 etag: str | None = None, last_modified: str | None = None) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO urls (url, status, reason, document_id, etag, last_modified, attempts, discovered, updated) "
                "VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?) ON CONFLICT(url) DO UPDATE SET status=excluded.status, "
                "reason=excluded.reason, document_id=COALESCE(excluded.document_id, urls.document_id), "
                "etag=COALESCE(excluded.etag, urls.etag), last_modified=COALESCE(excluded.last_modified, urls.last_modified), "
                "attempts=urls.attempts+1, updated=excluded.updated",
                (url, status, reason, document_id, etag, last_modified, utcnow(), utcnow()),
            )

    # --------------------------------------------------------------------- runs
    def start_run(self, command: str, args: dict | None = None) -> int:
        with self.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO runs (command, args, started, status) VALUES (?, ?, ?, 'running')",
                (command, _dumps(args or {}), utcnow()),
            )
            self.open_runs.add(cur.lastrowid)
            return cur.lastrowid

    def finish_run(self, run_id: int, counts: dict[str, int], status: str = "finished") -> None:
        with self.transaction() as conn:
            conn.execute(
                "UPDATE runs SET ended=?, status=?, counts=? WHERE id=?",
                (utcnow(), status, _dumps(counts), run_id),
            )
        self.open_runs.discard(run_id)

    def fail_open_runs(self, reason: str) -> None:
        """After a store error: mark the runs this connection left 'running' as failed, if the
        store still takes a write (a corrupt file may not; then they stay as they were)."""
        for run_id in sorted(self.open_runs):
            try:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                self.conn.execute("UPDATE runs SET ended=?, status='failed', counts=? WHERE id=? AND status='running'",
                                  (utcnow(), _dumps({"error": reason}), run_id))
            except sqlite3.Error:
                return
        self.open_runs.clear()

    def record_failure(self, run_id: int | None, target: str, reason: str, stage: str | None = None) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO failures (run_id, target, stage, reason, at) VALUES (?, ?, ?, ?, ?)",
                (run_id, target, stage, reason, utcnow()),
            )

    def runs(self, limit: int = 20) -> list[dict]:
        rows = self.conn.execute("SELECT * FROM runs ORDER BY id DESC LIMIT ?", (limit,))
        return [_decode(dict(r), "args", "counts") for r in rows]

    def failures(self, run_id: int | None = None) -> list[dict]:
        if run_id is None:
            rows = self.conn.execute("SELECT * FROM failures ORDER BY id")
        else:
            rows = self.conn.execute("SELECT * FROM failures WHERE run_id=? ORDER BY id", (run_id,))
        return [dict(r) for r in rows]

    # --------------------------------------------------------------- extraction
    def save_extraction(self, document_id: int, result: dict, *, backend: str, version: str = "",
                        notes: list[str] | None = None, run_id: int | None = None) -> None:
        """Replace a document's findings with `result` (the `arahan extract --output` line format).

        Officials, regions and organizations become `mentions` rows and directives
        `directives` rows, each with the evidence of the finding; the whole result is
        kept as JSON too.
        """
        with self.transaction() as conn:
            self._delete_findings(conn, document_id)
            conn.execute(
                "INSERT INTO extractions (document_id, backend, version, extracted, result, notes, run_id) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (document_id, backend, version, utcnow(), _dumps(result), _dumps(notes or []), run_id),
            )
            for kind, key in (("official", "officials"), ("region", "regions"), ("organization", "organizations")):
                for item in result.get(key, []):
                    conn.execute(
                        "INSERT INTO mentions (document_id, kind, text, name, title, region, region_code, org, "
                        "start_char, end_char, sent_start, sent_end, confidence, attrs) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        _mention_row(document_id, kind, item),
                    )
            for item in result.get("directives", []):
                conn.execute(
                    "INSERT INTO directives (document_id, type, issuer, issuer_title, issuer_region, issuer_region_code, "
                    "targets, cue, date, date_precision, place, legal_basis, summary, sentence, start_char, end_char, "
                    "sent_start, sent_end, confidence, attrs) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    _directive_row(document_id, item),
                )

    @staticmethod
    def _delete_findings(conn: sqlite3.Connection, document_id: int) -> None:
        for table in ("mentions", "directives", "extractions"):
            conn.execute(f"DELETE FROM {table} WHERE document_id=?", (document_id,))

    def extraction(self, document_id: int) -> dict | None:
        row = self.conn.execute("SELECT * FROM extractions WHERE document_id=?", (document_id,)).fetchone()
        return _decode(dict(row), "result", "notes") if row else None

    def mentions(self, document_id: int | None = None, kind: str | None = None) -> list[dict]:
        where, params = [], []
        if document_id is not None:
            where.append("document_id=?")
            params.append(document_id)
        if kind:
            where.append("kind=?")
            params.append(kind)
        sql = "SELECT * FROM mentions" + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY id"
        return [_decode(dict(r), "attrs") for r in self.conn.execute(sql, params)]

    def directives(self, document_id: int | None = None) -> list[dict]:
        if document_id is None:
            rows = self.conn.execute("SELECT * FROM directives ORDER BY id")
        else:
            rows = self.conn.execute("SELECT * FROM directives WHERE document_id=? ORDER BY id", (document_id,))
        return [_decode(dict(r), "targets", "legal_basis", "attrs") for r in rows]

    # ------------------------------------------------------- corpus acquisition
    # Helpers for corpus/ingest.py, importer.py and writer.py (dedup, resume, reextract).
    def has_raw(self, sha256: str) -> bool:
        return self.conn.execute("SELECT 1 FROM raw_pages WHERE sha256=?", (sha256,)).fetchone() is not None

    def known_raw(self, hashes: Iterable[str]) -> set[str]:
        """Which of these raw-page hashes the store already keeps (one query per chunk)."""
        hashes, found = list(hashes), set()
        for part in chunks(hashes):
            rows = self.conn.execute(f"SELECT sha256 FROM raw_pages WHERE sha256 IN ({marks(part)})", part)
            found.update(r[0] for r in rows)
        return found

    def document_brief(self, document_id: int) -> dict | None:
        """id, canonical_url, outlet, story_id, raw_sha256 and status of a document (no text)."""
        row = self.conn.execute(
            "SELECT id, canonical_url, outlet, story_id, raw_sha256, text_hash, status FROM documents WHERE id=?",
            (document_id,)).fetchone()
        return dict(row) if row else None

    def fingerprints(self, after: int = 0) -> Iterator[tuple[int, int, str]]:
        """(document id, story id, simhash hex) of the fingerprinted documents with an id above
        `after`, for the near-dup index."""
        yield from self.conn.execute(
            "SELECT id, story_id, simhash FROM documents WHERE simhash IS NOT NULL AND id > ? ORDER BY id", (after,))

    def documents_with_raw(self, ids: Iterable[int] | None = None) -> Iterator[dict]:
        """Documents that keep a raw page: id, canonical_url, raw_sha256, fetched, meta (for reextract)."""
        sql = "SELECT id, canonical_url, raw_sha256, fetched, meta FROM documents WHERE raw_sha256 IS NOT NULL"
        params: list[Any] = []
        if ids is not None:
            id_list = list(ids)
            sql += f" AND id IN ({marks(id_list)})"
            params = id_list
        for row in self.conn.execute(sql + " ORDER BY id", params).fetchall():
            yield dict(row)

    def requeue_urls(self, urls: Iterable[str]) -> int:
        """Put finished URLs back in the frontier (refresh); conditional headers come from their row."""
        changed = 0
        with self.transaction() as conn:
            for url in urls:
                changed += conn.execute(
                    "UPDATE urls SET status='pending' WHERE url=? AND status IN ('done', 'duplicate')", (url,)
                ).rowcount
        return changed

    def urls_with_status(self, statuses: tuple[str, ...], limit: int) -> list[dict]:
        """Frontier rows in these states, oldest first (an ingest run's later refills use 'pending' only)."""
        rows = self.conn.execute(f"SELECT * FROM urls WHERE status IN ({marks(statuses)}) ORDER BY discovered, url LIMIT ?",
                                 (*statuses, int(limit)))
        return [dict(r) for r in rows]

    def frontier_counts(self) -> dict[str, int]:
        return {r[0]: r[1] for r in self.conn.execute("SELECT status, COUNT(*) FROM urls GROUP BY status")}

    # -------------------------------------------------------------------- stats
    def counts(self) -> dict[str, int]:
        """Row counts of the main tables, plus documents by status."""
        out = {}
        for table in ("documents", "urls", "raw_pages", "runs", "failures", "extractions", "mentions", "directives"):
            out[table] = self.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
        out["stories"] = self.conn.execute("SELECT COUNT(DISTINCT story_id) FROM documents").fetchone()[0]
        for status, n in self.conn.execute("SELECT status, COUNT(*) FROM documents GROUP BY status"):
            out[f"documents_{status}"] = n
        return out


def _mention_row(document_id: int, kind: str, item: dict) -> tuple:
    ev = item.get("evidence") or {}
    known = {"name", "title", "region", "region_code", "code", "org", "evidence", "confidence", "text"}
    attrs = {k: v for k, v in item.items() if k not in known}
    return (
        document_id, kind, ev.get("text") or item.get("text") or item.get("name"), item.get("name"),
        item.get("title"), item.get("region"), item.get("region_code") or item.get("code"), item.get("org"),
        ev.get("start"), ev.get("end"), ev.get("sent_start"), ev.get("sent_end"), item.get("confidence"),
        _dumps(attrs),
    )


def _directive_row(document_id: int, item: dict) -> tuple:
    ev = item.get("evidence") or {}
    known = {"type", "issuer", "issuer_title", "issuer_region", "issuer_region_code", "targets", "cue", "date",
             "date_precision", "place", "legal_basis", "summary", "evidence", "confidence"}
    attrs = {k: v for k, v in item.items() if k not in known}
    return (
        document_id, item["type"], item.get("issuer"), item.get("issuer_title"), item.get("issuer_region"),
        item.get("issuer_region_code"), _dumps(item.get("targets") or []), item.get("cue"), item.get("date"),
        item.get("date_precision"), item.get("place"), _dumps(item.get("legal_basis") or []), item.get("summary"),
        ev.get("sentence"), ev.get("start"), ev.get("end"), ev.get("sent_start"), ev.get("sent_end"),
        item.get("confidence"), _dumps(attrs),
    )


def _decode(row: dict, *json_cols: str) -> dict:
    for col in json_cols:
        if row.get(col):
            row[col] = json.loads(row[col])
    return row


def _split_sql(script: str) -> list[str]:
    """Split a migration script into statements (our scripts hold no semicolons in strings)."""
    lines = [line.split("--", 1)[0] for line in script.splitlines()]
    statements, pending = [], ""
    for piece in "\n".join(lines).split(";"):
        pending += piece + ";"
        # A trigger body holds semicolons: keep joining until SQLite sees a whole statement.
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                statements.append(pending.strip().rstrip(";").strip())
            pending = ""
    if pending.strip(" \n;"):
        statements.append(pending.strip().rstrip(";").strip())
    return statements


def readonly_uri(path: Path, immutable: bool = False) -> str:
    """The SQLite URI of a read-only connection. The path is percent-quoted: a '#' or '?'
    in it would otherwise end the path and open another file, read-write."""
    return f"file:{quote(str(path.resolve()), safe='/')}?mode=ro" + ("&immutable=1" if immutable else "")


def _connect_readonly(p: Path) -> sqlite3.Connection:
    """mode=ro, or on read-only media (where the WAL's -shm file cannot be made) immutable=1:
    nothing can change a file that nobody can write, which is what immutable promises."""
    conn = sqlite3.connect(readonly_uri(p), uri=True, check_same_thread=False)
    try:
        conn.execute("PRAGMA user_version").fetchone()
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError as exc:
        conn.close()
        if _writable_place(p):
            raise
        first = exc
    try:
        conn = sqlite3.connect(readonly_uri(p, immutable=True), uri=True, check_same_thread=False)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.Error:
        raise first from None


def _writable_place(p: Path) -> bool:
    """Whether SQLite could make the store's -shm/-wal files next to it."""
    shm = Path(str(p) + "-shm")
    if shm.exists() and not shm.is_file():
        return False
    return os.access(p.resolve().parent, os.W_OK) and (not shm.exists() or os.access(shm, os.W_OK))


def _explain(path: str, exc: sqlite3.Error) -> StoreError:
    message = str(exc)
    if "not a database" in message or "malformed" in message:
        return StoreCorrupt(f"{path}: the store file is corrupt or not a SQLite database ({message})")
    if "unable to open" in message or "readonly" in message:
        return StoreUnavailable(f"{path}: cannot open the store ({message})")
    return StoreError(f"{path}: {message}")
