"""The embedded store: migrations, idempotent writes, concurrent reads, refusing bad files."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from arahan.store.database import Store, StoreCorrupt, StoreTooNew, StoreUnavailable
from arahan.store.schema import MIGRATIONS, SCHEMA_VERSION


def make_old_store(path, version: int) -> None:
    """Write a store as an Arahan that knew only the first `version` migrations would."""
    conn = sqlite3.connect(path)
    for migration in MIGRATIONS[:version]:
        conn.executescript(migration.sql)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.execute(
        "INSERT INTO documents (canonical_url, title, text, status) VALUES "
        "('https://kabarjatim.example/a', 'Bupati Malang imbau ASN netral', 'Teks berita.', 'ok')"
    )
    conn.commit()
    conn.close()


@pytest.mark.parametrize("old_version", range(1, SCHEMA_VERSION))
def test_older_store_is_upgraded_in_place_without_losing_rows(db_path, old_version):
    make_old_store(db_path, old_version)
    with Store.open(db_path) as store:
        assert store.schema_version == SCHEMA_VERSION
        docs = list(store.documents())
        assert [d["title"] for d in docs] == ["Bupati Malang imbau ASN netral"]
        # the tables of later migrations now exist and work
        store.save_extraction(docs[0]["id"], {"officials": [], "directives": []}, backend="blank")
        assert store.counts()["extractions"] == 1


def test_store_from_a_newer_arahan_is_refused(db_path):
    with Store.open(db_path):
        pass
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(StoreTooNew, match="newer Arahan"):
        Store.open(db_path)


def test_corrupt_file_is_refused_with_one_line(db_path):
    db_path.write_bytes(b"\x00\x01 this is not sqlite" * 200)
    with pytest.raises(StoreCorrupt) as err:
        Store.open(db_path)
    assert "\n" not in str(err.value)


def test_foreign_sqlite_file_is_refused(db_path):
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreCorrupt, match="not an Arahan store"):
        Store.open(db_path)


def test_unwritable_location_is_refused(tmp_path):
    with pytest.raises(StoreUnavailable, match="does not exist"):
        Store.open(tmp_path / "missing-folder" / "arahan.db")


def test_readonly_open_of_missing_store_says_so(tmp_path):
    with pytest.raises(StoreUnavailable, match="no store here"):
        Store.open(tmp_path / "nothing.db", readonly=True)


def test_same_document_twice_keeps_one_row(store):
    fields = {"canonical_url": "https://kabarjatim.example/b", "title": "Judul", "text": "Isi.", "status": "ok"}
    first = store.upsert_document(fields, urls=["https://kabarjatim.example/b?utm_source=fb"])
    second = store.upsert_document({**fields, "title": "Judul baru"}, urls=["https://m.kabarjatim.example/b"])
    assert first == second
    assert store.counts()["documents"] == 1
    doc = store.document(first)
    assert doc["title"] == "Judul baru"
    assert doc["story_id"] == first
    assert len(doc["urls"]) == 3
    assert store.document_id_for_url("https://m.kabarjatim.example/b") == first


def test_failed_write_rolls_back_whole_document(store):
    with pytest.raises(ValueError):
        with store.transaction():
            store.upsert_document({"canonical_url": "https://x.example/1", "text": "a", "status": "ok"})
            raise ValueError("crash in the middle")
    assert store.counts()["documents"] == 0


def test_save_extraction_replaces_previous_findings(store):
    doc_id = store.upsert_document({"canonical_url": "https://x.example/2", "text": "Bupati Malang mengimbau ASN.", "status": "ok"})
    result = {
        "officials": [{"name": "Sanusi", "title": "Bupati", "region": "Kabupaten Malang", "region_code": "35.07",
                       "honorifics": ["H."], "evidence": {"start": 0, "end": 13, "sent_start": 0, "sent_end": 28}, "confidence": 0.9}],
        "directives": [{"type": "appeal", "issuer": "Sanusi", "targets": ["ASN"], "cue": "mengimbau",
                        "legal_basis": [], "evidence": {"sentence": "Bupati Malang mengimbau ASN.", "start": 14, "end": 23}, "confidence": 0.8}],
    }
    store.save_extraction(doc_id, result, backend="spacy")
    store.save_extraction(doc_id, result, backend="spacy")
    assert store.counts()["mentions"] == 1
    [directive] = store.directives(doc_id)
    assert directive["targets"] == ["ASN"] and directive["start_char"] == 14
    [mention] = store.mentions(doc_id, kind="official")
    assert mention["attrs"] == {"honorifics": ["H."]}
    assert list(store.documents(unextracted_only=True)) == []


def test_reader_sees_committed_rows_while_a_writer_writes(db_path):
    writer = Store.open(db_path)
    reader = Store.open(db_path, readonly=True)
    started, release = threading.Event(), threading.Event()

    def write_slowly():
        with writer.transaction():
            writer.upsert_document({"canonical_url": "https://x.example/slow", "text": "a", "status": "ok"})
            started.set()
            release.wait(5)

    thread = threading.Thread(target=write_slowly)
    thread.start()
    started.wait(5)
    # WAL: the reader is not blocked by the open write transaction and sees the last commit
    assert reader.counts()["documents"] == 0
    release.set()
    thread.join()
    assert reader.counts()["documents"] == 1
    reader.close()
    writer.close()


def test_runs_and_failures_are_recorded(store):
    run = store.start_run("import", {"paths": ["corpus/demo"]})
    store.record_failure(run, "bad.pdf", "binary file, not HTML", stage="import")
    store.finish_run(run, {"imported": 3, "failed": 1})
    [last] = store.runs(limit=1)
    assert last["status"] == "finished" and last["counts"] == {"imported": 3, "failed": 1}
    assert store.failures(run)[0]["reason"] == "binary file, not HTML"
