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

import pandas as pd
import streamlit as st

from arahan.app import filters, regions
from arahan.store import reads
from arahan.store.database import Store, StoreError, resolve_db_path

INCIDENT_COLUMNS = ["id", "type", "issuer_id", "issuer", "issuer_type", "targets", "targets_text", "region_id",
                    "region", "region_code", "province_code", "province", "date", "confidence", "sources"]
DETAIL_COLUMNS = ["label", "summary", "outlets", "reports", "document_ids"]


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
    regions: pd.DataFrame
    runs: list
    failures: list
    has_graph: bool
    options: filters.Options | None = None  # what the filter widgets offer
    sources: dict | None = None  # incident id -> number of sources (ranks the graph's neighbours)
    details: pd.DataFrame | None = None  # only for stores without a graph (see incident_details)


@st.cache_resource(max_entries=2, show_spinner="Loading the store…")
def load_bundle(path: str, fp: tuple) -> Bundle:
    """Load the shared tables (the fingerprint argument is only the cache key)."""
    with open_store(path) as store:
        counts = reads.table_counts(store)
        region_nodes = reads.nodes(store, types=["Region"])
        has_graph = counts.get("nodes_Directive", 0) > 0
        details = None
        if has_graph:
            incidents = _graph_incidents(store)
        else:
            incidents, details = _directive_incidents(store)
        runs = store.runs(limit=5)
        failures = store.failures(runs[0]["id"]) if runs else []
    table = regions.region_table(region_nodes)
    names = dict(zip(table["code"], table["name"]))
    incidents["province"] = incidents["province"].fillna(incidents["province_code"].map(names))
    incidents["region"] = incidents["region"].fillna(incidents["region_code"].map(names))
    return Bundle(counts, incidents, table, runs, failures, has_graph, filters.options_of(incidents),
                  dict(zip(incidents["id"].tolist(), incidents["sources"].tolist())), details)


def _finish(df: pd.DataFrame) -> pd.DataFrame:
    if df.empty:
        return pd.DataFrame(columns=INCIDENT_COLUMNS).astype({"date": "datetime64[ns]", "confidence": float, "sources": int})
    df["date"] = pd.to_datetime(df["date"].astype("string").str.slice(0, 10), errors="coerce", format="%Y-%m-%d")
    df["confidence"] = pd.to_numeric(df["confidence"], errors="coerce")
    # Plain Python over .tolist(): pandas' string splitting on Arrow strings is ~10x slower here.
    df["province_code"] = [c.split(".")[0] if isinstance(c, str) and c else None for c in df["region_code"].tolist()]
    df["targets_text"] = df["targets"].map(", ".join)
    return df[INCIDENT_COLUMNS].sort_values("date", ascending=False, na_position="last").reset_index(drop=True)


def _graph_incidents(store: Store) -> pd.DataFrame:
    df = pd.DataFrame(reads.incident_core(store), columns=list(reads.INCIDENT_CORE_COLUMNS))
    if df.empty:
        return _finish(df)
    region_nodes = reads.nodes(store, types=["Region"])
    df["region"] = df["region_id"].map({n["id"]: n["label"] for n in region_nodes})
    codes = {n["id"]: (n["attrs"] or {}).get("code") for n in region_nodes if (n["attrs"] or {}).get("code")}
    df["region_code"] = [codes.get(r) or r.split(":", 1)[-1] if isinstance(r, str) else None
                         for r in df["region_id"].tolist()]
    df["province"] = None
    df["targets"] = [t.split("|") if isinstance(t, str) and t else [] for t in df["targets"].tolist()]
    # Independent outlets when the graph counted them.
    df["sources"] = pd.to_numeric(df["n_outlets"], errors="coerce").fillna(1).clip(lower=1).astype(int)
    df["issuer"] = df["issuer"].fillna(df["issuer_id"])
    return _finish(df)


def _directive_incidents(store: Store) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Before the graph is built: every extracted directive is its own incident with one source."""
    core, details = [], []
    for r in reads.directive_rows(store):
        rid = f"finding:{r['id']}"
        core.append({
            "id": rid, "type": r["type"], "issuer_id": None, "issuer_type": None,
            "issuer": " ".join(x for x in (r["issuer_title"], r["issuer"]) if x) or None,
            "targets": [t for t in r["targets"] or [] if isinstance(t, str)], "region_id": None, "region": r["issuer_region"],
            "region_code": r["issuer_region_code"], "province": None, "date": r["date"] or r["published"],
            "confidence": r["confidence"], "sources": 1,
        })
        details.append({"id": rid, "label": r["summary"] or r["type"], "summary": r["summary"] or "",
                        "outlets": r["outlet"] or "", "reports": 1, "document_ids": [r["document_id"]]})
    return _finish(pd.DataFrame(core)), pd.DataFrame(details, columns=["id", *DETAIL_COLUMNS]).set_index("id")


@st.cache_resource(max_entries=2, show_spinner="Loading the article list…")
def documents(path: str, fp: tuple) -> pd.DataFrame:
    """Every article's id, outlet, title, date and link (no text), for the article reader."""
    with open_store(path) as store:
        return pd.DataFrame(reads.documents_index(store),
                            columns=["id", "outlet", "title", "published", "canonical_url", "status"])


@st.cache_resource(max_entries=2, show_spinner="Loading incident details…")
def incident_details(path: str, fp: tuple) -> pd.DataFrame:
    """Labels, summaries, outlets and reporting articles per incident (indexed by id); loaded
    only by the pages that show them, so the first page load stays light."""
    bundle = load_bundle(path, fp)
    if bundle.details is not None:
        return bundle.details
    with open_store(path) as store:
        df = pd.DataFrame(reads.incident_details(store), columns=list(reads.INCIDENT_DETAIL_COLUMNS))
    df["summary"] = df["summary"].fillna("")
    df["outlets"] = df["outlets"].fillna("")
    df["document_ids"] = df["articles"].fillna("").map(
        lambda a: [int(x.split(":", 1)[1]) for x in a.split(",") if x.split(":", 1)[-1].isdigit()])
    return df.set_index("id")[DETAIL_COLUMNS]


def with_details(incidents: pd.DataFrame, path: str, fp: tuple) -> pd.DataFrame:
    """The incidents with their display columns (label, summary, outlets, reports, document_ids)."""
    return incidents.join(incident_details(path, fp), on="id")


def store_problem(path: str) -> str | None:
    """None when the store opens read-only, else the one-line reason it does not."""
    try:
        open_store(path).close()
    except StoreError as exc:
        return str(exc)
    return None
