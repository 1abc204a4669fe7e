"""Options and error handling shared by every command.

Exit codes mean the same everywhere:
  0  done
  1  done, but some items failed (see the run's failures)
  2  bad usage (Typer's own code for wrong arguments)
  3  the store cannot be used (missing, unwritable, corrupt, from a newer Arahan)
  4  a required model or data file is missing
  130 interrupted by the user; everything finished so far is kept
"""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Iterator

import typer

from arahan.extract.graph.schema import SchemaError
from arahan.store.database import Store, StoreError

EXIT_OK = 0
EXIT_PARTIAL = 1
EXIT_USAGE = 2
EXIT_STORE = 3
EXIT_MISSING_MODEL = 4
EXIT_INTERRUPTED = 130

DbOption = Annotated[
    Path | None,
    typer.Option(
        "--db",
        envvar="ARAHAN_DB",
        help="Store file (SQLite). Default: ./arahan.db, or the ARAHAN_DB environment variable.",
        show_default=False,
    ),
]


def fail(message: str, code: int) -> typer.Exit:
    """Print a one-line error to stderr and return the Exit to raise."""
    typer.secho(f"error: {message}", fg=typer.colors.RED, err=True)
    return typer.Exit(code)


@contextmanager
def open_store(db: Path | None, *, readonly: bool = False, create: bool = False) -> Iterator[Store]:
    """Open the store for a command; store problems become a one-line error and exit code 3.

    A graph build that would break the graph schema is rolled back and reported the same way.

    Only the commands that make a store on purpose (import, ingest, status, sources add, watch add) pass create=True;
    the others name the missing file instead of working on a new, empty store. An SQLite
    error in the middle of the command (a damaged page, a full disk) is a store problem too:
    the run it interrupted is marked failed and the command exits 3, without a traceback."""
    try:
        store = Store.open(db, readonly=readonly, create=create)
    except StoreError as exc:
        raise fail(str(exc), EXIT_STORE) from None
    try:
        yield store
    except sqlite3.DatabaseError as exc:  # OperationalError (disk full, locked, I/O) included
        message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        store.fail_open_runs(message)
        raise fail(f"{store.path}: store error: {message}", EXIT_STORE) from None
    except SchemaError as exc:  # the graph builder rolled its run back: a builder bug, not bad input
        raise fail(f"graph not updated (nothing written): {str(exc).splitlines()[0]}", EXIT_STORE) from None
    finally:
        store.close()
