"""Building the persisted graph from the store, incrementally, and loading it as networkx.

`update_graph(store, document_ids=None)` folds the findings of documents into the
graph tables: by default every document whose current extraction is not yet in the
graph (new, or re-extracted since), and removes the share of documents whose
extraction is gone. A re-extracted document first loses its old evidence (edges left
with none are dropped), then contributes again, so the graph never needs a full
rebuild; `full=True` starts from scratch (manual decisions are kept and re-applied).

`load_graph(store)` reads the tables into a `networkx.MultiDiGraph`: node attribute
`type` and `label`, edge attribute `type`, `confidence`, `first_seen`, `last_seen`,
`edge_id` (for `GraphTables.evidence`), plus each row's attrs. The types, their
endpoints and required attributes are the schema's (arahan.extract.graph.schema); every
row a build writes is checked against it (`schema.check_rows`).
"""

from __future__ import annotations

import gc
import multiprocessing
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

import orjson

from arahan.store.database import Store
from arahan.store.graph import GraphTables
from arahan.store.review import ReviewTables
from arahan.extract import review
from arahan.extract.graph import entities as E
from arahan.extract.graph import schema
from arahan.extract.graph.fold_process import FoldProcess
from arahan.extract.graph.incidents import Incident, IncidentIndex, incident_confidence
from arahan.extract.graph.resolve import Resolver
from arahan.extract.graph.tenure import holder_on, occupancies_from_edges, tenure_cues

if TYPE_CHECKING:  # networkx is imported where a graph is loaded: not in the bulk load's fold process
    import networkx as nx

CHUNK = 2000
BULK = 5000  # documents from which an empty graph is bulk-loaded
# Node types whose attributes settle after the first sighting: rewritten only when they change.
_SETTLED = {"Region", "Office", "TargetGroup", "Law", "Organization", "Person"}
# Words that open a title, not a name: an issuer "Pj Bupati Bojonegoro" is an office.
_TITLE_WORDS = {"bupati", "wakil", "wali", "walikota", "gubernur", "pj", "pjs", "plt", "plh", "penjabat", "sekda",
                "sekretaris", "camat", "lurah", "kepala", "ketua", "menteri", "kapolres", "kapolda", "dandim",
                "asisten", "deputi", "inspektur", "kadis", "kades", "direktur", "pelaksana", "mantan", "pemkab",
                "pemkot", "pemprov", "pemerintah", "kapolsek", "danrem", "pangdam", "sekjen", "dirjen", "kasat"}


class _Batch:
    """Nodes and edges gathered from a chunk of documents before one write.

    nodes: id -> [type, label, attrs]; edges: key -> (src, dst, type, attrs, by_doc), where by_doc
    maps each document to the position in `evidence` of the one evidence tuple it gives the edge
    (the first eight fields of an arahan.store.graph.Evidence). `evidence` holds each tuple once,
    in the order they were first used: a finding's evidence backs several edges (a directive's
    ISSUED, TARGETS, IN, CITES, REPORTED_BY), and a bulk load pickles and unpickles every one.
    Plain lists and tuples, not objects: a big build gathers millions of them.
    """

    def __init__(self) -> None:
        self.nodes: dict[str, list] = {}
        self.edges: dict[str, tuple[str, str, str, dict, dict]] = {}
        self.evidence: list[tuple] = []
        self._placed: dict[int, int] = {}  # id() of an evidence tuple -> its position (each stays alive in `evidence`)
        self._last: tuple | None = None    # a finding's edges come one after another: mostly the same tuple again
        self._last_at = -1

    def node(self, node_id: str, type_: str, label: str, **attrs) -> str:
        if None in attrs.values():
            attrs = {k: v for k, v in attrs.items() if v is not None}
        cur = self.nodes.get(node_id)
        if cur is None:
            self.nodes[node_id] = [type_, label or node_id, attrs]
        else:
            if label and len(label) > len(cur[1]):
                cur[1] = label
            cur[2].update(attrs)
        return node_id

    def edge(self, src: str, type_: str, dst: str, evidence: tuple | None, qualifier: str = "", **attrs) -> None:
        key = f"{src}|{type_}|{dst}|{qualifier}" if qualifier else f"{src}|{type_}|{dst}"
        if attrs and None in attrs.values():
            attrs = {k: v for k, v in attrs.items() if v is not None}
        e = self.edges.get(key)
        if e is None:  # the call's own attrs dict (a new one each call) becomes the edge's
            e = self.edges[key] = (src, dst, type_, attrs, {})
        elif attrs:
            e[3].update(attrs)
        if evidence is not None:
            by_doc = e[4]
            if evidence[0] not in by_doc:
                # Placed here rather than when the rows are made, which then need no loop over each
                # edge's evidence (the most common case costs one identity test).
                if evidence is self._last:
                    at = self._last_at
                else:
                    at = self._placed.get(id(evidence))
                    if at is None:
                        at = self._placed[id(evidence)] = len(self.evidence)
                        self.evidence.append(evidence)
                    self._last, self._last_at = evidence, at
                by_doc[evidence[0]] = at

    def has_evidence(self, key: str, document_id: int) -> bool:
        e = self.edges.get(key)
        return e is not None and document_id in e[4]


@dataclass
class _Rows:
    """Everything one chunk writes, as plain rows: folding makes them, `GraphBuilder.store_rows` writes them."""

    nodes: list = field(default_factory=list)
    # (key, src, dst, type, attrs, positions in `evidence`): ids and aggregates are left to the writer
    edges: list = field(default_factory=list)
    # The chunk's evidence tuples, each once: a finding's evidence backs several edges (a directive's
    # ISSUED, TARGETS, IN, CITES, REPORTED_BY), and the bulk load pickles and unpickles every one.
    evidence: list = field(default_factory=list)
    aliases: list = field(default_factory=list)
    incidents: list = field(default_factory=list)
    built: list = field(default_factory=list)


class GraphBuilder:
    """One build run: caches (aliases, incidents, region names) live for the run."""

    def __init__(self, store: Store, *, fresh: bool = False):
        self.store = store
        self.tables = GraphTables(store)
        self.write: Callable[[_Rows], None] = self.store_rows  # the bulk load's fold process sends them instead
        # fresh: the graph is known to be empty, so nothing is read from the graph tables (the bulk
        # load's fold process reads a snapshot that may still hold the graph its parent cleared).
        self.started_empty = fresh or self.tables.is_empty()
        self.next_edge = 1 if fresh else self.tables.next_edge_id()
        self.region_info, table_names = E.region_table()
        self.region_codes: dict[str, str] = dict(table_names)  # folded region name -> code
        for n in [] if fresh else self.tables.nodes(type_="Region"):
            if n["attrs"].get("code") and n["attrs"].get("name"):
                self.region_codes[E.slug(n["attrs"]["name"])] = n["attrs"]["code"]
        self.parents: dict[str, str] = {}  # region node -> the key of its PART_OF edge to its parent
        self.written: dict[str, tuple] = {}  # settled node -> (label length, attribute names) written
        # Edge key -> id, for the edges this run wrote or looked up: kept by the writer (in a bulk
        # load the parent process, which has idle time while the fold process works).
        self.edge_ids: dict[str, int] = {}
        # Evidence rows per edge id, while every edge was written by this run: each chunk's evidence
        # is new (one row per edge and document, and a document is folded once), so an edge's count
        # is known here and a merge need not count its rows in SQL. None: count in SQL.
        self.evidence_counts: dict[int, int] | None = {} if self.started_empty else None
        # Filling an empty graph: everything the run needs to look up it has learnt itself.
        self.resolver = Resolver(self.tables, lookup=not self.started_empty)
        self.incidents = IncidentIndex(self.tables, lookup=not self.started_empty)
        self.said: set[tuple] = set()  # (document, person, title) already folded from an official mention
        self.touched_offices: set[str] = set()
        self.touched_directives: set[str] = set()
        self.stats = {"documents": 0, "removed": 0, "mentions": 0, "directives": 0, "incidents_new": 0}

    # ------------------------------------------------------------ removal
    def remove(self, document_ids: list[int]) -> None:
        if not document_ids:
            return
        edges = self.tables.remove_documents(document_ids)
        reported = [e["src"] for e in self.tables.edges_into([f"article:{d}" for d in document_ids], "REPORTED_BY")]
        ends = self.tables.recompute_edges(edges)
        ends.update(f"article:{d}" for d in document_ids)
        self.touched_directives.update(reported)
        self.touched_offices.update(n for n in ends if n.startswith("office:"))
        self.tables.drop_orphans(ends)
        self.tables.unmark_built(document_ids)
        self.stats["removed"] += len(document_ids)

    # ------------------------------------------------------------ adding
    def add(self, document_ids: list[int]) -> None:
        docs = self.tables.source_documents(document_ids)
        mentions = self.tables.source_mentions(document_ids)
        directives = self.tables.source_directives(document_ids)
        # Reviewers' decisions: rejected findings never reach the graph, corrected ones arrive corrected.
        mentions, directives = review.apply(ReviewTables(self.store), mentions, directives)
        batch = _Batch()
        for doc in docs.values():
            batch.node(f"article:{doc['id']}", "Article", doc.get("title") or doc.get("canonical_url") or str(doc["id"]),
                       url=doc.get("canonical_url"), outlet=doc.get("outlet"), published=_day(doc.get("published")),
                       story_id=doc.get("story_id"), document_id=doc["id"])
        # Regions first: they teach name -> code for the officials of the same chunk.
        for m in mentions:
            if m["kind"] == "region":
                self._guarded(self._region, batch, m, docs[m["document_id"]])
        if self.resolver.lookup:  # filling an empty graph, there is nothing stored to prefetch
            anchors, names = set(), set()
            for region, code, org, name in [(m["region"], m["region_code"], m["org"], m["name"]) for m in mentions
                                             if m["kind"] == "official"] + \
                    [(d["issuer_region"], d["issuer_region_code"], None, d["issuer"]) for d in directives]:
                anchor = self.anchor(region, code, org)
                anchors.add(anchor)
                if not anchor:  # rule 3 looks for the name in every jurisdiction
                    names.add(E.name_key(name or ""))
            self.resolver.prefetch(anchors, names)
        people: dict[tuple[int, str], str] = {}  # (document, name key) -> person id
        for m in mentions:
            if m["kind"] == "official":
                self._guarded(self._official, batch, m, docs[m["document_id"]], people)
            elif m["kind"] == "organization" and m["name"]:
                name = E.canonical_org(m["name"])
                full = m["attrs"].get("full")
                batch.node(E.org_id(name), "Organization", name, full_name=full if isinstance(full, str) else None)
        per_doc: dict[int, int] = {}
        for d in directives:
            index = per_doc[d["document_id"]] = per_doc.get(d["document_id"], -1) + 1  # stable id per article
            self._guarded(self._directive, batch, d, index, docs[d["document_id"]], people)
        rows = self._rows(batch)
        rows.aliases = self.resolver.take_dirty()
        rows.incidents = self.incidents.take_dirty()
        rows.built = list(document_ids)
        self.write(rows)
        self.said.clear()
        self.stats["documents"] += len(document_ids)
        self.stats["mentions"] += len(mentions)
        self.stats["directives"] += len(directives)

    def _guarded(self, fold, batch: _Batch, finding: dict, *args) -> None:
        """Fold one finding; a malformed one is counted and skipped, never stops the build."""
        try:
            fold(batch, finding, *args)
        except (TypeError, ValueError, KeyError, AttributeError) as exc:
            self.stats["skipped_findings"] = self.stats.get("skipped_findings", 0) + 1
            notes = self.stats.setdefault("notes", [])
            if len(notes) < 5:
                notes.append(f"document {finding.get('document_id')}: {type(exc).__name__}: {exc}")

    def anchor(self, region: str | None, code: str | None, org: str | None) -> str:
        """A person's jurisdiction: region code (or name key), else organisation id, else ''."""
        key = self._region_key(region, code)
        if key:
            return key
        if org:
            return E.org_id(org)
        return ""

    def _region_key(self, name: str | None, code: str | None) -> str | None:
        if code:
            return str(code)
        if name:
            return self.region_codes.get(E.slug(name)) or E.slug(name)
        return None

    def _region(self, batch: _Batch, m: dict, doc: dict) -> None:
        code = m["region_code"]
        name = m["name"] or m["region"]
        if code and name:
            self.region_codes.setdefault(E.slug(name), code)
        key = self._region_key(name, code)
        if not key:
            return
        parent = m["attrs"].get("parent")
        self._region_node(batch, key, name, _evidence(m, doc, _day(doc.get("published"))),
                          level=m["attrs"].get("level"), parent=parent if isinstance(parent, str) else None)

    def _region_node(self, batch: _Batch, key: str, name: str | None, ev: tuple | None,
                     level: str | None = None, parent: str | None = None) -> str:
        """A region node, with PART_OF up to its province (from the Kemendagri table or the finding)."""
        rid = "region:" + key
        if rid in batch.nodes:  # the common case: only evidence may be new
            part_of = self.parents.get(rid)
            if ev is None or part_of is None or batch.has_evidence(part_of, ev[0]):
                return rid
        info = self.region_info.get(key)
        if info:
            batch.node(rid, "Region", info[0], name=info[0], code=key, level=info[1])
            pkey = info[2]
        else:
            is_code = bool(re.fullmatch(r"\d+(\.\d+)*", key))
            batch.node(rid, "Region", name or key, name=name, code=key if is_code else None,
                       level=level or E.region_level(key if is_code else None, name))
            pkey = (parent if parent and re.fullmatch(r"\d+(\.\d+)*", parent) else self._region_key(parent, None)) \
                if parent else (E.parent_code(key) if is_code else None)
        if pkey and pkey != key:
            prid = "region:" + pkey
            self.parents[rid] = f"{rid}|PART_OF|{prid}"
            if ev is not None:
                self._region_node(batch, pkey, None if pkey == parent else parent, ev)
                batch.edge(rid, "PART_OF", prid, ev)
        return rid

    def _office(self, batch: _Batch, title: str, region: str | None, code: str | None, org: str | None,
                ev: tuple | None) -> tuple[str, str | None]:
        base, acting, _ = E.split_title(title)
        key = self._region_key(region, code)
        jurisdiction = key or (E.org_id(org).split(":", 1)[1] if org else None)
        oid = E.office_id(base, jurisdiction)
        where = region or (E.canonical_org(org) if org else None)
        batch.node(oid, "Office", f"{base} {where}" if where else base, title=base, region_key=key,
                   org=E.canonical_org(org) if org else None)
        if key:
            batch.edge(oid, "OF", self._region_node(batch, key, region, ev), ev)
        elif org:
            name = E.canonical_org(org)
            batch.edge(oid, "OF", batch.node(E.org_id(name), "Organization", name), ev)
        self.touched_offices.add(oid)
        return oid, acting

    def _official(self, batch: _Batch, m: dict, doc: dict, people: dict) -> None:
        seen = _day(doc.get("published"))
        ev = _evidence(m, doc, seen)
        conf = _confidence(m["confidence"], 0.8)
        oid = acting = None
        if m["title"]:
            oid, acting = self._office(batch, m["title"], m["region"], m["region_code"], m["org"], ev)
        if not m["name"]:
            return  # title-only: the office is known, the person is left to tenure
        anchor = self.anchor(m["region"], m["region_code"], m["org"])
        res = self.resolver.resolve(m["name"], m["title"], anchor, doc["id"])
        if res is None:
            return
        display, honorifics = E.split_name(m["name"])
        attrs = m["attrs"] or {}
        batch.node(res.person_id, "Person", display, name=display, anchor=anchor or None,
                   honorifics=list(attrs.get("honorifics") or honorifics) or None, reviewed=m.get("reviewed"))
        people[(doc["id"], E.name_key(m["name"]))] = res.person_id
        for alias in attrs.get("aliases") or ():
            if isinstance(alias, str):
                self.resolver.learn_alias(alias, m["title"], anchor, res.person_id, display)
                people[(doc["id"], E.name_key(alias))] = res.person_id
        if m["title"]:
            self.said.add((doc["id"], res.person_id, m["title"]))
        if oid:
            former = bool(attrs.get("former")) or E.split_title(m["title"])[2]
            batch.edge(res.person_id, "HOLDS", oid, (*ev[:7], conf * res.confidence), qualifier=acting or "",
                       acting=acting, title=m["title"], resolution=res.rule,
                       **tenure_cues(m.get("sentence"), seen, former))

    def _issuer(self, batch: _Batch, d: dict, doc: dict, people: dict, ev: tuple) -> tuple[str | None, float]:
        """The issuer node of a directive and the confidence of that resolution."""
        issuer, title = (d["issuer"] or "").strip(), d["issuer_title"]
        key = E.name_key(issuer)
        if key and (doc["id"], key) in people:
            pid = people[(doc["id"], key)]
        elif issuer and title and not _looks_like_title(issuer) and (res := self.resolver.resolve(
                issuer, title, self.anchor(d["issuer_region"], d["issuer_region_code"], None), doc["id"])):
            pid = res.person_id
            display = E.split_name(issuer)[0]
            batch.node(pid, "Person", display, name=display,
                       anchor=self.anchor(d["issuer_region"], d["issuer_region_code"], None) or None)
        elif title:  # an office named without a person, or a name too ambiguous to resolve
            oid, acting = self._office(batch, title, d["issuer_region"], d["issuer_region_code"], None, ev)
            batch.nodes[oid][2]["title_only"] = True
            return oid, 1.0
        elif issuer:
            name = E.canonical_org(issuer)
            return batch.node(E.org_id(name), "Organization", name), 1.0
        else:
            return None, 0.0
        if pid and title and (doc["id"], pid, title) not in self.said:  # else the official's mention said it
            oid, acting = self._office(batch, title, d["issuer_region"], d["issuer_region_code"], None, ev)
            key = f"{pid}|HOLDS|{oid}" + (f"|{acting}" if acting else "")
            if not batch.has_evidence(key, doc["id"]):  # the official's own mention usually said it already
                batch.edge(pid, "HOLDS", oid, ev, qualifier=acting or "", acting=acting, title=title,
                           **tenure_cues(d.get("sentence"), ev[6]))
        return pid, 1.0

    def _directive(self, batch: _Batch, d: dict, index: int, doc: dict, people: dict) -> None:
        if not d["type"]:  # the schema requires a Directive's type: a finding without one is skipped
            raise ValueError("a directive without a type")
        published = _day(doc.get("published"))
        when = _day(d["date"]) or published
        conf = _confidence(d["confidence"], 0.7)
        ev = _evidence(d, doc, when, conf)
        issuer, issuer_conf = self._issuer(batch, d, doc, people, ev)
        targets = {E.target_id(t): E.normalise_target(t) for t in d["targets"] or [] if t and t.strip()}
        target_ids = set(targets)
        issuer_key = issuer or f"anon:{doc['id']}"
        inc = self.incidents.match(issuer_key, d["type"], when, target_ids, doc["id"])
        if inc is None:
            inc = Incident(f"directive:d{doc['id']}.{index}", issuer_key, d["type"], when, set(target_ids))
            self.incidents.add(inc)
            self.stats["incidents_new"] += 1
        self.incidents.report(inc, target_ids, doc["id"], doc.get("outlet"), doc.get("story_id"), conf)
        did = inc.id
        self.touched_directives.add(did)
        laws = [E.normalise_law(x) for x in d["legal_basis"] or [] if x and str(x).strip()]
        rkey = self._region_key(d["issuer_region"], d["issuer_region_code"])
        summary = d["summary"] if d["summary"] and len(d["summary"]) <= 100 else None
        label = summary or (d["summary"] and d["summary"][:99] + "…") or " ".join(filter(None, (d["type"], d["cue"] and f"'{d['cue']}'", d["issuer"] and f"by {d['issuer']}", when)))
        batch.node(did, "Directive", label,
                   directive_type=d["type"], date=inc.date, date_precision=d["date_precision"], cue=d["cue"],
                   summary=d["summary"], place=d["place"], issuer=issuer, issuer_label=d["issuer"],
                   targets=sorted(targets.values()) or None, legal_basis=laws or None, region_key=rkey,
                   reviewed=d.get("reviewed"))
        if issuer:
            acting = E.split_title(d["issuer_title"])[1] if issuer.startswith("office:") else None
            batch.edge(issuer, "ISSUED", did, (*ev[:7], conf * issuer_conf), cue=d["cue"], issuer_text=d["issuer"],
                       acting=acting)
            if issuer.startswith("office:"):
                self.touched_offices.add(issuer)
        for tid, label in targets.items():
            if tid not in batch.nodes:
                batch.node(tid, "TargetGroup", label)
            batch.edge(did, "TARGETS", tid, ev)
        if rkey:
            batch.edge(did, "IN", self._region_node(batch, rkey, d["issuer_region"], ev), ev)
        for law in laws:
            lid = batch.node(E.law_id(law), "Law", law)
            batch.edge(did, "CITES", lid, ev)
        attrs = d.get("attrs") or {}
        if attrs.get("instrument"):
            # The instrument the directive was issued in: the same Law node for the story that reports
            # it and for the letter itself (whose node then knows its document, for the reader).
            own = {"document_id": doc["id"], "url": doc.get("canonical_url")} if attrs.get("instrument_key") else {}
            lid = batch.node(E.law_id(attrs["instrument"]), "Law", E.normalise_law(attrs["instrument"]), **own)
            batch.edge(did, "CITES", lid, ev, qualifier="instrument", role="instrument")
        batch.edge(did, "REPORTED_BY", f"article:{doc['id']}", ev)  # the outlet is on the Article node

    # ------------------------------------------------------------ writing
    def _rows(self, batch: _Batch) -> _Rows:
        """What a folded chunk writes: its changed nodes, and its edges with their evidence."""
        edges = [(key, src, dst, type_, attrs, [*by_doc.values()])
                 for key, (src, dst, type_, attrs, by_doc) in batch.edges.items()]
        return _Rows(nodes=list(self._changed_nodes(batch)), edges=edges, evidence=batch.evidence)

    def store_rows(self, rows: _Rows) -> None:
        """Write one chunk's rows."""
        t = self.tables
        new_edges, merged_edges, evidence = self._edge_rows(rows.edges, rows.evidence)
        # What a run writes must fit the schema: a violation stops it and its transaction rolls back.
        schema.check_rows(rows.nodes, new_edges)
        t.upsert_nodes(rows.nodes)
        t.insert_edges(new_edges)
        t.merge_edges(merged_edges)
        t.insert_evidence(evidence)
        if merged_edges and self.evidence_counts is None:
            t.count_evidence([r[0] for r in merged_edges])
        t.upsert_aliases(rows.aliases)
        t.upsert_incidents(rows.incidents)
        t.mark_built(rows.built)

    def _edge_rows(self, edges: list[tuple], found: list[tuple]) -> tuple[list, list, list]:
        """Rows of new edges, of updates to known ones, and of evidence: an edge's confidence and
        first/last seen come from the evidence of this chunk (the SQL merges them with what it had).
        Edge ids are given here, in the order the chunks were folded."""
        ids = self.edge_ids
        if not self.started_empty:
            ids.update(self.tables.edge_ids([r[0] for r in edges if r[0] not in ids]))
        next_edge = self.next_edge
        counts = self.evidence_counts
        new_rows, merge_rows, evidence = [], [], []
        add = evidence.append
        for key, src, dst, type_, attrs, evs in edges:
            eid = ids.get(key)
            is_new = eid is None
            if is_new:
                eid = ids[key] = next_edge
                next_edge += 1
            first = last = conf = None
            for i in evs:  # Evidence's fields: (document_id, sentence, start, end, sent_start, sent_end, seen, confidence)
                x = found[i]
                seen, c = x[6], x[7]
                if seen and (first is None or seen < first):
                    first = seen
                if seen and (last is None or seen > last):
                    last = seen
                if c is not None and (conf is None or c > conf):
                    conf = c
                add((eid, *x))
            if is_new:
                attrs["n_evidence"] = len(evs)
                if counts is not None:
                    counts[eid] = len(evs)
                new_rows.append((eid, key, src, dst, type_, conf, first, last, attrs))
            else:
                if counts is not None:  # the merge sets the count (the stored attrs have it already: same place)
                    attrs["n_evidence"] = counts[eid] = counts[eid] + len(evs)
                merge_rows.append((eid, conf, first, last, attrs))
        self.next_edge = next_edge
        return new_rows, merge_rows, evidence

    def _changed_nodes(self, batch: _Batch):
        """Nodes to write: new ones, and known ones with a longer label or attributes not written yet."""
        for node_id, (type_, label, attrs) in batch.nodes.items():
            if type_ == "Directive":
                attrs.update(self.incidents.summary_now(node_id))
            if type_ in _SETTLED:
                known = self.written.get(node_id)
                if known is not None and len(label) <= known[0] and known[1].issuperset(attrs):
                    continue
                self.written[node_id] = (len(label), frozenset(attrs))
            yield node_id, type_, label, attrs

    # ------------------------------------------------------------ after all chunks
    def handover(self) -> dict:
        """What `finish` needs from a run whose chunks were folded here but written elsewhere."""
        return {"stats": self.stats, "touched_offices": sorted(self.touched_offices),
                "touched_directives": self._unfinished_incidents()}

    def adopt(self, handover: dict) -> None:
        """Take over the state of a fold run elsewhere (the bulk load's fold process) to finish it here."""
        self.stats = handover["stats"]
        self.touched_offices = set(handover["touched_offices"])
        self.touched_directives = set(handover["touched_directives"])

    def finish(self) -> None:
        self._refresh_incidents()
        self._resolve_title_only()

    def _refresh_incidents(self) -> None:
        """Source counts of the incidents this run touched and did not already write in full."""
        reports: dict[str, list[dict]] = {}
        for r in self.tables.incident_reports(self._unfinished_incidents()):
            reports.setdefault(r["directive"], []).append(r)
        self.tables.set_node_attrs((i, incident_confidence(rs)) for i, rs in reports.items())

    def _unfinished_incidents(self) -> list[str]:
        return sorted(i for i in self.touched_directives if not self.incidents.summary_is_final(i))

    def _resolve_title_only(self) -> None:
        """Link title-only issuers to the person holding the office on the directive's date."""
        offices = sorted(self.touched_offices)
        if not offices:
            return
        issued = self.tables.edges_between(offices, "ISSUED")
        if not issued:
            return
        holds: dict[str, list[dict]] = {}
        for e in self.tables.edges_into(offices, "HOLDS"):
            holds.setdefault(e["dst"], []).append(e)
        directive_ids = sorted({e["dst"] for e in issued})
        # What tenure said before, so that unchanged answers are not rewritten.
        before = {(e["attrs"].get("office"), e["dst"]): e
                  for e in self.tables.edges_into(directive_ids, "ISSUED", via="tenure")}
        dates = self.tables.node_attr(directive_ids, "date")  # the directives that exist, with their date
        occupancies = {office: occupancies_from_edges(edges) for office, edges in holds.items()}
        new_rows, copies, stale = [], [], []
        for e in issued:
            occ = occupancies.get(e["src"])
            found = holder_on(occ, dates[e["dst"]], e["attrs"].get("acting")) if occ and e["dst"] in dates else None
            old = before.pop((e["src"], e["dst"]), None)
            row = None
            if found:
                person, tconf = found
                row = (f"{person}|ISSUED|{e['dst']}|tenure", person, e["dst"], "ISSUED",
                       round((e["confidence"] or 0.7) * tconf, 4), e["first_seen"], e["last_seen"],
                       {"via": "tenure", "office": e["src"], "tenure_confidence": tconf,
                        "n_evidence": e["attrs"].get("n_evidence", 1)})
            if old is not None and row is not None and (old["key"], old["confidence"], old["first_seen"],
                                                         old["last_seen"], old["attrs"]) == \
                    (row[0], row[4], row[5], row[6], row[7]):
                continue
            if old is not None:
                stale.append(old["id"])
            if row is not None:
                eid = self.next_edge
                self.next_edge += 1
                new_rows.append((eid, *row))
                copies.append((eid, e["id"]))
        stale.extend(e["id"] for e in before.values())  # their office no longer issued it
        schema.check_rows((), new_rows)
        self.tables.delete_edges(stale)
        self.tables.insert_edges(new_rows)
        self.tables.copy_evidence(copies)


@lru_cache(maxsize=1 << 16)
def _looks_like_title(text: str) -> bool:
    first = E.fold(text).split(" ", 1)[0].strip(".,()")
    return first in _TITLE_WORDS


def _confidence(value, default: float) -> float:
    """A finding's confidence as a number in [0, 1]; anything else gets the default."""
    if type(value) is float:  # what the store gives back: one test, not the chain below (every finding)
        return value if 0 <= value <= 1 else default
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= value <= 1:
        return float(value)
    return default


@lru_cache(maxsize=1 << 16)
def _day(value: str | None) -> str | None:
    if not value:
        return None
    text = str(value)[:10]
    return text if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text) else (text if re.fullmatch(r"\d{4}(-\d{2})?", text) else None)


def _evidence(row: dict, doc: dict, seen: str | None, conf: float | None = None) -> tuple:
    """A finding's evidence: the first eight fields of an Evidence record (arahan.store.graph), as a
    plain tuple, since a bulk build pickles millions of them from its fold process (where the
    record's class name would be written with each one); the store reads them back as Evidence."""
    get = row.get
    c = conf if conf is not None else _confidence(get("confidence"), 0.8)
    sent_start = get("sent_start")
    # With offsets the sentence is cut from the document when read: not stored once per edge.
    sentence = get("sentence") if sent_start is None else None
    start = get("start_char")
    # -1: no cue offsets (how graph_evidence stores it), given here once rather than per edge when written.
    return (doc["id"], sentence, -1 if start is None else start, get("end_char"), sent_start,
            get("sent_end"), seen, c if c is not None else 0.8)


# ---------------------------------------------------------------- public API
def update_graph(store: Store, document_ids=None, *, full: bool = False, chunk: int = CHUNK,
                 progress: Callable[[int, int], None] | None = None) -> dict:
    """Bring the persisted graph up to date with the store's extractions.

    document_ids: only these documents (re-read even if already built); None: every
    document whose current extraction is not in the graph yet, plus removal of the
    share of documents whose extraction disappeared. full: forget the built graph
    first (manual decisions stay and are re-applied). Returns counts of what was done.
    progress(done, total) is called after each chunk.
    """
    tables = GraphTables(store)
    tables.tune_for_bulk()
    # Inside a caller's transaction, findings it has not committed are invisible to other processes.
    committed = not store.conn.in_transaction
    with store.transaction(), without_cyclic_gc():
        if full:
            tables.clear()
        if document_ids is None:
            ids, gone = tables.documents_to_build()
        else:
            wanted = sorted({int(i) for i in document_ids})
            have = tables.extracted_among(wanted)
            ids = [i for i in wanted if i in have]
            gone = sorted(tables.built_documents([i for i in wanted if i not in have]))
        builder = GraphBuilder(store)
        builder.remove(sorted(set(gone) | tables.built_documents(ids)))
        if len(ids) >= BULK and builder.started_empty and committed and _can_fold_elsewhere(store):
            # Filling an empty graph: the fold runs in a second process while this one writes (see
            # fold_process). The secondary indexes are kept up as rows arrive, not dropped and built
            # again at the end: the fold process is the slower side, so the writer has time to spare
            # while it works, whereas a build after the fold is on the critical path (at 100,000
            # articles building the edges' type and the evidence's document index there took 2-2.5 s,
            # reading both tables again; kept up, they cost the writer 1.5-2 s more).
            done = 0
            with FoldProcess(store.path, ids, chunk) as fold:
                for rows in fold.chunks():
                    builder.store_rows(rows)
                    done += len(rows.built)
                    if progress:
                        progress(done, len(ids))
                builder.adopt(fold.handover)
        else:
            for start in range(0, len(ids), chunk):
                builder.add(ids[start:start + chunk])
                if progress:
                    progress(min(start + chunk, len(ids)), len(ids))
        builder.finish()
    return builder.stats


def _can_fold_elsewhere(store: Store) -> bool:
    """Whether a child process can fold: the store is a file it can open, and this process may
    start children (a daemonic one, such as a multiprocessing pool's worker, may not)."""
    path = str(getattr(store, "path", "") or "")
    on_disk = bool(path) and path != ":memory:" and not path.startswith("file:")
    return on_disk and not multiprocessing.current_process().daemon


@contextmanager
def without_cyclic_gc() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for a build.

    A build keeps millions of small objects alive (edges, evidence, alias rows) and makes
    few reference cycles; each full collection walks all of them, so with the collector on
    a big build grows quadratically. Reference counting still frees everything as usual.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def load_graph(store: Store) -> nx.MultiDiGraph:
    """The whole persisted graph as a networkx MultiDiGraph (edge keys are the stored edge keys)."""
    import networkx as nx

    tables = GraphTables(store)
    G = nx.MultiDiGraph()
    for node_id, type_, label, attrs in tables.iter_nodes():
        data = orjson.loads(attrs) if attrs else {}
        data["type"] = type_
        data["label"] = label
        G.add_node(node_id, **data)
    # Millions of edges repeat a few attribute texts and dates: parse each once, share the strings.
    parsed: dict[str, dict] = {}
    shared: dict[str, str] = {n: n for n in G}
    for eid, key, src, dst, type_, conf, first, last, attrs in tables.iter_edges():
        if attrs is None:
            data = {}
        elif len(attrs) < 40:
            base = parsed.get(attrs)
            if base is None:
                base = parsed[attrs] = orjson.loads(attrs)
            data = dict(base)
        else:
            data = orjson.loads(attrs)
        src, dst = shared.get(src, src), shared.get(dst, dst)  # the node's own id string, not a copy
        data.update(type=shared.setdefault(type_, type_), confidence=conf,
                    first_seen=first and shared.setdefault(first, first),
                    last_seen=last and shared.setdefault(last, last), edge_id=eid)
        G.add_edge(src, dst, key=key, **data)
    return G
