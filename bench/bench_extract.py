"""Benchmark: text to findings (officials, regions, organizations, directives) per core.

Runs extraction in this one process over the real articles of ../shared/eval/dev when they
are there (read in place, never copied), else over articles we write below, repeated until
about 200,000 words have been processed. Prints words/s per core for each backend asked
for (default: blank, the default backend of `arahan extract`) and the peak resident memory.

Then times three hostile texts of about 250,000 characters each (no sentence punctuation, a
chain of thousands of office holders, all capitals): CPU seconds per text, which must stay
within the per-document time limit of a batch (`--timeout`, README).

Usage: python bench/bench_extract.py [--backend blank] [--backend spacy] [--words 200000] [--no-hard]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from arahan.extract.pipeline import build_pipeline, extract_document  # noqa: E402

DEV = REPO.parent / "shared" / "eval" / "dev"
OWN = [
    "SURABAYA - Wali Kota Surabaya Eri Cahyadi meminta seluruh ASN menjaga netralitas menjelang Pilkada serentak, "
    "Senin (23/9/2024). \"Jangan ada ASN yang ikut kampanye, apalagi memakai fasilitas negara,\" tegasnya di Balai Kota.\n"
    "Ia menambahkan, ASN yang terbukti melanggar akan dikenakan sanksi sesuai PP Nomor 94 Tahun 2021.\n"
    "Sekda Kota Surabaya Ikhsan juga menginstruksikan kepala OPD mengawasi kehadiran pegawai.",
    "KLATEN - Pemkab Klaten menerbitkan Surat Edaran Bupati Nomor 800/123/2024 tentang netralitas ASN. Bupati Klaten "
    "Sri Mulyani melarang camat dan kepala desa terlibat politik praktis. Pemkab juga membentuk satgas pengawasan "
    "yang bisa dilaporkan warga melalui posko pengaduan di kantor Inspektorat, Rabu (25/9/2024).",
]


def corpus() -> list[dict]:
    if DEV.is_dir():
        docs = []
        for f in sorted(DEV.glob("*.json")):
            item = json.loads(f.read_text(encoding="utf-8"))
            docs.append({k: item.get(k) for k in ("id", "text", "published", "title", "url")})
        return docs
    return [{"id": f"own{i}", "text": t, "published": "2024-09-25"} for i, t in enumerate(OWN)]


def bench(backend: str, target_words: int) -> None:
    docs = corpus()
    nlp = build_pipeline(backend)
    extract_document(docs[0], backend=backend, nlp=nlp)  # load tables and warm caches
    words = findings = 0
    start = time.perf_counter()
    cpu0 = time.process_time()
    while words < target_words:
        for doc in docs:
            result, _ = extract_document(doc, backend=backend, nlp=nlp)
            words += len(doc["text"].split())
            findings += sum(len(result[k]) for k in ("officials", "regions", "organizations", "directives"))
    wall = time.perf_counter() - start
    cpu = time.process_time() - cpu0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    source = "shared/eval/dev" if DEV.is_dir() else "own articles"
    print(f"backend={backend} corpus={source} words={words} findings={findings}")
    print(f"  words/s per core (CPU time): {words / cpu:,.0f}")
    print(f"  words/s (wall clock, one process): {words / wall:,.0f}")
    print(f"  peak memory (max RSS): {peak_mb:,.0f} MB")


def hard_texts() -> dict[str, str]:
    """Generated hostile texts (our words, fixed seed)."""
    rng = random.Random(1)
    words = ("bupati meminta seluruh ASN agar menjaga netralitas dan tidak terlibat politik praktis kepala desa "
             "camat wali kota melarang warga membuang sampah Pemkab Bogor Dinas Kesehatan").split()
    return {
        "no sentence punctuation": " ".join(rng.choice(words) for _ in range(36000)),
        "chain of office holders": ", ".join(f"Kepala Dinas {w.capitalize()} Budi Santoso" for w in words * 300)
                                   + " meminta warga tenang.",
        "all capitals": " ".join(rng.choice(words) for _ in range(36000)).upper(),
    }


def bench_hard(backend: str) -> None:
    nlp = build_pipeline(backend)
    for name, text in hard_texts().items():
        cpu0 = time.process_time()
        result, notes = extract_document({"id": name, "text": text}, backend=backend, nlp=nlp)
        cpu = time.process_time() - cpu0
        print(f"  hard text, {name} ({len(text):,} characters): {cpu:.1f} s CPU, "
              f"{len(result['directives'])} directives, {len(notes)} notes")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", action="append", help="blank | spacy | stanza (repeatable)")
    parser.add_argument("--words", type=int, default=200_000)
    parser.add_argument("--no-hard", action="store_true", help="skip the hostile texts")
    args = parser.parse_args()
    for backend in args.backend or ["blank"]:
        try:
            bench(backend, args.words)
            if not args.no_hard:
                bench_hard(backend)
        except Exception as exc:  # a missing model should not hide the other figures
            print(f"backend={backend}: not available ({type(exc).__name__}: {exc})")


if __name__ == "__main__":
    main()
