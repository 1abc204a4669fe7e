"""CLI command `arahan search`: full-text search over the stored articles.

Exit codes: 0 found or not found alike, 2 a query that does not parse or an unknown
filter value (one line says which), 3 store unusable, 4 --stem without the lemmatizer tables.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from arahan.options import EXIT_MISSING_MODEL, EXIT_USAGE, DbOption, fail, open_store
from arahan.corpus.search import Filters, QueryError, StemmerMissing, mark, refresh_stems, resolve_regions, search

FORMATS = ("table", "json", "csv")
_ISO_DAY = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
FACET_TITLES = {"outlet": "Outlets", "province": "Provinces", "kabupaten": "Kabupaten/kota",
                "type": "Directive types", "issuer": "Issuers", "month": "Months"}

Many = Annotated[list[str] | None, typer.Option(show_default=False)]


def register(app: typer.Typer) -> None:
    app.command("search")(search_command)


def search_command(
    query: Annotated[str, typer.Argument(help='Words, "phrases", prefix*, AND / OR / NOT, (groups).')],
    fmt: Annotated[str, typer.Option("--format", help="table | json | csv")] = "table",
    stem: Annotated[bool, typer.Option("--stem", help="Fold Indonesian affixes: 'melarang' also finds 'larangan'.")] = False,
    limit: Annotated[int, typer.Option("--limit", min=1, help="How many articles to list.")] = 20,
    outlet: Annotated[list[str] | None, typer.Option("--outlet", help="Only this outlet (repeatable).")] = None,
    region: Annotated[list[str] | None, typer.Option(
        "--region", help="Only articles about this province or kabupaten/kota (name or code; repeatable).")] = None,
    dtype: Annotated[list[str] | None, typer.Option("--type", help="Only articles with a directive of this type.")] = None,
    issuer: Annotated[list[str] | None, typer.Option("--issuer", help="Only articles with a directive by this issuer.")] = None,
    since: Annotated[str | None, typer.Option("--from", help="Published on or after (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option("--to", help="Published on or before (YYYY-MM-DD).")] = None,
    facets: Annotated[bool, typer.Option("--facets/--no-facets", help="Count matches by outlet, region, type ...")] = True,
    db: DbOption = None,
) -> None:
    """Search the words of every stored article; list the best matches with the hits highlighted.

    Examples: arahan search fogging; arahan search '"kawasan tanpa rokok" NOT vape' --format json;
    arahan search melarang --stem --region "Jawa Timur" --from 2025-01-01
    """
    if fmt not in FORMATS:
        raise fail(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}", EXIT_USAGE)
    for option, value in (("--from", since), ("--to", until)):
        if value and not _ISO_DAY.match(value):
            raise fail(f"{option} {value!r}: use a date like 2025-03-01", EXIT_USAGE)
    codes: list[str] = []
    for name in region or []:
        found = resolve_regions(name)
        if not found:
            raise fail(f"unknown region {name!r}: give a province or kabupaten/kota name, or its code", EXIT_USAGE)
        codes += found
    filters = Filters(outlets=list(outlet or []), regions=codes, types=list(dtype or []), issuers=list(issuer or []),
                      since=since, until=until)
    with open_store(db) as store:
        try:
            if stem:
                refresh_stems(store)
            result = search(store, query, stem=stem, filters=filters, limit=limit, facets=facets)
        except QueryError as exc:
            raise fail(f"cannot search for {query!r}: {exc}", EXIT_USAGE) from None
        except StemmerMissing as exc:
            raise fail(str(exc), EXIT_MISSING_MODEL) from None
    if fmt == "json":
        hits = [{**h, "snippet": mark(h["snippet"], "«", "»")} for h in result.hits]
        typer.echo(json.dumps({"query": result.query, "stemmed": result.stemmed, "total": result.total,
                               "order": result.order, "facets_over": result.facets_over, "hits": hits,
                               "facets": result.facets}, ensure_ascii=False, indent=1))
    elif fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(["id", "published", "outlet", "title", "url", "snippet", "score"])
        for h in result.hits:
            writer.writerow([h["id"], h["published"] or "", h["outlet"] or "", h["title"] or "", h["canonical_url"],
                             mark(h["snippet"], "«", "»"), f"{h['score']:.3f}"])
    else:
        _print_table(result)


def _print_table(result) -> None:
    console = Console()
    if not result.hits:
        console.print(f"no article matches {escape(result.query)!r}")
        return
    table = Table("id", "date", "outlet", "title / snippet",
                  title=f"{result.total:,} article(s) match {escape(result.query)!r}"
                        + (" (stemmed)" if result.stemmed else ""))
    for h in result.hits:
        snippet = mark(escape(h["snippet"] or ""), "[bold yellow]", "[/bold yellow]")
        table.add_row(str(h["id"]), (h["published"] or "")[:10], escape(h["outlet"] or ""),
                      f"[bold]{escape(h['title'] or '(untitled)')}[/bold]\n{snippet}")
    console.print(table)
    if result.order == "recent":
        console.print("Too many matches to rank by relevance: the most recently stored come first "
                      "(narrow the query or add filters to rank).")
    if result.facets_over:
        console.print(f"Counts below are over the {result.facets_over:,} most recently stored matches.")
    for name, title in FACET_TITLES.items():
        counts = result.facets.get(name)
        if counts:
            top = ", ".join(f"{escape(str(k))} ({v})" for k, v in list(counts.items())[:8])
            console.print(f"[bold]{title}:[/bold] {top}")
