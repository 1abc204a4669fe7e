"""CLI command for the explorer: `arahan app` starts the Streamlit app on a store."""

from __future__ import annotations

import importlib.util
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Annotated

import typer

from arahan.options import EXIT_INTERRUPTED, EXIT_MISSING_MODEL, DbOption, fail, open_store
from arahan.store.database import resolve_db_path

# Found through the import system, so a checkout and an installed wheel both work.
ENTRY = Path(importlib.util.find_spec("arahan.app").submodule_search_locations[0]) / "main.py"


def register(app: typer.Typer) -> None:
    """Add this area's commands to the top-level app."""
    app.command("app")(run_app)


def streamlit_command(port: int, address: str) -> list[str]:
    """The `streamlit run` line (through arahan.app.serve): headless, no usage statistics, no file watcher (the app only reads)."""
    return [
        sys.executable, "-m", "arahan.app.serve", str(ENTRY),  # `streamlit run`, see app/serve.py
        "--server.port", str(port), "--server.address", address, "--server.headless", "true",
        "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none",
        "--server.runOnSave", "false", "--client.toolbarMode", "minimal", "--theme.base", "light",
    ]


def run_app(
    db: DbOption = None,
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port to serve the app on.")] = 8501,
    address: Annotated[str, typer.Option("--address", help="Interface to listen on (0.0.0.0 to share on the network).")] = "localhost",
) -> None:
    """Open the explorer on a store: graph, evidence, map, incidents, profiles, article reader, exports.

    The app only reads the store (a read-only connection), so it can stay open while
    `arahan ingest` or `arahan extract` write; it picks up their changes on the next click.
    Stop it with Ctrl-C.

    Example: arahan app --db arahan.db --port 8501
    """
    path = str(Path(resolve_db_path(db)).resolve())
    with open_store(Path(path), readonly=True):
        pass  # a missing, corrupt or too-new store fails here with one line and exit code 3
    if not ENTRY.exists():
        raise fail(f"the app's entry script {ENTRY} is missing; reinstall Arahan", EXIT_MISSING_MODEL)
    typer.echo(f"Arahan explorer: http://localhost:{port}  (store: {path}; Ctrl-C to stop)")
    env = {**os.environ, "ARAHAN_DB": path}
    raise typer.Exit(serve(streamlit_command(port, address), env))


def serve(command: list[str], env: dict[str, str]) -> int:
    """Run the server until it stops, and stop it when this process is told to stop.

    Ctrl-C reaches the server too (same process group), but SIGTERM or SIGHUP sent to
    `arahan app` alone (a service manager, a test harness, a closed terminal) would otherwise
    leave the Streamlit server running with nobody to stop it.
    """
    proc = subprocess.Popen(command, env=env)

    def stop(signum, _frame):
        proc.send_signal(signal.SIGTERM)

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGTERM, signal.SIGHUP)}
    try:
        return proc.wait()
    except KeyboardInterrupt:
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        return EXIT_INTERRUPTED
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
