"""The Stanza -> spaCy Doc adapter on Stanza Documents built by hand (no models needed)."""

from __future__ import annotations

import spacy
from stanza.models.common.doc import Document

from arahan.extract.stanza_backend import doc_from_stanza

TEXT = "Pj Bupati Bambang melarang ASN.  Rumahnya di Bondowoso.\n"


def _word(i, text, lemma, upos, head, deprel, start=None, end=None, ner="O"):
    word = dict(id=i, text=text, lemma=lemma, upos=upos, head=head, deprel=deprel)
    if start is not None:
        word.update(start_char=start, end_char=end, ner=ner)
    return word


def _stanza_doc() -> Document:
    first = [
        _word(1, "Pj", "pj", "PROPN", 2, "compound", 0, 2),
        _word(2, "Bupati", "bupati", "NOUN", 4, "nsubj", 3, 9),
        _word(3, "Bambang", "Bambang", "PROPN", 2, "flat", 10, 17, "S-PER"),
        _word(4, "melarang", "larang", "VERB", 0, "root", 18, 26),
        _word(5, "ASN", "ASN", "PROPN", 4, "obj", 27, 30, "S-ORG"),
        _word(6, ".", ".", "PUNCT", 4, "punct", 30, 31),
    ]
    # "Rumahnya" is a multiword token whose parts spell it out: two spaCy tokens.
    second = [
        dict(id=(1, 2), text="Rumahnya", start_char=33, end_char=41, ner="O"),
        _word(1, "Rumah", "rumah", "NOUN", 0, "root"),
        _word(2, "nya", "nya", "PRON", 1, "nmod:poss"),
        _word(3, "di", "di", "ADP", 4, "case", 42, 44),
        _word(4, "Bondowoso", "Bondowoso", "PROPN", 1, "obl", 45, 54, "S-LOC"),
        _word(5, ".", ".", "PUNCT", 1, "punct", 54, 55),
    ]
    doc = Document([first, second], text=TEXT)
    doc.build_ents()
    return doc


def _doc():
    return doc_from_stanza(spacy.blank("id").vocab, _stanza_doc(), TEXT)


def test_text_and_offsets_are_exact():
    doc = _doc()
    assert doc.text == TEXT
    assert [t.text for t in doc if not t.is_space] == [
        "Pj", "Bupati", "Bambang", "melarang", "ASN", ".", "Rumah", "nya", "di", "Bondowoso", ".",
    ]
    bondowoso = next(t for t in doc if t.text == "Bondowoso")
    assert TEXT[bondowoso.idx : bondowoso.idx + len(bondowoso)] == "Bondowoso"
    # the double space and the final newline become whitespace tokens, as spaCy does it
    assert [t.text for t in doc if t.is_space] == [" ", "\n"]


def test_sentences():
    sents = list(_doc().sents)
    assert [s.text.strip() for s in sents] == ["Pj Bupati Bambang melarang ASN.", "Rumahnya di Bondowoso."]
    assert sents[1][0].is_sent_start


def test_lemmas_and_pos():
    doc = _doc()
    by_text = {t.text: t for t in doc}
    assert by_text["melarang"].lemma_ == "larang"
    assert by_text["melarang"].pos_ == "VERB"
    assert by_text["nya"].pos_ == "PRON"
    assert by_text["Rumah"].lemma_ == "rumah"


def test_heads_and_deps():
    doc = _doc()
    by_text = {t.text: t for t in doc}
    assert by_text["melarang"].dep_ == "ROOT" and by_text["melarang"].head.i == by_text["melarang"].i
    assert by_text["Bupati"].head.text == "melarang" and by_text["Bupati"].dep_ == "nsubj"
    assert by_text["Bambang"].head.text == "Bupati"
    # heads inside a split multiword token are mapped to the right part
    assert by_text["nya"].head.text == "Rumah" and by_text["nya"].dep_ == "nmod:poss"
    assert by_text["Bondowoso"].head.text == "Rumah"
    assert [s.root.text for s in doc.sents] == ["melarang", "Rumah"]


def test_entities():
    doc = _doc()
    assert [(e.text, e.label_) for e in doc.ents] == [("Bambang", "PER"), ("ASN", "ORG"), ("Bondowoso", "LOC")]
    assert doc.ents[2].start_char == TEXT.index("Bondowoso")


def test_multiword_token_that_does_not_spell_itself_stays_one_token():
    text = "Katanya hujan."
    words = [
        dict(id=(1, 2), text="Katanya", start_char=0, end_char=7),
        _word(1, "kata", "kata", "VERB", 0, "root"),
        _word(2, "dia", "dia", "PRON", 1, "nsubj"),
        _word(3, "hujan", "hujan", "NOUN", 1, "obj", 8, 13),
        _word(4, ".", ".", "PUNCT", 1, "punct", 13, 14),
    ]
    doc = doc_from_stanza(spacy.blank("id").vocab, Document([words], text=text), text)
    assert doc.text == text
    assert [t.text for t in doc] == ["Katanya", "hujan", "."]
    assert doc[0].lemma_ == "kata" and doc[0].dep_ == "ROOT"
    assert doc[1].head.i == 0


def test_empty_document():
    doc = doc_from_stanza(spacy.blank("id").vocab, Document([], text=""), "")
    assert len(doc) == 0


def test_token_text_comes_from_the_input_not_from_stanza():
    # A tokenizer that normalises curly quotes must not shift offsets: spaCy tokens take the
    # characters of the input at Stanza's offsets.
    text = "“Netral,” tegasnya."
    words = [
        _word(1, '"', '"', "PUNCT", 2, "punct", 0, 1),
        _word(2, "Netral", "netral", "ADJ", 0, "root", 1, 7),
        _word(3, ",", ",", "PUNCT", 2, "punct", 7, 8),
        _word(4, '"', '"', "PUNCT", 2, "punct", 8, 9),
        _word(5, "tegasnya", "tegas", "VERB", 2, "parataxis", 10, 18),
        _word(6, ".", ".", "PUNCT", 2, "punct", 18, 19),
    ]
    doc = doc_from_stanza(spacy.blank("id").vocab, Document([words], text=text), text)
    assert doc.text == text
    assert doc[0].text == "“" and doc[3].text == "”"
    assert doc[4].lemma_ == "tegas" and doc[4].head.text == "Netral"
