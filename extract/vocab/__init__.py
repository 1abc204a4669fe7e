"""The vocabulary of Indonesian regional news as data: one folder of CSV tables, one loader.

Each table in this folder is a CSV file with a header row; lines starting with "#" are
comments (provenance, ordering rules). Adding an office title, a directive cue, a target group
or a minister is one row in one table, with no code change: the modules that use a table read
it through `rows()` or one of the typed views below, once per process.

| table | one row is | read by |
|---|---|---|
| directive_cues.csv | a cue (regex) with its directive type and an example sentence | arahan.extract.directives |
| function_words.csv | a function word of the directive grammar by class (negation, condition, past, quantifier) | arahan.extract.directives, arahan.extract.targets |
| instruments.csv | a word for a formal instrument ({instrument} in the policy cues; INSTRUMENT_RE) | arahan.extract.directives |
| targets.csv | a group a directive addresses: written forms (regex) -> normalised target; whether modifiers after it are kept | arahan.extract.targets |
| target_compounds.csv | a noun after a group head that takes a noun of its own ("pengelola *objek* wisata") | arahan.extract.targets |
| target_places.csv | a target group that is also a place: after "ke/menuju" it is where one goes, not an addressee | arahan.extract.targets |
| target_qualifiers.csv | a qualifier after a group that the addressees keep ("bermotor", "beragama Islam", "tanpa izin") | arahan.extract.targets |
| office_titles.csv | an office: written forms (regex), normalised title, level of its region | arahan.extract.officials |
| office_markers.csv | an acting marker (Pj, Pjs, Plt, Plh) and its written forms | arahan.extract.officials |
| ministers.csv | a minister's written form -> normalised title and ministry | arahan.extract.officials |
| oversight_acts.csv | an act that makes an order to do it oversight (no cue alone) | arahan.extract.directives |
| hoped_events.csv | an event or a state of things as what a hope is about ("berharap festival ini ..."): no appeal | arahan.extract.directives |
| threat_outcomes.csv | what befalls whoever breaks a rule (a loss, a court, "efek jera"): a sanction warning with the breach named | arahan.extract.directives |
| ranks.csv | a police or military rank before a name (an honorific) and what may follow it | arahan.extract.officials, arahan.extract.organizations |
| regional_units.csv | a regional body or unit that takes the place it serves, with its head's office words | arahan.extract.organizations, arahan.extract.regions |
| public_actors.csv | people who hold no office (warga, mahasiswa, buruh ...): as the subject of an active cue the act is theirs | arahan.extract.directives |
| office_abbreviations.csv | an office written as one word ("Kadisdik", "Kalaksa") -> its title | arahan.extract.officials |
| unit_words.csv | a word that may make up an office's unit ("Kepala Dinas *Pendidikan*") | arahan.extract.officials, arahan.extract.organizations |
| not_name_words.csv | a capitalised word that never starts or continues a person's name | arahan.extract.officials, arahan.extract.speech |
| name_abbreviations.csv | a first or middle name written short with a full stop ("Moh.", "Gst."): the name goes on | arahan.extract.officials |
| relation_words.csv | a relative or aide written before an office ("Istri Bupati X, NAME"): the name is not the holder's | arahan.extract.officials |
| event_words.csv | a word after an office and its region that makes it an event's or prize's name ("Bupati Sleman Cup") | arahan.extract.officials |
| headline_verbs.csv | a capitalised headline verb ("Terbitkan", "Ancam"): a name ends before it | arahan.extract.officials |
| say_verbs.csv | a reporting verb that makes its subject the sentence's speaker | arahan.extract.speech |
| nickname_honorifics.csv | a form of address before an official's nickname ("Cak Eri", "Kang Dedi"): not part of the name | arahan.extract.speech |
| organizations.csv | a body: abbreviation, full form, level | arahan.extract.organizations, arahan.extract.officials |
| organization_forms.csv | another written form of a body -> its abbreviation | arahan.extract.organizations |
| organization_heads.csv | the head noun of a body written in full (Dinas, Badan, Satuan Tugas ...) | arahan.extract.organizations |
| not_organizations.csv | an acronym shaped like a body's that names none (schools, programmes, RT/RW) | arahan.extract.organizations |
| regional_words.csv | a function word of a regional language (a note on mixed texts) | arahan.extract.pipeline |
| confidence.csv | the confidence of a kind of finding, fitted on the tune split | arahan.extract.directives, arahan.extract.result |
| letter_instruments.csv | the title line of an official letter: instrument type, abbreviation, type of its points | arahan.extract.letter |
| letter_fields.csv | a heading of a part of an official letter (Nomor, Perihal, Yth., Dasar, Tembusan ...) | arahan.extract.letter |

Every table's `example` column (where it has one) is checked by tests/extract/test_vocab.py:
the row's pattern must parse and fire on its example, through the real extraction.

>>> [r["type"] for r in rows("directive_cues.csv")][:2]
['prohibition', 'prohibition']
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

__all__ = ["TABLES", "rows", "directive_cues", "instrument_pattern", "function_words", "fill", "targets", "open_targets", "level_targets",
           "target_qualifiers", "target_compounds", "target_places", "office_titles", "office_markers", "ministers", "say_verbs", "words",
           "office_abbreviations", "oversight_acts", "threat_outcomes", "hoped_events", "rank_words", "rank_pattern",
           "regional_units", "regional_unit_heads", "public_actors", "public_actor_pattern"]

TABLES = Path(__file__).resolve().parent


@lru_cache(maxsize=None)
def rows(name: str) -> tuple[dict, ...]:
    """The rows of one table as dicts keyed by its header (comment lines skipped, cells stripped)."""
    with open(TABLES / name, encoding="utf-8", newline="") as f:
        lines = [line for line in f if not line.startswith("#")]
    reader = csv.DictReader(lines)
    out = []
    for row in reader:
        if None in row or None in row.values():  # a stray comma (quote cells holding commas) or a missing cell
            raise ValueError(f"extract/vocab/{name}: row {reader.line_num} does not have the columns {reader.fieldnames}")
        out.append({k: v.strip() for k, v in row.items()})
    return tuple(out)


def instrument_pattern() -> str:
    """The alternatives of instruments.csv as one regex alternation."""
    return "|".join(r["pattern"] for r in rows("instruments.csv"))


def function_words(*classes: str) -> str:
    """The words of function_words.csv of the given classes as one regex alternation.

    >>> function_words("past")
    'telah|sudah|pernah'
    """
    return "|".join(r["word"] for r in rows("function_words.csv") if r["class"] in classes)


def fill(pattern: str) -> str:
    """A table's regex with its placeholders filled: {instrument}, {negation}, {condition} and {breach} stand for
    the alternatives of instruments.csv and of those classes of function_words.csv."""
    pattern = pattern.replace("{instrument}", f"(?:{instrument_pattern()})")
    for word_class in ("negation", "condition", "breach"):
        pattern = pattern.replace("{" + word_class + "}", f"(?:{function_words(word_class)})")
    return pattern


def directive_cues() -> list[tuple[str, str]]:
    """(regex, type) per cue, in table order, with its placeholders filled in (see `fill`)."""
    return [(fill(r["pattern"]), r["type"]) for r in rows("directive_cues.csv")]


def public_actors() -> list[str]:
    """Regexes of people who hold no office (vocab/public_actors.csv)."""
    return [r["pattern"] for r in rows("public_actors.csv")]


def public_actor_pattern() -> str:
    """The alternatives of public_actors.csv as one regex alternation."""
    return "|".join(public_actors())


def oversight_acts() -> list[str]:
    """Regexes of the acts of watching over others that are no cue on their own."""
    return [r["pattern"] for r in rows("oversight_acts.csv")]


def threat_outcomes() -> list[str]:
    """Regexes of what befalls whoever breaks a rule (a sanction warning only with the breach named)."""
    return [fill(r["pattern"]) for r in rows("threat_outcomes.csv")]


def hoped_events() -> list[str]:
    """Regexes of events or states of things a hope can be about (then it directs nobody)."""
    return [r["pattern"] for r in rows("hoped_events.csv")]


def targets() -> list[tuple[str, str]]:
    """(regex of written forms, normalised target) per target group, in table order."""
    return [(r["pattern"], r["target"]) for r in rows("targets.csv")]


def open_targets() -> frozenset[str]:
    """Normalised targets named by a head noun that keeps the nouns after it as written
    ("pengemudi becak bermotor", "BPBD kabupaten/kota"): the rows whose `modifiers` is yes."""
    return frozenset(r["target"] for r in rows("targets.csv") if r["modifiers"] == "yes")


def level_targets() -> frozenset[str]:
    """Normalised targets that are a school level (TK, SD, SMP ...): the rows whose `modifiers` is level."""
    return frozenset(r["target"] for r in rows("targets.csv") if r["modifiers"] == "level")


def target_qualifiers() -> str:
    """The qualifiers of target_qualifiers.csv as one regex alternation."""
    return "|".join(r["pattern"] for r in rows("target_qualifiers.csv"))


def target_places() -> frozenset[str]:
    """Normalised targets that are also places (target_places.csv)."""
    return frozenset(r["target"] for r in rows("target_places.csv"))


def target_compounds() -> str:
    """The nouns of target_compounds.csv as one regex alternation."""
    return "|".join(r["pattern"] for r in rows("target_compounds.csv"))


def office_titles(group: str) -> list[tuple[str, str | None, str]]:
    """(regex, normalised title or None, level) of the "head" or "staff" offices."""
    return [(r["pattern"], r["title"] or None, r["level"]) for r in rows("office_titles.csv") if r["group"] == group]


def office_markers() -> list[tuple[str, str]]:
    """(regex of written forms, marker) for Pjs, Pj, Plt, Plh."""
    return [(r["pattern"], r["marker"]) for r in rows("office_markers.csv")]


def ministers() -> dict[str, tuple[str, str]]:
    """Written form -> (normalised title, ministry)."""
    return {r["written"]: (r["title"], r["ministry"]) for r in rows("ministers.csv")}


def rank_words() -> str:
    """The ranks of ranks.csv as one regex alternation of their written forms, without what follows."""
    return "|".join(r["rank"] for r in rows("ranks.csv"))


def rank_pattern() -> str:
    """The ranks as one regex alternation, each with what may follow it ("Kombes Pol", "Kapten Inf")."""
    return "|".join(f"(?:{r['rank']})" + (f"(?:\\s+(?:{r['after']}))?" if r["after"] else "") for r in rows("ranks.csv"))


def regional_units(flag: str) -> tuple[str, ...]:
    """Units of regional_units.csv whose `flag` column ("with_region", "with_place", "names_region") is yes."""
    return tuple(r["unit"] for r in rows("regional_units.csv") if r[flag] == "yes")


def regional_unit_heads(flag: str) -> tuple[str, ...]:
    """The head office words ("Kapolres", "Kajari") of the units whose `flag` column is yes."""
    return tuple(h for r in rows("regional_units.csv") if r[flag] == "yes" for h in r["heads"].split("|") if h)


def words(name: str) -> frozenset[str]:
    """The first column of a one-word-per-row table (unit_words.csv, not_name_words.csv, headline_verbs.csv)."""
    return frozenset(next(iter(r.values())) for r in rows(name))


def office_abbreviations() -> dict[str, str]:
    """An office written as one word, lower case ("kadisdik") -> the title it stands for."""
    return {r["abbr"].lower(): r["title"] for r in rows("office_abbreviations.csv")}


def say_verbs() -> tuple[str, ...]:
    return tuple(r["verb"] for r in rows("say_verbs.csv"))


def confidence(kind: str, feature: str, default: float) -> float:
    """The fitted confidence of a finding of `kind` ("directive", "official") with `feature`
    (see confidence.csv and models/scripts/fit_confidence.py); `default` when the table lacks it."""
    return _confidences().get((kind, feature), default)


@lru_cache(maxsize=1)
def _confidences() -> dict[tuple[str, str], float]:
    return {(r["kind"], r["feature"]): float(r["confidence"]) for r in rows("confidence.csv")}


def organizations() -> dict[str, tuple[str, str]]:
    """Abbreviation -> (full form, level) of every body in organizations.csv."""
    return {r["abbr"]: (r["full"], r["level"]) for r in rows("organizations.csv")}


def organization_heads(kind: str | None = None) -> tuple[str, ...]:
    """The head nouns of bodies written in full (organization_heads.csv), in table order; of one `kind` if given."""
    return tuple(r["head"] for r in rows("organization_heads.csv") if kind in (None, r["kind"]))


def not_organizations(kind: str | None = None) -> frozenset[str]:
    """Acronyms of not_organizations.csv (of one `kind` if given): shaped like a body's, naming none."""
    return frozenset(r["acronym"] for r in rows("not_organizations.csv") if kind in (None, r["kind"]))


def organization_forms() -> dict[str, str]:
    """Another written form of a body -> the abbreviation it is listed under."""
    return {r["form"]: r["abbr"] for r in rows("organization_forms.csv")}
