"""Reviewers' decisions on findings: accept, reject or correct, kept across re-extraction and rebuilds.

A finding is named by its evidence, never by its row id (re-extraction replaces the rows):
a decision matches the finding of the same document and kind whose evidence span is the
same, or, when the text moved (a re-fetched page), whose evidence text and sentence are
the same. The newest decision on one piece of evidence wins. `apply` is what the graph
build calls on the findings it reads, so rejected findings leave the graph and every count
drawn from it, and corrected ones carry the correction and a `reviewed` mark. A decision
that matches no current finding is kept and reported as orphaned.

`export_gold` writes the reviewed articles in the gold schema of ../shared/eval/SCHEMA.md
(unreviewed findings of a reviewed article count as accepted), so `arahan eval --gold DIR`
measures the extractor against the reviewers.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from arahan.store.database import Store
from arahan.store.review import ReviewTables

DECISIONS = ("accept", "reject", "correct")
DIRECTIVE_TYPES = ("appeal", "instruction", "prohibition", "sanction_warning", "policy", "oversight")
EDITABLE = {
    "directive": ("type", "issuer", "issuer_title", "issuer_region", "targets", "date"),
    "official": ("name", "title", "region"),
    "region": ("name",),
    "organization": ("name",),
}
MARKS = {"accept": "accepted", "correct": "corrected"}
_HANDLE = re.compile(r"^([dm])(\d+)$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class ReviewError(ValueError):
    """A review that cannot be recorded; the message (one line) says why."""


# ---------------------------------------------------------------- handles and evidence
def handle(finding: dict) -> str:
    """The short name `arahan review` uses for a current finding: d<directive id>, m<mention id>."""
    return ("d" if "cue" in finding else "m") + str(finding["id"])


def kind_of(finding: dict) -> str:
    return "directive" if "cue" in finding else finding["kind"]


def evidence_text(finding: dict) -> str | None:
    return finding.get("cue") if "cue" in finding else (finding.get("text") or finding.get("name"))


def _norm(text: str | None) -> str:
    return " ".join((text or "").lower().split())


def matches(decision: dict, finding: dict) -> bool:
    """Whether a decision names this finding (same document and kind assumed by the caller)."""
    if decision["start_char"] is not None and decision["start_char"] == finding.get("start_char") \
            and decision["end_char"] == finding.get("end_char"):
        return True
    if _norm(decision["evidence"]) != _norm(evidence_text(finding)):
        return False
    seen = decision["finding"]
    if "cue" in finding:  # a directive: the same cue in the same sentence
        return bool(seen.get("sentence")) and _norm(seen.get("sentence")) == _norm(finding.get("sentence"))
    return _norm(seen.get("name")) == _norm(finding.get("name"))


def newest(decisions: list[dict]) -> list[dict]:
    """The decisions in force: the newest one per (document, kind, evidence)."""
    latest: dict[tuple, dict] = {}
    for d in sorted(decisions, key=lambda d: d["id"]):
        latest[(d["document_id"], d["kind"], d["start_char"], d["end_char"], _norm(d["evidence"]))] = d
    return sorted(latest.values(), key=lambda d: d["id"])


def _decision_for(finding: dict, kind: str, decisions: list[dict]) -> dict | None:
    for d in reversed(decisions):  # newest first
        if d["kind"] == kind and matches(d, finding):
            return d
    return None


# ---------------------------------------------------------------- applying
def corrected(finding: dict, kind: str, changes: dict) -> dict:
    """A copy of a finding with a reviewer's changes (row or gold field names)."""
    out = dict(finding)
    for field_, value in changes.items():
        if kind == "region" and field_ == "name":
            out["name"] = out["region"] = value
            out["region_code"] = region_code(value) or out.get("region_code")
        elif kind == "directive" and field_ == "issuer_region":
            out["issuer_region"] = value
            out["issuer_region_code"] = region_code(value)
        elif kind == "official" and field_ == "region":
            out["region"] = value
            out["region_code"] = region_code(value)
        else:
            out[field_] = value
    return out


def apply(tables: ReviewTables, mentions: list[dict], directives: list[dict]) -> tuple[list[dict], list[dict]]:
    """The findings with the decisions in force applied: rejected ones gone, corrected ones changed,
    every reviewed one marked (`reviewed`: accepted | corrected)."""
    # No decision at all (a store nobody reviewed): nothing to look up for these findings (a graph
    # build asks for every chunk of 2,000 documents).
    if not tables.available() or not tables.has_decisions():
        return mentions, directives
    docs = {f["document_id"] for f in mentions} | {f["document_id"] for f in directives}
    if not docs:
        return mentions, directives
    by_doc: dict[int, list[dict]] = {}
    for d in newest(tables.of_documents(docs)):
        by_doc.setdefault(d["document_id"], []).append(d)
    if not by_doc:
        return mentions, directives

    def fold(findings: list[dict]) -> list[dict]:
        out = []
        for f in findings:
            decisions = by_doc.get(f["document_id"])
            kind = kind_of(f)
            d = _decision_for(f, kind, decisions) if decisions else None
            if d is None:
                out.append(f)
            elif d["decision"] != "reject":
                f = corrected(f, kind, d["changes"]) if d["decision"] == "correct" else dict(f)
                f["reviewed"] = MARKS[d["decision"]]
                out.append(f)
        return out

    return fold(mentions), fold(directives)


def region_code(name: str | None) -> str | None:
    if not name:
        return None
    from arahan.extract.gazetteer.table import RegionTable

    region = RegionTable.load().by_name.get(name)
    return region.code if region else None


# ---------------------------------------------------------------- recording
def _changes(kind: str, pairs: dict[str, str]) -> dict:
    allowed = EDITABLE[kind]
    out: dict = {}
    for field_, value in pairs.items():
        if field_ not in allowed:
            raise ReviewError(f"a {kind} has no field {field_!r} to correct; choose from {', '.join(allowed)}")
        value = value.strip()
        if field_ == "type" and value not in DIRECTIVE_TYPES:
            raise ReviewError(f"unknown directive type {value!r}; choose from {', '.join(DIRECTIVE_TYPES)}")
        if field_ == "date" and value and not _DATE.match(value):
            raise ReviewError(f"date {value!r} is not YYYY-MM-DD, YYYY-MM or YYYY")
        if value and (field_ in ("issuer_region", "region") or (kind == "region" and field_ == "name")) \
                and region_code(value) is None:
            raise ReviewError(f"unknown region {value!r}: write its canonical name, e.g. 'Kabupaten Malang', "
                              "'Kota Surabaya', 'Provinsi Jawa Timur'")
        if field_ == "targets":
            out["targets"] = [t.strip() for t in value.split(",") if t.strip()]
        elif field_ == "date":
            out["date"] = value or None
            out["date_precision"] = {10: "day", 7: "month", 4: "year"}.get(len(value))
        else:
            out[field_] = value or None
    if not out:
        raise ReviewError("say what to correct: --set FIELD=VALUE (e.g. --set type=instruction)")
    return out


def find(tables: ReviewTables, ref: str) -> tuple[str, dict]:
    """(kind, finding row) of a handle such as d12 or m40."""
    m = _HANDLE.match(ref.strip().lower())
    if not m:
        raise ReviewError(f"{ref!r} is not a finding: use the d<number> or m<number> that `arahan review list` shows")
    row = tables.finding_by_handle("directives" if m.group(1) == "d" else "mentions", int(m.group(2)))
    if row is None:
        raise ReviewError(f"no finding {ref} in the store (re-extraction renumbers findings: run `arahan review list`)")
    for col in ("targets", "legal_basis", "attrs"):
        if isinstance(row.get(col), str):
            row[col] = json.loads(row[col])
    return ("directive" if m.group(1) == "d" else row["kind"]), row


def record(store: Store, ref: str, decision: str, *, changes: dict[str, str] | None = None,
           reviewer: str | None = None, note: str | None = None, update_graph: bool = True) -> dict:
    """Store one decision on the finding `ref` and bring the graph of its article up to date."""
    if decision not in DECISIONS:
        raise ReviewError(f"unknown decision {decision!r}; choose from {', '.join(DECISIONS)}")
    tables = ReviewTables(store)
    kind, row = find(tables, ref)
    fixed = _changes(kind, changes or {}) if decision == "correct" else {}
    doc = tables.document_header(row["document_id"])
    review_id = tables.add({
        "document_id": row["document_id"], "canonical_url": doc and doc["canonical_url"], "kind": kind,
        "start_char": row.get("start_char"), "end_char": row.get("end_char"), "sent_start": row.get("sent_start"),
        "sent_end": row.get("sent_end"), "evidence": evidence_text(row), "finding": _seen(row),
        "decision": decision, "changes": fixed or None, "reviewer": reviewer, "note": note,
    })
    stats = {}
    if update_graph and tables.graph_holds(row["document_id"]):
        from arahan.extract.graph.build import update_graph as rebuild

        stats = rebuild(store, [row["document_id"]])
    return {"id": review_id, "kind": kind, "document_id": row["document_id"], "changes": fixed, "graph": stats}


def _seen(row: dict) -> dict:
    keep = ("type", "issuer", "issuer_title", "issuer_region", "targets", "date", "cue", "sentence", "summary",
            "kind", "text", "name", "title", "region", "region_code", "org")
    return {k: row.get(k) for k in keep if row.get(k) not in (None, "", [])}


# ---------------------------------------------------------------- reading
def findings_with_state(tables: ReviewTables, document_id: int) -> list[dict]:
    """A document's current findings, each with its handle, kind and the decision in force (or None)."""
    current = tables.findings(document_id)
    decisions = newest(tables.of_documents([document_id]))
    out = []
    for f in current["directives"] + current["mentions"]:
        kind = kind_of(f)
        out.append({**f, "handle": handle(f), "finding_kind": kind, "decision": _decision_for(f, kind, decisions)})
    return out


def decisions_with_state(tables: ReviewTables) -> list[dict]:
    """Every decision with its state: applied, superseded (a newer one on the same evidence) or orphaned."""
    everything = tables.of_documents()
    in_force = {d["id"] for d in newest(everything)}
    by_doc: dict[int, dict] = {}
    for d in everything:
        if d["document_id"] not in by_doc:
            by_doc[d["document_id"]] = tables.findings(d["document_id"])
        found = by_doc[d["document_id"]]
        candidates = found["directives"] if d["kind"] == "directive" else \
            [m for m in found["mentions"] if m["kind"] == d["kind"]]
        match = next((f for f in candidates if matches(d, f)), None)
        d["state"] = "orphaned" if match is None else ("applied" if d["id"] in in_force else "superseded")
        d["handle"] = handle(match) if match else None
    return everything


def orphaned(tables: ReviewTables) -> list[dict]:
    return [d for d in decisions_with_state(tables) if d["state"] == "orphaned"]


# ---------------------------------------------------------------- gold export
def export_gold(store: Store, out: Path) -> list[Path]:
    """One SCHEMA.md gold file per reviewed article (reviews applied); returns the files written."""
    tables = ReviewTables(store)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for doc_id in tables.reviewed_documents():
        doc = tables.document_header(doc_id)
        if doc is None:
            continue
        current = tables.findings(doc_id)
        mentions, directives = apply(tables, current["mentions"], current["directives"])
        decisions = newest(tables.of_documents([doc_id]))
        item = {
            "id": f"store{doc_id}", "url": doc["canonical_url"], "outlet": doc["outlet"], "title": doc["title"],
            "published": (doc["published"] or "")[:10] or None, "text": doc["text"] or "",
            "gold": {
                "officials": [{"name": m["name"], "title": m["title"], "region": m["region"], "org": m["org"]}
                              for m in mentions if m["kind"] == "official" and not (m["attrs"] or {}).get("former")],
                "regions": sorted({m["name"] for m in mentions if m["kind"] == "region" and m["name"]
                                   and m["name"].split(" ", 1)[0] in ("Provinsi", "Kabupaten", "Kota")}),
                "organizations": sorted({m["name"] for m in mentions if m["kind"] == "organization" and m["name"]}),
                "directives": [{k: d.get(k) for k in ("issuer", "issuer_title", "issuer_region", "type", "targets",
                                                      "summary", "cue", "date", "date_precision", "place")}
                               | {"legal_basis": d.get("legal_basis") or []} for d in directives],
                "notes": f"exported from an Arahan store: {len(decisions)} reviewer decision(s); findings "
                         "without a decision are taken as accepted",
            },
        }
        path = out / f"{item['id']}.json"
        path.write_text(json.dumps(item, ensure_ascii=False, indent=1), encoding="utf-8")
        written.append(path)
    return written
