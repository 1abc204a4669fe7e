"""The persisted graph: node and edge types, evidence on every edge, incremental updates."""

from __future__ import annotations

from arahan.store.graph import GraphTables
from arahan.extract.graph.build import load_graph, update_graph
from tests.graph.conftest import BONDOWOSO, directive, official, small_corpus

NODE_TYPES = {"Person", "Office", "Region", "Organization", "Law", "TargetGroup", "Article", "Directive"}
EDGE_TYPES = {"HOLDS", "OF", "PART_OF", "ISSUED", "TARGETS", "IN", "CITES", "REPORTED_BY"}


def test_every_edge_has_type_confidence_dates_and_evidence(graph_store):
    G = load_graph(graph_store)
    tables = GraphTables(graph_store)
    assert {d["type"] for _, d in G.nodes(data=True)} == NODE_TYPES - {"Organization"}
    assert {d["type"] for *_, d in G.edges(data=True)} == EDGE_TYPES
    for u, v, d in G.edges(data=True):
        assert 0 < d["confidence"] <= 1, (u, v, d)
        assert d["first_seen"] and d["last_seen"] and d["first_seen"] <= d["last_seen"]
        evidence = tables.evidence(d["edge_id"])
        assert evidence and evidence[0].document_id and d["n_evidence"] == len(evidence)
        assert evidence[0].extractor == "test" and evidence[0].page is None  # a web page has no pages
        assert (evidence[0].first_seen, evidence[0].last_seen) == (d["first_seen"], d["last_seen"])
    issued = [d for _, _, d in G.edges(data=True) if d["type"] == "ISSUED" and d.get("via") != "tenure"]
    ev = tables.evidence(issued[0]["edge_id"])[0]
    text = graph_store.document(ev.document_id)["text"]
    assert text[ev.start_char:ev.end_char] in {"melarang", "mengimbau", "menginstruksikan", "mewajibkan"}
    assert ev.sentence in text


def test_region_hierarchy_and_offices(graph_store):
    G = load_graph(graph_store)
    assert G.nodes["region:35.11"]["label"] == "Kabupaten Bondowoso"
    assert G.nodes["region:35"]["label"] == "Provinsi Jawa Timur"
    assert G.has_edge("region:35.11", "region:35")
    assert G.has_edge("office:bupati@35.11", "region:35.11")
    assert G.nodes["office:bupati@35.11"]["label"] == "Bupati Kabupaten Bondowoso"


def test_building_again_reads_nothing_and_new_articles_only_add(graph_store, corpus):
    before = load_graph(graph_store)
    assert update_graph(graph_store)["documents"] == 0
    corpus.article("Pj Bupati Bondowoso Bambang Setiawan meminta guru netral.", "2024-12-02",
                   officials=[official("Bambang Setiawan", "Pj Bupati", BONDOWOSO)],
                   directives=[directive("Bambang Setiawan", "Pj Bupati", BONDOWOSO, "appeal", ["guru"], "meminta",
                                         "2024-12-02")])
    stats = update_graph(graph_store)
    assert stats["documents"] == 1 and stats["removed"] == 0
    after = load_graph(graph_store)
    assert set(before) < set(after)
    assert after.number_of_nodes() == before.number_of_nodes() + 3  # article, directive, target group "guru"
    pid = "person:bambang-setiawan@35.11"
    holds = [d for _, _, d in after.out_edges(pid, data=True) if d["type"] == "HOLDS"][0]
    assert holds["last_seen"] == "2024-12-02"


def test_incremental_build_equals_full_build(store, corpus, tmp_path):
    small_corpus(corpus)
    ids = store.document_ids()
    update_graph(store, ids[:3])
    update_graph(store, ids[3:6])
    update_graph(store)
    inc = load_graph(store)
    update_graph(store, full=True)
    full = load_graph(store)
    assert set(inc.nodes) == set(full.nodes)
    assert set(inc.edges(keys=True)) == set(full.edges(keys=True))
    for u, v, k, d in full.edges(keys=True, data=True):
        assert (d["first_seen"], d["last_seen"], d["n_evidence"]) == \
            (inc.edges[u, v, k]["first_seen"], inc.edges[u, v, k]["last_seen"], inc.edges[u, v, k]["n_evidence"])


def test_reextraction_replaces_a_documents_findings(graph_store, corpus):
    doc = 7  # "Bupati Malang Sanusi melarang OPD merekrut honorer baru."
    text = graph_store.document(doc)["text"]
    corpus.extract(doc, text, officials=[official("Sanusi", "Bupati", {"region": "Kabupaten Malang", "region_code": "35.07"})],
                   backend="v2")
    update_graph(graph_store)
    G = load_graph(graph_store)
    assert not [n for n, d in G.nodes(data=True) if d["type"] == "Directive" and d.get("date") == "2024-10-03"]
    assert "article:7" in G  # the article still reports the Bupati
    assert GraphTables(graph_store).counts()["documents_built"] == 8


def test_bad_findings_do_not_stop_the_build(store, corpus):
    corpus.article("Teks tanpa temuan.", "2024-01-01")
    corpus.article("Pejabat tanpa nama dan tanpa jabatan.", None, officials=[{"name": None, "title": None}],
                   directives=[{"type": "appeal", "issuer": None, "targets": [None, ""], "date": "kemarin",
                                "legal_basis": [None]}])
    corpus.article("Bupati X.", "bukan tanggal", officials=[{"name": "   ", "title": "Bupati", "region": "Kabupaten X"}])
    corpus.article("Data yang rusak.", "2024-02-02",
                   officials=[{"name": 42, "title": "Bupati", "region": "Kabupaten Jember", "region_code": "35.09"}],
                   directives=[{"type": "appeal", "issuer": "Bupati Jember", "issuer_title": "Bupati",
                                "issuer_region": "Kabupaten Jember", "issuer_region_code": "35.09",
                                "targets": "ASN", "legal_basis": "UU 5/2014", "date": "2024-02", "confidence": "tinggi"}])
    stats = update_graph(store)
    assert stats["documents"] == 4
    G = load_graph(store)
    jember = [n for n, d in G.nodes(data=True) if d["type"] == "Directive" and d.get("region_key") == "35.09"]
    assert len(jember) == 1 and G.nodes[jember[0]]["date"] == "2024-02"
    assert G.has_edge(jember[0], "target:asn") and G.has_edge(jember[0], "law:uu-5-2014")


def test_a_finding_that_breaks_is_counted_and_skipped(store, corpus, monkeypatch):
    from arahan.extract.graph import build

    corpus.article("Bupati Jember Hendy Siswanto meminta ASN netral.", "2024-02-02",
                   officials=[official("Hendy Siswanto", "Bupati", {"region": "Kabupaten Jember", "region_code": "35.09"})])
    corpus.article("Pj Bupati Bondowoso Bambang Setiawan hadir.", "2024-02-03",
                   officials=[official("Bambang Setiawan", "Pj Bupati", BONDOWOSO)])
    real = build.GraphBuilder._official

    def fragile(self, batch, m, doc, people):
        if m["name"] == "Hendy Siswanto":
            raise ValueError("a finding we cannot read")
        return real(self, batch, m, doc, people)

    monkeypatch.setattr(build.GraphBuilder, "_official", fragile)
    stats = update_graph(store)
    assert stats["documents"] == 2 and stats["skipped_findings"] == 1
    assert "a finding we cannot read" in stats["notes"][0]
    assert "person:bambang-setiawan@35.11" in load_graph(store)


def _graph_rows(store) -> dict[str, list]:
    q = store.conn.execute
    return {
        "nodes": q("SELECT id, type, label, attrs FROM graph_nodes ORDER BY id").fetchall(),
        "edges": q("SELECT key, src, dst, type, confidence, first_seen, last_seen, attrs FROM graph_edges "
                   "ORDER BY key").fetchall(),
        "evidence": q("SELECT e.key, v.document_id, v.start_char, v.end_char, v.seen, v.confidence FROM graph_evidence v "
                      "JOIN graph_edges e ON e.id = v.edge_id ORDER BY 1, 2, 3").fetchall(),
        "aliases": q("SELECT * FROM graph_aliases ORDER BY key").fetchall(),
        "incidents": q("SELECT * FROM graph_incidents ORDER BY id").fetchall(),
    }


def test_bulk_load_with_a_fold_process_equals_chunk_by_chunk_build(store, corpus, tmp_path, monkeypatch):
    import sqlite3

    from arahan.store.database import Store
    from arahan.extract.graph import build

    small_corpus(corpus)
    with sqlite3.connect(tmp_path / "copy.db") as target:
        store.conn.backup(target)
    plain = Store.open(tmp_path / "copy.db")
    written = []
    real = build.GraphBuilder.store_rows

    def spy(self, rows):
        written.append(len(rows.built))
        return real(self, rows)

    monkeypatch.setattr(build.GraphBuilder, "store_rows", spy)
    monkeypatch.setattr(build, "BULK", 1)
    stats = update_graph(store, chunk=3)  # empty graph, 8 articles: folded in a child process, chunks of 3
    assert written == [3, 3, 2] and stats["documents"] == 8 and stats["directives"] > 0
    monkeypatch.setattr(build, "BULK", 10 ** 9)
    written.clear()
    update_graph(plain, chunk=3)  # the same, chunk by chunk in this process
    assert written == [3, 3, 2]
    assert [list(map(tuple, v)) for v in _graph_rows(store).values()] == \
        [list(map(tuple, v)) for v in _graph_rows(plain).values()]
    # The bulk load dropped some indexes for the load and built them again: both stores have them all.
    indexes = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name LIKE 'graph%' ORDER BY name"
    assert store.conn.execute(indexes).fetchall() == plain.conn.execute(indexes).fetchall()
    assert {"graph_edges_src", "graph_edges_dst", "graph_edges_type", "graph_evidence_doc", "graph_nodes_type",
            "graph_nodes_label"} <= {r[0] for r in store.conn.execute(indexes)}
    # Edge ids included, so every export file and every edge's evidence is the same byte for byte.
    from arahan.extract.graph.export import FORMATS, export_graph
    from arahan.store.graph import GraphTables

    for fmt in FORMATS:
        files = [export_graph(load_graph(s), fmt, tmp_path / name / f"graph.{fmt}") for name, s in
                 (("bulk", store), ("plain", plain))]
        assert [f.read_bytes() for f in files[0]] == [f.read_bytes() for f in files[1]] and files[0]
    edges = [r[0] for r in store.conn.execute("SELECT id FROM graph_edges ORDER BY id")]
    assert [GraphTables(store).evidence(e) for e in edges] == [GraphTables(plain).evidence(e) for e in edges]
    plain.close()


def test_an_error_while_writing_a_bulk_load_rolls_the_build_back(store, corpus, monkeypatch):
    import pytest

    from arahan.extract.graph import build

    small_corpus(corpus)
    real = GraphTables.insert_evidence
    calls = []

    def failing(self, rows):
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("disk full")
        return real(self, rows)

    monkeypatch.setattr(build, "BULK", 1)
    monkeypatch.setattr(GraphTables, "insert_evidence", failing)
    with pytest.raises(RuntimeError, match="disk full"):
        update_graph(store, chunk=3)
    assert GraphTables(store).is_empty() and GraphTables(store).counts()["documents_built"] == 0
    monkeypatch.setattr(GraphTables, "insert_evidence", real)
    assert update_graph(store, chunk=3)["documents"] == 8


def test_a_failing_fold_process_is_reported_and_rolls_the_build_back(store, corpus, monkeypatch):
    import pytest

    from arahan.extract.graph import build
    from arahan.extract.graph.fold_process import FoldProcess, FoldProcessError

    small_corpus(corpus)
    # The child cannot open the store (another process's view of a path that is not there):
    # its error comes back as a FoldProcessError and nothing of the build is kept.
    monkeypatch.setattr(build, "BULK", 1)
    monkeypatch.setattr(build, "FoldProcess", lambda path, *a: FoldProcess(path + ".missing", *a))
    with pytest.raises(FoldProcessError, match="no store here"):
        update_graph(store, chunk=3)
    assert GraphTables(store).is_empty() and GraphTables(store).counts()["documents_built"] == 0


def test_a_bulk_load_inside_a_callers_transaction_folds_in_process(store, corpus, monkeypatch):
    from arahan.extract.graph import build

    def no_child(*args):
        raise AssertionError("a child process cannot see uncommitted findings")

    monkeypatch.setattr(build, "BULK", 1)
    monkeypatch.setattr(build, "FoldProcess", no_child)
    with store.transaction():  # the findings are not committed when the graph is built
        small_corpus(corpus)
        stats = update_graph(store, chunk=3)
    assert stats["documents"] == 8
    assert "person:bambang-setiawan@35.11" in load_graph(store)


def test_evidence_record_says_the_page_of_a_paged_document(store, corpus):
    text = ("SURAT EDARAN BUPATI BONDOWOSO. Halaman pertama. "
            "Bupati Bondowoso Salwa Arifin melarang ASN memasang baliho calon.")
    doc = corpus.article(text, "2024-09-02", directives=[directive(
        "Salwa Arifin", "Bupati", BONDOWOSO, "prohibition", ["ASN"], "melarang", "2024-09-02")])
    with store.transaction():  # two pages: the directive's sentence is on the second
        store.conn.execute("UPDATE documents SET page_starts = '[0, 48]' WHERE id = ?", (doc,))
    update_graph(store)
    G = load_graph(store)
    issued = next(d for *_, d in G.edges(data=True) if d["type"] == "ISSUED")
    (ev,) = GraphTables(store).evidence(issued["edge_id"])
    assert text[ev.start_char:ev.end_char] == "melarang" and ev.page == 2
    assert (ev.document_id, ev.seen, ev.extractor, ev.edge_id) == (doc, "2024-09-02", "test", issued["edge_id"])
