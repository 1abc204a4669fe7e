"""CLI commands for the corpus area (placeholder until that area lands)."""

import typer


def register(app: typer.Typer) -> None:
    """Add this area's commands to the top-level app."""
