"""CLI commands for following sources over time: `arahan sources ...`, `arahan update`, `arahan watch ...`.

Exit codes: 0 done, 1 done but some source failed (the others ran), 2 bad usage (unknown
kind, region, type, watchlist), 3 store unusable or busy (another update is running).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from arahan.options import EXIT_OK, EXIT_PARTIAL, EXIT_STORE, EXIT_USAGE, DbOption, fail, open_store
from arahan.store.database import resolve_db_path
from arahan.store.watch import WatchTables

sources_app = typer.Typer(help="The sites and folders `arahan update` ingests.", no_args_is_help=True)
watch_app = typer.Typer(help="Saved queries that report new directives after each update.", no_args_is_help=True)
Digests = Annotated[Path, typer.Option("--out", help="Folder for the digests (<name>.md, .html, .atom).")]


def register(app: typer.Typer) -> None:
    app.add_typer(sources_app, name="sources")
    app.add_typer(watch_app, name="watch")
    app.command("update")(update_command)


# ---------------------------------------------------------------- sources
@sources_app.command("add")
def sources_add(
    kind: Annotated[str, typer.Argument(help="sitemap | feed | crawl | urls (a file of URLs) | folder (documents to import)")],
    target: Annotated[str, typer.Argument(help="The URL, or the file or folder path.")],
    db: DbOption = None,
) -> None:
    """Keep a source for `arahan update`. Example: arahan sources add sitemap https://kabarjatim.example/sitemap.xml"""
    from arahan.extract.update import SourceError, check_source

    try:
        target = check_source(kind, target)
    except SourceError as exc:
        raise fail(str(exc), EXIT_USAGE) from None
    with open_store(db, create=True) as store:  # the first source may come before the first import
        source_id, new = WatchTables(store).add_source(kind, target)
    typer.echo(f"source #{source_id}: {kind} {target}" + ("" if new else " (already kept)"))


@sources_app.command("list")
def sources_list(db: DbOption = None) -> None:
    """List the kept sources with the outcome of their last update."""
    with open_store(db, readonly=True) as store:
        rows = WatchTables(store).sources()
    if not rows:
        typer.echo("no sources yet: arahan sources add sitemap|feed|crawl|urls|folder TARGET")
        return
    table = Table("#", "kind", "target", "last run", "last status", title="Sources")
    for r in rows:
        table.add_row(str(r["id"]), r["kind"], escape(r["target"]), r["last_run"] or "never", escape(r["last_status"] or ""))
    Console().print(table)


@sources_app.command("remove")
def sources_remove(ref: Annotated[str, typer.Argument(help="The source's number or its target.")], db: DbOption = None) -> None:
    """Stop ingesting a source (its articles stay in the store)."""
    with open_store(db) as store:
        if not WatchTables(store).remove_source(ref):
            raise fail(f"no source {ref!r} (see `arahan sources list`)", EXIT_USAGE)
    typer.echo(f"source {ref} removed; its articles stay in the store")


# ---------------------------------------------------------------- update
def update_command(
    backend: Annotated[str, typer.Option("--backend", help="NLP pipeline for extraction: blank | spacy | stanza.")] = "blank",
    out: Digests = Path("digests"),
    max_pages: Annotated[int | None, typer.Option("--max-pages", min=1, help="Fetch at most this many pages per source.")] = None,
    delay: Annotated[float, typer.Option("--delay", min=0, help="Seconds between two requests to one host.")] = 1.0,
    allow_private: Annotated[bool, typer.Option("--allow-private", help="Allow loopback and private addresses (local test servers).")] = False,
    db: DbOption = None,
) -> None:
    """Ingest every source, extract the new articles, update the graph and run every watchlist.

    Resumable and idempotent: a second run on unchanged sources changes nothing. A source that
    fails is reported and the others still run (exit 1). A second update on the same store
    while one runs stops at once: the store is busy (exit 3). Schedule it daily with cron or a
    systemd timer (see the README). Example: arahan update --db research.db --out digests/
    """
    from arahan.extract.update import StoreBusy, UpdateOptions, update, update_lock

    path = str(Path(resolve_db_path(db)).resolve())
    try:
        with update_lock(path), open_store(db) as store:
            report = update(store, UpdateOptions(backend=backend, max_pages=max_pages, allow_private=allow_private,
                                                 delay=delay, digests=out),
                            say=lambda line: typer.echo(line, err=True))
    except StoreBusy as exc:
        raise fail(str(exc), EXIT_STORE) from None
    for s in report.sources:
        counts = ", ".join(f"{k}={v}" for k, v in s["counts"].items())
        typer.echo(f"{s['kind']} {s['target']}: {s['status']}" + (f" ({counts})" if counts else ""))
    built = report.graph.get("documents", 0)
    typer.echo(f"extracted {report.extracted} new article(s); graph updated with {built} article(s)"
               + (f"; {report.stemmed} article(s) added to the stemmed index" if report.stemmed else ""))
    if report.orphaned:
        typer.echo(f"{report.orphaned} review decision(s) orphaned: their finding is no longer extracted "
                   "(kept; see `arahan review list`)")
    for w in report.watch:
        typer.echo(f"watchlist {w['name']}: {w['new']} new item(s) → {w['files'][0]}")
    if report.failed_sources:
        typer.secho(f"{report.failed_sources} source(s) failed; the others were updated", err=True, fg=typer.colors.YELLOW)
    raise typer.Exit(EXIT_PARTIAL if report.failed_sources else EXIT_OK)


# ---------------------------------------------------------------- watchlists
@watch_app.command("add")
def watch_add(
    name: Annotated[str, typer.Argument(help="A short name (also the digest's file name).")],
    region: Annotated[str | None, typer.Option("--region", help="Province or kabupaten/kota (name or code).")] = None,
    only_region: Annotated[bool, typer.Option("--only-region", help="The region itself, not the places under it.")] = False,
    person: Annotated[str | None, typer.Option("--person", help="Part of the issuing official's name.")] = None,
    office: Annotated[str | None, typer.Option("--office", help="Part of the office's name, e.g. 'Bupati Malang'.")] = None,
    organization: Annotated[str | None, typer.Option("--organization", help="Part of the issuing organization's name.")] = None,
    dtype: Annotated[list[str] | None, typer.Option("--type", help="Directive type (repeatable).")] = None,
    keywords: Annotated[str | None, typer.Option("--keywords", help="Search query over the reporting articles.")] = None,
    stem: Annotated[bool, typer.Option("--stem", help="Keywords with Indonesian affixes folded.")] = False,
    min_confidence: Annotated[float, typer.Option("--min-confidence", min=0, max=1)] = 0.0,
    min_outlets: Annotated[int, typer.Option("--min-outlets", min=1, help="Reported by at least this many outlets.")] = 1,
    db: DbOption = None,
) -> None:
    """Save a watchlist. Example: arahan watch add jatim-larangan --region "Jawa Timur" --type prohibition --min-outlets 2"""
    from arahan.extract.watch import WatchError, Watchlist, add

    wl = Watchlist(region=region, sub_regions=not only_region, person=person, office=office, organization=organization,
                   types=list(dtype or []), keywords=keywords, stem=stem, min_confidence=min_confidence,
                   min_outlets=min_outlets)
    with open_store(db, create=True) as store:  # a watchlist may be set up before the first import
        try:
            add(store, name, wl)
        except WatchError as exc:
            raise fail(str(exc), EXIT_USAGE) from None
    typer.echo(f"watchlist {name}: {wl.describe()}")


@watch_app.command("list")
def watch_list(db: DbOption = None) -> None:
    """List the watchlists with their conditions and last run."""
    from arahan.extract.watch import Watchlist

    with open_store(db, readonly=True) as store:
        tables = WatchTables(store)
        rows = [(w, len(tables.seen_keys(w["id"]))) for w in tables.watchlists()]
    if not rows:
        typer.echo("no watchlists yet: arahan watch add NAME --region ... --type ...")
        return
    table = Table("name", "conditions", "last run", "reported", title="Watchlists")
    for w, n in rows:
        table.add_row(escape(w["name"]), escape(Watchlist.from_dict(w["query"]).describe()), w["last_run"] or "never", str(n))
    Console().print(table)


@watch_app.command("remove")
def watch_remove(name: str, db: DbOption = None) -> None:
    """Delete a watchlist and what it has reported."""
    with open_store(db) as store:
        if not WatchTables(store).remove_watchlist(name):
            raise fail(f"no watchlist {name!r} (see `arahan watch list`)", EXIT_USAGE)
    typer.echo(f"watchlist {name} removed")


@watch_app.command("run")
def watch_run(
    names: Annotated[list[str] | None, typer.Argument(help="Watchlists to run (default: all).", show_default=False)] = None,
    out: Digests = Path("digests"),
    as_json: Annotated[bool, typer.Option("--json", help="Print the new items as JSON.")] = False,
    db: DbOption = None,
) -> None:
    """Report what is new since each watchlist's last run, as Markdown, HTML and an Atom feed.

    Example: arahan watch run jatim-larangan --out digests/
    """
    from arahan.extract import digest
    from arahan.extract.watch import WatchError, Watchlist, run

    report = {}
    with open_store(db) as store:
        tables = WatchTables(store)
        chosen = tables.watchlists(names) if names else tables.watchlists()
        missing = sorted(set(names or []) - {w["name"] for w in chosen})
        if missing:
            raise fail(f"no watchlist {', '.join(missing)} (see `arahan watch list`)", EXIT_USAGE)
        for w in chosen:
            try:
                new = run(store, w["name"])
            except WatchError as exc:
                raise fail(str(exc), EXIT_USAGE) from None
            files = digest.write(out, w["name"], Watchlist.from_dict(w["query"]).describe(), new,
                                 tables.recent(w["id"], digest.FEED_ITEMS))
            report[w["name"]] = {"new": new, "files": [str(f) for f in files]}
    if as_json:
        typer.echo(json.dumps(report, ensure_ascii=False, indent=1))
        return
    for name, r in report.items():
        typer.echo(f"watchlist {name}: {len(r['new'])} new item(s) → {', '.join(r['files'])}")
        for it in r["new"]:
            typer.echo(f"  {it['date'] or '?'} {it['type']} by {it['issuer'] or '?'}: {it['label']}")
