"""End to end: regional-news pages on disk to a built graph, on 1 and 2 local workers and a Dask LocalCluster.

    python bench/bench_e2e.py                     # ARAHAN_E2E_N pages (default 2,000)
    ARAHAN_E2E_N=10000 python bench/bench_e2e.py  # the README figure
    python bench/bench_e2e.py -n 1000 --engines local:1 --repeat 3   # re-extraction speed-up, best of 3

Writes N generated regional-news pages of realistic size (100-200 KB of HTML each: the
article, a few KB of Indonesian text with officials and directives, inside the navigation,
sidebars, scripts and related-article lists of a news site) to a temporary folder, then for
each engine, in a child process of its own (so peak memory is that run's):

  import   `arahan import`: HTML extraction, cleaning, dedup, raw pages kept
  extract  `arahan extract`: officials, regions, organizations, directives
  graph    the graph build over every document's findings

Prints pages/s per stage, total wall time and peak memory (the client's and the largest
worker's). Then re-extraction of the stored corpus (`arahan extract --all`) with 1 and 2
workers, and the speed-up (with --repeat, rounds of both, the fastest of each). The load
average and CPU seconds are printed: on a shared machine wall times include waiting for the CPU.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

FIRST = ["Bambang", "Agus", "Siti", "Dwi", "Eko", "Sri", "Budi", "Hendro", "Rudi", "Yuli", "Ahmad", "Nur", "Wahyu",
         "Tri", "Andi", "Dedi", "Iwan", "Rina", "Heru", "Joko", "Slamet", "Ratna", "Yusuf", "Fajar"]
LAST = ["Setiawan", "Santoso", "Hidayat", "Wibowo", "Prasetyo", "Kurniawan", "Susanto", "Rahman", "Saputra",
        "Hartono", "Wijaya", "Nugroho", "Sugiharto", "Handoko", "Purnomo", "Siregar", "Lubis", "Gunawan"]
PLACES = [("Kabupaten", "Malang"), ("Kabupaten", "Klaten"), ("Kota", "Batu"), ("Kabupaten", "Sleman"),
          ("Kota", "Samarinda"), ("Kabupaten", "Kutai Kartanegara"), ("Kabupaten", "Lombok Timur"),
          ("Kota", "Kendari"), ("Kabupaten", "Banyumas"), ("Kabupaten", "Garut"), ("Kota", "Padang"),
          ("Kabupaten", "Gowa"), ("Kota", "Pontianak"), ("Kabupaten", "Jember"), ("Kabupaten", "Bantul")]
HEADS = {"Kabupaten": "Bupati", "Kota": "Wali Kota"}
CUES = [("mengimbau", "agar menjaga netralitas menjelang pilkada"),
        ("menginstruksikan", "untuk mempercepat pendataan warga miskin ekstrem"),
        ("melarang", "menggelar study tour ke luar daerah"),
        ("meminta", "mengawasi kehadiran pegawai setelah libur panjang"),
        ("mengingatkan", "bahwa pelanggaran disiplin akan dikenai sanksi sesuai PP Nomor 94 Tahun 2021")]
TARGETS = ["seluruh ASN", "para camat", "kepala desa", "kepala sekolah", "pelaku usaha", "kepala OPD"]
FILLER = ["Kegiatan itu dihadiri unsur forum koordinasi pimpinan daerah, tokoh masyarakat, dan perwakilan organisasi "
          "kepemudaan.", "Menurut data dinas terkait, jumlah laporan warga meningkat dibanding tahun sebelumnya.",
          "Warga berharap pemerintah daerah konsisten menjalankan kebijakan tersebut hingga ke tingkat desa.",
          "Sejumlah anggota DPRD menyatakan akan memantau pelaksanaan di lapangan melalui rapat dengar pendapat.",
          "Anggaran kegiatan bersumber dari APBD dan dana alokasi khusus tahun berjalan."]


def _article(rng: random.Random, n: int) -> tuple[str, str, str]:
    kind, place = rng.choice(PLACES)
    head = HEADS[kind]
    boss = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    sekda = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    day = rng.randrange(1, 28)
    month = rng.randrange(1, 13)
    cue, what = rng.choice(CUES)
    target = rng.choice(TARGETS)
    title = f"{head} {place} {cue.capitalize()} {target.title()} {what.split()[0].capitalize()} ({n})"
    paras = [f"{place.upper()} - {head} {place}, {boss}, {cue} {target} {what}, Senin ({day}/{month}/2024).",
             f"\"Ini arahan langsung. Saya minta semua pihak serius, jangan sampai ada yang lalai,\" kata {boss} "
             f"di kantor {head.lower()} {place}."]
    for _ in range(rng.randint(4, 9)):
        paras.append(" ".join(rng.sample(FILLER, k=3)))
        if rng.random() < 0.4:
            cue2, what2 = rng.choice(CUES)
            paras.append(f"Sekretaris Daerah {kind} {place}, {sekda}, juga {cue2} {rng.choice(TARGETS)} {what2}.")
    return title, f"2024-{month:02d}-{day:02d}", "\n".join(f"<p>{p}</p>" for p in paras)


def page(rng: random.Random, n: int) -> str:
    """One news page of 100-200 KB: the article in a news site's chrome."""
    title, published, body = _article(rng, n)
    target = rng.randint(100_000, 200_000)
    nav = "".join(f'<li><a href="/kanal/{i}">Kanal {i}</a></li>' for i in range(60))
    related = "".join(f'<li><a href="/berita/{rng.randrange(10**6)}">Berita terkait nomor {rng.randrange(10**6)} '
                      f'tentang pembangunan daerah</a><span class="date">2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}'
                      f'</span></li>' for _ in range(40))
    head = (f'<!doctype html><html lang="id"><head><meta charset="utf-8"><title>{title}</title>'
            f'<link rel="canonical" href="https://warta{n % 7}.example/berita/{n}">'
            f'<meta property="article:published_time" content="{published}T08:00:00+07:00">'
            f'<style>{"".join(f".c{i}{{margin:{i}px;padding:{i % 7}px;color:#{i:06x}}}" for i in range(400))}</style>'
            '</head><body>')
    page = (f'{head}<header><nav><ul>{nav}</ul></nav></header><main><article><h1>{title}</h1>'
            f'<div class="byline">Reporter: {rng.choice(FIRST)} {rng.choice(LAST)}</div>{body}</article>'
            f'<aside><h3>Berita Terkait</h3><ul>{related}</ul></aside></main>')
    script = "var ads=" + json.dumps([{"slot": i, "size": [300, 250], "k": "x" * 40} for i in range(300)]) + ";"
    while len(page) + len(script) < target:
        page += f"<script>{script}</script>"
    return page + "<footer>Hak cipta 2024 Warta Daerah</footer></body></html>"


def write_pages(folder: Path, n: int, seed: int = 7) -> int:
    rng = random.Random(seed)
    size = 0
    for i in range(n):
        html = page(rng, i)
        (folder / f"{i:06d}.html").write_text(html, encoding="utf-8")
        size += len(html)
    return size


def _engine(spec: str):
    from arahan.corpus.engine import DaskEngine, LocalEngine

    kind, workers = spec.split(":")
    return DaskEngine(workers=int(workers)) if kind == "dask" else LocalEngine(processes=int(workers))


def run_stages(pages: str, db: str, spec: str, stages: list[str]) -> dict:
    """One measured run in this (child) process; returns seconds per stage and peaks."""
    from arahan.corpus.batch import import_paths
    from arahan.store.database import Store
    from arahan.extract.batch import extract_store, todo
    from arahan.extract.graph.build import update_graph
    from arahan.extract.pipeline import build_pipeline

    build_pipeline("blank")  # loaded before the workers start, as `arahan extract` does
    out: dict = {"spec": spec}
    engine = _engine(spec)
    try:
        with Store.open(db) as store:
            for stage in stages:
                t, c = time.perf_counter(), cpu_all()
                if stage == "import":
                    summary = import_paths(store, [pages], engine)
                    out["documents"] = summary.counts.get("extracted", 0)
                else:
                    ids = todo(store, all_=stage == "reextract")
                    run_id = store.start_run("extract", {"all": stage == "reextract", "backend": "blank"})
                    counts = extract_store(store, engine, backend="blank", ids=ids, run_id=run_id)
                    store.finish_run(run_id, counts)
                    out[f"{stage}_docs"] = counts["documents"]
                    if stage == "extract":
                        out[stage], out[f"{stage}_cpu"] = time.perf_counter() - t, cpu_all() - c
                        t, c = time.perf_counter(), cpu_all()
                        update_graph(store)
                        stage = "graph"
                out[stage], out[f"{stage}_cpu"] = time.perf_counter() - t, cpu_all() - c
        if getattr(engine, "client", None) is not None:  # Dask workers: ask them
            out["worker_peak_mb"] = max(engine.client.run(_peak_kb).values()) / 1024
    finally:
        engine.close()  # a process pool is joined here, so its peak counts among our children
    out["client_peak_mb"] = _peak_kb() / 1024
    # CPU of this process and of the workers (joined by now, Dask's too: its nannies live
    # here): on a shared machine the work done, where wall time also counts the waiting.
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    out["cpu"] = me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime
    if "worker_peak_mb" not in out:
        children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        out["worker_peak_mb"] = children if engine.workers > 1 else out["client_peak_mb"]
    return out


def cpu_all() -> float:
    """CPU seconds of this process and all its descendants, the live ones (pool and Dask
    workers) and those already ended: the work a stage did, whatever the load."""
    import psutil  # installed with distributed

    total = 0.0
    me = psutil.Process()
    for proc in [me, *me.children(recursive=True)]:
        try:
            t = proc.cpu_times()
        except psutil.Error:  # ended meanwhile: counted in its parent's children times
            continue
        total += t.user + t.system + t.children_user + t.children_system
    return total


def _peak_kb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def child(pages: str, db: str, spec: str, stages: list[str]) -> dict:
    proc = subprocess.run([sys.executable, __file__, "--child", spec, "--pages", pages, "--db", db,
                           "--stages", ",".join(stages)], capture_output=True, text=True)
    if proc.returncode:
        raise SystemExit(f"run {spec} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


LABELS = {"local:1": "local, 1 worker", "local:2": "local, 2 workers", "dask:2": "Dask LocalCluster, 2 workers"}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", help="folder of pages to use instead of generating them")
    ap.add_argument("-n", type=int, default=int(os.environ.get("ARAHAN_E2E_N", "2000")), help="pages to generate")
    ap.add_argument("--engines", default="local:1,local:2,dask:2")
    ap.add_argument("--no-reextract", action="store_true", help="skip the re-extraction figures")
    ap.add_argument("--repeat", type=int, default=1,
                    help="re-extraction rounds (1 worker, then 2, each round); the fastest of each counts")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--db", help=argparse.SUPPRESS)
    ap.add_argument("--stages", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(run_stages(args.pages, args.db, args.child, args.stages.split(","))))
        return
    with tempfile.TemporaryDirectory() as tmp:
        pages = Path(args.pages) if args.pages else Path(tmp) / "pages"
        if not args.pages:
            pages.mkdir()
            t = time.perf_counter()
            size = write_pages(pages, args.n)
            print(f"generated {args.n:,} pages, {size / args.n / 1024:.0f} KB of HTML each on average, "
                  f"in {time.perf_counter() - t:.0f} s")
        print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} (wall times include waiting)")
        stored = None
        for spec in args.engines.split(","):
            db = str(Path(tmp) / f"{spec.replace(':', '-')}.db")
            r = child(str(pages), db, spec, ["import", "extract"])
            total = r["import"] + r["extract"] + r["graph"]
            n = r["documents"]
            print(f"{LABELS.get(spec, spec)}: {n:,} pages in {total:.1f} s wall (CPU {r['cpu']:.0f} s in all "
                  f"processes): import {n / r['import']:.1f} pages/s (CPU {r['import_cpu']:.0f} s), extract "
                  f"{r['extract_docs'] / r['extract']:.1f} pages/s (CPU {r['extract_cpu']:.0f} s), graph build "
                  f"{r['graph']:.1f} s (CPU {r['graph_cpu']:.1f} s); peak memory client {r['client_peak_mb']:.0f} MB, "
                  f"per worker {r['worker_peak_mb']:.0f} MB; load average {os.getloadavg()[0]:.1f}")
            stored = stored or db
        if args.no_reextract:
            return
        times: dict[str, list[float]] = {"local:1": [], "local:2": []}
        for _ in range(args.repeat):
            # Rounds alternate the two, so a load that comes and goes on a shared machine hits both alike.
            for spec in times:
                db = str(Path(tmp) / "reextract.db")
                shutil.copy(stored, db)
                r = child(str(pages), db, spec, ["reextract"])
                times[spec].append(r["reextract"])
                print(f"re-extraction (extract --all), {LABELS[spec]}: {r['reextract_docs']:,} documents in "
                      f"{r['reextract']:.1f} s ({r['reextract_docs'] / r['reextract']:.1f} documents/s, CPU "
                      f"{r['reextract_cpu']:.1f} s), per worker {r['worker_peak_mb']:.0f} MB; load average "
                      f"{os.getloadavg()[0]:.1f}")
        one, two = min(times["local:1"]), min(times["local:2"])
        print(f"re-extraction speed-up with 2 workers: {one / two:.2f}x (target >= 1.8x)"
              + (f", fastest of {args.repeat} rounds each" if args.repeat > 1 else ""))


if __name__ == "__main__":
    sys.stdout.reconfigure(line_buffering=True)
    main()
