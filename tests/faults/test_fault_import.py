"""Damaged archives and hostile files: every readable record kept, every bad one reported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hostile import article, damage, make_warc, write_junk

from arahan.corpus.batch import import_paths
from arahan.corpus.engine import LocalEngine


def _import(store, *paths, **kw):
    summary = import_paths(store, [str(p) for p in paths], LocalEngine(), **kw)
    return summary, {f["target"]: f["reason"] for f in store.failures()}


def _urls(store) -> set[str]:
    return {row["url"] for row in store.query("SELECT canonical_url AS url FROM documents")}


@pytest.mark.parametrize("gz", [True, False], ids=["warc.gz", "warc"])
def test_one_damaged_record_costs_only_itself(tmp_path, store, gz):
    path = tmp_path / ("arsip.warc.gz" if gz else "arsip.warc")
    damage(path, make_warc(path, 5, gz), 2)
    summary, failures = _import(store, path)
    assert _urls(store) == {f"https://kabar.example/berita/{i}" for i in (0, 1, 3, 4)}
    (reason,) = failures.values()          # one report, naming the damaged record
    assert "damaged WARC record" in reason
    assert summary.counts["failed"] >= 1


@pytest.mark.parametrize("gz", [True, False], ids=["warc.gz", "warc"])
def test_a_truncated_warc_keeps_its_whole_records_and_reports_the_cut_one(tmp_path, store, gz):
    path = tmp_path / ("potong.warc.gz" if gz else "potong.warc")
    offsets = make_warc(path, 5, gz)
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * 0.55)])
    whole = sum(1 for o in offsets[1:] if o <= len(data) * 0.55)     # records that end before the cut
    summary, failures = _import(store, path)
    assert _urls(store) == {f"https://kabar.example/berita/{i}" for i in range(whole)}
    assert len(failures) == 1, failures
    (reason,) = failures.values()
    assert "truncated" in reason or "damaged" in reason
    assert summary.counts["failed"] == 1


def test_garbage_and_empty_files_are_reported(tmp_path, store):
    tmp_path = tmp_path / "bahan"
    write_junk(tmp_path)
    summary, failures = _import(store, *sorted(tmp_path.iterdir()))
    names = {Path(t).name for t in failures}
    assert names == {"sampah.warc", "sampah.warc.gz", "kosong.warc", "kosong.warc.gz", "kosong.jsonl"}, failures
    assert "not a readable WARC file" in failures[str(tmp_path / "sampah.warc")]
    assert "empty file" in failures[str(tmp_path / "kosong.jsonl")]
    assert summary.counts["failed"] == 5


def test_json_lines_fields_of_the_wrong_type_are_reported(tmp_path, store):
    good = article("Kabar Baik", 1).decode()
    lines = [{"url": "https://kabar.example/1", "html": good}, {"text": 123}, {"html": ["a"]},
             {"url": 5, "text": "Bupati meminta warga tenang."}, {"text": "x", "title": {"a": 1}}]
    path = tmp_path / "kiriman.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in lines) + "\n")
    summary, failures = _import(store, path)
    assert _urls(store) == {"https://kabar.example/1"}
    assert failures == {f"{path}:2": "field 'text' is int, not a string",
                        f"{path}:3": "field 'html' is list, not a string",
                        f"{path}:4": "field 'url' is int, not a string",
                        f"{path}:5": "field 'title' is dict, not a string"}


def test_size_caps_apply_to_files_records_and_warc_records(tmp_path, store):
    big = b"<html><body><p>" + b"kata " * 400_000 + b"</p></body></html>"       # 2 MB
    (tmp_path / "besar.html").write_bytes(big)
    (tmp_path / "besar.jsonl").write_text(json.dumps({"url": "https://kabar.example/j", "html": big.decode()}) + "\n"
                                          + json.dumps({"url": "https://kabar.example/k", "html": article("Kecil", 7).decode()}) + "\n")
    make_warc(tmp_path / "arsip.warc.gz", 2)
    summary, failures = _import(store, tmp_path, max_bytes=1_000_000)
    assert "too large" in failures[str(tmp_path / "besar.html")]
    assert "too large" in failures[f"{tmp_path / 'besar.jsonl'}:1"]
    assert _urls(store) == {"https://kabar.example/k", "https://kabar.example/berita/0", "https://kabar.example/berita/1"}
    summary, failures = _import(store, tmp_path / "arsip.warc.gz", max_bytes=1024)
    assert all("too large" in r for t, r in failures.items() if "berita" in t)


@pytest.mark.parametrize("gz", [True, False], ids=["warc.gz", "warc"])
def test_garbage_after_the_last_record_is_reported_as_such(tmp_path, store, gz):
    path = tmp_path / ("ekor.warc.gz" if gz else "ekor.warc")
    make_warc(path, 3, gz)
    path.write_bytes(path.read_bytes() + b"sampah di ujung berkas\n" * 3)
    summary, failures = _import(store, path)
    assert _urls(store) == {f"https://kabar.example/berita/{i}" for i in range(3)}
    assert list(failures) == [f"{path}@end"] and "after the last record" in failures[f"{path}@end"]
