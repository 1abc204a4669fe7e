"""Each export format written and read back."""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET

import networkx as nx
import pytest

from arahan.extract.graph import query as Q
from arahan.extract.graph.build import load_graph
from arahan.extract.graph.export import GEXF_NS, export_graph


@pytest.fixture
def G(graph_store):
    return load_graph(graph_store)


def test_graphml_round_trips_through_networkx(G, tmp_path):
    path = tmp_path / "g.graphml"
    export_graph(G, "graphml", path)
    H = nx.read_graphml(path, force_multigraph=True)
    assert set(H.nodes) == set(G.nodes)
    assert H.number_of_edges() == G.number_of_edges()
    assert H.nodes["person:bambang-setiawan@35.11"]["type"] == "Person"
    assert {d["type"] for *_, d in H.edges(data=True)} == {d["type"] for *_, d in G.edges(data=True)}
    d = H.nodes[next(n for n in H if n.startswith("directive:"))]
    assert isinstance(json.loads(d["targets"]), list)  # lists are flattened to JSON text
    e = next(d for *_, d in H.edges(data=True) if d["type"] == "HOLDS")
    assert isinstance(e["confidence"], float) and e["first_seen"].startswith("2024")


def test_gexf_is_version_1_3_with_types(G, tmp_path):
    path = tmp_path / "g.gexf"
    export_graph(G, "gexf", path)
    root = ET.parse(path).getroot()
    assert root.tag == f"{{{GEXF_NS}}}gexf" and root.get("version") == "1.3"
    ns = {"g": GEXF_NS}
    graph = root.find("g:graph", ns)
    assert graph.get("defaultedgetype") == "directed"
    node_attrs = {a.get("title"): a.get("id") for a in graph.find("g:attributes[@class='node']", ns)}
    edge_attrs = {a.get("title"): a.get("id") for a in graph.find("g:attributes[@class='edge']", ns)}
    nodes = graph.findall("g:nodes/g:node", ns)
    edges = graph.findall("g:edges/g:edge", ns)
    assert len(nodes) == G.number_of_nodes() and len(edges) == G.number_of_edges()
    types = {v.get("value") for n in nodes for v in n.findall("g:attvalues/g:attvalue", ns) if v.get("for") == node_attrs["type"]}
    assert types == {d["type"] for _, d in G.nodes(data=True)}
    rel = {v.get("value") for e in edges for v in e.findall("g:attvalues/g:attvalue", ns) if v.get("for") == edge_attrs["type"]}
    assert rel == {d["type"] for *_, d in G.edges(data=True)}
    ids = {n.get("id") for n in nodes}
    assert all(e.get("source") in ids and e.get("target") in ids and float(e.get("weight")) > 0 for e in edges)


def test_node_link_json(G, tmp_path):
    path = tmp_path / "g.json"
    export_graph(G, "json", path)
    data = json.loads(path.read_text(encoding="utf-8"))
    H = nx.node_link_graph(data, edges="edges")
    assert H.is_multigraph() and H.is_directed()
    assert set(H.nodes) == set(G.nodes) and H.number_of_edges() == G.number_of_edges()
    assert H.nodes["region:35.11"]["label"] == "Kabupaten Bondowoso"


def test_csv_for_gephi_and_neo4j(G, tmp_path):
    nodes_path, edges_path = export_graph(G, "csv", tmp_path / "csv")
    with nodes_path.open(encoding="utf-8") as fh:
        nodes = list(csv.DictReader(fh))
    with edges_path.open(encoding="utf-8") as fh:
        edges = list(csv.DictReader(fh))
    assert len(nodes) == G.number_of_nodes() and len(edges) == G.number_of_edges()
    assert {"Id", "Label", "type"} <= set(nodes[0]) and {"Source", "Target", "Label", "type", "Weight"} <= set(edges[0])
    ids = {n["Id"] for n in nodes}
    assert all(e["Source"] in ids and e["Target"] in ids for e in edges)
    person = next(n for n in nodes if n["Id"] == "person:bambang-setiawan@35.11")
    assert person["type"] == "Person" and person["Label"] == "Bambang Setiawan"


def test_filtered_export_and_bad_format(G, tmp_path):
    part = Q.filter_graph(G, edge_types=["ISSUED"], date_from="2024-06-01")
    assert {d["type"] for *_, d in part.edges(data=True)} == {"ISSUED"}
    export_graph(part, "gexf", tmp_path / "part.gexf")
    assert ET.parse(tmp_path / "part.gexf").getroot().get("version") == "1.3"
    with pytest.raises(ValueError):
        export_graph(G, "dot", tmp_path / "g.dot")
