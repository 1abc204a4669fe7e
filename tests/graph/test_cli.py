"""The `arahan graph` and `arahan entities` commands on a real store file."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from arahan.cli import app
from tests.conftest import REPO
from tests.graph.conftest import small_corpus

runner = CliRunner()


@pytest.fixture
def db(store, corpus, db_path):
    small_corpus(corpus)
    return str(db_path)


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def test_build_then_queries(db, tmp_path):
    r = run("graph", "build", "--db", db)
    assert r.exit_code == 0, r.output
    assert "documents=8" in r.output
    assert "documents=0" in run("graph", "build", "--db", db).output
    r = run("graph", "who", "Kabupaten Bondowoso", "--from", "2024-06-01", "--json", "--db", db)
    rows = json.loads(r.output)
    assert [x["directive_type"] for x in rows] == ["prohibition", "appeal"]
    r = run("graph", "top", "--region", "Provinsi Jawa Timur", "--json", "--db", db)
    assert json.loads(r.output)[0]["label"] == "Bambang Setiawan"
    r = run("graph", "timeline", "Bambang Setiawan", "--json", "--db", db)
    assert json.loads(r.output)[0]["kind"] == "office"
    r = run("graph", "neighbours", "Bambang Setiawan", "--hops", "2", "--edge-types", "HOLDS,OF", "--json", "--db", db)
    assert {x["relation"] for x in json.loads(r.output)} == {"HOLDS", "OF"}
    r = run("graph", "path", "Bambang Setiawan", "UU 20/2023", "--db", db)
    assert r.exit_code == 0 and "Law: UU 20/2023" in r.output
    r = run("graph", "path", "Bambang Setiawan", "UU 20/2023", "--edge-types", "HOLDS,OF", "--db", db)
    assert r.exit_code == 0 and "no path between them" in r.output  # the law is reached only through CITES
    for fmt, out in (("graphml", "g.graphml"), ("gexf", "g.gexf"), ("json", "g.json"), ("csv", "csv")):
        r = run("graph", "export", "--format", fmt, "--out", tmp_path / out, "--db", db)
        assert r.exit_code == 0, r.output
        assert (tmp_path / out).exists()
    r = run("graph", "export", "--format", "gexf", "--out", tmp_path / "n.gexf", "--around", "Sanusi", "--hops", "1",
            "--db", db)
    assert "wrote 4 nodes" in r.output


def test_entities_list_show_merge_split(db):
    run("graph", "build", "--db", db)
    r = run("entities", "list", "--type", "Person", "--json", "--db", db)
    people = {x["label"]: x["id"] for x in json.loads(r.output)}
    assert set(people) == {"Bambang Setiawan", "M. Sanusi", "Hendy Siswanto"}
    r = run("entities", "show", people["M. Sanusi"], "--db", db)
    assert r.exit_code == 0 and "short/long form" in r.output and "melarang" in r.output
    r = run("entities", "merge", people["M. Sanusi"], people["Hendy Siswanto"], "--note", "test", "--db", db)
    assert r.exit_code == 0, r.output
    r = run("entities", "list", "--type", "Person", "--json", "--db", db)
    assert len(json.loads(r.output)) == 2
    r = run("entities", "split", people["M. Sanusi"], "--name", "Hendy Siswanto", "--into", "person:hendy@35.09",
            "--db", db)
    assert r.exit_code == 0, r.output
    r = run("entities", "list", "--type", "Person", "--json", "--db", db)
    assert {x["id"] for x in json.loads(r.output)} >= {"person:hendy@35.09", people["M. Sanusi"]}


def test_bad_usage_gives_one_line_and_code_2(db, tmp_path):
    run("graph", "build", "--db", db)
    for args in (("graph", "who", "Atlantis"), ("graph", "export", "--format", "dot", "--out", tmp_path / "x"),
                 ("entities", "merge", "region:35.11", "region:35.07"), ("entities", "split", "person:x@1", "--name", "x")):
        r = run(*args, "--db", db)
        assert r.exit_code == 2, (args, r.output)
        assert r.output.strip().startswith("error:") or "error:" in r.output
    r = run("graph", "who", "Bondowoso", "--db", tmp_path / "missing.db")
    assert r.exit_code == 3


def test_resolution_report_on_demo_gold():
    gold = REPO / "corpus" / "demo" / "gold.jsonl"
    if not gold.exists():
        pytest.skip("the demo gold is not there yet")
    r = run("graph", "resolution-report", "--gold", gold, "--show")
    assert r.exit_code == 0, r.output
    assert "false merges=0" in r.output
    assert "false merge:" not in r.output


def test_resolution_on_dev_gold_makes_no_false_merge(shared_dir):
    from arahan.extract.graph.report import load_gold, resolution_report

    dev = shared_dir / "eval" / "dev"
    if not dev.is_dir():
        pytest.skip("../shared/eval/dev is absent")
    report = resolution_report(load_gold([dev]))
    assert report["false_merges"] == [] and report["mentions"] > 20
