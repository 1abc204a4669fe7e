"""Documents for the tests, made once per session by tests/documents/docfixtures.py (real PDF and .docx)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import docfixtures  # noqa: E402


@pytest.fixture(scope="session")
def docs(tmp_path_factory) -> Path:
    """Text PDFs (one column, two columns, table) and the .docx, with gold.jsonl; no scans (slow to OCR)."""
    folder = tmp_path_factory.mktemp("documents")
    docfixtures.write_all(folder, scans=False)
    return folder


@pytest.fixture(scope="session")
def instruksi_scan(tmp_path_factory) -> Path:
    """The one-page Instruksi as a noisy, slightly rotated image-only PDF."""
    path = tmp_path_factory.mktemp("scans") / "instruksi_scan.pdf"
    path.write_bytes(docfixtures.scan(docfixtures.instruksi_pdf()))
    return path


@pytest.fixture(autouse=True)
def _restore_main_module():
    """The reader and profile tests run app pages with Streamlit's AppTest, which installs the page as
    sys.modules["__main__"]; a Dask LocalCluster spawned later would re-run it. Put the real one back."""
    main = sys.modules["__main__"]
    yield
    sys.modules["__main__"] = main


@pytest.fixture
def store(tmp_path):
    from arahan.store.database import Store

    with Store.open(tmp_path / "arahan.db") as s:
        yield s
