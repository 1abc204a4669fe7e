"""End to end in a real headless Chromium: `arahan app` on the demo store, driven with Playwright.

Search an official, expand a node on the Cytoscape canvas, open a relationship's evidence,
export the drawn subgraph, read the hostile article; a screenshot of each step goes to
test-artifacts/app/. No JavaScript console error, no alert, and no request to any host but
localhost are allowed.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlparse

import networkx as nx
import pytest

from arahan.store import reads
from arahan.store.database import Store

CHROMIUM = "/usr/bin/chromium"
ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts" / "app"
LOCAL_HOSTS = {"localhost", "127.0.0.1"}

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed at /usr/bin/chromium "
                       "(apt-get install chromium; .ci/run does it)"),
]


@pytest.fixture(scope="module")
def store(request) -> str:
    """The demo corpus store (import + extract + graph build); a generated one when those fail."""
    try:
        return request.getfixturevalue("demo_store")
    except pytest.skip.Exception as why:
        print(f"browser test on a generated store: {why}")
        return request.getfixturevalue("store_path")


@pytest.fixture(scope="module")
def server(store, launch_app):
    return launch_app(store)[1]


@pytest.fixture(scope="module")
def official(store) -> str:
    """The name of the official who issued the most directives."""
    with Store.open(store, readonly=True) as store:
        issuers = Counter(i["issuer"] for i in reads.incidents(store) if i["issuer"].startswith("person:"))
        return reads.nodes(store, ids=[issuers.most_common(1)[0][0]])[0]["label"]


def _settle(page, quiet: float = 1.2, limit: float = 45) -> None:
    """Wait until Streamlit has finished running the script and drawing."""
    end, calm = time.time() + limit, None
    page.wait_for_timeout(400)
    while time.time() < end:
        busy = (page.locator('[data-testid="stStatusWidget"]').count() > 0
                or page.locator('[data-testid="stSkeleton"]').count() > 0)
        if busy:
            calm = None
        elif calm is None:
            calm = time.time()
        elif time.time() - calm > quiet:
            break
        page.wait_for_timeout(150)
    # A Python exception on the page is a failure even if the browser logged nothing.
    errors = page.locator('[data-testid="stException"]')
    assert errors.count() == 0, errors.first.inner_text()


def _canvas(page):
    frame = next((f for f in page.frames if "st_link_analysis" in (f.url or "")), None)
    assert frame is not None, "the graph component did not load"
    frame.wait_for_function("() => document.getElementById('cy') && document.getElementById('cy')._cyreg "
                            "&& document.getElementById('cy')._cyreg.cy.nodes().length > 0", timeout=20000)
    _wait_for_layout(frame)
    return frame


def _click_in_canvas(page, frame, js_point: str, *, double: bool = False) -> None:
    point = frame.evaluate(f"() => {{ const cy = document.getElementById('cy')._cyreg.cy; {js_point} }}")
    box = page.locator('iframe[title*="st_link_analysis"]').bounding_box()
    inner = frame.evaluate("() => { const r = document.getElementById('cy').getBoundingClientRect(); return [r.x, r.y]; }")
    x, y = box["x"] + inner[0] + point["x"], box["y"] + inner[1] + point["y"]
    (page.mouse.dblclick if double else page.mouse.click)(x, y)


# Where a click on the canvas goes: Cytoscape's own hit test (the one a tap uses) must give the
# point to the element meant (not a node on top, not a crossing or nearly parallel edge), also
# one pixel off in each direction (the mouse lands on whole pixels of the page, the iframe and
# the canvas sit at fractional offsets), and the click must reach the canvas at all: the
# component's info panel covers the left of the canvas once something is selected, and the
# graph can extend under it. Rendered coordinates, relative to #cy.
CLICKABLE = """
const r = cy.renderer(), pan = cy.pan(), zoom = cy.zoom();
const box = document.getElementById('cy').getBoundingClientRect();
const clickable = (p, ele) => [[0, 0], [1, 0], [-1, 0], [0, 1], [0, -1]].every(([dx, dy]) => {
  const x = p.x + dx, y = p.y + dy;
  const hit = r.findNearestElement((x - pan.x) / zoom, (y - pan.y) / zoom, true, false);
  const top = document.elementFromPoint(box.x + x, box.y + y);
  return hit && hit.id() === ele.id() && top && top.tagName === 'CANVAS';
});
"""
AN_OFFICE_NODE = CLICKABLE + """
for (const n of cy.nodes('[label = "Office"]')) {
  const p = n.renderedPosition();
  if (clickable(p, n)) return p;
}
throw new Error('no Office node can be clicked');
"""
A_POINT_ON_AN_ISSUED_EDGE = CLICKABLE + """
for (const e of cy.edges('[label = "ISSUED"]')) {
  const a = e.source().renderedPosition(), b = e.target().renderedPosition();
  for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.25, 0.75]) {
    const p = {x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y)};
    if (clickable(p, e)) return p;
  }
}
throw new Error('no ISSUED edge can be clicked');
"""


def _wait_for_layout(frame, limit_ms: int = 15000) -> None:
    """Wait until no node has moved on screen for half a second: the cose layout animates after
    each draw, and fitting the view afterwards moves the pan and zoom without moving the nodes."""
    frame.evaluate("""(limit) => new Promise((done) => {
      const cy = document.getElementById('cy')._cyreg.cy;
      const snap = () => JSON.stringify(cy.nodes().map(n => {
        const p = n.renderedPosition(); return [Math.round(p.x), Math.round(p.y)];
      }));
      let last = snap(), still = 0, waited = 0;
      const tick = setInterval(() => {
        const now = snap();
        still = now === last ? still + 100 : 0; last = now; waited += 100;
        if (still >= 500 || waited >= limit) { clearInterval(tick); done(); }
      }, 100);
    })""", limit_ms)


def _drawn(page) -> int:
    text = page.get_by_text(re.compile(r"\d+ nodes and \d+ relationships drawn")).first.inner_text()
    return int(re.search(r"(\d+) nodes", text).group(1))


def test_explore_in_a_real_browser(server, official, tmp_path):
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    console_errors, foreign, dialogs = [], [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        page = browser.new_page(viewport={"width": 1500, "height": 1100}, accept_downloads=True)
        page.on("console", lambda m: console_errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: console_errors.append(str(e)))
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))

        def on_request(request):
            parsed = urlparse(request.url)
            if parsed.scheme in ("http", "https", "ws", "wss") and parsed.hostname not in LOCAL_HOSTS:
                foreign.append(request.url)

        page.on("request", on_request)
        try:
            page.goto(server)
            _settle(page)
            page.get_by_text("Directives over time").wait_for()
            page.screenshot(path=str(ARTIFACTS / "01-overview.png"), full_page=True)

            # 1. Search an official and show them in the graph.
            page.get_by_test_id("stSidebarNav").get_by_text("Graph", exact=True).click()
            _settle(page)
            box = page.get_by_label("Search an entity")
            box.fill(official.split()[-1] if len(official.split()) > 1 else official)
            box.press("Enter")
            _settle(page)
            page.get_by_test_id("stSelectbox").filter(has_text="Matches").click()
            page.get_by_role("option", name=re.compile(re.escape(official) + r" \(Person\)")).click()
            _settle(page)
            page.get_by_role("button", name="Show in graph").click()
            _settle(page)
            frame = _canvas(page)
            assert page.get_by_text("Offices held").count() > 0  # the searched official's profile panel
            page.screenshot(path=str(ARTIFACTS / "02-search.png"), full_page=True)

            # 2. Expand the office the official holds: select it on the canvas, press the expand action.
            before = _drawn(page)
            _click_in_canvas(page, frame, AN_OFFICE_NODE)
            _settle(page)
            frame.locator("#nodeActionsExpand").click()
            _settle(page)
            frame = _canvas(page)
            after = _drawn(page)
            assert after > before, (before, after)
            page.screenshot(path=str(ARTIFACTS / "03-expand.png"), full_page=True)

            # 3. Click an ISSUED relationship: its evidence panel shows highlighted sentences.
            # The point is taken once the layout has stopped and is checked with Cytoscape's
            # hit test; a rerun can still redraw the canvas between the two, so try again
            # (bounded) until an ISSUED edge's panel shows.
            for _attempt in range(4):
                frame = _canvas(page)
                _click_in_canvas(page, frame, A_POINT_ON_AN_ISSUED_EDGE)
                _settle(page)
                if page.locator(".evidence-edge code", has_text="ISSUED").count():
                    break
                page.wait_for_timeout(1500)
            page.get_by_role("heading", name="Evidence").wait_for(timeout=15000)
            assert page.locator(".evidence-edge code", has_text="ISSUED").count() == 1  # an edge's panel
            assert page.locator("mark").count() > 0
            assert page.get_by_role("link", name="source").count() > 0
            page.screenshot(path=str(ARTIFACTS / "04-evidence.png"), full_page=True)

            # 4. A row of the incident table opens its evidence.
            page.get_by_test_id("stSidebarNav").get_by_text("Incidents", exact=True).click()
            _settle(page)
            grid = page.get_by_test_id("stDataFrame").first.bounding_box()
            page.mouse.click(grid["x"] + 16, grid["y"] + 35 + 17)  # the first row's selection box
            _settle(page)
            page.get_by_role("heading", name="Evidence").wait_for(timeout=15000)
            assert page.locator("mark").count() > 0
            page.screenshot(path=str(ARTIFACTS / "05-incident.png"), full_page=True)

            # 5. Export the drawn subgraph as GraphML and read it back.
            page.get_by_test_id("stSidebarNav").get_by_text("Export", exact=True).click()
            _settle(page)
            page.get_by_text(re.compile(r"current drawing")).click()
            page.get_by_role("button", name="Prepare the file").click()
            _settle(page)
            with page.expect_download() as info:
                page.get_by_role("button", name=re.compile(r"Download arahan-subgraph\.graphml")).click()
            saved = ARTIFACTS / "subgraph.graphml"
            info.value.save_as(str(saved))
            g = nx.read_graphml(saved)
            assert g.number_of_nodes() == after and g.number_of_edges() > 0
            assert {d["type"] for _, d in g.nodes(data=True)} >= {"Person", "Office"}
            page.screenshot(path=str(ARTIFACTS / "06-export.png"), full_page=True)

            # 6. The hostile headline reads as text in the article reader.
            page.get_by_test_id("stSidebarNav").get_by_text("Article reader", exact=True).click()
            _settle(page)
            page.get_by_label("Find an article").fill("script")
            page.get_by_label("Find an article").press("Enter")
            _settle(page)
            assert page.get_by_role("heading", name="<script>alert(1)</script>").count() == 1
            page.screenshot(path=str(ARTIFACTS / "07-reader.png"), full_page=True)
        finally:
            page.screenshot(path=str(ARTIFACTS / "last.png"), full_page=True)
            browser.close()
    assert not dialogs, dialogs
    assert not foreign, foreign
    assert not console_errors, console_errors
