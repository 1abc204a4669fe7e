"""The graph schema (extract/graph/node_types.csv, edge_types.csv): read by all, enforced at build time."""

from __future__ import annotations

from pathlib import Path

import pytest

from arahan.extract.graph import build, schema
from arahan.extract.graph.build import load_graph, update_graph
from arahan.store.graph import GraphTables
from tests.graph.conftest import BONDOWOSO, directive, official

README = Path(__file__).resolve().parents[2] / "README.md"


def test_schema_tables_declare_every_type_the_build_makes(graph_store):
    G = load_graph(graph_store)
    assert {d["type"] for _, d in G.nodes(data=True)} <= set(schema.NODE_TYPES)
    assert {d["type"] for *_, d in G.edges(data=True)} == set(schema.EDGE_TYPES)
    schema.validate(G)  # the small corpus's graph fits
    assert schema.edge_types()["OF"].targets == ("Region", "Organization")
    assert schema.edge_types()["ISSUED"].sources == ("Person", "Office", "Organization")
    assert schema.type_of_id("person:bambang-setiawan@35.11") == "Person"
    assert schema.node_types()["Directive"].required == ("directive_type",)


def test_validate_names_the_edge_its_type_and_the_wrong_endpoint_type(graph_store):
    G = load_graph(graph_store)
    directive_id = next(n for n, d in G.nodes(data=True) if d["type"] == "Directive")
    G.add_edge(directive_id, "region:35.11", key=f"{directive_id}|TARGETS|region:35.11", type="TARGETS",
               confidence=0.9)
    with pytest.raises(schema.SchemaError) as caught:
        schema.validate(G)
    message = str(caught.value)
    assert f"{directive_id}|TARGETS|region:35.11" in message
    assert "(TARGETS)" in message and "target region:35.11 is a Region" in message
    assert "TARGETS goes from Directive to TargetGroup" in message


def test_validate_rejects_unknown_types_and_missing_required_attributes(graph_store):
    G = load_graph(graph_store)
    G.add_node("thing:1", type="Thing", label="a thing")
    with pytest.raises(schema.SchemaError, match="unknown node type 'Thing'"):
        schema.validate(G)
    G.remove_node("thing:1")
    person = "person:bambang-setiawan@35.11"
    del G.nodes[person]["name"]
    with pytest.raises(schema.SchemaError, match=f"node '{person}' \\(Person\\): missing required attribute name"):
        schema.validate(G)


def test_a_build_that_writes_a_wrong_edge_fails_loudly_and_keeps_the_graph(graph_store, corpus, monkeypatch):
    tables = GraphTables(graph_store)
    before = tables.counts()
    # A builder bug: directives linked to their region with the target-group relation.
    edge = build._Batch.edge

    def buggy(self, src, type_, dst, evidence, qualifier="", **attrs):
        return edge(self, src, "TARGETS" if type_ == "IN" else type_, dst, evidence, qualifier, **attrs)

    monkeypatch.setattr(build._Batch, "edge", buggy)
    corpus.article("Bupati Bondowoso Salwa Arifin menginstruksikan camat menertibkan baliho.", "2024-09-02",
                   officials=[official("Salwa Arifin", "Bupati", BONDOWOSO)],
                   directives=[directive("Salwa Arifin", "Bupati", BONDOWOSO, "instruction", ["camat"],
                                         "menginstruksikan", "2024-09-02")])
    with pytest.raises(schema.SchemaError) as caught:
        update_graph(graph_store)
    message = str(caught.value)
    assert "|TARGETS|region:35.11" in message and "(TARGETS): target region:35.11 is a Region" in message
    assert tables.counts() == before  # the run was rolled back


def test_the_builders_row_check_reads_endpoint_types_from_ids():
    office = ("office:bupati@35.11", "Office", "Bupati Kabupaten Bondowoso", {"title": "Bupati"})
    schema.check_rows([office], [(1, "person:a@35.11|HOLDS|office:bupati@35.11", "person:a@35.11",
                                  "office:bupati@35.11", "HOLDS", 0.9, "2024-01-01", "2024-01-01", {})])
    with pytest.raises(schema.SchemaError, match=r"\(HOLDS\): source region:35 is a Region; HOLDS goes from Person"):
        schema.check_rows([], [(2, "region:35|HOLDS|office:bupati@35.11", "region:35", "office:bupati@35.11", "HOLDS",
                                0.9, None, None, {})])
    with pytest.raises(schema.SchemaError, match=r"\(HOLDS\): missing required attribute confidence"):
        schema.check_rows([], [(3, "person:a@35.11|HOLDS|office:bupati@35.11", "person:a@35.11",
                                "office:bupati@35.11", "HOLDS", None, None, None, {})])
    with pytest.raises(schema.SchemaError, match=r"a Person id starts with 'person:'"):
        schema.check_rows([("office:x", "Person", "X", {"name": "X"})], [])
    with pytest.raises(schema.SchemaError, match=r"node 'directive:d1.0' \(Directive\): missing required attribute"):
        schema.check_rows([("directive:d1.0", "Directive", "?", {})], [])


def test_readme_table_is_the_schema():
    text = README.read_text(encoding="utf-8")
    assert schema.markdown_table() in text, "README's graph schema table is stale: " \
        "paste the output of `python -m arahan.extract.graph.schema`"


def test_cli_and_app_offer_the_schema_types():
    from arahan.app import graphview
    from arahan.commands import graph as cli

    assert tuple(cli.NODE_TYPES) == schema.NODE_TYPES and tuple(cli.EDGE_TYPES) == schema.EDGE_TYPES
    assert graphview.NODE_TYPES == list(schema.NODE_TYPES) and graphview.EDGE_TYPES == list(schema.EDGE_TYPES)
    assert set(graphview.STYLE) == set(schema.NODE_TYPES) | {"More"}
    assert "Article" not in graphview.DEFAULT_NODE_TYPES


def test_graph_build_command_reports_a_schema_violation_in_one_line(graph_store, corpus, monkeypatch):
    from typer.testing import CliRunner

    from arahan.cli import app

    edge = build._Batch.edge
    monkeypatch.setattr(build._Batch, "edge", lambda self, src, type_, dst, evidence, qualifier="", **attrs:
                        edge(self, src, "TARGETS" if type_ == "IN" else type_, dst, evidence, qualifier, **attrs))
    corpus.article("Bupati Bondowoso Salwa Arifin menginstruksikan camat menertibkan baliho.", "2024-09-02",
                   officials=[official("Salwa Arifin", "Bupati", BONDOWOSO)],
                   directives=[directive("Salwa Arifin", "Bupati", BONDOWOSO, "instruction", ["camat"],
                                         "menginstruksikan", "2024-09-02")])
    result = CliRunner().invoke(app, ["graph", "build", "--db", str(graph_store.path)])
    assert result.exit_code == 3
    lines = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(lines) == 1 and "graph not updated (nothing written)" in lines[0] and "TARGETS" in lines[0]
    assert "Traceback" not in result.output
