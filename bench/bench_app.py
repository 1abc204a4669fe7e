"""Benchmark of the explorer on a generated store of 50,000 directives (`make bench`).

Times, with Streamlit's AppTest (the page script run server-side, as on each click):
- the first load: a cold cache, the Overview page loading the store;
- each filter change re-render (directive type, target group, province, confidence,
  minimum sources, date range) on the Overview, Incidents, Map and Graph pages;
- expanding a node on the Graph page (a busy region and an official).
Targets (issue 7): filter change <= 1 s, expanding <= 1 s, first load <= 3 s.

The store is generated once into bench/out/ (gitignored) and reused; pass --fresh to
rebuild it, --directives N to change its size.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from collections import Counter
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import streamlit as st  # noqa: E402
from streamlit.testing.v1 import AppTest  # noqa: E402

from arahan.app.fixtures import generate_store  # noqa: E402
from arahan.store import reads  # noqa: E402
from arahan.store.database import Store  # noqa: E402

VIEWS = ROOT / "app" / "views"
TARGET = {"first load": 3.0, "filter change": 1.0, "expand": 1.0}


def timed(action) -> tuple[float, float]:
    """Wall-clock and CPU seconds (the process's, which includes AppTest's script thread).

    The CPU figure is what the step costs on an idle machine; on a shared, loaded one the
    wall-clock figure can be several times higher.
    """
    t, c = time.perf_counter(), time.process_time()
    action()
    return time.perf_counter() - t, time.process_time() - c


def page(name: str) -> AppTest:
    return AppTest.from_file(str(VIEWS / f"{name}.py"), default_timeout=300)


def check(at: AppTest, what: str) -> None:
    if at.exception:
        raise SystemExit(f"{what}: the page raised {at.exception[0].value}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--directives", type=int, default=50_000)
    parser.add_argument("--fresh", action="store_true", help="regenerate the store")
    args = parser.parse_args()

    out = ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    db = out / f"app-{args.directives}.db"
    if args.fresh or not db.exists():
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        t = time.perf_counter()
        counts = generate_store(db, directives=args.directives, seed=3)
        print(f"generated {db.name}: {counts['documents']:,} articles, {counts['reports']:,} directive reports, "
              f"{args.directives:,} directives ({time.perf_counter() - t:.1f} s, graph built by arahan.extract.graph)")
    os.environ["ARAHAN_DB"] = str(db)
    with Store.open(db, readonly=True) as store:
        counts = reads.table_counts(store)
        incidents = reads.incidents(store)
    busiest_region = Counter(i["attrs"].get("region_key") for i in incidents).most_common(1)[0][0]
    busiest_person = Counter(i["issuer"] for i in incidents if i["issuer"].startswith("person:")).most_common(1)[0][0]
    print(f"store: {counts['documents']:,} articles, {counts['directives']:,} directive rows, "
          f"{counts.get('nodes_Directive', 0):,} incidents, "
          f"{sum(v for k, v in counts.items() if k.startswith('nodes_')):,} graph nodes")

    results: list[tuple[str, str, tuple[float, float]]] = []

    # A fresh interpreter: the first page also pays for importing pandas, altair and streamlit's
    # element modules, which a running server does once.
    probe = ("import os, time; from streamlit.testing.v1 import AppTest; "
             f"at = AppTest.from_file({str(VIEWS / 'overview.py')!r}, default_timeout=300); "
             "t, c = time.perf_counter(), time.process_time(); at.run(); "
             "print(time.perf_counter() - t, time.process_time() - c)")
    wall, cpu = map(float, subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                                          env=os.environ, check=True).stdout.split()[-2:])
    results.append(("page", "Overview, fresh process (imports + cold cache)", (wall, cpu)))

    import altair  # noqa: F401  (what a running server has already imported)
    import arahan.app.ui  # noqa: F401

    st.cache_resource.clear()
    st.cache_data.clear()
    at = page("overview")
    results.append(("first load", "Overview, cold cache", timed(at.run)))
    check(at, "overview")
    for name in ("graph", "map", "incidents", "profiles", "reader", "export"):
        other = page(name)
        results.append(("page", f"{name} (warm cache)", timed(other.run)))
        check(other, name)

    # Filter changes, one after the other, on the pages that redraw with them.
    for name in ("overview", "incidents", "map", "graph"):
        at = page(name)
        at.run()
        lo, hi = at.slider(key="flt_dates").value
        steps = [
            ("type = policy", lambda: at.multiselect(key="flt_types").select("policy")),
            ("target group = ASN", lambda: at.multiselect(key="flt_targets").select("ASN")),
            ("province = Jawa Timur", lambda: at.multiselect(key="flt_provinces").select("Provinsi Jawa Timur")),
            ("min confidence 0.6", lambda: at.slider(key="flt_min_confidence").set_value(0.6)),
            ("min sources 2", lambda: at.number_input(key="flt_min_sources").set_value(2)),
            ("date range narrowed", lambda: at.slider(key="flt_dates").set_value((lo + timedelta(days=90), hi))),
            ("reset filters", lambda: at.button(key="flt_reset").click()),
        ]
        for label, change in steps:
            change()
            results.append(("filter change", f"{name}: {label}", timed(at.run)))
            check(at, f"{name} {label}")

    at = page("graph")
    at.run()
    for label, node in (("busiest region", f"region:{busiest_region}"), ("busiest official", busiest_person)):
        at.session_state["graph_state"]["seeds"] = [node]
        at.session_state["graph_state"]["expanded"] = []
        at.run()
        at.selectbox(key="g_node_pick").select(node)
        at.button(key="g_expand").click()
        results.append(("expand", f"graph: {label} {node}", timed(at.run)))
        check(at, f"expand {node}")

    width = max(len(r[1]) for r in results)
    print(f"\nload average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(f"{'what':<14} {'step':<{width}}  wall s   cpu s")
    for kind, label, (wall, cpu) in results:
        limit = TARGET.get(kind)
        verdict = "" if limit is None else ("ok" if wall <= limit else f"OVER {limit:.0f} s (wall)")
        print(f"{kind:<14} {label:<{width}} {wall:7.3f} {cpu:7.3f}  {verdict}")
    for kind, limit in TARGET.items():
        walls = sorted(w for k, _, (w, _c) in results if k == kind)
        cpus = sorted(c for k, _, (_w, c) in results if k == kind)
        print(f"{kind}: wall max {walls[-1]:.3f} s, median {walls[len(walls) // 2]:.3f} s; "
              f"cpu max {cpus[-1]:.3f} s (target <= {limit:.0f} s)")


if __name__ == "__main__":
    main()
