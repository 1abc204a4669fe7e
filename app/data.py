"""What the explorer loads from the store, cached until the store changes.

The cache key of every loader is the store path plus a fingerprint of the files (size
and modification time of the database and its WAL), so an ingestion or extraction run
that writes to the store invalidates the cache on the next rerun and nothing else does.
The store is always opened read-only; nothing here runs NLP.

The incident table is the backbone of the filters: one row per incident (graph_incidents
joined with its issuer, targets, region and reports), or, for a store whose graph has
not been built yet, one row per extracted directive.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
import pandas as pd
import streamlit as st

from app import regions
from corpus import store_reads as reads
from corpus.store import Store, StoreError, resolve_db_path

INCIDENT_COLUMNS = ["id", "label", "type", "issuer_id", "issuer", "issuer_type", "targets", "targets_text",
                    "region_id", "region", "region_code", "province_code", "province", "date", "confidence",
                    "sources", "outlets", "document_ids", "summary"]


def db_path() -> str:
    """The store the app explores: $ARAHAN_DB (set by `arahan app --db`), else ./arahan.db."""
    return str(Path(resolve_db_path(os.environ.get("ARAHAN_DB"))).resolve())


def fingerprint(path: str) -> tuple:
    """Changes whenever the store file or its write-ahead log changes."""
    parts = []
    for suffix in ("", "-wal"):
        try:
            stat = os.stat(path + suffix)
            parts.append((stat.st_size, stat.st_mtime_ns))
        except FileNotFoundError:
            parts.append(None)
    return tuple(parts)


def open_store(path: str) -> Store:
    """A read-only connection; raises StoreError with a one-line message."""
    return Store.open(path, readonly=True)


@dataclass(frozen=True)
class Bundle:
    """Everything the pages share, loaded once per store version. Treat as read-only."""

    counts: dict
    incidents: pd.DataFrame
    documents: pd.DataFrame
    regions: pd.DataFrame
    runs: list
    failures: list
    has_graph: bool


@st.cache_resource(max_entries=2, show_spinner="Loading the store…")
def load_bundle(path: str, fp: tuple) -> Bundle:
    """Load the shared tables (the fingerprint argument is only the cache key)."""
    with open_store(path) as store:
        counts = reads.table_counts(store)
        documents = pd.DataFrame(reads.documents_index(store),
                                 columns=["id", "outlet", "title", "published", "canonical_url", "status"])
        region_nodes = reads.nodes(store, types=["Region"])
        has_graph = counts.get("nodes_Directive", 0) > 0
        incidents = _graph_incidents(store, documents) if has_graph else _directive_incidents(store)
        runs = store.runs(limit=5)
        failures = store.failures(runs[0]["id"]) if runs else []
    table = regions.region_table(region_nodes)
    names = dict(zip(table["code"], table["name"]))
    incidents["province"] = incidents["province"].fillna(incidents["province_code"].map(names))
    incidents["region"] = incidents["region"].fillna(incidents["region_code"].map(names))
    return Bundle(counts, incidents, documents, table, runs, failures, has_graph)


def _finish(df: pd.DataFrame) -> pd.DataFrame:
    if df.empty:
        return pd.DataFrame(columns=INCIDENT_COLUMNS).astype({"date": "datetime64[ns]", "confidence": float, "sources": int})
    df["date"] = pd.to_datetime(df["date"].str.slice(0, 10), errors="coerce", format="%Y-%m-%d")
    df["confidence"] = pd.to_numeric(df["confidence"], errors="coerce")
    df["province_code"] = df["region_code"].fillna("").str.split(".").str[0].replace("", None)
    df["targets_text"] = df["targets"].map(lambda ts: ", ".join(ts))
    return df[INCIDENT_COLUMNS].sort_values("date", ascending=False, na_position="last").reset_index(drop=True)


def _graph_incidents(store: Store, documents: pd.DataFrame) -> pd.DataFrame:
    rows = reads.incidents(store)
    labels = {n["id"]: (n["label"], n["type"], n["attrs"]) for n in reads.nodes(
        store, types=["Person", "Office", "Organization", "Region", "TargetGroup"])}
    region_of: dict[str, str] = {}
    conf_of: dict[str, float] = {}
    reports: dict[str, list[str]] = {}
    for e in reads.edges_of_types(store, ["IN", "ISSUED", "REPORTED_BY"]):
        if e["type"] == "IN":
            region_of.setdefault(e["src"], e["dst"])
        elif e["type"] == "ISSUED":
            conf_of[e["dst"]] = max(conf_of.get(e["dst"], 0.0), e["confidence"] or 0.0)
        else:
            reports.setdefault(e["src"], []).append(e["dst"])
    outlet_of = dict(zip(documents["id"], documents["outlet"]))
    out = []
    for r in rows:
        attrs = r["attrs"] or {}
        region_id = region_of.get(r["id"])
        region_label, _t, region_attrs = labels.get(region_id, (None, None, {})) if region_id else (None, None, {})
        region_code = (region_attrs or {}).get("code") or (region_id.split(":", 1)[1] if region_id else None)
        province_code = region_code.split(".")[0] if region_code else None
        issuer_label, issuer_type, _a = labels.get(r["issuer"], (r["issuer"], None, {}))
        doc_ids = [_document_id(a) for a in reports.get(r["id"], [])]
        doc_ids = [d for d in doc_ids if d is not None]
        out.append({
            "id": r["id"], "label": r["label"] or r["id"], "type": r["type"], "issuer_id": r["issuer"],
            "issuer": issuer_label, "issuer_type": issuer_type,
            "targets": [labels.get(t, (t,))[0] for t in r["targets"]],
            "region_id": region_id, "region": region_label, "region_code": region_code,
            "province": labels.get(f"region:{province_code}", (None,))[0] if province_code else None,
            "date": r["date"] or attrs.get("date"),
            "confidence": attrs.get("confidence", conf_of.get(r["id"])),
            # Independent outlets when the graph counted them, else the number of reports.
            "sources": int(attrs.get("n_outlets") or max(len(reports.get(r["id"], [])), 1)),
            "outlets": ", ".join(sorted({str(outlet_of.get(d)) for d in doc_ids if outlet_of.get(d)})),
            "document_ids": doc_ids, "summary": attrs.get("summary") or "",
        })
    return _finish(pd.DataFrame(out))


def _document_id(article_id: str) -> int | None:
    try:
        return int(article_id.split(":", 1)[1])
    except (IndexError, ValueError):
        return None


def _directive_incidents(store: Store) -> pd.DataFrame:
    """Before the graph is built: every extracted directive is its own incident with one source."""
    out = []
    for r in reads.directive_rows(store):
        code = r["issuer_region_code"]
        out.append({
            "id": f"finding:{r['id']}", "label": r["summary"] or r["type"], "type": r["type"], "issuer_id": None,
            "issuer": " ".join(x for x in (r["issuer_title"], r["issuer"]) if x) or None, "issuer_type": None,
            "targets": r["targets"], "region_id": None, "region": r["issuer_region"], "region_code": code,
            "province": None, "date": r["date"] or r["published"], "confidence": r["confidence"],
            "sources": 1, "outlets": r["outlet"] or "", "document_ids": [r["document_id"]], "summary": r["summary"] or "",
        })
    return _finish(pd.DataFrame(out))


@st.cache_resource(max_entries=1, show_spinner="Indexing the graph for path search…")
def path_graph(path: str, fp: tuple) -> nx.Graph:
    """An undirected, attribute-free copy of the graph: enough to find shortest paths."""
    with open_store(path) as store:
        g = nx.Graph()
        g.add_edges_from(reads.edge_pairs(store))
    return g


def store_problem(path: str) -> str | None:
    """None when the store opens read-only, else the one-line reason it does not."""
    try:
        open_store(path).close()
    except StoreError as exc:
        return str(exc)
    return None
