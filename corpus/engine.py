"""Where the per-page work runs: in this process (`local`) or on a Dask cluster (`dask`).

Both engines offer the same three calls, `submit(fn, *args)`, `wait_any(futures)` and
`close()`, so the drivers in `arahan.corpus.ingest` and `arahan.corpus.importer` do not care which one
runs. Workers only compute (fetch, extract, clean, and the NLP hook); their results come
back to the client, where the one `Writer` stores them.

- local: `threads=0` runs each task inline, in order (deterministic, no overhead: the
  right choice for CPU-bound imports on a small machine); `threads=N` uses a thread
  pool (good for fetching, which waits on the network); `processes=N` (N > 1) a pool of
  worker processes, for CPU-bound batches (extraction) on every core.
- dask: `scheduler="tcp://host:port"` connects to a running cluster; otherwise a
  LocalCluster of `workers` processes with one thread each is started and stopped.

A worker that dies (crash, out of memory, the hard per-document time limit of
arahan.corpus.timelimit) loses the batch it was running: Dask retries it on another worker and
gives up after `distributed.scheduler.allowed-failures` deaths (set to 1 for the
LocalCluster we start); a process pool breaks and is started again. `run_ordered` then
runs that batch's items one at a time, so only the document that takes a worker down is
lost, and hands it to the caller's `lost(item, reason)` to be recorded as failed.
"""

from __future__ import annotations

import concurrent.futures as cf
import multiprocessing
import signal
from concurrent.futures.process import BrokenProcessPool
from collections.abc import Callable, Iterable, Iterator
from typing import Any


# The NLP hook that workers run on each stored-to-be document: ("package.module:factory",
# {kwargs}). The factory is called once per worker process and returns doc -> dict.
Hook = tuple[str, dict] | None


class EngineError(Exception):
    """The engine could not start (no Dask scheduler at the address ...) or lost its scheduler mid-run."""


LOST_WORKER = "a worker process died while working on it (crash, out of memory, or hung past the time limit)"


class _Done:
    """A finished future for inline execution."""

    def __init__(self, fn: Callable, args: tuple):
        try:
            self._value, self._error = fn(*args), None
        except Exception as exc:  # noqa: BLE001 - re-raised by result(), like a real future
            self._value, self._error = None, exc

    def result(self) -> Any:
        if self._error:
            raise self._error
        return self._value

    def done(self) -> bool:
        return True

    def cancel(self) -> bool:
        return False


class LocalEngine:
    name = "local"

    def __init__(self, threads: int = 0, processes: int = 0):
        self.threads = threads
        self.processes = processes if processes > 1 else 0
        self.workers = self.processes or 1
        self._pool = None
        if self.processes:
            self._pool = self._process_pool()
        elif threads:
            self._pool = cf.ThreadPoolExecutor(threads, thread_name_prefix="arahan")
        self.slots = max(1, threads, self.processes) * 2

    def _process_pool(self) -> cf.ProcessPoolExecutor:
        # "fork": each worker starts with what this process has loaded (the extraction
        # pipeline costs seconds of CPU to load, per process, under "spawn"). Safe here because
        # the workers never touch this process's SQLite connection, and multiprocessing ends
        # forked children with os._exit, so they never close it either.
        return cf.ProcessPoolExecutor(self.processes, mp_context=multiprocessing.get_context("fork"),
                                      initializer=_leave_ctrl_c_to_the_client)

    def submit(self, fn: Callable, *args: Any):
        if not self._pool:
            return _Done(fn, args)
        try:
            return self._pool.submit(fn, *args)
        except BrokenProcessPool:
            # A worker died (its batch is retried item by item): start a fresh pool.
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = self._process_pool()
            return self._pool.submit(fn, *args)

    @staticmethod
    def lost_worker(exc: BaseException) -> bool:
        return isinstance(exc, BrokenProcessPool)

    @staticmethod
    def lost_scheduler(exc: BaseException) -> None:
        return None

    def wait_any(self, futures: Iterable) -> set:
        futures = list(futures)
        ready = {f for f in futures if isinstance(f, _Done)}
        if ready or not futures:
            return ready
        done, _ = cf.wait(futures, return_when=cf.FIRST_COMPLETED)
        return done

    def drain(self, futures: Iterable) -> list:
        """After Ctrl-C: the futures that finish (threads stop at their next request, so
        this waits at most for the requests under way); the others are cancelled."""
        futures = [f for f in futures if not f.cancel()]
        cf.wait([f for f in futures if not isinstance(f, _Done)])
        return futures

    def close(self, cancel: bool = False) -> None:
        if self._pool:
            self._pool.shutdown(wait=not cancel, cancel_futures=cancel)


def _leave_ctrl_c_to_the_client() -> None:
    # Ctrl-C reaches the whole process group; the client stops the run and the pool,
    # and a worker that died of it would only look like a crash.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class DaskEngine:
    name = "dask"

    def __init__(self, scheduler: str | None = None, workers: int = 2):
        try:
            import dask
            from distributed import Client, LocalCluster
        except ImportError as exc:  # pragma: no cover - distributed is a dependency
            raise EngineError(f"the dask engine needs the 'distributed' package ({exc})") from None
        self._cluster = None
        try:
            if scheduler:
                self.client = Client(scheduler, timeout="20s")
            else:
                # A document that kills a worker twice is given up on (Dask's default is 3).
                with dask.config.set({"distributed.scheduler.allowed-failures": 1}):
                    self._cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                                 dashboard_address=None, silence_logs=40)
                self.client = Client(self._cluster)
        except (OSError, TimeoutError) as exc:
            if self._cluster:
                self._cluster.close()
            raise EngineError(f"cannot reach the Dask scheduler {scheduler or '(local cluster)'}: {exc}") from None
        self.address = scheduler or "(local cluster)"
        nthreads = sum(self.client.nthreads().values()) or workers
        self.workers = nthreads
        self.slots = max(2, nthreads * 2)

    def submit(self, fn: Callable, *args: Any):
        # pure=False: the same batch submitted twice (a retry after a crash) is really run again.
        return self.client.submit(fn, *args, pure=False)

    def wait_any(self, futures: Iterable) -> set:
        from distributed import wait

        futures = list(futures)
        if not futures:
            return set()
        return set(wait(futures, return_when="FIRST_COMPLETED").done)

    def drain(self, futures: Iterable) -> list:
        """After Ctrl-C: the futures finished by now (workers are other processes that do
        not see the stop signal); the others are cancelled and stay pending."""
        done = [f for f in futures if f.done()]
        for f in futures:
            if not f.done():
                f.cancel()
        return done
    @staticmethod
    def lost_worker(exc: BaseException) -> bool:
        from distributed.scheduler import KilledWorker

        return isinstance(exc, KilledWorker)

    def lost_scheduler(self, exc: BaseException) -> EngineError | None:
        """The error to report when `exc` means the scheduler went away (its futures are cancelled)."""
        if isinstance(exc, cf.CancelledError) or self.client.status in ("closing", "closed", "connecting"):
            return EngineError(f"lost the Dask scheduler {self.address} mid-run ({exc or type(exc).__name__})")
        return None

    def close(self, cancel: bool = False) -> None:
        try:
            self.client.close()
        finally:
            if self._cluster:
                self._cluster.close()


def make_engine(name: str, *, scheduler: str | None = None, workers: int = 2, threads: int = 0,
                processes: int = 0):
    if name == "local":
        return LocalEngine(threads, processes)
    if name == "dask":
        return DaskEngine(scheduler, workers)
    raise EngineError(f"unknown engine {name!r} (use local or dask)")


def run_ordered(engine, tasks: Iterable[tuple[Callable, tuple]], slots: int | None = None,
                lost: Callable[[Any, str], Any] | None = None) -> Iterator[Any]:
    """Run tasks on the engine, at most `slots` at once, yielding results in submission order.

    Order matters for reproducibility: documents get the same ids and the same
    first-of-story whichever engine computed them.

    With `lost`, tasks are batch tasks `fn(items, *rest) -> [one result per item]`: when a
    worker dies under a batch, its items are run again one task each, and an item whose
    own task takes a worker down too becomes `lost(item, reason)` in the results.
    """
    slots = slots or engine.slots
    pending: dict[int, tuple[Any, Callable, tuple]] = {}
    next_out = 0
    counter = 0
    tasks = iter(tasks)
    exhausted = False
    try:
        while True:
            while not exhausted and len(pending) < slots:
                try:
                    fn, args = next(tasks)
                except StopIteration:
                    exhausted = True
                    break
                pending[counter] = (engine.submit(fn, *args), fn, args)
                counter += 1
            if not pending:
                return
            head, fn, args = pending.pop(next_out)
            next_out += 1
            yield _result(engine, head, fn, args, lost)
    finally:
        for future, _, _ in pending.values():
            future.cancel()


def _result(engine, future, fn: Callable, args: tuple, lost: Callable | None) -> Any:
    try:
        return future.result()
    except Exception as exc:
        _raise_unless_lost_worker(engine, exc, lost)
    items, rest = args[0], args[1:]
    if len(items) == 1:
        return [lost(items[0], LOST_WORKER)]
    out = []
    for item in items:
        try:
            out.extend(engine.submit(fn, [item], *rest).result())
        except Exception as exc:
            _raise_unless_lost_worker(engine, exc, lost)
            out.append(lost(item, LOST_WORKER))
    return out


def _raise_unless_lost_worker(engine, exc: Exception, lost: Callable | None) -> None:
    """Raise `exc` again (a lost scheduler as EngineError) unless it says a worker died and `lost` takes that."""
    if gone := engine.lost_scheduler(exc):
        raise gone from None
    if lost is None or not engine.lost_worker(exc):
        raise exc
