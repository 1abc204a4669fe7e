"""Where the query layer reads the graph from: networkx in memory (CLI) or the store's tables (app).

`arahan.extract.graph.query` walks a graph through three calls, so that the CLI (which
loads the whole graph) and the explorer (which never does: each click reads a few rows
through the indexes on graph_edges(src) and graph_edges(dst)) run the same traversal
with the same filter:

    nodes(ids, attrs=False)  -> {id: {"type", "label", ...}} for the ids present (attrs:
                                with every stored attribute; networkx always has them)
    touching(ids, types)     -> (src, dst, key, data) of the edges with an end in ids
    among(ids, types)        -> (src, dst, key, data) of the edges with both ends in ids

`types` is a set of edge types, or None for all; data holds at least type, confidence,
first_seen, last_seen and edge_id (the stored id, the same in both sources).
"""

from __future__ import annotations

from collections.abc import Collection, Iterator

import networkx as nx

from arahan.store import reads
from arahan.store.database import Store

Edge = tuple[str, str, object, dict]


class NetworkxSource:
    """A MultiDiGraph from `build.load_graph`."""

    def __init__(self, G: nx.MultiDiGraph):
        self.G = G

    def nodes(self, ids: Collection[str], attrs: bool = False) -> dict[str, dict]:
        nodes = self.G.nodes
        return {n: nodes[n] for n in ids if n in nodes}

    def touching(self, ids: Collection[str], types: Collection[str] | None = None) -> Iterator[Edge]:
        succ, pred = self.G._succ, self.G._pred
        for u in ids:
            for v, keyed in succ[u].items():
                for k, d in keyed.items():
                    if types is None or d.get("type") in types:
                        yield u, v, k, d
            for v, keyed in pred[u].items():
                for k, d in keyed.items():
                    if types is None or d.get("type") in types:
                        yield v, u, k, d

    def among(self, ids: Collection[str], types: Collection[str] | None = None) -> Iterator[Edge]:
        succ = self.G._succ
        for u in ids:
            out = succ[u]
            # Hubs (a target group, a province) are probed for the few kept nodes, not scanned.
            pairs = ((v, out[v]) for v in ids if v in out) if len(out) > len(ids) else \
                ((v, keyed) for v, keyed in out.items() if v in ids)
            for v, keyed in pairs:
                for k, d in keyed.items():
                    if types is None or d.get("type") in types:
                        yield u, v, k, d


def _edge(row: dict) -> Edge:
    data = dict(row.get("attrs") or {})
    data.update(type=row["type"], confidence=row["confidence"], first_seen=row["first_seen"],
                last_seen=row["last_seen"], edge_id=row["id"])
    return row["src"], row["dst"], row["id"], data


class StoreSource:
    """The graph tables of an open (read-only is enough) Store, through arahan.store.reads."""

    def __init__(self, store: Store):
        self.store = store

    def nodes(self, ids: Collection[str], attrs: bool = False) -> dict[str, dict]:
        rows = reads.nodes(self.store, ids=list(ids), with_attrs=attrs)
        if attrs:
            return {r["id"]: {**(r["attrs"] or {}), "id": r["id"], "type": r["type"], "label": r["label"]} for r in rows}
        return {r["id"]: r for r in rows}

    def touching(self, ids: Collection[str], types: Collection[str] | None = None) -> Iterator[Edge]:
        return map(_edge, reads.edges_touching(self.store, ids, types=None if types is None else list(types)))

    def among(self, ids: Collection[str], types: Collection[str] | None = None) -> Iterator[Edge]:
        return map(_edge, reads.edges_among(self.store, ids, types=None if types is None else list(types)))


def source_of(graph) -> NetworkxSource | StoreSource:
    """The source for a MultiDiGraph or a Store (a source passes through)."""
    if isinstance(graph, (NetworkxSource, StoreSource)):
        return graph
    if isinstance(graph, nx.Graph):
        return NetworkxSource(graph)
    if isinstance(graph, Store):
        return StoreSource(graph)
    raise TypeError(f"not a graph source: {type(graph).__name__}")
