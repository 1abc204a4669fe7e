"""A hostile HTTP server on 127.0.0.1 and damaged archives, for the fault suite (and bench_faults).

Each route is a function `(handler, count) -> None` that writes whatever it likes to the
socket (a dripping body, headers that never end, a day-long Retry-After, a gzip bomb), so
every test states its own misbehaviour next to its assertions.
"""

from __future__ import annotations

import io
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


PLACES = ["Sleman", "Bantul", "Kulon Progo", "Gunungkidul", "Klaten", "Boyolali", "Sukoharjo", "Wonogiri",
          "Karanganyar", "Sragen", "Magelang", "Temanggung", "Wonosobo", "Purworejo", "Kebumen", "Banyumas"]
TOPICS = ["banjir di bantaran sungai", "harga beras di pasar", "jalan rusak menuju desa", "sampah di tempat wisata",
          "antrean pupuk bersubsidi", "stunting pada balita", "pungutan liar di sekolah", "kemacetan saat mudik"]


def article(title: str, n: int = 0) -> bytes:
    """A small Indonesian news page; different `n` give texts that are not near-duplicates."""
    place, topic = PLACES[n % len(PLACES)], TOPICS[(n // len(PLACES)) % len(TOPICS)]
    sentences = [f"Bupati {place} meminta camat dan lurah menangani {topic} dalam laporan nomor {n}.",
                 f"Warga {place} mengeluhkan {topic} sejak pekan lalu kepada dinas terkait.",
                 f"Sekretaris daerah {place} diminta melaporkan perkembangan {topic} setiap hari kepada bupati.",
                 f"Kepala dinas menyebut anggaran {n * 7 + 3} juta rupiah disiapkan untuk {topic}.",
                 f"Rapat koordinasi di {place} digelar pada hari ke-{n + 2} bulan ini bersama DPRD."]
    body = "".join(f"<p>{s} {s}</p>" for s in sentences)
    return (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}"
            f"</article></body></html>").encode()


class HostileServer:
    def __init__(self):
        self.routes: dict = {}
        self.hits: Counter = Counter()
        self.lock = threading.Lock()
        self.stop = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_GET(self):
                path = self.path.split("?")[0]
                with server.lock:
                    server.hits[path] += 1
                    count = server.hits[path]
                route = server.routes.get(path)
                try:
                    if route is None:
                        send(self, 404, b"tidak ada", "text/plain")
                    else:
                        route(self, count)
                except (BrokenPipeError, ConnectionResetError, OSError):
                    pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self):
        self.stop.set()
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> "HostileServer":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def send(handler, status: int, body: bytes, ctype: str = "text/html; charset=utf-8", headers: dict | None = None):
    handler.send_response(status)
    handler.send_header("Content-Type", ctype)
    for key, value in (headers or {}).items():
        handler.send_header(key, value)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def drip(handler, data: bytes, every: float, stop: threading.Event, limit: float = 30.0):
    """Write `data` one byte at a time, `every` seconds apart (at most `limit` s, so a
    broken fetcher fails the test instead of hanging it)."""
    started = time.monotonic()
    for byte in data:
        if stop.is_set() or time.monotonic() - started > limit:
            return
        handler.wfile.write(bytes([byte]))
        handler.wfile.flush()
        time.sleep(every)




def make_warc(path: Path, n: int = 5, gz: bool = True) -> list[int]:
    """A WARC of n article responses (https://kabar.example/berita/<i>); each record's byte offset."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    offsets = []
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gz)
        for i in range(n):
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            offsets.append(handle.tell())
            writer.write_record(writer.create_warc_record(
                f"https://kabar.example/berita/{i}", "response", payload=io.BytesIO(article(f"Kabar Daerah {i}", i)),
                http_headers=http))
    return offsets


def damage(path: Path, offsets: list[int], record: int) -> None:
    """Overwrite 20 bytes in the middle of one record with zeros."""
    data = bytearray(path.read_bytes())
    middle = offsets[record] + (offsets[record + 1] - offsets[record]) // 2
    data[middle:middle + 20] = b"\x00" * 20
    path.write_bytes(bytes(data))


def dripping_body(server: HostileServer):
    """A route that sends honest headers, then the page one byte every 0.05 s."""
    def route(handler, count):
        body = article("Air Sungai Naik")
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        drip(handler, body, 0.05, server.stop)   # steady, so no single read ever times out
    return route


def dripping_headers(server: HostileServer):
    """A route whose headers never end (a byte every 0.05 s)."""
    def route(handler, count):
        handler.wfile.write(b"HTTP/1.1 200 OK\r\n")
        drip(handler, b"X-Padding: " + b"a" * 5000 + b"\r\n\r\n", 0.05, server.stop)
    return route


def write_junk(folder: Path) -> list[str]:
    """Garbage and empty archives and JSON Lines files; their names."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "sampah.warc").write_bytes(b"ini bukan arsip web sama sekali\n" * 50)
    (folder / "sampah.warc.gz").write_bytes(b"\x1f\x8b\x08\x00 rusak" * 10)
    for name in ("kosong.warc", "kosong.warc.gz", "kosong.jsonl"):
        (folder / name).write_bytes(b"")
    return sorted(p.name for p in folder.iterdir())


def write_pages(folder: Path, n: int, first: int = 0, prefix: str = "berita") -> Path:
    """n article pages as HTML files (texts first .. first+n-1, no two near-duplicates)."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(first, first + n):
        (folder / f"{prefix}-{i}.html").write_bytes(article(f"Kabar Daerah Nomor {i}", i))
    return folder
