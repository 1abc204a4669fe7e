"""Shared helpers for the extraction tests: run the blank pipeline on sentences we wrote."""

from __future__ import annotations

import pytest

from arahan.extract.pipeline import extract_document


@pytest.fixture(scope="session")
def run():
    def _run(text: str, published: str | None = None, **extra) -> dict:
        result, notes = extract_document({"id": "t", "text": text, "published": published, **extra})
        result["notes"] = notes
        return result
    return _run


def regions(result: dict) -> set[str]:
    return {r["name"] for r in result["regions"] if r["level"] != "kecamatan"}


def officials(result: dict) -> list[tuple]:
    return [(o["name"], o["title"], o["region"]) for o in result["officials"]]


def directives(result: dict) -> list[tuple]:
    return [(d["issuer"], d["type"]) for d in result["directives"]]
