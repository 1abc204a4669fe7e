"""Entity-ruler patterns for Indonesian government bodies the statistical NER may miss, and a
component that marks regions named after an official's title ("Bupati Bondowoso") as LOC.

Written by hand for Arahan: coordinating ministries ("Kemenko Polhukam"), ministry and
agency abbreviations that are unambiguous in news (ambiguous ones such as PPK, DPD, BPD,
PBB, and status terms such as ASN, are left out on purpose).  Added to the pipeline after
``ner`` with ``overwrite_ents=False``, so they only fill gaps and never override the model.
"""

from __future__ import annotations

import json
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from arahan.extract.organizations import ORGS

# The national bodies of the organization lexicon (extract/vocab/organizations.csv) that the
# ruler may tag: names that are unambiguous in news. Short or common-word abbreviations the
# lexicon also knows (MA, MK, PAN, NU, BIN, DPR...) are left to the statistical NER.
AGENCIES = [
    "Kemenko Polhukam", "Kemenko PMK", "Kemenko Perekonomian", "Kemenko Marves", "Kemenko Pangan",
    "Kemenko Infrastruktur", "Kemenko Kumham Imipas", "Kemenko PM",
    "Kemendagri", "KemenPAN-RB", "Kemenpan RB", "Kemenkeu", "Kemenag", "Kemenkes", "Kemensos", "Kemendikbudristek",
    "Kemendikdasmen", "Kementan", "Kemenhub", "Kemenkumham", "KLHK", "Kemenkominfo", "Komdigi", "Kemensetneg",
    "Kemenpora", "Kemenparekraf", "Kemendes PDTT", "Kemenaker", "Kemenperin", "Kemendag", "Kemenhan", "Kemenlu",
    "BKN", "KASN", "KPU", "Bawaslu", "DKPP", "KPK", "BPKP", "BNPB", "BMKG", "BPS", "BNN", "BNPT", "Basarnas",
    "Bappenas", "LKPP", "BPOM", "Polri", "Mabes Polri", "Kejagung", "MUI", "Muhammadiyah", "Ombudsman RI",
]


def agency_patterns() -> list[dict]:
    """EntityRuler phrase patterns (label ORG) for the names above, matched on exact token text.

    Phrase patterns (plain strings) go through spaCy's PhraseMatcher, which is about ten times
    cheaper per document than the equivalent token patterns; the ruler tokenizes each string
    with the pipeline's own tokenizer, so "KemenPAN-RB" matches exactly as it is split in text.
    """
    unknown = [name for name in AGENCIES if name not in ORGS]
    if unknown:  # one lexicon: a ruler name must be a body extraction and the graph know too
        raise ValueError(f"agency ruler names missing from extract/vocab/organizations.csv: {unknown}")
    return [{"label": "ORG", "pattern": name} for name in AGENCIES]


# --- Regions named after an official's title ("Bupati Bondowoso", "Pemkab Jember") ----------
#
# The NER was trained on national/international news and often reads an unfamiliar regency
# after a title as part of a person's name ("Pj Bupati [Bondowoso Bambang Soekwanto]PER").
# Its training data labels the region there as LOC ("Bupati [Madiun]LOC", "Pemkot [Medan]LOC",
# "[Kabupaten Madiun]LOC"), so this component splits such regions off as LOC, using the
# official list of provinces and kabupaten/kota compiled into the pipeline by the recipe.

# Titles and government words after which a region name is the region, not part of a name.
REGION_TITLES = {"Bupati", "Wabup", "Walikota", "Gubernur", "Wagub", "Pemkab", "Pemkot", "Pemprov",
                 "Sekda", "Bappeda", "Setda", "Setdakab", "Setdakot"}
# Administrative-unit words that belong inside the LOC span ("Kabupaten Jember", "Kota Batu").
REGION_UNITS = {"Kabupaten", "Kab.", "Kota", "Provinsi", "Prov."}
_MAX_REGION_TOKENS = 4


@Language.factory("arahan_region_names", default_config={})
def make_region_names(nlp: Language, name: str) -> "RegionNames":
    return RegionNames(name)


class RegionNames:
    """After ``ner``: a known region right after a title/unit word that the NER put inside a
    non-LOC entity starting there ("Bondowoso Bambang Soekwanto" PER) is split off as LOC; the
    rest of that entity keeps its label.  Entities starting before the region (ORG spans such
    as "Polda Jawa Timur") are left alone, and nothing is added where the NER found nothing."""

    def __init__(self, name: str = "arahan_region_names") -> None:
        self.name = name
        self.regions: set[str] = set()

    def add_regions(self, names) -> None:
        self.regions.update(n.strip() for n in names if n.strip())

    def _region_at(self, doc: Doc, i: int) -> int:
        """Length in tokens of the longest region name starting at token i (0 if none)."""
        for k in range(min(_MAX_REGION_TOKENS, len(doc) - i), 0, -1):
            if doc[i:i + k].text in self.regions:
                return k
        return 0

    def __call__(self, doc: Doc) -> Doc:
        if not self.regions:
            return doc
        ents = list(doc.ents)
        changed = False
        for i in range(1, len(doc)):
            prev = doc[i - 1].text
            if prev not in REGION_TITLES and prev not in REGION_UNITS:
                continue
            k = self._region_at(doc, i)
            if not k:
                continue
            start = i - 1 if prev in REGION_UNITS else i
            end = i + k
            overlapping = [e for e in ents if e.start < end and e.end > start]
            if not overlapping or any(e.label_ == "LOC" or e.start < start for e in overlapping):
                # No gap filling: idner often leaves "Gubernur Jawa Barat", "Provinsi Jawa Tengah"
                # unlabelled (5 of 5 such fills disagreed with its train set); and a region that
                # is already a place, or inside a longer name such as an ORG, stays as it is.
                continue
            for e in overlapping:
                ents.remove(e)
                if e.end > end:  # "Bondowoso Bambang Soekwanto" -> keep "Bambang Soekwanto"
                    ents.append(Span(doc, end, e.end, label=e.label_))
            ents.append(Span(doc, start, end, label="LOC"))
            changed = True
        if changed:
            doc.ents = sorted(ents, key=lambda e: e.start)
        return doc

    def to_disk(self, path, exclude=()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "regions.json").write_text(json.dumps(sorted(self.regions), ensure_ascii=False), encoding="utf8")

    def from_disk(self, path, exclude=()) -> "RegionNames":
        self.regions = set(json.loads((Path(path) / "regions.json").read_text(encoding="utf8")))
        return self
