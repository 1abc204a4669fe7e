"""Map: kabupaten/kota and provinces by directive count, as bubbles at their centroids.

Drawn with Vega-Lite (Altair) in a Mercator projection, with no tile server: the grey dots
are every known region centroid, which is enough to read Indonesia's shape offline.
Click a bubble to list that region's incidents.
"""

import altair as alt
import streamlit as st

from arahan.app import filters, profiles, ui

ctx = ui.page("Map")
inc = ctx.incidents
regions = ctx.bundle.regions.dropna(subset=["lat", "lng"])

level = st.radio("Level", ["Kabupaten / kota", "Province"], horizontal=True, key="map_level")
by_province = level == "Province"
key_col = "province_code" if by_province else "region_code"
counts = inc.dropna(subset=[key_col]).groupby(key_col).agg(
    directives=("id", "size"), sources=("sources", "sum"),
    top_type=("type", lambda t: t.value_counts().index[0])).reset_index().rename(columns={key_col: "code"})
points = counts.merge(regions[["code", "name", "lat", "lng"]], on="code", how="inner")
missing = len(counts) - len(points)
st.caption(filters.describe(ctx.filters, len(inc), len(ctx.bundle.incidents))
           + f" · {len(points)} {'provinces' if by_province else 'kabupaten/kota'} on the map"
           + (f" · {missing} without known coordinates" if missing else ""))

if regions.empty:
    st.warning("No region centroids are known in this store, so there is nothing to place on a map.")
    st.stop()

background = alt.Chart(regions[regions["level"] == ("provinsi" if by_province else "kabupaten/kota")]).mark_circle(
    size=10, color="#c9c9c9", opacity=0.7).encode(longitude="lng:Q", latitude="lat:Q", tooltip=["name:N"])
pick = alt.selection_point(fields=["code"], name="region_pick")
bubbles = alt.Chart(points).mark_circle(opacity=0.75, stroke="white", strokeWidth=0.8).encode(
    longitude="lng:Q", latitude="lat:Q",
    size=alt.Size("directives:Q", scale=alt.Scale(range=[40, 1800]), title="directives"),
    color=alt.Color("top_type:N", title="most frequent type"),
    tooltip=[alt.Tooltip("name:N", title="region"), "directives:Q", alt.Tooltip("sources:Q", title="reports"),
             alt.Tooltip("top_type:N", title="most frequent type")],
).add_params(pick)
chart = (background + bubbles).project(type="mercator").properties(height=520)
state = st.altair_chart(chart, on_select="rerun", selection_mode="region_pick", key="map_chart")

chosen = []
try:
    chosen = [p.get("code") for p in state.selection.get("region_pick", []) if p.get("code")]
except AttributeError:
    chosen = []
left, right = st.columns([2, 3])
with left:
    st.subheader("Directive counts")
    table = points.sort_values("directives", ascending=False)[["name", "directives", "sources", "top_type"]]
    st.dataframe(table.rename(columns={"name": "Region", "directives": "Directives", "sources": "Reports",
                                       "top_type": "Most frequent type"}), hide_index=True, height=360,
                 key="map_table")
with right:
    if chosen:
        names = points.set_index("code").reindex(chosen)["name"].dropna().tolist()
        st.subheader("Incidents in " + ", ".join(names))
        profiles.incident_table(inc[inc[key_col].isin(chosen)], key="map_incidents", height=360)
    else:
        st.caption("Click a bubble to list the region's incidents here.")
