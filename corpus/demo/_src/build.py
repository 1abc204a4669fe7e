"""Render the demo corpus: HTML pages, sitemaps, RSS feed, gold.jsonl and README.

The article texts and their gold annotations live in articles_*.py (written by
hand, fictional); this script only lays them out.  Run from anywhere:

    python corpus/demo/_src/build.py

The generated files are committed, so the build is only needed after editing
the sources.
"""
import datetime as dt
import importlib
import json
import sys
from email.utils import format_datetime
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEMO = HERE.parent
sys.path.insert(0, str(HERE))

from people import PEOPLE  # noqa: E402
from templates import OUTLETS, RENDER  # noqa: E402
from readme import write_readme  # noqa: E402

MODULES = ["articles_jatim", "articles_kaltim", "articles_sulsel", "articles_jabar",
           "articles_ntb", "articles_sumatra"]


def load_articles():
    arts = []
    for m in MODULES:
        try:
            mod = importlib.import_module(m)
        except ModuleNotFoundError:
            continue
        arts.extend(mod.ARTICLES)
    return arts


def url_for(a):
    o = OUTLETS[a["outlet"]]
    y, m, d = a["published"][:10].split("-")
    host = o["host"]
    sec = a["section"].lower().replace(" ", "-")
    return {
        "kabarjatim": f"https://{host}/daerah/{sec}/{y}/{m}/{d}/{a['slug']}",
        "suarakaltim": f"https://{host}/{y}/{m}/{d}/{a['slug']}/",
        "warta-sulsel": f"https://{host}/berita/{y}{m}{d}/{a['slug']}",
        "jabarpost": f"https://{host}/{sec}/{a['slug']}",
        "lombokpos": f"https://{host}/{a['slug']}/",
        "sumatrapos": f"https://{host}/{y}/{m}/{a['slug']}/",
    }[a["outlet"]]


def split_key(entry):
    """'key' or 'key=Short Name' (the article only gives part of the name)."""
    key, _, name = entry.partition("=")
    return key, name or PEOPLE[key]["name"]


def official(entry):
    key, name = split_key(entry)
    p = PEOPLE[key]
    return {"name": name, "title": p["title"], "region": p["region"],
            "org": p.get("org"), "person_key": key}


def directive(d, names):
    p = PEOPLE[d["by"]]
    name = names.get(d["by"], p["name"])
    out = {"issuer": name if name else p["as_issuer"],
           "issuer_title": p["title"], "issuer_region": p["region"]}
    out.update({k: d[k] for k in ("type", "targets", "summary", "cue", "date",
                                  "date_precision", "place", "legal_basis")})
    return out


def gold_line(a):
    g = a["gold"]
    names = dict(split_key(e) for e in g["officials"])
    return {
        "id": f"{a['outlet']}/{a['slug']}",
        "url": a["url"],
        "outlet": a["outlet"],
        "title": a["title"],
        "published": a["published"][:10],
        "text": None,
        "gold": {
            "officials": [official(k) for k in g["officials"]],
            "regions": g["regions"],
            "organizations": g["organizations"],
            "directives": [directive(d, names) for d in g["directives"]],
            "notes": g.get("notes", ""),
        },
    }


def prepare(arts):
    for a in arts:
        o = OUTLETS[a["outlet"]]
        a["url"] = url_for(a)
        a["template"] = o["template"]
        a["lead"] = a["body"][0][:160].rsplit(" ", 1)[0] + " ..."
    for a in arts:
        same = sorted((b for b in arts if b["outlet"] == a["outlet"] and b is not a),
                      key=lambda b: abs(dt.datetime.fromisoformat(b["published"]) -
                                        dt.datetime.fromisoformat(a["published"])))
        a["related"] = [{"title": b["title"], "url": b["url"]} for b in same[:3]]


def iso_full(a):
    return a["published"] + ":00" + OUTLETS[a["outlet"]]["tz"]


def write_sitemaps(arts):
    rows = "".join(f"  <url>\n    <loc>{escape(a['url'])}</loc>\n    <lastmod>{iso_full(a)}</lastmod>\n"
                   f"    <changefreq>never</changefreq>\n  </url>\n"
                   for a in sorted(arts, key=lambda a: a["published"]))
    (DEMO / "sitemap.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + rows + "</urlset>\n",
        encoding="utf-8")
    news = [a for a in arts if a["outlet"] == "kabarjatim"]
    rows = "".join(
        f"  <url>\n    <loc>{escape(a['url'])}</loc>\n    <news:news>\n"
        f"      <news:publication>\n        <news:name>KabarJatim</news:name>\n"
        f"        <news:language>id</news:language>\n      </news:publication>\n"
        f"      <news:publication_date>{iso_full(a)}</news:publication_date>\n"
        f"      <news:title>{escape(a['title'])}</news:title>\n"
        f"      <news:keywords>{escape(', '.join(a['tags']))}</news:keywords>\n"
        f"    </news:news>\n  </url>\n"
        for a in sorted(news, key=lambda a: a["published"], reverse=True))
    (DEMO / "news-sitemap.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"\n'
        '        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n' + rows + "</urlset>\n",
        encoding="utf-8")


def write_rss(arts):
    feed = sorted((a for a in arts if a["outlet"] == "suarakaltim"),
                  key=lambda a: a["published"], reverse=True)

    def rfc822(a):
        d = dt.datetime.fromisoformat(iso_full(a))
        return format_datetime(d)

    items = "".join(
        f"  <item>\n    <title>{escape(a['title'])}</title>\n    <link>{escape(a['url'])}</link>\n"
        f"    <guid isPermaLink=\"true\">{escape(a['url'])}</guid>\n"
        f"    <pubDate>{rfc822(a)}</pubDate>\n"
        f"    <dc:creator>{escape(a['author'])}</dc:creator>\n"
        f"    <category>{escape(a['section'])}</category>\n"
        f"    <description>{escape(a['lead'])}</description>\n  </item>\n" for a in feed)
    (DEMO / "rss.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n'
        '  <title>Suara Kaltim</title>\n  <link>https://suarakaltim.example/</link>\n'
        '  <description>Suara Rakyat Benua Etam: berita Samarinda, Kukar, Kutim dan Nusantara</description>\n'
        '  <language>id</language>\n'
        f"  <lastBuildDate>{rfc822(feed[0])}</lastBuildDate>\n" + items + "</channel>\n</rss>\n",
        encoding="utf-8")


def main():
    arts = load_articles()
    prepare(arts)
    for a in arts:
        path = DEMO / a["outlet"] / f"{a['slug']}.html"
        path.parent.mkdir(exist_ok=True)
        path.write_text(RENDER[a["template"]](a, OUTLETS[a["outlet"]]), encoding="utf-8")
    with open(DEMO / "gold.jsonl", "w", encoding="utf-8") as f:
        for a in sorted(arts, key=lambda a: (a["outlet"], a["slug"])):
            f.write(json.dumps(gold_line(a), ensure_ascii=False) + "\n")
    write_sitemaps(arts)
    if any(a["outlet"] == "suarakaltim" for a in arts):
        write_rss(arts)
    write_readme(arts, DEMO / "README.md")
    print(f"{len(arts)} pages written")


if __name__ == "__main__":
    main()
