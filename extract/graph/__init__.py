"""One entity graph across the corpus: resolution, tenure, incidents, queries, exports.

Stable API (the app and the CLI use only these):

    from arahan.extract.graph.build import update_graph, load_graph
    from arahan.extract.graph import query
    from arahan.extract.graph.export import export_graph

    update_graph(store, document_ids=None, *, full=False) -> dict of counts
        Fold new or re-extracted documents into the persisted graph (tables graph_*);
        `arahan extract` calls it after storing results. No full rebuild per article.
    load_graph(store) -> networkx.MultiDiGraph
        Node attrs: type (schema.NODE_TYPES: Person, Office, Region, ...), label, and the
        node's attributes. Edge attrs: type (schema.EDGE_TYPES: HOLDS, ISSUED, ...), confidence,
        first_seen, last_seen, edge_id, n_evidence, ... Edge keys are the stored keys.
    query.neighbourhood(G, node_id, k=1, node_types=None, edge_types=None,
                        date_from=None, date_to=None, min_confidence=0.0) -> MultiDiGraph
    query.shortest_path(G, a, b, edge_types=None, *, where=GraphFilter) -> [node ids]
    query.search_entities(G, text, limit=20) -> [{id, type, label, score, degree}]
    query.timeline(G or store, person_id) -> [{date, kind: office|directive, ...}]
    query.top_issuers(G, region_id=None, directive_type=None, date_from=None,
                      date_to=None, limit=10) -> [{issuer, label, type, count, by_type}]
    query.who_instructed(G or store, region_id, date_from=None, date_to=None) -> [{date, issuer, ...}]
    export_graph(G, fmt, path)   fmt: graphml | gexf | json | csv (csv: path is a folder)

    Evidence of an edge: arahan.store.graph.GraphTables(store).evidence(edge_id) ->
    [Evidence(document_id, sentence, start_char, end_char, sent_start, sent_end, seen,
    confidence, page, extractor, first_seen, last_seen, edge_id)], the one typed evidence
    record of builder, store and app (arahan.store.reads.evidence gives the same records).
    One row per edge and article. In the table graph_evidence, `sentence` is NULL when
    the offsets are known (the record cuts it from documents.text[sent_start:sent_end])
    and start_char is -1 when unknown (it is part of the key; the record says None).

    Node and edge types, their endpoints and required attributes: arahan.extract.graph.schema
    (node_types.csv, edge_types.csv); every build checks what it writes against them.
    One filter for every question: query.GraphFilter (the app's Graph page uses it too).

Tables (migrations 3 and 4): graph_nodes, graph_edges (key unique: src|TYPE|dst[|qualifier]),
graph_evidence, manual_decisions, graph_aliases (resolver memory: jurisdiction + name ->
person, with the rule that linked them), graph_incidents (Directive node id, issuer,
type, date, targets), graph_built (which extraction of each document is in the graph).
Directive node attrs include n_reports, n_outlets, independent_outlets (syndicated
copies sharing a story_id count once), outlets and confidence.

CLI: `arahan graph build|export|neighbours|path|who|top|timeline|resolution-report`,
`arahan entities list|show|merge|split` (arahan/commands/graph.py).

Node ids: person:<name>@<jurisdiction>, office:<title>@<jurisdiction>,
region:<Kemendagri code or name slug>, org:<slug>, law:<slug of "UU 20/2023">,
target:<slug>, article:<document id>, directive:d<document id>.<n> (an incident:
one directive, possibly reported by several articles).

Modules: schema (types, as data), sources (networkx or store, for query), entities (ids, normalisation), resolve (person resolution, manual
decisions), tenure (occupancies, title-only mentions), incidents (clustering across
outlets), build (incremental build, load), fold_process (a bulk load's fold in a
second process), query, export, manual (merge/split),
report (resolution precision/recall against gold).
"""
