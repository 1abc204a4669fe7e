"""`arahan models info` through Typer's CliRunner, with the committed pipeline."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from arahan.cli import app

runner = CliRunner()


def test_models_info_prints_pipeline_scores_and_licences():
    result = runner.invoke(app, ["models", "info"])
    assert result.exit_code == 0, result.output
    assert "id_arahan_news" in result.output
    assert "ner" in result.output and "parser" in result.output
    assert "ner_idner_test" in result.output
    assert "CC BY-NC-SA 3.0" in result.output


def test_models_info_json():
    result = runner.invoke(app, ["models", "info", "--json"])
    assert result.exit_code == 0, result.output
    info = json.loads(result.output)
    assert info["components"][-3:] == ["ner", "agency_ruler", "region_names"]
    assert {"PER", "ORG", "LOC"} <= set(info["labels"]["ner"])
    assert "gsd_legacy_test" in info["scores"]


def test_models_info_missing_model_exits_4(tmp_path):
    result = runner.invoke(app, ["models", "info", "--model", str(tmp_path / "missing")])
    assert result.exit_code == 4
    assert "weasel run all" in result.output
