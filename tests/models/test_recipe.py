"""The training recipe's convert and evaluate steps, and the model card's analyses, on a small slice.

Needs ../shared/data; skipped cleanly when it is absent.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SCRIPTS = REPO / "models" / "scripts"


def _run(script: str, *args: str, env: dict) -> str:
    proc = subprocess.run([sys.executable, str(SCRIPTS / script), *args], capture_output=True, text=True,
                          env=env, cwd=REPO / "models", timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout


@pytest.fixture(scope="module")
def slice_env(shared_dir) -> dict:
    data = shared_dir / "data"
    if not (data / "ner" / "idner-news-2k").is_dir():
        pytest.skip("../shared/data has no idner-news-2k")
    return dict(os.environ, ARAHAN_SHARED_DATA=str(data), OMP_NUM_THREADS="1")


@pytest.fixture(scope="module")
def slice_corpus(slice_env, tmp_path_factory) -> tuple[Path, str]:
    """The recipe's convert step on 2 docs (20 sentences) per set: (corpus dir, what it printed)."""
    corpus = tmp_path_factory.mktemp("slice") / "corpus"
    return corpus, _run("convert.py", "--limit", "2", "--out", str(corpus), env=slice_env)


def test_convert_and_evaluate_on_a_slice(slice_env, slice_corpus, tmp_path):
    env = slice_env
    corpus, out = slice_corpus
    assert "ner_test.spacy: 2 docs" in out
    ner_only = tmp_path / "ner_only"
    _run("convert.py", "--limit", "2", "--ner-only", "--out", str(ner_only), env=env)
    assert sorted(p.name for p in ner_only.iterdir()) == ["ner_dev.spacy", "ner_test.spacy", "ner_train.spacy"]
    assert (ner_only / "ner_test.spacy").read_bytes() == (corpus / "ner_test.spacy").read_bytes()
    scores_path = tmp_path / "scores.json"
    printed = _run("evaluate.py", "--model", str(REPO / "models" / "id_arahan_news"), "--corpus", str(corpus),
                   "--json", str(scores_path), env=env)
    assert "NER idner-news-2k test" in printed and "gsd_legacy_test: UPOS" in printed
    scores = json.loads(scores_path.read_text())
    assert 0.0 < scores["ner_idner_test"]["f"] <= 1.0
    assert 0.5 < scores["gsd_legacy_test"]["upos"] <= 1.0
    assert scores["csui_test"]["lemma"] is not None


def test_analysis_scripts_on_a_slice(slice_env, slice_corpus):
    """The model card's analyses (parser errors by relation, NER label consistency) keep running."""
    env = slice_env
    corpus, _ = slice_corpus
    printed = _run("ud_errors.py", "--model", str(REPO / "models" / "id_arahan_news"),
                   "--corpus", str(corpus / "ud_dev.spacy"), env=env)
    assert "gold sentence boundaries" in printed and "sentence F 1.0000" in printed
    assert "punct" in printed and "label confusions" in printed
    printed = _run("label_consistency.py", str(corpus / "ner_train.spacy"), str(corpus / "ner_dev.spacy"), env=env)
    assert "strings labelled LOC at least once" in printed
    refused = subprocess.run([sys.executable, str(SCRIPTS / "label_consistency.py"), str(corpus / "ner_test.spacy")],
                             capture_output=True, text=True, env=env, cwd=REPO / "models")
    assert refused.returncode != 0 and "test" in refused.stderr

