"""Where the Stanza backend looks for models, and what it says when there are none."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from arahan.extract import stanza_backend
from arahan.extract.stanza_backend import StanzaModelMissing, load_stanza_nlp, resolve_models


def test_missing_model_names_the_download_command(tmp_path: Path):
    with pytest.raises(StanzaModelMissing) as err:
        load_stanza_nlp(tmp_path)
    message = str(err.value)
    assert "arahan models download stanza" in message
    assert str(tmp_path) in message


def test_explicit_dir_is_the_only_place_looked(tmp_path: Path, monkeypatch):
    # Even with models elsewhere, an explicit --stanza-dir that lacks them is an error.
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path / "elsewhere"))
    with pytest.raises(StanzaModelMissing):
        resolve_models(tmp_path / "empty")


def test_default_order_falls_back_to_stanza_resources_dir(tmp_path: Path, monkeypatch):
    # No trained set and an empty Stanza resources dir: both places are named.
    monkeypatch.setattr(stanza_backend, "TRAINED_DIR", tmp_path / "trained")
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path / "resources"))
    with pytest.raises(StanzaModelMissing) as err:
        resolve_models()
    assert str(tmp_path / "trained") in str(err.value)
    assert str(tmp_path / "resources") in str(err.value)


def _touch_models(root: Path, names: dict[str, str]) -> None:
    for processor, package in names.items():
        path = root / "id" / processor / f"{package}.pt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"")


def test_recognises_our_layout_and_the_official_one(tmp_path: Path):
    ours = tmp_path / "ours"
    _touch_models(ours, {p: "arahan" for p in ("tokenize", "pos", "lemma", "depparse")})
    found = resolve_models(ours)
    assert found.kind == "arahan" and "ner" not in found.processors

    official = tmp_path / "official"
    _touch_models(official, {"tokenize": "gsd", "mwt": "gsd", "pos": "gsd", "lemma": "gsd", "depparse": "gsd"})
    (official / "resources.json").write_text("{}")
    found = resolve_models(official)
    assert found.kind == "official" and "mwt" in found.processors


def test_incomplete_set_is_missing(tmp_path: Path):
    _touch_models(tmp_path, {"tokenize": "arahan", "pos": "arahan"})
    with pytest.raises(StanzaModelMissing, match="arahan models download stanza"):
        resolve_models(tmp_path)


def test_load_nlp_stanza_backend_reports_the_missing_model(tmp_path: Path):
    from arahan.extract.nlp import ModelNotFoundError, load_nlp

    with pytest.raises(ModelNotFoundError, match="arahan models download stanza"):
        load_nlp("stanza", stanza_dir=tmp_path)


def test_download_command_fetches_into_the_given_dir_only_when_asked(tmp_path: Path, monkeypatch):
    # stanza.download is replaced: tests never touch the network.
    import stanza
    from typer.testing import CliRunner

    from arahan.cli import app

    calls = []
    monkeypatch.setattr(stanza, "download", lambda lang, **kw: calls.append((lang, kw)))
    result = CliRunner().invoke(app, ["models", "download", "stanza", "--stanza-dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert calls and calls[0][0] == "id" and calls[0][1]["model_dir"] == str(tmp_path)
    assert str(tmp_path) in result.output

    result = CliRunner().invoke(app, ["models", "download", "spacy"])
    assert result.exit_code == 2 and not calls[1:]


def test_extract_command_with_stanza_backend_and_no_models(tmp_path: Path, monkeypatch):
    from typer.testing import CliRunner

    from arahan.cli import app

    docs = tmp_path / "docs.jsonl"
    docs.write_text('{"id": "a", "text": "Bupati Malang mengimbau warga."}\n', encoding="utf-8")
    # --stanza-dir reaches the backend through ARAHAN_STANZA_DIR: patch a copy of the
    # environment so that it does not leak into later tests.
    monkeypatch.setattr(os, "environ", {k: v for k, v in os.environ.items() if k != "ARAHAN_STANZA_DIR"})
    empty = tmp_path / "empty"
    empty.mkdir()
    result = CliRunner().invoke(app, ["extract", "--backend", "stanza", "--stanza-dir", str(empty),
                                      "--input", str(docs), "--output", str(tmp_path / "out.jsonl")])
    assert result.exit_code == 4
    assert "arahan models download stanza" in result.output
    assert str(empty) in result.output
    assert not (tmp_path / "out.jsonl").exists()
