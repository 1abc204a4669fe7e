"""Exports of a subgraph (GraphML, GEXF, node-link JSON, CSV pair) and of the incident table.

The subgraph is read from the store (nodes with their attributes, edges between them), as
a networkx MultiDiGraph whose node attribute `type` is the node type and edge attribute
`type` the relation, like `arahan graph export`, whose exporter (arahan.extract.graph.export)
writes the files.
"""

from __future__ import annotations

import io
import tempfile
import zipfile
from pathlib import Path

import networkx as nx
import pandas as pd

from arahan.corpus.csvcell import safe_cell
from arahan.extract.graph import query
from arahan.extract.graph.export import export_graph
from arahan.extract.graph.sources import StoreSource
from arahan.store.database import Store

FORMATS = {"GraphML": ("graphml", "application/xml"), "GEXF": ("gexf", "application/xml"),
           "JSON (node-link)": ("json", "application/json"), "CSV (nodes + edges, zip)": ("zip", "application/zip")}


def subgraph(store: Store, node_ids: list[str], *, with_neighbours: bool = False) -> nx.MultiDiGraph:
    """The nodes (optionally with their direct neighbours) and every edge among them, with the
    attributes `load_graph` gives the CLI's export, read through the query layer's store source."""
    source = StoreSource(store)
    ids = set(node_ids)
    if with_neighbours:
        ids.update(end for u, v, _, _ in source.touching(list(ids)) for end in (u, v))
    g = nx.MultiDiGraph()
    # Attributes stay as stored: the exporter flattens lists and dicts where a format needs scalars.
    g.add_nodes_from((n, {k: v for k, v in d.items() if k != "id" and v is not None})
                     for n, d in source.nodes(ids, attrs=True).items())
    g.add_edges_from((u, v, str(key), {k: x for k, x in d.items() if x is not None})
                     for u, v, key, d in query.edges_among(source, set(g)))
    return g


def serialise(g: nx.MultiDiGraph, fmt: str) -> bytes:
    """The graph in one of FORMATS' extensions (graphml, gexf, json, zip), written by the graph
    package's exporter so that the app and `arahan graph export` produce the same files."""
    if fmt not in {ext for ext, _ in FORMATS.values()}:
        raise ValueError(f"unknown export format: {fmt}")
    with tempfile.TemporaryDirectory() as tmp:
        if fmt == "zip":
            out = Path(tmp) / "csv"
            export_graph(g, "csv", out)
            return _zip(out)
        out = Path(tmp) / f"graph.{fmt}"
        export_graph(g, fmt, out)
        return out.read_bytes()


def _zip(folder: Path) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(folder.rglob("*")) if folder.is_dir() else [folder]:
            if path.is_file():
                zf.write(path, path.name)
    return buf.getvalue()


def incidents_csv(incidents: pd.DataFrame) -> bytes:
    cols = ["id", "date", "type", "issuer", "targets_text", "region", "region_code", "province", "confidence",
            "sources", "outlets", "summary"]
    out = incidents[cols].rename(columns={"targets_text": "targets"}).copy()
    out["date"] = out["date"].dt.date
    return csv_bytes(out)


def csv_bytes(table: pd.DataFrame) -> bytes:
    """A table as CSV for download, with formula-looking text neutralised (arahan.corpus.csvcell)."""
    safe = table.rename(columns=safe_cell)
    for column in [c for c in safe.columns if pd.api.types.is_object_dtype(safe[c]) or pd.api.types.is_string_dtype(safe[c])]:
        # text columns only: numbers and dates keep their own CSV formatting
        safe[column] = safe[column].map(safe_cell)
    # CRLF as RFC 4180 (and the csv module) write it: a carriage return inside a cell then gets quoted.
    return safe.to_csv(index=False, lineterminator="\r\n").encode("utf-8")
