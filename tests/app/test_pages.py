"""Every page of the explorer under Streamlit's AppTest: data, filters, empty / corrupt / missing stores, escaping."""

from __future__ import annotations

import re

import pytest

from tests.app.conftest import PAGES, texts

HOSTILE = "<script>alert(1)</script>"


def _no_exception(at) -> None:
    assert not at.exception, [e.value for e in at.exception]


@pytest.mark.parametrize("page", PAGES)
def test_page_renders_on_a_store(run_page, store_path, page):
    at = run_page(page, store_path)
    _no_exception(at)
    assert not at.error
    assert at.title  # the page got past the store checks


@pytest.mark.parametrize("page", PAGES)
def test_empty_store_explains_how_to_fill_it(run_page, empty_store, page):
    at = run_page(page, empty_store)
    _no_exception(at)
    shown = texts(at)
    assert "The store is empty" in shown
    assert "arahan import corpus/demo" in shown


@pytest.mark.parametrize("page", PAGES)
def test_corrupt_store_gets_a_clear_message(run_page, corrupt_store, page):
    at = run_page(page, corrupt_store)
    _no_exception(at)
    assert at.error and "cannot be opened" in at.error[0].value
    assert "corrupt" in at.error[0].value


def test_missing_store_gets_a_clear_message(run_page, tmp_path):
    at = run_page("overview", str(tmp_path / "nowhere.db"))
    _no_exception(at)
    assert at.error and "no store here" in at.error[0].value


def _metric(at, label: str) -> int:
    return int(next(m.value for m in at.metric if m.label == label).replace(",", ""))


def test_overview_filters_change_the_figures(run_page, store_path):
    at = run_page("overview", store_path)
    everything = _metric(at, "Incidents")
    assert everything > 100
    at.multiselect(key="flt_types").select("policy").run()
    only_policy = _metric(at, "Incidents")
    assert 0 < only_policy < everything
    at.slider(key="flt_min_confidence").set_value(0.9).run()
    assert _metric(at, "Incidents") < only_policy
    assert "Last ingestion run" in texts(at) and at.dataframe  # the run and its failure table


def test_filters_follow_the_user_across_pages(run_page, store_path):
    at = run_page("incidents", store_path)
    at.multiselect(key="flt_types").select("oversight").run()
    saved = at.session_state["_filters"]
    assert saved["types"] == ["oversight"]


def test_incidents_search_and_table(run_page, store_path):
    at = run_page("incidents", store_path)
    rows = len(at.dataframe[0].value)
    at.text_input(key="inc_search").input("Bojonegoro").run()
    found = at.dataframe[0].value
    assert 0 < len(found) < rows
    assert all("Bojonegoro" in r for r in found["Region"])
    at.multiselect(key="flt_provinces").select("Provinsi Bali").run()
    assert len(at.dataframe[0].value) == 0  # Bojonegoro is in East Java


def _drawn(at) -> tuple[int, int]:
    m = re.search(r"(\d+) nodes and (\d+) relationships drawn", texts(at))
    assert m, texts(at)
    return int(m.group(1)), int(m.group(2))


def test_graph_search_expand_hide_undo_and_evidence(run_page, store_path):
    at = run_page("graph", store_path)
    nodes, _ = _drawn(at)
    assert nodes > 1  # starts from the most active issuer
    at.text_input(key="g_search_text").input("Bupati").run()
    picked = at.selectbox(key="g_search_pick")
    assert "Office" in picked.format_func(picked.value) or "Person" in picked.format_func(picked.value)
    at.button(key="g_show").click().run()
    office_nodes, _ = _drawn(at)
    assert office_nodes >= 2
    # Expand a neighbour: more nodes are drawn; undo takes them away again.
    neighbour = next(n for n in at.session_state["graph_export_nodes"] if n.startswith("person:"))
    at.selectbox(key="g_node_pick").select(neighbour).run()
    at.button(key="g_expand").click().run()
    expanded, _ = _drawn(at)
    assert expanded > office_nodes
    at.button(key="g_hide").click().run()
    assert _drawn(at)[0] < expanded
    at.button(key="g_undo").click().run()
    assert _drawn(at)[0] == expanded
    # Evidence of a relationship: highlighted sentence, outlet and link.
    at.button(key="g_evidence").click().run()
    shown = texts(at)
    assert "Evidence" in shown and "<mark" in shown and "source</a>" in shown
    assert "found by" in shown and "confidence" in shown  # the evidence record's extractor and confidence


def test_graph_node_type_filter_changes_the_drawing(run_page, store_path):
    at = run_page("graph", store_path)
    before, _ = _drawn(at)
    assert "graph-legend" in texts(at) and "●</span> directive<" in texts(at)  # the schema's names and colours
    at.multiselect(key="g_node_types").set_value(["Person", "Office", "Region"]).run()
    after, _ = _drawn(at)
    assert after < before  # the issuer's Directive nodes are gone
    assert "●</span> directive<" not in texts(at) and "●</span> official<" in texts(at)


def test_graph_filters_cut_directives(run_page, store_path):
    at = run_page("graph", store_path)
    before, _ = _drawn(at)
    at.slider(key="flt_min_confidence").set_value(0.95).run()
    assert _drawn(at)[0] < before


def test_graph_shortest_path(run_page, store_path):
    at = run_page("graph", store_path)
    at.text_input(key="g_path_a_text").input("Kabupaten Bojonegoro").run()
    at.text_input(key="g_path_b_text").input("UU 20/2023").run()
    at.button(key="g_path_go").click().run()
    shown = texts(at)
    assert "→" in shown and "Kabupaten Bojonegoro" in shown and "UU 20/2023" in shown
    at.button(key="g_path_draw").click().run()
    assert _drawn(at)[0] >= 3
    # The path search follows only the relations the page lets in (the CLI's filter).
    at.multiselect(key="g_edge_types").set_value(["HOLDS", "OF"]).run()
    at.button(key="g_path_go").click().run()
    assert "not connected through the relations the filters allow" in texts(at)


def test_map_levels_and_filters(run_page, store_path):
    at = run_page("map", store_path)
    assert at.get("arrow_vega_lite_chart") or at.get("vega_lite_chart")
    n_regions = len(at.dataframe[0].value)
    assert n_regions > 10
    at.radio(key="map_level").set_value("Province").run()
    assert 3 < len(at.dataframe[0].value) < n_regions
    at.multiselect(key="flt_provinces").select("Provinsi Jawa Timur").run()
    assert len(at.dataframe[0].value) == 1


def test_profiles_of_an_official_a_region_and_an_organization(run_page, store_path):
    at = run_page("profiles", store_path)
    assert "Offices held" in texts(at)
    at.radio(key="prof_kind").set_value("Region").run()
    at.selectbox(key="prof_pick_Region").select("region:35.22").run()
    assert "Kabupaten Bojonegoro" in texts(at)
    assert "Who issued what, when" in texts(at)
    # The region's issuers as `arahan graph top --region` ranks them (counts, first and last date, types).
    who = next(df.value for df in at.dataframe if "types" in df.value.columns)
    assert len(who) and who["directives"].is_monotonic_decreasing and who["first"].notna().all()
    at.radio(key="prof_kind").set_value("Organization").run()
    _no_exception(at)
    assert "directive(s) issued" in texts(at)


def test_reader_highlights_and_escapes_a_hostile_title(run_page, store_path):
    at = run_page("reader", store_path, query_params={"doc": "1"})
    html = [m.value for m in at.markdown if m.allow_html]
    assert any("&lt;script&gt;alert(1)&lt;/script&gt;" in h for h in html)
    assert not any(HOSTILE in h for h in html)
    assert any('class="ent"' in h for h in html) and any('class="directive"' in h for h in html)


def test_hostile_names_are_escaped_everywhere(run_page, store_path):
    for page in ("graph", "profiles", "incidents", "overview"):
        at = run_page(page, store_path)
        for m in at.markdown:
            if m.allow_html:
                assert "<script>" not in m.value and "<img src=x" not in m.value, (page, m.value)


def test_export_page_prepares_a_download(run_page, store_path):
    at = run_page("export", store_path)
    at.selectbox(key="exp_format").set_value("GraphML").run()
    at.button(key="exp_prepare").click().run()
    _no_exception(at)
    assert at.session_state["exp_file"][1] == "arahan-subgraph.graphml"
    assert at.session_state["exp_file"][0].startswith(b"<?xml")


@pytest.mark.parametrize("page", PAGES)
def test_page_renders_on_the_demo_store(run_page, demo_store, page):
    """The bundled demo corpus through the real import, extraction and graph build."""
    at = run_page(page, demo_store)
    _no_exception(at)
    assert not at.error
