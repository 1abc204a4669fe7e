"""The packaging declaration in pyproject.toml matches the folders: every package installs under `arahan`."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def declared() -> tuple[dict[str, str], list[str]]:
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    return setuptools["package-dir"], setuptools["packages"]


def test_every_package_folder_is_declared_under_the_arahan_namespace():
    package_dir, packages = declared()
    found = set()
    for name, folder in package_dir.items():
        for init in (ROOT / folder).rglob("__init__.py"):
            rel = init.parent.relative_to(ROOT / folder)
            if "__pycache__" not in rel.parts:
                found.add(".".join((name, *rel.parts)))
    assert found == set(packages)
    assert all(p == "arahan" or p.startswith("arahan.") for p in packages)


def test_stage_folders_map_to_the_namespace():
    package_dir, _ = declared()
    assert package_dir == {"arahan": "arahan", "arahan.corpus": "corpus", "arahan.extract": "extract",
                           "arahan.store": "store", "arahan.app": "app", "arahan.models": "models"}
