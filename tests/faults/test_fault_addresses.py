"""The private-address guard: one lookup for check and connect, unresolvable names refused,
everything that is not globally routable refused (CGNAT, 6to4, NAT64, mapped forms)."""

from __future__ import annotations

import socket
from dataclasses import replace

import pytest
from hostile import article, send

import arahan.corpus.netguard as netguard
from arahan.corpus.fetch import Fetcher
from arahan.corpus.netguard import address_problem

REFUSED = ["127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "100.64.0.1", "100.100.100.200",
           "169.254.169.254", "0.0.0.0", "224.0.0.1", "::1", "fc00::1", "fe80::1", "::ffff:127.0.0.1",
           "2002:7f00:1::1", "2002:a00:1::1", "64:ff9b::7f00:1", "64:ff9b::a9fe:a9fe", "64:ff9b:1::a00:1"]
ALLOWED = ["8.8.8.8", "93.184.216.34", "2606:4700::1111", "::ffff:8.8.8.8", "2002:808:808::1", "64:ff9b::808:808"]


@pytest.mark.parametrize("address", REFUSED)
def test_addresses_that_are_not_globally_routable_are_refused(address):
    assert "refusing private/loopback address" in address_problem("h.example", address)


@pytest.mark.parametrize("address", ALLOWED)
def test_global_addresses_are_allowed(address):
    assert address_problem("h.example", address) is None


def test_a_name_that_does_not_resolve_is_refused_not_waved_through(quick):
    result = Fetcher(replace(quick, allow_private=False)).fetch("http://tidak-ada-sama-sekali.invalid/berita")
    assert result.outcome == "failed" and "host name not found" in result.reason


def test_dns_rebinding_is_refused_at_connect(hostile, quick, monkeypatch):
    """The name resolves to a public address when checked and to 127.0.0.1 afterwards:
    the connection resolves once, checks what it got, and never connects to it."""
    hostile.routes["/berita"] = lambda h, n: send(h, 200, article("Rebinding"))
    port = int(hostile.base.rsplit(":", 1)[1])
    calls = {"n": 0}

    def rebinding(host, port_, *args, **kwargs):
        calls["n"] += 1
        address = "93.184.216.34" if calls["n"] == 1 else "127.0.0.1"
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port_ or port))]

    monkeypatch.setattr(netguard.socket, "getaddrinfo", rebinding)
    options = replace(quick, allow_private=False, respect_robots=False)
    result = Fetcher(options).fetch(f"http://berita-rebind.example:{port}/berita")
    assert result.outcome == "failed" and "refusing private/loopback address 127.0.0.1" in result.reason
    assert hostile.hits["/berita"] == 0 and calls["n"] == 2


def test_the_flag_still_lets_local_test_servers_through(hostile, quick):
    hostile.routes["/berita"] = lambda h, n: send(h, 200, article("Lokal"))
    assert Fetcher(quick).fetch(hostile.base + "/berita").ok
    refused = Fetcher(replace(quick, allow_private=False)).fetch(hostile.base + "/berita")
    assert "refusing" in refused.reason and hostile.hits["/berita"] == 1
