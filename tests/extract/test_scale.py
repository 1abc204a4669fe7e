"""Extraction and re-extraction scaled out, with real worker processes and a real Dask LocalCluster.

- one process, a pool of 2 processes and a LocalCluster of 2 workers give the same store,
  the same graph and byte-identical exports;
- a worker killed mid-run (Dask worker or pool process) loses and duplicates nothing;
- poisoned documents (the ARAHAN_TEST_POISON hook of corpus/timelimit.py) that hang in
  Python, block in C or crash their worker are recorded as failed and the batch goes on;
- an `extract --all` whose client died continues where the store says it stopped;
- a scheduler that goes away mid-run is an EngineError, and a rerun finishes the work.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from arahan.cli import app
from arahan.corpus.batch import import_paths, reextract
from arahan.corpus.engine import LOST_WORKER, DaskEngine, EngineError, LocalEngine
from arahan.store.database import Store
from arahan.corpus.summary import Progress
from arahan.corpus.timelimit import POISON_ENV
import arahan.extract.batch
from arahan.extract.batch import extract_store, todo
from arahan.extract.graph.build import load_graph, update_graph
from arahan.extract.graph.export import export_graph

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "corpus" / "demo"
POISON = "hang:RACUN-PUTAR,block:RACUN-TIDUR,crash:RACUN-MATI"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module", autouse=True)
def poison_env():
    # Set before any worker process starts: workers inherit the environment.
    old = os.environ.get(POISON_ENV)
    os.environ[POISON_ENV] = POISON
    yield
    if old is None:
        os.environ.pop(POISON_ENV, None)
    else:
        os.environ[POISON_ENV] = old


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("scale") / "demo.db"
    with Store.open(db) as store:
        summary = import_paths(store, [str(DEMO)], LocalEngine())
        assert summary.counts["extracted"] >= 40
    return db


@pytest.fixture(scope="module")
def cluster():
    engine = DaskEngine(workers=2)
    yield engine
    engine.close()


def _copy(template: Path, tmp_path: Path, name: str) -> Store:
    shutil.copy(template, tmp_path / name)
    return Store.open(tmp_path / name)


def _extract(store: Store, engine, progress: Progress | None = None, limit: float | None = 30) -> dict:
    run_id = store.start_run("extract", {"all": False, "backend": "blank"})
    counts = extract_store(store, engine, backend="blank", ids=todo(store, all_=False), run_id=run_id,
                           limit=limit, progress=progress)
    store.finish_run(run_id, counts)
    return counts


def _findings(store: Store, row_ids: bool = True) -> list[tuple]:
    """Every stored finding; without `row_ids`, as content only (redone findings get new row ids)."""
    rows = [tuple(r.values()) for r in store.query(
        "SELECT document_id, backend, version, result, notes FROM extractions ORDER BY document_id")]
    for table in ("mentions", "directives"):
        found = [tuple(r.values()) for r in store.query(f"SELECT * FROM {table} ORDER BY id")]
        rows += found if row_ids else sorted((row[1:] for row in found), key=repr)
    return rows


def _documents(store: Store) -> list[tuple]:
    return [tuple(r.values()) for r in store.query(
        "SELECT id, canonical_url, title, published, text, text_hash, simhash, story_id, status, meta "
        "FROM documents ORDER BY id")]


class _After(Progress):
    """Calls `action` once, when the n-th result has been stored."""

    def __init__(self, n: int, action):
        self.n, self.action, self.seen = n, action, 0

    def advance(self, n: int = 1) -> None:
        self.seen += n
        if self.seen == self.n:
            self.action()


def test_one_process_pool_and_cluster_give_the_same_store(template, tmp_path, cluster):
    with _copy(template, tmp_path, "one.db") as one, _copy(template, tmp_path, "pool.db") as pool, \
            _copy(template, tmp_path, "dask.db") as dask:
        engines = {"one": LocalEngine(), "pool": LocalEngine(processes=2)}
        try:
            counts = [_extract(one, engines["one"]), _extract(pool, engines["pool"]), _extract(dask, cluster)]
            assert counts[0] == counts[1] == counts[2] and counts[0]["directives"] > 100
            assert _findings(one) == _findings(pool) == _findings(dask)
            # Same graph, and the exports are the same bytes.
            exports = []
            for name, store in (("one", one), ("pool", pool), ("dask", dask)):
                update_graph(store)
                paths = export_graph(load_graph(store), "gexf", tmp_path / f"{name}.gexf")
                exports.append(b"".join(p.read_bytes() for p in paths))
            assert exports[0] == exports[1] == exports[2] and b"<node" in exports[0]
            # Re-extraction of the pages too: same documents whichever engine ran it.
            for store, engine in ((one, engines["one"]), (pool, engines["pool"]), (dask, cluster)):
                summary = reextract(store, engine, limit=30)
                assert not summary.failed
            assert _documents(one) == _documents(pool) == _documents(dask)
        finally:
            engines["pool"].close()


def test_a_worker_killed_mid_run_loses_nothing(template, tmp_path, cluster, monkeypatch):
    # Small batches: when the 5th document is stored, many batches are still running or waiting.
    monkeypatch.setattr(arahan.extract.batch, "BATCH", 2)
    with _copy(template, tmp_path, "one.db") as one:
        _extract(one, LocalEngine())
        expected = _findings(one)
    # A Dask worker process killed from outside: the scheduler reruns its batch elsewhere.
    with _copy(template, tmp_path, "dask.db") as dask:
        pids = list(cluster.client.run(os.getpid).values())
        counts = _extract(dask, cluster, _After(5, lambda: os.kill(pids[0], signal.SIGKILL)))
        assert counts["failed"] == 0
        assert _findings(dask) == expected
    # A process of the local pool killed: the pool restarts and the lost batches are redone.
    with _copy(template, tmp_path, "pool.db") as store:
        engine = LocalEngine(processes=2)
        try:
            def kill_one():
                os.kill(next(iter(engine._pool._processes)), signal.SIGKILL)  # noqa: SLF001 - the test's worker
            counts = _extract(store, engine, _After(5, kill_one))
        finally:
            engine.close()
        assert counts["failed"] == 0
        assert _findings(store) == expected


def _poisoned(template: Path, tmp_path: Path, name: str, markers: list[str]) -> tuple[Store, dict[str, int]]:
    store = _copy(template, tmp_path, name)
    text = ("KLATEN - Bupati Klaten Sri Mulyani mengimbau seluruh ASN menjaga netralitas, Senin (23/9/2024). "
            "Ia juga meminta camat dan kepala desa ikut mengawasi. {marker}")
    ids = {m: store.upsert_document({"canonical_url": f"https://racun.example/{m}", "text": text.format(marker=m),
                                     "published": "2024-09-23", "status": "ok"}) for m in markers}
    return store, ids


def _failures(store: Store) -> dict[str, str]:
    return {f["target"]: f["reason"] for f in store.failures()}


def test_poisoned_documents_on_the_cluster_are_recorded_and_the_batch_goes_on(template, tmp_path, cluster):
    store, ids = _poisoned(template, tmp_path, "dask.db", ["RACUN-PUTAR", "RACUN-MATI"])
    with store:
        counts = _extract(store, cluster, limit=1)
        failures = _failures(store)
        assert "timed out" in failures[f"document {ids['RACUN-PUTAR']}"]
        assert LOST_WORKER in failures[f"document {ids['RACUN-MATI']}"]
        assert counts["failed"] == 2 and counts["documents"] == len(todo(store, all_=True))
        # Every other document has its findings; the poisoned ones an empty result with the reason.
        assert store.extraction(ids["RACUN-MATI"])["result"]["directives"] == []
        assert store.query("SELECT COUNT(*) AS n FROM directives")[0]["n"] > 100


def test_a_document_stuck_in_c_code_ends_its_worker_and_is_recorded(template, tmp_path):
    store, ids = _poisoned(template, tmp_path, "pool.db", ["RACUN-TIDUR", "RACUN-PUTAR"])
    engine = LocalEngine(processes=2)
    try:
        with store:
            counts = _extract(store, engine, limit=0.5)
            failures = _failures(store)
            assert LOST_WORKER in failures[f"document {ids['RACUN-TIDUR']}"]
            assert "timed out" in failures[f"document {ids['RACUN-PUTAR']}"]
            assert counts["failed"] == 2 and counts["directives"] > 100
    finally:
        engine.close()


def test_extract_all_after_the_client_died_continues_where_it_stopped(template, tmp_path):
    db = tmp_path / "resume.db"
    shutil.copy(template, db)
    runner = CliRunner()
    assert runner.invoke(app, ["extract", "--db", str(db), "--workers", "1"]).exit_code == 0
    with Store.open(db) as store:
        expected, n = _findings(store, row_ids=False), len(todo(store, all_=True))
        # An `extract --all` whose client is killed after 10 documents: its run stays 'running'.
        run_id = store.start_run("extract", {"all": True, "backend": "blank"})

        def die():
            raise SystemExit("client killed")
        with pytest.raises(SystemExit):
            extract_store(store, LocalEngine(), backend="blank", ids=todo(store, all_=True), run_id=run_id,
                          progress=_After(10, die))
    res = runner.invoke(app, ["extract", "--db", str(db), "--all", "--workers", "2"])
    assert res.exit_code == 0, res.output
    assert f"{n - 10} documents left" in res.output
    with Store.open(db) as store:
        last = store.runs()[0]
        assert last["args"]["continues"] == [run_id] and last["counts"]["documents"] == n - 10
        assert _findings(store, row_ids=False) == expected
        # Every extraction now belongs to one of the two runs: each document was done once.
        assert {r["run_id"] for r in store.query("SELECT DISTINCT run_id FROM extractions")} == {run_id, last["id"]}
        # The chain is finished: the next --all is a fresh full run.
    res = runner.invoke(app, ["extract", "--db", str(db), "--all", "--workers", "1"])
    assert f"extracted {n} documents" in res.output


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_scheduler_that_goes_away_is_reported_and_the_rerun_finishes(template, tmp_path):
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    scheduler = subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1",
                                  "--port", str(port), "--no-dashboard"], stderr=subprocess.DEVNULL)
    worker = subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_worker", address, "--nthreads", "1",
                               "--no-dashboard"], stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                engine = DaskEngine(address)
                break
            except EngineError:
                if time.monotonic() > deadline:
                    raise
        engine.client.wait_for_workers(1, timeout=60)
        with _copy(template, tmp_path, "gone.db") as store:
            with pytest.raises(EngineError, match="lost the Dask scheduler"):
                _extract(store, engine, _After(5, scheduler.kill))
            engine.close()
            done = store.query("SELECT COUNT(*) AS n FROM extractions")[0]["n"]
            assert done >= 5
            _extract(store, LocalEngine())  # the rerun does the rest
            assert store.query("SELECT COUNT(*) AS n FROM extractions")[0]["n"] == len(todo(store, all_=True))
    finally:
        for proc in (worker, scheduler):
            proc.kill()
            proc.wait()


def test_cli_reextract_on_two_processes_and_usage_errors(template, tmp_path):
    db = tmp_path / "cli.db"
    shutil.copy(template, db)
    with Store.open(db) as store:
        before = _documents(store)
    runner = CliRunner()
    res = runner.invoke(app, ["reextract", "--db", str(db), "--workers", "2"])
    assert res.exit_code == 0, res.output
    with Store.open(db) as store:
        assert _documents(store) == before
        assert store.runs()[0]["args"]["engine"] == "local"
    res = runner.invoke(app, ["extract", "--db", str(db), "--scheduler", "tcp://127.0.0.1:1"])
    assert res.exit_code == 2 and "--scheduler needs --engine dask" in res.output
    res = runner.invoke(app, ["reextract", "--db", str(db), "--engine", "dask", "--scheduler",
                              f"tcp://127.0.0.1:{_free_port()}"])
    assert res.exit_code == 2 and "cannot reach the Dask scheduler" in res.output


def test_reextract_records_poisoned_pages_and_keeps_their_text(template, tmp_path):
    pages = tmp_path / "racun"
    pages.mkdir()
    body = "<p>Bupati Klaten Sri Mulyani mengimbau seluruh ASN menjaga netralitas menjelang pilkada serentak.</p>" * 5
    for marker in ("RACUN-PUTAR", "RACUN-MATI"):
        (pages / f"{marker}.html").write_text(f"<html><head><title>Imbauan {marker}</title></head><body><article>"
                                              f"<h1>Imbauan {marker}</h1>{body}<p>{marker}</p></article></body></html>")
    engine = LocalEngine(processes=2)
    try:
        with _copy(template, tmp_path, "pool.db") as store:
            assert import_paths(store, [str(pages)], LocalEngine()).counts["extracted"] == 2
            before = _documents(store)
            summary = reextract(store, engine, limit=1)
            failures = {f["target"].rsplit("/", 1)[-1]: f["reason"] for f in store.failures(summary.run_id)}
            assert "timed out" in failures["RACUN-PUTAR.html"] and LOST_WORKER in failures["RACUN-MATI.html"]
            assert summary.failed == 2 and summary.counts["unchanged"] + summary.counts["updated"] >= 40
            assert _documents(store) == before  # a failed page keeps the text it had
    finally:
        engine.close()
