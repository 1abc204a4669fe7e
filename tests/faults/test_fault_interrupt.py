"""Ctrl-C during an ingest: every page fetched is stored, no request starts after the signal,
and the rerun fetches only what was never fetched."""

from __future__ import annotations

import threading
import time
from dataclasses import replace

from hostile import article, send

from arahan.corpus.engine import LocalEngine
from arahan.corpus.ingest import IngestOptions, ingest


def test_ctrl_c_stores_what_was_fetched_and_sends_nothing_more(hostile, quick, store, monkeypatch):
    pages = [f"/berita/{i}" for i in range(12)]
    signal_sent = threading.Event()
    after_signal = []

    def route_for(i):
        def route(handler, count):
            if signal_sent.is_set():
                after_signal.append(pages[i])
            if i >= 3:
                time.sleep(0.4)  # the second batch is slow: Ctrl-C finds it in the middle
            send(handler, 200, article(f"Kabar Nomor {i}", i))
        return route

    for i, path in enumerate(pages):
        hostile.routes[path] = route_for(i)

    # Ctrl-C arrives in the client while it stores the third page of the first (fast) batch;
    # the other fetch thread is in the middle of its slow batch then.
    from arahan.corpus import writer as writer_mod
    original, calls = writer_mod.Writer.write, {"n": 0}

    def write(self, result):
        calls["n"] += 1
        if calls["n"] == 3:
            signal_sent.set()
            raise KeyboardInterrupt
        return original(self, result)

    monkeypatch.setattr(writer_mod.Writer, "write", write)
    urls = [hostile.base + p for p in pages]
    relaxed = replace(quick, read_timeout=5.0, deadline=15.0)  # a loaded machine must not turn 0.4 s into a retry
    options = IngestOptions(urls=urls, fetch=replace(relaxed, per_host=2), batch_size=3)
    summary = ingest(store, options, LocalEngine(threads=2))
    assert summary.interrupted
    fetched = sum(hostile.hits[p] for p in pages)
    assert store.counts()["documents"] == fetched          # every page fetched was stored
    assert fetched < len(pages)                             # and the run did stop
    assert not after_signal, after_signal                   # no request began after the signal
    monkeypatch.setattr(writer_mod.Writer, "write", original)
    again = ingest(store, IngestOptions(urls=urls, fetch=relaxed), LocalEngine(threads=2))
    assert again.counts["extracted"] == len(pages) - fetched
    assert all(hostile.hits[p] == 1 for p in pages), (dict(hostile.hits), fetched, summary.counts)  # nothing fetched twice
    assert store.counts()["documents"] == len(pages)
