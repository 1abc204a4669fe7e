"""A real threaded HTTP server on 127.0.0.1 serving the fixture sites of tests/corpus/newsfixtures.py."""

from __future__ import annotations

import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import sys

import pytest

from arahan.corpus.fetch import FetchOptions

sys.path.insert(0, str(Path(__file__).resolve().parent))
import newsfixtures as site  # noqa: E402

REPO = Path(__file__).resolve().parents[2]


class FixtureServer:
    def __init__(self):
        self.requests: Counter = Counter()      # (host, path) -> count
        self.agents: set[str] = set()
        self.lock = threading.Lock()
        handler = self._handler()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self.other = f"http://localhost:{self.port}"
        self.routes = site.routes(self.base)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def hits(self, path: str, host: str = "127.0.0.1") -> int:
        return self.requests[(host, path)]

    def _handler(self):
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def handle(self):
                try:
                    super().handle()
                except (ConnectionResetError, BrokenPipeError):
                    pass  # the fetcher hung up on a body it refused (too large): expected

            def do_GET(self):
                host = (self.headers.get("Host") or "").split(":")[0]
                path = self.path.split("?")[0]
                with server.lock:
                    server.requests[(host, path)] += 1
                    server.agents.add(self.headers.get("User-Agent") or "")
                    count = server.requests[(host, path)]
                response = server.routes.get(path)
                try:
                    self._answer(response, count)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def _answer(self, r, count):
                if r is None:
                    return self._send(404, b"tidak ditemukan", "text/plain")
                if r.sleep:
                    time.sleep(r.sleep)
                if r.fail_first and count <= r.fail_first:
                    return self._send(r.status_first, b"coba lagi", "text/plain", r.headers)
                if r.etag and self.headers.get("If-None-Match") == r.etag:
                    return self._send(304, b"", None, {"ETag": r.etag})
                headers = dict(r.headers)
                if r.etag:
                    headers["ETag"] = r.etag
                if r.fake_length or r.stream_bytes:
                    self.send_response(r.status)
                    self.send_header("Content-Type", r.content_type)
                    if r.fake_length:
                        self.send_header("Content-Length", str(r.fake_length))
                    else:
                        self.send_header("Transfer-Encoding", "chunked")
                    self.end_headers()
                    chunk = b"<p>" + b"x" * 65530 + b"</p>"
                    sent = 0
                    while sent < (r.fake_length or r.stream_bytes):
                        data = chunk if r.fake_length else b"%x\r\n%s\r\n" % (len(chunk), chunk)
                        self.wfile.write(data)
                        sent += len(chunk)
                    if r.stream_bytes:
                        self.wfile.write(b"0\r\n\r\n")
                    return
                self._send(r.status, r.body, r.content_type if r.status < 300 else "text/plain", headers)

            def _send(self, status, body, content_type, headers=None):
                self.send_response(status)
                if content_type:
                    self.send_header("Content-Type", content_type)
                for key, value in (headers or {}).items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if body:
                    self.wfile.write(body)

        return Handler

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server():
    srv = FixtureServer()
    yield srv
    srv.close()


@pytest.fixture
def fast() -> FetchOptions:
    """Fetch options for tests: no politeness delay, short timeouts, private addresses allowed."""
    return FetchOptions(user_agent="ArahanTest/1.0", delay=0.0, connect_timeout=2.0, read_timeout=0.5, retries=2,
                        backoff=0.05, max_retry_after=2.0, allow_private=True)


@pytest.fixture
def ctrl_c_at_write(monkeypatch):
    """Make the writer raise KeyboardInterrupt (as Ctrl-C would) at its n-th result.

    Returns a function that takes the n and itself returns a function restoring the writer."""
    from arahan.corpus import writer as writer_mod

    original = writer_mod.Writer.write

    def arm(n: int):
        calls = {"n": 0}

        def write(self, result):
            calls["n"] += 1
            if calls["n"] == n:
                raise KeyboardInterrupt
            return original(self, result)

        monkeypatch.setattr(writer_mod.Writer, "write", write)
        return lambda: monkeypatch.setattr(writer_mod.Writer, "write", original)

    return arm
