"""Metadata of a page: our faster JSON-LD pass gives what trafilatura's own gives, and the store's batched URL look-ups."""

from __future__ import annotations

import json

import pytest
from trafilatura.metadata import examine_meta, extract_meta_json

from arahan.corpus.extract_html import _head_tree, _meta_json, extract_page
from arahan.store.database import Store

ARTICLE = {"@context": "https://schema.org", "@graph": [{
    "@type": "NewsArticle", "headline": "Bupati &amp; Wali Kota <b>Tegas</b>: \"ASN Harus Netral\"",
    "author": [{"@type": "Person", "name": "Rina  Marlina"}], "datePublished": "2024-06-21T08:15:00+07:00",
    "publisher": {"@type": "Organization", "name": "Kabar\nJatim"}}]}
BODY = ("<p>MALANG, KABARJATIM.EXAMPLE – Penjabat Bupati Malang meminta seluruh aparatur sipil negara menjaga "
        "netralitas menjelang Pilkada serentak, termasuk di media sosial.</p>" * 8)


def _page(block: str) -> str:
    return (f'<html lang="id"><head><title>Bupati Minta ASN Netral</title>'
            f'<script type="application/ld+json">{block}</script></head><body><article>{BODY}</article></body></html>')


@pytest.mark.parametrize("block", [
    json.dumps(ARTICLE, indent=4),                      # pretty-printed, as most CMS plugins write it
    json.dumps(ARTICLE, indent=2, ensure_ascii=True),  # \u escapes
    json.dumps(ARTICLE, separators=(",", ":")),         # already minified
    json.dumps(ARTICLE, indent=4)[:-5],                 # broken JSON: trafilatura's regex fallback
])
def test_json_ld_metadata_equals_trafilaturas(block):
    tree = _head_tree(_page(block))
    ours, theirs = _meta_json(tree, examine_meta(tree)), extract_meta_json(tree, examine_meta(tree))
    fields = ("title", "author", "sitename", "date", "pagetype", "categories", "tags", "url")
    assert {f: getattr(ours, f) for f in fields} == {f: getattr(theirs, f) for f in fields}
    assert ours.author == "Rina Marlina"


def test_page_metadata_from_json_ld():
    page = extract_page(_page(json.dumps(ARTICLE, indent=4)).encode(), "https://kabarjatim.example/a")
    assert page.author == "Rina Marlina" and page.published.startswith("2024-06-21")
    assert "Penjabat Bupati Malang" in page.text


def test_url_aliases_and_lookup_in_one_query(tmp_path):
    with Store.open(tmp_path / "s.db") as store:
        a = store.upsert_document({"canonical_url": "https://kabarjatim.example/a", "text": "a", "status": "ok"},
                                  urls=["https://m.kabarjatim.example/a", "https://kabarjatim.example/a/amp"])
        b = store.upsert_document({"canonical_url": "https://kabarjatim.example/b", "text": "b", "status": "ok",
                                   "story_id": a})
        store.add_url_aliases(["https://kabarjatim.example/b?utm_source=wa", "https://m.kabarjatim.example/a"], b)
        assert store.document(b)["story_id"] == a and store.document(a)["story_id"] == a
        # an address already known keeps its document
        assert store.document_id_for_url("https://m.kabarjatim.example/a") == a
        # the first known address of the list decides
        assert store.document_id_for_urls(["https://x.example/none", "https://kabarjatim.example/b?utm_source=wa",
                                           "https://kabarjatim.example/a"]) == b
        assert store.document_id_for_urls(["https://x.example/none"]) is None
        assert store.document_id_for_urls([]) is None
        # updating keeps the id and the story
        assert store.upsert_document({"canonical_url": "https://kabarjatim.example/a", "text": "a2"}) == a
        assert store.document(a)["text"] == "a2" and store.document(a)["story_id"] == a
