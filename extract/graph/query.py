"""Questions asked of the graph: the one query layer of the CLI and the explorer app.

Every function takes the graph first and returns plain Python data (or a smaller
MultiDiGraph), so the app, the CLI and tests share them. One filter, `GraphFilter`,
decides which nodes and edges every question sees (`edge_ok`, `node_ok`):

- neighbours(G or store, node_id, where)            one hop (the app's expand)
- edges_among(G or store, node_ids, where)          the edges drawn between some nodes
- neighbourhood(G or store, node_id, k, node_types, edge_types, date_from, date_to, min_confidence, where=)
- filter_graph(G, node_types, edge_types, date_from, date_to, min_confidence, where=)
- shortest_path(G or store, a, b, edge_types=None, where=)
- search_entities(G, text, limit=20, types=None)
- timeline(G or store, person_id)
- top_issuers(G (or store, with a region), region_id=None, directive_type=None, date_from=None, date_to=None, limit=10)
- rank_issuers(who_instructed rows)                  the ranking of top_issuers, for rows already at hand
- who_instructed(G or store, region_id, date_from=None, date_to=None)

G is a MultiDiGraph from `build.load_graph`; where "or store" is said, an open Store
works too, read through its indexes without loading the graph (see sources). Dates are
ISO strings compared as text; an edge without dates passes every date filter. Edges are
followed in both directions.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

import networkx as nx

from arahan.extract.graph import schema
from arahan.extract.graph.entities import fold
from arahan.extract.graph.sources import source_of


class UnknownNode(KeyError):
    """The graph has no node with this id."""

    def __str__(self) -> str:
        return f"no node {self.args[0]!r} in the graph (try `arahan entities list --search TEXT`)"


def _set(values: Iterable[str] | str | None) -> frozenset[str] | None:
    """None (no filter) from None or an empty text; a set from a list (an empty list allows nothing)."""
    if values is None:
        return None
    if isinstance(values, str):
        return frozenset(v.strip() for v in values.split(",") if v.strip()) or None
    return frozenset(v for v in values if v)


def _iso(value) -> str | None:
    if value is None or value == "":
        return None
    return value.isoformat() if isinstance(value, date) else str(value)


@dataclass(frozen=True)
class GraphFilter:
    """The one filter of the CLI and the app: which nodes and edges a question may see.

    node_types / edge_types: None lets every type through, an empty set none.
    date_from / date_to: ISO text ("2024", "2024-09", "2024-09-17") or a date; an edge
    passes when its time extent (the schema's start|end attributes, first_seen|last_seen)
    meets the period, and an edge without dates passes every date filter.
    min_confidence: an edge without a confidence counts as 0 (the CLI's rule, also the
    app's incident filter's; the graph page used to let such edges through).
    directives: the Directive node ids allowed (the app's sidebar narrows incidents), None for all.
    """

    node_types: frozenset[str] | None = None
    edge_types: frozenset[str] | None = None
    date_from: str | None = None
    date_to: str | None = None
    min_confidence: float = 0.0
    directives: frozenset[str] | None = None

    @classmethod
    def of(cls, node_types=None, edge_types=None, date_from=None, date_to=None, min_confidence: float = 0.0,
           directives=None) -> GraphFilter:
        """From the CLI's options (comma-separated text) or the app's widgets (lists, dates)."""
        return cls(_set(node_types), _set(edge_types), _iso(date_from), _iso(date_to), float(min_confidence or 0.0),
                   None if directives is None else frozenset(directives))

    def narrows(self) -> bool:
        return any((self.node_types is not None, self.edge_types is not None, self.date_from, self.date_to,
                    self.min_confidence, self.directives is not None))

    def edge_ok(self, data) -> bool:
        type_ = data.get("type")
        if self.edge_types is not None and type_ not in self.edge_types:
            return False
        if self.min_confidence and (data.get("confidence") or 0.0) < self.min_confidence:
            return False
        if self.date_from or self.date_to:
            start, end = _extent(type_)
            lo, hi = self.date_from, self.date_to
            last = data.get(end)
            if lo and last and last < lo:
                return False
            first = data.get(start)
            if hi and first and first[:len(hi)] > hi:
                return False
        return True

    def node_ok(self, node_id: str, data) -> bool:
        type_ = data.get("type")
        if self.node_types is not None and type_ not in self.node_types:
            return False
        return type_ != "Directive" or self.directives is None or node_id in self.directives


def _extent(edge_type: str | None) -> tuple[str, str]:
    spec = schema.edge_types().get(edge_type)  # type: ignore[arg-type]
    return spec.time_extent if spec is not None and spec.time_extent else ("first_seen", "last_seen")


def _where(where: GraphFilter | None, *args) -> GraphFilter:
    return where if where is not None else GraphFilter.of(*args)


def _check(G: nx.MultiDiGraph, node_id: str) -> None:
    if node_id not in G:
        raise UnknownNode(node_id)


def neighbours(graph, node_id: str, where: GraphFilter | None = None) -> dict[str, dict]:
    """The nodes one edge away from node_id (either direction) through edges passing `where`.

    graph: a MultiDiGraph or an open Store (see sources). Returns {id: node data plus
    "confidence": the best passing edge's}, nodes failing `where` left out.
    """
    return _hop(source_of(graph), [node_id], where or GraphFilter(), {node_id})


def _hop(source, frontier: list[str], where: GraphFilter, seen) -> dict[str, dict]:
    best: dict[str, float] = {}
    for u, v, _, data in source.touching(frontier, where.edge_types):
        for other in (u, v):
            if other not in seen and where.edge_ok(data):
                best[other] = max(best.get(other, 0.0), data.get("confidence") or 0.0)
    found = source.nodes(list(best))
    return {n: {**d, "confidence": best[n]} for n, d in found.items() if where.node_ok(n, d)}


def edges_among(graph, node_ids, where: GraphFilter | None = None) -> list[tuple]:
    """(src, dst, key, data) of the edges passing `where` with both ends in node_ids."""
    where = where or GraphFilter()
    ids = set(node_ids)
    return [e for e in source_of(graph).among(ids, where.edge_types) if where.edge_ok(e[3])]


def neighbourhood(G, node_id: str, k: int = 1, node_types=None, edge_types=None,
                  date_from: str | None = None, date_to: str | None = None,
                  min_confidence: float = 0.0, *, where: GraphFilter | None = None) -> nx.MultiDiGraph:
    """The entities within k hops of node_id (either direction), through edges passing the filters.

    G: a MultiDiGraph or an open Store. Nodes failing the filter are neither returned nor
    walked through (the start node always is). Returns a new MultiDiGraph with the kept
    nodes and the kept edges between them. `where` replaces the separate filter arguments.
    """
    source = source_of(G)
    where = _where(where, node_types, edge_types, date_from, date_to, min_confidence)
    start = source.nodes([node_id])
    if not start:
        raise UnknownNode(node_id)
    keep = dict(start)
    frontier = [node_id]
    for _ in range(k):  # breadth first, one batch of lookups per hop
        found = _hop(source, frontier, where, keep)
        keep.update(found)
        frontier = list(found)
        if not frontier:
            break
    out = nx.MultiDiGraph()
    out.add_nodes_from(keep.items())
    out.add_edges_from(edges_among(source, keep, where))
    return out


def filter_graph(G: nx.MultiDiGraph, node_types=None, edge_types=None, date_from: str | None = None,
                 date_to: str | None = None, min_confidence: float = 0.0, *,
                 where: GraphFilter | None = None) -> nx.MultiDiGraph:
    """A copy of G with only the nodes and edges passing the filters (the export's filter)."""
    where = _where(where, node_types, edge_types, date_from, date_to, min_confidence)
    if not where.narrows():
        return G
    out = nx.MultiDiGraph()
    out.add_nodes_from((n, d) for n, d in G.nodes(data=True) if where.node_ok(n, d))
    out.add_edges_from(
        (u, v, k, d) for u, v, k, d in G.edges(keys=True, data=True)
        if u in out and v in out and where.edge_ok(d))
    if where.date_from or where.date_to or where.min_confidence:
        # Entities only reachable through filtered-out edges would float alone: drop them.
        out.remove_nodes_from([n for n in list(out) if out.degree(n) == 0 and G.degree(n) > 0])
    return out


def shortest_path(G, a: str, b: str, edge_types=None, *, where: GraphFilter | None = None) -> list[str]:
    """Node ids from a to b along the fewest edges (either direction) passing the filter; [] when not
    connected. Nodes between a and b must pass the filter's node rules (a and b always do).

    G: a MultiDiGraph or a Store. A breadth-first search from both ends, one level at a time
    (one batch of lookups per level from the store); among paths of equal length the one
    through the smallest ids is returned, so both sources give the same answer.
    """
    source = source_of(G)
    where = where if where is not None else GraphFilter.of(edge_types=edge_types)
    found = source.nodes([a, b])
    for n in (a, b):
        if n not in found:
            raise UnknownNode(n)
    if a == b:
        return [a]
    sides = ({a: None}, {b: None})  # node -> parent, for the search from a and the one from b
    depth = ({a: 0}, {b: 0})
    frontiers = ([a], [b])
    while frontiers[0] and frontiers[1]:
        i = 0 if len(frontiers[0]) <= len(frontiers[1]) else 1  # grow the smaller side
        parents, other = sides[i], sides[1 - i]
        level = depth[i][frontiers[i][0]] + 1
        reached = _level(source, frontiers[i], parents, where, (a, b))
        parents.update(reached)
        depth[i].update(dict.fromkeys(reached, level))
        meets = [n for n in reached if n in other]
        if meets:
            meet = min(meets, key=lambda n: (depth[1 - i][n], n))
            half = _walk(sides[0], meet)[::-1] + _walk(sides[1], meet)[1:]
            return half
        frontiers = (sorted(reached), frontiers[1]) if i == 0 else (frontiers[0], sorted(reached))
    return []


def _level(source, frontier: list[str], parents: dict, where: GraphFilter, ends: tuple[str, str]) -> dict[str, str]:
    """The nodes one passing edge beyond the frontier, not yet reached, each with its smallest parent."""
    inside = set(frontier)
    reached: dict[str, str] = {}
    for u, v, _, data in source.touching(frontier, where.edge_types):
        for x, y in ((u, v), (v, u)):
            if x in inside and y not in parents and where.edge_ok(data) and (y not in reached or x < reached[y]):
                reached[y] = x
    if where.node_types is not None or where.directives is not None:
        nodes = source.nodes([n for n in reached if n not in ends])
        reached = {n: p for n, p in reached.items() if n in ends or (n in nodes and where.node_ok(n, nodes[n]))}
    return reached


def _walk(parents: dict, node: str) -> list[str]:
    out = [node]
    while parents[out[-1]] is not None:
        out.append(parents[out[-1]])
    return out


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


_RANK = {name: t.search_rank for name, t in schema.node_types().items()}


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


def timeline(G, person_id: str) -> list[dict]:
    """An official's offices (with tenure) and directives, in date order. G: a MultiDiGraph or a Store."""
    source = source_of(G)
    if not source.nodes([person_id]):
        raise UnknownNode(person_id)
    edges = [(v, data) for u, v, _, data in source.touching([person_id], {"HOLDS", "ISSUED"}) if u == person_id]
    nodes = source.nodes({v for v, _ in edges}, attrs=True)
    events = []
    for other, data in edges:
        d = nodes.get(other, {})
        if data.get("type") == "HOLDS":
            events.append({
                "date": data.get("started") or data.get("first_seen"), "kind": "office", "office": other,
                "label": d.get("label"), "acting": data.get("acting"),
                "first_seen": data.get("first_seen"), "last_seen": data.get("last_seen"),
                "started": data.get("started"), "ended": data.get("ended"), "confidence": data.get("confidence"),
            })
        else:
            events.append({
                "date": d.get("date") or data.get("first_seen"), "kind": "directive", "directive": other,
                "label": d.get("label"), "directive_type": d.get("directive_type"), "targets": d.get("targets"),
                "n_reports": d.get("n_reports"), "via": data.get("via") or "named",
                "confidence": data.get("confidence"),
            })
    events.sort(key=lambda e: (e["date"] or "", e["kind"]))
    return events


def _subregions(source, region_id: str) -> set[str]:
    """The region and every region PART_OF it, transitively."""
    out, todo = {region_id}, [region_id]
    while todo:
        todo = [u for u, v, _, _ in source.touching(todo, {"PART_OF"}) if v in out and u not in out]
        out.update(todo)
    return out


def _dated(when: str, date_from: str | None, date_to: str | None) -> bool:
    """A directive's date within the period (an undated one is not, once a period is asked)."""
    if date_from and (not when or when < date_from):
        return False
    return not (date_to and (not when or when[:len(date_to)] > date_to))


def _pick_issuers(edges: list[tuple[str, dict]], type_of) -> list[tuple[str, dict]]:
    """Who issued a directive, from its ISSUED edges: named persons first, then persons found
    by tenure, else the office or body."""
    persons = [(u, data) for u, data in edges if type_of(u) == "Person"]
    named = [(u, data) for u, data in persons if data.get("via") != "tenure"]
    return named or persons or edges


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
        issued = [(u, data) for u, _, data in G.in_edges(n, data=True) if data.get("type") == "ISSUED"]
        issuers = tuple((u, data.get("via") or "named") for u, data in _pick_issuers(issued, _type_in(G)))
        rows.append((n, d.get("directive_type"), d.get("date") or "", regions, issuers))
    G.graph["_directives"] = (signature, rows)
    return rows


def forget_caches(G: nx.MultiDiGraph) -> None:
    """Drop the per-graph caches (search index, directive table) after changing G in place."""
    G.graph.pop("_directives", None)
    G.graph.pop("_search", None)


def _type_in(G: nx.MultiDiGraph):
    nodes = G.nodes
    return lambda n: nodes[n].get("type")


def _directives(G: nx.MultiDiGraph, regions: set[str] | None, directive_type, date_from, date_to):
    for n, type_, when, in_regions, issuers in _directive_table(G):
        if directive_type and type_ != directive_type:
            continue
        if not _dated(when, date_from, date_to):
            continue
        if regions is not None and not any(r in regions for r in in_regions):
            continue
        yield n, G.nodes[n], issuers


def who_instructed(G, region_id: str, date_from: str | None = None, date_to: str | None = None,
                   include_subregions: bool = True) -> list[dict]:
    """Directives given in a region (and its sub-regions) between two dates: who, what, to whom, when.

    G: a MultiDiGraph or a Store (read from the region outwards, never the whole graph).
    """
    source = source_of(G)
    if not source.nodes([region_id]):
        raise UnknownNode(region_id)
    regions = _subregions(source, region_id) if include_subregions else {region_id}
    found = {u for u, v, _, _ in source.touching(regions, {"IN"}) if v in regions}
    directives = {n: d for n, d in source.nodes(found, attrs=True).items()
                  if d.get("type") == "Directive" and _dated(d.get("date") or "", date_from, date_to)}
    issued: dict[str, list] = {n: [] for n in directives}
    targets: dict[str, list] = {n: [] for n in directives}
    for u, v, _, data in source.touching(list(directives), {"ISSUED", "TARGETS"}):
        if data.get("type") == "ISSUED" and v in issued:
            issued[v].append((u, data))
        elif data.get("type") == "TARGETS" and u in targets:
            targets[u].append(v)
    ends = source.nodes({u for edges in issued.values() for u, _ in edges} | {t for ts in targets.values() for t in ts})
    rows = []
    for n, d in directives.items():
        issuers = [(u, data.get("via") or "named")
                   for u, data in _pick_issuers(issued[n], lambda x: ends.get(x, {}).get("type"))]
        labels = sorted(filter(None, (ends.get(t, {}).get("label") for t in targets[n])))
        for issuer, via in issuers or [(None, "named")]:
            who = ends.get(issuer, {}) if issuer else {}
            rows.append({
                "date": d.get("date"), "issuer": issuer, "issuer_label": who.get("label"),
                "issuer_type": who.get("type"), "via": via,
                "directive": n, "directive_type": d.get("directive_type"), "targets": labels,
                "summary": d.get("summary") or d.get("label"), "confidence": d.get("confidence"),
                "n_reports": d.get("n_reports"), "independent_outlets": d.get("independent_outlets"),
            })
    rows.sort(key=lambda r: (r["date"] or "", r["issuer_label"] or "", r["directive"]))
    return rows


def top_issuers(G, region_id: str | None = None, directive_type: str | None = None,
                date_from: str | None = None, date_to: str | None = None, limit: int | None = 10,
                include_subregions: bool = True) -> list[dict]:
    """Issuers ranked by number of distinct directives (incidents), with the types they issued.

    With a region, G may be a Store too (the directives are those of `who_instructed`);
    without one every directive counts, from a table kept per loaded graph.
    """
    if region_id is not None:
        rows = [r for r in who_instructed(G, region_id, date_from, date_to, include_subregions)
                if r["issuer"] and (not directive_type or r["directive_type"] == directive_type)]
        return rank_issuers(rows, limit)
    nodes = G.nodes
    rows = [{"issuer": issuer, "issuer_label": nodes[issuer].get("label"), "issuer_type": nodes[issuer].get("type"),
             "directive_type": d.get("directive_type"), "date": d.get("date")}
            for _, d, issuers in _directives(G, None, directive_type, date_from, date_to) for issuer, _ in issuers]
    return rank_issuers(rows, limit)


def rank_issuers(rows: Iterable[dict], limit: int | None = None) -> list[dict]:
    """Issuers of some `who_instructed` rows ranked by directives, with their types and first and last dates."""
    counts: Counter = Counter()
    types: dict[str, Counter] = {}
    about: dict[str, dict] = {}
    for r in rows:
        issuer = r["issuer"]
        counts[issuer] += 1
        types.setdefault(issuer, Counter())[r["directive_type"]] += 1
        seen = about.setdefault(issuer, {"label": r["issuer_label"], "type": r["issuer_type"], "first": None,
                                         "last": None})
        if r.get("date"):
            seen["first"] = min(filter(None, (seen["first"], r["date"])))
            seen["last"] = max(filter(None, (seen["last"], r["date"])))
    return [{"issuer": i, **about[i], "count": c, "by_type": dict(types[i].most_common())}
            for i, c in sorted(counts.items(), key=lambda t: (-t[1], t[0]))[:limit]]
