"""Article reader: the stored text with extracted entities highlighted and directive sentences marked."""

import streamlit as st

from arahan.app import data, ui
from arahan.app.review_panel import directive_marks, review_panel
from arahan.app.filters import TYPE_NAMES
from arahan.app.safe import ENTITY_COLOURS, esc, render_annotated, safe_link
from arahan.store import reads
from arahan.corpus.search import QueryError, StemmerMissing, hit_spans, stemmer
from arahan.corpus.search_query import parse
from arahan.corpus.docread import page_of


def _pages_note(doc: dict) -> str:
    """ · PDF, 2 pages' for a document read from a file; nothing for a web page."""
    if not doc.get("doc_kind"):
        return ""
    kind = {"pdf": "PDF", "pdf-scan": "scanned PDF (OCR)", "docx": "Word document", "image": "scan (OCR)"}
    pages = doc.get("page_count") or 1
    return esc(f" · {kind.get(doc['doc_kind'], doc['doc_kind'])}, {pages} page{'s' if pages != 1 else ''}")


ctx = ui.page("Article reader", with_filters=False)
docs = data.documents(ctx.path, ctx.fp)

MAX_OPTIONS = 200  # a picker with tens of thousands of titles would be slow to send and useless to scroll
wanted = st.query_params.get("doc")
wanted = int(wanted) if wanted and wanted.isdigit() and int(wanted) in set(docs["id"]) else None
query = st.text_input("Find an article", key="reader_search", placeholder="words of the title, or the outlet")
matches = docs
if query.strip():
    needle = query.strip().lower()
    matches = docs[(docs["title"].fillna("") + " " + docs["outlet"].fillna("")).str.lower().str.contains(needle, regex=False)]
matches = matches.sort_values("published", ascending=False, na_position="last").head(MAX_OPTIONS)
options = ([wanted] if wanted is not None else []) + [i for i in matches["id"] if i != wanted]
if not options:
    st.info("No article matches this search.")
    st.stop()
shown = docs[docs["id"].isin(options)]
labels = {r.id: f"#{r.id} · {r.outlet or '?'} · {(r.published or '')[:10]} · {r.title or '(untitled)'}"
          for r in shown.itertuples()}
st.caption(f"{len(docs):,} articles in the store; the list shows the {min(len(options), MAX_OPTIONS)} most recent matches.")
doc_id = st.selectbox("Article", options, index=0, format_func=labels.get, key="reader_pick")

with data.open_store(ctx.path) as store:
    doc = reads.document_text(store, int(doc_id))
    found = reads.document_findings(store, int(doc_id))
if doc is None:
    st.warning("This article is no longer in the store.")
    st.stop()

ui.html(f'<h2 class="article-title">{esc(doc["title"] or "(untitled)")}</h2>'
        f'<div style="color:#555">{esc(doc["outlet"] or "")} · {esc((doc["published"] or "")[:10])}'
        f'{" · " + esc(doc["author"]) if doc.get("author") else ""} · {safe_link(doc["canonical_url"], "source")}'
        f'{_pages_note(doc)}</div>')

entities = [{"start": m["start_char"], "end": m["end_char"], "kind": m["kind"],
             "label": {"official": "PEJABAT", "region": "WILAYAH", "organization": "ORG"}.get(m["kind"], m["kind"].upper())}
            for m in found["mentions"]]
sentences = [{"start": d["sent_start"], "end": d["sent_end"], "label": TYPE_NAMES.get(d["type"], d["type"]).split(" (")[0]}
             for d in found["directives"]]
legend = " ".join(f'<span style="background:{ENTITY_COLOURS[k]};padding:1px 6px;border-radius:4px">{esc(name)}</span>'
                  for k, name in (("official", "PEJABAT: official"), ("region", "WILAYAH: region"),
                                  ("organization", "ORG: organization")))
ui.html(f'<div style="margin:8px 0">{legend} <span style="background:#fff3b0;border-bottom:2px solid #e0a800;'
        f'padding:1px 6px">directive sentence</span></div>')
if not found["mentions"] and not found["directives"]:
    st.caption("No finding is stored for this article (it has not been extracted yet, or nothing was found).")
hits: list[tuple[int, int]] = []
searched = st.query_params.get("q")  # set by the Search page's "open in the reader at the hit"
if searched:
    try:
        hits = hit_spans(doc["text"] or "", parse(searched), stemmer() if st.query_params.get("stem") == "1" else None)
    except (QueryError, StemmerMissing):
        hits = []
    if hits:
        text = doc["text"] or ""
        first = hits[0][0]
        ui.html(f'<div class="reader-hits">{len(hits)} hit(s) of <b>{esc(searched)}</b> marked in the text · '
                f'<a href="#hit-1">jump to the first</a><br>“… {esc(text[max(0, first - 120):first])}'
                f'<mark>{esc(text[first:hits[0][1]])}</mark>{esc(text[hits[0][1]:hits[0][1] + 160])} …”</div>')
    else:
        st.caption(f"The words of {searched!r} are in the title or metadata, not in this text.")
ui.html(render_annotated(doc["text"] or "", entities, sentences, hits, doc.get("page_starts")))

if found["directives"]:
    st.subheader(f"{len(found['directives'])} directive(s) in this article")
    marks = directive_marks(ctx.path, int(doc_id))
    for d in found["directives"]:
        conf = f" · confidence {d['confidence']:.2f}" if d.get("confidence") is not None else ""
        mark = f" · <b>reviewed</b> ({esc(marks[d['id']])})" if d["id"] in marks else ""
        page = page_of(doc.get("page_starts"), d["start_char"]) if d.get("start_char") is not None else None
        ui.html(f"<div>▶ <b>{esc(TYPE_NAMES.get(d['type'], d['type']))}</b> by {esc(d['issuer'] or '—')} · cue "
                f"“{esc(d['cue'] or '')}”{esc(conf)}{esc(f' · page {page}' if page else '')}{mark}</div>")

review_panel(ctx.path, int(doc_id))
