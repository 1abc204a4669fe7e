"""Markdown injection: a store whose titles, outlets, authors, names and texts carry Markdown
(an image that would call an outside host, a blank line that would end our HTML block).

Through Streamlit's own test runner on every page, and in a real headless Chromium that
must send no request to any host but localhost.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from urllib.parse import urlparse

import pytest

from arahan.app.fixtures import generate_store
from arahan.app.safe import esc

from tests.app.conftest import texts

CHROMIUM = "/usr/bin/chromium"
EVIL = "evil.example"
TITLE = f"![judul](http://{EVIL}/t.png)\n\n![lagi](http://{EVIL}/u.png) **tebal** <b>x</b> $a$"
OUTLET = f"![o](http://{EVIL}/o.png)"
AUTHOR = f"[klik](http://{EVIL}/a) ![a](http://{EVIL}/a.png)"
NAME = f"![n](http://{EVIL}/n.png) "


@pytest.fixture(scope="module")
def markdown_store(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("mdstore") / "arahan.db"
    generate_store(path, directives=30, seed=5)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE documents SET title = ?, outlet = ?, author = ?", (TITLE, OUTLET, AUTHOR))
        conn.execute("UPDATE documents SET text = text || ?", (f"\n\n![x](http://{EVIL}/text.png)",))
        conn.execute("UPDATE graph_nodes SET label = ? || label WHERE type IN ('Person', 'Organization')", (NAME,))
    return str(path)


def test_esc_writes_markdown_as_text():
    out = esc(TITLE)
    assert "![" not in out and "](" not in out and "\n" not in out and "**" not in out and "$" not in out
    assert out.startswith("&#33;&#91;judul&#93;(http://evil.example/t.png)&#10;&#10;")
    assert esc("- a") == "&#45; a" and esc("1. a") == "&#49;. a"


@pytest.mark.parametrize("page,params", [("reader", {"doc": "1"}), ("incidents", {}), ("overview", {}),
                                         ("profiles", {}), ("graph", {})])
def test_no_page_hands_article_markdown_to_the_renderer(run_page, markdown_store, page, params):
    at = run_page(page, markdown_store, query_params=params)
    assert not at.exception, at.exception
    written = texts(at)
    assert "![" not in written and "](http" not in written, written[:2000]
    if page == "reader":
        assert "&#33;&#91;judul&#93;" in written


@pytest.mark.slow
@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed at /usr/bin/chromium")
def test_a_hostile_store_makes_the_browser_call_no_outside_host(markdown_store, launch_app):
    from playwright.sync_api import sync_playwright

    _proc, server = launch_app(markdown_store)
    foreign, images = [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu",
                                    "--disable-background-networking", "--disable-component-update"])
        page = browser.new_page(viewport={"width": 1400, "height": 1000})

        def on_request(request):
            parsed = urlparse(request.url)
            if parsed.scheme in ("http", "https", "ws", "wss") and parsed.hostname not in ("localhost", "127.0.0.1"):
                foreign.append(request.url)

        page.on("request", on_request)
        try:
            for path in ("/reader?doc=1", "/incidents", "/profiles", "/overview"):
                page.goto(server + path)
                page.get_by_test_id("stSidebarNav").wait_for(timeout=45000)
                page.wait_for_timeout(2500)
                images += page.eval_on_selector_all("img", "els => els.map(e => e.src)")
                if path.startswith("/reader"):
                    page.get_by_text(re.compile(r"!\[judul\]\(http://evil\.example/t\.png\)")).first.wait_for(timeout=30000)
        finally:
            browser.close()
    assert not foreign, foreign
    assert not [src for src in images if EVIL in src], images
