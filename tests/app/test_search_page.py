"""The Search page under Streamlit's AppTest: results with highlighted snippets, facets that narrow, bad queries, the reader at the hit."""

from __future__ import annotations

import re

from tests.app.conftest import texts


def _results(at) -> list[str]:
    return [m.value for m in at.markdown if 'class="search-result"' in m.value]


def test_search_lists_highlighted_matches_and_facets_narrow(run_page, store_path):
    at = run_page("search", store_path, {"q": '"study tour"'})
    assert not at.exception, [e.value for e in at.exception]
    found = _results(at)
    assert found and all("<mark" in r and "study tour</mark>" in r.lower() for r in found)
    everything = int(next(m.value for m in at.markdown if "article(s) match" in m.value).split("**")[1].replace(",", ""))
    outlets = at.multiselect(key="search_facet_outlet")
    assert outlets.options
    first, count = outlets.options[0].rsplit(" (", 1)  # the options read "radarkota.id (8)"
    outlets.select(first).run()
    narrowed = int(next(m.value for m in at.markdown if "article(s) match" in m.value).split("**")[1].replace(",", ""))
    assert narrowed == int(count.rstrip(")")) < everything


def test_a_bad_query_is_a_warning_not_a_traceback(run_page, store_path):
    at = run_page("search", store_path, {"q": '"study tour'})
    assert not at.exception
    assert at.warning and "unbalanced quote" in at.warning[0].value


def test_hostile_titles_stay_text(run_page, store_path):
    at = run_page("search", store_path, {"q": "netralitas"})
    shown = "\n".join(_results(at))
    assert "<script>" not in shown


def test_reader_opens_at_the_hit(run_page, store_path):
    at = run_page("search", store_path, {"q": "satgas"})
    doc = re.search(r"· #(\d+)</div>", _results(at)[0]).group(1)
    at = run_page("reader", store_path, {"doc": doc, "q": "satgas"})
    assert not at.exception
    page = texts(at)
    assert 'id="hit-1"' in page and "jump to the first" in page


def test_watchlists_page_shows_recent_matches(run_page, tmp_path):
    from arahan.store.database import Store
    from arahan.extract.graph.build import update_graph
    from arahan.extract.watch import Watchlist, add, run
    from tests.research.conftest import store_articles

    path = tmp_path / "arahan.db"
    with Store.open(path) as store:
        store_articles(store)
        update_graph(store)
        add(store, "jatim", Watchlist(region="Jawa Timur"))
        assert len(run(store, "jatim")) == 2
    at = run_page("watchlists", str(path))
    assert not at.exception, [e.value for e in at.exception]
    page = texts(at)
    assert "jatim" in page and "in Jawa Timur and below" in page
    assert page.count('class="watch-item"') == 2 and "Eri Cahyadi" in page
