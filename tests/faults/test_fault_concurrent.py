"""Two imports at once on one store group stories exactly as one import does."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections import defaultdict
from pathlib import Path

from stories import write_stories

from arahan.corpus.batch import import_paths
from arahan.corpus.engine import LocalEngine
from arahan.store.database import Store

ROOT = Path(__file__).resolve().parents[2]


def _grouping(db: Path) -> set[frozenset[str]]:
    """The stories as sets of file names (independent of ids and of which copy came first)."""
    with Store.open(db, readonly=True) as store:
        groups = defaultdict(set)
        for row in store.query("SELECT id, story_id, canonical_url FROM documents"):
            groups[row["story_id"] or row["id"]].add(row["canonical_url"].rsplit("/", 1)[1])
    return {frozenset(g) for g in groups.values()}


def _one_run(tmp_path: Path, dirs: list[Path]) -> set[frozenset[str]]:
    db = tmp_path / "sekali.db"
    with Store.open(db) as store:
        import_paths(store, [str(d) for d in dirs], LocalEngine())
    return _grouping(db)


def test_concurrent_imports_in_threads_group_as_one_run(tmp_path):
    dirs = write_stories(tmp_path / "bahan", stories=45, copies=9, parts=2)
    expected = _one_run(tmp_path, dirs)
    assert len(expected) == 45
    for trial in range(3):
        db = tmp_path / f"bersama{trial}.db"
        Store.open(db).close()
        errors = []

        def run(folder):
            try:
                with Store.open(db) as store:
                    import_paths(store, [str(folder)], LocalEngine())
            except Exception as exc:  # noqa: BLE001 - reported below
                errors.append(exc)

        threads = [threading.Thread(target=run, args=(d,)) for d in dirs]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert not errors, errors
        assert _grouping(db) == expected, f"trial {trial}: {len(_grouping(db))} stories instead of 45"


def test_concurrent_import_processes_group_as_one_run(tmp_path):
    dirs = write_stories(tmp_path / "bahan", stories=45, copies=9, parts=2)
    expected = _one_run(tmp_path, dirs)
    db = tmp_path / "proses.db"
    Store.open(db).close()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [subprocess.Popen([sys.executable, "-m", "arahan", "import", str(d), "--db", str(db)], cwd=ROOT, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT) for d in dirs]
    outputs = [p.communicate(timeout=300)[0].decode(errors="replace") for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outputs
    assert _grouping(db) == expected
