"""Escaping and highlighting of article-derived text.

Everything that came from an article (titles, names, sentences, outlets, URLs) passes
through `esc` before it reaches the page, so a headline like `<script>alert(1)</script>`
shows as text. Streamlit renders our HTML through a Markdown parser, so `esc` escapes
Markdown too: a title holding `![x](http://tracker/)` must not become an image the
browser fetches, and a blank line inside a title must not end our HTML block and let
the text after it render as Markdown. The highlighters build their HTML from escaped
pieces only; offsets index the raw text and are applied before escaping.
"""

from __future__ import annotations

import html
import re
from urllib.parse import urlparse

# displaCy's palette, one colour per finding kind.
ENTITY_COLOURS = {
    "official": "#aa9cfc", "person": "#aa9cfc", "region": "#feca74", "organization": "#7aecec",
    "law": "#c887fb", "target": "#bfeeb7",
}
DIRECTIVE_STYLE = "background:#fff3b0;border-bottom:2px solid #e0a800;padding:1px 0"
EVIDENCE_STYLE = "background:#ffe08a;padding:1px 2px;border-radius:3px"


# Characters with a meaning in (GitHub-flavoured) Markdown or in Streamlit's additions to it
# ($ for LaTeX), written as numeric character references: the Markdown parser takes those as
# plain text, and the browser shows the character.
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;",
                         **{c: f"&#{ord(c)};" for c in "\\`*_[]{}!#|~$"}})
_NEWLINES = re.compile(r"\r\n?|\n")
_LINE_START = re.compile(r"^(\s*)([-+=>0-9])")  # list items, setext underlines, numbered lists


def esc(value: object) -> str:
    """Escape any value for HTML and Markdown (None becomes an empty string); line breaks
    become &#10;, which no Markdown block can end on (`br` turns them into <br>)."""
    text = ("" if value is None else str(value)).translate(_ESCAPES)  # one pass: no escape is escaped again
    text = _LINE_START.sub(lambda m: m.group(1) + f"&#{ord(m.group(2))};", text)
    return _NEWLINES.sub("&#10;", text)


def br(escaped: str) -> str:
    """Line breaks of escaped text as <br>."""
    return escaped.replace("&#10;", "<br>")


def component_text(value: object) -> str:
    """Text for the graph component, whose info panel writes values with innerHTML.

    Quotes are harmless inside element content, so only &, < and > are escaped: a title
    with quotation marks still reads naturally on the canvas.
    """
    return html.escape("" if value is None else str(value), quote=False)


def safe_link(url: object, text: object | None = None) -> str:
    """An <a> to an http(s) URL; any other scheme (javascript:, data:) is shown as plain text."""
    raw = "" if url is None else str(url)
    label = esc(text if text is not None else raw)
    if urlparse(raw).scheme in ("http", "https"):
        return f'<a href="{esc(raw)}" target="_blank" rel="noopener noreferrer">{label}</a>'
    return label


def _clip(text: str, start: int, end: int) -> tuple[int, int]:
    n = len(text)
    start = max(0, min(int(start), n))
    return start, max(start, min(int(end), n))


def highlight_passage(text: str, sent_start: int | None, sent_end: int | None, cue_start: int | None = None,
                      cue_end: int | None = None, *, sentence: str | None = None, context: int = 320) -> str:
    """The supporting sentence marked inside its article text, with some text around it.

    Falls back to finding `sentence` in the text when offsets are missing or stale.
    """
    text = text or ""
    stale = sent_start is None or sent_end is None or text[sent_start:sent_end] != sentence
    if sentence and stale:
        found = text.find(sentence)
        if found >= 0:
            sent_start, sent_end = found, found + len(sentence)
    if sent_start is None or sent_end is None:
        return f'<mark style="{EVIDENCE_STYLE}">{esc(sentence)}</mark>' if sentence else ""
    s0, s1 = _clip(text, sent_start, sent_end)
    a = max(0, s0 - context)
    b = min(len(text), s1 + context)
    # Start and end the window on word boundaries so the excerpt reads cleanly.
    if a > 0:
        a = text.find(" ", a) + 1 or a
    if b < len(text):
        b = text.rfind(" ", s1, b) if text.rfind(" ", s1, b) > 0 else b
    inner = esc(text[s0:s1])
    if cue_start is not None and cue_end is not None and s0 <= cue_start < cue_end <= s1:
        inner = (esc(text[s0:cue_start]) + f"<b><u>{esc(text[cue_start:cue_end])}</u></b>" + esc(text[cue_end:s1]))
    before, after = esc(text[a:s0]), esc(text[s1:b])
    return (("… " if a > 0 else "") + br(before) + f'<mark style="{EVIDENCE_STYLE}">{br(inner)}</mark>'
            + br(after) + (" …" if b < len(text) else ""))


HIT_STYLE = "background:#ffb347;padding:0 1px;border-radius:2px"


def snippet_html(snippet: str | None) -> str:
    """A search snippet (hits between the \\x02 and \\x03 markers of arahan.store.search) as escaped HTML."""
    return esc(snippet).replace("\x02", f'<mark style="{HIT_STYLE}">').replace("\x03", "</mark>")


def render_annotated(text: str, entities: list[dict], sentences: list[dict],
                     hits: list[tuple[int, int]] = (), pages: list[int] | None = None) -> str:
    """displaCy-style HTML: entity spans with a label badge, directive sentences underlined.

    entities: {start, end, label, kind}; sentences: {start, end, label}; hits: (start, end)
    spans of search hits, marked and numbered (id="hit-1" ...) so a link can jump to them;
    pages: where each page of a PDF, scan or .docx starts in the text, marked "page N".
    Overlaps are allowed: the text is cut at every boundary and each piece is wrapped on
    its own, so the HTML stays well-formed whatever the offsets.
    """
    text = text or ""
    n = len(text)
    ents = sorted(({**e, "start": _clip(text, e["start"], e["end"])[0], "end": _clip(text, e["start"], e["end"])[1]}
                   for e in entities if e.get("start") is not None and e.get("end") is not None), key=lambda e: (e["start"], -e["end"]))
    sents = [dict(zip(("start", "end"), _clip(text, s["start"], s["end"])), label=s.get("label", ""))
             for s in sentences if s.get("start") is not None and s.get("end") is not None]
    marks = [_clip(text, a, b) for a, b in hits]
    cuts = {0, n}
    for item in ents + sents:
        cuts.update((item["start"], item["end"]))
    for a, b in marks:
        cuts.update((a, b))
    page_at = {start: number for number, start in enumerate(pages or [], 1) if 0 <= start < n}
    cuts.update(page_at)
    bounds = sorted(cuts)
    out: list[str] = []
    for a, b in zip(bounds, bounds[1:]):
        if a == b:
            continue
        if a in page_at:
            out.append(f'<div class="page-mark" style="color:#777;font-size:0.8em;border-top:1px dashed #bbb;'
                       f'margin:6px 0">page {page_at[a]}</div>')
        piece = br(esc(text[a:b]))
        ent = next((e for e in ents if e["start"] <= a and b <= e["end"]), None)
        if ent is not None:
            colour = ENTITY_COLOURS.get(ent.get("kind", ""), "#ddd")
            badge = (f'<span style="font-size:0.7em;font-weight:bold;margin-left:4px;vertical-align:middle">{esc(ent["label"])}</span>'
                     if b == ent["end"] else "")
            piece = f'<span class="ent" style="background:{colour};padding:2px 4px;border-radius:4px">{piece}{badge}</span>'
        sent = next((s for s in sents if s["start"] <= a and b <= s["end"]), None)
        if sent is not None:
            marker = (f'<sup style="color:#a06b00;font-weight:bold">▶ {esc(sent["label"])}</sup> ' if a == sent["start"] else "")
            piece = f'{marker}<span class="directive" style="{DIRECTIVE_STYLE}">{piece}</span>'
        hit = next((i for i, (s, e) in enumerate(marks) if s <= a and b <= e), None)
        if hit is not None:
            anchor = f' id="hit-{hit + 1}"' if a == marks[hit][0] else ""
            piece = f'<mark class="search-hit"{anchor} style="{HIT_STYLE}">{piece}</mark>'
        out.append(piece)
    return f'<div class="article-text" style="line-height:2.1;font-size:1.02em">{"".join(out)}</div>'
