"""CLI commands of the entity graph: `arahan graph ...` and `arahan entities ...`.

The commands only translate options and print; the work is in arahan.extract.graph
(build, query, export, manual, report). Every command takes --db. Exit codes: 0 done,
2 bad usage (unknown node, bad format, bad decision), 3 store unusable.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from arahan.extract.graph import schema
from arahan.options import EXIT_PARTIAL, EXIT_USAGE, DbOption, fail, open_store
from arahan.store.graph import GraphTables

graph_app = typer.Typer(
    help="The entity graph across the corpus: build it, query it, export it (GraphML, GEXF, JSON, CSV).\n\n"
         "Typical flow: `arahan extract`, `arahan graph build`, then `arahan graph who \"Kabupaten Bondowoso\" "
         "--from 2024-01-01` or `arahan graph export --format gexf --out graph.gexf` for Gephi.",
    no_args_is_help=True,
)
entities_app = typer.Typer(
    help="Entities of the graph: list, show (with the evidence of each merge), merge and split persons by hand. "
         "Hand decisions are kept and re-applied after every re-extraction.",
    no_args_is_help=True,
)
console = Console()

NODE_TYPES = schema.NODE_TYPES
EDGE_TYPES = schema.EDGE_TYPES
DIRECTIVE_TYPES = ("appeal", "instruction", "prohibition", "sanction_warning", "policy", "oversight")
_DAY = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def _check_date(value: str | None) -> str | None:
    """A date option: 2024, 2024-09 or 2024-09-17 (a whole year or month, or a day)."""
    if value is None:
        return None
    if _DAY.fullmatch(value):
        year, month, day = (value.split("-") + ["01", "01"])[:3]
        try:
            date(int(year), int(month), int(day))
            return value
        except ValueError:
            pass
    raise typer.BadParameter(f"{value!r} is not a date; use 2024, 2024-09 or 2024-09-17")


def _choices(allowed: tuple[str, ...], many: bool = False):
    """A callback that accepts only the listed values (comma-separated when `many`)."""
    def check(value: str | None) -> str | None:
        if value is None:
            return None
        bad = [v for v in (value.split(",") if many else [value]) if v.strip() not in allowed]
        if bad:
            raise typer.BadParameter(f"unknown {', '.join(map(repr, bad))}; choose from {', '.join(allowed)}")
        return value
    return check


NodeTypes = Annotated[Optional[str], typer.Option(
    "--node-types", callback=_choices(NODE_TYPES, many=True),
    help=f"Keep only these node types, comma-separated ({','.join(NODE_TYPES)}).")]
EdgeTypes = Annotated[Optional[str], typer.Option(
    "--edge-types", callback=_choices(EDGE_TYPES, many=True),
    help=f"Follow only these relations, comma-separated ({','.join(EDGE_TYPES)}).")]
DateFrom = Annotated[Optional[str], typer.Option("--from", callback=_check_date, help="Earliest date (ISO, e.g. 2024-01-01).")]
DateTo = Annotated[Optional[str], typer.Option("--to", callback=_check_date, help="Latest date (ISO; 2024 or 2024-09 cover the whole period).")]
MinConf = Annotated[float, typer.Option("--min-confidence", min=0.0, max=1.0, help="Drop edges below this confidence.")]
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]


def register(app: typer.Typer) -> None:
    app.add_typer(graph_app, name="graph")
    app.add_typer(entities_app, name="entities")


def _graph(store):
    from arahan.extract.graph.build import load_graph

    return load_graph(store)


def _node(G, ref: str, types=None) -> str:
    from arahan.extract.graph.query import UnknownNode, find_node

    try:
        return find_node(G, ref, types)
    except UnknownNode as exc:
        raise fail(str(exc), EXIT_USAGE) from None


def _print(rows: list[dict], columns: list[str], as_json: bool, title: str | None = None) -> None:
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=1, default=str))
        return
    if not rows:
        console.print("(nothing found)")
        return
    table = Table(*columns, title=title)
    for r in rows:
        table.add_row(*(_cell(r.get(c)) for c in columns))
    console.print(table)


def _cell(value, width: int = 48) -> str:
    """One table cell: lists joined, long text cut (the full rows are in --json)."""
    if value is None:
        return ""
    text = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
    return text if len(text) <= width else text[:width - 1] + "…"


# ---------------------------------------------------------------------- graph
@graph_app.command("build")
def build(
    db: DbOption = None,
    full: Annotated[bool, typer.Option("--full", help="Forget the built graph and build it again from every "
                                                      "extraction (hand merges/splits are kept).")] = False,
) -> None:
    """Fold new or re-extracted documents into the graph (incremental: only those articles are read).

    Exit code 1 when some findings could not be read (they are listed and skipped).

    Example: arahan graph build --db arahan.db
    """
    from arahan.extract.graph.build import update_graph

    with open_store(db) as store:
        with Progress(TextColumn("[bold]graph"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      console=Console(stderr=True)) as bar:
            task = bar.add_task("build", total=None)
            stats = update_graph(store, full=full, progress=lambda done, total: bar.update(task, completed=done,
                                                                                            total=total))
        notes = stats.pop("notes", [])
        console.print("built: " + ", ".join(f"{k}={v}" for k, v in stats.items()))
        counts = GraphTables(store).counts()
        console.print("graph: " + ", ".join(f"{k}={v}" for k, v in sorted(counts.items())))
    for note in notes:
        typer.secho(f"skipped a finding: {note}", fg=typer.colors.YELLOW, err=True)
    if stats.get("skipped_findings"):
        raise typer.Exit(EXIT_PARTIAL)


@graph_app.command("export")
def export(
    out: Annotated[Path, typer.Option("--out", help="Output file (a folder for csv: nodes.csv + edges.csv).")],
    fmt: Annotated[str, typer.Option("--format", help="graphml | gexf (1.3, for Gephi) | json (node-link) | csv")] = "graphml",
    around: Annotated[Optional[str], typer.Option("--around", help="Export only the neighbourhood of this "
                                                                   "entity (id or search text).")] = None,
    hops: Annotated[int, typer.Option("--hops", min=1, help="Neighbourhood size with --around.")] = 2,
    node_types: NodeTypes = None, edge_types: EdgeTypes = None, date_from: DateFrom = None, date_to: DateTo = None,
    min_confidence: MinConf = 0.0, db: DbOption = None,
) -> None:
    """Write the graph (or a filtered part of it) for Gephi, Neo4j, networkx or a browser.

    Examples: arahan graph export --format gexf --out arahan.gexf;
    arahan graph export --format csv --out export/ --edge-types ISSUED,TARGETS --from 2024-01-01
    """
    from arahan.extract.graph import query
    from arahan.extract.graph.export import FORMATS, export_graph

    if fmt.lower() not in FORMATS:
        raise fail(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}", EXIT_USAGE)
    with open_store(db, readonly=True) as store:
        G = _graph(store)
    if around:
        G = query.neighbourhood(G, _node(G, around), hops, node_types, edge_types, date_from, date_to, min_confidence)
    else:
        G = query.filter_graph(G, node_types, edge_types, date_from, date_to, min_confidence)
    try:
        files = export_graph(G, fmt, out)
    except OSError as exc:  # a folder that is a file, /proc, no space, no permission
        raise fail(f"--out {out}: cannot write ({exc.strerror or exc})", EXIT_USAGE) from None
    console.print(f"wrote {G.number_of_nodes()} nodes, {G.number_of_edges()} edges: " + ", ".join(map(str, files)))


@graph_app.command("neighbours")
def neighbours(
    entity: Annotated[str, typer.Argument(help="Entity id (person:..., region:35.11) or text to search.")],
    hops: Annotated[int, typer.Option("--hops", "-k", min=1, help="How many steps away.")] = 1,
    node_types: NodeTypes = None, edge_types: EdgeTypes = None, date_from: DateFrom = None, date_to: DateTo = None,
    min_confidence: MinConf = 0.0, as_json: AsJson = False, db: DbOption = None,
) -> None:
    """The entities within k steps of one entity, with the relations between them.

    Example: arahan graph neighbours "Bambang Setiawan" --hops 2 --edge-types HOLDS,ISSUED,TARGETS
    """
    from arahan.extract.graph import query

    with open_store(db, readonly=True) as store:
        G = _graph(store)
    H = query.neighbourhood(G, _node(G, entity), hops, node_types, edge_types, date_from, date_to, min_confidence)
    rows = [{"source": H.nodes[u].get("label"), "relation": d.get("type"), "target": H.nodes[v].get("label"),
             "first_seen": d.get("first_seen"), "last_seen": d.get("last_seen"), "confidence": d.get("confidence"),
             "source_id": u, "target_id": v} for u, v, d in H.edges(data=True)]
    _print(rows, ["source", "relation", "target", "first_seen", "last_seen", "confidence"], as_json,
           f"{H.number_of_nodes()} entities, {H.number_of_edges()} relations")


@graph_app.command("path")
def path(
    a: Annotated[str, typer.Argument(help="First entity (id or search text).")],
    b: Annotated[str, typer.Argument(help="Second entity (id or search text).")],
    node_types: NodeTypes = None, edge_types: EdgeTypes = None, date_from: DateFrom = None, date_to: DateTo = None,
    min_confidence: MinConf = 0.0, db: DbOption = None,
) -> None:
    """The shortest chain of relations linking two entities, through the relations the filters allow.

    Example: arahan graph path "Bambang Setiawan" "UU 20/2023" --edge-types ISSUED,CITES
    """
    from arahan.extract.graph import query

    with open_store(db, readonly=True) as store:
        G = _graph(store)
    where = query.GraphFilter.of(node_types, edge_types, date_from, date_to, min_confidence)
    nodes = query.shortest_path(G, _node(G, a), _node(G, b), where=where)
    if not nodes:
        console.print("no path between them")
        return
    for i, n in enumerate(nodes):
        console.print(f"{'  ' * i}{G.nodes[n].get('type')}: {G.nodes[n].get('label')} [dim]({n})[/dim]")


@graph_app.command("who")
def who(
    region: Annotated[str, typer.Argument(help="Region id (region:35.11) or name (\"Kabupaten Bondowoso\").")],
    date_from: DateFrom = None, date_to: DateTo = None, as_json: AsJson = False, db: DbOption = None,
) -> None:
    """Who instructed whom in a region (and its sub-regions) between two dates.

    Example: arahan graph who "Kabupaten Bondowoso" --from 2024-01-01 --to 2024-12-31
    """
    from arahan.extract.graph import query

    with open_store(db, readonly=True) as store:
        G = _graph(store)
    rows = query.who_instructed(G, _node(G, region, ["Region"]), date_from, date_to)
    _print(rows, ["date", "issuer_label", "via", "directive_type", "targets", "summary", "n_reports", "confidence"],
           as_json)


@graph_app.command("top")
def top(
    region: Annotated[Optional[str], typer.Option("--region", help="Only directives in this region.")] = None,
    directive_type: Annotated[Optional[str], typer.Option("--type", callback=_choices(DIRECTIVE_TYPES), help="appeal | instruction | prohibition | "
                                                                         "sanction_warning | policy | oversight")] = None,
    date_from: DateFrom = None, date_to: DateTo = None,
    limit: Annotated[int, typer.Option("--limit", min=1)] = 10, as_json: AsJson = False, db: DbOption = None,
) -> None:
    """The officials and bodies that issued the most directives (by region, type and period).

    Example: arahan graph top --region "Provinsi Jawa Timur" --type prohibition --from 2024
    """
    from arahan.extract.graph import query

    with open_store(db, readonly=True) as store:
        G = _graph(store)
    rid = _node(G, region, ["Region"]) if region else None
    rows = query.top_issuers(G, rid, directive_type, date_from, date_to, limit)
    _print(rows, ["label", "type", "count", "by_type", "issuer"], as_json)


@graph_app.command("timeline")
def timeline(
    person: Annotated[str, typer.Argument(help="Person id or name.")], as_json: AsJson = False, db: DbOption = None,
) -> None:
    """An official's offices (with tenure, acting Pj/Pjs/Plt/Plh) and directives in date order.

    Example: arahan graph timeline "Bambang Setiawan"
    """
    from arahan.extract.graph import query

    with open_store(db, readonly=True) as store:
        G = _graph(store)
    pid = _node(G, person, ["Person"])
    if not as_json:
        console.print(f"[bold]{G.nodes[pid].get('label')}[/bold] ({pid})")
    rows = query.timeline(G, pid)
    _print(rows, ["date", "kind", "label", "acting", "last_seen", "directive_type", "via", "confidence"], as_json)


@graph_app.command("resolution-report")
def resolution_report(
    gold: Annotated[list[Path], typer.Option("--gold", help="Gold folder (SCHEMA.md files) or gold.jsonl; repeatable.")],
    pred: Annotated[Optional[Path], typer.Option(
        "--pred", help="Resolve what extraction found instead of the gold officials: an `arahan extract --output` file "
                       "over the same articles.")] = None,
    pred_store: Annotated[Optional[Path], typer.Option(
        "--pred-store", help="Like --pred, with the extractions kept in a store (gold matched by URL), e.g. after "
                             "`arahan import corpus/demo` and `arahan extract`.")] = None,
    show: Annotated[bool, typer.Option("--show", help="List false merges and missed merges.")] = False,
) -> None:
    """Person resolution precision and recall against gold officials (builds a scratch graph).

    Examples: arahan graph resolution-report --gold ../shared/eval/dev --gold corpus/demo/gold.jsonl;
    arahan extract --input ../shared/eval/dev --output pred.jsonl &&
    arahan graph resolution-report --gold ../shared/eval/dev --pred pred.jsonl
    """
    from arahan.extract.graph.report import load_gold, load_predictions, predictions_from_store, resolution_report as report

    missing = [str(g) for g in [*gold, *filter(None, (pred, pred_store))] if not g.exists()]
    if missing:
        raise fail(f"no file at {', '.join(missing)}", EXIT_USAGE)
    predictions = None
    if pred or pred_store:
        predictions = {**(load_predictions(pred) if pred else {}),
                       **(predictions_from_store(pred_store) if pred_store else {})}
    r = report(load_gold(gold), predictions)
    console.print(f"articles={r['articles']} named mentions={r['mentions']} persons gold={r['persons_gold']} "
                  f"found={r['persons_found']}")
    console.print(f"cross-article pairs: gold={r['pairs_gold']} merged={r['pairs_merged']} "
                  f"false merges={len(r['false_merges'])}")
    console.print(f"resolution precision={r['precision']:.3f} recall={r['recall']:.3f}")
    if show:
        for a, b, pid in r["false_merges"]:
            console.print(f"false merge: {a} ~ {b} as {pid}")
        for a, b, key in r["missed"]:
            console.print(f"missed: {a} ~ {b} ({key})")


# ---------------------------------------------------------------------- entities
@entities_app.command("list")
def list_(
    search: Annotated[Optional[str], typer.Option("--search", "-s", help="Text in the name or label.")] = None,
    type_: Annotated[Optional[str], typer.Option("--type", callback=_choices(NODE_TYPES), help="Node type, e.g. Person or Office.")] = None,
    limit: Annotated[int, typer.Option("--limit", min=1)] = 50, as_json: AsJson = False, db: DbOption = None,
) -> None:
    """Entities of the graph, most connected first.

    Example: arahan entities list --type Person --search bambang
    """
    from arahan.extract.graph import query

    with open_store(db, readonly=True) as store:
        G = _graph(store)
    if search:
        rows = query.search_entities(G, search, limit, type_)
    else:
        nodes = [n for n, d in G.nodes(data=True) if not type_ or d.get("type") == type_]
        nodes.sort(key=lambda n: (-G.degree(n), n))
        rows = [{"id": n, "type": G.nodes[n].get("type"), "label": G.nodes[n].get("label"), "degree": G.degree(n)}
                for n in nodes[:limit]]
    _print(rows, ["id", "type", "label", "degree"], as_json)


@entities_app.command("show")
def show(
    entity: Annotated[str, typer.Argument(help="Entity id or search text.")], db: DbOption = None,
) -> None:
    """One entity: attributes, names it is known by and why they were merged, relations with evidence.

    Example: arahan entities show person:bambang-setiawan@35.11
    """
    with open_store(db, readonly=True) as store:
        G = _graph(store)
        node = _node(G, entity)
        tables = GraphTables(store)
        data = G.nodes[node]
        console.print(f"[bold]{data.get('label')}[/bold]  {data.get('type')}  ({node})")
        for k, v in sorted(data.items()):
            if k not in ("label", "type"):
                console.print(f"  {k}: {v}")
        aliases = tables.aliases_of(node)
        if aliases:
            table = Table("name", "jurisdiction", "offices", "why", title="Known as")
            for a in aliases:
                table.add_row(a["name_key"], a["anchor"] or "?", ", ".join(json.loads(a["titles"] or "[]")), a["rule"])
            console.print(table)
        for d in tables.decisions():
            if node in json.dumps(d["args"]):
                console.print(f"manual {d['action']} #{d['id']} ({d['created']}): {d['args']} {d['note'] or ''}")
        table = Table("relation", "other", "first", "last", "conf", "evidence", title="Relations")
        for u, v, d in list(G.out_edges(node, data=True)) + list(G.in_edges(node, data=True)):
            other = v if u == node else u
            ev = tables.evidence(d["edge_id"])[:1]
            sentence = (ev[0].sentence or f"document {ev[0].document_id}")[:90] if ev else ""
            arrow = d.get("type") if u == node else f"<- {d.get('type')}"
            table.add_row(arrow, str(G.nodes[other].get("label")), str(d.get("first_seen") or ""),
                          str(d.get("last_seen") or ""), f"{d.get('confidence') or 0:.2f}", sentence)
        console.print(table)


@entities_app.command("merge")
def merge(
    into: Annotated[str, typer.Argument(help="The person id to keep.")],
    others: Annotated[list[str], typer.Argument(help="Person ids that are the same person.")],
    note: Annotated[Optional[str], typer.Option("--note", help="Why (kept with the decision).")] = None,
    db: DbOption = None,
) -> None:
    """Declare persons to be one (kept across re-extraction and rebuilds).

    Example: arahan entities merge person:m-sanusi@35.07 person:sanusi.bupati@35.07 --note "same Bupati"
    """
    from arahan.extract.graph.manual import DecisionError, merge_persons

    with open_store(db) as store:
        try:
            stats = merge_persons(store, into, others, note)
        except DecisionError as exc:
            raise fail(str(exc), EXIT_USAGE) from None
    console.print(f"merged {', '.join(others)} into {into}; re-folded {stats['documents']} document(s)")


@entities_app.command("split")
def split(
    person: Annotated[str, typer.Argument(help="The person id to split.")],
    name: Annotated[Optional[list[str]], typer.Option("--name", help="Move mentions under this name (repeatable).")] = None,
    document: Annotated[Optional[list[int]], typer.Option("--document", help="Move the mentions in this document "
                                                                              "id (repeatable).")] = None,
    into: Annotated[Optional[str], typer.Option("--into", help="Id of the new person (default: PERSON~N).")] = None,
    note: Annotated[Optional[str], typer.Option("--note", help="Why (kept with the decision).")] = None,
    db: DbOption = None,
) -> None:
    """Separate some mentions of a person into a new person (kept across re-extraction and rebuilds).

    Example: arahan entities split person:bambang.sekda@35.11 --document 42 --note "another Bambang"
    """
    from arahan.extract.graph.manual import DecisionError, split_person

    with open_store(db) as store:
        try:
            new_id, stats = split_person(store, person, name, document, into, note)
        except DecisionError as exc:
            raise fail(str(exc), EXIT_USAGE) from None
    console.print(f"split {new_id} from {person}; re-folded {stats['documents']} document(s)")
