"""One entity graph across the corpus: resolution, tenure, incidents, queries, exports.

Stable API (the app and the CLI use only these):

    from extract.graph.build import update_graph, load_graph
    from extract.graph import query
    from extract.graph.export import export_graph

    update_graph(store, document_ids=None, *, full=False) -> dict of counts
        Fold new or re-extracted documents into the persisted graph (tables graph_*);
        `arahan extract` calls it after storing results. No full rebuild per article.
    load_graph(store) -> networkx.MultiDiGraph
        Node attrs: type (Person | Office | Region | Organization | Law | TargetGroup |
        Article | Directive), label, and the node's attributes. Edge attrs: type (HOLDS |
        OF | PART_OF | ISSUED | TARGETS | IN | CITES | REPORTED_BY), confidence,
        first_seen, last_seen, edge_id, n_evidence, ... Edge keys are the stored keys.
    query.neighbourhood(G, node_id, k=1, node_types=None, edge_types=None,
                        date_from=None, date_to=None, min_confidence=0.0) -> MultiDiGraph
    query.shortest_path(G, a, b) -> [node ids]
    query.search_entities(G, text, limit=20) -> [{id, type, label, score, degree}]
    query.timeline(G, person_id) -> [{date, kind: office|directive, ...}]
    query.top_issuers(G, region_id=None, directive_type=None, date_from=None,
                      date_to=None, limit=10) -> [{issuer, label, type, count, by_type}]
    query.who_instructed(G, region_id, date_from=None, date_to=None) -> [{date, issuer, ...}]
    export_graph(G, fmt, path)   fmt: graphml | gexf | json | csv (csv: path is a folder)

    Evidence of an edge: corpus.store_graph.GraphTables(store).evidence(edge_id) ->
    [{document_id, sentence, start_char, end_char, sent_start, sent_end, seen, confidence}]

Node ids: person:<name>@<jurisdiction>, office:<title>@<jurisdiction>,
region:<Kemendagri code or name slug>, org:<slug>, law:<slug of "UU 20/2023">,
target:<slug>, article:<document id>, directive:d<document id>.<n> (an incident:
one directive, possibly reported by several articles).

Modules: entities (ids, normalisation), resolve (person resolution, manual
decisions), tenure (occupancies, title-only mentions), incidents (clustering across
outlets), build (incremental build, load), query, export, manual (merge/split),
report (resolution precision/recall against gold).
"""
