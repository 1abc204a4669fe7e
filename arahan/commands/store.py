"""CLI commands about the store itself: `arahan status` and `arahan runs`."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from arahan.options import EXIT_USAGE, DbOption, fail, open_store


def register(app: typer.Typer) -> None:
    app.command("status")(status)
    app.command("runs")(runs)


def status(db: DbOption = None) -> None:
    """Show what the store holds: documents, findings and the last runs (creates or upgrades the store).

    Example: arahan status --db arahan.db
    """
    with open_store(db, create=True) as store:
        console = Console()
        console.print(f"[bold]Store[/bold] {store.path} (schema version {store.schema_version})")
        table = Table("what", "count")
        for key, value in store.counts().items():
            table.add_row(key, str(value))
        console.print(table)
        _print_runs(console, store.runs(limit=5))


def runs(
    db: DbOption = None,
    limit: Annotated[int, typer.Option(help="How many recent runs to list.")] = 20,
    failures: Annotated[int | None, typer.Option("--failures", help="List the failures of this run id, with their reasons.")] = None,
) -> None:
    """List recent runs (ingest, import, extract ...) with their counts, or one run's failures.

    Example: arahan runs --failures 3
    """
    with open_store(db, readonly=True) as store:
        console = Console()
        if failures is None:
            _print_runs(console, store.runs(limit=limit))
            return
        if not store.query("SELECT 1 FROM runs WHERE id = ?", (failures,)):
            raise fail(f"--failures {failures}: no run with this id in {store.path} (see `arahan runs`)", EXIT_USAGE)
        rows = store.failures(failures)
        table = Table("target", "stage", "reason", title=f"Failures of run {failures}")
        for row in rows:
            table.add_row(row["target"], row["stage"] or "", row["reason"])
        console.print(table if rows else f"run {failures} has no failures")


def _print_runs(console: Console, rows: list[dict]) -> None:
    if not rows:
        console.print("no runs yet")
        return
    table = Table("run", "command", "started", "ended", "status", "counts", title="Recent runs")
    for run in rows:
        counts = ", ".join(f"{k}={v}" for k, v in (run["counts"] or {}).items())
        table.add_row(str(run["id"]), run["command"], run["started"], run["ended"] or "", run["status"], counts)
    console.print(table)
