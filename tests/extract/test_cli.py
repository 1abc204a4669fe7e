"""`arahan extract` on files and on a real store file, and `arahan eval` on gold files we wrote."""

import json

from typer.testing import CliRunner

from arahan.cli import app
from arahan.store.database import Store

DOC = {"id": "a1", "published": "2024-09-23", "url": "https://contoh.id/a1", "title": "Bupati Minta ASN Netral",
       "text": "KLATEN - Bupati Klaten Sri Mulyani mengimbau seluruh ASN menjaga netralitas, Senin (23/9/2024)."}


def test_extract_input_folder_to_jsonl(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a1.json").write_text(json.dumps(DOC), encoding="utf-8")
    (tmp_path / "in" / "broken.json").write_text("{not json", encoding="utf-8")
    out = tmp_path / "pred.jsonl"
    res = CliRunner().invoke(app, ["extract", "--input", str(tmp_path / "in"), "--output", str(out)])
    assert res.exit_code == 1  # one input skipped
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert lines[0]["id"] == "a1" and lines[0]["directives"][0]["type"] == "appeal"
    assert lines[0]["officials"][0]["evidence"]["start"] >= 0


def test_extract_jsonl_input(tmp_path):
    src = tmp_path / "docs.jsonl"
    src.write_text(json.dumps(DOC) + "\n" + json.dumps({"id": "empty", "text": ""}) + "\n", encoding="utf-8")
    out = tmp_path / "pred.jsonl"
    res = CliRunner().invoke(app, ["extract", "--input", str(src), "--output", str(out)])
    assert res.exit_code == 0
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert lines[1]["notes"] == ["empty text"]


def test_extract_store_then_only_new(tmp_path):
    db = tmp_path / "a.db"
    with Store.open(db) as store:
        store.upsert_document({"canonical_url": DOC["url"], "text": DOC["text"], "published": DOC["published"],
                               "title": DOC["title"], "status": "ok"})
        store.upsert_document({"canonical_url": "https://contoh.id/kosong", "text": "", "status": "ok"})
    runner = CliRunner()
    res = runner.invoke(app, ["extract", "--db", str(db)])
    assert res.exit_code == 0, res.output
    with Store.open(db) as store:
        assert len(store.directives()) == 1
        d = store.directives()[0]
        assert d["type"] == "appeal" and d["issuer"] == "Sri Mulyani" and d["sentence"].startswith("KLATEN")
        assert store.mentions(kind="region")[0]["region_code"] == "33.10"
        run = store.runs()[0]
        assert run["command"] == "extract" and run["counts"]["documents"] == 2
        assert any("empty text" in f["reason"] for f in store.failures(run["id"]))
    res = runner.invoke(app, ["extract", "--db", str(db)])
    assert res.exit_code == 0 and "nothing to extract" in res.output
    with Store.open(db) as store:
        assert len(store.runs()) == 1  # a rerun with nothing new leaves the store as it was
        assert store.counts()["directives"] == 1
        assert store.query("SELECT COUNT(*) AS n FROM graph_nodes WHERE type='Directive'")[0]["n"] == 1
    res = runner.invoke(app, ["extract", "--db", str(db), "--all"])
    assert "extracted 2 documents" in res.output


def test_eval_on_our_gold(tmp_path):
    gold = dict(DOC, gold={
        "officials": [{"name": "Sri Mulyani", "title": "Bupati", "region": "Kabupaten Klaten", "org": None}],
        "regions": ["Kabupaten Klaten"], "organizations": [],
        "directives": [{"issuer": "Sri Mulyani", "issuer_title": "Bupati", "issuer_region": "Kabupaten Klaten",
                        "type": "appeal", "targets": ["ASN"], "date": "2024-09-23"}]})
    (tmp_path / "g1.json").write_text(json.dumps(gold), encoding="utf-8")
    res = CliRunner().invoke(app, ["eval", "--gold", str(tmp_path), "--json"])
    assert res.exit_code == 0, res.output
    figures = json.loads(res.output[res.output.index("{"):])
    assert figures["officials"]["f1"] == 1.0 and figures["directives_type"]["f1"] == 1.0
    assert figures["date_accuracy"] == 1.0


def test_eval_intervals_bracket_the_figures(tmp_path):
    """--intervals resamples the documents: one right and one wrong article give a wide interval."""
    right = dict(DOC, id="g1", gold={"officials": [{"name": "Sri Mulyani", "title": "Bupati", "region": "Kabupaten Klaten"}],
                                     "regions": ["Kabupaten Klaten"], "organizations": [], "directives": []})
    wrong = dict(DOC, id="g2", gold={"officials": [{"name": "Budi Hartono", "title": "Camat", "region": "Kabupaten Klaten"}],
                                     "regions": ["Kabupaten Klaten"], "organizations": [], "directives": []})
    for item in (right, wrong):
        (tmp_path / f"{item['id']}.json").write_text(json.dumps(item), encoding="utf-8")
    res = CliRunner().invoke(app, ["eval", "--gold", str(tmp_path), "--json", "--intervals"])
    assert res.exit_code == 0, res.output
    figures = json.loads(res.output[res.output.index("{"):])
    low, high = figures["intervals"]["officials"]
    assert low == 0.0 and high == 1.0 and low < figures["officials"]["f1"] < high
    assert figures["intervals"]["regions"] == [1.0, 1.0]
    table = CliRunner().invoke(app, ["eval", "--gold", str(tmp_path), "--intervals"]).output
    assert "F1 95% interval" in table and "0.000-1.000" in table


def test_bad_usage_exit_codes(tmp_path):
    runner = CliRunner()
    assert runner.invoke(app, ["eval", "--gold", str(tmp_path / "missing")]).exit_code == 2
    assert runner.invoke(app, ["extract", "--backend", "nope", "--input", str(tmp_path)]).exit_code == 2
    assert runner.invoke(app, ["extract", "--output", str(tmp_path / "x.jsonl"), "--db", str(tmp_path / "d.db")]).exit_code == 2


def test_ingest_hook_and_writer_callback(tmp_path):
    from arahan.extract.ingest_hook import store_findings, worker_hook

    doc = {"canonical_url": DOC["url"], "text": DOC["text"], "published": DOC["published"], "title": DOC["title"],
           "status": "ok"}
    payload = worker_hook("blank")(doc)
    assert payload["result"]["directives"] and payload["notes"] == []
    with Store.open(tmp_path / "h.db") as store:
        doc_id = store.upsert_document(doc)
        store_findings(store, doc_id, {"doc": doc, "nlp": payload})
        assert store.extraction(doc_id)["result"]["id"] == doc_id
        assert store.directives(doc_id)[0]["issuer"] == "Sri Mulyani"
        other = store.upsert_document(dict(doc, canonical_url="https://contoh.id/a2"))
        store_findings(store, other, {"doc": doc})  # no worker hook ran: extracted in the callback
        assert store.directives(other)


def test_extract_folds_findings_stored_by_ingest_into_the_graph(tmp_path):
    # `arahan ingest/import --backend` store findings without building the graph; the next
    # `arahan extract` has nothing to extract but must still make them explorable.
    from arahan.extract.pipeline import extract_document

    db = tmp_path / "b.db"
    with Store.open(db) as store:
        doc_id = store.upsert_document({"canonical_url": DOC["url"], "text": DOC["text"], "published": DOC["published"],
                                        "title": DOC["title"], "status": "ok"})
        result, _ = extract_document(DOC, backend="blank")
        store.save_extraction(doc_id, result, backend="blank")
    res = CliRunner().invoke(app, ["extract", "--db", str(db)])
    assert res.exit_code == 0 and "graph updated with 1 documents" in res.output
    with Store.open(db) as store:
        assert store.query("SELECT COUNT(*) AS n FROM graph_nodes WHERE type='Directive'")[0]["n"] == 1
