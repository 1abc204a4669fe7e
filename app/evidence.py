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

MAX_SHOWN = 12


def _dedup(rows: list[dict]) -> list[dict]:
    seen, out = set(), []
    for r in rows:
        key = (r["document_id"], r.get("sent_start"), r.get("sentence"))
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def _render_rows(rows: list[dict], *, key: str) -> None:
    rows = _dedup(rows)
    if not rows:
        st.info("No supporting sentence is stored for this relationship.")
        return
    outlets = {r.get("outlet") for r in rows if r.get("outlet")}
    st.caption(f"{len(rows)} supporting sentence(s) from {len({r['document_id'] for r in rows})} article(s), "
               f"{len(outlets)} outlet(s)" + (f"; showing the first {MAX_SHOWN}" if len(rows) > MAX_SHOWN else ""))
    for i, r in enumerate(rows[:MAX_SHOWN]):
        with st.container(border=True):
            ui.html(
                f'<div class="evidence-head"><b>{esc(r.get("outlet") or "unknown outlet")}</b> · '
                f'{esc((r.get("published") or "")[:10] or "undated")} · {safe_link(r.get("canonical_url"), "source")}'
                f'<br><span style="font-size:1.05em">{esc(r.get("title") or "(untitled)")}</span></div>'
            )
            ui.html(
                '<div class="evidence-passage" style="font-size:0.95em;line-height:1.6">'
                + highlight_passage(r.get("text") or "", r.get("sent_start"), r.get("sent_end"), r.get("start_char"),
                                    r.get("end_char"), sentence=r.get("sentence"))
                + "</div>"
            )
            ui.reader_link(r["document_id"])


def edge_panel(path: str, edge_id: int) -> None:
    """Evidence for one graph edge."""
    with data.open_store(path) as store:
        e = reads.edge(store, edge_id)
        if e is None:
            st.warning("This relationship is no longer in the store (it changed since the page loaded).")
            return
        ends = {n["id"]: n for n in reads.nodes(store, ids=[e["src"], e["dst"]], with_attrs=False)}
        rows = reads.evidence(store, [edge_id])
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
    _render_rows(rows, key=f"edge{edge_id}")


def incident_panel(path: str, incident_id: str) -> None:
    """Evidence for one incident: every sentence behind the edges of its Directive node."""
    st.subheader("Evidence")
    with data.open_store(path) as store:
        if incident_id.startswith("finding:"):
            finding = reads.directive_row(store, int(incident_id.split(":", 1)[1]))
            if finding is None:
                st.warning("This directive is no longer in the store.")
                return
            doc = reads.document_text(store, finding["document_id"]) or {}
            rows = [{**{k: doc.get(k) for k in ("title", "outlet", "published", "canonical_url", "text")},
                     "document_id": finding["document_id"], "sentence": finding["sentence"],
                     "start_char": finding["start_char"], "end_char": finding["end_char"],
                     "sent_start": finding["sent_start"], "sent_end": finding["sent_end"]}]
        else:
            edges = reads.edges_touching(store, [incident_id])
            rows = reads.evidence(store, [e["id"] for e in edges])
    _render_rows(rows, key=f"inc{incident_id}")
