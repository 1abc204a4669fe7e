"""Benchmark of full-text search and watchlists (`make bench`; issue 17).

Search: a store of generated articles (default 100,000, about 220 words each, drawn with
Zipf weights from the lemmatizer's 30,000 most frequent-looking forms, plus planted terms
at known rates: "fogging" 0.5 %, the phrase "kawasan tanpa rokok" 1 %, "melarang" 5 %).
Prints the time to insert them with the FTS5 triggers on, to rebuild the index from
scratch, its size, and the median and p95 of `arahan.corpus.search.search` (20 best hits with
snippets, the total, and the six facets) over a mix of words, phrases, AND/OR/NOT and
prefixes; with --stem-docs N also the stemmed index built over N articles.

Watch: a generated store with extraction results and its graph (arahan.app.fixtures, about
--watch-articles articles), then one run of three watchlists (a province with its
kabupaten, a directive type with a minimum of outlets, keywords).

Update: `arahan update` on a folder source of --update-articles generated articles, run
twice: the second run finds nothing new and should take seconds.

Targets: median query <= 100 ms, p95 <= 300 ms, index build <= 2 min, watch run <= 5 s.
Stores go to bench/out/ (gitignored) and are reused; --fresh rebuilds them.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from arahan.corpus.search import search  # noqa: E402
from arahan.store.database import Store  # noqa: E402
from arahan.store.search import SearchTables  # noqa: E402

OUT = ROOT / "bench" / "out"
TABLES = ROOT / "models" / "id_arahan_news" / "lemmatizer" / "lemma_tables.json.gz"
OUTLETS = ["kabarjatim", "jabarpost", "lombokpos", "radarkota", "suarakaltim", "wartasulsel", "tribunbali", "riaunews"]
PLANTED = [("fogging", 0.005), ("kawasan tanpa rokok", 0.01), ("melarang", 0.05), ("larangan", 0.03)]
QUERIES = ["fogging", '"kawasan tanpa rokok"', "melarang", "larangan OR melarang", "rokok AND sekolah",
           "bupati NOT gubernur", "pemer*", "netralitas", '"tanpa rokok" NOT fogging', "(vaksin OR fogging) warga",
           "kesehatan", "pendidikan AND guru"]


def vocabulary(n: int = 30_000) -> list[str]:
    tables = json.loads(gzip.decompress(TABLES.read_bytes()))
    words = sorted({w for w in list(tables["lookup"]) + tables["roots"] if w.isalpha() and 3 <= len(w) <= 14})
    rng = random.Random(5)
    rng.shuffle(words)
    base = ["pemerintah", "daerah", "warga", "kabupaten", "kota", "bupati", "gubernur", "sekolah", "guru", "rokok",
            "kesehatan", "pendidikan", "vaksin", "netralitas", "asn", "kepala", "dinas", "masyarakat", "tahun", "kegiatan"]
    return base + words[: n - len(base)]


def generate(path: Path, n: int) -> float:
    """Write n articles; returns the seconds it took (FTS5 triggers indexing as rows arrive)."""
    rng = random.Random(11)
    vocab = vocabulary()
    cumulative, total = [], 0.0
    for i in range(len(vocab)):  # Zipf: the i-th word is 1/(i+1) as frequent as the first
        total += 1 / (i + 1)
        cumulative.append(total)
    t = time.perf_counter()
    with Store.open(path) as store:
        for start in range(0, n, 5000):
            with store.transaction():
                for i in range(start, min(n, start + 5000)):
                    words = rng.choices(vocab, cum_weights=cumulative, k=rng.randint(150, 300))
                    for term, rate in PLANTED:
                        if rng.random() < rate:
                            words.insert(rng.randrange(len(words)), term)
                    sentences = [" ".join(words[j:j + 14]).capitalize() + "." for j in range(0, len(words), 14)]
                    day = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                    outlet = rng.choice(OUTLETS)
                    store.upsert_document({"canonical_url": f"https://{outlet}.example/{i}", "outlet": outlet,
                                           "title": " ".join(words[:8]).capitalize(), "published": day,
                                           "text": " ".join(sentences), "status": "ok"})
            print(f"  {min(n, start + 5000):,} articles written", end="\r", flush=True)
    print()
    return time.perf_counter() - t


def bench_search(n: int, fresh: bool, stem_docs: int) -> None:
    path = OUT / f"search-{n}.db"
    OUT.mkdir(parents=True, exist_ok=True)
    if fresh or not path.exists():
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        took = generate(path, n)
        print(f"insert {n:,} articles with the index kept by triggers: {took:.1f} s")
    with Store.open(path) as store:
        tables = SearchTables(store)
        t = time.perf_counter()
        tables.rebuild_plain()
        build = time.perf_counter() - t
        sizes = tables.index_bytes()
        total = Path(path).stat().st_size
        print(f"index build (rebuild from {n:,} articles): {build:.1f} s (target <= 120 s)")
        print(f"index size: {sizes['documents_fts'] / 2**20:.1f} MiB for the plain index "
              f"(store file {total / 2**20:.1f} MiB)")
        for facets in (True, False):
            times, per_query = [], {}
            for _round in range(5):
                for q in QUERIES:
                    t = time.perf_counter()
                    result = search(store, q, facets=facets)
                    took = (time.perf_counter() - t) * 1000
                    times.append(took)
                    per_query.setdefault(q, []).append(took)
                    assert result.total >= 0
            slowest = sorted(per_query.items(), key=lambda kv: -statistics.median(kv[1]))[:3]
            times.sort()
            p95 = times[int(0.95 * (len(times) - 1))]
            print(f"query ({'with' if facets else 'without'} facets, {len(times)} runs of {len(QUERIES)} queries): "
                  f"median {statistics.median(times):.1f} ms, p95 {p95:.1f} ms, max {times[-1]:.1f} ms "
                  "(targets 100 / 300 ms)")
            print("  slowest: " + ", ".join(f"{q!r} {statistics.median(v):.0f} ms" for q, v in slowest))
            plain = sorted(x for q, v in per_query.items() if "*" not in q for x in v)
            print(f"  without prefix queries: median {statistics.median(plain):.1f} ms, "
                  f"p95 {plain[int(0.95 * (len(plain) - 1))]:.1f} ms")
        for q in QUERIES[:4]:
            print(f"  {q!r}: {search(store, q, facets=False).total:,} matches")
        if stem_docs:
            # Stem the first stem_docs articles only: the rate extrapolates to the whole corpus.
            from arahan.corpus.search import stemmer

            stem = stemmer()
            t = time.perf_counter()
            rows = tables.unstemmed(limit=stem_docs)
            tables.put_stems((r["id"], stem.text(f"{r['title']}\n{r['text']}")) for r in rows)
            took = time.perf_counter() - t
            rate = len(rows) / took
            print(f"stemmed index: {len(rows):,} articles in {took:.1f} s ({rate:,.0f} articles/s; "
                  f"{n / rate / 60:.1f} min for all {n:,})")


def bench_watch(articles: int, fresh: bool) -> None:
    from arahan.app.fixtures import generate_store
    from arahan.extract.watch import Watchlist, matches

    path = OUT / f"watch-{articles}.db"
    if fresh or not path.exists():
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        t = time.perf_counter()
        counts = generate_store(path, directives=int(articles / 0.72), seed=3)
        print(f"watch store: {counts['documents']:,} articles, {counts['directives']:,} directives, graph built "
              f"in {time.perf_counter() - t:.0f} s")
    with Store.open(path) as store:
        n_docs = store.query("SELECT count(*) AS n FROM documents")[0]["n"]
        lists = {"jatim": Watchlist(region="Jawa Timur"),
                 "bans-2-outlets": Watchlist(types=["prohibition"], min_outlets=2),
                 "study-tour": Watchlist(keywords='"study tour" OR satgas', min_confidence=0.6)}
        for name, wl in lists.items():
            t = time.perf_counter()
            found = matches(store, wl)
            first = time.perf_counter() - t
            t = time.perf_counter()
            again = matches(store, wl, skip={it["key"] for it in found})
            rerun = time.perf_counter() - t
            print(f"watch {name} over {n_docs:,} articles: first run {len(found):,} matches in {first:.2f} s, "
                  f"next run {len(again)} new in {rerun:.2f} s (target <= 5 s)")


def bench_update(articles: int) -> None:
    """`arahan update` on a folder source of generated articles: the first run, then an unchanged rerun."""
    import shutil
    import subprocess

    folder, db = OUT / "update-source", OUT / "update.db"
    shutil.rmtree(folder, ignore_errors=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    folder.mkdir(parents=True)
    rng = random.Random(2)
    with (folder / "articles.jsonl").open("w", encoding="utf-8") as fh:
        for i in range(articles):
            region = rng.choice(["Malang", "Bandung", "Sleman", "Gowa"])
            text = (f"{region.upper()} – Bupati {region} Ahmad Suryadi{i} melarang aparatur sipil negara di "
                    f"Kabupaten {region} menggelar rapat di luar kantor. Ia juga mengimbau warga menjaga kebersihan.")
            fh.write(json.dumps({"url": f"https://berita.example/{i}", "title": f"Larangan rapat {i}",
                                 "published": "2025-02-10", "text": text}) + "\n")
    arahan = [sys.executable, "-m", "arahan"]
    subprocess.run([*arahan, "sources", "add", "folder", str(folder), "--db", str(db)], check=True, capture_output=True)
    subprocess.run([*arahan, "watch", "add", "bans", "--type", "prohibition", "--db", str(db)], check=True,
                   capture_output=True)
    for label in ("first update", "unchanged rerun"):
        t = time.perf_counter()
        done = subprocess.run([*arahan, "update", "--db", str(db), "--out", str(OUT / "digests")],
                              capture_output=True, text=True)
        took = time.perf_counter() - t
        lines = [line for line in done.stdout.splitlines() if line.startswith(("extracted", "watchlist"))]
        print(f"arahan update, {label} ({articles} articles in a folder source): {took:.1f} s, exit {done.returncode}; "
              + "; ".join(lines))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--watch-articles", type=int, default=100_000)
    parser.add_argument("--stem-docs", type=int, default=2_000)
    parser.add_argument("--update-articles", type=int, default=200)
    parser.add_argument("--fresh", action="store_true")
    args = parser.parse_args()
    if args.articles:
        bench_search(args.articles, args.fresh, args.stem_docs)
    if args.watch_articles:
        bench_watch(args.watch_articles, args.fresh)
    if args.update_articles:
        bench_update(args.update_articles)


if __name__ == "__main__":
    main()
