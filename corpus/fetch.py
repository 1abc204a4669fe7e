"""A polite, safe HTTP fetcher for news pages, sitemaps and feeds.

Politeness: robots.txt is read once per host and obeyed (its Crawl-delay too); requests
to one host are serialised (`per_host` at a time) and spaced by `delay` seconds; the
User-Agent names us and can be changed. Robustness: connect and read timeouts, retries
with exponential backoff on timeouts, connection errors, 429 and 5xx (honouring
Retry-After, and at most `max_wait_per_url` seconds of waiting per URL in all), a
redirect limit with loop detection, and an overall deadline per response: a server that
drips one byte a second is cut off when the deadline passes, however steady the drip.

Safety: only http/https; no request to an address that is not globally routable
(loopback, private, carrier-grade NAT, link-local, 6to4/NAT64 forms of those ...)
unless `allow_private`; a name that cannot be resolved is refused. The host name is
resolved once, at connect time, and the socket connects to exactly the addresses that
were checked (`arahan.corpus.netguard`, which also enforces the deadline).
The size cap and content-type check happen on the headers, before any body is read;
sitemaps and feeds have their own, larger cap (the sitemap protocol allows 50 MB), and a
gzipped one is decompressed as a stream that stops at the cap.

`fetch()` never raises for a network or HTTP problem: it returns a `FetchResult` whose
`outcome` says what happened and `reason` why, so one bad URL never stops a batch.
"""

from __future__ import annotations

import email.utils
import threading
import time
import urllib.robotparser
import zlib
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import urllib3
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from arahan.corpus.netguard import DEADLINE, Deadline, GuardedConnection, Refused, private_address_problem

DEFAULT_USER_AGENT = "ArahanBot/0.1 (research corpus of Indonesian regional news; set --user-agent to add your contact)"
HTML_TYPES = ("text/html", "application/xhtml+xml")
# Documents a page links to (circulars, reports): read by arahan.corpus.docread, not refused as "not HTML".
DOCUMENT_TYPES = ("application/pdf", "application/x-pdf",
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                  "image/png", "image/jpeg", "image/tiff")
XML_TYPES = ("application/xml", "text/xml", "application/rss+xml", "application/atom+xml",
             "application/x-gzip", "application/gzip", "application/octet-stream", "text/plain")
RETRY_STATUSES = {429, 500, 502, 503, 504}
# Set on Ctrl-C: no new request starts (a retry included); what was fetched is kept.
STOP = threading.Event()


@dataclass(frozen=True)
class FetchOptions:
    user_agent: str = DEFAULT_USER_AGENT
    delay: float = 1.0              # seconds between two requests to one host
    per_host: int = 1               # requests in flight per host
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    max_bytes: int = 5_000_000
    max_discovery_bytes: int = 50_000_000   # sitemaps and feeds, after decompression
    max_document_bytes: int = 200_000_000   # a PDF, scan or .docx a page links to
    retries: int = 3
    backoff: float = 1.0            # first retry waits this long, then doubles
    max_retry_after: float = 120.0  # we never sleep longer than this on a Retry-After
    max_wait_per_url: float = 120.0 # all the retry waits of one URL together
    deadline: float | None = None   # a whole response (headers and body); None: 3 x read_timeout
    max_redirects: int = 5
    allow_private: bool = False
    respect_robots: bool = True

    @property
    def response_deadline(self) -> float:
        return self.deadline if self.deadline else 3 * self.read_timeout


@dataclass
class FetchResult:
    url: str
    outcome: str                    # ok | not_modified | robots | failed | interrupted
    reason: str | None = None
    final_url: str | None = None
    status: int | None = None
    content_type: str | None = None
    charset: str | None = None
    body: bytes = b""
    etag: str | None = None
    last_modified: str | None = None
    redirects: list[str] = field(default_factory=list)
    requests: int = 0

    @property
    def ok(self) -> bool:
        return self.outcome == "ok"


class _HostGate:
    """Per-host slots and spacing, shared by every thread of one process."""

    def __init__(self, per_host: int, delay: float):
        self.per_host, self.delay = max(1, per_host), delay
        self._lock = threading.Lock()
        self._slots: dict[str, threading.BoundedSemaphore] = {}
        self._next: dict[str, float] = {}
        self.crawl_delay: dict[str, float] = {}

    def acquire(self, host: str) -> None:
        with self._lock:
            slot = self._slots.setdefault(host, threading.BoundedSemaphore(self.per_host))
        slot.acquire()
        while True:
            with self._lock:
                now = time.monotonic()
                start = self._next.get(host, 0.0)
                if now >= start:
                    self._next[host] = now + max(self.delay, self.crawl_delay.get(host, 0.0))
                    return
            time.sleep(start - now)

    def release(self, host: str) -> None:
        self._slots[host].release()


class Fetcher:
    """Fetch URLs politely. One instance per process; safe to share between threads."""

    def __init__(self, options: FetchOptions | None = None):
        self.options = options or FetchOptions()
        o = self.options
        # Headers given per request replace the pool's defaults in urllib3, so we merge them ourselves.
        self._headers = {"User-Agent": o.user_agent, "Accept-Encoding": "gzip, deflate",
                         "Accept-Language": "id,en;q=0.5"}
        self._pool = urllib3.PoolManager(
            num_pools=64, maxsize=max(1, o.per_host), retries=False,
            timeout=urllib3.Timeout(connect=o.connect_timeout, read=o.read_timeout),
        )
        http_conn = type("GuardedHTTPConnection", (GuardedConnection, HTTPConnection), {"allow_private": o.allow_private})
        https_conn = type("GuardedHTTPSConnection", (GuardedConnection, HTTPSConnection), {"allow_private": o.allow_private})
        self._pool.pool_classes_by_scheme = {
            "http": type("GuardedHTTPPool", (HTTPConnectionPool,), {"ConnectionCls": http_conn}),
            "https": type("GuardedHTTPSPool", (HTTPSConnectionPool,), {"ConnectionCls": https_conn}),
        }
        self._gate = _HostGate(o.per_host, o.delay)
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}
        self._robots_lock = threading.Lock()
        self._robots_problems: dict[str, str] = {}

    # ------------------------------------------------------------------ public
    def fetch(self, url: str, *, kind: str = "html", etag: str | None = None,
              last_modified: str | None = None) -> FetchResult:
        """Fetch one URL. kind="html" accepts HTML only; kind="xml" accepts sitemaps and feeds."""
        result = FetchResult(url=url, outcome="failed")
        seen = {url}
        current = url
        for _ in range(self.options.max_redirects + 1):
            problem = self._check_target(current)
            if problem:
                result.reason = problem
                return result
            if self.options.respect_robots and not self.allowed(current):
                result.outcome = "robots"
                result.reason = self.robots_problem(current) or "disallowed by robots.txt"
                return result
            headers = {}
            if etag:
                headers["If-None-Match"] = etag
            if last_modified:
                headers["If-Modified-Since"] = last_modified
            self._request(current, headers, kind, result)
            if result.status in (301, 302, 303, 307, 308) and result.reason == "redirect":
                target = urljoin(current, result.final_url or "")
                if target in seen:
                    result.outcome, result.reason = "failed", f"redirect loop at {target}"
                    return result
                seen.add(target)
                result.redirects.append(target)
                current = target
                continue
            result.final_url = current
            return result
        result.outcome, result.reason = "failed", f"too many redirects (more than {self.options.max_redirects})"
        return result

    def allowed(self, url: str) -> bool:
        """Whether robots.txt of the URL's host lets our User-Agent fetch it (cached per host)."""
        parts = urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        with self._robots_lock:
            if root not in self._robots:
                self._robots[root] = self._load_robots(root)
            parser = self._robots[root]
        if parser is None:  # robots.txt unreachable (5xx / network): RFC 9309 says assume disallowed
            return False
        return parser.can_fetch(self.options.user_agent, url)

    def robots_problem(self, url: str) -> str | None:
        """Why a host's robots.txt could not be read (then everything there counts as disallowed)."""
        parts = urlsplit(url)
        return self._robots_problems.get(f"{parts.scheme}://{parts.netloc}")

    # ----------------------------------------------------------------- helpers
    def _load_robots(self, root: str) -> urllib.robotparser.RobotFileParser | None:
        parser = urllib.robotparser.RobotFileParser(root + "/robots.txt")
        result = FetchResult(url=root + "/robots.txt", outcome="failed")
        problem = self._check_target(result.url)
        if problem:
            parser.parse([])
            return parser
        self._request(result.url, {}, "robots", result)
        if result.outcome == "ok":
            parser.parse(result.body.decode("utf-8", "replace").splitlines())
            delay = parser.crawl_delay(self.options.user_agent)
            if delay:
                self._gate.crawl_delay[urlsplit(root).netloc] = min(float(delay), 30.0)
        elif result.status and 400 <= result.status < 500:
            parser.parse([])  # no robots.txt: everything is allowed
        elif result.reason == "redirect":
            parser.parse([])
        else:
            self._robots_problems[root] = f"robots.txt unreachable ({result.reason}), so the site counts as disallowed"
            return None
        return parser

    def _check_target(self, url: str) -> str | None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            return f"unsupported scheme {parts.scheme or '(none)'!r}: only http and https are fetched"
        host = parts.hostname
        if not host:
            return "URL without a host"
        if self.options.allow_private:
            return None
        # Checked on every request, not cached: the connection checks again what it connects to.
        return private_address_problem(host)

    def _request(self, url: str, headers: dict, kind: str, result: FetchResult) -> None:
        """One URL, with retries; fills `result` (reason "redirect" asks the caller to follow)."""
        o = self.options
        host = urlsplit(url).netloc
        attempt, waited = 0, 0.0
        while True:
            wait = None
            if STOP.is_set():
                result.outcome, result.reason = "interrupted", "interrupted before this request"
                return
            self._gate.acquire(host)
            try:
                result.requests += 1
                wait = self._once(url, headers, kind, result)
            finally:
                self._gate.release(host)
            if wait is None:
                return
            attempt += 1
            if attempt > o.retries:
                result.outcome = "failed"
                result.reason = f"{result.reason} (gave up after {attempt} attempts)"
                return
            asked = wait if wait > 0 else o.backoff * 2 ** (attempt - 1)
            if waited + asked > o.max_wait_per_url:
                # Waiting less than the server asked is pointless, and a Retry-After of a day
                # would hold the whole run: give the URL up for this run (it stays transient,
                # so a later run tries again) and say why.
                result.outcome = "failed"
                result.reason = (f"{result.reason} (the server asked to wait {asked:g} s; more than the "
                                 f"{o.max_wait_per_url:g} s we wait per URL, so it is left for a later run)")
                return
            pause = min(asked, o.max_retry_after)
            waited += pause
            STOP.wait(pause)  # a Ctrl-C ends the wait at once

    def _once(self, url: str, headers: dict, kind: str, result: FetchResult) -> float | None:
        """One request. Returns None when done, else seconds to wait before retrying (0: backoff)."""
        o = self.options
        deadline = o.response_deadline
        state = DEADLINE.current = Deadline(time.monotonic() + deadline)
        try:
            wait = self._once_in_time(url, headers, kind, result)
        finally:
            state.stop()
            DEADLINE.current = None
        if state.passed:
            # Not transient, and no retry: a server that drips its answer will drip it again.
            result.outcome, result.body = "failed", b""
            result.reason = f"too slow: no complete response within the deadline of {deadline:g} s"
            return None
        return wait

    def _once_in_time(self, url: str, headers: dict, kind: str, result: FetchResult) -> float | None:
        o = self.options
        cap = o.max_bytes if kind == "html" else o.max_discovery_bytes
        try:
            resp = self._pool.request("GET", url, headers={**self._headers, **headers}, redirect=False, preload_content=False,
                                      decode_content=True)
        except urllib3.exceptions.MaxRetryError as exc:
            return self._network_error(exc.reason or exc, result)
        except (urllib3.exceptions.HTTPError, OSError) as exc:
            return self._network_error(exc, result)
        try:
            result.status = resp.status
            if resp.status in (301, 302, 303, 307, 308) and resp.headers.get("Location"):
                result.reason, result.final_url = "redirect", resp.headers["Location"]
                return None
            if resp.status == 304:
                result.outcome, result.reason = "not_modified", "unchanged since last fetch (304)"
                return None
            if resp.status in RETRY_STATUSES:
                result.outcome, result.reason = "failed", f"HTTP {resp.status}"
                return _retry_after(resp.headers.get("Retry-After"))
            if resp.status != 200:
                result.outcome, result.reason = "failed", f"HTTP {resp.status}"
                return None
            ctype = resp.headers.get("Content-Type", "")
            mime = ctype.split(";")[0].strip().lower()
            result.content_type, result.charset = mime or None, _charset(ctype)
            if kind == "html" and mime and mime not in HTML_TYPES and mime not in DOCUMENT_TYPES:
                result.outcome, result.reason = "failed", f"not HTML (content-type {mime})"
                return None
            if kind == "html" and mime in DOCUMENT_TYPES:
                cap = o.max_document_bytes  # a circular or report as PDF runs to tens of megabytes
            length = resp.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > cap:
                result.outcome, result.reason = "failed", f"too large ({int(length):,} bytes > cap {cap:,})"
                return None
            chunks, size = [], 0
            for chunk in resp.stream(64 * 1024):
                size += len(chunk)
                if size > cap:
                    result.outcome, result.reason = "failed", f"too large (over the cap of {cap:,} bytes)"
                    return None
                chunks.append(chunk)
            body = b"".join(chunks)
            if kind != "html" and body[:2] == b"\x1f\x8b":  # gzipped sitemap
                try:
                    body = gunzip_capped(body, cap)
                except TooLarge:
                    result.outcome, result.reason = "failed", f"too large (decompresses to over the cap of {cap:,} bytes)"
                    return None
                except (zlib.error, EOFError) as exc:
                    result.outcome, result.reason = "failed", f"bad gzip data: {exc}"
                    return None
            result.body = body
            result.etag = resp.headers.get("ETag")
            result.last_modified = resp.headers.get("Last-Modified")
            result.outcome, result.reason = "ok", None
            return None
        except urllib3.exceptions.ReadTimeoutError:
            result.outcome, result.reason = "failed", f"read timeout ({o.read_timeout:g} s)"
            return 0
        except (urllib3.exceptions.HTTPError, OSError) as exc:
            return self._network_error(exc, result)
        finally:
            # A body we did not read (too large, wrong type, error page) is not drained:
            # closing the connection is cheaper than downloading 20 MB we refused.
            if result.outcome == "ok" and not DEADLINE.current.passed:
                resp.release_conn()
            else:
                resp.close()

    def _network_error(self, exc: BaseException, result: FetchResult) -> float | None:
        result.outcome = "failed"
        if isinstance(exc, Refused):  # the address changed since the check (DNS rebinding): final
            result.reason = exc.problem
            return None
        if isinstance(exc, urllib3.exceptions.ConnectTimeoutError):
            result.reason = f"connect timeout ({self.options.connect_timeout:g} s)"
        elif isinstance(exc, urllib3.exceptions.ReadTimeoutError):
            result.reason = f"read timeout ({self.options.read_timeout:g} s)"
        elif isinstance(exc, urllib3.exceptions.NewConnectionError):
            result.reason = "connection refused or host unreachable"
        elif isinstance(exc, urllib3.exceptions.NameResolutionError):
            result.reason = "host name not found"
        else:
            result.reason = f"network error: {type(exc).__name__}"
        return 0


class TooLarge(ValueError):
    """Data that grows past its cap."""


def gunzip_capped(data: bytes, cap: int) -> bytes:
    """Decompress gzip data (several members too) as a stream; TooLarge past `cap` bytes,
    so a 1 MB download that inflates to gigabytes never sits in memory."""
    out, size = [], 0
    while data:
        inflater = zlib.decompressobj(wbits=31)
        pending = data
        while pending:
            piece = inflater.decompress(pending, 1 << 20)
            size += len(piece)
            if size > cap:
                raise TooLarge(f"over {cap:,} bytes")
            out.append(piece)
            pending = inflater.unconsumed_tail
        if not inflater.eof:
            raise EOFError("gzip data cut short")
        data = inflater.unused_data
        if data and data[:2] != b"\x1f\x8b":
            break  # trailing garbage after the last member: ignored, as gzip(1) does
    return b"".join(out)


def _retry_after(value: str | None) -> float:
    """Seconds from a Retry-After header (delta-seconds or HTTP date); 0 means 'use backoff'."""
    if not value:
        return 0
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return 0
    return max(0.0, when.timestamp() - time.time())


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'").lower()
    return None
