"""A polite, safe HTTP fetcher for news pages, sitemaps and feeds.

Politeness: robots.txt is read once per host and obeyed (its Crawl-delay too); requests
to one host are serialised (`per_host` at a time) and spaced by `delay` seconds; the
User-Agent names us and can be changed. Robustness: connect and read timeouts, retries
with exponential backoff on timeouts, connection errors, 429 and 5xx (honouring
Retry-After), a redirect limit with loop detection. Safety: only http/https, no request
to loopback, private, link-local or reserved addresses unless `allow_private`, and the
size cap and content-type check happen on the headers, before any body is read.

`fetch()` never raises for a network or HTTP problem: it returns a `FetchResult` whose
`outcome` says what happened and `reason` why, so one bad URL never stops a batch.
"""

from __future__ import annotations

import email.utils
import gzip
import ipaddress
import socket
import threading
import time
import urllib.robotparser
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import urllib3

DEFAULT_USER_AGENT = "ArahanBot/0.1 (research corpus of Indonesian regional news; set --user-agent to add your contact)"
HTML_TYPES = ("text/html", "application/xhtml+xml")
# Documents a page links to (circulars, reports): read by corpus.docread, not refused as "not HTML".
DOCUMENT_TYPES = ("application/pdf", "application/x-pdf",
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                  "image/png", "image/jpeg", "image/tiff")
XML_TYPES = ("application/xml", "text/xml", "application/rss+xml", "application/atom+xml",
             "application/x-gzip", "application/gzip", "application/octet-stream", "text/plain")
RETRY_STATUSES = {429, 500, 502, 503, 504}


@dataclass(frozen=True)
class FetchOptions:
    user_agent: str = DEFAULT_USER_AGENT
    delay: float = 1.0              # seconds between two requests to one host
    per_host: int = 1               # requests in flight per host
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    max_bytes: int = 5_000_000
    retries: int = 3
    backoff: float = 1.0            # first retry waits this long, then doubles
    max_retry_after: float = 120.0  # we never sleep longer than this on a Retry-After
    max_redirects: int = 5
    allow_private: bool = False
    respect_robots: bool = True


@dataclass
class FetchResult:
    url: str
    outcome: str                    # ok | not_modified | robots | failed
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
        self._gate = _HostGate(o.per_host, o.delay)
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}
        self._robots_lock = threading.Lock()
        self._robots_problems: dict[str, str] = {}
        self._safe_hosts: dict[str, str | None] = {}

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
        if host not in self._safe_hosts:
            self._safe_hosts[host] = _private_address_problem(host)
        return self._safe_hosts[host]

    def _request(self, url: str, headers: dict, kind: str, result: FetchResult) -> None:
        """One URL, with retries; fills `result` (reason "redirect" asks the caller to follow)."""
        o = self.options
        host = urlsplit(url).netloc
        attempt = 0
        while True:
            wait = None
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
            time.sleep(min(wait if wait > 0 else o.backoff * 2 ** (attempt - 1), o.max_retry_after))

    def _once(self, url: str, headers: dict, kind: str, result: FetchResult) -> float | None:
        """One request. Returns None when done, else seconds to wait before retrying (0: backoff)."""
        o = self.options
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
            length = resp.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > o.max_bytes:
                result.outcome, result.reason = "failed", f"too large ({int(length):,} bytes > cap {o.max_bytes:,})"
                return None
            chunks, size = [], 0
            for chunk in resp.stream(64 * 1024):
                size += len(chunk)
                if size > o.max_bytes:
                    result.outcome, result.reason = "failed", f"too large (over the cap of {o.max_bytes:,} bytes)"
                    return None
                chunks.append(chunk)
            body = b"".join(chunks)
            if kind != "html" and body[:2] == b"\x1f\x8b":  # gzipped sitemap
                try:
                    body = gzip.decompress(body)[: o.max_bytes * 10]
                except (OSError, EOFError) as exc:
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
            if result.outcome == "ok":
                resp.release_conn()
            else:
                resp.close()

    def _network_error(self, exc: BaseException, result: FetchResult) -> float:
        result.outcome = "failed"
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


def _private_address_problem(host: str) -> str | None:
    try:
        infos = socket.getaddrinfo(host, None)
    except socket.gaierror:
        return None  # let the request fail with a clear "host name not found"
    for info in infos:
        addr = ipaddress.ip_address(info[4][0].split("%")[0])
        if addr.is_loopback or addr.is_private or addr.is_link_local or addr.is_reserved or addr.is_multicast \
                or addr.is_unspecified:
            return f"refusing private/loopback address {addr} of {host} (use --allow-private to permit)"
    return None


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
