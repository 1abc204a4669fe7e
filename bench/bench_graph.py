"""Graph figures on a generated corpus: full build, incremental update, 2-hop queries, resolution.

    python bench/bench_graph.py                 # 100,000 articles, ~300,000 directives (a few minutes)
    python bench/bench_graph.py --scale 0.05    # 5,000 articles, for a quick look

Prints: build time and peak memory for the whole corpus (targets <= 60 s, <= 4 GB),
the time to fold in 1,000 new articles (<= 5 s), load_graph time and memory, 2-hop
neighbourhood query times (< 200 ms), and resolution precision/recall on the dev gold
(../shared/eval/dev) and the demo gold (corpus/demo/gold.jsonl) when present.

The corpus is synthetic: officials of real kabupaten/kota (Kemendagri codes from
extract/data/regions.json.gz), names drawn from a small pool so that namesakes occur
in different regencies, short forms and honorifics, title-only issuers, and 20% of the
articles syndicated copies (same story_id) of an earlier one. Each phase runs in its
own process so its peak memory is its own (the build's includes its fold process).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

FIRST = ["Bambang", "Agus", "Siti", "Dwi", "Eko", "Sri", "Budi", "Hendro", "Rudi", "Yuli", "Ahmad", "Nur", "Wahyu",
         "Tri", "Andi", "Dedi", "Iwan", "Rina", "Heru", "Joko", "Slamet", "Ratna", "Yusuf", "Fajar", "Lalu", "Made"]
LAST = ["Setiawan", "Santoso", "Hidayat", "Wibowo", "Prasetyo", "Kurniawan", "Susanto", "Rahman", "Saputra",
        "Hartono", "Wijaya", "Nugroho", "Sugiharto", "Handoko", "Rosyadi", "Fauzan", "Purnomo", "Siregar", "Lubis",
        "Harahap", "Mahendra", "Syahputra", "Gunawan", "Halim", "Sanusi", "Wicaksono", "Permana", "Utomo"]
TITLES = ["Bupati", "Wakil Bupati", "Sekda", "Kepala Dinas Pendidikan", "Kepala Dinas Kesehatan", "Kepala BKPSDM",
          "Camat", "Ketua Bawaslu", "Kepala Satpol PP", "Kapolres", "Kepala BPBD", "Inspektur"]
ACTING = [None, None, None, "Pj", "Plt"]
TYPES = ["appeal", "instruction", "prohibition", "sanction_warning", "policy", "oversight"]
TARGETS = ["ASN", "non-ASN", "PNS", "PPPK", "kepala desa", "camat", "OPD", "guru", "masyarakat", "sekolah",
           "pelaku usaha", "perangkat desa"]
LAWS = ["UU Nomor 20 Tahun 2023", "PP Nomor 94 Tahun 2021", "UU Nomor 5 Tahun 2014", "PP Nomor 53 Tahun 2010",
        "Perbup Nomor 12 Tahun 2024"]
OUTLETS = [f"outlet{i:02d}" for i in range(40)]
CUES = {"appeal": "mengimbau", "instruction": "menginstruksikan", "prohibition": "melarang",
        "sanction_warning": "akan menindak", "policy": "menerbitkan surat edaran", "oversight": "membentuk satgas"}


def regions() -> list[tuple[str, str]]:
    from arahan.extract.graph.entities import region_table

    by_code, _ = region_table()
    rows = [(code, info[0]) for code, info in by_code.items() if info[1] != "provinsi" and info[1] != "kecamatan"]
    return sorted(rows) or [(f"35.{i:02d}", f"Kabupaten Contoh {i}") for i in range(1, 80)]


class World:
    """Officials per regency, with tenure periods, drawn once per seed."""

    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.regions = regions()
        self.people: dict[str, list[dict]] = {}
        for code, name in self.regions:
            staff = []
            for title in TITLES:
                # Two successive holders per office over the two years, so tenure matters.
                for half in (0, 1):
                    staff.append({"key": f"{code}#{len(staff)}",
                                  "name": f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}", "title": title,
                                  "acting": self.rng.choice(ACTING) if title == "Bupati" else None,
                                  "from": half * 365, "to": half * 365 + 364})
            self.people[code] = staff

    def article(self, n: int, start: date) -> dict:
        rng = self.rng
        code, region = self.regions[rng.randrange(len(self.regions))]
        day = rng.randrange(730)
        pub = (start + timedelta(days=day)).isoformat()
        staff = [p for p in self.people[code] if p["from"] <= day <= p["to"]]
        who = rng.sample(staff, k=min(len(staff), rng.randint(1, 4)))
        sentences, officials, directives = [], [], []
        offset = 0

        def sentence(text: str) -> tuple[int, int]:
            nonlocal offset
            sentences.append(text)
            span = (offset, offset + len(text))
            offset += len(text) + 1
            return span

        where = {"region": region, "region_code": code}
        for p in who:
            title = f"{p['acting']} {p['title']}" if p["acting"] else p["title"]
            form = rng.random()
            name = p["name"] if form < 0.7 else p["name"].split()[-1] if form < 0.85 else f"Drs. H. {p['name']}, M.Si."
            s, e = sentence(f"{title} {region} {name} hadir dalam rapat koordinasi.")
            officials.append({"name": name, "title": title, **where, "org": None, "confidence": 0.9,
                              "person_key": p["key"],  # the truth, for the resolution figure
                              "evidence": {"start": s + len(title) + len(region) + 2, "end": s + len(title) + len(region) + 2 + len(name),
                                           "sent_start": s, "sent_end": e}})
        for _ in range(rng.choice((1, 2, 3, 3, 4, 5))):
            p = rng.choice(who)
            type_ = rng.choice(TYPES)
            targets = rng.sample(TARGETS, k=rng.randint(1, 2))
            title = f"{p['acting']} {p['title']}" if p["acting"] else p["title"]
            title_only = rng.random() < 0.1
            issuer = f"{title} {region.split(' ', 1)[1]}" if title_only else p["name"]
            cue = CUES[type_]
            s, e = sentence(f"{issuer} {cue} {' dan '.join(targets)} agar menjalankan arahan.")
            directives.append({
                "issuer": issuer, "issuer_title": title, "issuer_region": region, "issuer_region_code": code,
                "type": type_, "targets": targets, "cue": cue, "date": pub, "date_precision": "day",
                "legal_basis": [rng.choice(LAWS)] if rng.random() < 0.3 else [], "summary": None, "place": None,
                "confidence": round(rng.uniform(0.6, 0.95), 2),
                "evidence": {"sentence": sentences[-1], "start": s + len(issuer) + 1, "end": s + len(issuer) + 1 + len(cue),
                             "sent_start": s, "sent_end": e}})
        return {"url": f"https://{rng.choice(OUTLETS)}.example/{n}", "outlet": None, "published": pub,
                "text": " ".join(sentences), "result": {"officials": officials, "regions": [{"name": region, "code": code}],
                                                       "organizations": [], "directives": directives}}


def generate(db: str, first: int, count: int, seed: int, syndicated: float = 0.2) -> int:
    """Store `count` articles (numbered from `first`) with their extraction results; returns directives stored."""
    from arahan.store.database import Store

    world = World(seed)
    world.rng.seed(seed * 1000 + first)
    store = Store.open(db)
    n_dir = 0
    recent: list[tuple[int, dict]] = []
    with store.transaction():
        for i in range(first, first + count):
            if recent and world.rng.random() < syndicated:
                story, art = world.rng.choice(recent)
                art = dict(art, url=f"https://{world.rng.choice(OUTLETS)}.example/copy/{i}")
            else:
                story, art = None, world.article(i, date(2023, 1, 1))
            outlet = art["url"].split("//")[1].split(".")[0]
            doc = store.upsert_document({"canonical_url": art["url"], "outlet": outlet, "published": art["published"],
                                         "title": f"Berita {i}", "text": art["text"]})
            if story is not None:
                store.set_story(doc, story)
            store.save_extraction(doc, art["result"], backend="bench")
            n_dir += len(art["result"]["directives"])
            if story is None:
                recent.append((doc, art))
                recent = recent[-200:]
    store.close()
    return n_dir


def peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def interpreter() -> str:
    """Which CPython runs the figures. The same code folds 10-15% faster on a CPython built with
    profile-guided and link-time optimisation whose executable has libpython linked in (Debian's
    /usr/bin/python3.11) than on one built without them that calls libpython.so (a default pyenv
    build), so a build time means little without it (README, "Scaling out")."""
    import sysconfig

    try:
        with open("/proc/self/maps") as maps:
            shared = "libpython" in maps.read()
    except OSError:
        shared = None
    optimised = "--enable-optimizations" in (sysconfig.get_config_var("CONFIG_ARGS") or "")
    return (f"{sys.executable} (CPython {sys.version.split()[0]}; libpython "
            f"{'unknown' if shared is None else 'shared' if shared else 'linked in'}; "
            f"--enable-optimizations {'yes' if optimised else 'not in CONFIG_ARGS'})")


def children_cpu() -> float:
    t = os.times()
    return t.children_user + t.children_system


def phase(args) -> None:
    """Run one measured phase in this (child) process and print one JSON line."""
    from arahan.store.database import Store
    from arahan.extract.graph.build import load_graph, update_graph
    from arahan.extract.graph import query

    store = Store.open(args.db)
    base = peak_mb()
    out: dict = {}
    if args.phase == "build":
        t, c = time.perf_counter(), time.process_time() + children_cpu()
        out["stats"] = update_graph(store)
        # A bulk load folds in a child process: its CPU and peak memory count too.
        out["seconds"], out["cpu"] = time.perf_counter() - t, time.process_time() + children_cpu() - c
        out["fold_peak_mb"] = peak_mb(resource.RUSAGE_CHILDREN)
    elif args.phase == "load":
        t = time.perf_counter()
        G = load_graph(store)
        out["seconds"] = time.perf_counter() - t
        out["nodes"], out["edges"] = G.number_of_nodes(), G.number_of_edges()
        people = [n for n, d in G.nodes(data=True) if d["type"] == "Person"]
        rng = random.Random(1)
        sample = rng.sample(people, k=min(200, len(people)))
        times, sizes = [], []
        for p in sample:
            t = time.perf_counter()
            H = query.neighbourhood(G, p, k=2)
            times.append((time.perf_counter() - t) * 1000)
            sizes.append(H.number_of_nodes())
        times.sort()
        out["query_ms"] = {"median": times[len(times) // 2], "p95": times[int(len(times) * 0.95)], "max": times[-1]}
        out["query_nodes_median"] = sorted(sizes)[len(sizes) // 2]
        times = []
        for p in sample[:50]:  # the same question read from the store's indexes, as the app asks it
            t = time.perf_counter()
            query.neighbourhood(store, p, k=2)
            times.append((time.perf_counter() - t) * 1000)
        times.sort()
        out["store_query_ms"] = {"median": times[len(times) // 2], "max": times[-1]}
        path_g, path_s, lengths = [], [], []
        for a, b in zip(sample[:20], sample[20:40]):  # shortest path between two officials, both ways
            t = time.perf_counter()
            found = query.shortest_path(G, a, b)
            path_g.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            assert query.shortest_path(store, a, b) == found
            path_s.append((time.perf_counter() - t) * 1000)
            lengths.append(len(found) - 1)
        out["path_ms"] = {"graph": sorted(path_g)[10], "graph_max": max(path_g), "store": sorted(path_s)[10],
                          "store_max": max(path_s), "length": sorted(lengths)[10]}
        # The schema check a fresh build runs on every row it writes: time it over the whole graph's rows.
        import orjson

        from arahan.extract.graph import schema
        from arahan.store.graph import GraphTables

        tables = GraphTables(store)
        nodes = [(i, t, label, orjson.loads(a) if a else {}) for i, t, label, a in tables.iter_nodes()]
        edges = [(*row[:8], {}) for row in tables.iter_edges()]
        t = time.perf_counter()
        schema.check_rows(nodes, edges)
        out["schema_check_s"] = time.perf_counter() - t
        region = max((n for n, d in G.nodes(data=True) if d["type"] == "Region"), key=G.degree)
        t = time.perf_counter()
        rows = query.who_instructed(G, region, "2024-01-01", "2024-03-31")
        out["who_ms"] = (time.perf_counter() - t) * 1000
        out["who_rows"] = len(rows)
        t = time.perf_counter()
        query.top_issuers(G, limit=10)
        out["top_ms"] = (time.perf_counter() - t) * 1000
        t = time.perf_counter()
        query.top_issuers(G, region_id=region, directive_type="prohibition", date_from="2024-01-01", limit=10)
        out["top_again_ms"] = (time.perf_counter() - t) * 1000
        t = time.perf_counter()
        query.who_instructed(G, region, "2024-04-01", "2024-06-30")
        out["who_again_ms"] = (time.perf_counter() - t) * 1000
        t = time.perf_counter()
        out["who_all_rows"] = len(query.who_instructed(G, region))
        out["who_all_ms"] = (time.perf_counter() - t) * 1000
        t = time.perf_counter()
        query.who_instructed(store, region)  # the app's way: read from the store
        out["who_all_store_ms"] = (time.perf_counter() - t) * 1000
        t = time.perf_counter()
        query.search_entities(G, "bambang setiawan")
        out["search_first_ms"] = (time.perf_counter() - t) * 1000
        t = time.perf_counter()
        query.search_entities(G, "agus santoso")
        out["search_again_ms"] = (time.perf_counter() - t) * 1000
    elif args.phase == "resolution":
        out.update(synthetic_resolution(store))
    out["peak_mb"] = peak_mb()
    out["base_mb"] = base
    store.close()
    print(json.dumps(out))


def synthetic_resolution(store) -> dict:
    """Pairwise precision/recall of person resolution over every named official of the generated corpus.

    The generator knows who each mention is (person_key); namesakes (same name in another
    regency, or even in the same one) and short forms ("Setiawan") are frequent by design.
    """
    from collections import Counter

    from arahan.extract.graph.build import GraphBuilder
    from arahan.extract.graph.entities import name_key, slug, split_title
    from arahan.extract.graph.resolve import alias_key

    builder = GraphBuilder(store)
    aliases = {r["key"]: r["person_id"] for r in store.query("SELECT key, person_id FROM graph_aliases")}
    joint, pred, gold = Counter(), Counter(), Counter()
    for m in store.mentions(kind="official"):
        truth = (m["attrs"] or {}).get("person_key")
        if not truth or not m["name"]:
            continue
        office = slug(split_title(m["title"])[0]) if m["title"] else ""
        pid = aliases.get(alias_key(builder.anchor(m["region"], m["region_code"], m["org"]), name_key(m["name"]), office))
        joint[(pid, truth)] += 1
        pred[pid] += 1
        gold[truth] += 1

    def pairs(counter):
        return sum(n * (n - 1) // 2 for n in counter.values())

    tp, merged, same = pairs(joint), pairs(pred), pairs(gold)
    return {"mentions": sum(gold.values()), "persons_gold": len(gold), "persons_found": len(pred),
            "precision": tp / merged if merged else 1.0, "recall": tp / same if same else 1.0}


def child(db: str, name: str) -> dict:
    proc = subprocess.run([sys.executable, __file__, "--phase", name, "--db", db], capture_output=True, text=True)
    if proc.returncode:
        raise SystemExit(f"phase {name} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def resolution() -> None:
    from arahan.extract.graph.report import load_gold, resolution_report

    sources = [p for p in (REPO.parent / "shared" / "eval" / "dev", REPO / "corpus" / "demo" / "gold.jsonl") if p.exists()]
    for label, paths in [(str(p.relative_to(REPO.parent)) if p.is_relative_to(REPO.parent) else str(p), [p]) for p in sources] + \
            ([("both", sources)] if len(sources) > 1 else []):
        r = resolution_report(load_gold(paths))
        print(f"resolution on {label}: {r['mentions']} named mentions, {r['persons_gold']} gold persons, "
              f"{r['pairs_gold']} cross-article same-person pairs; precision {r['precision']:.3f} "
              f"recall {r['recall']:.3f}; false merges {len(r['false_merges'])}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scale", type=float, default=1.0, help="fraction of the 100,000-article corpus")
    ap.add_argument("--new", type=int, default=1000, help="articles added for the incremental figure")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--db", help=argparse.SUPPRESS)
    ap.add_argument("--phase", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.phase:
        return phase(args)
    n = max(100, int(100_000 * args.scale))
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "bench.db")
        t = time.perf_counter()
        n_dir = generate(db, 0, n, args.seed)
        print(f"generated {n:,} articles with {n_dir:,} directives in {time.perf_counter() - t:.0f} s "
              f"(store {os.path.getsize(db) / 2**20:.0f} MB)")
        print(f"interpreter: {interpreter()}")
        build = child(db, "build")
        print(f"load while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs (wall time includes waiting)")
        print(f"graph build: {n:,} articles in {build['seconds']:.1f} s (CPU {build['cpu']:.1f} s, both processes), "
              f"peak memory {build['peak_mb'] + build['fold_peak_mb']:.0f} MB ({build['peak_mb']:.0f} MB writing "
              f"+ {build['fold_peak_mb']:.0f} MB in the fold process) "
              f"(targets at 100,000: <= 60 s, <= 4096 MB); {build['stats']}")
        generate(db, n, args.new, args.seed + 1)
        inc = child(db, "build")
        print(f"incremental: +{args.new:,} articles in {inc['seconds']:.2f} s (CPU {inc['cpu']:.2f} s; target <= 5 s), "
              f"peak memory {inc['peak_mb']:.0f} MB")
        load = child(db, "load")
        print(f"load_graph: {load['nodes']:,} nodes, {load['edges']:,} edges in {load['seconds']:.1f} s, "
              f"peak memory {load['peak_mb']:.0f} MB")
        q = load["query_ms"]
        print(f"2-hop neighbourhood of a person (200 samples, median {load['query_nodes_median']} nodes): "
              f"median {q['median']:.1f} ms, p95 {q['p95']:.1f} ms, max {q['max']:.1f} ms (target < 200 ms)")
        print(f"the same 2-hop question read from the store (the app's way, 50 samples): median "
              f"{load['store_query_ms']['median']:.1f} ms, max {load['store_query_ms']['max']:.1f} ms")
        p = load["path_ms"]
        print(f"shortest path between two officials (20 pairs, median length {p['length']}): median "
              f"{p['graph']:.0f} ms (max {p['graph_max']:.0f}) on the loaded graph, {p['store']:.0f} ms "
              f"(max {p['store_max']:.0f}) read from the store, as the app does")
        print(f"schema check of every node and edge row (what a fresh build checks as it writes; an "
              f"incremental build checks only its new rows): {load['schema_check_s']:.2f} s")
        print(f"first calls (they build per-graph caches): who_instructed (busiest region, one quarter, "
              f"{load['who_rows']} rows) {load['who_ms']:.0f} ms, top_issuers {load['top_ms']:.0f} ms, "
              f"search_entities {load['search_first_ms']:.0f} ms")
        print(f"who_instructed of the busiest region over all dates ({load['who_all_rows']} rows): "
              f"{load['who_all_ms']:.0f} ms on the loaded graph, {load['who_all_store_ms']:.0f} ms read from the store")
        print(f"later calls: top_issuers (region, type, period) {load['top_again_ms']:.0f} ms, who_instructed "
              f"{load['who_again_ms']:.0f} ms, search_entities {load['search_again_ms']:.0f} ms")
        res = child(db, "resolution")
        print(f"resolution on the generated corpus ({res['mentions']:,} named mentions, {res['persons_gold']:,} persons, "
              f"{res['persons_found']:,} found; namesakes and short forms by design): "
              f"pairwise precision {res['precision']:.3f}, recall {res['recall']:.3f}")
    resolution()


if __name__ == "__main__":
    sys.stdout.reconfigure(line_buffering=True)  # figures appear as they come, also in a log file
    main()
