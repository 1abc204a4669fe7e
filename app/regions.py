"""Region names and centroids for the map: Kemendagri code -> name, level, lat/lng.

Two sources, merged: the compiled region table shipped in extract/data/regions.json.gz
(provinces and kabupaten/kota with centroids, from the gazetteer) and the graph's Region
nodes (names as the corpus uses them, and coordinates if the node carries them). No
network access: the map draws points at these centroids.
"""

from __future__ import annotations

import gzip
import json
from functools import lru_cache
from pathlib import Path

import pandas as pd

TABLE = Path(__file__).resolve().parent.parent / "extract" / "data" / "regions.json.gz"
COLUMNS = ["code", "name", "level", "lat", "lng", "province_code"]


def _level(code: str) -> str:
    return {1: "provinsi", 2: "kabupaten/kota", 3: "kecamatan"}.get(code.count(".") + 1, "desa")


@lru_cache(maxsize=1)
def shipped_table() -> pd.DataFrame:
    """Provinces and kabupaten/kota with centroids (empty if the table is missing or unreadable)."""
    try:
        rows = json.loads(gzip.decompress(TABLE.read_bytes()))["rows"]
    except (OSError, ValueError, KeyError):
        return pd.DataFrame(columns=COLUMNS)
    out = []
    for row in rows:  # [code, canonical name, core name, level, parent code, lat, lng]
        code = str(row[0])
        if code.count(".") > 1 or len(row) < 7 or row[5] is None or row[6] is None:
            continue  # kecamatan are too fine for the map
        out.append({"code": code, "name": row[1], "level": _level(code), "lat": float(row[5]), "lng": float(row[6]),
                    "province_code": code.split(".")[0]})
    return pd.DataFrame(out, columns=COLUMNS)


def region_table(region_nodes: list[dict]) -> pd.DataFrame:
    """Shipped centroids, completed and named by the graph's Region nodes."""
    from_graph = []
    for node in region_nodes:
        attrs = node.get("attrs") or {}
        code = attrs.get("code") or node["id"].split(":", 1)[-1]
        from_graph.append({"code": code, "name": node["label"], "level": _level(code),
                           "lat": attrs.get("lat"), "lng": attrs.get("lng"), "province_code": code.split(".")[0]})
    graph_df = pd.DataFrame(from_graph, columns=COLUMNS)
    shipped = shipped_table()
    if shipped.empty:
        return graph_df.dropna(subset=["code"]).reset_index(drop=True)
    merged = pd.concat([graph_df, shipped], ignore_index=True)
    # Prefer the graph's names, the shipped table's coordinates where the graph has none.
    merged = merged.groupby("code", as_index=False).agg(
        {"name": "first", "level": "first", "lat": "first", "lng": "first", "province_code": "first"})
    return merged[COLUMNS]
