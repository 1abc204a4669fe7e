"""Export: the filtered subgraph as GraphML, GEXF, CSV or JSON; the incident table as CSV."""

import streamlit as st

from arahan.app import data, exporting, filters, ui

ctx = ui.page("Export")
inc = ctx.incidents
drawn = st.session_state.get("graph_export_nodes") or []

st.subheader("Subgraph")
scopes = ["Incidents matching the filters, with their issuers, targets, regions, laws and articles"]
if drawn:
    scopes.insert(0, f"The Graph page's current drawing ({len(drawn)} nodes)")
scope = st.radio("What to export", scopes, key="exp_scope")
fmt_label = st.selectbox("Format", list(exporting.FORMATS), key="exp_format")
ext, mime = exporting.FORMATS[fmt_label]
st.caption(filters.describe(ctx.filters, len(inc), len(ctx.bundle.incidents))
           + ". Node attribute `type` holds the node type, edge attribute `type` the relation.")

if not ctx.bundle.has_graph:
    st.info("The entity graph has not been built yet (`arahan graph build`); only the incident table can be exported.")
from_drawing = scope.startswith("The Graph page")
# A prepared file is offered only while it still matches the choices that made it.
signature = (ctx.fp, scope, ext, tuple(drawn) if from_drawing else repr(ctx.filters))
if ctx.bundle.has_graph and st.button("Prepare the file", key="exp_prepare", type="primary"):
    with st.spinner("Reading the subgraph…"), data.open_store(ctx.path) as store:
        g = exporting.subgraph(store, drawn if from_drawing else inc["id"].tolist(), with_neighbours=not from_drawing)
        st.session_state["exp_file"] = (exporting.serialise(g, ext), f"arahan-subgraph.{ext}", mime,
                                        g.number_of_nodes(), g.number_of_edges(), signature)
prepared = st.session_state.get("exp_file")
if prepared and prepared[5] == signature:
    payload, name, file_mime, n_nodes, n_edges, _ = prepared
    st.download_button(f"Download {name} ({n_nodes:,} nodes, {n_edges:,} edges)", payload, file_name=name,
                       mime=file_mime, key="exp_download")

st.subheader("Incident table")
st.download_button(f"Download {len(inc):,} incidents (CSV)", exporting.incidents_csv(data.with_details(inc, ctx.path, ctx.fp)),
                   file_name="arahan-incidents.csv", mime="text/csv", key="exp_incidents")
