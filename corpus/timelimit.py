"""A per-document time limit for worker tasks: a document that hangs is stopped and reported, never waited on.

`with time_limit(seconds):` raises `DocumentTimeout` in the running thread when the block
runs longer than `seconds`. It works in any thread (Dask runs tasks in worker threads, which
signals cannot reach) by asking the interpreter to raise the exception in that thread
(PyThreadState_SetAsyncExc). The exception lands at the next Python bytecode, so a runaway
Python loop stops at once, but a call stuck inside C code does not notice it. For that case
there is a hard limit (`HARD_FACTOR` times the soft one, plus a few seconds): in a worker
process it ends the whole process with `os._exit`. The engine then sees a worker die, runs
that batch's documents one at a time, and a document that takes a worker down again is
recorded as failed (arahan.corpus.engine.run_ordered). In the client process itself (the local
engine with one worker) there is no hard limit: killing it would lose the run.

`DocumentTimeout` derives from BaseException, like KeyboardInterrupt, so the broad
`except Exception` that keep one bad document from stopping a batch do not swallow it.

Test hook (used only by tests, never set it in production): when the environment variable
ARAHAN_TEST_POISON is "MODE:MARKER[,MODE:MARKER...]", `poison(text)` makes any document whose
text contains MARKER misbehave on the worker: MODE "hang" loops in Python (stopped by the soft
limit), "block" sleeps in C (stopped by the hard limit), "crash" ends the worker process.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import threading
import time

HARD_FACTOR = 2
HARD_GRACE_S = 2.0
POISON_ENV = "ARAHAN_TEST_POISON"
EXIT_HUNG = 70  # exit status of a worker process ended by the hard limit


class DocumentTimeout(BaseException):
    """A document took longer than the per-document time limit."""


class time_limit:  # noqa: N801 - used as a context manager, reads like `with open(...)`
    """Stop the block after `seconds` (None or 0: no limit)."""

    def __init__(self, seconds: float | None):
        self.seconds = seconds
        self._done = threading.Event()
        self._lock = threading.Lock()
        self._armed = False
        self._fired = False

    def __enter__(self) -> "time_limit":
        if self.seconds:
            self._target = threading.get_ident()
            self._armed = True
            threading.Thread(target=self._watch, name="arahan-time-limit", daemon=True).start()
        return self

    def _watch(self) -> None:
        if self._done.wait(self.seconds):
            return
        with self._lock:
            if not self._armed:
                return
            self._fired = True
            ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(self._target), ctypes.py_object(DocumentTimeout))
        hard = self.seconds * (HARD_FACTOR - 1) + HARD_GRACE_S
        if not self._done.wait(hard) and multiprocessing.parent_process() is not None:
            os._exit(EXIT_HUNG)  # stuck in C code: only ending the worker frees it

    def __exit__(self, exc_type, exc, tb) -> bool:
        if not self.seconds:
            return False
        with self._lock:
            self._armed = False
            self._done.set()
            if self._fired:
                # If the exception was set but not delivered yet, take it back: it must not
                # land later in unrelated code. The document did time out: say so here.
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(self._target), None)
        if self._fired:
            raise DocumentTimeout(self.message()) from None
        return False

    def message(self) -> str:
        return f"timed out: took longer than the time limit of {self.seconds:g} s"


def poison(text: str | bytes | None) -> None:
    """The test hook described above; does nothing unless ARAHAN_TEST_POISON is set."""
    spec = os.environ.get(POISON_ENV)
    if not spec or not text:
        return
    for rule in spec.split(","):
        mode, _, marker = rule.partition(":")
        if marker and (marker.encode() if isinstance(text, bytes) else marker) in text:
            break
    else:
        return
    if mode == "hang":
        while True:
            time.sleep(0.01)
    elif mode == "block":
        time.sleep(3600)
    elif mode == "crash":
        os._exit(13)
