"""The store never lies about where it is, and store trouble is one line and exit 3."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hostile import write_pages
from typer.testing import CliRunner

from arahan.cli import app
from arahan.options import EXIT_STORE, EXIT_USAGE
from arahan.store.database import Store

runner = CliRunner()


def _store_with_docs(path: Path, n: int = 3) -> Path:
    material = write_pages(path.parent / f"bahan-{path.stem}", n)
    result = runner.invoke(app, ["import", str(material), "--db", str(path)])
    assert result.exit_code == 0, result.output
    return path


def _one_line_error(result, code: int) -> str:
    assert result.exit_code == code, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(lines) == 1, result.output
    return lines[0]


@pytest.mark.parametrize("odd", ["a.db#", "a.db?mode=rw", "a%23.db"])
def test_a_db_path_with_uri_characters_opens_that_file_read_only(tmp_path, odd):
    decoy = Store.open(tmp_path / "a.db")          # what the unquoted URI used to open
    decoy.start_run("decoy")
    decoy.close()
    (tmp_path / odd).mkdir()
    real = tmp_path / odd / "s.db"
    Store.open(real).close()
    with Store.open(real, readonly=True) as store:
        assert [r["command"] for r in store.runs()] == []             # the right file
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            store.conn.execute("CREATE TABLE sneaky (x)")             # and truly read-only
    result = runner.invoke(app, ["runs", "--db", str(real)])
    assert result.exit_code == 0 and "decoy" not in result.output


@pytest.mark.parametrize("command", [["extract"], ["graph", "build"], ["reextract"],
                                     ["entities", "merge", "person:a@35.07", "person:b@35.07"],
                                     ["runs"], ["graph", "top"]])
def test_commands_that_do_not_create_a_store_name_the_missing_file(tmp_path, command):
    missing = tmp_path / "salah-ketik.db"
    line = _one_line_error(runner.invoke(app, [*command, "--db", str(missing)]), EXIT_STORE)
    assert str(missing) in line and "no store here" in line
    assert not missing.exists()


def test_import_and_status_still_create_a_store(tmp_path):
    assert runner.invoke(app, ["status", "--db", str(tmp_path / "baru.db")]).exit_code == 0
    _store_with_docs(tmp_path / "impor.db")


def test_a_store_whose_wal_index_cannot_be_made_opens_read_only(tmp_path):
    """Read-only media stand-in: the -shm file cannot be created (here: a folder holds its
    name), so mode=ro alone fails; the store opens immutable for reading instead."""
    db = _store_with_docs(tmp_path / "cd.db")
    shm = Path(str(db) + "-shm")
    assert not shm.exists()
    shm.mkdir()
    with Store.open(db, readonly=True) as store:
        assert store.counts()["documents"] == 3
    result = runner.invoke(app, ["runs", "--db", str(db)])
    assert result.exit_code == 0 and "import" in result.output


def test_a_damaged_database_file_is_one_line_and_exit_3(tmp_path):
    db = _store_with_docs(tmp_path / "rusak.db", 6)
    data = bytearray(db.read_bytes())
    page = 4096
    for start in range(page, len(data), page):         # every page but the first (the schema)
        data[start + 100:start + 600] = b"\xde\xad" * 250
    db.write_bytes(bytes(data))
    for command in (["extract"], ["graph", "build"], ["reextract"], ["runs"], ["status"]):
        line = _one_line_error(runner.invoke(app, [*command, "--db", str(db)]), EXIT_STORE)
        assert str(db) in line


def test_a_full_disk_mid_import_is_exit_3_and_the_run_is_marked_failed(tmp_path, monkeypatch):
    db = _store_with_docs(tmp_path / "penuh.db", 1)
    original = Store._connect

    def small_disk(path, readonly):
        conn = original(path, readonly)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages + 2}")     # SQLITE_FULL after two more pages
        return conn

    material = write_pages(tmp_path / "banyak", 40, first=10)
    monkeypatch.setattr(Store, "_connect", staticmethod(small_disk))
    line = _one_line_error(runner.invoke(app, ["import", str(material), "--db", str(db)]), EXIT_STORE)
    assert "full" in line
    monkeypatch.setattr(Store, "_connect", staticmethod(original))
    with Store.open(db, readonly=True) as store:
        last = store.runs(limit=1)[0]
        assert last["command"] == "import" and last["status"] == "failed"
    # nothing half-written: the rerun on a roomy disk stores every page once
    assert runner.invoke(app, ["import", str(material), "--db", str(db)]).exit_code == 0
    with Store.open(db, readonly=True) as store:
        assert store.counts()["documents"] == 41


@pytest.mark.parametrize("args,needle", [
    (["graph", "who", "Kabupaten Sleman", "--from", "notadate"], "not a date"),
    (["graph", "who", "Kabupaten Sleman", "--to", "2024-13"], "not a date"),
    (["graph", "top", "--type", "bogus"], "unknown 'bogus'"),
    (["graph", "export", "--out", "x.gexf", "--edge-types", "ISSUED,FRIENDS"], "unknown 'FRIENDS'"),
    (["entities", "list", "--type", "Alien"], "unknown 'Alien'"),
])
def test_bad_option_values_are_usage_errors(tmp_path, args, needle):
    db = tmp_path / "ada.db"
    Store.open(db).close()
    result = runner.invoke(app, [*args, "--db", str(db)])
    assert result.exit_code == EXIT_USAGE and needle in result.output, result.output
    assert "Traceback" not in result.output


def test_reextract_of_an_unknown_id_is_a_usage_error(tmp_path):
    db = _store_with_docs(tmp_path / "re.db", 1)
    line = _one_line_error(runner.invoke(app, ["reextract", "99999", "--db", str(db)]), EXIT_USAGE)
    assert "no document with id 99999" in line


@pytest.mark.parametrize("where", ["under-a-file", "proc"])
def test_export_to_a_place_that_cannot_be_written_is_one_line(tmp_path, where):
    db = tmp_path / "ex.db"
    Store.open(db).close()
    (tmp_path / "berkas").write_text("ini berkas")
    out = tmp_path / "berkas" / "graf.graphml" if where == "under-a-file" else Path("/proc/arahan-graf.graphml")
    for fmt in ("graphml", "csv"):
        line = _one_line_error(runner.invoke(app, ["graph", "export", "--format", fmt, "--out", str(out),
                                                   "--db", str(db)]), EXIT_USAGE)
        assert "cannot write" in line


def test_runs_failures_of_an_unknown_run_is_a_usage_error(tmp_path):
    db = _store_with_docs(tmp_path / "runs.db", 1)
    line = _one_line_error(runner.invoke(app, ["runs", "--failures", "99999", "--db", str(db)]), EXIT_USAGE)
    assert "no run with this id" in line
    assert runner.invoke(app, ["runs", "--failures", "1", "--db", str(db)]).exit_code == 0


def test_extract_output_that_cannot_be_written_is_one_line(tmp_path):
    page = tmp_path / "berita.jsonl"
    page.write_text('{"id": "a", "text": "Bupati Sleman meminta camat mendata warga."}\n')
    (tmp_path / "berkas").write_text("x")
    for out in (tmp_path / "berkas" / "hasil.jsonl", Path("/proc/hasil.jsonl")):
        line = _one_line_error(runner.invoke(app, ["extract", "--input", str(page), "--output", str(out)]), EXIT_USAGE)
        assert "cannot write" in line


@pytest.fixture
def read_only_media(tmp_path):
    """A real read-only file system: a bind mount remounted read-only (skips where this
    process may not mount, e.g. without CAP_SYS_ADMIN)."""
    import subprocess

    source, media = tmp_path / "salinan", tmp_path / "cdrom"
    source.mkdir()
    media.mkdir()
    mounted = subprocess.run(["mount", "--bind", str(source), str(media)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount here: {mounted.stderr.decode(errors='replace').strip()}")
    try:
        if subprocess.run(["mount", "-o", "remount,bind,ro", str(media)], capture_output=True).returncode != 0:
            pytest.skip("cannot remount read-only here")
        yield source, media
    finally:
        subprocess.run(["umount", str(media)], capture_output=True)


def test_a_store_on_read_only_media_opens_for_reading(read_only_media):
    source, media = read_only_media
    _store_with_docs(source / "arsip.db", 2)
    for leftover in source.glob("arsip.db-*"):      # as copied to a CD: the database file alone
        leftover.unlink()
    db = media / "arsip.db"
    with Store.open(db, readonly=True) as store:
        assert store.counts()["documents"] == 2
    result = runner.invoke(app, ["runs", "--db", str(db)])
    assert result.exit_code == 0 and "import" in result.output
    line = _one_line_error(runner.invoke(app, ["status", "--db", str(db)]), EXIT_STORE)   # writes: refused clearly
    assert "not writable" in line
