"""Command help reads as paragraphs: source line breaks go, examples and list items stay."""

from __future__ import annotations

from typer.testing import CliRunner

from arahan.cli import app
from arahan.helptext import reflow


def test_reflow_joins_paragraph_lines_and_keeps_examples_and_items():
    doc = """Score extraction against gold files.

    Matching rules: officials by name (honorifics, degrees and
    initials ignored), unnamed ones by title and region.

    - a list item that
      wraps over two lines
    - another item

    Examples:
      arahan eval --gold ../shared/eval/dev
      arahan eval --gold corpus/demo/gold.jsonl
    """
    assert reflow(doc).split("\n\n") == [
        "Score extraction against gold files.",
        "Matching rules: officials by name (honorifics, degrees and initials ignored), unnamed ones by title and region.",
        "- a list item that wraps over two lines\n- another item",
        "Examples:\n  arahan eval --gold ../shared/eval/dev\n  arahan eval --gold corpus/demo/gold.jsonl",
    ]
    assert reflow(None) is None and reflow("") == ""


def test_help_of_a_command_is_not_broken_mid_sentence():
    result = CliRunner().invoke(app, ["eval", "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "degrees and initials ignored" in result.output  # one line in a wide terminal
    assert "  arahan eval --gold corpus/demo/gold.jsonl" in result.output
