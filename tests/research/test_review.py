"""The review round trip from the CLI on a real store: decide, re-extract, rebuild, the decisions hold; orphans; export and eval."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from arahan.cli import app
from arahan.store.review import ReviewTables
from arahan.extract import review as R
from tests.research.conftest import ARTICLES, store_articles

runner = CliRunner()


def run(db, *args, ok=True):
    r = runner.invoke(app, [*map(str, args), "--db", str(db)], env={"ARAHAN_REVIEWER": "ana"})
    if ok:
        assert r.exit_code == 0, r.output
    return r


def handles(store, doc: int) -> dict[str, str]:
    """Current handle of each finding of an article, keyed by its evidence text."""
    return {R.evidence_text(f): f["handle"] for f in R.findings_with_state(ReviewTables(store), doc)}


def incidents(store) -> dict[str, dict]:
    rows = store.query("SELECT n.label, n.attrs FROM graph_incidents i JOIN graph_nodes n ON n.id = i.id")
    return {json.loads(r["attrs"])["cue"]: json.loads(r["attrs"]) for r in rows}


@pytest.fixture
def built(store, db_path):
    ids = store_articles(store)
    run(db_path, "graph", "build")
    return ids


def test_decisions_survive_reextraction_and_a_full_rebuild(store, db_path, built):
    malang, surabaya, bandung, _ = built
    assert set(incidents(store)) == {"meminta", "larangan", "melarang"}
    run(db_path, "review", "reject", handles(store, malang)["meminta"], "--note", "an appeal to wash tubs is no directive")
    r = run(db_path, "review", "correct", handles(store, bandung)["melarang"], "--set", "type=sanction_warning",
            "--set", "targets=guru, kepala desa", "--set", "date=2025-04")
    assert "corrected: type=sanction_warning" in r.output and "graph updated" in r.output
    run(db_path, "review", "accept", handles(store, surabaya)["larangan"])
    run(db_path, "review", "accept", handles(store, surabaya)["Surabaya"])

    def check():
        found = incidents(store)
        assert set(found) == {"larangan", "melarang"}  # the rejected appeal left the graph
        assert found["melarang"]["directive_type"] == "sanction_warning"
        assert found["melarang"]["targets"] == ["guru", "kepala desa"]
        assert found["melarang"]["reviewed"] == "corrected"
        assert found["larangan"]["reviewed"] == "accepted"
        counts = {r["type"]: r["n"] for r in store.query("SELECT type, count(*) AS n FROM graph_incidents GROUP BY type")}
        assert counts == {"prohibition": 1, "sanction_warning": 1}

    check()
    old = handles(store, bandung)["melarang"]
    store_articles(store)  # re-extraction: every finding gets a new row id
    assert handles(store, bandung)["melarang"] != old
    run(db_path, "graph", "build")
    check()
    run(db_path, "graph", "build", "--full")
    check()
    r = run(db_path, "review", "list")
    assert r.output.count("applied") == 4 and "orphaned" not in r.output
    r = run(db_path, "review", "list", "--document", bandung)
    assert "correct by ana" in r.output


def test_a_decision_whose_finding_is_gone_is_kept_as_orphaned(store, db_path, built):
    malang = built[0]
    run(db_path, "review", "accept", handles(store, malang)["meminta"])
    changed = [list(a) for a in ARTICLES]
    changed[0][4] = []  # the extractor no longer finds the appeal
    store_articles(store, [tuple(a) for a in changed])
    r = run(db_path, "review", "list")
    assert "orphaned" in r.output and "1 decision(s) orphaned" in r.output
    assert len(R.orphaned(ReviewTables(store))) == 1
    r = run(db_path, "update", "--out", db_path.parent / "digests")
    assert "1 review decision(s) orphaned" in r.output
    assert store.query("SELECT count(*) AS n FROM reviews")[0]["n"] == 1


def test_bad_reviews_get_one_line(store, db_path, built):
    d = handles(store, built[2])["melarang"]
    for args, says in ((("reject", "d99999"), "no finding d99999"), (("accept", "x1"), "is not a finding"),
                       (("correct", d, "--set", "type=order"), "unknown directive type"),
                       (("correct", d, "--set", "colour=red"), "has no field 'colour'"),
                       (("correct", d, "--set", "date=kemarin"), "is not YYYY-MM-DD"),
                       (("correct", d, "--set", "type"), "write FIELD=VALUE"),
                       (("correct", d, "--set", "issuer_region=Atlantis"), "unknown region 'Atlantis'")):
        r = run(db_path, "review", *args, ok=False)
        assert r.exit_code == 2 and says in r.output and "Traceback" not in r.output, r.output


def test_export_writes_gold_that_eval_reads(store, db_path, built, tmp_path):
    malang, surabaya, bandung, _ = built
    run(db_path, "review", "reject", handles(store, malang)["meminta"])
    run(db_path, "review", "correct", handles(store, bandung)["melarang"], "--set", "issuer=Dadang S.")
    run(db_path, "review", "correct", handles(store, malang)["Malang"], "--set", "name=Kota Malang")
    out = tmp_path / "gold"
    r = run(db_path, "review", "export", "--out", out)
    assert "2 reviewed article(s)" in r.output
    gold = {p.stem: json.loads(p.read_text()) for p in out.glob("*.json")}
    assert set(gold) == {f"store{malang}", f"store{bandung}"}
    assert gold[f"store{malang}"]["gold"]["directives"] == []
    assert gold[f"store{malang}"]["gold"]["regions"] == ["Kota Malang"]  # the reviewer's correction
    directive = gold[f"store{bandung}"]["gold"]["directives"][0]
    assert directive["issuer"] == "Dadang S." and directive["type"] == "prohibition"
    assert gold[f"store{bandung}"]["text"].startswith("Bupati Bandung")
    r = runner.invoke(app, ["eval", "--gold", str(out), "--json"])
    assert r.exit_code == 0, r.output
    summary = json.loads(r.output[r.output.index("{"):])
    assert "directives_type" in summary and "regions" in summary


def test_the_app_tables_show_the_reviewed_mark(store, db_path, built):
    from arahan.store import reads

    run(db_path, "review", "correct", handles(store, built[2])["melarang"], "--set", "type=instruction")
    run(db_path, "review", "accept", handles(store, built[1])["larangan"])
    labels = sorted(row[1] for row in reads.incident_details(store))
    assert sum(label.endswith(" ✔ corrected") for label in labels) == 1
    assert sum(label.endswith(" ✔ reviewed") for label in labels) == 1


def test_the_graph_canvas_shows_the_reviewed_mark(store, db_path, built):
    from arahan.app.graphview import View, elements
    from arahan.store import reads

    run(db_path, "review", "correct", handles(store, built[2])["melarang"], "--set", "type=instruction")
    directives = reads.nodes(store, types=["Directive"], with_attrs=False)
    marked = [n for n in directives if n["reviewed"] == "corrected"]
    assert len(marked) == 1
    graph, _ = elements(View({n["id"]: n for n in directives}, [], [], []))
    names = [node["data"]["name"] for node in graph["nodes"]]
    assert sum(name.endswith(" ✔ corrected") for name in names) == 1
