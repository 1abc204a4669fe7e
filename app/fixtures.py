"""A generator of synthetic stores for the explorer's tests and benchmark.

`generate_store(path, directives=N)` writes an Arahan store that looks like the output of
import + extract + graph build on Indonesian regional news: documents whose text holds
the directive sentences (with character offsets), mentions and directives rows, and the
graph tables (Person, Office, Region, Organization, Law, TargetGroup, Article, Directive
nodes; HOLDS, OF, PART_OF, ISSUED, TARGETS, IN, CITES, REPORTED_BY edges, each with its
evidence sentences) plus incidents reported by one to four outlets.

The texts are written by us, from templates; the regions are real Kemendagri codes with
centroids taken from the gazetteer (cahyadsn/wilayah, MIT), the people are invented.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from corpus.store import Store
from corpus.store_bulk import insert_graph

HOSTILE_TITLE = "<script>alert(1)</script>"
HOSTILE_ORG = "<img src=x onerror=alert(2)>"

# (code, name, lat, lng): kabupaten/kota and their provinces (centroids from the gazetteer).
REGIONS = [
    ("11.02", "Kabupaten Aceh Tenggara", 3.3689, 97.6976), ("12.07", "Kabupaten Deli Serdang", 3.4803, 98.6948),
    ("12.71", "Kota Medan", 3.6290, 98.6672), ("13.71", "Kota Padang", -0.8989, 100.4376),
    ("16.71", "Kota Palembang", -2.9717, 104.7413), ("32.01", "Kabupaten Bogor", -6.5598, 106.7670),
    ("32.03", "Kabupaten Cianjur", -7.1309, 107.1592), ("32.04", "Kabupaten Bandung", -7.0976, 107.6087),
    ("32.05", "Kabupaten Garut", -7.3594, 107.7879), ("32.71", "Kota Bogor", -6.5935, 106.7994),
    ("32.73", "Kota Bandung", -6.9192, 107.6366), ("33.02", "Kabupaten Banyumas", -7.4555, 109.1758),
    ("33.14", "Kabupaten Sragen", -7.3853, 110.9741), ("33.20", "Kabupaten Jepara", -6.5490, 110.7681),
    ("33.22", "Kabupaten Semarang", -7.2709, 110.4735), ("33.74", "Kota Semarang", -7.0239, 110.3915),
    ("34.04", "Kabupaten Sleman", -7.7165, 110.3832), ("34.71", "Kota Yogyakarta", -7.8033, 110.3744),
    ("35.04", "Kabupaten Tulungagung", -8.1135, 111.8877), ("35.06", "Kabupaten Kediri", -7.8287, 112.0892),
    ("35.07", "Kabupaten Malang", -8.1259, 112.6409), ("35.08", "Kabupaten Lumajang", -8.1254, 113.1385),
    ("35.11", "Kabupaten Bondowoso", -7.9437, 113.9477), ("35.15", "Kabupaten Sidoarjo", -7.4515, 112.7003),
    ("35.22", "Kabupaten Bojonegoro", -7.2556, 111.8099), ("35.71", "Kota Kediri", -7.8264, 112.0161),
    ("35.73", "Kota Malang", -7.9783, 112.6359), ("51.03", "Kabupaten Badung", -8.5828, 115.1884),
    ("51.71", "Kota Denpasar", -8.6684, 115.2208), ("52.02", "Kabupaten Lombok Tengah", -8.7221, 116.2898),
    ("53.71", "Kota Kupang", -10.2045, 123.6045), ("61.71", "Kota Pontianak", -0.0258, 109.3317),
    ("64.02", "Kabupaten Kutai Kartanegara", 0.1080, 116.4801), ("64.72", "Kota Samarinda", -0.5003, 117.1771),
    ("71.71", "Kota Manado", 1.5249, 124.8479), ("73.06", "Kabupaten Gowa", -5.3089, 119.7187),
    ("73.71", "Kota Makassar", -5.1356, 119.4639), ("81.71", "Kota Ambon", -3.6854, 128.1950),
]
PROVINCES = {
    "11": ("Provinsi Aceh", 4.2257, 96.9119), "12": ("Provinsi Sumatera Utara", 2.1884, 99.0581),
    "13": ("Provinsi Sumatera Barat", -0.8485, 100.4654), "16": ("Provinsi Sumatera Selatan", -3.2127, 104.1703),
    "32": ("Provinsi Jawa Barat", -6.9206, 107.6033), "33": ("Provinsi Jawa Tengah", -7.2594, 110.2015),
    "34": ("Provinsi Daerah Istimewa Yogyakarta", -7.8949, 110.4456), "35": ("Provinsi Jawa Timur", -7.7194, 112.7324),
    "51": ("Provinsi Bali", -8.3698, 115.1317), "52": ("Provinsi Nusa Tenggara Barat", -8.6066, 117.5076),
    "53": ("Provinsi Nusa Tenggara Timur", -9.2604, 122.1818), "61": ("Provinsi Kalimantan Barat", -0.0865, 111.1208),
    "64": ("Provinsi Kalimantan Timur", 0.4547, 116.4509), "71": ("Provinsi Sulawesi Utara", 1.2611, 124.5227),
    "73": ("Provinsi Sulawesi Selatan", -3.7341, 120.1611), "81": ("Provinsi Maluku", -4.7381, 129.8402),
}
FIRST = ["Bambang", "Siti", "Agus", "Sri", "Budi", "Dwi", "Hendra", "Nur", "Adriyanto", "Lilik", "Rudy", "Yuni",
         "Eko", "Andi", "Made", "Teguh", "Wahyu", "Rina", "Arief", "Setyo", "Dedi", "Heru", "Fitri", "Iwan"]
LAST = ["Setiawan", "Rahayu", "Santoso", "Wibowo", "Hidayat", "Kurniawan", "Susanto", "Pratama", "Nugroho",
        "Hartono", "Saputra", "Lestari", "Wijaya", "Purnomo", "Haryanto", "Sulistyo", "Prasetyo", "Suharto"]
TARGETS = ["ASN", "non-ASN", "PNS", "PPPK", "kepala desa", "camat", "OPD", "guru", "sekolah", "pelaku usaha", "masyarakat"]
LAWS = ["UU 20/2023", "PP 94/2021", "UU 10/2016", "UU 1/2015", "Permendagri 73/2022", "SE Menpan-RB 1/2024"]
OUTLETS = ["kabarjatim.id", "suaradaerah.co.id", "warta-nusantara.com", "beritakabupaten.id", "harianpelosok.com",
           "lintasprovinsi.net", "radarkota.id", "pantauregional.com"]
ORG_NAMES = [("Bawaslu", "Badan Pengawas Pemilu"), ("BKPSDM", "Badan Kepegawaian dan Pengembangan SDM"),
             ("Satpol PP", "Satuan Polisi Pamong Praja")]
TYPES = ["appeal", "instruction", "prohibition", "sanction_warning", "policy", "oversight"]
TYPE_WEIGHTS = [30, 20, 18, 12, 10, 10]
SENTENCES = {
    "appeal": ("mengimbau", "{who} mengimbau seluruh {targets} di {region} untuk menjaga netralitas menjelang Pilkada serentak."),
    "instruction": ("menginstruksikan", "{who} menginstruksikan {targets} di lingkungan {region} agar melaporkan kegiatan kampanye yang melibatkan pegawai."),
    "prohibition": ("melarang", "{who} melarang {targets} di {region} menggelar study tour dan kegiatan berbiaya tinggi selama masa kampanye."),
    "sanction_warning": ("dikenakan sanksi", "{who} menegaskan {targets} di {region} yang terbukti melanggar akan dikenakan sanksi tegas sesuai {law}."),
    "policy": ("surat edaran", "{who} menerbitkan surat edaran bagi {targets} di {region} tentang kewajiban menjaga netralitas sesuai {law}."),
    "oversight": ("membentuk satgas", "{who} membentuk satgas untuk mengawasi {targets} di {region} dan membuka posko pengaduan warga."),
}
FILLER = [
    "Hal itu disampaikan dalam apel pagi di halaman kantor pemerintah daerah setempat.",
    "Menurutnya, pelayanan publik tidak boleh terganggu oleh agenda politik praktis.",
    "Kegiatan tersebut dihadiri para kepala OPD, camat dan perwakilan kepala desa.",
    "Warga yang menemukan pelanggaran dapat melapor melalui kanal pengaduan resmi.",
    "Ia berharap seluruh jajaran menjadi teladan bagi masyarakat.",
]
START = date(2023, 7, 1)
DAYS = 540


@dataclass
class _Person:
    id: str
    name: str
    title: str
    office_id: str
    region_code: str
    since: date


@dataclass
class _Graph:
    nodes: dict[str, dict] = field(default_factory=dict)
    edges: dict[str, dict] = field(default_factory=dict)
    incidents: list[dict] = field(default_factory=list)

    def node(self, node_id: str, node_type: str, label: str, **attrs: object) -> str:
        self.nodes.setdefault(node_id, {"id": node_id, "type": node_type, "label": label, "attrs": attrs})
        return node_id

    def edge(self, src: str, edge_type: str, dst: str, *, confidence: float, seen: str | None = None,
             evidence: dict | None = None, **attrs: object) -> None:
        key = f"{src}|{edge_type}|{dst}"
        e = self.edges.setdefault(key, {"key": key, "src": src, "dst": dst, "type": edge_type, "confidence": confidence,
                                        "first_seen": seen, "last_seen": seen, "attrs": attrs, "evidence": []})
        if seen:
            e["first_seen"] = min(filter(None, (e["first_seen"], seen)))
            e["last_seen"] = max(filter(None, (e["last_seen"], seen)))
        e["confidence"] = max(e["confidence"], confidence)
        if evidence:
            e["evidence"].append(evidence)


def _slug(text: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in text.lower()).split())


def _regions(g: _Graph) -> None:
    for code, (name, lat, lng) in PROVINCES.items():
        g.node(f"region:{code}", "Region", name, code=code, level="provinsi", lat=lat, lng=lng)
    for code, name, lat, lng in REGIONS:
        g.node(f"region:{code}", "Region", name, code=code, level="kabupaten/kota", lat=lat, lng=lng,
               province_code=code.split(".")[0])
        g.edge(f"region:{code}", "PART_OF", f"region:{code.split('.')[0]}", confidence=1.0)


def _officials(g: _Graph, rng: random.Random) -> list[list[_Person]]:
    """Per kabupaten/kota: the head (Bupati / Wali Kota, sometimes acting), the Sekda and a Kepala BKPSDM."""
    people: list[list[_Person]] = []
    used: set[str] = set()
    for code, name, _lat, _lng in REGIONS:
        short = name.split(" ", 1)[1]
        head = "Wali Kota" if name.startswith("Kota") else "Bupati"
        local = []
        for title in (rng.choice(["", "Pj ", "Plt "]) + head, "Sekda", "Kepala BKPSDM"):
            while True:
                full = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
                if full not in used:
                    used.add(full)
                    break
            office = g.node(f"office:{_slug(title)}@{code}", "Office", f"{title} {short}", title=title, region_code=code)
            g.edge(office, "OF", f"region:{code}", confidence=1.0)
            pid = g.node(f"person:{_slug(full)}@{code}", "Person", full, name=full, titles=[title])
            since = START + timedelta(days=rng.randrange(0, 120))
            local.append(_Person(pid, full, title, office, code, since))
        people.append(local)
    return people


def generate_store(path: str | Path, *, directives: int = 300, seed: int = 7, hostile: bool = False,
                   reports_per_article: int = 2) -> dict[str, int]:
    """Write a synthetic store with about `directives` incidents; returns counts of what was written."""
    rng = random.Random(seed)
    g = _Graph()
    _regions(g)
    people = _officials(g, rng)
    for tg in TARGETS:
        g.node(f"target:{_slug(tg)}", "TargetGroup", tg)
    for law in LAWS:
        g.node(f"law:{_slug(law)}", "Law", law)

    store = Store.open(path)
    counts = {"documents": 0, "incidents": 0, "reports": 0}
    with store.transaction():
        run_id = store.start_run("import", {"source": "synthetic", "seed": seed})
        pending: list[tuple[dict, _Person | dict, list[str], str | None, date]] = []
        for n in range(directives):
            ri = rng.randrange(len(REGIONS))
            code, region_name = REGIONS[ri][0], REGIONS[ri][1]
            if rng.random() < 0.08:
                abbr, full = ORG_NAMES[rng.randrange(len(ORG_NAMES))]
                label = f"{abbr} {region_name}" if not (hostile and n == 0) else HOSTILE_ORG
                issuer = {"id": g.node(f"org:{_slug(abbr)}@{code}", "Organization", label, abbr=abbr, full=full),
                          "name": label, "title": None, "region_code": code}
            else:
                p = rng.choices(people[ri], weights=[6, 3, 1])[0]
                issuer = {"id": p.id, "name": p.name, "title": p.title, "region_code": code, "person": p}
            dtype = rng.choices(TYPES, weights=TYPE_WEIGHTS)[0]
            targets = rng.sample(TARGETS[:8], k=rng.choice([1, 1, 2])) if rng.random() < 0.9 else ["masyarakat"]
            law = rng.choice(LAWS) if dtype in ("sanction_warning", "policy") or rng.random() < 0.15 else None
            when = START + timedelta(days=rng.randrange(0, DAYS))
            inc = f"directive:{n + 1}"
            confidence = round(rng.uniform(0.45, 0.98), 2)
            summary = f"{', '.join(targets)} di {region_name}: {dtype}"
            g.node(inc, "Directive", f"{dtype} · {', '.join(targets)} · {region_name.split(' ', 1)[1]}",
                   directive_type=dtype, date=when.isoformat(), confidence=confidence, summary=summary)
            g.incidents.append({"id": inc, "issuer": issuer["id"], "type": dtype, "date": when.isoformat(),
                                "targets": [f"target:{_slug(t)}" for t in targets]})
            sources = rng.choices([1, 2, 3, 4], weights=[70, 20, 7, 3])[0]
            for _ in range(sources):
                pending.append(({"incident": inc, "type": dtype, "confidence": confidence, "region": (code, region_name)},
                                issuer, targets, law, when + timedelta(days=rng.randrange(0, 3))))
            counts["incidents"] += 1
        rng.shuffle(pending)
        # An article carries reports from one region, as regional outlets do.
        pending.sort(key=lambda report: report[0]["region"][0])
        for start in range(0, len(pending), reports_per_article):
            reports = pending[start:start + reports_per_article]
            doc_id = _write_article(store, g, rng, reports, hostile=hostile and start == 0)
            counts["documents"] += 1
            counts["reports"] += len(reports)
            del doc_id
        store.record_failure(run_id, "corpus/demo/rusak.bin", "not an HTML page (binary content)", stage="import")
        store.finish_run(run_id, {"imported": counts["documents"], "failed": 1}, status="finished")
        insert_graph(store, nodes=g.nodes.values(), edges=g.edges.values(), incidents=g.incidents)
    store.close()
    counts.update(nodes=len(g.nodes), edges=len(g.edges))
    return counts


def _who(issuer: dict) -> str:
    return f"{issuer['title']} {issuer['name']}" if issuer.get("title") else issuer["name"]


def _write_article(store: Store, g: _Graph, rng: random.Random, reports: list, *, hostile: bool) -> int:
    """One news article carrying a few directive reports; writes the document, its findings and graph edges."""
    first, issuer0, targets0, _law0, when0 = reports[0]
    outlet = rng.choice(OUTLETS)
    region_short = first["region"][1].split(" ", 1)[1]
    title = HOSTILE_TITLE if hostile else f"{_who(issuer0)} Minta {', '.join(targets0)} {region_short} Patuhi Aturan"
    dateline = region_short.upper()
    parts: list[str] = [f"{dateline} – "]
    offsets: list[tuple[int, int, int, str, int]] = []  # sent_start, sent_end, cue_start, cue, report index
    pos = len(parts[0])
    for i, (meta, issuer, targets, law, _when) in enumerate(reports):
        cue, template = SENTENCES[meta["type"]]
        sentence = template.format(who=_who(issuer), targets=", ".join(targets), region=meta["region"][1],
                                   law=law or "ketentuan yang berlaku")
        filler = rng.choice(FILLER)
        offsets.append((pos, pos + len(sentence), pos + sentence.index(cue), cue, i))
        parts += [sentence, " ", filler, "\n\n"]
        pos += len(sentence) + 1 + len(filler) + 2
    parts.append(f"(Reporter: {rng.choice(FIRST)} / Editor: {rng.choice(LAST)})")
    text = "".join(parts)
    published = max(r[4] for r in reports).isoformat()
    slug = _slug(title)[:60] or "berita"
    doc_id = store.upsert_document({
        "canonical_url": f"https://{outlet}/berita/{published[:7].replace('-', '/')}/{slug}-{rng.randrange(10**8)}",
        "outlet": outlet, "title": title, "published": published, "fetched": published + "T08:00:00+00:00",
        "language": "id", "text": text, "status": "ok", "author": rng.choice(FIRST),
    })
    article = g.node(f"article:{doc_id}", "Article", title, document_id=doc_id, outlet=outlet, published=published)
    result = {"officials": [], "regions": [], "organizations": [], "directives": []}
    for sent_start, sent_end, cue_start, cue, i in offsets:
        meta, issuer, targets, law, when = reports[i]
        sentence = text[sent_start:sent_end]
        ev = {"document_id": doc_id, "sentence": sentence, "start_char": cue_start, "end_char": cue_start + len(cue),
              "sent_start": sent_start, "sent_end": sent_end, "seen": when.isoformat()}
        conf = meta["confidence"]
        inc = meta["incident"]
        code, region_name = meta["region"]
        name_at = text.index(issuer["name"], sent_start)
        region_at = text.index(region_name, sent_start)
        if issuer.get("title"):
            result["officials"].append({"name": issuer["name"], "title": issuer["title"], "region": region_name,
                                        "region_code": code, "confidence": conf,
                                        "evidence": {"text": issuer["name"], "start": name_at, "end": name_at + len(issuer["name"]),
                                                     "sent_start": sent_start, "sent_end": sent_end}})
            p: _Person = issuer["person"]
            g.edge(p.id, "HOLDS", p.office_id, confidence=conf, seen=when.isoformat(),
                   acting=p.title.split(" ")[0] if p.title.startswith(("Pj", "Plt")) else None,
                   evidence={**ev, "start_char": name_at, "end_char": name_at + len(issuer["name"])})
        else:
            result["organizations"].append({"name": issuer["name"], "confidence": conf,
                                            "evidence": {"text": issuer["name"], "start": name_at, "end": name_at + len(issuer["name"]),
                                                         "sent_start": sent_start, "sent_end": sent_end}})
        result["regions"].append({"name": region_name, "code": code, "confidence": 0.95,
                                  "evidence": {"text": region_name, "start": region_at, "end": region_at + len(region_name),
                                               "sent_start": sent_start, "sent_end": sent_end}})
        result["directives"].append({
            "type": meta["type"], "issuer": issuer["name"], "issuer_title": issuer.get("title"),
            "issuer_region": region_name, "issuer_region_code": code, "targets": targets, "cue": cue,
            "date": when.isoformat(), "date_precision": "day", "legal_basis": [law] if law else [],
            "summary": f"{', '.join(targets)}: {meta['type']}", "confidence": conf,
            "evidence": {"sentence": sentence, "start": cue_start, "end": cue_start + len(cue),
                         "sent_start": sent_start, "sent_end": sent_end},
        })
        g.edge(issuer["id"], "ISSUED", inc, confidence=conf, seen=when.isoformat(), evidence=ev)
        for t in targets:
            g.edge(inc, "TARGETS", f"target:{_slug(t)}", confidence=conf, seen=when.isoformat(), evidence=ev)
        g.edge(inc, "IN", f"region:{code}", confidence=0.95, seen=when.isoformat(), evidence=ev)
        if law:
            g.edge(inc, "CITES", f"law:{_slug(law)}", confidence=conf, seen=when.isoformat(), evidence=ev)
        g.edge(inc, "REPORTED_BY", article, confidence=1.0, seen=when.isoformat(), evidence=ev)
    store.save_extraction(doc_id, result, backend="synthetic", version="fixtures")
    return doc_id


def generate_empty_store(path: str | Path) -> None:
    """A valid store with no rows (what a fresh `arahan status` leaves)."""
    Store.open(path).close()


if __name__ == "__main__":  # python -m app.fixtures PATH [N]
    import sys

    print(generate_store(sys.argv[1], directives=int(sys.argv[2]) if len(sys.argv) > 2 else 300))
