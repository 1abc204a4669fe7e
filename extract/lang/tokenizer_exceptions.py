"""Tokenizer exceptions for Indonesian regional news: titles, degrees, region abbreviations.

spaCy's ``id`` defaults already keep many dotted forms (Drs., H., S.Sos.) whole but split
``Pj.``, ``Kab.`` and ``Kec.``; the list below makes the set explicit so a title such as
"Pj. Bupati Kab. Bondowoso" tokenizes the same way in every pipeline.  Exceptions are
stored inside the saved tokenizer, so a trained pipeline carries them with no code needed.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.symbols import NORM, ORTH

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


def add_tokenizer_exceptions(nlp: Language) -> Language:
    """Add ABBREVIATIONS (and their all-caps variants) as special cases to nlp's tokenizer, keep
    reduplicated words whole, and read a doubled backquote (``, an opening quote) as one token."""
    for text, norm in ABBREVIATIONS.items():
        variants = {text, text.upper()} if text[:-1].replace(".", "").isalpha() else {text}
        for variant in variants:
            attrs = {ORTH: variant}
            if norm:
                attrs[NORM] = norm
            nlp.tokenizer.add_special_case(variant, [attrs])
    nlp.tokenizer.add_special_case("``", [{ORTH: "``", NORM: '"'}])
    if nlp.tokenizer.token_match is None:  # the id defaults have none; keep any a pipeline brings
        nlp.tokenizer.token_match = REDUPLICATION.match
    return nlp
