"""The per-document time limit (corpus/timelimit.py): a runaway Python loop is stopped in the
main thread and in a worker thread, a block that ends in time leaves nothing behind, and the
test-only poison hook does nothing unless its variable names the document."""

from __future__ import annotations

import threading
import time

import pytest

from arahan.corpus.timelimit import POISON_ENV, DocumentTimeout, poison, time_limit


def _spin() -> None:
    while True:
        time.sleep(0.01)


def test_a_runaway_loop_is_stopped_with_the_reason():
    with pytest.raises(DocumentTimeout, match="time limit of 0.2 s"):
        with time_limit(0.2):
            _spin()


def test_the_limit_works_in_a_worker_thread_too():
    caught = []

    def work():
        try:
            with time_limit(0.2):
                _spin()
        except DocumentTimeout as exc:
            caught.append(str(exc))

    t = threading.Thread(target=work)
    t.start()
    t.join(30)
    assert caught and "timed out" in caught[0]


def test_a_block_that_ends_in_time_leaves_nothing_behind():
    for _ in range(20):
        with time_limit(0.05):
            pass
    time.sleep(0.3)  # a stray exception from a late watchdog would land here
    with time_limit(None):
        pass


def test_poison_only_acts_on_marked_documents(monkeypatch):
    monkeypatch.delenv(POISON_ENV, raising=False)
    poison("RACUN-PUTAR")  # no variable: nothing happens
    monkeypatch.setenv(POISON_ENV, "hang:RACUN-PUTAR")
    poison("an ordinary text")
    poison(b"ordinary bytes")
    with pytest.raises(DocumentTimeout):
        with time_limit(0.2):
            poison(b"... RACUN-PUTAR ...")
