"""What every page does first: open the store, explain problems, load data, draw the filters.

A missing or corrupt store stops the page with a clear message and what to do about it;
an empty store stops it with the two commands that fill it. Pages get a `Context` with
the cached data and the incidents that pass the sidebar filters.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

import pandas as pd
import streamlit as st

from arahan.app import data, filters
from arahan.app.safe import esc
from arahan.store.database import StoreError


@dataclass
class Context:
    path: str
    fp: tuple
    bundle: data.Bundle
    filters: filters.Filters
    incidents: pd.DataFrame  # the filtered incidents


def setup(title: str) -> None:
    try:
        st.set_page_config(page_title=f"{title} · Arahan", layout="wide")
    except st.errors.StreamlitAPIException:
        pass  # already set by the navigation script


def page(title: str, *, with_filters: bool = True) -> Context:
    """Open the store for a page, or stop the page with a message saying why it cannot."""
    setup(title)
    path = data.db_path()
    st.title(title)
    problem = data.store_problem(path)
    if problem:
        stop_with_store_problem(problem)
    try:
        bundle = data.load_bundle(path, data.fingerprint(path))
    except (StoreError, sqlite3.DatabaseError) as exc:
        stop_with_store_problem(f"{path}: the store cannot be read ({exc})")
    if bundle.counts.get("documents", 0) == 0:
        st.info(
            "**The store is empty.** Nothing to explore yet.\n\n"
            "Fill it with the bundled demo corpus, then extract the directives:\n\n"
            "```\narahan import corpus/demo\narahan extract\n```\n"
            "or run `make run`, which does both and reopens this app."
        )
        st.caption(f"Store: {esc(path)}")
        st.stop()
    f = filters.sidebar(bundle.options) if with_filters else filters.Filters()
    with st.sidebar:
        st.caption(f"Store: `{path}` · {bundle.counts['documents']:,} articles · "
                   f"{len(bundle.incidents):,} incidents")
    return Context(path, data.fingerprint(path), bundle, f, filters.apply(bundle.incidents, f))


def stop_with_store_problem(message: str) -> None:
    st.error(f"**The store cannot be opened.** {esc(message)}")
    st.markdown(
        "What to do: check the `--db` path (or `ARAHAN_DB`); create a store with "
        "`arahan import corpus/demo` and `arahan extract`; if the file is damaged, move it "
        "away and import again. The explorer only reads the store and never changes it."
    )
    st.stop()


def reader_link(document_id: int, label: str = "Open in the article reader") -> None:
    """A link to the article reader on one document (keeps the session: filters and graph stay)."""
    try:
        st.page_link("views/reader.py", label=label, query_params={"doc": str(int(document_id))})
    except Exception:  # the page runs on its own (tests): no navigation to link into
        st.caption(f"{label}: article #{int(document_id)}")


def html(fragment: str) -> None:
    """Render HTML built from escaped pieces only (see arahan.app.safe)."""
    st.markdown(fragment, unsafe_allow_html=True)
