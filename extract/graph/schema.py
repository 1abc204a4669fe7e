"""The graph's schema, declared once as data: node types, edge types, their endpoints.

Two tables beside this module hold it (in the manner of FollowTheMoney's schema files):

- node_types.csv: type, id prefix, legend label, colour and icon, search rank, whether the
  app draws the type by default, required attributes, time extent, description;
- edge_types.csv: type, allowed source and target node types (`|` between several),
  legend label, required attributes, time extent (start|end attribute), description.

Everyone reads the types from here: the builder checks every row it writes against it
(`check_rows`, cheap: one set lookup per row), `validate(G)` checks a networkx
graph, the CLI's choices, the query filters, the exports' docs, the app's legends and
filters, and the README's table (`markdown_table`, kept equal by a test).

A violation raises SchemaError naming the edge, its type and the wrong endpoint type, e.g.
    edge 'directive:d1.0|TARGETS|region:35' (TARGETS): target region:35 is a Region;
    TARGETS goes from Directive to TargetGroup
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the CLI reads the types at start-up: no networkx import for that
    import networkx as nx


class SchemaError(ValueError):
    """The graph holds a node or edge the schema does not allow."""


@dataclass(frozen=True)
class NodeType:
    name: str
    id_prefix: str
    label: str
    colour: str
    icon: str
    search_rank: int
    shown_by_default: bool
    required: tuple[str, ...]
    time_extent: tuple[str, ...]
    description: str


@dataclass(frozen=True)
class EdgeType:
    name: str
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    label: str
    required: tuple[str, ...]
    time_extent: tuple[str, ...]  # (start attribute, end attribute)
    description: str

    def allows(self, source_type: str | None, target_type: str | None) -> bool:
        return source_type in self.sources and target_type in self.targets

    def signature(self) -> str:
        return f"{self.name} goes from {' or '.join(self.sources)} to {' or '.join(self.targets)}"


def _split(text: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in (text or "").split("|") if x.strip())


def _rows(name: str) -> list[dict]:
    with resources.files(__package__).joinpath(name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@cache
def node_types() -> dict[str, NodeType]:
    """Node types by name, in the table's order."""
    return {r["type"]: NodeType(r["type"], r["id_prefix"], r["label"], r["colour"], r["icon"], int(r["search_rank"]),
                                r["shown_by_default"] == "yes", _split(r["required"]), _split(r["time_extent"]),
                                r["description"])
            for r in _rows("node_types.csv")}


@cache
def edge_types() -> dict[str, EdgeType]:
    """Edge types by name, in the table's order; every endpoint type is a declared node type."""
    nodes = node_types()
    out = {}
    for r in _rows("edge_types.csv"):
        e = EdgeType(r["type"], _split(r["source"]), _split(r["target"]), r["label"], _split(r["required"]),
                     _split(r["time_extent"]), r["description"])
        unknown = [t for t in e.sources + e.targets if t not in nodes]
        if unknown or len(e.time_extent) not in (0, 2):
            raise SchemaError(f"edge_types.csv: {e.name}: unknown node type {unknown} or a time extent that is not "
                              "start|end")
        out[e.name] = e
    return out


NODE_TYPES: tuple[str, ...] = tuple(node_types())
EDGE_TYPES: tuple[str, ...] = tuple(edge_types())


def type_of_id(node_id: str) -> str | None:
    """The node type an id's prefix stands for (person:... -> Person), None for an unknown prefix."""
    return _prefixes().get(node_id.split(":", 1)[0])


@cache
def _prefixes() -> dict[str, str]:
    return {t.id_prefix: name for name, t in node_types().items()}


# ------------------------------------------------------------------ validation
def edge_problem(key: str, type_: str, source: str, source_type: str | None, target: str,
                 target_type: str | None) -> str | None:
    """Why an edge breaks the schema (one line), or None when it is allowed."""
    spec = edge_types().get(type_)
    if spec is None:
        return f"edge {key!r}: unknown edge type {type_!r}; the schema has {', '.join(EDGE_TYPES)}"
    if source_type not in spec.sources:
        what = f"is a {source_type}" if source_type else "has no type the schema knows"
        return f"edge {key!r} ({type_}): source {source} {what}; {spec.signature()}"
    if target_type not in spec.targets:
        what = f"is a {target_type}" if target_type else "has no type the schema knows"
        return f"edge {key!r} ({type_}): target {target} {what}; {spec.signature()}"
    return None


def node_problem(node_id: str, type_: str | None, attrs: dict) -> str | None:
    spec = node_types().get(type_)  # type: ignore[arg-type]
    if spec is None:
        return f"node {node_id!r}: unknown node type {type_!r}; the schema has {', '.join(NODE_TYPES)}"
    missing = [a for a in spec.required if attrs.get(a) in (None, "")]
    if missing:
        return f"node {node_id!r} ({type_}): missing required attribute {', '.join(missing)}"
    return None


def _raise(problems: list[str]) -> None:
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise SchemaError(problems[0] + more)


def validate(G: nx.MultiDiGraph) -> None:
    """Raise SchemaError on the first node or edge of G the schema does not allow."""
    problems = [p for n, d in G.nodes(data=True) if (p := node_problem(n, d.get("type"), d))]
    nodes = G.nodes
    for u, v, k, d in G.edges(keys=True, data=True):
        p = edge_problem(k, d.get("type"), u, nodes[u].get("type"), v, nodes[v].get("type"))
        if p is None:
            missing = [a for a in edge_types()[d["type"]].required if d.get(a) is None]
            p = f"edge {k!r} ({d['type']}): missing required attribute {', '.join(missing)}" if missing else None
        if p:
            problems.append(p)
    _raise(problems)


@cache
def _allowed() -> tuple[frozenset, frozenset, dict, dict]:
    """Allowed (edge type, source prefix, target prefix) and (node type, prefix), and the
    required attributes per node type and per edge type."""
    nodes = node_types()
    edges = frozenset((name, nodes[s].id_prefix, nodes[t].id_prefix)
                      for name, e in edge_types().items() for s in e.sources for t in e.targets)
    pairs = frozenset((name, t.id_prefix) for name, t in nodes.items())
    return (edges, pairs, {n: t.required for n, t in nodes.items() if t.required},
            {n: e.required for n, e in edge_types().items() if e.required})


def check_rows(nodes, edges) -> None:
    """The builder's check of what it is about to write; SchemaError on the first violation.

    nodes: (id, type, label, attrs); edges: (id, key, src, dst, type, confidence,
    first_seen, last_seen, attrs). An end's type is read from its id prefix (person:,
    office:, ...), which this check holds to the node's type for every node written, so
    no lookup is needed: a set membership per row, cheap beside the write itself.
    """
    allowed_edges, allowed_nodes, node_required, edge_required = _allowed()
    for node_id, type_, _, attrs in nodes:
        need = node_required.get(type_)
        if (type_, node_id.partition(":")[0]) in allowed_nodes and \
                (not need or all(attrs.get(a) not in (None, "") for a in need)):
            continue
        spec = node_types().get(type_)
        raise SchemaError(node_problem(node_id, type_, attrs) or (
            f"node {node_id!r} ({type_}): a {type_} id starts with {spec.id_prefix + ':'!r}" if spec else ""))
    for _, key, src, dst, type_, confidence, first, last, attrs in edges:
        if (type_, src.partition(":")[0], dst.partition(":")[0]) not in allowed_edges:
            raise SchemaError(edge_problem(key, type_, src, type_of_id(src), dst, type_of_id(dst))
                              or f"edge {key!r}: not allowed")
        for name in edge_required.get(type_, ()):
            value = confidence if name == "confidence" else first if name == "first_seen" else \
                last if name == "last_seen" else (attrs or {}).get(name)
            if value is None:
                raise SchemaError(f"edge {key!r} ({type_}): missing required attribute {name}")


# ------------------------------------------------------------------ documentation
def markdown_table() -> str:
    """The README's table of node and edge types, written from the schema."""
    lines = ["| Node type | Id | Required | Time extent | What it is |", "|---|---|---|---|---|"]
    for t in node_types().values():
        lines.append(f"| {t.name} | `{t.id_prefix}:` | {', '.join(t.required) or '–'} | "
                     f"{', '.join(t.time_extent) or '–'} | {t.description} |")
    lines += ["", "| Edge type | From | To | Required | Time extent | What it says |", "|---|---|---|---|---|---|"]
    for e in edge_types().values():
        lines.append(f"| {e.name} | {' or '.join(e.sources)} | {' or '.join(e.targets)} | "
                     f"{', '.join(e.required) or '–'} | {' – '.join(e.time_extent) or '–'} | {e.description} |")
    return "\n".join(lines)


if __name__ == "__main__":  # python -m arahan.extract.graph.schema: print the README table
    print(markdown_table())
