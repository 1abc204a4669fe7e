"""The reader's review panel: accept, reject or correct each finding of the article shown.

The only place the explorer writes: each action opens its own short writing connection
and records one decision in the reviews table (arahan.extract.review.record without the graph
rebuild); the page itself keeps reading through its read-only connection. The graph
takes the decision in at the next `arahan graph build` or `arahan update`.
"""

from __future__ import annotations

import streamlit as st

from arahan.app import data
from arahan.app.safe import esc
from arahan.store.database import Store, StoreError
from arahan.store.review import ReviewTables
from arahan.extract import review as R


def _describe(f: dict) -> str:
    if f["finding_kind"] == "directive":
        targets = ", ".join(f.get("targets") or [])
        return (f"{f['type']} by {f.get('issuer') or '?'}" + (f" → {targets}" if targets else "")
                + (f" · {f['date']}" if f.get("date") else ""))
    return " · ".join(x for x in (f.get("name"), f.get("title"), f.get("region") if f["kind"] != "region" else None) if x)


def _record(path: str, ref: str, decision: str, changes: dict | None = None, note: str | None = None) -> None:
    reviewer = st.session_state.get("reviewer") or None
    try:
        with Store.open(path) as store:
            R.record(store, ref, decision, changes=changes, reviewer=reviewer, note=note or None, update_graph=False)
    except (R.ReviewError, StoreError) as exc:
        st.session_state["review_problem"] = str(exc)
        return
    st.session_state["review_done"] = f"{ref}: {decision} recorded"


def directive_marks(path: str, document_id: int) -> dict[int, str]:
    """Directive row id -> the reviewers' mark ("reviewed: corrected type=instruction"), for the reader's list."""
    with data.open_store(path) as store:
        tables = ReviewTables(store)
        if not tables.available():
            return {}
        marks = {}
        for f in R.findings_with_state(tables, document_id):
            d = f["decision"]
            if f["finding_kind"] == "directive" and d is not None:
                changes = ", ".join(f"{k}={v}" for k, v in d["changes"].items())
                marks[f["id"]] = f"{d['decision']}ed" if d["decision"] != "correct" else f"corrected: {changes}"
        return marks


def review_panel(path: str, document_id: int) -> None:
    """Findings of one article with their decisions, and the buttons to decide."""
    st.subheader("Review the findings")
    st.text_input("Your name (kept with each decision)", key="reviewer", placeholder="e.g. ana")
    if st.session_state.get("review_problem"):
        st.warning(st.session_state.pop("review_problem"))
    if st.session_state.get("review_done"):
        st.success(st.session_state.pop("review_done") + " · the graph takes it in at the next `arahan graph build` "
                   "or `arahan update`.")
    with data.open_store(path) as store:
        tables = ReviewTables(store)
        if not tables.available():
            st.caption("This store has no review table yet: run any writing command (e.g. `arahan status`) once.")
            return
        findings = R.findings_with_state(tables, document_id)
    if not findings:
        st.caption("Nothing to review: no finding is stored for this article.")
        return
    for f in findings:
        ref, kind, d = f["handle"], f["finding_kind"], f["decision"]
        state = "not reviewed" if d is None else f"{d['decision']} by {d['reviewer'] or '?'}"
        cols = st.columns([5, 1, 1, 2])
        cols[0].markdown(f"`{ref}` **{esc(kind)}** {esc(_describe(f))}  \n"
                         f"<span style='color:#666'>“{esc(R.evidence_text(f) or '')}” · {esc(state)}</span>",
                         unsafe_allow_html=True)
        cols[1].button("Accept", key=f"rv_accept_{ref}", on_click=_record, args=(path, ref, "accept"))
        cols[2].button("Reject", key=f"rv_reject_{ref}", on_click=_record, args=(path, ref, "reject"))
        with cols[3].popover("Correct"):
            with st.form(key=f"rv_form_{ref}"):
                values = {}
                for field_ in R.EDITABLE[kind]:
                    current = f.get(field_)
                    if field_ == "type":
                        values[field_] = st.selectbox("type", R.DIRECTIVE_TYPES, key=f"rv_{ref}_type",
                                                      index=R.DIRECTIVE_TYPES.index(current)
                                                      if current in R.DIRECTIVE_TYPES else 0)
                    else:
                        shown = ", ".join(current) if isinstance(current, list) else (current or "")
                        values[field_] = st.text_input(field_, value=shown, key=f"rv_{ref}_{field_}")
                note = st.text_input("note", key=f"rv_{ref}_note")
                if st.form_submit_button("Save correction"):
                    before = {k: (", ".join(f[k]) if isinstance(f.get(k), list) else (f.get(k) or "")) for k in values}
                    changes = {k: v for k, v in values.items() if str(v) != str(before[k])}
                    if changes:
                        _record(path, ref, "correct", changes, note)
                    else:
                        st.session_state["review_problem"] = "nothing changed: edit a field before saving"
                    st.rerun()
