"""The extraction steps as spaCy components, registered by name.

Each component reads the Doc (its text, sentences and, when the pipeline has them, entities)
and the state earlier components left in `doc._.arahan`, and adds its own findings:

  arahan_segments       sentence segments, word index, publication date      -> state["index"]
  arahan_regions        region mentions, Kota/Kabupaten decisions            -> state["regions"]
  arahan_organizations  organization mentions and abbreviation links        -> state["orgs"]
  arahan_officials      office holders, grouped per person                  -> state["officials"]
  arahan_dates          date mentions resolved against the publication date -> state["dates"]
  arahan_speakers       speech attribution per sentence                     -> state["attribution"]
  arahan_directives     typed directives with issuer, targets, date, place  -> state["directives"]
  arahan_spans          the findings as doc.spans groups                    -> doc.spans

Each step's result is also a read-only extension attribute (doc._.arahan_regions ...): the
components declare them in `assigns` and `requires`, so `nlp.analyze_pipes()` checks the order.

They use only the Doc API, so any pipeline that yields a Doc (blank `id` with a sentencizer,
the trained spaCy pipeline, the Stanza adapter) can run them; without a parser or NER they
fall back to the rules alone. Per-document metadata (published, url, title, and the
dateline place the cleaner cut from a stored text) goes in `doc.user_data["arahan_meta"]`
before the components run (see `arahan.extract.pipeline`).
"""

from __future__ import annotations

from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from arahan.extract.dates import find_dates, parse_iso, publication_from
from arahan.extract.directives import find_directives
from arahan.extract.gazetteer.table import RegionTable
from arahan.extract.officials import find_officials, group_officials
from arahan.extract.organizations import find_organizations
from arahan.extract.regions import find_regions
from arahan.extract.speech import attribute, find_references
from arahan.extract.text import build_index, cleaner_dateline, dateline_places

if not Doc.has_extension("arahan"):
    Doc.set_extension("arahan", default=None)
# One read-only attribute per step over the shared state, so that each component can declare
# what it assigns and requires and `nlp.analyze_pipes()` checks the order.
STEP_ATTRS = {"arahan_index": "index", "arahan_regions": "regions", "arahan_orgs": "orgs",
              "arahan_officials": "officials", "arahan_dates": "dates", "arahan_attribution": "attribution",
              "arahan_directives": "directives"}
for _attr, _key in STEP_ATTRS.items():
    if not Doc.has_extension(_attr):
        Doc.set_extension(_attr, getter=lambda doc, key=_key: (doc._.arahan or {}).get(key))


def _state(doc: Doc) -> dict:
    if doc._.arahan is None:
        doc._.arahan = {}
    return doc._.arahan


def _sentence_starts(doc: Doc) -> list[int]:
    """Sentence starts from the pipeline, when it set any (a parser, senter or sentencizer)."""
    if len(doc) == 0:
        return []
    arr = doc.to_array([IDX, SENT_START])
    if not (arr[:, 1] == 1).any():
        return []  # no sentence boundaries set (has_annotation would loop over tokens in Python)
    return arr[arr[:, 1] == 1, 0].tolist()


@Language.component("arahan_segments", assigns=["doc._.arahan_index"])
def arahan_segments(doc: Doc) -> Doc:
    st = _state(doc)
    meta = doc.user_data.get("arahan_meta", {})
    st["index"] = build_index(doc.text, _sentence_starts(doc))  # doc.text joins tokens: read it once
    st["published"] = parse_iso(meta.get("published"))
    st["meta"] = meta
    return doc


@Language.component("arahan_regions", requires=["doc._.arahan_index"], assigns=["doc._.arahan_regions"])
def arahan_regions(doc: Doc) -> Doc:
    st = _state(doc)
    meta, index = st["meta"], st["index"]
    places = dateline_places(index.text, index)
    # A raw text's dateline is read as the cleaner reads it when it cuts it from a stored text,
    # whose place and outlet come back in the metadata: both are hints (see arahan.extract.regions).
    hints, prefix = cleaner_dateline(index.text, index.segments[index.segment_at(places[0][1])].start) if places else ([], None)
    hints += [(p, 0, 0) for p in (meta.get("dateline_place"), meta.get("dateline_outlet")) if p]
    st["regions"] = find_regions(index, RegionTable.load(), hints, prefix)
    dateline = st["regions"].dateline
    at = dateline.start if dateline is not None and dateline.in_text else places[0][1] if places else None
    st["lede_start"] = index.segments[index.segment_at(at)].start if at is not None else 0
    return doc


@Language.component("arahan_organizations", requires=["doc._.arahan_regions"], assigns=["doc._.arahan_orgs"])
def arahan_organizations(doc: Doc) -> Doc:
    st = _state(doc)
    spans = {m.start: m.end for m in st["regions"].mentions if m.region is not None and m.in_text}
    st["orgs"] = find_organizations(st["index"], spans)
    return doc


@Language.component("arahan_officials", requires=["doc._.arahan_regions"], assigns=["doc._.arahan_officials"])
def arahan_officials(doc: Doc) -> Doc:
    st = _state(doc)
    mentions = find_officials(st["index"], st["regions"])
    st["official_mentions"] = mentions
    st["officials"] = group_officials(st["index"], mentions, st["regions"])
    return doc


@Language.component("arahan_dates", requires=["doc._.arahan_index"], assigns=["doc._.arahan_dates"])
def arahan_dates(doc: Doc) -> Doc:
    st = _state(doc)
    published = st["published"]
    text = st["index"].text
    dates = find_dates(text, published)
    if published is None:
        published = publication_from(text, st["meta"].get("url"), dates)
        if published is not None:  # relative dates ("kemarin") resolve against it now
            dates = find_dates(text, published)
    st["published_used"] = published
    st["dates"] = dates
    return doc


@Language.component("arahan_speakers", requires=["doc._.arahan_officials", "doc._.arahan_orgs"],
                    assigns=["doc._.arahan_attribution"])
def arahan_speakers(doc: Doc) -> Doc:
    st = _state(doc)
    refs = find_references(st["index"], st["officials"], st["official_mentions"], st["orgs"].mentions)
    st["attribution"] = attribute(st["index"], refs)
    return doc


@Language.component("arahan_directives", requires=["doc._.arahan_attribution", "doc._.arahan_dates"],
                    assigns=["doc._.arahan_directives"])
def arahan_directives(doc: Doc) -> Doc:
    st = _state(doc)
    index = st["index"]
    st["directives"] = find_directives(index, st["officials"], st["attribution"], st["dates"],
                                       st.get("published_used"), lede_start=st["lede_start"], orgs=st["orgs"].mentions,
                                       regions=st["regions"].resolved())
    return doc


@Language.component("arahan_spans", requires=["doc._.arahan_regions", "doc._.arahan_orgs", "doc._.arahan_officials",
                                             "doc._.arahan_directives"], assigns=["doc.spans"])
def arahan_spans(doc: Doc) -> Doc:
    """The findings as span groups, for spaCy users and displaCy: doc.spans["arahan_regions"]
    (label: level), ["arahan_organizations"], ["arahan_officials"] (label: normalised title) and
    ["arahan_directives"] (the cue, label: directive type)."""
    st = _state(doc)
    groups = {
        "arahan_regions": [(m.start, m.end, m.region.level) for m in st["regions"].mentions
                           if m.region is not None and m.in_text],
        "arahan_organizations": [(m.start, m.end, "ORG") for m in st["orgs"].mentions],
        "arahan_officials": [(m.start, m.end, m.title) for m in st["official_mentions"]],
        "arahan_directives": [(d.cue_start, d.cue_end, d.type) for d in st["directives"]],
    }
    for key, spans in groups.items():
        found = (doc.char_span(a, b, label=label, alignment_mode="expand") for a, b, label in spans)
        doc.spans[key] = [span for span in found if span is not None]
    return doc
