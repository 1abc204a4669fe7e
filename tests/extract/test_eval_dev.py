"""The figures the extraction must reach on the real gold articles in ../shared/eval/dev."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from arahan.cli import app

DEV = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "dev"
TARGETS = {"officials": 0.90, "regions": 0.95, "organizations": 0.75, "directives_type": 0.80}


@pytest.mark.skipif(not DEV.is_dir(), reason="../shared/eval/dev is not available")
def test_dev_figures():
    res = CliRunner().invoke(app, ["eval", "--gold", str(DEV), "--json"])
    assert res.exit_code == 0, res.output
    figures = json.loads(res.output[res.output.index("{"):])
    for key, floor in TARGETS.items():
        assert figures[key]["f1"] >= floor, (key, figures[key])
    assert figures["date_accuracy"] >= 0.85
    assert figures["targets_jaccard"] >= 0.70
    assert figures["title_accuracy"] >= 0.95
    assert figures["region_accuracy"] >= 0.95
