"""extract/result.schema.json: what `arahan extract --output` writes (and a store keeps) follows it, and a
broken result fails with a message that says where and why."""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from typer.testing import CliRunner

from arahan.cli import app
from arahan.extract.result_schema import ResultSchemaError, load_schema, result_problems, schema_path, validate_result
from arahan.store.database import Store

REPO = Path(__file__).resolve().parents[2]

NEWS = {"id": "berita-1", "published": "2024-09-23", "url": "https://contoh.id/2024/09/23/bupati-klaten",
        "text": "KLATEN - Bupati Klaten Sri Mulyani mengimbau seluruh ASN menjaga netralitas menjelang Pilkada, "
                "Senin (23/9/2024). Imbauan itu berdasarkan UU Nomor 20 Tahun 2023 tentang ASN.\n"
                "Sekretaris Daerah (Sekda) Klaten Jaka Sawaldi melarang kepala desa memasang alat peraga "
                "kampanye di kantor desa. Badan Pengawas Pemilu (Bawaslu) Klaten membuka posko pengaduan.\n"
                "Mantan Bupati Klaten Sunarna juga hadir di Pendopo Klaten."}
LETTER = {"id": 7, "text": "PEMERINTAH KABUPATEN KLATEN\nSURAT EDARAN\nNomor : 800/512/BKPSDM/2024\n"
                            "TENTANG\nNETRALITAS APARATUR SIPIL NEGARA\n"
                            "Yth. Kepala Perangkat Daerah\ndi Klaten\n"
                            "Dasar: Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara.\n"
                            "Sehubungan dengan Pilkada serentak, dengan ini disampaikan:\n"
                            "1. Seluruh ASN dilarang menghadiri kampanye pasangan calon.\n"
                            "2. Kepala Perangkat Daerah wajib mengawasi netralitas pegawainya.\n"
                            "Demikian untuk dilaksanakan.\nKlaten, 2 September 2024\nBUPATI KLATEN,\nttd\n"
                            "SRI MULYANI\n"}
EMPTY = {"id": "kosong", "text": ""}
ENGLISH = {"id": "english", "text": "The regent asked all civil servants to stay neutral during the election. " * 4}


def _extract(tmp_path: Path, docs: list[dict]) -> list[dict]:
    src = tmp_path / "docs.jsonl"
    src.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    out = tmp_path / "pred.jsonl"
    res = CliRunner().invoke(app, ["extract", "--input", str(src), "--output", str(out)])
    assert res.exit_code in (0, 1), res.output
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def test_the_schema_is_a_valid_draft_2020_12_schema_shipped_in_the_package():
    assert schema_path().name == "result.schema.json" and schema_path().is_file()
    Draft202012Validator.check_schema(load_schema())
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert "result.schema.json" in pyproject.split("[tool.setuptools.package-data]")[1]


def test_extract_output_follows_the_schema(tmp_path):
    news, letter, empty, english = _extract(tmp_path, [NEWS, LETTER, EMPTY, ENGLISH])
    for line in (news, letter, empty, english):
        assert result_problems(line) == [], line["id"]
    # the findings the schema describes are really there, not only empty lists
    assert news["officials"] and news["regions"] and news["organizations"] and news["directives"]
    assert {d["type"] for d in news["directives"]} >= {"appeal", "prohibition"}
    assert "letter" in letter and letter["letter"]["number"] == "800/512/BKPSDM/2024"
    assert any(d.get("point") == 1 for d in letter["directives"])
    assert empty["notes"] == ["empty text"] and english["notes"]


def test_results_a_store_keeps_follow_the_schema(tmp_path):
    """The store path: demo pages and a demo PDF imported, extracted into the store; each kept result validates
    (a PDF's evidence carries its page)."""
    folder = tmp_path / "pages"
    folder.mkdir()
    for page in sorted((REPO / "corpus" / "demo" / "kabarjatim").glob("*.html"))[:3]:
        shutil.copy(page, folder / page.name)
    shutil.copy(REPO / "corpus" / "demo_documents" / "se_bupati_malang.pdf", folder / "se_bupati_malang.pdf")
    db = tmp_path / "a.db"
    runner = CliRunner()
    assert runner.invoke(app, ["import", str(folder), "--db", str(db)]).exit_code == 0
    res = runner.invoke(app, ["extract", "--db", str(db)])
    assert res.exit_code == 0, res.output
    with Store.open(db, readonly=True) as store:
        ids = [r["document_id"] for r in store.query("SELECT document_id FROM extractions")]
        results = [store.extraction(i)["result"] for i in ids]
    assert len(results) == 4
    for result in results:
        validate_result(result)
    pages = [d["evidence"].get("page") for r in results for d in r["directives"]]
    assert 1 in pages


@pytest.fixture(scope="module")
def good(tmp_path_factory) -> dict:
    (news,) = _extract(tmp_path_factory.mktemp("good"), [NEWS])
    return news


@pytest.mark.parametrize("break_it, expected", [
    (lambda r: r["directives"][0].__setitem__("type", "order"),
     "directives[0].type: 'order' is not one of ['appeal', 'instruction'"),
    (lambda r: r["officials"][0].__setitem__("former", "no"), "officials[0].former: 'no' is not of type 'boolean'"),
    (lambda r: r["regions"][0].pop("code"), "regions[0]: 'code' is a required property"),
    (lambda r: r.pop("directives"), "(result): 'directives' is a required property"),
    (lambda r: r["directives"][0].__setitem__("date", "23/9/2024"), "directives[0].date: '23/9/2024' does not match"),
    (lambda r: r["directives"][0]["evidence"].__setitem__("start", -1), "directives[0].evidence.start: -1 is less than"),
    (lambda r: r["organizations"][0].__setitem__("confidence", 1.5), "organizations[0].confidence: 1.5 is greater than"),
    (lambda r: r["directives"][0].__setitem__("issuer_name", "x"), "directives[0]: Additional properties are not allowed"),
    (lambda r: r["directives"][0].__setitem__("date_precision", None), "directives[0].date_precision: None is not of type"),
])
def test_a_broken_result_fails_with_a_clear_message(good, break_it, expected):
    assert result_problems(good) == []
    broken = copy.deepcopy(good)
    break_it(broken)
    with pytest.raises(ResultSchemaError) as caught:
        validate_result(broken)
    assert str(caught.value).startswith("result does not follow result.schema.json: ")
    assert any(p.startswith(expected) for p in caught.value.problems), caught.value.problems
