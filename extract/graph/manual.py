"""Hand corrections of person resolution: merge two persons, split one.

A decision is stored in `manual_decisions` and applied by the resolver on every later
build, so it survives re-extraction and full rebuilds. Applying one now repoints the
resolver's aliases and re-folds the documents that mention the persons involved:
nothing else of the graph is rebuilt.
"""

from __future__ import annotations

from arahan.store.database import Store
from arahan.store.graph import GraphTables
from arahan.extract.graph.build import update_graph
from arahan.extract.graph.entities import name_key


class DecisionError(ValueError):
    """A merge or split that cannot be applied; the message says why."""


def _person(tables: GraphTables, person_id: str) -> dict:
    rows = tables.nodes(ids=[person_id])
    if not rows:
        raise DecisionError(f"no entity {person_id!r} in the graph (see `arahan entities list --type Person`)")
    if rows[0]["type"] != "Person":
        raise DecisionError(f"{person_id} is a {rows[0]['type']}, only persons can be merged or split")
    return rows[0]


def merge_persons(store: Store, into: str, others: list[str], note: str | None = None) -> dict:
    """Make `others` the same person as `into`; returns the build counts."""
    tables = GraphTables(store)
    others = [o for o in dict.fromkeys(others) if o != into]
    if not others:
        raise DecisionError("give at least one other person to merge into " + into)
    with store.transaction():
        _person(tables, into)
        docs: set[int] = set()
        for other in others:
            _person(tables, other)
            docs.update(tables.documents_of_node(other))
        tables.add_decision("merge", {"into": into, "persons": others}, note)
        for other in others:
            tables.repoint_aliases(other, into, rule=f"manual merge into {into}")
        return update_graph(store, sorted(docs))


def split_person(store: Store, person_id: str, names: list[str] | None = None, documents: list[int] | None = None,
                 into: str | None = None, note: str | None = None) -> tuple[str, dict]:
    """Move the mentions of `person_id` under some names, or in some documents, to a new person.

    Returns the new person's id and the build counts.
    """
    tables = GraphTables(store)
    keys = sorted({name_key(n) for n in names or [] if name_key(n)})
    documents = sorted({int(d) for d in documents or []})
    if not keys and not documents:
        raise DecisionError("say what to split off: --name NAME and/or --document ID")
    with store.transaction():
        _person(tables, person_id)
        known = {a["name_key"] for a in tables.aliases_of(person_id)}
        unknown = [k for k in keys if k not in known]
        if unknown:
            raise DecisionError(f"{person_id} is never called {', '.join(unknown)}; its names: {', '.join(sorted(known))}")
        docs = set(tables.documents_of_node(person_id))
        missing = [d for d in documents if d not in docs]
        if missing:
            raise DecisionError(f"{person_id} is not mentioned in document(s) {missing}")
        n = sum(1 for d in tables.decisions() if d["action"] == "split" and d["args"]["person"] == person_id)
        new_id = into or f"{person_id}~{n + 1}"
        tables.add_decision("split", {"person": person_id, "into": new_id, "names": keys, "documents": documents}, note)
        if keys:
            tables.repoint_aliases(person_id, new_id, keys, rule=f"manual split from {person_id}")
        return new_id, update_graph(store, sorted(docs))
