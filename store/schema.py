"""The store's versioned schema: an ordered list of migrations.

The schema version of a store file is the number of migrations applied to it (kept in
SQLite's `PRAGMA user_version`). Opening a store applies the missing migrations in order,
each in its own transaction, so a store made by an older Arahan is upgraded in place and
keeps its rows. A store whose version is higher than `len(MIGRATIONS)` was written by a
newer Arahan and is refused.

Rules for adding a migration: append to the end, never edit or reorder a published one,
and keep each step additive (new tables, new columns with defaults, new indexes).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Migration:
    name: str
    sql: str


MIGRATIONS: list[Migration] = [
    Migration(
        "corpus",
        """
        -- One row per story text we keep. canonical_url is the identity of a document.
        CREATE TABLE documents (
            id             INTEGER PRIMARY KEY,
            canonical_url  TEXT NOT NULL UNIQUE,
            outlet         TEXT,
            title          TEXT,
            author         TEXT,
            published      TEXT,            -- ISO 8601 date or datetime, as precise as known
            fetched        TEXT,            -- ISO 8601 UTC datetime of the fetch or import
            language       TEXT,
            text           TEXT,
            raw_sha256     TEXT,            -- pointer into raw_pages (content-addressed)
            text_hash      TEXT,            -- exact-duplicate key of the cleaned text
            simhash        TEXT,            -- near-duplicate signature (hex)
            story_id       INTEGER,         -- id of the first document of its near-duplicate story
            dateline_place TEXT,
            status         TEXT NOT NULL DEFAULT 'ok',   -- ok | not_indonesian | empty | failed
            error          TEXT,
            meta           TEXT             -- JSON: anything else the extractor found
        );
        CREATE INDEX documents_text_hash ON documents(text_hash);
        CREATE INDEX documents_story ON documents(story_id);
        CREATE INDEX documents_published ON documents(published);

        -- Every URL under which a document was seen (AMP, mobile, tracking variants ...).
        CREATE TABLE document_urls (
            url          TEXT PRIMARY KEY,
            document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            seen         TEXT
        );
        CREATE INDEX document_urls_doc ON document_urls(document_id);

        -- Raw responses, zlib-compressed and addressed by the SHA-256 of the raw bytes.
        CREATE TABLE raw_pages (
            sha256         TEXT PRIMARY KEY,
            url            TEXT,
            fetched        TEXT,
            content_type   TEXT,
            encoding       TEXT,
            etag           TEXT,
            last_modified  TEXT,
            size           INTEGER,
            content        BLOB
        );

        -- The frontier of an ingestion: what was discovered and what became of it, so a
        -- stopped run continues where it was.
        CREATE TABLE urls (
            url            TEXT PRIMARY KEY,
            source         TEXT,            -- sitemap / feed / crawl / argument / file
            discovered     TEXT,
            lastmod        TEXT,            -- date the sitemap or feed gave, if any
            status         TEXT NOT NULL DEFAULT 'pending',  -- pending | done | duplicate | robots | skipped | failed
            attempts       INTEGER NOT NULL DEFAULT 0,
            reason         TEXT,
            document_id    INTEGER,
            etag           TEXT,
            last_modified  TEXT,
            updated        TEXT
        );
        CREATE INDEX urls_status ON urls(status);

        CREATE TABLE runs (
            id       INTEGER PRIMARY KEY,
            command  TEXT NOT NULL,
            args     TEXT,                  -- JSON
            started  TEXT NOT NULL,
            ended    TEXT,
            status   TEXT NOT NULL DEFAULT 'running',   -- running | finished | interrupted | failed
            counts   TEXT                   -- JSON: outcome -> count
        );

        CREATE TABLE failures (
            id      INTEGER PRIMARY KEY,
            run_id  INTEGER REFERENCES runs(id),
            target  TEXT NOT NULL,          -- URL or file path
            stage   TEXT,                   -- fetch / extract / store / nlp ...
            reason  TEXT NOT NULL,
            at      TEXT NOT NULL
        );
        CREATE INDEX failures_run ON failures(run_id);
        """,
    ),
    Migration(
        "extraction",
        """
        -- The full per-document result (JSON, the `arahan extract --output` line format).
        CREATE TABLE extractions (
            document_id  INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            backend      TEXT NOT NULL,
            version      TEXT,
            extracted    TEXT NOT NULL,
            result       TEXT NOT NULL,
            notes        TEXT                 -- JSON list of warnings for the run log
        );

        -- Officials, regions and organizations found in a document, one row per finding,
        -- with the evidence of its first occurrence (character offsets into documents.text).
        CREATE TABLE mentions (
            id           INTEGER PRIMARY KEY,
            document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            kind         TEXT NOT NULL,       -- official | region | organization
            text         TEXT,                -- surface form
            name         TEXT,                -- person / region / organization name, normalised
            title        TEXT,                -- office title for officials
            region       TEXT,                -- canonical region name ("Kabupaten Malang")
            region_code  TEXT,                -- Kemendagri code
            org          TEXT,
            start_char   INTEGER,
            end_char     INTEGER,
            sent_start   INTEGER,
            sent_end     INTEGER,
            confidence   REAL,
            attrs        TEXT                 -- JSON: honorifics, former, level, parent ...
        );
        CREATE INDEX mentions_doc ON mentions(document_id);
        CREATE INDEX mentions_kind_name ON mentions(kind, name);

        CREATE TABLE directives (
            id                  INTEGER PRIMARY KEY,
            document_id         INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            type                TEXT NOT NULL,  -- appeal | instruction | prohibition | sanction_warning | policy | oversight
            issuer              TEXT,
            issuer_title        TEXT,
            issuer_region       TEXT,
            issuer_region_code  TEXT,
            targets             TEXT,           -- JSON list
            cue                 TEXT,
            date                TEXT,
            date_precision      TEXT,           -- day | month | year
            place               TEXT,
            legal_basis         TEXT,           -- JSON list, normalised ("UU 20/2023")
            summary             TEXT,
            sentence            TEXT,
            start_char          INTEGER,        -- the cue's offsets in documents.text
            end_char            INTEGER,
            sent_start          INTEGER,
            sent_end            INTEGER,
            confidence          REAL,
            attrs               TEXT            -- JSON
        );
        CREATE INDEX directives_doc ON directives(document_id);
        CREATE INDEX directives_type_date ON directives(type, date);
        """,
    ),
    Migration(
        "graph",
        """
        -- The resolved entity graph, kept in the store so the app only reads it and new
        -- articles update it incrementally. Node ids are stable strings such as
        -- "person:bambang-setiawan@35.11", "office:pj-bupati@35.11", "region:35.11".
        CREATE TABLE graph_nodes (
            id        TEXT PRIMARY KEY,
            type      TEXT NOT NULL,      -- Person | Office | Region | Organization | Law | TargetGroup | Article | Directive
            label     TEXT NOT NULL,
            attrs     TEXT                -- JSON
        );
        CREATE INDEX graph_nodes_type ON graph_nodes(type);
        CREATE INDEX graph_nodes_label ON graph_nodes(label);

        CREATE TABLE graph_edges (
            id          INTEGER PRIMARY KEY,
            key         TEXT NOT NULL UNIQUE,   -- src|type|dst(|qualifier): one edge per relation instance
            src         TEXT NOT NULL,
            dst         TEXT NOT NULL,
            type        TEXT NOT NULL,          -- HOLDS | OF | PART_OF | ISSUED | TARGETS | IN | CITES | REPORTED_BY ...
            confidence  REAL,
            first_seen  TEXT,
            last_seen   TEXT,
            attrs       TEXT                    -- JSON
        );
        CREATE INDEX graph_edges_src ON graph_edges(src);
        CREATE INDEX graph_edges_dst ON graph_edges(dst);
        CREATE INDEX graph_edges_type ON graph_edges(type);

        -- Why an edge exists: the sentences that support it.
        CREATE TABLE graph_evidence (
            edge_id      INTEGER NOT NULL REFERENCES graph_edges(id) ON DELETE CASCADE,
            document_id  INTEGER NOT NULL,
            sentence     TEXT,
            start_char   INTEGER,
            end_char     INTEGER,
            sent_start   INTEGER,
            sent_end     INTEGER,
            PRIMARY KEY (edge_id, document_id, start_char)
        );
        CREATE INDEX graph_evidence_doc ON graph_evidence(document_id);

        -- Hand decisions (merge / split) that must survive re-extraction.
        CREATE TABLE manual_decisions (
            id       INTEGER PRIMARY KEY,
            action   TEXT NOT NULL,       -- merge | split
            args     TEXT NOT NULL,       -- JSON
            note     TEXT,
            created  TEXT NOT NULL
        );
        """,
    ),
    Migration(
        "graph-incremental",
        """
        -- What the incremental graph build needs to remember between runs.
        -- Evidence carries its date and confidence, so an edge's first/last seen and
        -- confidence can be recomputed when one article's findings are replaced.
        ALTER TABLE graph_evidence ADD COLUMN seen TEXT;
        ALTER TABLE graph_evidence ADD COLUMN confidence REAL;

        -- Resolver memory: a person mention (jurisdiction + normalised name) -> person node.
        CREATE TABLE graph_aliases (
            key        TEXT PRIMARY KEY,     -- anchor|name_key
            anchor     TEXT NOT NULL,        -- region code, org id or '' when unknown
            name_key   TEXT NOT NULL,
            person_id  TEXT NOT NULL,
            rule       TEXT,                 -- why this alias points to that person
            titles     TEXT                  -- JSON list of office titles seen with it
        );
        CREATE INDEX graph_aliases_anchor ON graph_aliases(anchor);
        CREATE INDEX graph_aliases_person ON graph_aliases(person_id);
        CREATE INDEX graph_aliases_name ON graph_aliases(name_key);

        -- Incidents: one directive reported by one or more articles.
        CREATE TABLE graph_incidents (
            id         TEXT PRIMARY KEY,     -- the Directive node id
            issuer     TEXT NOT NULL,        -- issuer node id
            type       TEXT NOT NULL,
            date       TEXT,
            targets    TEXT                  -- JSON list of target group ids
        );
        CREATE INDEX graph_incidents_issuer ON graph_incidents(issuer, type, date);

        -- Which extraction of each document the graph holds (incremental builds).
        CREATE TABLE graph_built (
            document_id  INTEGER PRIMARY KEY,
            extracted    TEXT,
            built        TEXT NOT NULL
        );
        """,
    ),
    Migration(
        "search",
        """
        -- Full-text search over the stored articles (SQLite FTS5). documents_fts indexes
        -- title and text as they are, folding case and diacritics (unicode61
        -- remove_diacritics 2); it reads its text from documents (external content), and
        -- the triggers below keep it in step with every insert, update and delete.
        CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(
            title, text, content='documents', content_rowid='id',
            tokenize='unicode61 remove_diacritics 2'
        );
        -- The same articles with every word replaced by its lemma ("melarang", "larangan"
        -- -> "larang"), for searches that ask for affix folding. Lemmas come from Python
        -- (arahan.extract.lang), so this index is filled by `arahan.corpus.search.refresh_stems`; the
        -- triggers below only drop a stale row, and the next stemmed search refills it.
        CREATE VIRTUAL TABLE IF NOT EXISTS documents_stem_fts USING fts5(
            stems, tokenize='unicode61 remove_diacritics 2'
        );
        -- What filters and facets read of each match, in rows small enough that a search
        -- matching most of the store reads a few pages (a documents row carries its text).
        CREATE TABLE IF NOT EXISTS search_meta (
            id         INTEGER PRIMARY KEY,   -- documents.id
            outlet     TEXT,
            published  TEXT,
            status     TEXT
        );
        CREATE INDEX IF NOT EXISTS search_meta_status ON search_meta(status);
        CREATE TRIGGER IF NOT EXISTS documents_fts_insert AFTER INSERT ON documents BEGIN
            INSERT INTO documents_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
            INSERT OR REPLACE INTO search_meta (id, outlet, published, status)
                VALUES (new.id, new.outlet, new.published, new.status);
        END;
        CREATE TRIGGER IF NOT EXISTS documents_fts_delete AFTER DELETE ON documents BEGIN
            INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
            DELETE FROM documents_stem_fts WHERE rowid = old.id;
            DELETE FROM search_meta WHERE id = old.id;
        END;
        CREATE TRIGGER IF NOT EXISTS documents_meta_update AFTER UPDATE OF outlet, published, status ON documents BEGIN
            UPDATE search_meta SET outlet = new.outlet, published = new.published, status = new.status
                WHERE id = new.id;
        END;
        CREATE TRIGGER IF NOT EXISTS documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
            INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
            INSERT INTO documents_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
            DELETE FROM documents_stem_fts WHERE rowid = new.id;
        END;
        INSERT INTO documents_fts (documents_fts) VALUES ('rebuild');
        INSERT OR REPLACE INTO search_meta (id, outlet, published, status)
            SELECT id, outlet, published, status FROM documents;
        """,
    ),
    Migration(
        "review",
        """
        -- Reviewers' decisions on findings: accept, reject or correct. A decision names its
        -- finding by its evidence (document, kind, evidence offsets and text, sentence), not
        -- by the finding's row id, which changes at every re-extraction; the newest decision
        -- on the same evidence wins. A decision whose evidence no longer matches any finding
        -- is kept and reported as orphaned.
        CREATE TABLE IF NOT EXISTS reviews (
            id             INTEGER PRIMARY KEY,
            document_id    INTEGER NOT NULL,
            canonical_url  TEXT,
            kind           TEXT NOT NULL,       -- directive | official | region | organization
            start_char     INTEGER,             -- evidence offsets in documents.text
            end_char       INTEGER,
            sent_start     INTEGER,
            sent_end       INTEGER,
            evidence       TEXT,                -- the cue of a directive, the surface text of a mention
            finding        TEXT NOT NULL,       -- JSON: the finding as the reviewer saw it
            decision       TEXT NOT NULL,       -- accept | reject | correct
            changes        TEXT,                -- JSON: field -> corrected value
            reviewer       TEXT,
            note           TEXT,
            created        TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS reviews_doc ON reviews(document_id, kind);
        """,
    ),
    Migration(
        "watch",
        """
        -- The user's sources, fetched by `arahan update`: sitemaps, feeds, crawl roots, URL
        -- files and document folders.
        CREATE TABLE IF NOT EXISTS sources (
            id           INTEGER PRIMARY KEY,
            kind         TEXT NOT NULL,        -- sitemap | feed | crawl | urls | folder
            target       TEXT NOT NULL,        -- URL, or absolute path for urls and folder
            added        TEXT NOT NULL,
            last_run     TEXT,
            last_status  TEXT,                 -- ok | failed: reason
            UNIQUE (kind, target)
        );
        -- Saved queries over the incidents of the graph (JSON: see extract/watch.py).
        CREATE TABLE IF NOT EXISTS watchlists (
            id        INTEGER PRIMARY KEY,
            name      TEXT NOT NULL UNIQUE,
            query     TEXT NOT NULL,
            created   TEXT NOT NULL,
            last_run  TEXT
        );
        -- What each watchlist has reported, so a run reports only what is new; the item
        -- (JSON: label, date, sentence, link ...) feeds the Atom file and the app page.
        CREATE TABLE IF NOT EXISTS watch_seen (
            watchlist_id  INTEGER NOT NULL REFERENCES watchlists(id) ON DELETE CASCADE,
            item_key      TEXT NOT NULL,
            first_seen    TEXT NOT NULL,
            item          TEXT NOT NULL,
            PRIMARY KEY (watchlist_id, item_key)
        );
        CREATE INDEX IF NOT EXISTS watch_seen_recent ON watch_seen(watchlist_id, first_seen);
        """,
    ),
    Migration(
        "documents-pages",
        """
        -- Reports as well as news: a PDF, scan or .docx keeps its kind and pages, so evidence
        -- can say "page 2". page_starts is a JSON list: the offset in documents.text where each
        -- page begins (a character belongs to the last page starting at or before it).
        ALTER TABLE documents ADD COLUMN doc_kind TEXT;      -- pdf | pdf-scan | docx | image; NULL for web pages
        ALTER TABLE documents ADD COLUMN page_count INTEGER;
        ALTER TABLE documents ADD COLUMN page_starts TEXT;
        """,
    ),
    Migration(
        "extraction run",
        """
        -- The run that made each extraction, so that `arahan extract --all` interrupted
        -- and run again redoes only what the unfinished run had not reached.
        ALTER TABLE extractions ADD COLUMN run_id INTEGER;
        """,
    ),
]

SCHEMA_VERSION = len(MIGRATIONS)
