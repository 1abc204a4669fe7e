"""Filling an empty graph with the fold in a second process.

A bulk load spends its time in two places: folding findings into nodes and edges
(Python) and writing the rows (SQLite). In one process they share the GIL: SQLite
releases it while it works, but a writer thread must take it back after every row, so
each side keeps waiting for the other. Here the fold runs in a child process that reads
the source findings through its own read-only connection and streams each chunk's rows
back; this process writes them inside its own transaction and then finishes the build
(incident counts, title-only issuers) with what the child hands over at the end. A
failure on either side raises in this process, so the whole build rolls back.

The child is started with "spawn", not "fork": the parent may hold an open SQLite
connection and run threads (a progress bar), neither of which survives a fork safely.
"""

from __future__ import annotations

import io
import multiprocessing
import pickle
import traceback
from collections.abc import Iterator
from typing import Any


class FoldProcessError(RuntimeError):
    """The fold process failed or died; the message says how."""


class FoldProcess:
    """Runs `GraphBuilder.add` over `ids` in a child process; `chunks()` yields each chunk's rows.

    After `chunks()` is exhausted, `handover` holds what `GraphBuilder.adopt` needs to finish.
    Use as a context manager: leaving it stops the child, whatever happened.
    """

    def __init__(self, path: str, ids: list[int], chunk: int):
        ctx = multiprocessing.get_context("spawn")
        self._recv, send = ctx.Pipe(duplex=False)
        self._proc = ctx.Process(target=_fold, args=(path, ids, chunk, send),
                                 name="arahan-graph-fold", daemon=True)
        self._proc.start()
        send.close()  # the child holds the only writing end: its exit shows up as EOF here
        self.handover: dict[str, Any] | None = None

    def chunks(self) -> Iterator[Any]:
        while True:
            try:
                kind, payload = pickle.loads(self._recv.recv_bytes())
            except EOFError:
                self._proc.join(5)
                raise FoldProcessError(
                    f"the graph fold process stopped without finishing (exit code {self._proc.exitcode})") from None
            if kind == "rows":
                yield payload
            elif kind == "done":
                self.handover = payload
                return
            else:
                raise FoldProcessError(f"the graph fold process failed: {payload}")

    def close(self) -> None:
        if self._proc.is_alive():
            self._proc.terminate()
        self._proc.join()
        self._recv.close()

    def __enter__(self) -> "FoldProcess":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _fold(path: str, ids: list[int], chunk: int, send) -> None:
    """The child: fold every chunk, send its rows, then the state `finish` needs."""
    try:
        # Imported here: this module is imported by arahan.extract.graph.build itself.
        from arahan.store.database import Store
        from arahan.extract.graph.build import GraphBuilder, without_cyclic_gc

        with without_cyclic_gc():
            store = Store.open(path, readonly=True)
            builder = GraphBuilder(store, fresh=True)
            builder.write = lambda rows: send.send_bytes(_dumps(("rows", rows)))
            for start in range(0, len(ids), chunk):
                builder.add(ids[start:start + chunk])
            send.send_bytes(_dumps(("done", builder.handover())))
            store.close()
    except BaseException as exc:  # noqa: BLE001  (reported to the parent, which raises)
        where = "".join(traceback.format_exception(exc)[-3:-1])  # the innermost frames, for a bug report
        try:
            send.send_bytes(_dumps(("error", f"{type(exc).__name__}: {exc}\n{where}")))
        except OSError:  # the parent is gone: nobody to tell
            pass
    finally:
        send.close()


def _dumps(message: tuple) -> bytes:
    """Pickle without the memo ("fast" mode): rows hold no shared or self-referencing objects,
    and skipping the memo halves the time the fold process spends pickling, which is on the
    build's critical path (loading is as fast either way)."""
    buf = io.BytesIO()
    pickler = pickle.Pickler(buf, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.fast = True
    pickler.dump(message)
    return buf.getvalue()
