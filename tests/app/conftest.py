"""Shared fixtures for the explorer's tests: generated stores (full, hostile, empty, corrupt) and a page runner."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from arahan.app.fixtures import generate_empty_store, generate_store

ROOT = Path(__file__).resolve().parents[2]
VIEWS = ROOT / "app" / "views"
PAGES = ["overview", "graph", "map", "incidents", "profiles", "reader", "export", "search", "watchlists"]


def app_answers(url: str) -> bool:
    """Whether a Streamlit server answers its health check at url."""
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
            return r.read() == b"ok"
    except OSError:
        return False


def _launch_app(store: str, log: Path, limit: float = 60) -> tuple[subprocess.Popen, str]:
    """Start the real `arahan app` on a free port and wait until it answers; (process, url).

    The server's output goes to a file, not a pipe: a pipe nobody reads fills up (about 64 KB)
    and then blocks the server."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with log.open("w") as out:  # the child keeps its own copy of the descriptor
        proc = subprocess.Popen([sys.executable, "-m", "arahan", "app", "--db", store, "--port", str(port)],
                                cwd=ROOT, env={**os.environ, "PYTHONUNBUFFERED": "1"},
                                stdout=out, stderr=subprocess.STDOUT, text=True)
    url = f"http://localhost:{port}"
    deadline = time.time() + limit
    while not app_answers(url):
        if time.time() > deadline or proc.poll() is not None:
            proc.kill()
            proc.wait()
            pytest.fail("the app did not come up: " + log.read_text(errors="replace")[-4000:])
        time.sleep(0.3)
    return proc, url


@pytest.fixture(scope="module")
def launch_app(tmp_path_factory):
    """Start the real `arahan app` on a store: launch_app(store) -> (process, url). Each one
    still running at the end is stopped the way a service manager does it (SIGTERM)."""
    started = []
    logs = tmp_path_factory.mktemp("app_logs")

    def launch(store: str) -> tuple[subprocess.Popen, str]:
        started.append(_launch_app(store, logs / f"app{len(started)}.log"))
        return started[-1]

    yield launch
    for proc, _url in started:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(autouse=True)
def _restore_main_module():
    """Streamlit's script runner installs the page as sys.modules["__main__"] and leaves it there.

    Processes started later with multiprocessing's spawn (a Dask LocalCluster in another
    test) would then re-run the page script as their main module, so put the real one back.
    """
    main = sys.modules["__main__"]
    yield
    sys.modules["__main__"] = main


@pytest.fixture(scope="session")
def store_path(tmp_path_factory) -> str:
    """A store of 160 directives whose first article is titled <script>alert(1)</script>."""
    path = tmp_path_factory.mktemp("store") / "arahan.db"
    generate_store(path, directives=160, seed=11, hostile=True)
    return str(path)


@pytest.fixture(scope="session")
def empty_store(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("empty") / "arahan.db"
    generate_empty_store(path)
    return str(path)


@pytest.fixture(scope="session")
def corrupt_store(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("corrupt") / "arahan.db"
    path.write_bytes(b"this is not a SQLite database, it was truncated by a full disk\x00" * 64)
    return str(path)


@pytest.fixture
def run_page(monkeypatch):
    """run_page(page, db, query_params=None) -> an AppTest that has run once on that store."""

    def run(page: str, db: str, query_params: dict | None = None) -> AppTest:
        monkeypatch.setenv("ARAHAN_DB", db)
        at = AppTest.from_file(str(VIEWS / f"{page}.py"), default_timeout=60)
        for k, v in (query_params or {}).items():
            at.query_params[k] = v
        return at.run()

    return run


def texts(at: AppTest) -> str:
    """Everything the page wrote as markdown, captions, alerts and titles, as one string."""
    parts = []
    for group in (at.title, at.header, at.subheader, at.markdown, at.caption, at.info, at.warning, at.error):
        parts.extend(str(e.value) for e in group)
    return "\n".join(parts)


@pytest.fixture(scope="session")
def demo_store(tmp_path_factory) -> str:
    """The bundled demo corpus imported, extracted and built into a graph with the real CLI, plus
    one article titled <script>alert(1)</script>; skips when those commands do not work yet."""
    from arahan.app.fixtures import HOSTILE_TITLE
    from arahan.store.database import Store

    path = tmp_path_factory.mktemp("demo") / "arahan.db"
    for args in (["import", "corpus/demo"], ["extract"], ["graph", "build"]):
        done = subprocess.run([sys.executable, "-m", "arahan", *args, "--db", str(path)], cwd=ROOT,
                              capture_output=True, text=True)
        if done.returncode not in (0, 1):  # 1: done, with some items failed
            pytest.skip(f"`arahan {' '.join(args)}` on the demo corpus failed: {done.stderr.strip()[-300:]}")
    with Store.open(path) as store:
        if not store.query("SELECT 1 FROM graph_nodes WHERE type='Directive' LIMIT 1"):
            pytest.skip("the demo corpus gave no directive incidents (extraction or graph build not in place)")
        store.upsert_document({"canonical_url": "https://kabarjatim.id/berita/judul-berbahaya", "outlet": "kabarjatim.id",
                               "title": HOSTILE_TITLE, "published": "2024-11-30", "language": "id", "status": "ok",
                               "text": "SURABAYA – Judul artikel ini berisi kode yang tidak boleh dijalankan."})
    return str(path)
