"""Incident clustering: one directive carried by several outlets is one node with several sources."""

from __future__ import annotations

from arahan.extract.graph.build import load_graph, update_graph
from arahan.extract.graph.incidents import incident_confidence
from tests.graph.conftest import BONDOWOSO, directive, official

TEXT = ("BONDOWOSO - Pj Bupati Bondowoso Bambang Setiawan melarang ASN memberi like dan komentar pada unggahan "
        "bakal calon di media sosial. Larangan itu disampaikan saat apel pagi di Pendopo Bupati, Jumat (21/6/2024).")


def _report(corpus, outlet, published, date, targets=("ASN",), type_="prohibition", story=None, cue="melarang"):
    return corpus.article(
        TEXT, published, outlet=outlet, story=story, url=f"https://{outlet}.example/{published}/{type_}/{len(targets)}",
        officials=[official("Bambang Setiawan", "Pj Bupati", BONDOWOSO)],
        directives=[directive("Bambang Setiawan", "Pj Bupati", BONDOWOSO, type_, list(targets), cue, date,
                              legal_basis=["PP Nomor 94 Tahun 2021"])])


def directives(store) -> dict[str, dict]:
    G = load_graph(store)
    return {n: d for n, d in G.nodes(data=True) if d["type"] == "Directive"}


def test_syndicated_copies_and_independent_reports_cluster_into_one_incident(store, corpus):
    first = _report(corpus, "kabarjatim", "2024-06-21", "2024-06-21")
    _report(corpus, "suarakaltim", "2024-06-21", "2024-06-21", story=first)   # syndicated copy
    _report(corpus, "lombokpos", "2024-06-22", "2024-06-21", story=first)     # syndicated copy
    _report(corpus, "sumatrapos", "2024-06-23", "2024-06-22", targets=("ASN", "non-ASN"))  # own reporting, a day off
    update_graph(store)
    (node,) = directives(store).values()
    assert node["n_reports"] == 4 and node["n_outlets"] == 4
    assert node["independent_outlets"] == 2  # three copies of one story + one own report
    assert node["confidence"] == incident_confidence([
        {"document_id": 1, "outlet": "a", "story_id": 1, "confidence": 0.8},
        {"document_id": 4, "outlet": "b", "story_id": 4, "confidence": 0.8}])["confidence"]
    assert node["confidence"] > 0.8
    G = load_graph(store)
    (did,) = directives(store)
    assert sorted(v for _, v, d in G.out_edges(did, data=True) if d["type"] == "REPORTED_BY") == \
        ["article:1", "article:2", "article:3", "article:4"]
    assert {G.nodes[v]["label"] for _, v, d in G.out_edges(did, data=True) if d["type"] == "TARGETS"} == {"ASN", "non-ASN"}
    assert [G.nodes[v]["label"] for _, v, d in G.out_edges(did, data=True) if d["type"] == "CITES"] == ["PP 94/2021"]


def test_other_dates_types_or_targets_stay_separate_incidents(store, corpus):
    _report(corpus, "kabarjatim", "2024-06-21", "2024-06-21")
    _report(corpus, "suarakaltim", "2024-07-05", "2024-07-05")                      # two weeks later
    _report(corpus, "lombokpos", "2024-06-21", "2024-06-21", type_="appeal", cue="mengimbau")  # another type
    _report(corpus, "sumatrapos", "2024-06-21", "2024-06-21", targets=("kepala desa",))       # other targets
    update_graph(store)
    assert len(directives(store)) == 4
    assert all(d["independent_outlets"] == 1 for d in directives(store).values())


def test_one_source_more_or_less_updates_the_incident(store, corpus):
    _report(corpus, "kabarjatim", "2024-06-21", "2024-06-21")
    update_graph(store)
    (before,) = directives(store).values()
    second = _report(corpus, "sumatrapos", "2024-06-22", "2024-06-21")
    stats = update_graph(store)
    assert stats["documents"] == 1  # only the new article is read
    (after,) = directives(store).values()
    assert after["independent_outlets"] == 2 and after["confidence"] > before["confidence"]
    # The second outlet's extraction no longer finds the directive: the incident loses that source.
    corpus.extract(second, TEXT, officials=[official("Bambang Setiawan", "Pj Bupati", BONDOWOSO)], backend="v2")
    update_graph(store)
    (again,) = directives(store).values()
    assert again["n_reports"] == 1 and again["confidence"] == before["confidence"]
