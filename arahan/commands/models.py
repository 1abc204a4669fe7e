"""CLI commands for the models area: `arahan models info` describes the NLP pipeline in use."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from arahan.options import EXIT_MISSING_MODEL, EXIT_USAGE, fail

models_app = typer.Typer(
    name="models",
    help="The Indonesian NLP pipeline Arahan loads (trained in models/, see models/README.md).",
    no_args_is_help=True,
)


def register(app: typer.Typer) -> None:
    """Add the `models` sub-app to the top-level app."""
    app.add_typer(models_app, name="models")


@models_app.command("info")
def info(
    model: Annotated[Path | None, typer.Option(
        "--model", envvar="ARAHAN_MODEL", show_default=False,
        help="Pipeline directory to describe. Default: models/id_arahan_news, or ARAHAN_MODEL.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print machine-readable JSON instead of tables.")] = False,
) -> None:
    """Show which pipeline is loaded: name, version, components, labels, test scores and data licences.

    The scores are the ones the recipe's evaluate step measured on held-out test sets
    (idner-news-2k test for NER; GSD legacy test, CSUI test for UPOS/LAS/lemmas).

    Example: arahan models info --json
    """
    from arahan.extract.nlp import ModelNotFoundError, describe_pipeline, load_nlp, model_path

    path = (model or model_path()).resolve()
    try:
        nlp = load_nlp("spacy", path=path)
    except ModelNotFoundError as exc:
        raise fail(str(exc), EXIT_MISSING_MODEL) from None
    described = describe_pipeline(nlp, path)
    if as_json:
        typer.echo(json.dumps(described, indent=2, ensure_ascii=False))
        return
    console = Console()
    console.print(f"[bold]{described['name']}[/bold] {described['version']} (spaCy {described['spacy_version']})")
    console.print(f"path: {described['path']}")
    console.print(f"components: {', '.join(described['components'])}")
    for component, labels in described["labels"].items():
        shown = ", ".join(labels[:20]) + (f" … (+{len(labels) - 20})" if len(labels) > 20 else "")
        console.print(f"labels ({component}): {shown}", markup=False)
    scores = Table("test set", "metric", "score", title="Scores (held-out test sets)")
    for test_set, values in described["scores"].items():
        for metric, value in _flatten(values):
            scores.add_row(test_set, metric, "n/a" if value is None else f"{value:.4f}")
    console.print(scores)
    sources = Table("data", "licence", title="Training and evaluation data")
    for source in described["sources"]:
        sources.add_row(source.get("name", ""), source.get("license", ""))
    console.print(sources)


@models_app.command("download")
def download(
    which: Annotated[str, typer.Argument(metavar="stanza", help="What to fetch: 'stanza', Stanza's official Indonesian models.")],
    stanza_dir: Annotated[Path | None, typer.Option(
        "--stanza-dir", show_default=False,
        help="Where to put them. Default: Stanza's resources dir (STANZA_RESOURCES_DIR or ~/stanza_resources).")] = None,
) -> None:
    """Download Stanza's official Indonesian models (tokenize, mwt, pos, lemma, depparse).

    The only Arahan command that uses the network. `--backend stanza` then finds them when
    models/stanza holds no trained set (or give the same --stanza-dir). Offline, train ours
    instead: models/stanza/train_all.sh.

    Example: arahan models download stanza
    """
    if which != "stanza":
        raise fail(f"nothing to download for {which!r}: only 'stanza' (the spaCy pipeline ships in models/)", EXIT_USAGE)
    from arahan.extract.stanza_backend import download_official_models

    try:
        target = download_official_models(stanza_dir)
    except Exception as exc:  # noqa: BLE001  (network and HTTP errors come in many types)
        raise fail(f"could not download Stanza's Indonesian models: {exc}", EXIT_MISSING_MODEL) from None
    typer.echo(f"Stanza Indonesian models are in {target}")


def _flatten(values: dict, prefix: str = ""):
    for key, value in values.items():
        if isinstance(value, dict):
            yield from _flatten(value, f"{prefix}{key}.")
        else:
            yield f"{prefix}{key}", value
