"""Questions asked of the graph (a MultiDiGraph from `build.load_graph`).

Every function takes the graph first and returns plain Python data (or a smaller
MultiDiGraph), so the app, the CLI and tests share them:

- neighbourhood(G, node_id, k, node_types, edge_types, date_from, date_to, min_confidence)
- filter_graph(G, node_types, edge_types, date_from, date_to, min_confidence)
- shortest_path(G, a, b, edge_types=None)
- search_entities(G, text, limit=20, types=None)
- timeline(G, person_id)
- top_issuers(G, region_id=None, directive_type=None, date_from=None, date_to=None, limit=10)
- who_instructed(G, region_id, date_from=None, date_to=None)

Dates are ISO strings compared as text; an edge without dates (a structural one)
passes every date filter. Edges are followed in both directions.
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Iterable

import networkx as nx

from arahan.extract.graph.entities import fold


class UnknownNode(KeyError):
    """The graph has no node with this id."""

    def __str__(self) -> str:
        return f"no node {self.args[0]!r} in the graph (try `arahan entities list --search TEXT`)"


def _edge_ok(data: dict, edge_types, date_from, date_to, min_confidence) -> bool:
    if edge_types and data.get("type") not in edge_types:
        return False
    if min_confidence and (data.get("confidence") or 0.0) < min_confidence:
        return False
    if date_from and data.get("last_seen") and data["last_seen"] < date_from:
        return False
    if date_to and data.get("first_seen") and data["first_seen"][:len(date_to)] > date_to:
        return False
    return True


def _set(values: Iterable[str] | str | None) -> set[str] | None:
    if values is None:
        return None
    if isinstance(values, str):
        values = [v.strip() for v in values.split(",")]
    out = {v for v in values if v}
    return out or None


def _check(G: nx.MultiDiGraph, node_id: str) -> None:
    if node_id not in G:
        raise UnknownNode(node_id)


def neighbourhood(G: nx.MultiDiGraph, node_id: str, k: int = 1, node_types=None, edge_types=None,
                  date_from: str | None = None, date_to: str | None = None,
                  min_confidence: float = 0.0) -> nx.MultiDiGraph:
    """The entities within k hops of node_id (either direction), through edges passing the filters.

    Nodes of other types than node_types are neither returned nor walked through
    (the start node always is). Returns a new MultiDiGraph with the kept nodes and
    the kept edges between them.
    """
    _check(G, node_id)
    ntypes, etypes = _set(node_types), _set(edge_types)
    keep = {node_id: 0}
    frontier = deque([node_id])
    while frontier:  # breadth first: discover the nodes, expanding only those nearer than k
        u = frontier.popleft()
        if keep[u] >= k:
            continue
        for adj in (G._succ[u], G._pred[u]):
            for v, keyed in adj.items():
                if v in keep or (ntypes and G.nodes[v].get("type") not in ntypes):
                    continue
                if any(_edge_ok(d, etypes, date_from, date_to, min_confidence) for d in keyed.values()):
                    keep[v] = keep[u] + 1
                    frontier.append(v)
    out = nx.MultiDiGraph()
    for n in keep:
        out.add_node(n, **G.nodes[n])
    for u in keep:  # the edges among kept nodes; hubs (a target group, a province) are probed, not scanned
        succ = G._succ[u]
        pairs = ((v, succ[v]) for v in keep if v in succ) if len(succ) > len(keep) else \
            ((v, keyed) for v, keyed in succ.items() if v in keep)
        for v, keyed in pairs:
            for key, data in keyed.items():
                if _edge_ok(data, etypes, date_from, date_to, min_confidence):
                    out.add_edge(u, v, key=key, **data)
    return out


def filter_graph(G: nx.MultiDiGraph, node_types=None, edge_types=None, date_from: str | None = None,
                 date_to: str | None = None, min_confidence: float = 0.0) -> nx.MultiDiGraph:
    """A copy of G with only the nodes and edges passing the filters (the export's filter)."""
    ntypes, etypes = _set(node_types), _set(edge_types)
    if not any((ntypes, etypes, date_from, date_to, min_confidence)):
        return G
    out = nx.MultiDiGraph()
    out.add_nodes_from((n, d) for n, d in G.nodes(data=True) if not ntypes or d.get("type") in ntypes)
    out.add_edges_from(
        (u, v, k, d) for u, v, k, d in G.edges(keys=True, data=True)
        if u in out and v in out and _edge_ok(d, etypes, date_from, date_to, min_confidence))
    if date_from or date_to or min_confidence:
        # Entities only reachable through filtered-out edges would float alone: drop them.
        out.remove_nodes_from([n for n in list(out) if out.degree(n) == 0 and G.degree(n) > 0])
    return out


def shortest_path(G: nx.MultiDiGraph, a: str, b: str, edge_types=None) -> list[str]:
    """Node ids from a to b along the fewest edges (either direction); [] when not connected."""
    _check(G, a)
    _check(G, b)
    etypes = _set(edge_types)
    view = G
    if etypes:
        view = nx.subgraph_view(G, filter_edge=lambda u, v, k: G.edges[u, v, k].get("type") in etypes)
    try:
        return nx.shortest_path(view.to_undirected(as_view=True), a, b)
    except nx.NetworkXNoPath:
        return []


def _search_index(G: nx.MultiDiGraph) -> list[tuple[str, str]]:
    cache = G.graph.get("_search")
    if cache is None or cache[0] != G.number_of_nodes():
        rows = []
        for n, d in G.nodes(data=True):
            text = " ".join(str(x) for x in (d.get("label"), d.get("name"), d.get("code")) if x)
            rows.append((fold(text) + " " + n.lower(), n))
        cache = G.graph["_search"] = (G.number_of_nodes(), rows)
    return cache[1]


def _score(text: str, q: str) -> float:
    if text == q:
        return 3
    if text.startswith(q):
        return 2
    if f" {q}" in f" {text}":
        return 1.5
    return 1 if q in text else 0


_RANK = {"Person": 0, "Region": 1, "Office": 2, "Organization": 3, "Law": 4, "TargetGroup": 5, "Directive": 6,
         "Article": 7}


def search_entities(G: nx.MultiDiGraph, text: str, limit: int = 20, types=None) -> list[dict]:
    """Entities whose label, name, code or id contains `text` (case and accents ignored), best first."""
    q = fold(text)
    if not q:
        return []
    ntypes = _set(types)
    hits = []
    for hay, n in _search_index(G):
        pos = hay.find(q)
        if pos < 0:
            continue
        d = G.nodes[n]
        if ntypes and d.get("type") not in ntypes:
            continue
        score = max((_score(fold(str(d[f])), q) for f in ("label", "name", "code") if d.get(f)), default=0) or 0.5
        hits.append((score, G.degree(n), n, _RANK.get(d.get("type"), 9)))
    # Named entities before the articles and directives whose labels repeat their names.
    hits.sort(key=lambda t: (-t[0], t[3], -t[1], t[2]))
    return [{"id": n, "type": G.nodes[n].get("type"), "label": G.nodes[n].get("label"), "score": s, "degree": deg}
            for s, deg, n, _ in hits[:limit]]


def find_node(G: nx.MultiDiGraph, ref: str, types=None) -> str:
    """A node id from an id or a search text (the best match); UnknownNode if nothing fits."""
    if ref in G:
        return ref
    hits = search_entities(G, ref, limit=1, types=types)
    if not hits:
        raise UnknownNode(ref)
    return hits[0]["id"]


def timeline(G: nx.MultiDiGraph, person_id: str) -> list[dict]:
    """An official's offices (with tenure) and directives, in date order."""
    _check(G, person_id)
    events = []
    for _, office, data in G.out_edges(person_id, data=True):
        if data.get("type") == "HOLDS":
            events.append({
                "date": data.get("started") or data.get("first_seen"), "kind": "office", "office": office,
                "label": G.nodes[office].get("label"), "acting": data.get("acting"),
                "first_seen": data.get("first_seen"), "last_seen": data.get("last_seen"),
                "started": data.get("started"), "ended": data.get("ended"), "confidence": data.get("confidence"),
            })
        elif data.get("type") == "ISSUED":
            d = G.nodes[office]
            events.append({
                "date": d.get("date") or data.get("first_seen"), "kind": "directive", "directive": office,
                "label": d.get("label"), "directive_type": d.get("directive_type"), "targets": d.get("targets"),
                "n_reports": d.get("n_reports"), "via": data.get("via") or "named",
                "confidence": data.get("confidence"),
            })
    events.sort(key=lambda e: (e["date"] or "", e["kind"]))
    return events


def _subregions(G: nx.MultiDiGraph, region_id: str) -> set[str]:
    """The region and every region PART_OF it, transitively."""
    out, todo = {region_id}, [region_id]
    while todo:
        r = todo.pop()
        for child, _, data in G.in_edges(r, data=True):
            if data.get("type") == "PART_OF" and child not in out:
                out.add(child)
                todo.append(child)
    return out


def _directive_table(G: nx.MultiDiGraph) -> list[tuple]:
    """(id, type, date, regions, issuers) per Directive node, computed once per graph and kept in G.graph.

    issuers are (node, via) pairs in the order _issuers gives. The table is rebuilt when
    the number of nodes changes (counting a MultiDiGraph's edges costs a full pass); after
    other changes to a graph call `forget_caches(G)`.
    """
    signature = G.number_of_nodes()
    cached = G.graph.get("_directives")
    if cached is not None and cached[0] == signature:
        return cached[1]
    rows = []
    for n, d in G.nodes(data=True):
        if d.get("type") != "Directive":
            continue
        regions = tuple(v for _, v, data in G.out_edges(n, data=True) if data.get("type") == "IN")
        issuers = tuple((u, data.get("via") or "named") for u, data in _issuers(G, n))
        rows.append((n, d.get("directive_type"), d.get("date") or "", regions, issuers))
    G.graph["_directives"] = (signature, rows)
    return rows


def forget_caches(G: nx.MultiDiGraph) -> None:
    """Drop the per-graph caches (search index, directive table) after changing G in place."""
    G.graph.pop("_directives", None)
    G.graph.pop("_search", None)


def _directives(G: nx.MultiDiGraph, regions: set[str] | None, directive_type, date_from, date_to):
    for n, type_, when, in_regions, issuers in _directive_table(G):
        if directive_type and type_ != directive_type:
            continue
        if date_from and (not when or when < date_from):
            continue
        if date_to and (not when or when[:len(date_to)] > date_to):
            continue
        if regions is not None and not any(r in regions for r in in_regions):
            continue
        yield n, G.nodes[n], issuers


def _issuers(G: nx.MultiDiGraph, directive: str) -> list[tuple[str, dict]]:
    """Who issued it: named persons first, then persons found by tenure, else the office or body."""
    edges = [(u, data) for u, _, data in G.in_edges(directive, data=True) if data.get("type") == "ISSUED"]
    persons = [(u, data) for u, data in edges if G.nodes[u].get("type") == "Person"]
    named = [(u, data) for u, data in persons if data.get("via") != "tenure"]
    return named or persons or edges


def who_instructed(G: nx.MultiDiGraph, region_id: str, date_from: str | None = None, date_to: str | None = None,
                   include_subregions: bool = True) -> list[dict]:
    """Directives given in a region (and its sub-regions) between two dates: who, what, to whom, when."""
    _check(G, region_id)
    regions = _subregions(G, region_id) if include_subregions else {region_id}
    rows = []
    for n, d, issuers in _directives(G, regions, None, date_from, date_to):
        targets = [G.nodes[v].get("label") for _, v, data in G.out_edges(n, data=True) if data.get("type") == "TARGETS"]
        for issuer, via in issuers or [(None, "named")]:
            rows.append({
                "date": d.get("date"), "issuer": issuer, "issuer_label": G.nodes[issuer].get("label") if issuer else None,
                "issuer_type": G.nodes[issuer].get("type") if issuer else None, "via": via,
                "directive": n, "directive_type": d.get("directive_type"), "targets": sorted(filter(None, targets)),
                "summary": d.get("summary") or d.get("label"), "confidence": d.get("confidence"),
                "n_reports": d.get("n_reports"), "independent_outlets": d.get("independent_outlets"),
            })
    rows.sort(key=lambda r: (r["date"] or "", r["issuer_label"] or ""))
    return rows


def top_issuers(G: nx.MultiDiGraph, region_id: str | None = None, directive_type: str | None = None,
                date_from: str | None = None, date_to: str | None = None, limit: int = 10,
                include_subregions: bool = True) -> list[dict]:
    """Issuers ranked by number of distinct directives (incidents), with the types they issued."""
    if region_id is not None:
        _check(G, region_id)
    regions = None if region_id is None else (_subregions(G, region_id) if include_subregions else {region_id})
    counts: Counter = Counter()
    types: dict[str, Counter] = {}
    for _, d, issuers in _directives(G, regions, directive_type, date_from, date_to):
        for issuer, _ in issuers:
            counts[issuer] += 1
            types.setdefault(issuer, Counter())[d.get("directive_type")] += 1
    return [{"issuer": i, "label": G.nodes[i].get("label"), "type": G.nodes[i].get("type"), "count": c,
             "by_type": dict(types[i].most_common())}
            for i, c in sorted(counts.items(), key=lambda t: (-t[1], t[0]))[:limit]]
