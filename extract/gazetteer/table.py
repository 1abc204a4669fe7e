"""The compiled region table and the surface forms that point into it.

`RegionTable.load()` reads `extract/data/regions.json.gz` once per process. `surface(form)`
gives the candidate regions of a written form: a core name ("Malang" -> Kabupaten Malang,
Kota Malang), an alias of ours ("Kukar", "Jabar") or a spelling variant.
"""

from __future__ import annotations

import gzip
import re
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from arahan.extract.gazetteer.aliases import ALIASES, NEEDS_EVIDENCE

VILLAGES_PATH = Path(__file__).resolve().parents[1] / "data" / "villages.json.gz"
TABLE_PATH = Path(__file__).resolve().parents[1] / "data" / "regions.json.gz"
LEVELS = ("provinsi", "kabupaten", "kota", "kecamatan")


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    core: str
    level: str
    parent: str | None
    lat: float
    lng: float

    def as_dict(self, table: "RegionTable") -> dict:
        parent = table.by_code.get(self.parent) if self.parent else None
        return {"name": self.name, "code": self.code, "level": self.level, "parent": self.parent,
                "parent_name": parent.name if parent else None, "lat": self.lat, "lng": self.lng}


class RegionTable:
    """All regions with lookups by code, canonical name and written form."""

    def __init__(self, rows: list[list]):
        self.regions = [Region(*row) for row in rows]
        self.by_code = {r.code: r for r in self.regions}
        self.by_name = {r.name: r for r in self.regions if r.level != "kecamatan"}
        self.forms: dict[str, list[Region]] = {}
        self.kecamatan: dict[str, list[Region]] = {}
        for r in self.regions:
            if r.level == "kecamatan":
                self.kecamatan.setdefault(r.core, []).append(r)
            else:
                self.forms.setdefault(r.core, []).append(r)
        self.alias_forms: dict[str, Region] = {}
        for form, name in ALIASES.items():
            region = self.by_name.get(name)
            if region is None:
                raise ValueError(f"alias {form!r} points at unknown region {name!r}")
            self.alias_forms[form] = region
        # Spellings of one name: "Bau Bau" is also written "Baubau" and "Bau-Bau", "Toli-Toli" "Tolitoli".
        self.spellings: dict[str, str] = {}
        for core in self.forms:
            parts = re.split(r"[ -]", core)
            if len(parts) > 1:
                for variant in ("-".join(parts), parts[0] + "".join(p.lower() for p in parts[1:]), " ".join(parts)):
                    if variant not in self.forms and variant not in self.alias_forms:
                        self.spellings.setdefault(variant, core)
        every = [*self.forms, *self.alias_forms, *self.spellings, *self.kecamatan]
        self.max_words = max(len(f.split()) for f in every)
        self.first_words = {f.split()[0] for f in every}

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls, path: str | None = None) -> "RegionTable":
        with gzip.open(path or TABLE_PATH, "rt", encoding="utf-8") as fh:
            return cls(json.load(fh)["rows"])

    def candidates(self, form: str) -> list[Region]:
        """Provinces and kabupaten/kota written `form` (core name or alias)."""
        if form in self.alias_forms:
            return [self.alias_forms[form]]
        return self.forms.get(self.spellings.get(form, form), [])

    def is_alias(self, form: str) -> bool:
        return form in self.alias_forms

    @staticmethod
    def needs_evidence(form: str) -> bool:
        return form in NEEDS_EVIDENCE

    def province_of(self, region: Region) -> Region | None:
        code = region.code.split(".")[0]
        return self.by_code.get(code)


@lru_cache(maxsize=1)
def villages() -> dict[str, list[str]]:
    """Desa/kelurahan name -> codes of the kabupaten/kota with a village of that name."""
    with gzip.open(VILLAGES_PATH, "rt", encoding="utf-8") as fh:
        return json.load(fh)["villages"]
