"""The network guard of the fetcher: which addresses may be fetched, a connection that
connects only to addresses it has checked, and the deadline of a whole response.

- `address_problem()`: everything that is not globally routable is refused (loopback,
  private, carrier-grade NAT, link-local, reserved, multicast), IPv4 embedded in IPv6
  forms (IPv4-mapped, 6to4, NAT64) included.
- `GuardedConnection`: mixed into urllib3's connection classes. It resolves the host once
  and connects to exactly the addresses that passed the check, so DNS rebinding (a public
  address at check time, a private one at connect time) cannot get through; and it puts
  a watchdog on each response that shuts the socket down when the response's deadline
  passes. Read timeouts bound each wait between two reads only, so a server that sends
  one byte a second would otherwise hold a fetch for ever.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import time

import urllib3


def address_problem(host: str, address: str) -> str | None:
    """Why an address may not be fetched (not globally routable), or None.

    `is_global` covers loopback, RFC 1918, carrier-grade NAT (100.64.0.0/10, which holds
    cloud metadata services such as 100.100.100.200), link-local, documentation and
    reserved ranges; the IPv4 embedded in IPv4-mapped, 6to4 and NAT64 addresses is judged
    as well, since those reach the same private hosts."""
    addr = ipaddress.ip_address(address.split("%")[0])
    embedded = [addr]
    if isinstance(addr, ipaddress.IPv6Address):
        if addr.ipv4_mapped:
            embedded.append(addr.ipv4_mapped)
        if addr.sixtofour:
            embedded.append(addr.sixtofour)
        if addr in _NAT64 or addr in _NAT64_LOCAL:
            embedded.append(ipaddress.IPv4Address(int(addr) & 0xFFFFFFFF))
    for one in embedded:
        if not one.is_global or one.is_multicast:
            return f"refusing private/loopback address {addr} of {host} (not globally routable; use --allow-private to permit)"
    return None


_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_NAT64_LOCAL = ipaddress.ip_network("64:ff9b:1::/48")


class RefusedAddress(OSError):
    """The host resolved to an address we do not fetch from."""


class Refused(urllib3.exceptions.NewConnectionError):
    """RefusedAddress as urllib3 lets a connection raise it; `problem` is the reason."""

    problem = ""


def resolve_checked(host: str, port: int, allow_private: bool) -> list[tuple]:
    """getaddrinfo once, and refuse the whole host when any address is not allowed."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise socket.gaierror(f"host name not found: {host}") from exc
    if not allow_private:
        for info in infos:
            problem = address_problem(host, info[4][0])
            if problem:
                raise RefusedAddress(problem)
    return infos


def private_address_problem(host: str) -> str | None:
    """The check before a URL is requested (for a clear reason, and before robots.txt):
    a host that does not resolve is refused, not waved through."""
    try:
        resolve_checked(host, 80, allow_private=False)
    except RefusedAddress as exc:
        return str(exc)
    except (socket.gaierror, OSError):
        return f"host name not found: {host} (refused, since its address cannot be checked)"
    return None


class Deadline:
    """The deadline of one response, and the watchdogs that enforce it."""

    def __init__(self, until: float):
        self.until, self.passed, self.timers = until, False, []

    def watch(self, sock) -> None:
        timer = threading.Timer(max(0.0, self.until - time.monotonic()), self._cut_off, (sock,))
        timer.daemon = True
        timer.start()
        self.timers.append(timer)

    def _cut_off(self, sock) -> None:
        self.passed = True
        try:
            sock.shutdown(socket.SHUT_RDWR)  # wakes the blocked read in the fetching thread
        except OSError:
            pass

    def stop(self) -> None:
        for timer in self.timers:
            timer.cancel()


# The deadline of the response this thread is fetching (read by the connection).
DEADLINE = threading.local()


class GuardedConnection:
    """Mixed into urllib3's connections: the socket connects to the addresses that passed
    the address check (one lookup for check and connect), and a watchdog shuts the socket
    down when the response's deadline passes, which read timeouts alone cannot do."""

    allow_private = False

    def _new_conn(self):
        try:
            infos = resolve_checked(self._dns_host, self.port, self.allow_private)
        except RefusedAddress as exc:
            refused = Refused(self, str(exc))
            refused.problem = str(exc)
            raise refused from None
        except socket.gaierror as exc:
            raise urllib3.exceptions.NameResolutionError(self.host, self, exc) from None
        error: OSError | None = None
        for family, socktype, proto, _, address in infos:
            sock = socket.socket(family, socktype, proto)
            try:
                for option in self.socket_options or ():
                    sock.setsockopt(*option)
                if self.timeout is not None and self.timeout is not socket._GLOBAL_DEFAULT_TIMEOUT:
                    sock.settimeout(self.timeout)
                sock.connect(address)
                return sock
            except socket.timeout as exc:
                sock.close()
                raise urllib3.exceptions.ConnectTimeoutError(self, f"connect timeout to {self.host}") from exc
            except OSError as exc:
                sock.close()
                error = exc
        raise urllib3.exceptions.NewConnectionError(self, f"Failed to establish a new connection: {error}")

    def getresponse(self, *args, **kwargs):
        deadline = getattr(DEADLINE, "current", None)
        if deadline is not None and self.sock is not None:
            deadline.watch(self.sock)
        return super().getresponse(*args, **kwargs)
