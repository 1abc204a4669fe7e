"""Writes corpus/demo/README.md, with coverage tables computed from the article sources."""
from collections import Counter, defaultdict

from people import PEOPLE
from templates import OUTLETS

INTRO = """# Arahan demo corpus

A small, **entirely fictional** corpus of Indonesian regional news, written by hand
for Arahan's demo (`make run` imports it with `arahan import corpus/demo`), the
README screenshots and the extraction / person-resolution tests.

* Every article, headline, quote and person is invented.  The regions, offices and
  institutions are real (Kabupaten Bondowoso, Pj Bupati, Bawaslu, BPBD ...), the people
  holding them are not: any resemblance to real officials is accidental.
* The outlets are imaginary and live under the reserved `.example` TLD
  (RFC 2606), so no URL here can point at a real site.
* Licence: **CC0 1.0** (public-domain dedication).  Copy, change and redistribute freely.

## Files

| path | what |
|---|---|
| `<outlet>/<slug>.html` | one article page per file, full HTML with the outlet's boilerplate |
| `sitemap.xml` | sitemap of every page (canonical URL + `<lastmod>` = publication time) |
| `news-sitemap.xml` | Google News sitemap of one outlet (KabarJatim) |
| `rss.xml` | RSS 2.0 feed of one outlet (Suara Kaltim), `pubDate` in RFC 822 |
| `gold.jsonl` | one gold annotation per article in the format of `shared/eval/SCHEMA.md`, `text` left `null`; each official also has a `person_key` |
| `check_demo.py` | stdlib-only validator: `python corpus/demo/check_demo.py` |
| `_src/` | the hand-written article sources (`articles_*.py`, `people.py`) and `build.py`, which renders everything above: `python corpus/demo/_src/build.py` |

Edit the sources and rebuild rather than editing the HTML or gold by hand, then run the checker.
The checker verifies page metadata, that the sitemaps and feed list exactly the pages'
canonical URLs, that gold ids match the pages, that every directive cue, named official
and region of the gold occurs in the article body, and that there is exactly one
syndicated near-copy pair.

## Gold conventions (in addition to SCHEMA.md)

* `id` is the page path without `.html` (`kabarjatim/<slug>`), `published` is the local date
  of `article:published_time`, `outlet` is the outlet's directory name.
* `person_key` is stable across articles for the same fictional person, whatever the
  spelling (`Drs. Bambang Setiawan, M.Si.` / `Pj Bupati Bambang Setiawan` / `Bambang`), and
  different for namesakes (`bambang-setiawan-bondowoso` vs `bambang-sugiharto-batu`).
  Where an article gives only part of a name (`Ketua Bawaslu Garut, Asep`), `name` is what
  the article gives and `person_key` links it to the full name.
* Office holders never named get `name: null` (the Pj Bupati Bojonegoro); former holders
  ("mantan Bupati", "era Bupati") are listed with the office they held and a note.
* Entities that only occur in "Baca juga" lines, captions, menus or the related-links box
  are not annotated: the gold describes the article body.
* Outlet names inside a dateline ("Tenggarong (Suara Kaltim) -", "WATAMPONE, WARTA-SULSEL –") are
  the outlet, not a region mention; the dateline place counts only when a Kota of that name
  exists (MALANG, SURABAYA, BATU, PADANG ...). Regency seats that are only kecamatan
  (Kepanjen, Tenggarong, Sangatta, Watampone, Praya, Cibinong, Rangkasbitung, Kotabumi,
  Lubuk Basung) are not regions. "JAKARTA" is read as Provinsi DKI Jakarta.
* Directive dates are resolved against the publication date; statements the text does not
  date get `null`.  Institutions credited with a directive ("Pemkot Surabaya membentuk tim
  pengawasan gabungan") are issuers with `issuer_title: null`.
* The `notes` field of each line explains every judgement call.

## What the importer makes of this folder

`arahan import corpus/demo` extracts the 46 pages (trafilatura finds the body in every
template; the cleaner strips the 'Baca juga' lines, trailers and datelines), flags the
syndicated copy as a near duplicate, and skips the other files (`.py`, `.xml`, `.md`, and
`gold.jsonl`, which has no `text`/`html` field) with a reason.  The sitemaps and the feed
are in the formats `arahan discover` reads.

## Text features on purpose

* Date formats: "Jumat (21/6/2024)", "21 Jun 2024", "Senin, 4 Desember 2023" / "Rabu, 4 Desember 2024",
  year-less "(12/3)" and "(12/7)", "Rabu (31/05/2023) pagi", "18 September", "Senin lalu", "kemarin",
  "pekan depan", month-only "Mei 2024".
* Speech attribution: "ujar", "kata", "tegas", "ungkapnya", "tandas", "pungkas", "tuturnya",
  "Ia menambahkan", "Pj Bupati menambahkan".
* Names: degrees and honorifics (H., Hj., Drs., Dr., Ir., dr., S.Sos., M.Si., M.M., M.Pd., AKBP),
  local particles kept as part of the name (Sasak "Lalu", "Baiq"; Bugis "Andi"), short forms
  ("Bupati Suryo", "Pj Bupati Lampura, Heriyanto", "Ketua Bawaslu Garut, Asep").
* Region forms: full names, "Kab. Bogor", abbreviations (Kukar, Kutim, Jatim, Jabar, Sulsel, NTB,
  Lampura, Jaksel, Loteng, Kaltim, Sumbar), "Pemkab X", "Pemkot X", "Pemprov X", "Kecamatan X".
* Legal bases: UU Nomor 20 Tahun 2023 tentang ASN, PP Nomor 94 Tahun 2021, UU Nomor 6 Tahun 2014
  tentang Desa, UU Nomor 10 Tahun 2016 tentang Pilkada, Permendagri Nomor 4 Tahun 2023, SKB netralitas,
  perda/perwali without numbers.
"""


def _people_line(a):
    out = []
    for entry in a["gold"]["officials"]:
        key, _, short = entry.partition("=")
        p = PEOPLE[key]
        out.append(f"{short or p['name'] or '(unnamed)'} ({p['title']})")
    return "; ".join(out) or "none"


def write_readme(arts, path):
    arts = sorted(arts, key=lambda a: a["published"])
    lines = [INTRO, "## Outlets and templates\n",
             "| outlet | host | template (imagined CMS theme) | 'Baca juga' spelling | time zone | pages |",
             "|---|---|---|---|---|---|"]
    per_outlet = Counter(a["outlet"] for a in arts)
    theme = {"tabloid": "tabloid portal (`detail__body-text`)", "wpnews": "WordPress news (`entry-content`)",
             "portal": "news portal (`read__content`)", "newspaper": "Newspaper theme (`td-post-content`)",
             "jeg": "JNews-style WordPress (`jeg_*`, `content-inner`)"}
    for key, o in OUTLETS.items():
        lines.append(f"| {key} | {o['host']} | {theme[o['template']]} | `{o['baca']}` | {o['zone']} ({o['tz']}) | {per_outlet[key]} |")
    lines.append("\nlombokpos and sumatrapos are sister sites on the same theme. Every page has a navigation menu, "
                 "breadcrumb, share buttons, photo caption with a `Foto:` credit, 'Baca juga' link lines inside the body, "
                 "an editor/reporter trailer, a tag list, a \"What's Your Reaction?\" widget (Senang, Sedih, Marah, ...), "
                 "a 'Berita Terkait' box, a comment form ('Tinggalkan Komentar' / 'Tinggalkan Balasan'), a scroll-to-top "
                 "link and a copyright footer.\n")

    types = Counter(d["type"] for a in arts for d in a["gold"]["directives"])
    regions = Counter(r for a in arts for r in a["gold"]["regions"])
    kabkota = [r for r in regions if not r.startswith("Provinsi")]
    provinces = {PROV.get(r, r) for r in regions}
    lines += ["## Coverage at a glance\n",
              f"* {len(arts)} articles, {len(per_outlet)} outlets, published {arts[0]['published'][:10]} to {arts[-1]['published'][:10]}.",
              f"* {len(kabkota)} kabupaten/kota in {len(provinces)} provinces.",
              f"* {sum(1 for k, p in PEOPLE.items() if p['title'] and any(k == e.partition('=')[0] for a in arts for e in a['gold']['officials']))} officials (3 never named); "
              f"{sum(types.values())} gold directives: " + ", ".join(f"{t} {n}" for t, n in sorted(types.items())) + ".",
              "* Articles without any directive: " + ", ".join(f"`{a['outlet']}/{a['slug']}`" for a in arts if not a["gold"]["directives"]) + ".",
              "* Syndicated near-copy pair (same wire story, two outlets, >85% identical body): "
              "`jabarpost/asdep-kemenko-polhukam-ingatkan-asn-netral-pelanggar-berat-bisa-dipecat` and "
              "`suarakaltim/kemenko-polhukam-asn-tak-netral-bisa-dilaporkan-ke-bawaslu`.",
              "* Namesakes: Bambang Setiawan (Pj Bupati Bondowoso) and Bambang Sugiharto (Pj Wali Kota Batu), "
              "both written plain 'Bambang' in places.",
              "* Kota/Kabupaten of the same name: Kota Malang and Kabupaten Malang have separate stories, and one story mentions both.",
              "* Tenure can be inferred from dated mentions: Bambang Setiawan sworn in 5 Februari 2024, "
              "Andi Baso Rahmat 28 Desember 2023, Lalu Ahmad Zainuri 25 September 2023.",
              "* Negative statements that are not directives: 'belum ada laporan pelanggaran' (several), "
              "'Tidak ada larangan bagi rumah makan ...' (Surabaya).\n"]

    lines += ["## Regions\n", "| region | articles |", "|---|---|"]
    for r, n in sorted(regions.items(), key=lambda x: (PROV.get(x[0], x[0]), x[0])):
        lines.append(f"| {r} | {n} |")

    lines += ["\n## Officials\n", "| person_key | name | office | region / org | articles |", "|---|---|---|---|---|"]
    seen = defaultdict(list)
    for a in arts:
        for e in a["gold"]["officials"]:
            seen[e.partition("=")[0]].append(a)
    for key, lst in sorted(seen.items(), key=lambda x: (PEOPLE[x[0]]["region"] or "", x[0])):
        p = PEOPLE[key]
        lines.append(f"| {key} | {p['name'] or '(never named)'} | {p['title']} | {p['region'] or p.get('org')} | {len(lst)} |")

    lines += ["\n## Per-article coverage\n",
              "| file | published | regions | officials | directive types | date formats in the text |",
              "|---|---|---|---|---|---|"]
    for a in arts:
        ts = ", ".join(sorted({d["type"] for d in a["gold"]["directives"]})) or "none"
        lines.append(f"| `{a['outlet']}/{a['slug']}.html` | {a['published'][:10]} | {', '.join(a['gold']['regions'])} | "
                     f"{_people_line(a)} | {ts} | {'; '.join(a['formats'])} |")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


PROV = {
    "Kabupaten Bondowoso": "Provinsi Jawa Timur", "Kabupaten Malang": "Provinsi Jawa Timur", "Kota Malang": "Provinsi Jawa Timur",
    "Kota Batu": "Provinsi Jawa Timur", "Kabupaten Bojonegoro": "Provinsi Jawa Timur", "Kota Surabaya": "Provinsi Jawa Timur",
    "Kabupaten Sidoarjo": "Provinsi Jawa Timur",
    "Kabupaten Kutai Kartanegara": "Provinsi Kalimantan Timur", "Kabupaten Kutai Timur": "Provinsi Kalimantan Timur",
    "Kota Samarinda": "Provinsi Kalimantan Timur",
    "Kabupaten Garut": "Provinsi Jawa Barat", "Kota Bandung": "Provinsi Jawa Barat", "Kabupaten Bogor": "Provinsi Jawa Barat",
    "Kabupaten Bandung Barat": "Provinsi Jawa Barat",
    "Kabupaten Lebak": "Provinsi Banten", "Kota Jakarta Selatan": "Provinsi DKI Jakarta",
    "Kabupaten Bone": "Provinsi Sulawesi Selatan", "Kota Makassar": "Provinsi Sulawesi Selatan",
    "Kabupaten Lombok Tengah": "Provinsi Nusa Tenggara Barat", "Kota Mataram": "Provinsi Nusa Tenggara Barat",
    "Kabupaten Lombok Barat": "Provinsi Nusa Tenggara Barat",
    "Kabupaten Lampung Utara": "Provinsi Lampung", "Kabupaten Agam": "Provinsi Sumatera Barat",
    "Kabupaten Tanah Datar": "Provinsi Sumatera Barat", "Kota Padang": "Provinsi Sumatera Barat",
}
