"""CLI commands about the store itself: `arahan status`."""

from __future__ import annotations

import typer
from rich.console import Console
from rich.table import Table

from arahan.options import DbOption, open_store


def register(app: typer.Typer) -> None:
    app.command("status")(status)


def status(db: DbOption = None) -> None:
    """Show what the store holds: documents, findings and the last runs (creates or upgrades the store).

    Example: arahan status --db arahan.db
    """
    with open_store(db) as store:
        counts = store.counts()
        console = Console()
        console.print(f"[bold]Store[/bold] {store.path} (schema version {store.schema_version})")
        table = Table("what", "count")
        for key, value in counts.items():
            table.add_row(key, str(value))
        console.print(table)
        runs = store.runs(limit=5)
        if runs:
            recent = Table("run", "command", "started", "ended", "status", "counts", title="Recent runs")
            for run in runs:
                recent.add_row(str(run["id"]), run["command"], run["started"], run["ended"] or "", run["status"],
                               ", ".join(f"{k}={v}" for k, v in (run["counts"] or {}).items()))
            console.print(recent)
