"""The CLI's error paths: one readable line and a meaningful exit code, never a traceback."""

from __future__ import annotations

import sqlite3

from typer.testing import CliRunner

from arahan.cli import app
from arahan.options import EXIT_STORE
from arahan.store.schema import SCHEMA_VERSION

runner = CliRunner()


def test_status_creates_and_reports_a_store(db_path):
    result = runner.invoke(app, ["status", "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    assert f"schema version {SCHEMA_VERSION}" in result.output
    assert db_path.exists()


def test_db_from_environment(db_path, monkeypatch):
    monkeypatch.setenv("ARAHAN_DB", str(db_path))
    assert runner.invoke(app, ["status"]).exit_code == 0
    assert db_path.exists()


def test_corrupt_store_gives_one_line_and_exit_3(db_path):
    db_path.write_bytes(b"garbage" * 1000)
    result = runner.invoke(app, ["status", "--db", str(db_path)])
    assert result.exit_code == EXIT_STORE
    assert "corrupt" in result.output and "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_unwritable_store_path_gives_exit_3(tmp_path):
    result = runner.invoke(app, ["status", "--db", str(tmp_path / "no" / "such" / "dir.db")])
    assert result.exit_code == EXIT_STORE
    assert "does not exist" in result.output


def test_newer_store_gives_exit_3(db_path):
    runner.invoke(app, ["status", "--db", str(db_path)])
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.commit()
    conn.close()
    result = runner.invoke(app, ["status", "--db", str(db_path)])
    assert result.exit_code == EXIT_STORE
    assert "newer Arahan" in result.output


def test_version_and_help():
    assert runner.invoke(app, ["--version"]).output.startswith("arahan ")
    help_text = runner.invoke(app, ["--help"]).output
    assert "status" in help_text


def test_runs_lists_runs_and_their_failures(db_path):
    from arahan.store.database import Store

    with Store.open(db_path) as store:
        run = store.start_run("import", {"paths": ["x"]})
        store.record_failure(run, "rusak.pdf", "binary file, not HTML", stage="import")
        store.finish_run(run, {"imported": 2, "failed": 1})
    listed = runner.invoke(app, ["runs", "--db", str(db_path)])
    assert listed.exit_code == 0 and "import" in listed.output and "imported=2" in listed.output
    failed = runner.invoke(app, ["runs", "--db", str(db_path), "--failures", str(run)])
    assert "rusak.pdf" in failed.output and "binary file" in failed.output


def test_runs_on_missing_store_gives_exit_3(tmp_path):
    result = runner.invoke(app, ["runs", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == EXIT_STORE
