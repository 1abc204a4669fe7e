"""Shared pytest fixtures: a fresh store file per test and the location of ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.store import Store

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "arahan.db"


@pytest.fixture
def store(db_path: Path):
    s = Store.open(db_path)
    yield s
    s.close()


@pytest.fixture(scope="session")  # a constant: module-scoped fixtures may build on it
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is absent: this test needs the shared corpora or the gold articles")
    return SHARED
