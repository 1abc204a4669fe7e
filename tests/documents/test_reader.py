"""The app's article reader shows a document's kind, its page count and where each page starts."""

from __future__ import annotations

from pathlib import Path

import docfixtures
from streamlit.testing.v1 import AppTest

from arahan.corpus.batch import import_paths
from arahan.corpus.engine import LocalEngine
from arahan.store.database import Store
from arahan.extract.pipeline import extract_stored

READER = Path(__file__).resolve().parents[2] / "app" / "views" / "reader.py"


def test_reader_shows_pages_of_a_pdf(tmp_path, monkeypatch):
    (tmp_path / "se.pdf").write_bytes(docfixtures.se_pdf())
    db = tmp_path / "arahan.db"
    with Store.open(db) as store:
        import_paths(store, [str(tmp_path / "se.pdf")], LocalEngine())
        doc = next(store.documents())
        extract_stored(store, doc)
    monkeypatch.setenv("ARAHAN_DB", str(db))
    at = AppTest.from_file(str(READER), default_timeout=60)
    at.query_params["doc"] = str(doc["id"])
    at.run()
    assert not at.exception
    html = "\n".join(m.value for m in at.markdown if m.allow_html)
    assert "PDF, 2 pages" in html
    assert ">page 1<" in html and ">page 2<" in html
    assert html.index(">page 2<") < html.index("yang terbukti melanggar")
    assert "sanksi" in html and "· page 2" in html  # the sanction warning (point 3) is on page 2
