"""Tokenizer exceptions for Indonesian regional news: titles, degrees, region abbreviations.

spaCy's ``id`` defaults already keep many dotted forms (Drs., H., S.Sos.) whole but split
``Pj.``, ``Kab.`` and ``Kec.``; the list below makes the set explicit so a title such as
"Pj. Bupati Kab. Bondowoso" tokenizes the same way in every pipeline.  Exceptions are
stored inside the saved tokenizer, so a trained pipeline carries them with no code needed.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.lang.id.punctuation import TOKENIZER_INFIXES
from spacy.symbols import NORM, ORTH
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex

# Each entry is written as it appears in news; the NORM is the spelled-out word where one
# is unambiguous, so lexical features see "kabupaten" for "Kab.".
ABBREVIATIONS: dict[str, str | None] = {
    # acting / interim office markers
    "Pj.": "penjabat", "Plt.": "pelaksana tugas", "Plh.": "pelaksana harian", "Pjs.": "pejabat sementara",
    # regions and addresses
    "Kab.": "kabupaten", "Kec.": "kecamatan", "Kel.": "kelurahan", "Ds.": "desa", "Prov.": "provinsi",
    "Jl.": "jalan", "Jln.": "jalan", "Gg.": "gang", "No.": "nomor", "Nomor.": None, "Tlp.": "telepon",
    # honorifics and religious titles
    "H.": "haji", "Hj.": "hajjah", "KH.": "kiai haji", "Ny.": "nyonya", "Tn.": "tuan", "Sdr.": "saudara",
    "Bpk.": "bapak", "Yth.": "yang terhormat",
    # academic titles and degrees
    "Dr.": "doktor", "dr.": "dokter", "Drs.": "doktorandus", "Dra.": "doktoranda", "Ir.": "insinyur",
    "Prof.": "profesor", "S.Sos.": None, "M.Si.": None, "S.H.": None, "M.H.": None, "S.Pd.": None,
    "M.Pd.": None, "S.E.": None, "M.M.": None, "S.T.": None, "M.T.": None, "S.Kom.": None, "S.IP.": None,
    "M.AP.": None, "S.Ag.": None, "M.Ag.": None, "S.Kep.": None, "S.Km.": None, "S.STP.": None,
    "M.Kes.": None, "S.Pt.": None, "S.P.": None, "M.Sc.": None, "Ph.D.": None, "S.Psi.": None,
    "S.Hut.": None, "S.Kes.": None, "Sp.": None, "MM.": None, "MSi.": None, "SH.": None, "MH.": None,
    # ranks often abbreviated in police and military news
    "Kol.": "kolonel", "Letkol.": "letnan kolonel", "Mayjen.": "mayor jenderal", "Brigjen.": "brigadir jenderal",
    "Kapt.": "kapten", "Bripka.": "brigadir kepala",
    # misc
    "dkk.": "dan kawan-kawan", "dll.": "dan lain-lain", "dsb.": "dan sebagainya", "tsb.": "tersebut",
    "a.n.": "atas nama", "u.p.": "untuk perhatian", "s.d.": "sampai dengan", "Tbk.": None, "Bhd.": None,
}


# A full reduplication is one word in Indonesian, also with a clitic after it: "anak-anaknya",
# "warga-warganya", "hari-harimu". spaCy's ``id`` keeps only the reduplications on its list
# ("anak-anak") and splits the rest at the hyphen. Inline (?i) because the tokenizer saves the
# pattern text without flags.
REDUPLICATION = re.compile(r"(?i)^([^\W\d_]{2,})-\1(?:nya|ku|mu|lah|kah|pun)?$")


def _infixes_keeping_hyphenated_words() -> list[str]:
    """spaCy's ``id`` infixes without the splits at a plain hyphen after a letter.

    Indonesian writes many words with a hyphen: compounds and pairs ("TNI-Polri", "KemenPAN-RB",
    "Jokowi-JK"), ordinals and names with numbers ("ke-4", "Covid-19"), affixed loans
    ("di-PHK", "non-ASN", "penyalah-gunaan"). UD Indonesian and idner-news-2k keep each as one
    token, and the tagger, parser and NER learn them that way. Dashes ("Jakarta—Presiden"),
    slashes and hyphens between digits ("2024-2025") still split.
    """
    infixes = []
    for pattern in TOKENIZER_INFIXES:
        if pattern.endswith(")-(?=[0-9])"):  # letter-hyphen-digit ("ke-4"): keep whole
            continue
        pattern = pattern.replace("(?:-|–|—|--|---|——|~)", "(?:–|—|--|---|——|~)")  # letter-hyphen-letter
        pattern = pattern.replace(")[\\/-](", ")[\\/](")  # letter-slash-or-hyphen-letter: slash only
        infixes.append(pattern)
    return infixes


# spaCy's ``id`` prefix list has an entry "<(b|strong|...)\\s?/>|<a([^>]+)>" whose second half misses
# the "^" every other prefix gets, so each prefix search runs all of the several hundred
# alternatives at every character of the token (a third of the tokenizer's time).
_UNANCHORED_PREFIX = "<a([^>]+)>"


def _prefix_search_tried_once(pattern: str) -> str:
    """The same prefix regex with its anchored alternatives tried once, at the start of the token.

    A search for P matches what "^(?:P)" matches at the start, else the leftmost match of an
    unanchored alternative further on: the same matches (the unanchored one can never win at
    the start, where "^<" comes before it).
    """
    if "|" + _UNANCHORED_PREFIX + "|" not in pattern or pattern.startswith("^(?:"):
        return pattern
    return "^(?:" + pattern + ")|" + _UNANCHORED_PREFIX


def add_tokenizer_exceptions(nlp: Language) -> Language:
    """Add ABBREVIATIONS (and their all-caps variants) as special cases to nlp's tokenizer, keep
    reduplicated and other hyphenated words whole, and read a doubled backquote (``, an opening
    quote) as one token.

    The tokenizer is built again once with all of it: setting one of its patterns on the old one
    reloads its 16,000 special cases each time (1.4 s of CPU per setting, in every worker).
    """
    old = nlp.tokenizer
    rules = dict(old.rules or {})
    for text, norm in ABBREVIATIONS.items():
        for variant in sorted({text, text.upper()} if text[:-1].replace(".", "").isalpha() else {text}):
            rules[variant] = [{ORTH: variant, NORM: norm} if norm else {ORTH: variant}]
    rules["``"] = [{ORTH: "``", NORM: '"'}]
    nlp.tokenizer = Tokenizer(
        nlp.vocab, rules=rules,
        prefix_search=re.compile(_prefix_search_tried_once(old.prefix_search.__self__.pattern)).search,
        suffix_search=old.suffix_search,
        infix_finditer=compile_infix_regex(_infixes_keeping_hyphenated_words()).finditer,
        # the id defaults have no token_match; keep any a pipeline brings
        token_match=old.token_match if old.token_match is not None else REDUPLICATION.match,
        url_match=old.url_match, faster_heuristics=old.faster_heuristics)
    return nlp
