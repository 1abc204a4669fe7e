"""`arahan eval` on the document gold (text PDFs and .docx; the committed set in corpus/demo_documents adds scans)."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from arahan.cli import app


def test_eval_on_document_gold_meets_the_figures(docs):
    out = CliRunner().invoke(app, ["eval", "--gold", str(docs / "gold.jsonl"), "--json"])
    assert out.exit_code == 0, out.output
    summary = json.loads(out.output[out.output.index("{"):])
    assert summary["documents"] == 4
    letter = summary["letter_accuracy"]
    assert min(letter["instrument_type"], letter["number"], letter["date"], letter["issuer"]) >= 0.95
    assert summary["directives_type"]["f1"] >= 0.85 and summary["directives_issuer"]["f1"] >= 0.95
