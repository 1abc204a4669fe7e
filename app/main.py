"""Entry point of the Streamlit explorer: `streamlit run app/main.py` (see `arahan app`).

Declares the pages; each page file opens the store itself (app.ui.page), so a page also
runs on its own, which is how the tests drive them.
"""

import streamlit as st

st.set_page_config(page_title="Arahan", page_icon="🧭", layout="wide")

PAGES = [
    st.Page("pages/overview.py", title="Overview", icon="📊", url_path="overview", default=True),
    st.Page("pages/graph.py", title="Graph", icon="🕸️", url_path="graph"),
    st.Page("pages/map.py", title="Map", icon="🗺️", url_path="map"),
    st.Page("pages/incidents.py", title="Incidents", icon="📋", url_path="incidents"),
    st.Page("pages/profiles.py", title="Profiles", icon="👤", url_path="profiles"),
    st.Page("pages/reader.py", title="Article reader", icon="📰", url_path="reader"),
    st.Page("pages/export.py", title="Export", icon="📦", url_path="export"),
]

st.navigation(PAGES).run()
