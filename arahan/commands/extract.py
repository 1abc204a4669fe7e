"""CLI commands for the extract area: `arahan extract` and `arahan eval`.

Domain logic lives in `extract/`; these commands read options, show progress and set the exit code.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from arahan.engines import BatchEngineOption, BatchSchedulerOption, BatchWorkersOption, TimeLimitOption, open_engine
from arahan.options import EXIT_INTERRUPTED, EXIT_MISSING_MODEL, EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, DbOption, fail, \
    open_store

BackendOption = Annotated[
    str,
    typer.Option("--backend", help="NLP pipeline under the rules: 'blank' (tokenizer + sentencizer, rules only; fastest), "
                                   "'spacy' (the trained pipeline in models/) or 'stanza'."),
]

StanzaDirOption = Annotated[
    Path | None,
    typer.Option("--stanza-dir", envvar="ARAHAN_STANZA_DIR", show_default=False,
                 help="With --backend stanza: the Stanza model directory. Default: models/stanza (trained here), "
                      "else Stanza's resources dir (fill it with `arahan models download stanza`)."),
]


IngestBackendOption = Annotated[
    str | None,
    typer.Option("--backend", show_default=False,
                 help="Also extract officials, regions, organizations and directives from each new document, "
                      "on the workers, with this NLP pipeline: 'blank' (rules only, fastest), 'spacy' or "
                      "'stanza'. Default: no extraction (run `arahan extract` later)."),
]


def extraction_hooks(backend: str | None, stanza_dir: Path | None = None) -> tuple:
    """(hook, on_document) for corpus' ingest/import with extraction by `backend`, or (None, None).

    The pipeline is loaded here once first, so a missing model is a one-line error (exit 4)
    before any page is fetched rather than a note on every document.
    """
    if backend is None:
        return None, None
    from arahan.extract.ingest_hook import hook_spec, on_document

    _pipeline(backend, stanza_dir)
    return hook_spec(backend), on_document(backend)


def _progress() -> Progress:
    return Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                    console=Console(stderr=True), transient=False)


def _pipeline(backend: str, stanza_dir: Path | None = None):
    from arahan.extract.pipeline import BACKENDS, build_pipeline

    if stanza_dir:  # read by extract/stanza_backend.py when the stanza backend loads
        os.environ["ARAHAN_STANZA_DIR"] = str(stanza_dir)

    if backend not in BACKENDS:
        raise fail(f"unknown backend {backend!r}; choose one of {', '.join(BACKENDS)}", EXIT_USAGE)
    try:
        return build_pipeline(backend)
    except (FileNotFoundError, NotImplementedError, ImportError) as exc:
        raise fail(f"backend {backend!r} is not available: {exc}", EXIT_MISSING_MODEL) from None


def extract_command(
    db: DbOption = None,
    all_: Annotated[bool, typer.Option("--all", help="Extract every stored document again, not only new ones.")] = False,
    backend: BackendOption = "blank",
    input_: Annotated[Path | None, typer.Option("--input", help="Run without a store on a folder of JSON files or a "
                                                                "JSON Lines file of {id, text, published?, title?, url?}.")] = None,
    output: Annotated[Path | None, typer.Option("--output", help="With --input: the JSON Lines file to write "
                                                                 "(default: stdout).")] = None,
    stanza_dir: StanzaDirOption = None,
    engine: BatchEngineOption = "local",
    workers: BatchWorkersOption = None,
    scheduler: BatchSchedulerOption = None,
    time_limit: TimeLimitOption = 60.0,
) -> None:
    """Find officials, regions, organizations and directives (with evidence) in documents.

    Without --input: every stored document that is not extracted yet (or all with --all) is
    extracted and its findings saved in the store, under a run whose failures list bad input
    (empty text, another language, mojibake, cut texts, documents past --time-limit). The work
    runs on every core (--workers) or on a Dask cluster (--engine dask); the store is written
    here only. Interrupted, a rerun of the same command continues where the store says the
    last one stopped. With --input: documents are read from files and one result per line is
    written to --output, in the format extract/result.schema.json describes (JSON Schema).

    Examples:
      arahan extract --db arahan.db
      arahan extract --all --engine dask --scheduler tcp://10.0.0.5:8786
      arahan extract --input ../shared/eval/dev --output pred.jsonl
    """
    nlp = _pipeline(backend, stanza_dir)
    if input_ is not None:
        raise typer.Exit(_extract_files(input_, output, backend, nlp))
    if output is not None:
        raise fail("--output needs --input (stored documents are extracted into the store)", EXIT_USAGE)
    raise typer.Exit(_extract_store(db, all_, backend, (engine, scheduler, workers), time_limit or None))


def _extract_files(input_: Path, output: Path | None, backend: str, nlp) -> int:
    from arahan.extract.io import read_documents
    from arahan.extract.pipeline import extract_document

    if not input_.exists():
        raise fail(f"{input_}: no such file or folder", EXIT_USAGE)
    docs, problems = read_documents(input_)
    try:
        out = open(output, "w", encoding="utf-8") if output else None
    except OSError as exc:  # a folder that is a file, /proc, no permission
        raise fail(f"--output {output}: cannot write ({exc.strerror or exc})", EXIT_USAGE) from None
    failed = 0
    try:
        with _progress() as progress:
            task = progress.add_task("extracting", total=len(docs))
            for doc in docs:
                result, notes = extract_document(doc, backend=backend, nlp=nlp)
                if notes:
                    result["notes"] = notes
                    failed += any(n.startswith("extraction failed") for n in notes)
                line = json.dumps(result, ensure_ascii=False)
                if out:
                    out.write(line + "\n")
                else:
                    typer.echo(line)
                progress.advance(task)
    except OSError as exc:  # the disk filled up while writing
        raise fail(f"--output {output}: cannot write ({exc.strerror or exc})", EXIT_USAGE) from None
    finally:
        if out:
            try:
                out.close()
            except OSError:
                pass  # already reported above
    for p in problems:
        typer.secho(f"skipped: {p}", err=True, fg=typer.colors.YELLOW)
    typer.echo(f"extracted {len(docs)} documents" + (f" into {output}" if output else "") +
               (f"; {len(problems)} inputs skipped" if problems else ""), err=True)
    return EXIT_PARTIAL if problems or failed else EXIT_OK


def _extract_store(db: Path | None, all_: bool, backend: str, engine_spec: tuple, limit: float | None) -> int:
    from arahan.corpus.engine import EngineError
    from arahan.extract.batch import BATCH, extract_store, todo, unfinished_all
    from arahan.extract.graph.build import update_graph

    with open_store(db) as store:
        continues = unfinished_all(store, backend) if all_ else []
        ids = todo(store, all_=all_, continues=continues)
        if not ids and not continues:  # a continuation with nothing left still closes the --all chain
            # Nothing new: no empty run row, so reruns change nothing. Findings stored by
            # `arahan ingest/import --backend` still need folding into the graph.
            built = update_graph(store)
            typer.echo("nothing to extract: every stored document is extracted (use --all to redo them)"
                       + (f"; graph updated with {built['documents']} documents" if built.get("documents") else ""))
            return EXIT_OK
        if continues:
            typer.echo(f"continuing the unfinished `extract --all` (run {continues[-1]}): {len(ids)} documents left",
                       err=True)
        engine, scheduler, workers = engine_spec
        if workers is None and engine == "local" and len(ids) <= BATCH:
            workers = 1  # one batch: starting worker processes would cost more than it saves
        runner = open_engine(engine, scheduler, workers)
        args = {"all": all_, "backend": backend, "engine": runner.name, "workers": runner.workers}
        run_id = store.start_run("extract", {**args, "continues": continues} if continues else args)
        counts: dict = {}
        status, lost = "finished", None
        try:
            with _progress() as progress:
                task = progress.add_task("extracting", total=len(ids))
                extract_store(store, runner, backend=backend, ids=ids, run_id=run_id, limit=limit,
                              progress=_Advance(progress, task), counts=counts)
        except KeyboardInterrupt:
            status = "interrupted"
            raise
        except EngineError as exc:
            status, lost = "interrupted", exc
        except (FileNotFoundError, ImportError, NotImplementedError) as exc:
            # Raised on a worker that cannot load the backend (not the same install as here).
            status, lost = "interrupted", f"a worker cannot load backend {backend!r}: {exc}"
        finally:
            store.finish_run(run_id, counts, status=status)
            runner.close(cancel=status != "finished")
        if lost:
            raise fail(f"{lost}; the findings stored so far are kept: run the same command again to continue",
                       EXIT_INTERRUPTED if isinstance(lost, EngineError) else EXIT_MISSING_MODEL)
        # The explorer reads the graph, so fold the new findings in now (incremental).
        built = update_graph(store)
    typer.echo(f"extracted {counts['documents']} documents: {counts['officials']} officials, "
               f"{counts['directives']} directives; {counts['noted']} with notes (see `arahan runs`); "
               f"graph updated with {built.get('documents', 0)} documents")
    return EXIT_PARTIAL if counts["failed"] else EXIT_OK


class _Advance:
    """arahan.corpus.summary.Progress on a rich task: the bar moves as results come back from the workers."""

    def __init__(self, progress: Progress, task):
        self.progress, self.task = progress, task

    def total(self, n):
        self.progress.update(self.task, total=n)

    def advance(self, n=1):
        self.progress.advance(self.task, n)

    def note(self, message):
        self.progress.console.print(f"[dim]{message}")


def eval_command(
    gold: Annotated[Path, typer.Option("--gold", help="Folder of gold JSON files (see ../shared/eval/SCHEMA.md), or a "
                                                      "JSON Lines gold file such as corpus/demo/gold.jsonl.")],
    backend: BackendOption = "blank",
    texts_from: Annotated[Path | None, typer.Option("--texts-from", show_default=False,
                                                    help="Store to take the texts of gold lines without text from "
                                                         "(matched by URL). Default: import the gold file's folder "
                                                         "into a temporary store.")] = None,
    errors: Annotated[bool, typer.Option("--errors", help="Also print every mismatch, to read and fix rules.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    split: Annotated[str, typer.Option("--split", help="Which half of the gold to score: 'tune' (rules may be fitted "
                                                       "to it), 'check' (only measured, to see whether a change "
                                                       "generalises) or 'all'. The half of an article is fixed by "
                                                       "a hash of its id.")] = "all",
    calibration: Annotated[bool, typer.Option("--calibration", help="Also print precision per confidence bin of "
                                                                    "officials and directives: how often a finding "
                                                                    "of that confidence is right.")] = False,
    with_intervals: Annotated[bool, typer.Option("--intervals", help="Also print a 95% bootstrap interval of each "
                                                                     "figure (documents resampled 1,000 times): a "
                                                                     "change whose gain is well inside it is "
                                                                     "within noise.")] = False,
    stanza_dir: StanzaDirOption = None,
) -> None:
    """Score extraction against gold files: P/R/F1 and accuracies on matched items.

    Matching rules (also in extract/evaluate.py): officials by name (honorifics, degrees and
    initials ignored; one name inside the other or close spelling), unnamed ones by title and
    region; regions by exact canonical name; organizations by close spelling; directives by
    issuer, then issuer and type. Title, region, date and targets (Jaccard) are scored on matches.

    Gold lines with no text (the demo corpus ships pages, not texts) get the text our importer
    stores for their URL: from --texts-from DB, else from the gold file's folder imported into
    a temporary store.

    Examples:
      arahan eval --gold ../shared/eval/dev --split check
      arahan eval --gold ../shared/eval/dev --split tune --errors
      arahan eval --gold corpus/demo/gold.jsonl
      arahan eval --gold ../shared/eval/dev --split check --calibration
      arahan eval --gold ../shared/eval/dev --split check --intervals
    """
    from arahan.extract.evaluate import SPLITS, evaluate, in_split, load_gold
    from arahan.extract.evaluate import calibration as calibration_of
    from arahan.extract.gold_texts import with_texts

    if not (gold.is_dir() or (gold.is_file() and gold.suffix == ".jsonl")):
        raise fail(f"{gold}: not a folder of gold files nor a .jsonl gold file", EXIT_USAGE)
    if texts_from is not None and not texts_from.is_file():
        raise fail(f"--texts-from {texts_from}: no such store", EXIT_USAGE)
    if split not in SPLITS:
        raise fail(f"--split {split!r}: use one of {', '.join(SPLITS)}", EXIT_USAGE)
    try:
        items = in_split(load_gold(gold), split)
    except (OSError, ValueError) as exc:
        raise fail(f"{gold}: cannot read gold ({exc})", EXIT_USAGE) from None
    n = len(items)
    if n == 0:
        raise fail(f"{gold}: no gold items", EXIT_USAGE)
    items, missing = with_texts(items, gold, texts_from)
    if missing:
        typer.secho(f"{len(missing)} gold items have no stored text and score as empty: {', '.join(missing[:5])}",
                    err=True, fg=typer.colors.YELLOW)
    _pipeline(backend, stanza_dir)
    with _progress() as progress:
        task = progress.add_task("evaluating", total=n)
        scores = evaluate(items, backend=backend, progress=lambda: progress.advance(task))
    summary = scores.summary()
    if calibration:
        summary["calibration"] = calibration_of(scores)
    if with_intervals:
        from arahan.extract.intervals import intervals

        summary["intervals"] = {key: list(bounds) for key, bounds in intervals(scores).items()}
    spread = summary.get("intervals", {})

    def interval(key: str) -> str:
        return f" ({spread[key][0]:.3f}-{spread[key][1]:.3f})" if key in spread else ""
    if as_json:
        typer.echo(json.dumps(summary, indent=2))
    else:
        part = "" if split == "all" else f", {split} split"
        table = Table(title=f"Extraction on {gold} ({n} documents{part}, backend {backend})")
        for col in ("", "precision", "recall", "F1") + (("F1 95% interval",) if spread else ()):
            table.add_column(col, justify="right" if col else "left")
        labels = {"officials": "officials", "regions": "regions", "organizations": "organizations",
                  "directives_issuer": "directives by issuer", "directives_type": "directives by issuer+type"}
        for key, label in labels.items():
            s = summary[key]
            table.add_row(label, f"{s['precision']:.3f}", f"{s['recall']:.3f}", f"{s['f1']:.3f}",
                          *([interval(key).strip(" ()")] if spread else []))
        Console().print(table)
        for key, label in (("title_accuracy", "title accuracy (matched officials)"),
                           ("region_accuracy", "region accuracy (matched officials)"),
                           ("date_accuracy", "date accuracy (matched directives)"),
                           ("targets_jaccard", "targets Jaccard (matched directives)")):
            typer.echo(f"{label}: {summary[key]:.3f}{interval(key)}")
        for kind, rows in summary.get("calibration", {}).items():
            table = Table(title=f"Calibration: {kind} (right = matches the gold)")
            for col in ("confidence", "findings", "precision"):
                table.add_column(col, justify="right")
            for row in rows:
                table.add_row(row["bin"], str(row["n"]), f"{row['precision']:.3f}")
            Console().print(table)
        for key, value in summary.get("letter_accuracy", {}).items():
            typer.echo(f"letter {key.replace('_', ' ')} exact: {value:.3f}")
    if errors:
        for line in scores.errors:
            typer.echo(line)


def register(app: typer.Typer) -> None:
    """Add this area's commands to the top-level app."""
    app.command("extract")(extract_command)
    app.command("eval")(eval_command)
