"""The Graph page and the CLI ask the same questions: same filters in, same nodes and edges out.

The CLI loads the graph (networkx) and calls arahan.extract.graph.query; the page reads the
store's indexes through arahan.app.graphview, which calls the same query functions with the
same GraphFilter. Both run here on one real generated store, with filter combinations
that cut something each, including edges stored without a confidence (which the page used
to keep under a minimum confidence and the CLI dropped: both drop them now).
"""

from __future__ import annotations

import json
import shutil
from collections import Counter

import pytest
from typer.testing import CliRunner

from arahan.app import graphview
from arahan.app.fixtures import generate_store
from arahan.cli import app as cli_app
from arahan.extract.graph import query
from arahan.extract.graph.build import load_graph
from arahan.store import reads
from arahan.store.database import Store


@pytest.fixture(scope="module")
def store_file(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("query_layer") / "arahan.db"
    generate_store(path, directives=120, seed=3)
    return str(path)


def _busiest(store: Store) -> str:
    issuers = Counter(i["issuer"] for i in reads.incidents(store) if i["issuer"])
    return issuers.most_common(1)[0][0]


@pytest.fixture(scope="module")
def graph(store_file, tmp_path_factory):
    """A copy of the store where a few edges of the busiest issuer lost their confidence."""
    path = str(tmp_path_factory.mktemp("unconfident") / "arahan.db")
    shutil.copy(store_file, path)
    with Store.open(path) as store:
        seed = _busiest(store)
        with store.transaction():
            store.conn.execute("UPDATE graph_edges SET confidence = NULL WHERE id IN "
                               "(SELECT id FROM graph_edges WHERE src = ? ORDER BY id LIMIT 3)", (seed,))
        G = load_graph(store)
        dates = sorted(d["first_seen"] for *_, d in G.edges(data=True) if d.get("first_seen"))
    return path, seed, G, dates


def _scopes(dates: list[str]) -> list[graphview.Scope]:
    from datetime import date

    mid = date.fromisoformat(dates[len(dates) // 2][:10])
    every_node, every_edge = list(graphview.NODE_TYPES), list(graphview.EDGE_TYPES)
    return [
        graphview.Scope(every_node, every_edge),
        graphview.Scope(graphview.DEFAULT_NODE_TYPES, every_edge),
        graphview.Scope(every_node, ["ISSUED", "HOLDS", "IN", "TARGETS"], min_confidence=0.5),
        graphview.Scope(every_node, every_edge, date_from=mid),
        graphview.Scope(["Person", "Office", "Directive", "Region"], every_edge, date_to=mid, min_confidence=0.3),
    ]


def _app_view(path: str, expanded: list[str], scope: graphview.Scope, monkeypatch) -> graphview.View:
    monkeypatch.setattr(graphview, "MAX_NODES", 100_000)  # no cap: compare the whole answer
    monkeypatch.setattr(graphview, "PER_EXPAND", 100_000)
    state = {"seeds": expanded[:1], "expanded": expanded, "hidden": [], "extra": {}}
    with Store.open(path, readonly=True) as store:
        return graphview.build(store, state, scope)


def test_neighbours_page_and_cli_functions_agree(graph, monkeypatch):
    path, seed, G, dates = graph
    cut_by_confidence = False
    for scope in _scopes(dates):
        cli = query.neighbourhood(G, seed, k=1, node_types=scope.node_types, edge_types=scope.edge_types,
                                  date_from=scope.date_from and scope.date_from.isoformat(),
                                  date_to=scope.date_to and scope.date_to.isoformat(),
                                  min_confidence=scope.min_confidence)
        view = _app_view(path, [seed], scope, monkeypatch)
        assert set(view.nodes) == set(cli.nodes), scope
        assert {e["edge_id"] for e in view.edges} == {d["edge_id"] for *_, d in cli.edges(data=True)}, scope
        assert len(cli) > 1 or scope.date_from, scope  # each scope still finds something
        if scope.min_confidence:
            cut_by_confidence |= any(d.get("confidence") is None for *_, d in G.edges(seed, data=True))
    assert cut_by_confidence
    # Two hops: the CLI's k=2 is the page's seed expanded, then every neighbour expanded.
    scope = _scopes(dates)[2]
    cli = query.neighbourhood(G, seed, k=2, where=scope.where())
    first = _app_view(path, [seed], scope, monkeypatch)
    view = _app_view(path, [seed, *[n for n in first.nodes if n != seed]], scope, monkeypatch)
    assert set(view.nodes) == set(cli.nodes) and len(cli) > len(first.nodes)
    assert {e["edge_id"] for e in view.edges} == {d["edge_id"] for *_, d in cli.edges(data=True)}


def test_the_cli_command_prints_what_the_page_draws(graph, monkeypatch):
    path, seed, G, dates = graph
    scope = _scopes(dates)[2]
    result = CliRunner().invoke(cli_app, ["graph", "neighbours", seed, "--db", path, "--json",
                                          "--edge-types", ",".join(scope.edge_types), "--min-confidence", "0.5"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    view = _app_view(path, [seed], scope, monkeypatch)
    assert Counter((r["source_id"], r["relation"], r["target_id"]) for r in rows) == \
        Counter((e["src"], e["type"], e["dst"]) for e in view.edges)


def test_path_search_honours_the_page_filters_like_the_cli(graph):
    import random

    import networkx as nx

    path, seed, G, _ = graph
    every = graphview.Scope(list(graphview.NODE_TYPES), list(graphview.EDGE_TYPES))
    no_directives = graphview.Scope([t for t in graphview.NODE_TYPES if t != "Directive"], list(graphview.EDGE_TYPES))
    undirected = G.to_undirected(as_view=True)
    pairs = [(seed, n) for n in sorted(query.neighbourhood(G, seed, k=3))] + \
        [tuple(random.Random(i).sample(sorted(G), 2)) for i in range(30)]
    with Store.open(path, readonly=True) as store:  # the page searches the store
        for a, b in pairs:
            on_page = query.shortest_path(store, a, b, where=every.where())
            assert on_page == query.shortest_path(G, a, b)  # the same path, not only the same length
            length = nx.shortest_path_length(undirected, a, b) if nx.has_path(undirected, a, b) else -1
            assert len(on_page) - 1 == length, (a, b)
            assert query.shortest_path(store, a, b, where=no_directives.where()) == \
                query.shortest_path(G, a, b, where=no_directives.where())
        far = max(query.neighbourhood(G, seed, k=3), key=lambda n: (G.nodes[n]["type"] == "Region", n))
        assert len(query.shortest_path(G, seed, far)) > 2
        # Through offices alone an official reaches no region: the page finds no path, as
        # `arahan graph path --edge-types HOLDS` does (the page used to ignore the edge types).
        narrow = graphview.Scope(list(graphview.NODE_TYPES), ["HOLDS"])
        assert query.shortest_path(store, seed, far, where=narrow.where()) == [] == \
            query.shortest_path(G, seed, far, edge_types="HOLDS")
        found = query.shortest_path(store, seed, far, where=no_directives.where())
        assert not any(G.nodes[n]["type"] == "Directive" for n in found)


def test_timeline_who_and_top_read_from_the_store_equal_the_clis(graph):
    """The profiles ask query.timeline, who_instructed and (a region's) rank_issuers of the store; the CLI
    asks the loaded graph."""
    from arahan.app import profiles

    path, seed, G, _ = graph
    with Store.open(path, readonly=True) as store:
        assert query.timeline(store, seed) == query.timeline(G, seed)
        offices = [e["label"] for e in query.timeline(G, seed) if e["kind"] == "office"]
        assert offices and sorted(profiles._offices_held(store, seed)["who"]) == sorted(offices)
        province = next(v for u, v, d in G.edges(data=True) if d["type"] == "PART_OF")
        for period in ((None, None), ("2024-03-01", "2024-09-30")):
            rows = query.who_instructed(store, province, *period)
            assert rows == query.who_instructed(G, province, *period) and rows
            assert query.top_issuers(store, province, None, *period, limit=None) == \
                query.top_issuers(G, province, None, *period, limit=None)
        # The ranking with a region equals the whole-graph one narrowed to the region's directives.
        everywhere = {t["issuer"]: t["count"] for t in query.top_issuers(G, limit=None)}
        assert all(everywhere[t["issuer"]] >= t["count"] for t in query.top_issuers(store, province, limit=None))
        with pytest.raises(query.UnknownNode):
            query.who_instructed(store, "region:nowhere")


def test_the_pages_export_holds_what_the_cli_exports(graph):
    """Export page: an entity with its neighbours, as `arahan graph export --around X --hops 1` writes it."""
    from arahan.app import exporting

    path, seed, G, _ = graph
    with Store.open(path, readonly=True) as store:
        page = exporting.subgraph(store, [seed], with_neighbours=True)
    cli = query.neighbourhood(G, seed, k=1)
    assert set(page.nodes) == set(cli.nodes)
    assert {d["edge_id"] for *_, d in page.edges(data=True)} == {d["edge_id"] for *_, d in cli.edges(data=True)}
    for u, v, d in cli.edges(data=True):
        mine = next(x for x in page.get_edge_data(u, v).values() if x["edge_id"] == d["edge_id"])
        assert mine == {k: x for k, x in d.items() if x is not None}
    assert dict(page.nodes[seed]) == {k: x for k, x in G.nodes[seed].items() if x is not None}
