"""In a real headless Chromium: every page opened by its address, search into the reader at the hit, a review from the reader.

The review round trip: the decision made in the browser is in the reviews table, and the next
graph build drops the rejected finding.

The app (`arahan app`) runs on a store of our own articles; no JavaScript console error, no
"Page not found" dialog, and the review button writes one decision to the reviews table.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from arahan.store.database import Store
from arahan.extract.graph.build import update_graph
from tests.research.conftest import store_articles

CHROMIUM = "/usr/bin/chromium"
PAGES = ["overview", "graph", "map", "incidents", "profiles", "search", "watchlists", "reader", "export"]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed at /usr/bin/chromium"),
]


@pytest.fixture(scope="module")
def research_store(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("research") / "arahan.db"
    with Store.open(path) as store:
        store_articles(store)
        update_graph(store)
    return str(path)


def _settle(page, limit: float = 30) -> None:
    end, calm = time.time() + limit, None
    page.wait_for_timeout(400)
    while time.time() < end:
        if page.locator('[data-testid="stStatusWidget"]').count() or page.locator('[data-testid="stSkeleton"]').count():
            calm = None
        elif calm is None:
            calm = time.time()
        elif time.time() - calm > 1.0:
            break
        page.wait_for_timeout(150)
    assert page.locator('[data-testid="stException"]').count() == 0


def test_addresses_search_reader_and_review(research_store, launch_app):
    from playwright.sync_api import sync_playwright

    _, url = launch_app(research_store)
    errors: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page()
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("response", lambda r: errors.append(f"{r.status} {r.url}") if r.status >= 400 else None)
        try:
            for name in PAGES:
                page.goto(f"{url}/{name}")
                _settle(page)
                assert "Page not found" not in page.inner_text("body"), name
                assert page.url.rstrip("/").endswith(f"/{name}")
            page.goto(url)
            _settle(page)
            assert page.url.rstrip("/").endswith("/overview")  # the root opens the Overview at its address

            page.goto(f"{url}/search?q=fogging")
            _settle(page)
            assert page.locator("mark", has_text="fogging").count() >= 1
            page.get_by_text("Open in the reader at the hit").first.click()
            _settle(page)
            assert "/reader" in page.url and "q=fogging" in page.url
            assert page.locator("mark#hit-1").count() == 1

            page.get_by_label("Your name (kept with each decision)").fill("ana")
            page.keyboard.press("Enter")
            _settle(page)
            page.get_by_role("button", name="Reject").first.click()
            _settle(page)
            assert "reject recorded" in page.inner_text("body")
        finally:
            browser.close()
    assert not errors, errors
    with Store.open(research_store) as store:
        rows = store.query("SELECT decision, reviewer, evidence FROM reviews")
        assert [(r["decision"], r["reviewer"], r["evidence"]) for r in rows] == [("reject", "ana", "meminta")]
        # The next build takes the app's decision in: the rejected appeal leaves the graph.
        cues = lambda: {r["cue"] for r in store.query(  # noqa: E731
            "SELECT json_extract(n.attrs, '$.cue') AS cue FROM graph_incidents i JOIN graph_nodes n ON n.id = i.id")}
        assert "meminta" in cues()
        assert update_graph(store)["documents"] == 1
        assert cues() == {"larangan", "melarang"}
