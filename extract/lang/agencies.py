"""Entity-ruler patterns for Indonesian government bodies the statistical NER may miss.

Written by hand for Arahan: coordinating ministries ("Kemenko Polhukam"), ministry and
agency abbreviations that are unambiguous in news (ambiguous ones such as PPK, DPD, BPD,
PBB, and status terms such as ASN, are left out on purpose).  Added to the pipeline after
``ner`` with ``overwrite_ents=False``, so they only fill gaps and never override the model.
"""

from __future__ import annotations

KEMENKO = ["Polhukam", "PMK", "Perekonomian", "Marves", "Pangan", "Infrastruktur", "Kumham Imipas", "PM"]

AGENCIES = [
    "Kemendagri", "KemenPAN-RB", "Kemenpan RB", "Kemenkeu", "Kemenag", "Kemenkes", "Kemensos", "Kemendikbudristek",
    "Kemendikdasmen", "Kementan", "Kemenhub", "Kemenkumham", "KLHK", "Kemenkominfo", "Komdigi", "Kemensetneg",
    "Kemenpora", "Kemenparekraf", "Kemendes PDTT", "Kemenaker", "Kemenperin", "Kemendag", "Kemenhan", "Kemenlu",
    "BKN", "KASN", "KPU", "Bawaslu", "DKPP", "KPK", "BPKP", "BNPB", "BMKG", "BPS", "BNN", "BNPT", "Basarnas",
    "Bappenas", "LKPP", "BPOM", "Polri", "Mabes Polri", "Kejagung", "MUI", "Muhammadiyah", "Ombudsman RI",
]


def agency_patterns() -> list[dict]:
    """EntityRuler patterns (label ORG) for the names above, matched on exact token text."""
    patterns = [{"label": "ORG", "pattern": [{"TEXT": "Kemenko"}, *({"TEXT": part} for part in name.split())]}
                for name in KEMENKO]
    patterns += [{"label": "ORG", "pattern": [{"TEXT": part} for part in name.split()]} for name in AGENCIES]
    return patterns
