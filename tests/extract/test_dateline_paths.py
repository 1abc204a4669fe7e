"""The dateline reaches extraction: `arahan import` + `arahan extract` (the cleaner cuts the
dateline off the stored text and keeps its place) gives the findings `arahan extract --input`
gives on the raw text, for an article we wrote."""

from __future__ import annotations

import json
from html import escape

import pytest
from typer.testing import CliRunner

from arahan.cli import app
from arahan.store.database import Store

TITLE = "Wali Kota Minta Lurah Data Rumah Rusak Akibat Rob"
PUBLISHED = "2024-06-04"
PARAGRAPHS = [
    "Wali Kota, Siska Karina Imran, meminta seluruh lurah mendata rumah warga yang rusak akibat banjir rob "
    "paling lambat Jumat (7/6/2024).",
    "Ia juga melarang warga membangun rumah baru di bantaran kali sebelum ada kajian dari dinas terkait.",
    '"Lurah yang lalai melapor akan saya tegur," kata Siska saat meninjau permukiman di pesisir, Senin (3/6/2024).',
    "Kepala Pelaksana BPBD, Andi Rahman, mengatakan tim sudah menyiapkan tenda pengungsian di tiga kelurahan.",
]


def _page(dateline: str) -> str:
    body = "\n".join(f"<p>{escape((dateline if i == 0 else '') + p, quote=False)}</p>"
                     for i, p in enumerate(PARAGRAPHS))
    return (f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{escape(TITLE)}</title>'
            f'<meta property="article:published_time" content="{PUBLISHED}T09:00:00+08:00"></head>'
            f"<body><main><article><h1>{escape(TITLE)}</h1>{body}</article></main></body></html>")


def _key(result: dict) -> dict:
    """The findings without offsets and evidence (the stored text is shorter by the dateline,
    and the raw text's lede sentence still starts with it)."""
    return {
        "officials": sorted((o["name"] or "", o["title"] or "", o["region"] or "", o["region_code"] or "")
                            for o in result["officials"]),
        "regions": sorted((r["name"], r["code"]) for r in result["regions"]),
        "directives": sorted((d["issuer"] or "", d["issuer_title"] or "", d["issuer_region"] or "", d["type"],
                              d["date"] or "", tuple(d["targets"]), d["cue"], d["place"] or "", d["instrument"] or "")
                             for d in result["directives"]),
    }


@pytest.mark.parametrize("dateline", ["KENDARI, KABARSULTRA.EXAMPLE – ", "KENDARI – ", "Kendari (Antara Sultra) - "])
def test_import_then_extract_equals_extract_input(tmp_path, dateline):
    runner = CliRunner()
    page = tmp_path / "rob.html"
    page.write_text(_page(dateline), encoding="utf-8")
    db = tmp_path / "arahan.db"
    res = runner.invoke(app, ["import", str(page), "--db", str(db)])
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["extract", "--db", str(db)])
    assert res.exit_code == 0, res.output
    with Store.open(db, readonly=True) as store:
        (doc,) = store.documents()
        stored = store.extraction(doc["id"])["result"]
    assert doc["dateline_place"] == "Kendari" and not doc["text"].startswith(dateline.strip())

    raw = tmp_path / "raw.jsonl"
    text = dateline + "\n".join(PARAGRAPHS)
    raw.write_text(json.dumps({"id": "rob", "text": text, "title": TITLE, "published": PUBLISHED}) + "\n",
                   encoding="utf-8")
    out = tmp_path / "pred.jsonl"
    res = runner.invoke(app, ["extract", "--input", str(raw), "--output", str(out)])
    assert res.exit_code == 0, res.output
    direct = json.loads(out.read_text(encoding="utf-8").splitlines()[0])

    assert _key(stored) == _key(direct)
    # and the dateline is what places the Wali Kota: the text never names Kendari
    (wali,) = [o for o in stored["officials"] if o["title"] == "Wali Kota"]
    assert wali["region"] == "Kota Kendari"
    assert [r["name"] for r in stored["regions"]] == ["Kota Kendari"]
    assert stored["regions"][0]["evidence"]["start"] == 0 and stored["regions"][0]["evidence"]["text"] == ""
    assert any(d["issuer"] == "Siska Karina Imran" and d["issuer_region"] == "Kota Kendari"
               for d in stored["directives"])
