"""The `arahan` command line: assembles every area's commands into one Typer app.

Each area (corpus, extract, models, graph, app) lives in `arahan/commands/<area>.py` and
registers its own commands, so this module stays a table of contents.
"""

from __future__ import annotations

import typer

from arahan import __version__
from arahan.commands import app as app_commands
from arahan.commands import corpus, extract, graph, models, review, search, store, watch
from arahan.helptext import reflow_app

app = typer.Typer(
    name="arahan",
    help=(
        "Arahan: who instructed what, to whom, where and when, in Indonesian regional news.\n\n"
        "Typical flow: `arahan import corpus/demo` (or `arahan ingest --sitemap URL`), "
        "`arahan extract`, then `arahan app` to explore. Every command takes --db PATH "
        "(or the ARAHAN_DB environment variable; default ./arahan.db)."
    ),
    no_args_is_help=True,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
)

for area in (store, corpus, extract, models, graph, search, review, watch, app_commands):
    area.register(app)
reflow_app(app)


def _version_callback(value: bool) -> None:
    if value:
        typer.echo(f"arahan {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version_callback, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """Arahan command line."""


def main() -> None:
    """Console-script entry point."""
    app()
