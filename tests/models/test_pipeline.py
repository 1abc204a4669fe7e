"""The committed pipeline, loaded offline: components, labels and sentences it must get right.

The sentences are written for these tests in regional-news style; none comes from a corpus.
"""

from __future__ import annotations

from arahan.extract.nlp import DEFAULT_MODEL, describe_pipeline

SENTENCE = ("Pj Bupati Bondowoso Bambang Soekwanto mengimbau seluruh ASN di lingkungan Pemkab Bondowoso "
            "untuk menjaga netralitas selama tahapan pilkada.")


def test_committed_pipeline_components_and_labels(nlp):
    assert DEFAULT_MODEL.is_dir()
    assert nlp.pipe_names == ["tok2vec", "morphologizer", "parser", "lemmatizer", "ner", "agency_ruler", "region_names"]
    assert {"PER", "ORG", "LOC"} <= set(nlp.get_pipe("ner").labels)
    upos = {label.split("=", 1)[1] for label in nlp.get_pipe("morphologizer").labels}
    assert {"NOUN", "VERB", "PROPN", "ADP", "PUNCT"} <= upos
    assert {"nsubj", "obj", "ROOT"} <= set(nlp.get_pipe("parser").labels)
    described = describe_pipeline(nlp)
    assert described["scores"]["ner_idner_test"]["f"] > 0.5
    assert any("idner" in s["name"] for s in described["sources"])


def test_titles_stay_whole_in_the_trained_tokenizer(nlp):
    doc = nlp("Plt. Kepala Dinas Pendidikan Kab. Jember, Drs. H. Achmad Fauzi, S.Sos., M.Si. membuka acara.")
    tokens = [t.text for t in doc]
    for whole in ("Plt.", "Kab.", "Drs.", "H.", "S.Sos.", "M.Si."):
        assert whole in tokens


def test_lemmas_of_directive_verbs(nlp):
    doc = nlp(SENTENCE + " Ia dilantik oleh Gubernur Jawa Timur pekan lalu dan melarang kegiatan study tour.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["mengimbau"] == "imbau"
    assert lemmas["dilantik"] == "lantik"
    assert lemmas["melarang"] == "larang"
    assert lemmas["menjaga"] == "jaga"


def test_person_after_title_and_region(nlp):
    doc = nlp(SENTENCE)
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Bambang Soekwanto", "PER") in ents
    # The regency after the title is a place, never part of the official's name.
    assert all(e.label_ == "LOC" for e in doc.ents if e.text == "Bondowoso")


def test_organisation_abbreviation(nlp):
    doc = nlp("Deputi Bidang Koordinasi Kemenko Polhukam meminta pemerintah daerah mengawasi netralitas ASN.")
    assert ("Kemenko Polhukam", "ORG") in {(e.text, e.label_) for e in doc.ents}


def test_parse_and_tags_of_a_simple_sentence(nlp):
    doc = nlp("Wali Kota Batu melarang sekolah menggelar study tour ke luar daerah.")
    by_text = {t.text: t for t in doc}
    assert by_text["melarang"].pos_ == "VERB"
    assert by_text["melarang"].dep_ == "ROOT"
    assert by_text["sekolah"].pos_ == "NOUN"
    assert by_text["sekolah"].head.text == "melarang"


def test_sentences_split_in_a_short_article(nlp):
    doc = nlp("Bupati Malang menginstruksikan camat memantau harga beras. Hal itu disampaikan di Pendopo Agung. "
              "Ia berharap harga tetap stabil menjelang Lebaran.")
    assert len(list(doc.sents)) == 3
