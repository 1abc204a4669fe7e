"""The one place that loads an Indonesian NLP pipeline for Arahan.

``load_nlp()`` returns the trained pipeline committed in ``models/`` (loaded offline from
disk; ``ARAHAN_MODEL`` overrides the path), ``load_nlp("blank")`` a rules-only pipeline
(``spacy.blank("id")`` + our tokenizer exceptions + a sentencizer) for comparison.
Pipelines are cached per process and per option set, so callers may call it freely.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import spacy
from spacy.language import Language

import arahan.extract.lang  # noqa: F401  (registers the arahan_id_lemmatizer factory before loading)
from arahan.extract.lang import add_tokenizer_exceptions
from arahan.models import MODELS_DIR

DEFAULT_MODEL = MODELS_DIR / "id_arahan_news"
BUILD_COMMAND = "cd models && python -m weasel run all"

_CACHE: dict[tuple, Language] = {}
_LOCK = threading.Lock()


class ModelNotFoundError(FileNotFoundError):
    """The trained pipeline is missing; the message names the command that builds it."""


def model_path() -> Path:
    """Path of the default trained pipeline (env ``ARAHAN_MODEL`` overrides it)."""
    env = os.environ.get("ARAHAN_MODEL")
    return Path(env).expanduser() if env else DEFAULT_MODEL


def _load_spacy(path: Path | None = None, exclude: tuple[str, ...] = (), disable: tuple[str, ...] = ()) -> Language:
    path = Path(path) if path else model_path()
    if not (path / "config.cfg").is_file():
        raise ModelNotFoundError(
            f"No trained Arahan pipeline at {path}. Build it with: {BUILD_COMMAND}; "
            "or point ARAHAN_MODEL at an existing pipeline directory."
        )
    return spacy.load(path, exclude=list(exclude), disable=list(disable))


def _load_blank() -> Language:
    nlp = add_tokenizer_exceptions(spacy.blank("id"))
    nlp.add_pipe("sentencizer")
    return nlp


def _load_stanza(stanza_dir: Path | str | None = None, use_ner: bool = True) -> Language:
    # Stanza models behind a spaCy Doc via one adapter; offline, never downloads.
    from arahan.extract.stanza_backend import load_stanza_nlp

    return load_stanza_nlp(stanza_dir, use_ner=use_ner)


_BACKENDS = {"spacy": _load_spacy, "blank": _load_blank, "stanza": _load_stanza}


def load_nlp(backend: str = "spacy", **opts) -> Language:
    """Return a cached Indonesian pipeline.

    backend: "spacy" (the trained pipeline in models/; opts: path, exclude, disable),
    "blank" (tokenizer exceptions + sentencizer, no statistical components), or
    "stanza" (Stanza models through extract/stanza_backend.py; opts: stanza_dir, use_ner).
    """
    if backend not in _BACKENDS:
        raise ValueError(f"unknown NLP backend {backend!r}; choose one of {sorted(_BACKENDS)}")
    if backend == "spacy":
        opts.setdefault("path", model_path())
        opts["path"] = Path(opts["path"]).resolve()
    key = (backend, tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in opts.items())))
    with _LOCK:
        if key not in _CACHE:
            _CACHE[key] = _BACKENDS[backend](**opts)
        return _CACHE[key]


def clear_cache() -> None:
    """Forget every cached pipeline (tests, or after retraining in the same process)."""
    with _LOCK:
        _CACHE.clear()


def describe_pipeline(nlp: Language, path: Path | None = None) -> dict:
    """What a loaded pipeline is: name, version, components, labels, scores, data sources."""
    meta = nlp.meta
    labels = {}
    for name, pipe in nlp.pipeline:
        pipe_labels = getattr(pipe, "labels", None)
        if pipe_labels:
            labels[name] = sorted(str(label) for label in pipe_labels)
    return {
        "path": str(path) if path else None,
        "name": f"{meta.get('lang', nlp.lang)}_{meta.get('name', 'pipeline')}",
        "version": meta.get("version"),
        "spacy_version": meta.get("spacy_version"),
        "description": meta.get("description"),
        "components": list(nlp.pipe_names),
        "labels": labels,
        "scores": meta.get("arahan", {}).get("scores") or meta.get("performance") or {},
        "sources": meta.get("sources") or [],
        "license": meta.get("license"),
    }
