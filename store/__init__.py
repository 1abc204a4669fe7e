"""The store: every SQL statement of Arahan, over one SQLite file (the embedded default).

Each stage reads and writes through this package and owns none of its tables:
`database` (the `Store` class: connection, documents, runs, findings), `schema` (the ordered
migrations), `graph` (graph tables and the reads that build it), `reads` (the explorer's
read model), `review`, `search` (full-text) and `watch` (sources and watchlists).
Callers get plain dicts and lists back, so a PostgreSQL store would be a sibling of
`database` behind the same functions, with nothing to change in corpus/, extract/ or app/.
"""
