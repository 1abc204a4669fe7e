"""Search: the words of every stored article, with highlighted snippets, facets, and links into the reader."""

import streamlit as st

from arahan.app import data, ui
from arahan.app.filters import TYPE_NAMES
from arahan.app.safe import esc, snippet_html
from arahan.corpus.search import Filters, QueryError, StemmerMissing, resolve_regions, search

ctx = ui.page("Search", with_filters=False)
PAGE_SIZE = 20

query = st.text_input("Search the articles", value=st.query_params.get("q", ""), key="search_q",
                      placeholder='fogging · "kawasan tanpa rokok" NOT vape · larang* · (rokok OR vape) sekolah')
stem = st.checkbox("Fold affixes (melarang also finds larangan)", key="search_stem",
                   value=st.query_params.get("stem") == "1")
st.caption('Words, "phrases", prefix*, AND / OR / NOT and (groups); case and accents do not matter.')
if not query.strip():
    st.info("Type a word to search the text of every stored article.")
    st.stop()


def _run(filters: Filters):
    with data.open_store(ctx.path) as store:
        return search(store, query, stem=stem, filters=filters, limit=PAGE_SIZE)


try:
    unfiltered = _run(Filters())
except QueryError as exc:
    st.warning(f"This search cannot run: {exc}")
    st.stop()
except StemmerMissing as exc:
    st.warning(str(exc))
    st.stop()

facets = unfiltered.facets
with st.sidebar:
    st.subheader("Narrow the matches")

    def pick(name: str, label: str, fmt=lambda v: v) -> list[str]:
        counts = facets.get(name) or {}
        return st.multiselect(label, list(counts), key=f"search_facet_{name}",
                              format_func=lambda v: f"{fmt(v)} ({counts.get(v, 0)})")

    outlets = pick("outlet", "Outlet")
    provinces = pick("province", "Province")
    kabupaten = pick("kabupaten", "Kabupaten / kota")
    types = pick("type", "Directive type", lambda v: TYPE_NAMES.get(v, v))
    issuers = pick("issuer", "Issuer")
    months = pick("month", "Month")

filters = Filters(outlets=outlets, types=types, issuers=issuers,
                  regions=[c for name in provinces + kabupaten for c in resolve_regions(name)])
if months:  # the months picked span one period: from the first to the end of the last
    filters.since, filters.until = min(months) + "-01", max(months) + "-31"
result = unfiltered if filters == Filters() else _run(filters)

if stem and result.unstemmed:
    st.caption(f"{result.unstemmed:,} article(s) are not in the affix-folded index yet; "
               "`arahan search --stem` or `arahan update` adds them (this page only reads the store).")
st.markdown(f"**{result.total:,}** article(s) match" + (" (affixes folded)" if stem else "")
            + (f"; the best {len(result.hits)} are listed." if result.total > len(result.hits) else "."))
if result.order == "recent":
    st.caption("Too many matches to rank by relevance: the most recently stored come first. "
               "Narrow the query or pick facets to rank them.")
if result.facets_over:
    st.caption(f"The facet counts are over the {result.facets_over:,} most recently stored matches.")
for rank, hit in enumerate(result.hits, 1):
    with st.container(border=True):
        ui.html(f'<div class="search-result"><b>{esc(hit["title"] or "(untitled)")}</b>'
                f'<div style="color:#555;font-size:0.9em">{esc(hit["outlet"] or "")} · '
                f'{esc((hit["published"] or "")[:10])} · #{int(hit["id"])}</div>'
                f'<div class="search-snippet">{snippet_html(hit["snippet"])}</div></div>')
        params = {"doc": str(int(hit["id"])), "q": query, **({"stem": "1"} if stem else {})}
        try:
            st.page_link("views/reader.py", label="Open in the reader at the hit", query_params=params)
        except Exception:  # the page runs on its own (tests): no navigation to link into
            st.caption(f"Reader: article #{int(hit['id'])}")
