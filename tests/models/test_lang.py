"""Language data and loader behaviour: tokenizer exceptions, lemmatizer rules, load_nlp."""

from __future__ import annotations

import pytest
import spacy

from arahan.extract.lang import add_tokenizer_exceptions, affix_candidates
from arahan.extract.lang.agencies import agency_patterns
from arahan.extract.lang.lemmatizer import IndonesianLemmatizer
from arahan.extract.nlp import ModelNotFoundError, clear_cache, load_nlp


def test_blank_backend_keeps_titles_and_degrees_whole():
    nlp = load_nlp("blank")
    doc = nlp("Pj. Bupati Kab. Bondowoso, Drs. H. Bambang, S.Sos., M.Si. hadir di Kec. Wonosari No. 5.")
    tokens = [t.text for t in doc]
    for whole in ("Pj.", "Kab.", "Drs.", "H.", "S.Sos.", "M.Si.", "Kec.", "No."):
        assert whole in tokens
    assert doc[-1].text == "."  # the sentence-final period is still split off
    assert nlp.pipe_names == ["sentencizer"]
    assert doc[2].norm_ == "kabupaten"


def test_prefix_search_finds_what_spacys_id_prefixes_find():
    plain = spacy.blank("id").tokenizer.prefix_search
    ours = add_tokenizer_exceptions(spacy.blank("id")).tokenizer.prefix_search
    for token in ("(Bupati", "<a href=x>Bupati", "x<a href=x>y", "Rp5.000", "US$10", '"Saya', "...kata", "<br/>",
                  "<b/>x", "Bupati", "", "«Ini", "x<a>", "‘ASN’"):
        a, b = plain(token), ours(token)
        assert (a and a.span()) == (b and b.span()), token


def test_hyphenated_words_stay_whole_as_in_ud_and_idner():
    nlp = add_tokenizer_exceptions(spacy.blank("id"))
    tokens = [t.text for t in nlp("Warga-warganya dan anak-anaknya, juga ``Jokowi-JK`` di jalur Jawa-Bali ke-4 "
                                  "(2024-2025) dan/atau Jakarta—Bogor.")]
    assert tokens[:4] == ["Warga-warganya", "dan", "anak-anaknya", ","]
    assert tokens[5:8] == ["``", "Jokowi-JK", "``"]
    assert tokens[10:12] == ["Jawa-Bali", "ke-4"]
    # Hyphens between digits, slashes and dashes still split.
    assert tokens[12:] == ["(", "2024", "-", "2025", ")", "dan", "/", "atau", "Jakarta", "—", "Bogor", "."]
    # The rules travel with a saved pipeline: the tokenizer stores its patterns.
    reloaded = spacy.blank("id").tokenizer.from_bytes(nlp.tokenizer.to_bytes())
    assert [t.text for t in reloaded("hari-harimu TNI-Polri")] == ["hari-harimu", "TNI-Polri"]


def test_blank_backend_splits_sentences():
    doc = load_nlp("blank")("Plt. Kadis hadir. Hj. Siti Aminah juga hadir.")
    assert len(list(doc.sents)) == 2


def test_load_nlp_caches_per_backend():
    assert load_nlp("blank") is load_nlp("blank")
    clear_cache()
    assert load_nlp("blank") is load_nlp("blank")


def test_unknown_backend_is_refused():
    with pytest.raises(ValueError, match="unknown NLP backend"):
        load_nlp("udpipe")


def test_missing_model_names_the_recipe(tmp_path):
    with pytest.raises(ModelNotFoundError, match="weasel run all"):
        load_nlp("spacy", path=tmp_path / "nope")


def test_env_var_overrides_model_path(tmp_path, monkeypatch):
    monkeypatch.setenv("ARAHAN_MODEL", str(tmp_path / "elsewhere"))
    with pytest.raises(ModelNotFoundError, match="elsewhere"):
        load_nlp("spacy")


def test_affix_rules_find_roots_without_lookup():
    lem = IndonesianLemmatizer(None)
    lem.set_tables({}, ["imbau", "lantik", "tulis", "pukul", "sapu", "ambil", "kirim", "ajar", "anak", "bangun"])
    cases = {"mengimbau": "imbau", "dilantik": "lantik", "menuliskan": "tulis", "memukul": "pukul",
             "menyapu": "sapu", "mengambilnya": "ambil", "mengirimkan": "kirim", "belajar": "ajar",
             "anak-anak": "anak", "pembangunan": "bangun", "xyzabc": "xyzabc"}
    for form, lemma in cases.items():
        assert lem.lemma_for(form, "VERB") == lemma, form
    assert lem.lemma_for("Bondowoso", "PROPN") == "Bondowoso"
    assert "imbau" in list(affix_candidates("mengimbau"))


def test_lemmatizer_serialization_round_trip():
    lem = IndonesianLemmatizer(None)
    lem.set_tables({"dilantik": "lantik"}, ["lantik"])
    again = IndonesianLemmatizer(None).from_bytes(lem.to_bytes())
    assert again.lemma_for("dilantik", "VERB") == "lantik"


def test_agency_ruler_matches_names_the_tokenizer_splits():
    # Phrase patterns are tokenized by the pipeline's own tokenizer, so "KemenPAN-RB"
    # (split into three tokens) matches; the old one-token pattern never did.
    nlp = add_tokenizer_exceptions(spacy.blank("id"))
    nlp.add_pipe("entity_ruler", config={"overwrite_ents": False}).add_patterns(agency_patterns())
    doc = nlp("Surat edaran KemenPAN-RB dan arahan Kemenko Polhukam dibahas bersama Bawaslu Kab. Jember.")
    assert {(e.text, e.label_) for e in doc.ents} == {("KemenPAN-RB", "ORG"), ("Kemenko Polhukam", "ORG"), ("Bawaslu", "ORG")}


def test_region_after_title_is_split_off_a_person_entity():
    from spacy.tokens import Span

    from arahan.extract.lang.agencies import RegionNames

    nlp = add_tokenizer_exceptions(spacy.blank("id"))
    doc = nlp("Wali Kota Batu Nurochman dan Pj Bupati Situbondo Karna Suswandi hadir di Polda Jawa Timur.")
    # What a confused NER might produce: the regions glued to the names, and a whole ORG.
    doc.ents = [Span(doc, 2, 4, "PER"), Span(doc, 7, 10, "PER"), Span(doc, 12, 15, "ORG")]
    fixer = RegionNames()
    fixer.add_regions(["Batu", "Situbondo", "Jawa Timur"])
    ents = {(e.text, e.label_) for e in fixer(doc).ents}
    assert ents == {("Kota Batu", "LOC"), ("Nurochman", "PER"), ("Situbondo", "LOC"), ("Karna Suswandi", "PER"),
                    ("Polda Jawa Timur", "ORG")}
