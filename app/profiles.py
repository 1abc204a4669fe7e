"""Profile panels: an official, an office, a region, an organization, a directive, an article.

Each panel reads the node's edges (offices held, holders, parts) from the store and the
incidents it is involved in from the filtered incident table, so a profile always agrees
with the sidebar filters. Used by the Profiles page and by the Graph page's side panel.
"""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from arahan.app import data, evidence, ui
from arahan.app.filters import TYPE_NAMES
from arahan.app.safe import esc, safe_link
from arahan.extract.graph import query
from arahan.store import reads

TABLE_COLUMNS = {"date": "Date", "type": "Type", "issuer": "Issuer", "targets_text": "Targets", "region": "Region",
                 "sources": "Sources", "confidence": "Confidence"}


def incident_table(df: pd.DataFrame, *, key: str, height: int = 260, drop: tuple[str, ...] = ()) -> None:
    cols = [c for c in TABLE_COLUMNS if c not in drop]
    st.dataframe(
        df[cols].rename(columns=TABLE_COLUMNS), hide_index=True, height=min(height, 38 + 35 * max(len(df), 1)), key=key,
        column_config={"Date": st.column_config.DateColumn(format="YYYY-MM-DD"),
                       "Confidence": st.column_config.NumberColumn(format="%.2f")},
    )


def _timeline(df: pd.DataFrame, *, key: str) -> None:
    dated = df.dropna(subset=["date"])
    if dated.empty:
        return
    chart = alt.Chart(dated).mark_tick(thickness=3, size=18).encode(
        x=alt.X("date:T", title=None), y=alt.Y("type:N", title=None),
        color=alt.Color("type:N", legend=None), tooltip=["date:T", "type:N", "targets_text:N", "region:N"],
    ).properties(height=40 + 24 * dated["type"].nunique())
    st.altair_chart(chart, key=key)


def _heading(node: dict) -> None:
    ui.html(f'<h3 class="profile-title" style="margin-bottom:0">{esc(node["label"])}</h3>'
            f'<div style="color:#666">{esc(node["type"])} · <code>{esc(node["id"])}</code></div>')


_HELD = ["who", "from", "to", "acting", "confidence"]


def _offices_held(store, person_id: str) -> pd.DataFrame:
    """The offices in the official's timeline, the one `arahan graph timeline` prints."""
    rows = [{"who": e["label"], "from": (e["first_seen"] or "")[:10], "to": (e["last_seen"] or "")[:10],
             "acting": e["acting"] or "", "confidence": e["confidence"]}
            for e in query.timeline(store, person_id) if e["kind"] == "office"]
    return pd.DataFrame(rows, columns=_HELD).sort_values("from")


def _holders(store, office_id: str) -> pd.DataFrame:
    edges = [e for e in reads.edges_touching(store, [office_id], types=["HOLDS"]) if e["dst"] == office_id]
    who = {n["id"]: n["label"] for n in reads.nodes(store, ids=[e["src"] for e in edges], with_attrs=False)}
    rows = [{"who": who.get(e["src"]), "from": (e["first_seen"] or "")[:10], "to": (e["last_seen"] or "")[:10],
             "acting": (e["attrs"] or {}).get("acting") or "", "confidence": e["confidence"]} for e in edges]
    return pd.DataFrame(rows, columns=_HELD).sort_values("from")


def panel(path: str, node_id: str, incidents: pd.DataFrame, *, key: str = "p") -> None:
    """Draw the profile of any node."""
    with data.open_store(path) as store:
        found = reads.nodes(store, ids=[node_id])
        if not found:
            st.warning("This entity is no longer in the store.")
            return
        node = found[0]
        kind = node["type"]
        ranked = None  # a region's issuers, ranked
        if kind == "Directive":
            _directive(path, node, incidents)
            return
        _heading(node)
        if kind == "Person":
            held = _offices_held(store, node_id)
            st.markdown("**Offices held**")
            st.dataframe(held.rename(columns={"who": "Office"}), hide_index=True, key=f"{key}_held")
            mine = incidents[incidents["issuer_id"] == node_id]
        elif kind == "Office":
            held = _holders(store, node_id)
            st.markdown("**Holders over time**")
            st.dataframe(held.rename(columns={"who": "Person"}), hide_index=True, key=f"{key}_holders")
            holders = set(e["src"] for e in reads.edges_touching(store, [node_id], types=["HOLDS"]))
            mine = incidents[incidents["issuer_id"].isin(holders | {node_id})]
        elif kind == "Region":
            # The directives `arahan graph who` finds in the region and its sub-regions (PART_OF),
            # narrowed by the sidebar's filters.
            given = query.who_instructed(store, node_id)
            mine = incidents[incidents["id"].isin({r["directive"] for r in given})]
            kept = set(mine["id"])
            ranked = query.rank_issuers(r for r in given if r["issuer"] and r["directive"] in kept)
        elif kind == "TargetGroup":
            mine = incidents[incidents["targets"].map(lambda ts: node["label"] in ts)]
        elif kind == "Law":
            citing = {e["src"] for e in reads.edges_touching(store, [node_id], types=["CITES"])}
            mine = incidents[incidents["id"].isin(citing)]
            document = (node["attrs"] or {}).get("document_id")
            if document:  # the instrument itself was imported (a PDF, scan or .docx): read it
                ui.reader_link(document, "Open the instrument itself in the article reader")
        elif kind == "Article":
            _article(path, node, incidents)
            return
        else:  # Organization and anything else that issues
            mine = incidents[incidents["issuer_id"] == node_id]
    _incidents_summary(node, mine, key=key, ranked=ranked)


def _incidents_summary(node: dict, mine: pd.DataFrame, *, key: str, ranked: list[dict] | None = None) -> None:
    if mine.empty:
        st.caption("No incident matching the current filters involves this entity.")
        return
    verb = "issued" if node["type"] in ("Person", "Office", "Organization") else "involving it"
    st.markdown(f"**{len(mine):,} directive(s) {verb}** (matching the filters)")
    by_type = mine["type"].value_counts()
    st.caption(" · ".join(f"{TYPE_NAMES.get(t, t)}: {n}" for t, n in by_type.items()))
    _timeline(mine, key=f"{key}_timeline")
    if ranked is not None:  # a region: `arahan graph top --region` on the incidents the filters keep
        who = pd.DataFrame([{"issuer": r["label"], "directives": r["count"], "first": r["first"], "last": r["last"],
                             "types": ", ".join(f"{TYPE_NAMES.get(t, t)} ({n})" for t, n in r["by_type"].items())}
                            for r in ranked], columns=["issuer", "directives", "first", "last", "types"])
        st.markdown("**Who issued what, when**")
        st.dataframe(who, hide_index=True, key=f"{key}_who")  # dates as the graph has them: 2024, 2024-09 or a day
    elif node["type"] in ("Person", "Office", "Organization"):
        regions = mine["region"].value_counts().head(10)
        if len(regions):
            st.caption("Regions: " + esc(", ".join(f"{r} ({n})" for r, n in regions.items())))
    incident_table(mine, key=f"{key}_incidents", drop=("issuer",) if node["type"] == "Person" else ())


def _directive(path: str, node: dict, incidents: pd.DataFrame) -> None:
    row = data.with_details(incidents[incidents["id"] == node["id"]], path, data.fingerprint(path))
    ui.html(f'<h3 class="profile-title" style="margin-bottom:0">{esc(node["label"])}</h3>')
    if not row.empty:
        r = row.iloc[0]
        when = r["date"].date().isoformat() if pd.notna(r["date"]) else "undated"
        ui.html(
            f"<div><b>{esc(TYPE_NAMES.get(r['type'], r['type']))}</b> by <b>{esc(r['issuer'])}</b> · {esc(when)}<br>"
            f"targets: {esc(r['targets_text'] or '—')} · region: {esc(r['region'] or '—')}<br>"
            f"{int(r['sources'])} source(s): {esc(r['outlets'] or '—')} · confidence "
            f"{esc(f'{r.confidence:.2f}' if pd.notna(r['confidence']) else '—')}</div>"
        )
    else:
        st.caption("This directive is outside the current filters.")
    evidence.incident_panel(path, node["id"])


def _article(path: str, node: dict, incidents: pd.DataFrame) -> None:
    attrs = node.get("attrs") or {}
    doc_id = attrs.get("document_id")
    if doc_id is None:
        try:
            doc_id = int(node["id"].split(":", 1)[1])
        except (IndexError, ValueError):
            doc_id = None
    ui.html(f"<div>{esc(attrs.get('outlet') or '')} · {esc(attrs.get('published') or '')} "
            f"{safe_link(attrs.get('url'), 'source') if attrs.get('url') else ''}</div>")
    if doc_id is not None:
        ui.reader_link(doc_id)
        reported = data.with_details(incidents, path, data.fingerprint(path))
        reported = reported[reported["document_ids"].map(lambda ids: isinstance(ids, list) and doc_id in ids)]
        if len(reported):
            st.markdown(f"**Reports {len(reported)} directive(s)**")
            incident_table(reported, key=f"art{doc_id}", height=180)
