"""Overview: corpus size, directives over time, by province and regency, the last ingestion run."""

import altair as alt
import pandas as pd
import streamlit as st

from arahan.app import filters, ui

ctx = ui.page("Overview")
b = ctx.bundle
inc = ctx.incidents

cols = st.columns(6)
cols[0].metric("Articles", f"{b.counts['documents']:,}")
cols[1].metric("Outlets", f"{b.counts['outlets']:,}")
cols[2].metric("Incidents", f"{len(inc):,}", help=filters.describe(ctx.filters, len(inc), len(b.incidents)))
cols[3].metric("Directive reports", f"{int(inc['sources'].sum()):,}")
cols[4].metric("Officials", f"{b.counts.get('nodes_Person', 0):,}")
cols[5].metric("Regions with directives", f"{inc['region'].nunique():,}")
st.caption(filters.describe(ctx.filters, len(inc), len(b.incidents))
           + ("" if b.has_graph else " · the graph is not built yet: each extracted directive counts as one incident"))

if inc.empty:
    st.info("No incident matches the filters. Widen the date range or clear some filters in the sidebar.")
else:
    st.subheader("Directives over time")
    weekly = (inc.dropna(subset=["date"]).assign(week=lambda d: d["date"].dt.to_period("W").dt.start_time)
              .groupby(["week", "type"]).size().reset_index(name="directives"))
    st.altair_chart(
        alt.Chart(weekly).mark_bar().encode(
            x=alt.X("week:T", title="week"), y=alt.Y("directives:Q", stack=True),
            color=alt.Color("type:N", title="type"), tooltip=["week:T", "type:N", "directives:Q"],
        ).properties(height=260),
        key="overview_weekly",
    )
    left, right = st.columns(2)
    for col, field, title in ((left, "province", "By province"), (right, "region", "By kabupaten / kota (top 15)")):
        counts = inc.groupby([field, "type"]).size().reset_index(name="directives")
        top = inc[field].value_counts().head(15).index
        with col:
            st.subheader(title)
            st.altair_chart(
                alt.Chart(counts[counts[field].isin(top)]).mark_bar().encode(
                    y=alt.Y(f"{field}:N", sort="-x", title=None,
                            axis=alt.Axis(labelLimit=240, labelOverlap=False)),
                    x=alt.X("directives:Q", stack=True),
                    color=alt.Color("type:N", legend=None), tooltip=[f"{field}:N", "type:N", "directives:Q"],
                ).properties(height=max(160, 26 * len(top))),
                key=f"overview_{field}",
            )

st.subheader("Last ingestion run")
if not b.runs:
    st.caption("No run recorded in this store.")
else:
    run = b.runs[0]
    counts = ", ".join(f"{k}: {v}" for k, v in (run.get("counts") or {}).items())
    st.markdown(f"`{run['command']}` · started {run['started']} · ended {run.get('ended') or '—'} · "
                f"**{run['status']}** · {counts or 'no counts'}")
    if b.failures:
        st.markdown(f"**{len(b.failures)} failure(s)**")
        st.dataframe(pd.DataFrame(b.failures)[["target", "stage", "reason", "at"]], hide_index=True,
                     key="overview_failures")
    else:
        st.caption("No failures in that run.")
