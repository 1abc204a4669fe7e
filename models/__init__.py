"""Arahan's trained pipelines (package data): `id_arahan_news` (spaCy) and `stanza/` (Stanza).

The recipes that build them (models/scripts, models/stanza, project.yml) stay in the
repository and are not installed; see models/README.md.
"""

from pathlib import Path

MODELS_DIR = Path(__file__).resolve().parent

