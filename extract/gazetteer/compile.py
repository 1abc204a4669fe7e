"""Compile `extract/data/regions.json.gz` from the shared gazetteer CSVs.

Usage: python -m arahan.extract.gazetteer.compile [--source ../shared/data/gazetteer] [--output extract/data/regions.json.gz]

The output is a list of rows [code, canonical name, core name, level, parent code, lat, lng]:
38 provinces ("Provinsi X"), 514 kabupaten/kota ("Kabupaten X", "Kota X"; DKI's
"Administrasi" is dropped as news and the gold files do) and 7,285 kecamatan ("Kecamatan X").
Desa/kelurahan go to `extract/data/villages.json.gz` as {name: [kabupaten/kota codes]}: they
place a Kepala Desa or Lurah and tell a village from the person's name.
Source and licence: see extract/data/README.md.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DEFAULT_SOURCE = REPO.parent / "shared" / "data" / "gazetteer"
DEFAULT_OUTPUT = REPO / "extract" / "data" / "regions.json.gz"

# Names as Indonesian news and the gold files write them, where the source spells them otherwise:
# "DKI Jakarta" for the province, and the cities' own legal spellings ("Palangka Raya",
# "Baubau"; the source has the older "Palangkaraya", "Bau Bau"). The source's spelling stays
# readable: RegionTable derives the joined and hyphenated variants, aliases.py the rest.
CANONICAL_CORE = {"31": "DKI Jakarta", "62.71": "Palangka Raya", "74.72": "Baubau"}
SOURCE = "cahyadsn/wilayah (Kepmendagri 300.2.2-2138/2025), MIT"


def _rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def compile_regions(source: Path) -> list[list]:
    out: list[list] = []
    for r in _rows(source / "provinsi.csv"):
        core = CANONICAL_CORE.get(r["kode"], r["nama"])
        out.append([r["kode"], f"Provinsi {core}", core, "provinsi", None, float(r["lat"]), float(r["lng"])])
    for r in _rows(source / "kabupaten_kota.csv"):
        level = "kota" if r["jenis"] == "Kota" else "kabupaten"
        core = CANONICAL_CORE.get(r["kode"], r["nama_inti"])
        name = f"{'Kota' if level == 'kota' else 'Kabupaten'} {core}"
        out.append([r["kode"], name, core, level, r["provinsi_kode"], float(r["lat"]), float(r["lng"])])
    for r in _rows(source / "kecamatan.csv"):
        out.append([r["kode"], f"Kecamatan {r['nama']}", r["nama"], "kecamatan", r["kabkota_kode"],
                    float(r["lat"]), float(r["lng"])])
    return out


def compile_villages(source: Path) -> dict[str, list[str]]:
    """Desa/kelurahan name -> the codes of the kabupaten/kota holding a village of that name."""
    out: dict[str, list[str]] = {}
    for r in _rows(source / "desa_kelurahan.csv"):
        codes = out.setdefault(r["nama"].strip(), [])
        if r["kabkota_kode"] not in codes:
            codes.append(r["kabkota_kode"])
    return out


def _write(path: Path, payload: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    with gzip.GzipFile(path, "wb", compresslevel=9, mtime=0) as fh:  # mtime 0: the same input gives the same bytes
        fh.write(data)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args()
    rows = compile_regions(args.source)
    _write(args.output, {"source": SOURCE, "rows": rows})
    villages = args.output.with_name("villages.json.gz")
    _write(villages, {"source": SOURCE, "villages": compile_villages(args.source)})
    print(f"wrote {villages} ({villages.stat().st_size} bytes)")
    counts: dict[str, int] = {}
    for row in rows:
        counts[row[3]] = counts.get(row[3], 0) + 1
    print(f"wrote {args.output} ({args.output.stat().st_size} bytes): {counts}")


if __name__ == "__main__":
    main()
