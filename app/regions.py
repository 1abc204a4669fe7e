"""Region names and centroids for the map: Kemendagri code -> name, level, lat/lng.

Two sources, merged: a region table shipped in extract/data/ (any CSV there with a code
column and lat/lng columns, as compiled from the gazetteer), and the lat/lng attributes of
the graph's Region nodes. No network access: the map draws points at these centroids.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

import pandas as pd

DATA_DIR = Path(__file__).resolve().parent.parent / "extract" / "data"
COLUMNS = ["code", "name", "level", "lat", "lng", "province_code"]
_CODE_KEYS = ("code", "kode")
_NAME_KEYS = ("name", "nama", "label")


def _level(code: str) -> str:
    return {1: "provinsi", 2: "kabupaten/kota", 3: "kecamatan"}.get(code.count(".") + 1, "desa")


@lru_cache(maxsize=1)
def shipped_table() -> pd.DataFrame:
    """Regions from extract/data/*.csv that carry centroids (empty until that table exists)."""
    rows = []
    for path in sorted(DATA_DIR.glob("*.csv")) if DATA_DIR.is_dir() else []:
        try:
            with path.open(encoding="utf-8") as fh:
                reader = csv.DictReader(fh)
                fields = {f.lower(): f for f in reader.fieldnames or []}
                code_key = next((fields[k] for k in _CODE_KEYS if k in fields), None)
                name_key = next((fields[k] for k in _NAME_KEYS if k in fields), None)
                if not code_key or "lat" not in fields or "lng" not in fields and "lon" not in fields:
                    continue
                lng_key = fields.get("lng") or fields.get("lon")
                for row in reader:
                    code = (row.get(code_key) or "").strip()
                    if code.count(".") > 1:  # kecamatan and below are too fine for the map
                        continue
                    try:
                        lat, lng = float(row[fields["lat"]]), float(row[lng_key])
                    except (TypeError, ValueError):
                        continue
                    rows.append({"code": code, "name": row.get(name_key) if name_key else code, "level": _level(code),
                                 "lat": lat, "lng": lng, "province_code": code.split(".")[0]})
        except (OSError, UnicodeDecodeError, csv.Error):
            continue  # an unreadable table only costs the background dots
    return pd.DataFrame(rows, columns=COLUMNS).drop_duplicates("code")


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
