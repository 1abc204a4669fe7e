"""Fixtures for the models tests: the committed pipeline, loaded once per session, offline."""

from __future__ import annotations

import pytest

from arahan.extract.nlp import load_nlp


@pytest.fixture(scope="session")
def nlp():
    return load_nlp("spacy")
