"""CLI commands for getting documents in: `arahan ingest`, `arahan import`, `arahan reextract`.

The commands only translate options; the work is in arahan.corpus.ingest and arahan.corpus.batch.
Exit codes: 0 done, 1 done but some items failed (listed in the summary and in the
store's failures table), 3 store unusable, 130 interrupted (everything stored so far
is kept; run the same command again to continue).
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, \
    TimeElapsedColumn, TimeRemainingColumn
from rich.table import Table

from arahan.commands.extract import IngestBackendOption, StanzaDirOption, extraction_hooks
from arahan.engines import BatchEngineOption, BatchSchedulerOption, BatchWorkersOption, TimeLimitOption, open_engine
from arahan.options import EXIT_INTERRUPTED, EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, DbOption, fail, open_store
from arahan.corpus import summary as summary_mod
from arahan.corpus.engine import EngineError, make_engine
from arahan.corpus.fetch import DEFAULT_USER_AGENT, FetchOptions

EngineOption = Annotated[str, typer.Option(
    "--engine", help="Where the page work runs: 'local' (this process) or 'dask' (a Dask cluster).")]
SchedulerOption = Annotated[Optional[str], typer.Option(
    "--scheduler", help="Dask scheduler address (tcp://HOST:PORT); without it --engine dask starts a LocalCluster.")]
WorkersOption = Annotated[int, typer.Option(
    "--workers", min=1, help="Worker processes of the LocalCluster started by --engine dask.")]


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest)
    app.command("import")(import_)
    app.command("reextract")(reextract)


class _Bar(summary_mod.Progress):
    """A rich progress bar with rate and ETA behind the arahan.corpus.summary.Progress protocol."""

    def __init__(self, label: str):
        self._progress = Progress(
            SpinnerColumn(), TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
            TextColumn("[cyan]{task.fields[rate]}"),
            TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(), transient=False,
            console=Console(stderr=True),
        )
        self._task = self._progress.add_task(label, total=None, rate="")

    def __enter__(self):
        self._progress.start()
        return self

    def __exit__(self, *exc):
        self._progress.stop()

    def total(self, n):
        self._progress.update(self._task, total=n)

    def advance(self, n=1):
        self._progress.advance(self._task, n)
        speed = self._progress.tasks[0].speed
        if speed:
            self._progress.update(self._task, rate=f"{speed:.1f} pages/s")

    def note(self, message):
        self._progress.console.print(f"[dim]{message}")


def _print_summary(title: str, summary: summary_mod.RunSummary) -> int:
    console = Console()
    table = Table("outcome", "count", title=title)
    order = ["discovered", "new", "fetched", "extracted", "updated", "unchanged", "duplicates", "near_duplicates",
             "not_indonesian", "hub_pages", "skipped_robots", "skipped", "failed"]
    for key in order + sorted(k for k in summary.counts if k not in order):
        if summary.counts.get(key):
            table.add_row(key.replace("_", " "), str(summary.counts[key]))
    for reason, n in summary.skipped.most_common():
        table.add_row(f"  skipped: {reason}", str(n))
    for reason, n in summary.failures.most_common():
        table.add_row(f"  failed: {reason}", str(n), style="red")
    if not table.row_count:
        table.add_row("nothing to do", "0")
    console.print(table)
    if summary.run_id is not None and summary.failed:
        console.print(f"Failures are listed per item in the store (run {summary.run_id}).")
    if summary.interrupted:
        console.print("[yellow]Interrupted: everything stored so far is kept; run the same command to continue.")
        return EXIT_INTERRUPTED
    return EXIT_PARTIAL if summary.failed else EXIT_OK


def _engine(name: str, scheduler: str | None, workers: int, threads: int):
    if name not in ("local", "dask"):
        raise fail(f"unknown engine {name!r}: use --engine local or --engine dask", EXIT_USAGE)
    try:
        return make_engine(name, scheduler=scheduler, workers=workers, threads=threads)
    except EngineError as exc:
        raise fail(str(exc), EXIT_USAGE) from None


def _day(value: str | None, option: str) -> date | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value).date()
    except ValueError:
        raise fail(f"{option} {value!r}: use a date like 2024-06-21", EXIT_USAGE) from None


def ingest(
    urls: Annotated[Optional[list[str]], typer.Argument(help="Article URLs to fetch.", show_default=False)] = None,
    urls_file: Annotated[Optional[Path], typer.Option("--urls", help="File with one URL per line (# comments allowed).")] = None,
    sitemap: Annotated[Optional[list[str]], typer.Option("--sitemap", help="Sitemap or sitemap index URL (nested, gzipped and news sitemaps are followed). Repeatable.")] = None,
    feed: Annotated[Optional[list[str]], typer.Option("--feed", help="RSS/Atom feed URL, or a homepage whose feeds are discovered. Repeatable.")] = None,
    crawl: Annotated[Optional[list[str]], typer.Option("--crawl", help="Start page of a focused crawl that stays on its host and follows article-like links. Repeatable.")] = None,
    max_pages: Annotated[Optional[int], typer.Option("--max-pages", min=1, help="Fetch at most this many pages in this run (the rest stays pending for the next run).")] = None,
    since: Annotated[Optional[str], typer.Option("--since", help="Only items dated on or after this day (YYYY-MM-DD), where the sitemap or feed gives dates.")] = None,
    until: Annotated[Optional[str], typer.Option("--until", help="Only items dated on or before this day (YYYY-MM-DD).")] = None,
    user_agent: Annotated[str, typer.Option("--user-agent", help="User-Agent sent with every request; name yourself and a contact.")] = DEFAULT_USER_AGENT,
    delay: Annotated[float, typer.Option("--delay", min=0, help="Seconds between two requests to the same host (robots.txt Crawl-delay wins if longer).")] = 1.0,
    concurrency_per_host: Annotated[int, typer.Option("--concurrency-per-host", min=1, help="Requests in flight per host.")] = 1,
    timeout: Annotated[float, typer.Option("--timeout", min=0.1, help="Read timeout in seconds (connect timeout is half of it, at most 10 s).")] = 20.0,
    deadline: Annotated[Optional[float], typer.Option("--deadline", min=0.1, help="Longest time one response may take in all, headers and body (default: 3 x --timeout); a server that drips its answer is cut off then.", show_default=False)] = None,
    max_wait: Annotated[float, typer.Option("--max-wait", min=0, help="Longest time spent waiting between retries of one URL (Retry-After and backoff together); a URL that asks for more is left for a later run.")] = 120.0,
    max_bytes: Annotated[int, typer.Option("--max-bytes", min=1024, help="Largest page accepted, in bytes (checked before reading the body).")] = 5_000_000,
    max_discovery_bytes: Annotated[int, typer.Option("--max-discovery-bytes", min=1024, help="Largest sitemap or feed accepted, in bytes after decompression (the sitemap protocol allows 50 MB).")] = 50_000_000,
    retries: Annotated[int, typer.Option("--retries", min=0, help="Retries on timeouts, 429 and 5xx, with exponential backoff honouring Retry-After.")] = 3,
    allow_private: Annotated[bool, typer.Option("--allow-private", help="Allow loopback and private network addresses (for local test servers).")] = False,
    ignore_robots: Annotated[bool, typer.Option("--ignore-robots", help="Do not read robots.txt (only for sites you own).", hidden=True)] = False,
    refresh: Annotated[bool, typer.Option("--refresh", help="Fetch already stored pages again, with ETag/Last-Modified so unchanged pages cost a 304.")] = False,
    engine: EngineOption = "local",
    scheduler: SchedulerOption = None,
    workers: WorkersOption = 2,
    threads: Annotated[int, typer.Option("--threads", min=1, help="Fetch threads of the local engine (politeness per host is kept).")] = 4,
    backend: IngestBackendOption = None,
    stanza_dir: StanzaDirOption = None,
    db: DbOption = None,
) -> None:
    """Fetch news pages politely, extract and clean them, and store them deduplicated.

    Sources can be combined; a rerun of the same command continues where the last one
    stopped (nothing is fetched or stored twice). Links to .pdf and .docx files are
    followed, and any page whose content type (or first bytes) says PDF, .docx or image
    is read as a document (OCR for scans). Examples:

      arahan ingest --sitemap https://kabarjatim.example/sitemap.xml --since 2024-06-01

      arahan ingest --feed https://suarakaltim.example/ --max-pages 200

      arahan ingest --crawl https://warta-sulsel.example/ --max-pages 500 --delay 2

      arahan ingest https://pemda.example/dokumen/se-netralitas-asn.pdf

      arahan ingest --urls urls.txt --engine dask --scheduler tcp://10.0.0.5:8786

      arahan ingest --feed https://suarakaltim.example/ --backend blank   (also extract findings)
    """
    from arahan.corpus.ingest import IngestOptions
    from arahan.corpus.ingest import ingest as run_ingest

    all_urls = list(urls or [])
    if urls_file:
        try:
            all_urls += [line.strip() for line in urls_file.read_text(encoding="utf-8").splitlines()
                         if line.strip() and not line.lstrip().startswith("#")]
        except (OSError, UnicodeDecodeError) as exc:
            raise fail(f"--urls {urls_file}: cannot read ({exc})", EXIT_USAGE) from None
    if not (all_urls or sitemap or feed or crawl):
        raise fail("nothing to ingest: give URLs, --urls FILE, --sitemap, --feed or --crawl", EXIT_USAGE)
    options = IngestOptions(
        urls=all_urls, sitemaps=list(sitemap or []), feeds=list(feed or []), crawls=list(crawl or []),
        max_pages=max_pages, since=_day(since, "--since"), until=_day(until, "--until"), refresh=refresh,
        fetch=FetchOptions(user_agent=user_agent, delay=delay, per_host=concurrency_per_host,
                           connect_timeout=min(10.0, max(0.1, timeout / 2)), read_timeout=timeout,
                           max_bytes=max_bytes, max_discovery_bytes=max_discovery_bytes, deadline=deadline,
                           max_wait_per_url=max_wait, retries=retries, allow_private=allow_private,
                           respect_robots=not ignore_robots),
    )
    options.hook, on_document = extraction_hooks(backend, stanza_dir)
    with open_store(db, create=True) as store:
        runner = _engine(engine, scheduler, workers, threads)
        try:
            with _Bar("ingest") as bar:
                result = run_ingest(store, options, runner, progress=bar, on_document=on_document)
        finally:
            runner.close()
        code = _print_summary("arahan ingest", result)
    raise typer.Exit(code)


def import_(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders: .html/.htm, .txt, .jsonl (url/title/published/text/html), .warc/.warc.gz, .pdf (text or scanned: OCR with Tesseract), .png/.jpg/.tif scans, .docx; folders are read recursively.", show_default=False)],
    max_bytes: Annotated[int, typer.Option("--max-bytes", min=1024, help="Largest page accepted (a file, a JSON Lines record or a WARC record), in bytes; larger ones are reported, not read.")] = 5_000_000,
    engine: EngineOption = "local",
    scheduler: SchedulerOption = None,
    workers: WorkersOption = 2,
    backend: IngestBackendOption = None,
    stanza_dir: StanzaDirOption = None,
    db: DbOption = None,
) -> None:
    """Import local pages, texts, JSON Lines, web archives, PDF, scans and .docx into the store.

    Pages already imported are recognised by content and skipped, so importing the same
    folder again is fast and changes nothing. Files that are not documents are reported
    with a reason and the rest goes on. Examples:

      arahan import corpus/demo

      arahan import crawl-2024.warc.gz articles.jsonl --db research.db

      arahan import surat-edaran.pdf instruksi-scan.pdf nota-dinas.docx

      arahan import corpus/demo --backend blank   (also extract findings)
    """
    from arahan.corpus.batch import import_paths

    hook, on_document = extraction_hooks(backend, stanza_dir)

    with open_store(db, create=True) as store:
        runner = _engine(engine, scheduler, workers, threads=0)
        try:
            with _Bar("import") as bar:
                result = import_paths(store, [str(p) for p in paths], runner, progress=bar, hook=hook,
                                      on_document=on_document, max_bytes=max_bytes)
        except EngineError as exc:
            raise fail(f"{exc}; everything stored so far is kept: run the same command again to continue",
                       EXIT_INTERRUPTED) from None
        finally:
            runner.close()
        code = _print_summary("arahan import", result)
    raise typer.Exit(code)


def reextract(
    ids: Annotated[Optional[list[int]], typer.Argument(help="Document ids (default: every document with a stored raw page).", show_default=False)] = None,
    engine: BatchEngineOption = "local",
    scheduler: BatchSchedulerOption = None,
    workers: BatchWorkersOption = None,
    time_limit: TimeLimitOption = 60.0,
    db: DbOption = None,
) -> None:
    """Run HTML extraction and cleaning again from the raw pages kept in the store (no fetching).

    Use it after improving the cleaning rules. The pages are processed on every core
    (--workers) or on a Dask cluster (--engine dask); the store is written here only.
    Examples:

      arahan reextract --db arahan.db

      arahan reextract --engine dask --scheduler tcp://10.0.0.5:8786
    """
    from arahan.corpus.batch import reextract as run_reextract

    with open_store(db) as store:
        unknown = sorted(set(ids or ()) - set(store.document_ids()))
        if unknown:
            raise fail(f"no document with id {', '.join(map(str, unknown))} in {store.path}", EXIT_USAGE)
        runner = open_engine(engine, scheduler, workers)
        try:
            with _Bar("reextract") as bar:
                result = run_reextract(store, runner, ids=ids or None, progress=bar, limit=time_limit or None)
        except EngineError as exc:
            raise fail(f"{exc}; everything stored so far is kept: run the same command again to continue",
                       EXIT_INTERRUPTED) from None
        finally:
            runner.close()
        code = _print_summary("arahan reextract", result)
    raise typer.Exit(code)
