"""The explorer's parts outside Streamlit: escaping, highlighting, exports, the store fingerprint, `arahan app`."""

from __future__ import annotations

import io
import json
import time
import xml.etree.ElementTree as ET
import zipfile

import networkx as nx
import pytest
from typer.testing import CliRunner

from arahan.app import data, exporting
from arahan.app.fixtures import generate_store
from arahan.app.safe import component_text, esc, highlight_passage, render_annotated, safe_link
from arahan.cli import app as cli
from arahan.store import reads
from arahan.store.database import Store
from tests.app.conftest import app_answers

HOSTILE = "<script>alert(1)</script>"


def test_escaping_helpers():
    assert esc(HOSTILE) == "&lt;script&gt;alert(1)&lt;/script&gt;"
    assert esc(None) == ""
    assert component_text('Pj Bupati "Adriyanto" <b>') == 'Pj Bupati "Adriyanto" &lt;b&gt;'
    assert safe_link("javascript:alert(1)", "source") == "source"
    assert safe_link('https://x.id/a?b="1"', HOSTILE).startswith('<a href="https://x.id/a?b=&quot;1&quot;"')
    assert HOSTILE not in safe_link("https://x.id", HOSTILE)


def test_passage_marks_the_sentence_and_the_cue():
    text = "BOJONEGORO – Pengantar. Pj Bupati melarang ASN <ikut> kampanye. Penutup."
    start = text.index("Pj Bupati")
    end = text.index(" Penutup")
    cue = text.index("melarang")
    out = highlight_passage(text, start, end, cue, cue + len("melarang"), sentence=text[start:end])
    assert '<mark style="' in out and "<b><u>melarang</u></b>" in out
    assert "&lt;ikut&gt;" in out and "<ikut>" not in out
    # Stale offsets: the sentence is found again in the text.
    moved = highlight_passage("Awal. " + text, start, end, sentence=text[start:end])
    assert "Pj Bupati melarang" in moved.split("<mark")[1]


def test_annotated_text_stays_well_formed_with_overlaps():
    text = "Wali Kota <Malang> melarang study tour. Lainnya."
    ents = [{"start": 0, "end": 18, "label": "PEJABAT", "kind": "official"},
            {"start": 10, "end": 18, "label": "WILAYAH", "kind": "region"}]
    sents = [{"start": 5, "end": 39, "label": "prohibition"}]
    out = render_annotated(text, ents, sents)
    ET.fromstring(out.replace("<br>", "<br/>"))  # parses: every tag is closed
    assert "&lt;Malang&gt;" in out and "<Malang>" not in out
    assert out.count('class="directive"') >= 1 and "prohibition" in out


@pytest.fixture(scope="module")
def small_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("small") / "arahan.db"
    generate_store(path, directives=40, seed=5)
    return str(path)


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json", "zip"])
def test_subgraph_exports_read_back(small_store, fmt):
    with Store.open(small_store, readonly=True) as store:
        seeds = [i["id"] for i in reads.incidents(store)[:5]]
        g = exporting.subgraph(store, seeds, with_neighbours=True)
    assert g.number_of_nodes() > len(seeds) and g.number_of_edges() > 0
    payload = exporting.serialise(g, fmt)
    if fmt == "graphml":
        back = nx.read_graphml(io.BytesIO(payload))
    elif fmt == "gexf":
        back = nx.read_gexf(io.BytesIO(payload))
    elif fmt == "json":
        back = nx.node_link_graph(json.loads(payload), edges="edges")
    else:
        with zipfile.ZipFile(io.BytesIO(payload)) as zf:
            assert {"nodes.csv", "edges.csv"} <= set(zf.namelist())
            assert zf.read("nodes.csv").decode().count("\n") == g.number_of_nodes() + 1
        return
    assert back.number_of_nodes() == g.number_of_nodes()
    types = {d.get("type") for _, d in back.nodes(data=True)}
    assert {"Directive", "Region", "Article"} <= types


def test_fingerprint_changes_when_the_store_is_written(tmp_path):
    path = str(tmp_path / "a.db")
    generate_store(path, directives=5, seed=1, build_graph=False)
    before = data.fingerprint(path)
    with Store.open(path) as store:
        store.upsert_document({"canonical_url": "https://kabarjatim.id/berita/baru", "title": "Baru", "text": "Teks."})
    assert data.fingerprint(path) != before


def test_store_without_graph_still_lists_directives(tmp_path, run_page):
    path = str(tmp_path / "nograph.db")
    generate_store(path, directives=20, seed=2, build_graph=False)
    at = run_page("incidents", path)
    assert not at.exception and len(at.dataframe[0].value) >= 20
    at = run_page("graph", path)
    assert not at.exception and "has not been built" in at.info[0].value


def test_arahan_app_refuses_a_missing_or_corrupt_store(tmp_path):
    runner = CliRunner()
    missing = runner.invoke(cli, ["app", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 3 and "no store here" in missing.output
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"garbage" * 500)
    corrupt = runner.invoke(cli, ["app", "--db", str(bad)])
    assert corrupt.exit_code == 3 and "corrupt" in corrupt.output
    assert "Traceback" not in missing.output + corrupt.output


def test_stopping_arahan_app_stops_its_server(empty_store, launch_app):
    """SIGTERM to `arahan app` (a service manager, a test harness) must not leave Streamlit running."""
    proc, url = launch_app(empty_store)
    assert app_answers(url)
    proc.terminate()
    proc.wait(timeout=30)
    deadline = time.time() + 10
    while app_answers(url) and time.time() < deadline:
        time.sleep(0.3)
    assert not app_answers(url)


def test_arahan_app_help_teaches():
    result = CliRunner().invoke(cli, ["app", "--help"])
    assert result.exit_code == 0
    assert "--port" in result.output and "read-only" in result.output
