"""Each query of arahan.extract.graph.query on the small corpus."""

from __future__ import annotations

import pytest

from arahan.extract.graph import query as Q
from arahan.extract.graph.build import load_graph

BAMBANG = "person:bambang-setiawan@35.11"


@pytest.fixture
def G(graph_store):
    return load_graph(graph_store)


def test_neighbourhood_hops_and_filters(G):
    one = Q.neighbourhood(G, BAMBANG, k=1)
    assert {G.nodes[n]["type"] for n in one} == {"Person", "Office", "Directive"}
    two = Q.neighbourhood(G, BAMBANG, k=2)
    assert set(one) < set(two) and "target:asn" in two and "region:35.11" in two
    only = Q.neighbourhood(G, BAMBANG, k=2, edge_types=["HOLDS", "OF"])
    assert set(only) == {BAMBANG, "office:bupati@35.11", "region:35.11"}
    assert {d["type"] for *_, d in only.edges(data=True)} == {"HOLDS", "OF"}
    typed = Q.neighbourhood(G, BAMBANG, k=2, node_types="Person,Directive,TargetGroup")
    assert {G.nodes[n]["type"] for n in typed} == {"Person", "Directive", "TargetGroup"}
    late = Q.neighbourhood(G, BAMBANG, k=1, edge_types=["ISSUED"], date_from="2024-10-01")
    assert [G.nodes[n].get("directive_type") for n in late if n != BAMBANG] == ["appeal"]
    early = Q.neighbourhood(G, BAMBANG, k=1, edge_types="ISSUED", date_to="2024-05")
    assert [G.nodes[n].get("date") for n in early if n != BAMBANG] == ["2024-04-10"]  # via tenure
    sure = Q.neighbourhood(G, BAMBANG, k=1, edge_types="ISSUED", min_confidence=0.75)
    assert len(sure) == 3  # the tenure-inferred one is less certain
    with pytest.raises(Q.UnknownNode):
        Q.neighbourhood(G, "person:nobody@00", k=1)


def test_shortest_path(G):
    path = Q.shortest_path(G, BAMBANG, "law:uu-20-2023")
    assert path[0] == BAMBANG and path[-1] == "law:uu-20-2023" and len(path) == 3
    assert G.nodes[path[1]]["type"] == "Directive"
    sanusi = Q.find_node(G, "Sanusi", ["Person"])
    assert len(Q.shortest_path(G, BAMBANG, sanusi)) >= 3
    assert Q.shortest_path(G, BAMBANG, sanusi, edge_types=["HOLDS"]) == []


def test_search_entities(G):
    hits = Q.search_entities(G, "bambang")
    assert hits[0]["id"] == BAMBANG and hits[0]["type"] == "Person"
    assert Q.search_entities(G, "BONDOWOSO", types=["Region"])[0]["id"] == "region:35.11"
    assert Q.search_entities(G, "uu 20/2023")[0]["id"] == "law:uu-20-2023"
    assert Q.search_entities(G, "zzzz") == []
    assert Q.find_node(G, "35.07") == "region:35.07"


def test_timeline(G):
    events = Q.timeline(G, BAMBANG)
    assert [e["kind"] for e in events] == ["office", "directive", "directive", "directive"]
    office = events[0]
    assert (office["acting"], office["started"], office["last_seen"]) == ("Pj", "2024-02-05", "2024-11-20")
    assert [e["date"] for e in events[1:]] == ["2024-04-10", "2024-06-21", "2024-11-20"]
    assert events[1]["via"] == "tenure" and events[2]["n_reports"] == 2


def test_who_instructed(G):
    rows = Q.who_instructed(G, "region:35.11", "2024-01-01", "2024-12-31")
    assert [(r["date"], r["directive_type"], r["targets"]) for r in rows] == [
        ("2024-04-10", "instruction", ["camat"]), ("2024-06-21", "prohibition", ["ASN"]),
        ("2024-11-20", "appeal", ["kepala desa"])]
    assert {r["issuer"] for r in rows} == {BAMBANG}
    assert Q.who_instructed(G, "region:35.11", "2024-06-01", "2024-06-30")[0]["n_reports"] == 2
    province = Q.who_instructed(G, "region:35", "2024-01-01", "2024-12-31")
    assert len(province) == 6  # sub-regions included


def test_top_issuers(G):
    top = Q.top_issuers(G)
    assert [(t["issuer"], t["count"]) for t in top[:2]] == [(BAMBANG, 3), ("person:m-sanusi@35.07", 2)]
    assert Q.top_issuers(G, region_id="region:35.07")[0]["count"] == 2
    assert [t["count"] for t in Q.top_issuers(G, directive_type="prohibition")] == [1, 1]
    assert Q.top_issuers(G, date_from="2024-09-01", date_to="2024-12-31", limit=1)[0]["by_type"] in (
        {"appeal": 1}, {"prohibition": 1})
