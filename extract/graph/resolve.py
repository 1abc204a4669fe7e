"""Person resolution across articles: which mentions are the same person.

A person is anchored to a jurisdiction: the region of the office (Kemendagri code, or
the canonical region name when the extraction gave no code), else the organisation for
national offices (Kemendagri, KASN ...), else unknown. Rules, in order, each recorded
with the alias it creates so every merge can be explained:

1. same normalised name in the same jurisdiction and office family (police, military,
   election body, legislature, judiciary, civil: a Camat can become Sekda, not
   Kapolres); a single-word name must also share the office ("Bambang" the Sekda and
   "Bambang" the Bupati stay apart);
2. a short or long form of exactly one person of the same jurisdiction ("Sanusi" ~
   "M. Sanusi"; "Andi Ony" ~ "Andi Ony Prihartono"), compatible with every name that
   person is known by and with its office family;
3. a full name with no jurisdiction, when exactly one person in the corpus has it.
A short name or nickname the article itself ties to an official (extraction's
`aliases`, "Ridwan Kamil ... Emil") is learnt for that person.

Namesakes in different jurisdictions are never merged: the anchor is part of every
rule. A single-word name that fits several persons stays unresolved (a missed merge is
cheaper than a false one).

Manual decisions (table manual_decisions) are applied after the rules, on every
build, so they survive re-extraction: `merge` redirects persons into one, `split`
moves some names or documents of a person to a new person.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from arahan.store.graph import GraphTables
from arahan.extract.graph.entities import name_key, names_compatible, slug, split_title

RULE_EXACT = "same name in the same jurisdiction"
RULE_FORM = "short/long form of the only matching person in the same jurisdiction"
RULE_UNIQUE = "full name unique in the corpus (no jurisdiction given)"
RULE_NEW = "first mention"
RULE_MANUAL_MERGE = "manual merge"
RULE_MANUAL_SPLIT = "manual split"

CONFIDENCE = {RULE_EXACT: 0.95, RULE_FORM: 0.85, RULE_UNIQUE: 0.7, RULE_NEW: 0.9,
              RULE_MANUAL_MERGE: 1.0, RULE_MANUAL_SPLIT: 1.0}


@dataclass
class Resolution:
    person_id: str
    rule: str
    confidence: float
    explanation: str
    created: bool = False


# Offices a person does not move between (a Kapolres does not become Camat): a shared
# full name in one jurisdiction is one person only within one family. Civil posts are
# one family on purpose: Sekda -> Pj Bupati is an ordinary career step.
_FAMILIES = [
    ("police", ("kapol", "kasat", "polres", "polsek", "polda", "kepolisian", "wakapol", "kanit")),
    ("military", ("dandim", "danrem", "pangdam", "danramil", "komandan", "kodim", "korem")),
    ("election", ("bawaslu", "kpu", "panwas", "komisioner")),
    ("legislature", ("dprd", "dewan")),
    ("judiciary", ("kajari", "kajati", "kejaksaan", "kejari", "hakim", "pengadilan")),
]


@lru_cache(maxsize=4096)
def office_family(office: str) -> str:
    """'' when the office is unknown, else police | military | election | legislature | judiciary | civil."""
    if not office:
        return ""
    for family, marks in _FAMILIES:
        if any(m in office for m in marks):
            return family
    return "civil"


def alias_key(anchor: str, key: str, office: str) -> str:
    # Single-word names are too common to identify a person by jurisdiction alone: the office is
    # part of their key. Full names carry the office family (nothing for civil posts).
    if " " not in key:
        return f"{anchor}|{key}|{office}"
    family = office_family(office)
    return f"{anchor}|{key}" if family in ("", "civil") else f"{anchor}|{key}|{family}"


class Resolver:
    """Resolves person mentions against the graph's alias memory, batch by batch."""

    def __init__(self, tables: GraphTables, lookup: bool = True):
        self.tables = tables
        self.lookup = lookup  # False while filling an empty graph: every alias is learnt in memory
        self.by_anchor: dict[str, dict[str, dict]] = {}   # anchor -> alias key -> alias row
        self.by_name: dict[str, dict[str, dict]] = {}     # name_key -> alias key -> alias row (any anchor)
        self.loaded_names: set[str] = set()
        self.dirty: dict[str, dict] = {}                  # alias key -> row to persist
        self.redirect: dict[str, str] = {}
        self.splits: list[dict] = []
        self.taken: set[str] = set()
        # For rule 2: per jurisdiction, who is known by which name word, and by which names.
        self.tokens: dict[str, dict[str, set[str]]] = {}
        self.rows_of: dict[str, dict[str, dict[str, dict]]] = {}  # anchor -> person -> alias key -> row
        for d in tables.decisions():
            if d["action"] == "merge":
                for other in d["args"].get("persons", []):
                    self.redirect[other] = d["args"]["into"]
            elif d["action"] == "split":
                self.splits.append(d["args"])

    # --------------------------------------------------------------- memory
    def prefetch(self, anchors: set[str], names: set[str]) -> None:
        if not self.lookup:
            return
        missing = [a for a in anchors if a not in self.by_anchor]
        for a in missing:
            self.by_anchor[a] = {}
        for row in self.tables.aliases_for_anchors(missing):
            self._remember(row)
        need = [n for n in names if n not in self.loaded_names]
        self.loaded_names.update(need)
        for row in self.tables.aliases_for_names(need):
            self._remember(row)

    def _remember(self, row: dict) -> None:
        known = self.by_anchor.setdefault(row["anchor"], {})
        if row["key"] in known:
            return  # the row in memory is at least as fresh as a second read of it
        if isinstance(row.get("titles"), str):
            row["titles"] = json.loads(row["titles"]) if row["titles"] else []
        row.setdefault("titles", [])
        known[row["key"]] = row
        self.rows_of.setdefault(row["anchor"], {}).setdefault(row["person_id"], {})[row["key"]] = row
        tokens = self.tokens.setdefault(row["anchor"], {})
        for tok in row["name_key"].split():
            if len(tok) > 1:
                tokens.setdefault(tok, set()).add(row["person_id"])
        self.by_name.setdefault(row["name_key"], {})[row["key"]] = row
        self.taken.add(row["person_id"])

    def _learn(self, anchor: str, key: str, office: str, person_id: str, rule: str) -> None:
        akey = alias_key(anchor, key, office)
        row = self.by_anchor.get(anchor, {}).get(akey)
        changed = row is None
        if row is None:
            row = {"key": akey, "anchor": anchor, "name_key": key, "person_id": person_id, "rule": rule, "titles": []}
            self._remember(row)
        self._touch(akey, row, office, changed)

    def _touch(self, akey: str, row: dict, office: str, changed: bool) -> None:
        """An alias met again: it learns the office; it is written again if it changed (or may have)."""
        if office and office not in row["titles"]:
            row["titles"].append(office)
            changed = True
        # Filling an empty graph, every row was learnt in this run and written when it last changed:
        # a name met again (in chunk after chunk of a big build) needs no rewrite.
        if changed or self.lookup:
            self.dirty[akey] = row

    def learn_alias(self, alias: str, title: str | None, anchor: str, person_id: str, display: str) -> None:
        """A short name or nickname the article itself gives a person ("Ridwan Kamil ... Emil").

        Only a name not yet taken in the jurisdiction is learnt: it never moves an alias.
        """
        key = name_key(alias or "")
        office = slug(split_title(title)[0]) if title else ""
        if key and alias_key(anchor, key, office) not in self.by_anchor.get(anchor, {}):
            self._learn(anchor, key, office, person_id, f"named so beside '{display}' in one article")

    def take_dirty(self) -> list[tuple]:
        """Rows of the aliases learnt since the last call, for `GraphTables.upsert_aliases`."""
        rows = [(r["key"], r["anchor"], r["name_key"], r["person_id"], r["rule"], list(r["titles"]))
                for r in self.dirty.values()]
        self.dirty.clear()
        return rows

    # --------------------------------------------------------------- rules
    def resolve(self, name: str | None, title: str | None, anchor: str, document_id: int) -> Resolution | None:
        """The person a named mention refers to (None for a title-only mention)."""
        key = name_key(name or "")
        if not key:
            return None
        office = slug(split_title(title)[0]) if title else ""
        if " " in key and not self.redirect and not self.splits:
            # A full name already known in this jurisdiction (most mentions of a big build): rule 1's
            # answer, without the rules and decisions that cannot change it, and the alias touched once.
            akey = alias_key(anchor, key, office)
            row = self.by_anchor.get(anchor, {}).get(akey)
            if row is not None:
                self._touch(akey, row, office, False)
                return Resolution(row["person_id"], RULE_EXACT, CONFIDENCE[RULE_EXACT],
                                  f"'{name or key}' already known in jurisdiction {anchor or 'unknown'}")
        res = self._by_rules(key, office, anchor, name or key)
        if res is None:
            return None  # an ambiguous short name stays unresolved
        res = self._apply_decisions(res, key, document_id)
        self._learn(anchor, key, office, self._alias_target(res, key, document_id), res.rule)
        return res

    def _alias_target(self, res: Resolution, key: str, document_id: int) -> str:
        # A split by document must not teach the name to the new person for every document.
        if res.rule == RULE_MANUAL_SPLIT and not any(key in s.get("names", []) for s in self.splits):
            return self._undo_split_target(res.person_id)
        return res.person_id

    def _undo_split_target(self, person_id: str) -> str:
        for s in self.splits:
            if s.get("into") == person_id:
                return s["person"]
        return person_id

    def _by_rules(self, key: str, office: str, anchor: str, display: str) -> Resolution | None:
        """The person by the rules; None for a single-word name that now fits several persons."""
        aliases = self.by_anchor.get(anchor, {})
        row = aliases.get(alias_key(anchor, key, office))
        single = " " not in key
        if row is not None and not (single and anchor and len(self._matches(key, office, anchor)) > 1):
            return Resolution(row["person_id"], RULE_EXACT, CONFIDENCE[RULE_EXACT],
                              f"'{display}' already known in jurisdiction {anchor or 'unknown'}")
        if anchor:
            matches = self._matches(key, office, anchor)
            if len(matches) == 1:
                known = max((r["name_key"] for r in self.rows_of[anchor][matches[0]].values()), key=len)
                return Resolution(matches[0], RULE_FORM, CONFIDENCE[RULE_FORM],
                                  f"'{display}' is a form of '{known}', the only such person in {anchor}")
            if len(matches) > 1 and single:
                return None
        elif " " in key:
            pids = {r["person_id"] for r in self.by_name.get(key, {}).values()}
            if len(pids) == 1:
                pid = pids.pop()
                return Resolution(pid, RULE_UNIQUE, CONFIDENCE[RULE_UNIQUE],
                                  f"'{display}' has no jurisdiction and only {pid} bears that full name")
        return Resolution(self._mint(key, anchor, office), RULE_NEW, CONFIDENCE[RULE_NEW],
                          f"first mention of '{display}' in jurisdiction {anchor or 'unknown'}", created=True)

    def _matches(self, key: str, office: str, anchor: str) -> list[str]:
        """Persons of the jurisdiction this name and office could be (rule 2)."""
        # Only persons sharing a full name word can be compatible (see names_compatible).
        tokens, persons = self.tokens.get(anchor, {}), self.rows_of.get(anchor, {})
        candidates = set().union(*(tokens.get(t, ()) for t in key.split() if len(t) > 1))
        return sorted(pid for pid in candidates if self._compatible(key, office, persons[pid].values()))

    @staticmethod
    def _compatible(key: str, office: str, rows) -> bool:
        if not all(key == r["name_key"] or names_compatible(key, r["name_key"]) for r in rows):
            return False
        families = {office_family(t) for r in rows for t in r["titles"]}
        if office and families and office_family(office) not in families:
            return False
        if " " not in key or any(" " not in r["name_key"] for r in rows):
            # A single word (or a person only known by one) needs the same office as well.
            titles = {t for r in rows for t in r["titles"]}
            return not office or not titles or office in titles
        return True

    def _mint(self, key: str, anchor: str, office: str) -> str:
        base = f"person:{slug(key)}@{anchor or 'unknown'}"
        if " " not in key and office:
            base = f"person:{slug(key)}.{office}@{anchor or 'unknown'}"
        pid, n = base, 2
        while pid in self.taken:
            pid, n = f"{base}-{n}", n + 1
        self.taken.add(pid)
        return pid

    def _apply_decisions(self, res: Resolution, key: str, document_id: int) -> Resolution:
        if not self.redirect and not self.splits:  # the common case: no manual decisions at all
            return res
        pid = res.person_id
        seen = set()
        while pid in self.redirect and pid not in seen:
            seen.add(pid)
            pid = self.redirect[pid]
        if pid != res.person_id:
            res = Resolution(pid, RULE_MANUAL_MERGE, 1.0, f"{res.person_id} merged into {pid} by hand")
        for s in self.splits:
            if s["person"] == res.person_id and (key in s.get("names", []) or document_id in s.get("documents", [])):
                res = Resolution(s["into"], RULE_MANUAL_SPLIT, 1.0, f"split from {s['person']} by hand")
        return res
