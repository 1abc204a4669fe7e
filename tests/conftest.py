"""Shared pytest fixtures: a fresh store file per test and the location of ../shared; the
evidence dict of a hand-made finding."""

from __future__ import annotations

from pathlib import Path

import pytest

from arahan.store.database import Store

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def evidence(text: str, needle: str) -> dict:
    """The evidence of a finding whose text is `needle` (its first occurrence), in the result format."""
    start = text.index(needle)
    sent_start = text.rfind(". ", 0, start) + 2 if ". " in text[:start] else 0
    sent_end = text.find(".", start + len(needle))
    sent_end = len(text) if sent_end < 0 else sent_end + 1
    return {"start": start, "end": start + len(needle), "sent_start": sent_start, "sent_end": sent_end,
            "sentence": text[sent_start:sent_end], "text": needle}


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
