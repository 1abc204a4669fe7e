"""Watchlists: each saved query with its conditions, last run and the matches it reported most recently."""

import streamlit as st

from arahan.app import data, ui
from arahan.app.safe import esc, safe_link
from arahan.store.watch import WatchTables
from arahan.extract.watch import Watchlist

ctx = ui.page("Watchlists", with_filters=False)
RECENT = 20

with data.open_store(ctx.path) as store:
    tables = WatchTables(store)
    lists = [(w, tables.recent(w["id"], RECENT)) for w in tables.watchlists()] if tables.available() else []

if not lists:
    st.info("No watchlist yet. Save one and run it after each update:\n\n"
            "```\narahan watch add jatim --region \"Jawa Timur\" --type prohibition\narahan update\n```")
    st.stop()

for w, recent in lists:
    st.subheader(w["name"])
    st.caption(f"{Watchlist.from_dict(w['query']).describe()} · last run {w['last_run'] or 'never'} · "
               f"{len(recent)} recent match(es) shown")
    if not recent:
        st.caption("Nothing reported yet.")
    for it in recent:
        reviewed = " · reviewed" if it.get("reviewed") else ""
        ui.html(f'<div class="watch-item" style="margin:6px 0"><b>{esc(it["label"])}</b>'
                f'<div style="color:#555;font-size:0.9em">{esc(it.get("type") or "")} · {esc(it.get("issuer") or "?")} · '
                f'{esc(it.get("region") or "")} · {esc(it.get("date") or "")} · reported {esc(it["first_seen"][:10])}'
                f'{esc(reviewed)}</div>'
                + (f'<blockquote style="margin:4px 0">{esc(it["sentence"])}</blockquote>' if it.get("sentence") else "")
                + (f'<div>{safe_link(it["url"], it.get("title") or it["url"])}</div>' if it.get("url") else "")
                + "</div>")
        if it.get("document_id"):
            ui.reader_link(int(it["document_id"]), f"Open #{int(it['document_id'])} in the reader")
