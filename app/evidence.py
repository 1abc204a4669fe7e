"""The evidence panel: the sentences that support a relationship or an incident.

Each supporting sentence is shown highlighted inside its article text (the cue in bold),
with the outlet, the date, a link to the source and one to the article reader. Every
piece of article text is escaped (see arahan.app.safe).
"""

from __future__ import annotations

import streamlit as st

from arahan.app import data, ui
from arahan.app.safe import esc, highlight_passage, safe_link
from arahan.store import reads
from arahan.store.graph import Evidence

MAX_SHOWN = 12


def _dedup(rows: list[Evidence]) -> list[Evidence]:
    seen, out = set(), []
    for r in rows:
        key = (r.document_id, r.sent_start, r.sentence)
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def _render_rows(rows: list[Evidence], articles: dict[int, dict], *, key: str) -> None:
    rows = _dedup(rows)
    if not rows:
        st.info("No supporting sentence is stored for this relationship.")
        return
    outlets = {articles.get(r.document_id, {}).get("outlet") for r in rows} - {None, ""}
    st.caption(f"{len(rows)} supporting sentence(s) from {len({r.document_id for r in rows})} article(s), "
               f"{len(outlets)} outlet(s)" + (f"; showing the first {MAX_SHOWN}" if len(rows) > MAX_SHOWN else ""))
    for i, r in enumerate(rows[:MAX_SHOWN]):
        a = articles.get(r.document_id, {})
        found = " · ".join(x for x in (f"page {r.page}" if r.page else "",
                                       f"confidence {r.confidence:.2f}" if r.confidence is not None else "",
                                       f"found by {r.extractor}" if r.extractor else "") if x)
        with st.container(border=True):
            ui.html(
                f'<div class="evidence-head"><b>{esc(a.get("outlet") or "unknown outlet")}</b> · '
                f'{esc((a.get("published") or r.seen or "")[:10] or "undated")} · {safe_link(a.get("canonical_url"), "source")}'
                f'<br><span style="font-size:1.05em">{esc(a.get("title") or "(untitled)")}</span>'
                + (f'<br><span style="color:#666;font-size:0.85em">{esc(found)}</span>' if found else "") + "</div>"
            )
            ui.html(
                '<div class="evidence-passage" style="font-size:0.95em;line-height:1.6">'
                + highlight_passage(a.get("text") or "", r.sent_start, r.sent_end, r.start_char, r.end_char,
                                    sentence=r.sentence)
                + "</div>"
            )
            ui.reader_link(r.document_id)


def edge_panel(path: str, edge_id: int) -> None:
    """Evidence for one graph edge."""
    with data.open_store(path) as store:
        e = reads.edge(store, edge_id)
        if e is None:
            st.warning("This relationship is no longer in the store (it changed since the page loaded).")
            return
        ends = {n["id"]: n for n in reads.nodes(store, ids=[e["src"], e["dst"]], with_attrs=False)}
        rows = reads.evidence(store, [edge_id])
        articles = reads.evidence_documents(store, [r.document_id for r in rows])
    src = ends.get(e["src"], {"label": e["src"], "type": "?"})
    dst = ends.get(e["dst"], {"label": e["dst"], "type": "?"})
    st.subheader("Evidence")
    ui.html(f'<div class="evidence-edge"><b>{esc(src["label"])}</b> <code>{esc(e["type"])}</code> '
            f'<b>{esc(dst["label"])}</b></div>')
    facts = [f"confidence {e['confidence']:.2f}" if e.get("confidence") is not None else None,
             f"first seen {e['first_seen'][:10]}" if e.get("first_seen") else None,
             f"last seen {e['last_seen'][:10]}" if e.get("last_seen") else None]
    acting = (e.get("attrs") or {}).get("acting")
    if acting:
        facts.append(f"acting ({acting})")
    st.caption(esc(" · ".join(x for x in facts if x)))
    _render_rows(rows, articles, key=f"edge{edge_id}")


def incident_panel(path: str, incident_id: str) -> None:
    """Evidence for one incident: every sentence behind the edges of its Directive node."""
    st.subheader("Evidence")
    with data.open_store(path) as store:
        if incident_id.startswith("finding:"):
            finding = reads.directive_row(store, int(incident_id.split(":", 1)[1]))
            if finding is None:
                st.warning("This directive is no longer in the store.")
                return
            # Before the graph is built: the finding's own evidence, as the same record.
            rows = [Evidence(finding["document_id"], finding["sentence"], finding["start_char"], finding["end_char"],
                             finding["sent_start"], finding["sent_end"], finding["date"], finding["confidence"])]
        else:
            edges = reads.edges_touching(store, [incident_id])
            rows = reads.evidence(store, [e["id"] for e in edges])
        articles = reads.evidence_documents(store, [r.document_id for r in rows])
    _render_rows(rows, articles, key=f"inc{incident_id}")
