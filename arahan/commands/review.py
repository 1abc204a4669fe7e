"""CLI commands `arahan review ...`: accept, reject or correct findings; list decisions; export gold files.

Exit codes: 0 done, 2 a finding, field or value that does not exist (one line says which),
3 store unusable.
"""

from __future__ import annotations

import getpass
import os
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from arahan.options import EXIT_USAGE, DbOption, fail, open_store
from arahan.store.review import ReviewTables
from arahan.extract import review as R

review_app = typer.Typer(
    help="Review findings: accept, reject or correct them; decisions survive re-extraction and graph rebuilds.",
    no_args_is_help=True,
)

Reviewer = Annotated[str | None, typer.Option("--reviewer", envvar="ARAHAN_REVIEWER", show_default=False,
                                              help="Who decides (default: $ARAHAN_REVIEWER, else the login name).")]
Note = Annotated[str | None, typer.Option("--note", help="Why (kept with the decision).")]
Ref = Annotated[str, typer.Argument(help="The finding: d<number> (directive) or m<number> (mention), "
                                         "as `arahan review list` shows it.")]


def register(app: typer.Typer) -> None:
    app.add_typer(review_app, name="review")


def _who(reviewer: str | None) -> str:
    return reviewer or os.environ.get("ARAHAN_REVIEWER") or getpass.getuser()


def _decide(ref: str, decision: str, db, reviewer, note, changes=None) -> None:
    with open_store(db) as store:
        try:
            done = R.record(store, ref, decision, changes=changes, reviewer=_who(reviewer), note=note)
        except R.ReviewError as exc:
            raise fail(str(exc), EXIT_USAGE) from None
    what = f"{decision}ed" if decision != "correct" else "corrected"
    changed = ", ".join(f"{k}={v}" for k, v in done["changes"].items())
    graph = " · graph updated" if done["graph"] else ""
    typer.echo(f"{ref} ({done['kind']} of article #{done['document_id']}) {what}"
               + (f": {changed}" if changed else "") + f" · decision #{done['id']}{graph}")


@review_app.command("accept")
def accept(ref: Ref, note: Note = None, reviewer: Reviewer = None, db: DbOption = None) -> None:
    """Mark a finding as right. Example: arahan review accept d12 --note "checked against the source\""""
    _decide(ref, "accept", db, reviewer, note)


@review_app.command("reject")
def reject(ref: Ref, note: Note = None, reviewer: Reviewer = None, db: DbOption = None) -> None:
    """Mark a finding as wrong: it leaves the graph and every count. Example: arahan review reject d12"""
    _decide(ref, "reject", db, reviewer, note)


@review_app.command("correct")
def correct(
    ref: Ref,
    sets: Annotated[list[str], typer.Option("--set", help="FIELD=VALUE; directive: type, issuer, issuer_title, "
                                                          "issuer_region, targets (comma-separated), date; official: "
                                                          "name, title, region; region and organization: name.")],
    note: Note = None, reviewer: Reviewer = None, db: DbOption = None,
) -> None:
    """Correct fields of a finding. Example: arahan review correct d12 --set type=instruction --set targets="ASN,PPPK\""""
    pairs = {}
    for item in sets:
        field_, sep, value = item.partition("=")
        if not sep:
            raise fail(f"--set {item!r}: write FIELD=VALUE, e.g. --set type=instruction", EXIT_USAGE)
        pairs[field_.strip()] = value
    _decide(ref, "correct", db, reviewer, note, pairs)


@review_app.command("list")
def list_findings(
    document: Annotated[int | None, typer.Option("--document", help="One article's findings, with their decisions.")] = None,
    db: DbOption = None,
) -> None:
    """List an article's findings with handles (d12, m40) and decisions, or every decision with its state.

    Without --document: every decision, applied, superseded or orphaned (its finding is gone
    after a re-extraction; the decision is kept). Example: arahan review list --document 7
    """
    with open_store(db) as store:
        tables = ReviewTables(store)
        console = Console()
        if document is not None:
            if tables.document_header(document) is None:
                raise fail(f"no article #{document} in the store", EXIT_USAGE)
            table = Table("finding", "kind", "what", "evidence", "decision", title=f"Findings of article #{document}")
            for f in R.findings_with_state(tables, document):
                d = f["decision"]
                state = "" if d is None else f"{d['decision']} by {d['reviewer'] or '?'}" + (
                    f" ({', '.join(f'{k}={v}' for k, v in d['changes'].items())})" if d["changes"] else "")
                table.add_row(f["handle"], f["finding_kind"], escape(_what(f)), escape(R.evidence_text(f) or ""),
                              escape(state))
            console.print(table)
            return
        rows = R.decisions_with_state(tables)
        if not rows:
            console.print("no decisions yet: see `arahan review list --document ID`, then accept / reject / correct")
            return
        table = Table("#", "article", "kind", "evidence", "decision", "by", "when", "state", "now", title="Decisions")
        for d in rows:
            changes = ", ".join(f"{k}={v}" for k, v in d["changes"].items())
            table.add_row(str(d["id"]), str(d["document_id"]), d["kind"], escape(d["evidence"] or ""),
                          escape(d["decision"] + (f" ({changes})" if changes else "")), escape(d["reviewer"] or ""),
                          d["created"], d["state"], d["handle"] or "")
        console.print(table)
        lost = sum(1 for d in rows if d["state"] == "orphaned")
        if lost:
            console.print(f"{lost} decision(s) orphaned: their finding is no longer extracted (kept, not applied)")


def _what(f: dict) -> str:
    if f["finding_kind"] == "directive":
        targets = ", ".join(f.get("targets") or [])
        return f"{f['type']} by {f.get('issuer') or '?'}" + (f" → {targets}" if targets else "") + \
            (f" on {f['date']}" if f.get("date") else "")
    return " · ".join(x for x in (f.get("name"), f.get("title"), f.get("region") if f["kind"] != "region" else None) if x)


@review_app.command("export")
def export(out: Annotated[Path, typer.Option("--out", help="Folder for the gold files (created).")], db: DbOption = None) -> None:
    """Write every reviewed article as a gold file (../shared/eval/SCHEMA.md), for `arahan eval --gold DIR`."""
    with open_store(db, readonly=True) as store:
        written = R.export_gold(store, out)
    typer.echo(f"{len(written)} reviewed article(s) written to {out}" + ("" if written else " (nothing reviewed yet)"))
