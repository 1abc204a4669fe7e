"""The sidebar filters every page shares, and how they cut the incident table.

Streamlit forgets a widget's value when a page that does not draw it runs, so the
values live in a plain session-state dict and are handed back to the widgets on each
page: a date range chosen on the Map page is still set on the Graph page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pandas as pd
import streamlit as st

TYPE_NAMES = {
    "appeal": "appeal (imbauan)", "instruction": "instruction (instruksi)", "prohibition": "prohibition (larangan)",
    "sanction_warning": "sanction warning (ancaman sanksi)", "policy": "policy (surat edaran, perbup)",
    "oversight": "oversight (pengawasan)",
}
_SAVED = "_filters"


@dataclass
class Filters:
    date_from: date | None = None
    date_to: date | None = None
    types: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    provinces: list[str] = field(default_factory=list)
    regencies: list[str] = field(default_factory=list)
    min_confidence: float = 0.0
    min_sources: int = 1

    def active(self) -> bool:
        return bool(self.types or self.targets or self.provinces or self.regencies or self.min_confidence > 0
                    or self.min_sources > 1)


def _restore(key: str, default, valid=None):
    """Give a widget its saved value (or the default) before it is drawn."""
    wkey = f"flt_{key}"
    if wkey not in st.session_state:
        value = st.session_state.setdefault(_SAVED, {}).get(key, default)
        if valid is not None:
            value = valid(value)
        st.session_state[wkey] = value
    return wkey


def _save(key: str) -> None:
    st.session_state.setdefault(_SAVED, {})[key] = st.session_state[f"flt_{key}"]


@dataclass(frozen=True)
class Options:
    """What the filter widgets offer, computed once per store version (see arahan.app.data.Bundle)."""

    dates: tuple[date, date] | None
    types: list[str]
    targets: list[str]
    provinces: list[str]
    regencies: dict[str, list[str]]  # province -> its kabupaten/kota ("" holds them all)
    most_sources: int


def _unique(series: pd.Series) -> list[str]:
    return sorted(str(v) for v in series.dropna().unique() if str(v))


def options_of(incidents: pd.DataFrame) -> Options:
    dates = incidents["date"].dropna()
    span = (dates.min().date(), dates.max().date()) if len(dates) else None
    present = set(_unique(incidents["type"]))
    regencies = {"": _unique(incidents["region"])}
    for province, group in incidents.dropna(subset=["province"]).groupby("province"):
        regencies[str(province)] = _unique(group["region"])
    return Options(
        dates=span if span and span[0] < span[1] else None,
        types=[t for t in TYPE_NAMES if t in present] + sorted(present - set(TYPE_NAMES)),
        targets=sorted({t for ts in incidents["targets"] for t in ts}),
        provinces=_unique(incidents["province"]),
        regencies=regencies,
        most_sources=int(incidents["sources"].max()) if len(incidents) else 1,
    )


def sidebar(opts: Options) -> Filters:
    """Draw the filters in the sidebar and return the current choice."""
    f = Filters()
    with st.sidebar:
        st.header("Filters")
        if st.button("Reset filters", key="flt_reset"):
            st.session_state[_SAVED] = {}
            for k in [k for k in st.session_state if str(k).startswith("flt_") and k != "flt_reset"]:
                del st.session_state[k]
        if opts.dates:
            lo, hi = opts.dates

            def clamp(value):
                a, b = value if isinstance(value, (tuple, list)) and len(value) == 2 else (lo, hi)
                a, b = max(lo, min(a, hi)), max(lo, min(b, hi))
                return (a, b) if a <= b else (lo, hi)

            key = _restore("dates", (lo, hi), clamp)
            f.date_from, f.date_to = st.slider("Date range", min_value=lo, max_value=hi, key=key, format="DD MMM YYYY")
            _save("dates")
        present_types = opts.types

        def keep(options):
            return lambda chosen: [c for c in (chosen or []) if c in options]

        key = _restore("types", [], keep(present_types))
        f.types = st.multiselect("Directive type", present_types, key=key, format_func=lambda t: TYPE_NAMES.get(t, t),
                                 placeholder="all types")
        _save("types")
        targets = opts.targets
        key = _restore("targets", [], keep(targets))
        f.targets = st.multiselect("Target group", targets, key=key, placeholder="all target groups")
        _save("targets")
        provinces = opts.provinces
        key = _restore("provinces", [], keep(provinces))
        f.provinces = st.multiselect("Province", provinces, key=key, placeholder="all provinces")
        _save("provinces")
        regencies = (sorted({r for p in f.provinces for r in opts.regencies.get(p, [])}) if f.provinces
                     else opts.regencies[""])
        key = _restore("regencies", [], keep(regencies))
        f.regencies = st.multiselect("Regency / city", regencies, key=key, placeholder="all kabupaten/kota")
        _save("regencies")
        key = _restore("min_confidence", 0.0)
        f.min_confidence = st.slider("Minimum confidence", 0.0, 1.0, step=0.05, key=key)
        _save("min_confidence")
        most = opts.most_sources
        key = _restore("min_sources", 1, lambda v: max(1, min(int(v), max(most, 1))))
        f.min_sources = int(st.number_input("Minimum number of sources", min_value=1, max_value=max(most, 1), step=1,
                                            key=key, help="Outlets that reported the same directive"))
        _save("min_sources")
    return f


def apply(incidents: pd.DataFrame, f: Filters) -> pd.DataFrame:
    """The incidents that pass the filters (a view; never modified)."""
    mask = pd.Series(True, index=incidents.index)
    if f.date_from is not None:
        mask &= incidents["date"].isna() | (incidents["date"] >= pd.Timestamp(f.date_from))
    if f.date_to is not None:
        mask &= incidents["date"].isna() | (incidents["date"] <= pd.Timestamp(f.date_to))
    if f.types:
        mask &= incidents["type"].isin(f.types)
    if f.targets:
        wanted = set(f.targets)
        mask &= incidents["targets"].map(lambda ts: not wanted.isdisjoint(ts))
    if f.provinces:
        mask &= incidents["province"].isin(f.provinces)
    if f.regencies:
        mask &= incidents["region"].isin(f.regencies)
    if f.min_confidence > 0:
        mask &= incidents["confidence"].fillna(0) >= f.min_confidence
    if f.min_sources > 1:
        mask &= incidents["sources"] >= f.min_sources
    return incidents[mask]


def describe(f: Filters, shown: int, total: int) -> str:
    """One line saying what the filters keep."""
    if shown == total:
        return f"{total:,} incidents (no filter narrows them)"
    return f"{shown:,} of {total:,} incidents match the filters"
