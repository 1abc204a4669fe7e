"""Profiles: an official (offices over time, directives, regions), a region (who issued what, when), an organization."""

import streamlit as st

from arahan.app import data, profiles, ui
from arahan.store import reads

ctx = ui.page("Profiles")

KINDS = {"Official": "Person", "Region": "Region", "Organization": "Organization", "Office": "Office", "Law": "Law"}


@st.cache_data(max_entries=8, show_spinner=False)
def _choices(path: str, fp: tuple, node_type: str) -> dict[str, str]:
    with data.open_store(path) as store:
        found = reads.nodes(store, types=[node_type], with_attrs=False)
    return {n["id"]: n["label"] for n in sorted(found, key=lambda n: n["label"])}


wanted = st.query_params.get("node")
kind = st.radio("Profile of", list(KINDS), horizontal=True, key="prof_kind")
choices = _choices(ctx.path, ctx.fp, KINDS[kind])
if wanted and wanted not in choices:
    wanted = None
if not choices:
    st.info(f"No {kind.lower()} in this store yet"
            + ("" if ctx.bundle.has_graph else " (the entity graph has not been built: run `arahan graph build`)") + ".")
    st.stop()
ids = list(choices)
node_id = st.selectbox(kind, ids, index=ids.index(wanted) if wanted else 0, format_func=choices.get,
                       key=f"prof_pick_{kind}", help="Type to search")
profiles.panel(ctx.path, node_id, ctx.incidents, key="prof")
