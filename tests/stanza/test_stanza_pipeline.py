"""The Stanza backend end to end, with the models our recipe trains into models/stanza/.

Skipped (with the reason) only when those model files are absent; nothing is downloaded.
The fixture article is ours, written in regional-news style.
"""

from __future__ import annotations

import pytest

from arahan.extract import stanza_backend

ARTIKEL = (
    "BONDOWOSO - Pj Bupati Bondowoso Bambang Soekwanto mengimbau seluruh ASN di lingkungan "
    "Pemkab Bondowoso menjaga netralitas menjelang Pilkada 2024. Imbauan itu disampaikan saat "
    "apel pagi di Pendopo Bupati, Senin (3/6/2024).\n\n"
    "\"ASN tidak boleh berpihak kepada calon mana pun,\" tegas Bambang. Ia juga meminta "
    "camat dan kepala desa mengawasi kegiatan kampanye di wilayahnya masing-masing.\n"
)


@pytest.fixture(scope="module")
def nlp():
    found = stanza_backend._inspect(stanza_backend.TRAINED_DIR)
    if found is None or found.kind != "arahan":
        pytest.skip(
            f"trained Stanza models absent from {stanza_backend.TRAINED_DIR} "
            "(build them with models/stanza/train_all.sh)"
        )
    return stanza_backend.load_stanza_nlp()


def test_uses_our_trained_models(nlp):
    info = nlp.meta["stanza"]
    assert info["kind"] == "arahan"
    assert {"tokenize", "pos", "lemma", "depparse"} <= set(info["processors"])


def test_article_round_trips_with_exact_offsets(nlp):
    doc = nlp(ARTIKEL)
    assert doc.text == ARTIKEL
    for token in doc:
        assert ARTIKEL[token.idx : token.idx + len(token.text)] == token.text
    words = [t.text for t in doc if not t.is_space]
    for expected in ("Bupati", "Bondowoso", "mengimbau", "ASN", "netralitas", ",", "Bambang", "."):
        assert expected in words
    # the quote and the comma before it are split from "mana pun"
    assert "pun" in words


def test_article_sentences(nlp):
    sents = [s.text.strip() for s in nlp(ARTIKEL).sents if s.text.strip()]
    assert 3 <= len(sents) <= 6
    assert sents[0].startswith("BONDOWOSO")
    assert any(s.startswith("Ia juga meminta") for s in sents)


def test_every_sentence_is_one_tree_with_tags_and_lemmas(nlp):
    doc = nlp(ARTIKEL)
    for sent in doc.sents:
        real = [t for t in sent if not t.is_space]
        roots = [t for t in real if t.dep_ == "ROOT"]
        assert len(roots) == 1
        for token in real:
            assert token.head.sent == sent  # heads never cross sentences
            assert token.pos_ and token.pos_ != "SPACE"
            assert token.lemma_
    by_text = {t.text: t for t in doc}
    assert by_text["."].pos_ == "PUNCT"
    assert by_text["mengimbau"].pos_ == "VERB"
    assert by_text["ASN"].pos_ in {"PROPN", "NOUN"}


def test_entities_when_the_ner_model_is_there(nlp):
    if "ner" not in nlp.meta["stanza"]["processors"]:
        pytest.skip("no Stanza NER model trained in models/stanza/id/ner")
    doc = nlp(ARTIKEL)
    labels = {e.label_ for e in doc.ents}
    assert labels <= {"PER", "ORG", "LOC"}
    assert any("Bambang" in e.text and e.label_ == "PER" for e in doc.ents)
    for ent in doc.ents:
        assert ARTIKEL[ent.start_char : ent.end_char] == ent.text


def test_blank_and_whitespace_text(nlp):
    assert len(nlp("")) == 0
    assert nlp("  \n").text == "  \n"


def test_extraction_components_run_on_the_stanza_backend(nlp):
    # The same extract/ components as on spaCy, through arahan.extract.pipeline with backend "stanza".
    from arahan.extract.nlp import clear_cache
    from arahan.extract.pipeline import extract_document

    clear_cache()
    result, notes = extract_document({"id": "fixture-stanza", "text": ARTIKEL, "published": "2024-06-03"},
                                     backend="stanza")
    assert not [n for n in notes if n.startswith("extraction failed")], notes
    names = [o.get("name") or "" for o in result["officials"]]
    assert any("Bambang Soekwanto" in name for name in names), result["officials"]
    assert "Kabupaten Bondowoso" in [r["name"] if isinstance(r, dict) else r for r in result["regions"]]
    assert result["directives"], "the appeal to ASN should be found"
    assert {d["type"] for d in result["directives"]} & {"appeal", "prohibition", "instruction"}
