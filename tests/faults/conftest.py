"""Fixtures of the fault suite: the hostile server (tests/faults/hostile.py) and quick fetch options."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from arahan.corpus.fetch import FetchOptions

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hostile import HostileServer  # noqa: E402


@pytest.fixture
def hostile():
    with HostileServer() as server:
        yield server


@pytest.fixture
def quick() -> FetchOptions:
    """Short timeouts, no politeness delay, loopback allowed (the server is on 127.0.0.1)."""
    return FetchOptions(user_agent="ArahanFaults/1.0", delay=0.0, connect_timeout=1.0, read_timeout=0.5,
                        deadline=1.5, retries=2, backoff=0.05, max_retry_after=1.0, max_wait_per_url=2.0,
                        allow_private=True)
