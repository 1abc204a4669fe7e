"""Options for the batch commands that scale out (`arahan extract`, `arahan reextract`) and the engine they open.

`--engine local --workers N` runs the work in N processes of this machine (default: every
core; 1 runs it in this process); `--engine dask` on a LocalCluster of N workers, or on a
running cluster with `--scheduler tcp://HOST:PORT`. Either way the store is written by
this process only.
"""

from __future__ import annotations

import os
from typing import Annotated, Optional

import typer

from arahan.options import EXIT_USAGE, fail

BatchEngineOption = Annotated[str, typer.Option(
    "--engine", help="Where the work runs: 'local' (processes of this machine) or 'dask' (a Dask cluster).")]
BatchWorkersOption = Annotated[Optional[int], typer.Option(
    "--workers", min=1, show_default=False,
    help="Worker processes: of this machine with --engine local (1: run in this process), of the LocalCluster "
         "started by --engine dask without --scheduler. Default: every core.")]
BatchSchedulerOption = Annotated[Optional[str], typer.Option(
    "--scheduler", help="Dask scheduler address (tcp://HOST:PORT); without it --engine dask starts a LocalCluster.")]
TimeLimitOption = Annotated[float, typer.Option(
    "--time-limit", min=0, help="Seconds one document may take on a worker before it is stopped and recorded as "
                                "failed (0: no limit).")]


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def open_engine(engine: str, scheduler: str | None, workers: int | None):
    """The engine for a batch command, or a one-line usage error."""
    from arahan.corpus.engine import EngineError, make_engine

    if engine not in ("local", "dask"):
        raise fail(f"unknown engine {engine!r}: use --engine local or --engine dask", EXIT_USAGE)
    if scheduler and engine != "dask":
        raise fail("--scheduler needs --engine dask", EXIT_USAGE)
    n = workers or cores()
    try:
        return make_engine(engine, scheduler=scheduler, workers=n, processes=n if engine == "local" else 0)
    except EngineError as exc:
        raise fail(str(exc), EXIT_USAGE) from None
