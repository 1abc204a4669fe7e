"""Digests of a watchlist run: Markdown and HTML of the new items, and an Atom feed of the recent ones.

Files per watchlist, in one folder: <slug>.md, <slug>.html (this run's new items) and
<slug>.atom (the last 50 items ever reported, newest first, with stable entry ids), so a
feed reader subscribed to the .atom file sees each item once.
"""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

FEED_ITEMS = 50


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "watchlist"


def _line(it: dict) -> str:
    bits = [it.get("type") or "", f"by {it['issuer']}" if it.get("issuer") else "", f"in {it['region']}" if it.get("region") else "",
            it.get("date") or ""]
    return " · ".join(b for b in bits if b)


def markdown(name: str, description: str, items: list[dict], when: str) -> str:
    out = [f"# Watchlist: {name}", "", f"{description} · run {when} · {len(items)} new item(s)", ""]
    if not items:
        out.append("Nothing new since the last run.")
    shown, rest = _split(items)
    for it in shown:
        out.append(f"## {it['label']}" + (" (reviewed)" if it.get("reviewed") else ""))
        out.append("")
        out.append(_line(it))
        if it.get("sentence"):
            out += ["", "> " + " ".join(it["sentence"].split())]
        if it.get("url"):
            out += ["", f"[{it.get('title') or it['url']}]({it['url']})" + (f" — {it['outlet']}" if it.get("outlet") else "")]
        out.append("")
    if rest:
        out.append(f"… and {rest:,} older new item(s), listed without their evidence (see the app's Watchlists page).")
    return "\n".join(out) + "\n"


def _split(items: list[dict]) -> tuple[list[dict], int]:
    """The items shown in full (those with their evidence looked up) and how many more there are."""
    shown = [it for it in items if it.get("sentence") or it.get("url")]
    return shown, len(items) - len(shown)


def html_page(name: str, description: str, items: list[dict], when: str) -> str:
    e = html.escape
    parts = [f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Watchlist: {e(name)}</title></head><body>",
             f"<h1>Watchlist: {e(name)}</h1><p>{e(description)} · run {e(when)} · {len(items)} new item(s)</p>"]
    if not items:
        parts.append("<p>Nothing new since the last run.</p>")
    shown, rest = _split(items)
    for it in shown:
        link = ""
        if it.get("url") and str(it["url"]).startswith(("http://", "https://")):
            link = f"<p><a href='{e(it['url'])}'>{e(it.get('title') or it['url'])}</a> {e(it.get('outlet') or '')}</p>"
        parts.append(f"<article><h2>{e(it['label'])}{' (reviewed)' if it.get('reviewed') else ''}</h2><p>{e(_line(it))}</p>"
                     + (f"<blockquote>{e(it['sentence'])}</blockquote>" if it.get("sentence") else "") + link + "</article>")
    if rest:
        parts.append(f"<p>… and {rest:,} older new item(s), listed without their evidence.</p>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def atom(name: str, recent: list[dict], when: str) -> str:
    x = xml_escape
    feed_id = f"urn:arahan:watch:{slug(name)}"
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">',
           f"<id>{feed_id}</id>", f"<title>Arahan watchlist: {x(name)}</title>", f"<updated>{x(when)}</updated>",
           "<author><name>Arahan</name></author>"]
    for it in recent[:FEED_ITEMS]:
        out += ["<entry>", f"<id>{feed_id}:{x(it['key'])}</id>", f"<title>{x(it['label'])}</title>",
                f"<updated>{x(it.get('first_seen') or when)}</updated>"]
        if it.get("url"):
            out.append(f'<link href="{x(it["url"], {chr(34): "&quot;"})}"/>')
        out.append(f"<summary>{x(_line(it) + (' — ' + it['sentence'] if it.get('sentence') else ''))}</summary>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n"


def write(folder: Path, name: str, description: str, items: list[dict], recent: list[dict]) -> list[Path]:
    """Write the three files of one watchlist run; returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    when = datetime.now(UTC).replace(microsecond=0).isoformat()
    base = folder / slug(name)
    files = {base.with_suffix(".md"): markdown(name, description, items, when),
             base.with_suffix(".html"): html_page(name, description, items, when),
             base.with_suffix(".atom"): atom(name, recent, when)}
    for path, text in files.items():
        path.write_text(text, encoding="utf-8")
    return list(files)
