"""Word lists of Indonesian regional news: the tables of extract/vocab/ and the word sets still kept here.

The components read their vocabulary from this module, so they share one vocabulary. Titles,
markers, ministers, reporting verbs and targets come from the CSV tables (one row each);
the word sets below are used by the name and unit rules.
"""

from __future__ import annotations

import re

from arahan.extract import vocab

# Markers, offices and ministers live in extract/vocab/ (office_markers.csv, office_titles.csv, ministers.csv).
MARKERS = vocab.office_markers()
HEAD_TITLES = vocab.office_titles("head")
STAFF_TITLES = vocab.office_titles("staff")
MINISTERS = vocab.ministers()
# Words that may make up the unit in "Kepala Dinas X", "Kepala Badan X", "Sekretaris Dinas X" (vocab/unit_words.csv).
UNIT_WORDS = vocab.words("unit_words.csv")
# Unit abbreviations that are a Dinas when written without the word ("Sekretaris ESDM Sulsel").
DINAS_ABBREVIATIONS = frozenset({"ESDM", "PUPR", "Kominfo", "Dukcapil"})

# Degree abbreviations after a name (matched after ", " or " ").
DEGREE_RE = re.compile(
    r"(?:,?\s*(?:S\.?\s?(?:Sos|Si|Pd|Kom|H|E|T|P|IP|Ag|Hut|Ked|KM|Farm|STP|Psi|Kep|Hum|Sn|Tr|AP|STP|IK|Th|Pi|Ds|Pt|Ak|ST|Kes)|"
    r"M\.?\s?(?:Si|Sc|M|H|Pd|Kes|AP|Ag|T|E|Kn|Hum|Eng|Ikom|IP|Ec|Han|Tr|BA|PA|Sos|Psi|Kom)|"
    r"MSi|MM|MH|MPd|MKes|MAP|SH|SE|ST|SP|SPd|SSos|SIP|SSTP|SKM|SKom|SAg|MBA|MPA|PhD|Ph\.D|Ak|CA|CPA|"
    r"Lc|MA|Dr|Drs|Ir|Sp\.?[A-Z]{1,2}|Dipl|Ing|AMd|Amd|BSc|MSc)\.?)+(?=[\s,;.)]|$)"
)
# Balinese birth-order names: "I Nyoman", "Ni Made" keep their "I"/"Ni" without a full stop.
BALINESE = frozenset({"Made", "Nyoman", "Ketut", "Putu", "Kadek", "Komang", "Wayan", "Gede", "Gusti", "Gusti Ngurah", "Ngurah",
                      "Gst.", "Ngr.", "Nym.", "Kt."})  # and as written short ("I Gst. Ngr. Rai")

# Capitalised words that never start or continue a person's name (vocab/not_name_words.csv).
NOT_NAME = vocab.words("not_name_words.csv")

# Reporting verbs after a subject ("X mengatakan, ..."): extract/vocab/say_verbs.csv.
SAY_VERBS = vocab.say_verbs()

# Groups a directive is addressed to, written form (regex) -> normalised target: extract/vocab/targets.csv.
TARGETS = vocab.targets()

# A regional government named as an actor: "Pemerintah Kabupaten X", "Pemerintahan Kota X", "Pemerintah
# Daerah Kab. X", "Pemkab X", "Pemprov. X" (news abbreviates the level and dots the short forms).
INSTITUTION_PREFIX = (r"(?:[Pp]emerintah(?:an)?\s+(?:[Dd]aerah\s+)?(?:[Kk]abupaten|[Kk]ab\.?|[Kk]ota|[Pp]rovinsi|[Pp]rov\.?)"
                      r"(?:\s*\((?:Pemkab|Pemkot|Pemko|Pemprov)\))?|(?:Pemkab|Pemkot|Pemko|Pemprov|Pemda)\.?)")
