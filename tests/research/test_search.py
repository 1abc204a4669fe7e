"""Full-text search on a real store file: the FTS5 index, its upkeep, the query language, facets, the CLI."""

from __future__ import annotations

import csv
import io
import json
import sqlite3

import pytest
from typer.testing import CliRunner

from arahan.cli import app
from arahan.corpus.search import Filters, QueryError, mark, refresh_stems, resolve_regions, search
from arahan.corpus.search_query import parse, to_fts
from arahan.store.database import Store, _split_sql
from arahan.store.schema import MIGRATIONS

runner = CliRunner()


def titles(result) -> list[str]:
    return sorted(h["title"] for h in result.hits)


def test_a_word_of_the_body_is_found_with_its_snippet(filled):
    result = search(filled, "fogging")
    assert titles(result) == ["Dinkes Malang gelar fogging"]
    assert result.total == 1
    assert "\x02fogging\x03" in result.hits[0]["snippet"]
    assert mark(result.hits[0]["snippet"], "[", "]").count("[fogging]") >= 1


def test_case_and_diacritics_are_folded(filled):
    assert titles(search(filled, "FOGGING")) == ["Dinkes Malang gelar fogging"]
    assert titles(search(filled, "cafe")) == ["Café di Mataram wajib tutup"]
    assert titles(search(filled, "cAfé")) == ["Café di Mataram wajib tutup"]


def test_phrases_operators_and_prefixes(filled):
    assert titles(search(filled, '"kawasan tanpa rokok"')) == ["Bupati melarang vape", "Larangan merokok di sekolah"]
    assert titles(search(filled, '"tanpa kawasan"')) == []
    assert titles(search(filled, '"kawasan tanpa rokok" NOT vape')) == ["Larangan merokok di sekolah"]
    assert titles(search(filled, "fogging OR vape")) == ["Bupati melarang vape", "Dinkes Malang gelar fogging"]
    assert titles(search(filled, "kawasan AND sekolah")) == ["Larangan merokok di sekolah"]
    assert titles(search(filled, "kawasan sekolah")) == ["Larangan merokok di sekolah"]
    assert titles(search(filled, "(vape OR fogging) NOT Malang")) == ["Bupati melarang vape"]
    assert titles(search(filled, "peng*")) == ["Café di Mataram wajib tutup"]  # pengasapan
    assert "\x02Pengasapan\x03" in search(filled, "peng*").hits[0]["snippet"]
    assert titles(search(filled, "22.00")) == ["Café di Mataram wajib tutup"]  # a number is a phrase "22 00"


@pytest.mark.parametrize("query, says", [
    ('"kawasan tanpa', "unbalanced quote"),
    ("NOT vape", "NOT needs a word before it"),
    ("rokok NOT", "NOT needs a word after it"),
    ("rokok AND", "AND needs a word after it"),
    ("OR rokok", "OR cannot stand at the start"),
    ("rokok AND OR vape", "OR cannot stand after AND"),
    ("(rokok OR vape", "'(' is never closed"),
    ("rokok)", "')' has no '('"),
    ("()", "empty or unbalanced parentheses"),
    ("", "nothing to search for"),
    ("^:{}", "holds no letters or digits"),
    ('rokok ""', "an empty phrase"),
])
def test_malformed_queries_say_what_is_wrong(filled, query, says):
    with pytest.raises(QueryError, match=".*" + says.replace("(", r"\(").replace(")", r"\)")):
        search(filled, query)


def test_fts_syntax_characters_never_reach_fts5(filled):
    # Each of these would be an FTS5 syntax error if passed through; here they are separators.
    for query in ("covid-19", "title:fogging", "fogging^", "+vape", "{rokok}", "a.b,c", "NEAR(a b)"):
        search(filled, query)  # must not raise
    assert to_fts(parse("title:fogging covid-19*")) == '("title fogging" AND "covid 19" *)'
    assert to_fts(parse('"a b" OR c NOT d'), str.upper) == '("A B" OR ("C" NOT "D"))'


def test_index_follows_inserts_updates_and_deletes(filled):
    doc = filled.upsert_document({"canonical_url": "https://baru.example/1", "outlet": "baru", "title": "Baru",
                                  "text": "Penyemprotan disinfektan di pasar."})
    assert titles(search(filled, "disinfektan")) == ["Baru"]
    filled.upsert_document({"canonical_url": "https://baru.example/1", "text": "Vaksinasi massal di pasar."})
    assert titles(search(filled, "disinfektan")) == []
    assert titles(search(filled, "vaksinasi")) == ["Baru"]
    with filled.transaction() as conn:
        conn.execute("DELETE FROM documents WHERE id=?", (doc,))
    assert titles(search(filled, "vaksinasi")) == []
    # The index agrees with its content table (FTS5's own consistency check).
    filled.conn.execute("INSERT INTO documents_fts (documents_fts) VALUES ('integrity-check')")


def test_stemming_folds_affixes_only_when_asked(filled):
    assert titles(search(filled, "melarang")) == ["Bupati melarang vape"]
    refresh_stems(filled)
    stemmed = search(filled, "melarang", stem=True)
    assert titles(stemmed) == ["Bupati melarang vape", "Larangan merokok di sekolah"]
    assert stemmed.unstemmed == 0
    sekolah = next(h for h in stemmed.hits if h["title"].startswith("Larangan"))
    assert "\x02larangan\x03" in sekolah["snippet"]
    # A changed article leaves the stemmed index until the next refresh, which redoes only it.
    filled.upsert_document({"canonical_url": "https://kabarjatim.example/1", "title": "Aturan", "text": "Tidak ada lagi."})
    assert search(filled, "melarang", stem=True).unstemmed == 1
    assert refresh_stems(filled) == 1
    assert titles(search(filled, "melarang", stem=True)) == ["Bupati melarang vape"]


def test_facets_and_filters(filled):
    result = search(filled, '"kawasan tanpa rokok" OR fogging')
    facets = result.facets
    assert facets["outlet"] == {"kabarjatim": 2, "jabarpost": 1}
    assert facets["type"] == {"prohibition": 2, "appeal": 1}
    assert facets["issuer"] == {"Dadang Supriatna": 1, "Eri Cahyadi": 1, "Sanusi": 1}
    assert facets["province"] == {"Provinsi Jawa Timur": 2, "Provinsi Jawa Barat": 1}
    assert facets["kabupaten"] == {"Kabupaten Bandung": 1, "Kabupaten Malang": 1, "Kota Surabaya": 1}
    assert facets["month"] == {"2025-03": 2, "2025-04": 1}
    jatim = Filters(regions=resolve_regions("Jawa Timur"))
    assert titles(search(filled, "kawasan OR fogging", filters=jatim)) == [
        "Dinkes Malang gelar fogging", "Larangan merokok di sekolah"]
    assert titles(search(filled, "kawasan", filters=Filters(types=["prohibition"], outlets=["jabarpost"]))) == [
        "Bupati melarang vape"]
    assert titles(search(filled, "kawasan OR fogging", filters=Filters(issuers=["sanusi"]))) == [
        "Dinkes Malang gelar fogging"]
    assert titles(search(filled, "kawasan OR fogging", filters=Filters(since="2025-03-03", until="2025-03-31"))) == [
        "Larangan merokok di sekolah"]


def test_an_older_store_gains_the_index_through_its_migration(db_path):
    conn = sqlite3.connect(db_path)
    for migration in MIGRATIONS[:4]:
        for statement in _split_sql(migration.sql):
            conn.execute(statement)
    conn.execute("INSERT INTO documents (canonical_url, title, text) VALUES ('https://x.example/1', 'Lama', "
                 "'Fogging massal sebelum indeks ada.')")
    conn.execute("PRAGMA user_version = 4")
    conn.commit()
    conn.close()
    with Store.open(db_path) as store:
        assert titles(search(store, "fogging")) == ["Lama"]


def test_cli_formats_and_one_line_errors(filled, db_path):
    r = runner.invoke(app, ["search", "fogging", "--db", str(db_path), "--format", "json"])
    assert r.exit_code == 0, r.output
    out = json.loads(r.output)
    assert out["total"] == 1 and "«fogging»" in out["hits"][0]["snippet"]
    assert out["facets"]["kabupaten"] == {"Kabupaten Malang": 1}
    r = runner.invoke(app, ["search", "kawasan", "--db", str(db_path), "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(r.output)))
    assert sorted(row["title"] for row in rows) == ["Bupati melarang vape", "Larangan merokok di sekolah"]
    r = runner.invoke(app, ["search", "fogging", "--db", str(db_path)])
    assert r.exit_code == 0 and "Dinkes Malang gelar fogging" in r.output and "Outlets:" in r.output
    r = runner.invoke(app, ["search", "melarang", "--stem", "--db", str(db_path), "--format", "json"])
    assert json.loads(r.output)["total"] == 2
    r = runner.invoke(app, ["search", '"rokok', "--db", str(db_path)])
    assert r.exit_code == 2
    assert r.output.strip().count("\n") == 0 and "unbalanced quote" in r.output and "Traceback" not in r.output
    r = runner.invoke(app, ["search", "rokok", "--region", "Atlantis", "--db", str(db_path)])
    assert r.exit_code == 2 and "unknown region" in r.output
    r = runner.invoke(app, ["search", "rokok", "--from", "kemarin", "--db", str(db_path)])
    assert r.exit_code == 2 and "use a date like" in r.output


def test_a_word_in_most_articles_comes_newest_first(filled, monkeypatch):
    import arahan.corpus.search as S

    monkeypatch.setattr(S, "RANK_LIMIT", 1)
    monkeypatch.setattr(S, "FACET_LIMIT", 1)
    result = search(filled, '"kawasan tanpa rokok"')
    assert result.order == "recent" and result.total == 2
    assert [h["title"] for h in result.hits] == ["Bupati melarang vape", "Larangan merokok di sekolah"]
    assert result.facets_over == 1 and sum(result.facets["outlet"].values()) == 1
    assert search(filled, "kawasan", filters=Filters(outlets=["jabarpost"])).total == 1


def test_articles_that_are_not_ok_are_not_found(filled):
    filled.upsert_document({"canonical_url": "https://x.example/en", "title": "Fogging in English", "status":
                            "not_indonesian", "text": "The city started fogging."})
    result = search(filled, "fogging")
    assert result.total == 1 and titles(result) == ["Dinkes Malang gelar fogging"]
