"""A story that reports an SE and the SE itself share one instrument node; evidence says its page."""

from __future__ import annotations

import docfixtures

from arahan.corpus.batch import import_paths
from arahan.corpus.engine import LocalEngine
from arahan.extract.graph.build import load_graph, update_graph
from arahan.extract.pipeline import extract_stored

NEWS = ("Bupati Malang Sanusi menerbitkan Surat Edaran Bupati Nomor 800/1234/2024 tentang netralitas ASN. "
        "Dalam SE itu, ASN dilarang memberikan dukungan kepada pasangan calon, kata Sanusi di Kepanjen, "
        "Selasa (13/8/2024).")


def test_story_and_circular_meet_at_one_instrument_node(tmp_path, store):
    (tmp_path / "se.pdf").write_bytes(docfixtures.se_pdf())
    (tmp_path / "berita.txt").write_text("Bupati Malang Terbitkan SE Netralitas ASN\n" + NEWS, encoding="utf-8")
    summary = import_paths(store, [str(tmp_path)], LocalEngine())
    assert summary.counts["extracted"] == 2, store.failures()
    docs = {d["canonical_url"].rsplit("/", 1)[-1]: d for d in store.documents()}
    for doc in docs.values():
        extract_stored(store, doc)
    letter_id, news_id = docs["se.pdf"]["id"], docs["berita.txt"]["id"]
    # evidence on a PDF says its page: point 3 (the sanction warning) is on page 2
    warning = next(d for d in store.directives(letter_id) if d["type"] == "sanction_warning")
    assert warning["attrs"]["page"] == 2 and warning["attrs"]["instrument_key"] == "se:800/1234/2024"
    assert store.extraction(letter_id)["result"]["letter"]["evidence"]["page"] == 1

    update_graph(store, full=True)
    G = load_graph(store)
    node = "law:se-800-1234-2024"
    assert G.nodes[node]["type"] == "Law" and G.nodes[node]["document_id"] == letter_id
    citing_docs = set()
    for directive, _, data in G.in_edges(node, data=True):
        for _, article, e in G.out_edges(directive, data=True):
            if e["type"] == "REPORTED_BY":
                citing_docs.add(G.nodes[article]["document_id"])
    assert citing_docs == {letter_id, news_id}


def test_law_profile_opens_the_instrument_itself(tmp_path, store, monkeypatch):
    from pathlib import Path

    from streamlit.testing.v1 import AppTest

    (tmp_path / "se.pdf").write_bytes(docfixtures.se_pdf())
    (tmp_path / "berita.txt").write_text("Bupati Malang Terbitkan SE Netralitas ASN\n" + NEWS, encoding="utf-8")
    import_paths(store, [str(tmp_path)], LocalEngine())
    for doc in list(store.documents()):
        extract_stored(store, doc)
    update_graph(store, full=True)
    letter_id = next(d["id"] for d in store.documents() if d["canonical_url"].endswith("se.pdf"))
    monkeypatch.setenv("ARAHAN_DB", str(store.path))
    view = Path(__file__).resolve().parents[2] / "app" / "views" / "profiles.py"
    at = AppTest.from_file(str(view), default_timeout=60)
    at.query_params["node"] = "law:se-800-1234-2024"
    at.run()
    at.radio(key="prof_kind").set_value("Law").run()
    assert not at.exception
    shown = " ".join(c.value for c in at.caption) + " ".join(m.value for m in at.markdown)
    assert f"article #{letter_id}" in shown and "directive(s) involving it" in shown
