"""Graph: search an entity, expand, hide and undo, filter, shortest path; click for profile or evidence."""

import streamlit as st
from st_link_analysis import st_link_analysis

from arahan.app import data, evidence, graphview, profiles, ui
from arahan.app.safe import esc
from arahan.extract.graph import query
from arahan.store import reads

ctx = ui.page("Graph")
if not ctx.bundle.has_graph:
    st.info("The entity graph has not been built for this store yet. Build it with `arahan graph build` "
            "(the Incidents, Map and Overview pages already work on the extracted directives).")
    st.stop()

s = graphview.state()


def _search(label: str, key: str) -> str | None:
    text = st.text_input(label, key=f"{key}_text", placeholder="official, office, region, organization, law…")
    if not text.strip():
        return None
    with data.open_store(ctx.path) as store:
        hits = reads.search_nodes(store, text, limit=25)
    if not hits:
        st.caption("No entity matches.")
        return None
    labels = {h["id"]: f"{h['label']} ({h['type']})" for h in hits}
    return st.selectbox("Matches", list(labels), format_func=labels.get, key=f"{key}_pick")


top = st.columns([3, 2, 2])
with top[0]:
    picked = _search("Search an entity", "g_search")
    if picked and st.button("Show in graph", key="g_show", type="primary"):
        graphview.focus(picked)
with top[1]:
    node_types = st.multiselect("Node types", graphview.NODE_TYPES, default=graphview.DEFAULT_NODE_TYPES,
                                key="g_node_types")
with top[2]:
    edge_types = st.multiselect("Edge types", graphview.EDGE_TYPES, default=graphview.EDGE_TYPES, key="g_edge_types")

if not s["seeds"] and not ctx.incidents.empty:
    # First visit: start from the official who issued the most directives matching the filters.
    issuers = ctx.incidents["issuer_id"].dropna()
    if len(issuers):
        graphview.focus(issuers.value_counts().index[0], remember=False)

scope = graphview.Scope(
    node_types=node_types, edge_types=edge_types,
    directives=set(ctx.incidents["id"].tolist()) if len(ctx.incidents) < len(ctx.bundle.incidents) else None,
    date_from=ctx.filters.date_from, date_to=ctx.filters.date_to, min_confidence=ctx.filters.min_confidence,
    sources=ctx.bundle.sources,
)
with data.open_store(ctx.path) as store:
    view = graphview.build(store, s, scope)
elements, back = graphview.elements(view)
st.session_state["graph_export_nodes"] = list(view.nodes)  # the Export page can export this drawing

left, right = st.columns([3, 2])
with left:
    st.caption(f"{len(view.nodes)} nodes and {len(view.edges)} relationships drawn (at most {graphview.MAX_NODES} nodes). "
               "Click a node for its profile, a relationship for its evidence; double-click a node to expand it.")
    for note in view.notes:
        st.info(esc(note))
    if not view.nodes:
        st.warning("Nothing to draw: search an entity above, or loosen the filters.")
    else:
        ui.html(graphview.legend(view))
        node_styles, edge_styles = graphview.styles()
        event = st_link_analysis(elements, layout=graphview.LAYOUT, node_styles=node_styles, edge_styles=edge_styles,
                                 height=560, key="graph_canvas", node_actions=["expand", "remove"],
                                 events=graphview.EVENTS)
        if event and event.get("timestamp") != s["last_event"]:
            s["last_event"] = event.get("timestamp")
            action, payload = event.get("action"), event.get("data") or {}
            if action == "expand":
                targets = [back.get(i) for i in payload.get("node_ids", [])]
                for kind, ident in filter(None, targets):
                    graphview.expand(ident)
                st.rerun()
            elif action == "remove":
                gone = [back[i][1] for i in payload.get("node_ids", []) if back.get(i, ("",))[0] == "node"]
                graphview.hide(gone)
                st.rerun()
            elif action in ("select_node", "select_edge"):
                target = back.get(payload.get("target_id"))
                if target:
                    s["selected"] = target

    drawn = {nid: f"{n['label']} ({n['type']})" for nid, n in view.nodes.items()}
    with st.expander("Expand, hide, undo (keyboard-friendly controls)", expanded=False):
        c1, c2 = st.columns([3, 2])
        node_pick = c1.selectbox("Node", list(drawn), format_func=drawn.get, key="g_node_pick") if drawn else None
        b = c2.columns(3)
        if node_pick and b[0].button("Expand", key="g_expand"):
            graphview.expand(node_pick)
            st.rerun()
        if node_pick and b[1].button("Hide", key="g_hide"):
            graphview.hide([node_pick])
            st.rerun()
        if node_pick and b[2].button("Profile", key="g_profile"):
            s["selected"] = ("node", node_pick)
        u = st.columns(3)
        if u[0].button("Undo", key="g_undo", disabled=not s["history"]):
            graphview.undo()
            st.rerun()
        if s["hidden"] and u[1].button(f"Show {len(s['hidden'])} hidden", key="g_unhide"):
            graphview.unhide_all()
            st.rerun()
        if view.edges:
            labels = {e["id"]: f"{view.nodes[e['src']]['label']} —{e['type']}→ {view.nodes[e['dst']]['label']}"
                      for e in view.edges}
            edge_pick = st.selectbox("Relationship", list(labels), format_func=labels.get, key="g_edge_pick")
            if st.button("Show evidence", key="g_evidence"):
                s["selected"] = ("edge", edge_pick)

    with st.expander("Shortest path between two entities", expanded=False):
        a = _search("From", "g_path_a")
        z = _search("To", "g_path_b")
        if a and z and st.button("Find path", key="g_path_go"):
            try:  # the CLI's path search, through the relations the filters above let in, read from the store
                with data.open_store(ctx.path) as store:
                    path = query.shortest_path(store, a, z, where=scope.where())
            except query.UnknownNode:
                path = []
            if path:
                st.session_state["g_path_result"] = path
            else:
                st.warning("These two entities are not connected through the relations the filters allow.")
        path = st.session_state.get("g_path_result")
        if path:
            with data.open_store(ctx.path) as store:
                names = {n["id"]: n["label"] for n in reads.nodes(store, ids=path, with_attrs=False)}
            st.markdown(" → ".join(f"**{esc(names.get(p, p))}**" for p in path))
            if st.button("Draw this path", key="g_path_draw"):
                graphview.show_path(path)
                st.session_state["g_path_result"] = None
                st.rerun()

with right:
    selected = s["selected"]
    if not selected:
        st.caption("Select a node or a relationship to see its profile or evidence here.")
    elif selected[0] == "edge":
        evidence.edge_panel(ctx.path, int(selected[1]))
    elif selected[0] == "more":
        st.info("This node stands for neighbours left out to keep the drawing readable. Expand its anchor again "
                "(double-click it, or use the controls) to draw more of them, or narrow the filters.")
    else:
        profiles.panel(ctx.path, selected[1], ctx.incidents, key="g_panel")
