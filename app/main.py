"""Entry point of the Streamlit explorer: `streamlit run app/main.py` (see `arahan app`).

Declares the pages; each page file opens the store itself (arahan.app.ui.page), so a page also
runs on its own, which is how the tests drive them.
"""

import streamlit as st

st.set_page_config(page_title="Arahan", layout="wide")

PAGES = [
    # The default page is served at "/", not at its url_path: a hidden one sends "/" on to
    # /overview, so /overview (like /graph ...) is a real address and not "Page not found".
    st.Page("views/home.py", title="Arahan", url_path="home", default=True, visibility="hidden"),
    st.Page("views/overview.py", title="Overview", url_path="overview"),
    st.Page("views/graph.py", title="Graph", url_path="graph"),
    st.Page("views/map.py", title="Map", url_path="map"),
    st.Page("views/incidents.py", title="Incidents", url_path="incidents"),
    st.Page("views/profiles.py", title="Profiles", url_path="profiles"),
    st.Page("views/search.py", title="Search", url_path="search"),
    st.Page("views/watchlists.py", title="Watchlists", url_path="watchlists"),
    st.Page("views/reader.py", title="Article reader", url_path="reader"),
    st.Page("views/export.py", title="Export", url_path="export"),
]

st.navigation(PAGES).run()
