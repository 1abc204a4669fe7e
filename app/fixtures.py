"""A generator of synthetic stores for the explorer's tests and benchmark.

`generate_store(path, directives=N)` writes what `arahan import` + `arahan extract` would
leave after reading N directive reports in Indonesian regional news: documents whose text
holds the directive sentences, and per-document findings (officials, regions,
organizations, directives) with character offsets into that text. It then builds the
entity graph with the real incremental builder (arahan.extract.graph.build.update_graph), so
the app is tested on the same graph tables a real run produces.

The texts are written by us from templates; the regions are real Kemendagri codes, the
people are invented.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from arahan.store.database import Store

HOSTILE_TITLE = "<script>alert(1)</script>"
HOSTILE_ORG = "<img src=x onerror=alert(2)>"

REGIONS = [
    ("11.02", "Kabupaten Aceh Tenggara"), ("12.07", "Kabupaten Deli Serdang"), ("12.71", "Kota Medan"),
    ("13.71", "Kota Padang"), ("16.71", "Kota Palembang"), ("32.01", "Kabupaten Bogor"), ("32.03", "Kabupaten Cianjur"),
    ("32.04", "Kabupaten Bandung"), ("32.05", "Kabupaten Garut"), ("32.71", "Kota Bogor"), ("32.73", "Kota Bandung"),
    ("33.02", "Kabupaten Banyumas"), ("33.14", "Kabupaten Sragen"), ("33.20", "Kabupaten Jepara"),
    ("33.22", "Kabupaten Semarang"), ("33.74", "Kota Semarang"), ("34.04", "Kabupaten Sleman"),
    ("34.71", "Kota Yogyakarta"), ("35.04", "Kabupaten Tulungagung"), ("35.06", "Kabupaten Kediri"),
    ("35.07", "Kabupaten Malang"), ("35.08", "Kabupaten Lumajang"), ("35.11", "Kabupaten Bondowoso"),
    ("35.15", "Kabupaten Sidoarjo"), ("35.22", "Kabupaten Bojonegoro"), ("35.71", "Kota Kediri"), ("35.73", "Kota Malang"),
    ("51.03", "Kabupaten Badung"), ("51.71", "Kota Denpasar"), ("52.02", "Kabupaten Lombok Tengah"),
    ("53.71", "Kota Kupang"), ("61.71", "Kota Pontianak"), ("64.02", "Kabupaten Kutai Kartanegara"),
    ("64.72", "Kota Samarinda"), ("71.71", "Kota Manado"), ("73.06", "Kabupaten Gowa"), ("73.71", "Kota Makassar"),
    ("81.71", "Kota Ambon"),
]
FIRST = ["Bambang", "Siti", "Agus", "Sri", "Budi", "Dwi", "Hendra", "Nur", "Adriyanto", "Lilik", "Rudy", "Yuni",
         "Eko", "Andi", "Made", "Teguh", "Wahyu", "Rina", "Arief", "Setyo", "Dedi", "Heru", "Fitri", "Iwan"]
LAST = ["Setiawan", "Rahayu", "Santoso", "Wibowo", "Hidayat", "Kurniawan", "Susanto", "Pratama", "Nugroho",
        "Hartono", "Saputra", "Lestari", "Wijaya", "Purnomo", "Haryanto", "Sulistyo", "Prasetyo", "Suharto"]
TARGETS = ["ASN", "non-ASN", "PNS", "PPPK", "kepala desa", "camat", "OPD", "guru", "sekolah", "pelaku usaha", "masyarakat"]
LAWS = ["UU 20/2023", "PP 94/2021", "UU 10/2016", "UU 1/2015", "Permendagri 73/2022", "SE Menpan-RB 1/2024"]
OUTLETS = ["kabarjatim.id", "suaradaerah.co.id", "warta-nusantara.com", "beritakabupaten.id", "harianpelosok.com",
           "lintasprovinsi.net", "radarkota.id", "pantauregional.com"]
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
SUMMARIES = {
    "appeal": "Imbauan menjaga netralitas bagi {targets}", "instruction": "Instruksi melaporkan kegiatan kampanye bagi {targets}",
    "prohibition": "Larangan study tour bagi {targets}", "sanction_warning": "Ancaman sanksi bagi {targets} yang melanggar",
    "policy": "Surat edaran netralitas bagi {targets}", "oversight": "Satgas pengawasan {targets}",
}


@dataclass
class _Issuer:
    name: str
    title: str | None  # None: an institution, not a person


def _slug(text: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in text.lower()).split())


def _officials(rng: random.Random) -> list[list[_Issuer]]:
    """Per kabupaten/kota: the head (Bupati / Wali Kota, sometimes acting), the Sekda and a Kepala BKPSDM."""
    people: list[list[_Issuer]] = []
    used: set[str] = set()
    for _code, name in REGIONS:
        head = "Wali Kota" if name.startswith("Kota") else "Bupati"
        local = []
        for title in (rng.choice(["", "Pj ", "Plt "]) + head, "Sekda", "Kepala BKPSDM"):
            while True:
                full = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
                if full not in used:
                    used.add(full)
                    break
            local.append(_Issuer(full, title))
        people.append(local)
    return people


def generate_store(path: str | Path, *, directives: int = 300, seed: int = 7, hostile: bool = False,
                   reports_per_article: int = 2, build_graph: bool = True) -> dict[str, int]:
    """Write a synthetic store with `directives` distinct directives (most reported once, some by
    up to four outlets); returns counts of what was written."""
    rng = random.Random(seed)
    people = _officials(rng)
    store = Store.open(path)
    counts = {"documents": 0, "directives": directives, "reports": 0}
    try:
        with store.transaction():
            run_id = store.start_run("import", {"source": "synthetic", "seed": seed})
            reports = []
            for n in range(directives):
                ri = rng.randrange(len(REGIONS))
                if rng.random() < 0.08 or (hostile and n == 0):
                    abbr = rng.choice(["Bawaslu", "BKPSDM", "Satpol PP"])
                    issuer = _Issuer(HOSTILE_ORG if hostile and n == 0 else f"{abbr} {REGIONS[ri][1]}", None)
                else:
                    issuer = rng.choices(people[ri], weights=[6, 3, 1])[0]
                dtype = rng.choices(TYPES, weights=TYPE_WEIGHTS)[0]
                targets = rng.sample(TARGETS[:8], k=rng.choice([1, 1, 2])) if rng.random() < 0.9 else ["masyarakat"]
                law = rng.choice(LAWS) if dtype in ("sanction_warning", "policy") or rng.random() < 0.15 else None
                when = START + timedelta(days=rng.randrange(0, DAYS))
                confidence = round(rng.uniform(0.45, 0.98), 2)
                for _ in range(rng.choices([1, 2, 3, 4], weights=[70, 20, 7, 3])[0]):
                    reports.append({"region": REGIONS[ri], "issuer": issuer, "type": dtype, "targets": targets,
                                    "law": law, "date": when, "confidence": confidence,
                                    "published": when + timedelta(days=rng.randrange(0, 2))})
            rng.shuffle(reports)
            # An article carries reports from one region, as regional outlets do; the copies of
            # one directive land in different articles (different outlets).
            reports.sort(key=lambda r: r["region"][0])
            for start in range(0, len(reports), reports_per_article):
                chunk = reports[start:start + reports_per_article]
                _write_article(store, rng, chunk, hostile=hostile and start == 0)
                counts["documents"] += 1
                counts["reports"] += len(chunk)
            store.record_failure(run_id, "corpus/demo/rusak.bin", "not an HTML page (binary content)", stage="import")
            store.finish_run(run_id, {"imported": counts["documents"], "failed": 1}, status="finished")
        if build_graph:
            from arahan.extract.graph.build import update_graph

            counts.update({f"graph_{k}": v for k, v in update_graph(store).items() if isinstance(v, int)})
    finally:
        store.close()
    return counts


def _who(issuer: _Issuer) -> str:
    return f"{issuer.title} {issuer.name}" if issuer.title else issuer.name


def _write_article(store: Store, rng: random.Random, reports: list[dict], *, hostile: bool) -> int:
    """One news article carrying a few directive reports: the document and its findings with offsets."""
    first = reports[0]
    outlet = rng.choice(OUTLETS)
    region_short = first["region"][1].split(" ", 1)[1]
    title = HOSTILE_TITLE if hostile else (
        f"{_who(first['issuer'])}: {SUMMARIES[first['type']].format(targets=', '.join(first['targets']))} di {region_short}")
    text = f"{region_short.upper()} – "
    placed = []
    for r in reports:
        cue, template = SENTENCES[r["type"]]
        sentence = template.format(who=_who(r["issuer"]), targets=", ".join(r["targets"]), region=r["region"][1],
                                   law=r["law"] or "ketentuan yang berlaku")
        placed.append((len(text), sentence, cue, r))
        text += sentence + " " + rng.choice(FILLER) + "\n\n"
    text += f"(Reporter: {rng.choice(FIRST)} / Editor: {rng.choice(LAST)})"
    published = max(r["published"] for r in reports).isoformat()
    doc_id = store.upsert_document({
        "canonical_url": f"https://{outlet}/berita/{published[:7].replace('-', '/')}/{_slug(title)[:60] or 'berita'}-{rng.randrange(10**8)}",
        "outlet": outlet, "title": title, "published": published, "fetched": published + "T08:00:00+00:00",
        "language": "id", "text": text, "status": "ok", "author": rng.choice(FIRST),
    })
    result: dict[str, list] = {"officials": [], "regions": [], "organizations": [], "directives": []}
    for at, sentence, cue, r in placed:
        code, region_name = r["region"]
        issuer = r["issuer"]
        sent = {"sent_start": at, "sent_end": at + len(sentence)}

        def span(needle: str) -> dict:
            i = text.index(needle, at)
            return {"text": needle, "start": i, "end": i + len(needle), **sent}

        if issuer.title:
            result["officials"].append({"name": issuer.name, "title": issuer.title, "region": region_name,
                                        "region_code": code, "confidence": r["confidence"], "evidence": span(issuer.name)})
        else:
            result["organizations"].append({"name": issuer.name, "confidence": r["confidence"], "evidence": span(issuer.name)})
        result["regions"].append({"name": region_name, "code": code, "confidence": 0.95, "evidence": span(region_name)})
        cue_at = text.index(cue, at)
        result["directives"].append({
            "type": r["type"], "issuer": issuer.name, "issuer_title": issuer.title, "issuer_region": region_name,
            "issuer_region_code": code, "targets": r["targets"], "cue": cue, "date": r["date"].isoformat(),
            "date_precision": "day", "legal_basis": [r["law"]] if r["law"] else [],
            "summary": SUMMARIES[r["type"]].format(targets=", ".join(r["targets"])), "confidence": r["confidence"],
            "evidence": {"sentence": sentence, "start": cue_at, "end": cue_at + len(cue), **sent},
        })
    store.save_extraction(doc_id, result, backend="synthetic", version="fixtures")
    return doc_id


def generate_empty_store(path: str | Path) -> None:
    """A valid store with no rows (what a fresh `arahan status` leaves)."""
    Store.open(path).close()


if __name__ == "__main__":  # python -m arahan.app.fixtures PATH [N]
    import sys

    print(generate_store(sys.argv[1], directives=int(sys.argv[2]) if len(sys.argv) > 2 else 300))
