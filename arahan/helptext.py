"""Help texts from docstrings, reflowed for the terminal.

Our command docstrings are wrapped at source width. Typer's rich help keeps every line break
after the first paragraph, so the terminal wrapped those lines a second time and `--help`
came out ragged. `reflow` joins the lines of each paragraph (the terminal wraps them to its
width) and keeps the lines that must stay lines: indented ones (examples) and list items.
`reflow_app` applies it once to every command and group when the CLI is assembled.
"""

from __future__ import annotations

import inspect
import re

import typer

_ITEM = re.compile(r"^([-*•]|\d+[.)]) ")


def reflow(doc: str | None) -> str | None:
    """Join the lines of each paragraph; keep list items, indented lines (examples) and the
    line after a colon ("Examples:") on lines of their own."""
    if not doc:
        return doc
    paragraphs = []
    for paragraph in inspect.cleandoc(doc).split("\n\n"):
        lines: list[str] = []
        kind = ""  # of the last line: text | item | code
        for line in paragraph.split("\n"):
            if _ITEM.match(line):
                lines.append(line)
                kind = "item"
            elif line[:1].isspace():
                if kind == "item":  # a wrapped list item goes on
                    lines[-1] = f"{lines[-1]} {line.strip()}"
                else:
                    lines.append(line)
                    kind = "code"
            elif kind in ("text", "item") and not lines[-1].endswith(":"):
                lines[-1] = f"{lines[-1]} {line.strip()}"
            else:
                lines.append(line)
                kind = "text"
        paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs)


def reflow_app(app: typer.Typer) -> typer.Typer:
    """Reflow the help of every command and sub-app of `app` (in place), then return it."""
    for info in app.registered_commands:
        info.help = reflow(info.help or (info.callback.__doc__ if info.callback else None))
    for group in app.registered_groups:
        group.help = reflow(group.help) if isinstance(group.help, str) else group.help
        sub = group.typer_instance
        if sub is not None:
            if isinstance(sub.info.help, str):
                sub.info.help = reflow(sub.info.help)
            reflow_app(sub)
    return app
