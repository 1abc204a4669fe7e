"""The drawn part of the graph: which nodes are on screen, and how they become Cytoscape elements.

The user's exploration is a small state (seed nodes, expanded nodes, hidden nodes, an
undo stack). Each rerun turns it into a view with the CLI's own queries
(arahan.extract.graph.query.neighbours and edges_among, under the same GraphFilter)
reading the store's indexed edge table, never loading the whole graph. A view never holds more than MAX_NODES nodes: each expansion
takes the PER_EXPAND best neighbours (most sources, highest confidence) and the rest
becomes one "+N more" node per type, and the page says so.
"""

from __future__ import annotations

import copy
import warnings
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

import streamlit as st
from st_link_analysis import EdgeStyle, Event, NodeStyle

from arahan.app.safe import component_text, esc
from arahan.extract.graph import query, schema
from arahan.store import reads
from arahan.store.database import Store

NODE_TYPES = list(schema.NODE_TYPES)
EDGE_TYPES = list(schema.EDGE_TYPES)
DEFAULT_NODE_TYPES = [name for name, t in schema.node_types().items() if t.shown_by_default]
MAX_NODES = 80
PER_EXPAND = 20
# The reviewers' mark on a node, as the incident tables write it (arahan.store.reads.incidents).
REVIEW_MARKS = {"corrected": " ✔ corrected", "accepted": " ✔ reviewed"}
LABEL_CHARS = 42
# Colour and Material icon (bundled with st-link-analysis) per node type, from the schema's table;
# "More" stands for the neighbours left out of a drawing.
STYLE = {**{name: (t.colour, t.icon) for name, t in schema.node_types().items()}, "More": ("#D3D3D3", "analytics")}
# Cytoscape's cose layout, spread wider than the component's default and fitted without
# animation, so a redrawn graph fills the frame at once.
LAYOUT = {"name": "cose", "animate": False, "fit": True, "padding": 30, "nodeRepulsion": 9000,
          "idealEdgeLength": 70, "nodeDimensionsIncludeLabels": True, "randomize": False}
EVENTS = [Event("select_node", "tap", "node"), Event("select_edge", "tap", "edge")]
STATE = "graph_state"


@dataclass
class Scope:
    """What the filters let into the drawing (and into a path search)."""

    node_types: list[str]
    edge_types: list[str]
    directives: set[str] | None = None  # allowed Directive ids; None = all
    date_from: date | None = None
    date_to: date | None = None
    min_confidence: float = 0.0
    sources: dict[str, int] = field(default_factory=dict)

    def where(self) -> query.GraphFilter:
        """The CLI's filter (arahan.extract.graph.query.GraphFilter) for these choices."""
        return query.GraphFilter.of(self.node_types, self.edge_types, self.date_from, self.date_to,
                                    self.min_confidence, self.directives)


@dataclass
class View:
    nodes: dict[str, dict]
    edges: list[dict]
    more: list[dict]
    notes: list[str]


# ------------------------------------------------------------------ state
def state() -> dict:
    return st.session_state.setdefault(STATE, {"seeds": [], "expanded": [], "hidden": [], "extra": {},
                                               "history": [], "selected": None, "last_event": None})


def _push(s: dict) -> None:
    s["history"].append(copy.deepcopy({k: s[k] for k in ("seeds", "expanded", "hidden", "extra")}))
    del s["history"][:-30]


def focus(node_id: str, *, remember: bool = True) -> None:
    s = state()
    if remember:
        _push(s)
    s.update(seeds=[node_id], expanded=[node_id], hidden=[], extra={}, selected=("node", node_id))


def expand(node_id: str) -> None:
    s = state()
    _push(s)
    if node_id in s["expanded"]:
        s["extra"][node_id] = s["extra"].get(node_id, 0) + PER_EXPAND  # expanding again shows more
    else:
        s["expanded"].append(node_id)
    if node_id in s["hidden"]:
        s["hidden"].remove(node_id)


def hide(node_ids: list[str]) -> None:
    s = state()
    _push(s)
    s["hidden"] = list(dict.fromkeys(s["hidden"] + list(node_ids)))
    if s["selected"] and s["selected"][0] == "node" and s["selected"][1] in node_ids:
        s["selected"] = None


def unhide_all() -> None:
    s = state()
    _push(s)
    s["hidden"] = []


def show_path(path: list[str]) -> None:
    s = state()
    _push(s)
    s.update(seeds=list(path), expanded=[], hidden=[], extra={}, selected=None)


def undo() -> bool:
    s = state()
    if not s["history"]:
        return False
    s.update(s["history"].pop())
    return True


# ------------------------------------------------------------------- view
def neighbours(store: Store, node_id: str, scope: Scope) -> tuple[list[dict], Counter]:
    """The node's neighbours allowed by the scope, best first, and how many there are of each type.

    The same query as `arahan graph neighbours` (arahan.extract.graph.query.neighbours),
    read from the store's indexes; the best first order is the app's own.
    """
    found = list(query.neighbours(store, node_id, scope.where()).values())
    for n in found:
        n["score"] = n["confidence"] + scope.sources.get(n["id"], 0)
    found.sort(key=lambda n: (-n["score"], n["label"]))
    return found, Counter(n["type"] for n in found)


def build(store: Store, s: dict, scope: Scope) -> View:
    hidden = set(s["hidden"])
    visible: dict[str, dict] = {n["id"]: n for n in reads.nodes(store, ids=s["seeds"], with_attrs=False)
                                if n["id"] not in hidden}
    more, notes = [], []
    for node_id in s["expanded"]:
        if node_id in hidden or node_id not in visible:
            continue
        found, by_type = neighbours(store, node_id, scope)
        room = max(0, MAX_NODES - len(visible))
        limit = min(PER_EXPAND + s["extra"].get(node_id, 0), room)
        taken = 0
        shown = Counter()
        for n in found:
            if n["id"] in hidden:
                continue
            if n["id"] in visible:
                shown[n["type"]] += 1
                continue
            if taken >= limit:
                continue
            visible[n["id"]] = n
            shown[n["type"]] += 1
            taken += 1
        rest = {t: by_type[t] - shown[t] for t in by_type if by_type[t] - shown[t] > 0}
        if rest:
            label = visible[node_id]["label"]
            total = sum(by_type.values())
            notes.append(f"{label}: {total:,} neighbours match the filters; showing the {total - sum(rest.values()):,} "
                         f"with the most sources and highest confidence, the other {sum(rest.values()):,} are grouped "
                         "into '+N more' nodes (expand it again for more, or narrow the filters).")
            for t, n in sorted(rest.items()):
                more.append({"id": f"more:{node_id}:{t}", "type": "More", "label": f"+{n:,} more {t}",
                             "anchor": node_id})
        if len(visible) >= MAX_NODES:
            notes.append(f"The drawing is capped at {MAX_NODES} nodes to stay readable; hide nodes or narrow the "
                         "filters to see others.")
            break
    edges = [{**data, "id": key, "src": u, "dst": v}
             for u, v, key, data in sorted(query.edges_among(store, visible, scope.where()), key=lambda e: e[2])]
    return View(visible, edges, more, notes)


# --------------------------------------------------------------- elements
def elements(view: View) -> tuple[dict, dict[str, tuple]]:
    """Cytoscape elements, plus a map from element id back to ("node", id) / ("edge", id) / ("more", anchor).

    Element ids are our own short tokens, so no article-derived string reaches an id, and
    every displayed value is escaped because the component's info panel uses innerHTML.
    """
    back: dict[str, tuple] = {}
    cy_of: dict[str, str] = {}
    nodes, edges = [], []
    for i, n in enumerate(view.nodes.values()):
        cy = f"n{i}"
        cy_of[n["id"]] = cy
        back[cy] = ("node", n["id"])
        label = n["label"] if len(n["label"]) <= LABEL_CHARS else n["label"][:LABEL_CHARS - 1] + "…"
        label += REVIEW_MARKS.get(n.get("reviewed") or (n.get("attrs") or {}).get("reviewed"), "")
        nodes.append({"data": {"id": cy, "label": n["type"], "name": component_text(label),
                               "entity": component_text(n["id"])}})
    for j, m in enumerate(view.more):
        cy = f"m{j}"
        back[cy] = ("more", m["anchor"])
        nodes.append({"data": {"id": cy, "label": "More", "name": component_text(m["label"])}})
        edges.append({"data": {"id": f"me{j}", "source": cy_of[m["anchor"]], "target": cy, "label": "more"}})
    for e in view.edges:
        cy = f"e{e['id']}"
        back[cy] = ("edge", e["id"])
        data = {"id": cy, "source": cy_of[e["src"]], "target": cy_of[e["dst"]], "label": e["type"]}
        if e.get("confidence") is not None:
            data["confidence"] = round(float(e["confidence"]), 2)
        if e.get("first_seen"):
            data["first_seen"] = component_text(e["first_seen"][:10])
        edges.append({"data": data})
    return {"nodes": nodes, "edges": edges}, back


def legend(view: View) -> str:
    """HTML: one coloured dot and the schema's name per node type drawn (the drawing's own colours)."""
    drawn = {n["type"] for n in view.nodes.values()} | ({"More"} if view.more else set())
    types = schema.node_types()
    items = [f'<span title="{esc(types[t].description) if t in types else "neighbours left out"}" '
             f'style="margin-right:0.9em;white-space:nowrap"><span style="color:{colour}">●</span> '
             f'{esc(types[t].label if t in types else "more")}</span>'
             for t, (colour, _) in STYLE.items() if t in drawn]
    return f'<div class="graph-legend" style="font-size:0.85em">{"".join(items)}</div>' if items else ""


class _Readable:
    """Mixin: captions readable at the zoom a fitted graph of ~50 nodes gets.

    The component hides text below 10 px on screen by default, which on a fitted
    drawing hides every caption; these styles are appended after its defaults.
    """

    extra: dict = {}

    def dump(self) -> dict:
        out = super().dump()
        out["style"].update(self.extra)
        return out


class _NodeStyle(_Readable, NodeStyle):
    extra = {"font-size": 7, "min-zoomed-font-size": 5, "text-wrap": "ellipsis", "text-max-width": 110}


class _EdgeStyle(_Readable, EdgeStyle):
    extra = {"font-size": 5, "min-zoomed-font-size": 6, "width": 1.2, "arrow-scale": 0.6}


def styles() -> tuple[list[NodeStyle], list[EdgeStyle]]:
    node_styles = [_NodeStyle(t, colour, "name", icon) for t, (colour, icon) in STYLE.items()]
    with warnings.catch_warnings():  # EdgeStyle warns about a deprecated argument we do not pass
        warnings.simplefilter("ignore", DeprecationWarning)
        edge_styles = [_EdgeStyle(t, caption="label", directed=True) for t in EDGE_TYPES]
        edge_styles.append(_EdgeStyle("more", color="#D3D3D3"))
    return node_styles, edge_styles
