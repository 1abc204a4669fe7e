"""Where the per-page work runs: in this process (`local`) or on a Dask cluster (`dask`).

Both engines offer the same three calls, `submit(fn, *args)`, `wait_any(futures)` and
`close()`, so the drivers in `corpus.ingest` and `corpus.importer` do not care which one
runs. Workers only compute (fetch, extract, clean, and the NLP hook); their results come
back to the client, where the one `Writer` stores them.

- local: `threads=0` runs each task inline, in order (deterministic, no overhead: the
  right choice for CPU-bound imports on a small machine); `threads=N` uses a thread
  pool (good for fetching, which waits on the network).
- dask: `scheduler="tcp://host:port"` connects to a running cluster; otherwise a
  LocalCluster of `workers` processes with one thread each is started and stopped.
"""

from __future__ import annotations

import concurrent.futures as cf
from collections.abc import Callable, Iterable, Iterator
from typing import Any


# The NLP hook that workers run on each stored-to-be document: ("package.module:factory",
# {kwargs}). The factory is called once per worker process and returns doc -> dict.
Hook = tuple[str, dict] | None


class EngineError(Exception):
    """The engine could not start (no Dask scheduler at the address ...)."""


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

    def __init__(self, threads: int = 0):
        self.threads = threads
        self._pool = cf.ThreadPoolExecutor(threads, thread_name_prefix="arahan") if threads else None
        self.slots = max(1, threads) * 2

    def submit(self, fn: Callable, *args: Any):
        return self._pool.submit(fn, *args) if self._pool else _Done(fn, args)

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


class DaskEngine:
    name = "dask"

    def __init__(self, scheduler: str | None = None, workers: int = 2):
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:  # pragma: no cover - distributed is a dependency
            raise EngineError(f"the dask engine needs the 'distributed' package ({exc})") from None
        self._cluster = None
        try:
            if scheduler:
                self.client = Client(scheduler, timeout="20s")
            else:
                self._cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                             dashboard_address=None, silence_logs=40)
                self.client = Client(self._cluster)
        except (OSError, TimeoutError) as exc:
            if self._cluster:
                self._cluster.close()
            raise EngineError(f"cannot reach the Dask scheduler {scheduler or '(local cluster)'}: {exc}") from None
        nthreads = sum(self.client.nthreads().values()) or workers
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

    def close(self, cancel: bool = False) -> None:
        try:
            self.client.close()
        finally:
            if self._cluster:
                self._cluster.close()


def make_engine(name: str, *, scheduler: str | None = None, workers: int = 2, threads: int = 0):
    if name == "local":
        return LocalEngine(threads)
    if name == "dask":
        return DaskEngine(scheduler, workers)
    raise EngineError(f"unknown engine {name!r} (use local or dask)")


def run_ordered(engine, tasks: Iterable[tuple[Callable, tuple]], slots: int | None = None) -> Iterator[Any]:
    """Run tasks on the engine, at most `slots` at once, yielding results in submission order.

    Order matters for reproducibility: documents get the same ids and the same
    first-of-story whichever engine computed them.
    """
    slots = slots or engine.slots
    pending: dict[int, Any] = {}
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
                pending[counter] = engine.submit(fn, *args)
                counter += 1
            if not pending:
                return
            head = pending[next_out]
            if not head.done():
                engine.wait_any([head])
            yield pending.pop(next_out).result()
            next_out += 1
    finally:
        for future in pending.values():
            future.cancel()
