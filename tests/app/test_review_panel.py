"""The reader's review actions under AppTest: they write decisions to the reviews table, nothing else."""

from __future__ import annotations

from arahan.store.database import Store
from tests.research.conftest import store_articles


def _tables(path) -> dict[str, int]:
    with Store.open(path, readonly=True) as store:
        names = [r["name"] for r in store.query("SELECT name FROM sqlite_master WHERE type='table' "
                                                "AND name NOT LIKE '%fts%' AND name NOT LIKE 'sqlite_%'")]
        return {n: store.query(f"SELECT count(*) AS n FROM {n}")[0]["n"] for n in names}


def test_accept_reject_and_correct_from_the_reader(run_page, tmp_path):
    path = tmp_path / "arahan.db"
    with Store.open(path) as store:
        ids = store_articles(store)
    before = _tables(path)
    at = run_page("reader", str(path), {"doc": str(ids[2])})
    assert not at.exception, [e.value for e in at.exception]
    at.text_input(key="reviewer").input("ana").run()
    directive = next(b for b in at.button if b.key.startswith("rv_reject_d"))
    directive.click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert any("reject recorded" in s.value for s in at.success)
    assert any("<b>reviewed</b> (rejected)" in m.value for m in at.markdown)
    ref = directive.key.removeprefix("rv_reject_")
    at.selectbox(key=f"rv_{ref}_type").select("instruction")
    at.text_input(key=f"rv_{ref}_note").input("an order, not a ban")
    next(b for b in at.button if "Save correction" in str(b.label) and ref in str(b.id)).click().run()
    after = _tables(path)
    assert after["reviews"] == 2
    assert {k: v for k, v in after.items() if k != "reviews"} == {k: v for k, v in before.items() if k != "reviews"}
    with Store.open(path, readonly=True) as store:
        rows = store.query("SELECT decision, reviewer, changes, note FROM reviews ORDER BY id")
    assert [(r["decision"], r["reviewer"]) for r in rows] == [("reject", "ana"), ("correct", "ana")]
    assert '"type": "instruction"' in rows[1]["changes"] and rows[1]["note"] == "an order, not a ban"
