"""The training recipe's convert and evaluate steps on a small slice, so the recipe keeps working.

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


def test_convert_and_evaluate_on_a_slice(shared_dir, tmp_path):
    data = shared_dir / "data"
    if not (data / "ner" / "idner-news-2k").is_dir():
        pytest.skip("../shared/data has no idner-news-2k")
    env = dict(os.environ, ARAHAN_SHARED_DATA=str(data), OMP_NUM_THREADS="1")
    corpus = tmp_path / "corpus"
    out = _run("convert.py", "--limit", "2", "--out", str(corpus), env=env)  # 2 docs = 20 sentences per set
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
