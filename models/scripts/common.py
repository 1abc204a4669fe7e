"""Shared helpers for the training recipe scripts: where the shared data and work dirs are.

The recipe reads the open corpora in place from ``../shared/data`` (relative to the repo
root) unless ``ARAHAN_SHARED_DATA`` points elsewhere; nothing from there is copied into git.
"""

from __future__ import annotations

import os
from pathlib import Path

MODELS_DIR = Path(__file__).resolve().parents[1]
REPO_ROOT = MODELS_DIR.parent


def shared_data_dir() -> Path:
    """Root of the shared corpora (env ``ARAHAN_SHARED_DATA`` overrides ``../shared/data``)."""
    env = os.environ.get("ARAHAN_SHARED_DATA")
    return Path(env) if env else (REPO_ROOT.parent / "shared" / "data")


def dev_split(description: str) -> tuple[str, list[dict]]:
    """The ablation scripts' command line (--split, --gold): the split's name and its gold items."""
    import argparse

    from arahan.extract.evaluate import in_split, load_gold

    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--split", default="check", choices=("tune", "check", "all"))
    parser.add_argument("--gold", type=Path, default=REPO_ROOT.parent / "shared" / "eval" / "dev")
    args = parser.parse_args()
    return args.split, in_split(load_gold(args.gold), args.split)


def corpus_dir() -> Path:
    """Where converted ``.spacy`` files go (gitignored)."""
    path = Path(os.environ.get("ARAHAN_CORPUS_DIR", MODELS_DIR / "corpus"))
    path.mkdir(parents=True, exist_ok=True)
    return path
