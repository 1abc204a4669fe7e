"""Validate the bundled demo corpus (stdlib only).

    python corpus/demo/check_demo.py

Checks: page count and outlets, that every page parses and carries the
required <head> metadata, that sitemap.xml / news-sitemap.xml / rss.xml list
exactly the pages' canonical URLs, that gold.jsonl ids match the pages, and
that the gold is consistent with the article text (cues verbatim, named
officials and regions present).  Also reports the one syndicated near-copy
pair.  Exit status 0 when everything holds, 1 otherwise.
"""
import difflib
import itertools
import json
import re
import sys
import xml.etree.ElementTree as ET
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from pathlib import Path

DEMO = Path(__file__).resolve().parent
MIN_PAGES = 44
TYPES = {"appeal", "instruction", "prohibition", "sanction_warning", "policy", "oversight"}
# Body containers of the outlet templates (one per CMS theme).
BODY_CLASSES = ["detail__body-text", "entry-content", "read__content", "td-post-content"]
# Lines inside the body that are boilerplate, not article text.
NOISE = re.compile(r"^(baca juga:|penulis:|editor:|reporter:|redaktur:|\(reporter:)", re.I)
ABBREV = {  # region -> short forms used in the texts
    "Kabupaten Kutai Kartanegara": ["Kukar"], "Kabupaten Kutai Timur": ["Kutim"],
    "Provinsi Jawa Timur": ["Jatim"], "Provinsi Jawa Barat": ["Jabar"],
    "Provinsi Sulawesi Selatan": ["Sulsel"], "Provinsi Nusa Tenggara Barat": ["NTB"],
    "Kabupaten Lampung Utara": ["Lampura"], "Kota Jakarta Selatan": ["Jaksel"],
    "Kabupaten Lombok Tengah": ["Loteng"], "Provinsi Kalimantan Timur": ["Kaltim"],
    "Provinsi Sumatera Barat": ["Sumbar"], "Provinsi DKI Jakarta": ["DKI Jakarta", "Jakarta"],
}


class Page(HTMLParser):
    """Collects head metadata and the paragraphs of the article body."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.meta, self.links, self.lang, self.charset = {}, {}, None, None
        self.title, self._in_title = "", False
        self.body_class, self._depth, self.theme = None, 0, ""
        self.paras, self._p = [], None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        elif tag == "body":
            self.theme = a.get("class") or ""
        elif tag == "meta":
            if "charset" in a:
                self.charset = a["charset"]
            key = a.get("property") or a.get("name")
            if key:
                self.meta.setdefault(key, a.get("content"))
        elif tag == "link" and a.get("rel"):
            self.links.setdefault(a["rel"], a.get("href"))
        elif tag == "title":
            self._in_title = True
        if tag in ("div", "section", "article"):
            cls = a.get("class") or ""
            hit = next((c for c in BODY_CLASSES if c in cls.split()), None)
            if self._depth:
                self._depth += 1
            elif hit:
                self.body_class, self._depth = hit, 1
        if tag == "p" and self._depth:
            self._p = []

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        if tag in ("div", "section", "article") and self._depth:
            self._depth -= 1
        if tag == "p" and self._p is not None:
            self.paras.append(" ".join("".join(self._p).split()))
            self._p = None

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        if self._p is not None:
            self._p.append(data)


def text_of(page):
    return [p for p in page.paras if p and not NOISE.match(p)]


def main():
    errors = []
    err = errors.append
    pages = {}
    for f in sorted(DEMO.glob("*/*.html")):
        rel = f.relative_to(DEMO).with_suffix("").as_posix()
        raw = f.read_bytes()
        try:
            html = raw.decode("utf-8")
        except UnicodeDecodeError:
            err(f"{rel}: not valid UTF-8")
            continue
        p = Page()
        p.feed(html)
        pages[rel] = p
        for key in ("og:site_name", "og:title", "article:published_time", "author"):
            if not p.meta.get(key):
                err(f"{rel}: missing meta {key}")
        if not p.title.strip():
            err(f"{rel}: missing <title>")
        if p.lang != "id" or (p.charset or "").lower() != "utf-8":
            err(f"{rel}: lang/charset wrong")
        if not re.fullmatch(r"https://[a-z-]+\.example/\S*", p.links.get("canonical") or ""):
            err(f"{rel}: bad canonical {p.links.get('canonical')}")
        if not re.fullmatch(r"202[34]-\d\d-\d\dT\d\d:\d\d:\d\d\+0[78]:00", p.meta.get("article:published_time") or ""):
            err(f"{rel}: bad published_time")
        for needle in ("What's Your Reaction?", "scroll to top", "&copy;", "Tags", "Tinggalkan", "Foto:"):
            if needle.lower() not in html.lower():
                err(f"{rel}: boilerplate {needle!r} missing")
        if not any(re.match(r"baca juga:", q, re.I) for q in p.paras) and "baca-juga" not in html:
            err(f"{rel}: no 'Baca juga' line in the body")
        words = len(" ".join(text_of(p)).split())
        if not 250 <= words <= 600:
            err(f"{rel}: body has {words} words")
    outlets = {r.split("/")[0] for r in pages}
    # A template is told apart by its <body> class and article-body container.
    templates = {(p.theme, p.body_class) for p in pages.values()}
    print(f"pages: {len(pages)}  outlets: {len(outlets)}  templates: {len(templates)}")
    if len(pages) < MIN_PAGES:
        err(f"only {len(pages)} pages (< {MIN_PAGES})")
    if len(outlets) < 4 or len(templates) < 4:
        err("fewer than 4 outlets/templates")
    canon = {p.links["canonical"]: rel for rel, p in pages.items() if p.links.get("canonical")}
    if len(canon) != len(pages):
        err("canonical URLs are not unique")
    published = {p.links.get("canonical"): p.meta.get("article:published_time") for p in pages.values()}

    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "n": "http://www.google.com/schemas/sitemap-news/0.9"}
    sm = ET.parse(DEMO / "sitemap.xml").getroot()
    locs = {u.findtext("s:loc", namespaces=ns): u.findtext("s:lastmod", namespaces=ns) for u in sm.findall("s:url", ns)}
    if set(locs) != set(canon):
        err(f"sitemap.xml differs from pages: {sorted(set(locs) ^ set(canon))[:3]}")
    for u, lm in locs.items():
        if u in published and lm != published[u]:
            err(f"sitemap lastmod {lm} != published {published[u]} for {u}")
    news = ET.parse(DEMO / "news-sitemap.xml").getroot()
    nlocs = {u.findtext("s:loc", namespaces=ns) for u in news.findall("s:url", ns)}
    one = {u for u in nlocs if u}
    hosts = {u.split("/")[2] for u in one}
    if len(hosts) != 1 or one != {u for u in canon if u.split("/")[2] in hosts}:
        err("news-sitemap.xml must list exactly one outlet's pages")
    if any(n.find("n:news/n:publication_date", ns) is None for n in news.findall("s:url", ns)):
        err("news-sitemap.xml entry without news:publication_date")
    if not (DEMO / "rss.xml").exists():
        err("rss.xml missing")
    rss = ET.parse(DEMO / "rss.xml").getroot() if (DEMO / "rss.xml").exists() else ET.Element("rss")
    items = rss.findall("channel/item")
    rlinks = {i.findtext("link") for i in items}
    rhosts = {u.split("/")[2] for u in rlinks}
    if len(rhosts) != 1 or rlinks != {u for u in canon if u.split("/")[2] in rhosts}:
        err("rss.xml must list exactly one outlet's pages")
    for i in items:
        try:
            parsedate_to_datetime(i.findtext("pubDate"))
        except (TypeError, ValueError):
            err(f"rss pubDate not RFC-822: {i.findtext('pubDate')}")
    print(f"sitemap: {len(locs)} urls  news-sitemap: {len(nlocs)} ({hosts})  rss: {len(items)} items ({rhosts})")

    gold = [json.loads(line) for line in (DEMO / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    ids = [g["id"] for g in gold]
    if sorted(ids) != sorted(pages):
        err(f"gold ids differ from pages: {sorted(set(ids) ^ set(pages))[:3]}")
    n_dir = 0
    for g in gold:
        p = pages.get(g["id"])
        if not p:
            continue
        text = "\n".join(text_of(p))
        if g["url"] != p.links.get("canonical"):
            err(f"{g['id']}: gold url != canonical")
        if g["published"] != (p.meta.get("article:published_time") or "")[:10]:
            err(f"{g['id']}: gold published date mismatch")
        if g["text"] is not None:
            err(f"{g['id']}: text should be null")
        names = {o["name"] for o in g["gold"]["officials"]}
        for o in g["gold"]["officials"]:
            if o["name"] and o["name"] not in text:
                err(f"{g['id']}: official {o['name']!r} not in text")
            if not o.get("person_key"):
                err(f"{g['id']}: official without person_key")
        for r in g["gold"]["regions"]:
            base = re.sub(r"^(Provinsi|Kabupaten|Kota) ", "", r)
            if not any(s.lower() in text.lower() for s in [base] + ABBREV.get(r, [])):
                err(f"{g['id']}: region {r!r} not found in text")
        for d in g["gold"]["directives"]:
            n_dir += 1
            if d["type"] not in TYPES:
                err(f"{g['id']}: bad type {d['type']}")
            if d["cue"] not in text:
                err(f"{g['id']}: cue {d['cue']!r} not in text")
            if d["issuer_title"] and d["issuer"] not in names and not any(
                    o["name"] is None and o["title"] == d["issuer_title"] for o in g["gold"]["officials"]):
                err(f"{g['id']}: issuer {d['issuer']!r} not among officials")
            if d["date"] and not re.fullmatch(r"\d{4}-\d\d-\d\d", d["date"]):
                err(f"{g['id']}: bad directive date {d['date']}")
    print(f"gold: {len(gold)} articles, {n_dir} directives")

    bodies = {rel: " ".join(text_of(p)).split() for rel, p in pages.items()}
    pairs = []
    for a, b in itertools.combinations(sorted(bodies), 2):
        if a.split("/")[0] == b.split("/")[0]:
            continue
        sm_ = difflib.SequenceMatcher(None, bodies[a], bodies[b], autojunk=False)
        if sm_.real_quick_ratio() > 0.5 and sm_.quick_ratio() > 0.6 and sm_.ratio() > 0.6:
            pairs.append((a, b, round(sm_.ratio(), 3)))
    print(f"near-copy pairs across outlets: {pairs}")
    if len(pairs) != 1 or pairs[0][2] <= 0.85:
        err("expected exactly one syndicated pair with > 85% identical body text")

    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
