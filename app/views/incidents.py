"""Incidents: a searchable, sortable table of directives; selecting a row opens its evidence."""

import streamlit as st

from arahan.app import data, evidence, exporting, filters, ui
from arahan.app.profiles import TABLE_COLUMNS
from arahan.app.safe import esc

ctx = ui.page("Incidents")
inc = data.with_details(ctx.incidents, ctx.path, ctx.fp)

query = st.text_input("Search", key="inc_search", placeholder="issuer, target group, region, outlet or summary")
if query.strip():
    needle = query.strip().lower()
    haystack = (inc["issuer"].fillna("") + " | " + inc["targets_text"] + " | " + inc["region"].fillna("") + " | "
                + inc["outlets"].fillna("") + " | " + inc["summary"].fillna("") + " | " + inc["label"].fillna(""))
    inc = inc[haystack.str.lower().str.contains(needle, regex=False)]
st.caption(filters.describe(ctx.filters, len(inc), len(ctx.bundle.incidents))
           + (f" and the search “{query.strip()}”" if query.strip() else "")
           + " · click a column header to sort, select a row to read its evidence")

columns = {**TABLE_COLUMNS, "outlets": "Outlets"}
shown = inc[list(columns)].rename(columns=columns)
picked = st.dataframe(
    shown, hide_index=True, height=420, key="inc_table", on_select="rerun", selection_mode="single-row",
    column_config={"Date": st.column_config.DateColumn(format="YYYY-MM-DD"),
                   "Confidence": st.column_config.NumberColumn(format="%.2f"),
                   "Sources": st.column_config.NumberColumn(help="Outlets that reported this directive")},
)
st.download_button("Download this table (CSV)", exporting.csv_bytes(shown),
                   file_name="arahan-incidents.csv", mime="text/csv", key="inc_csv")

rows = picked.selection.rows if picked is not None and hasattr(picked, "selection") else []
if rows and rows[0] < len(inc):
    row = inc.iloc[rows[0]]
    st.markdown(f"### {esc(row['issuer'] or 'Unknown issuer')}: {filters.TYPE_NAMES.get(row['type'], row['type'])}")
    evidence.incident_panel(ctx.path, row["id"])
