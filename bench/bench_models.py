"""Benchmark the default NLP pipeline: words per second per core and peak memory.

Runs the whole default pipeline (load_nlp(): tokenizer, tok2vec, morphologizer, parser,
lemmatizer, ner) single-threaded on generated Indonesian regional-news articles and, when
present, on the text of corpus/demo/**/*.html (crude tag strip).  Words/s per core is
tokens divided by the process CPU time spent in nlp.pipe (so other jobs on a shared
machine do not count against it); wall-clock words/s is printed too.  Ends with the
evaluation scores stored in the pipeline's meta by the recipe's package step.

Usage: python bench/bench_models.py [--words N]
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")  # one core: the figure is per core

import argparse
import html
import random
import re
import resource
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

OFFICIALS = ["Pj Bupati Bondowoso Bambang Soekwanto", "Wali Kota Batu Nurochman", "Plt. Kepala Dinas Pendidikan Sri Wahyuni",
             "Sekda Kabupaten Jember Hadi Sasmito", "Camat Wonosari Drs. H. Agus Salim, M.Si.", "Gubernur Kalimantan Timur Rudy Mas'ud",
             "Kapolres Situbondo AKBP Rezi Dharmawan", "Ketua DPRD Kota Samarinda Helmi Abdullah"]
ACTIONS = ["mengimbau seluruh ASN untuk menjaga netralitas menjelang pilkada", "melarang sekolah menggelar study tour ke luar daerah",
           "menginstruksikan camat dan kepala desa memantau harga bahan pokok", "meminta Dinas Kesehatan mempercepat vaksinasi",
           "menerbitkan surat edaran tentang jam kerja selama Ramadan", "menegaskan bahwa pelanggaran disiplin akan ditindak tegas"]
PLACES = ["di Pendopo Kabupaten Bondowoso", "di Kantor Kecamatan Wonosari", "di Gedung DPRD Samarinda", "di Balai Kota Batu",
          "saat apel pagi di halaman Setda", "dalam rapat koordinasi bersama Forkopimda"]
TAILS = ["Menurutnya, langkah itu diambil agar pelayanan publik tidak terganggu.",
         "Hal tersebut disampaikan kepada wartawan usai kegiatan pada Senin (4/11/2024).",
         "Ia berharap seluruh pihak mematuhi aturan yang berlaku demi kepentingan masyarakat.",
         "Kebijakan ini berlaku mulai pekan depan hingga waktu yang belum ditentukan.",
         "Sebelumnya, Pemkab telah menggelar sosialisasi kepada seluruh kepala sekolah."]


def generated_articles(words: int, seed: int = 7) -> list[str]:
    """Articles of 5-9 sentences built from the templates above, about `words` words in all."""
    rng = random.Random(seed)
    texts, total = [], 0
    while total < words:
        sents = [f"{rng.choice(OFFICIALS)} {rng.choice(ACTIONS)} {rng.choice(PLACES)}." for _ in range(rng.randint(2, 4))]
        sents += rng.sample(TAILS, rng.randint(3, 5))
        text = " ".join(sents)
        texts.append(text)
        total += len(text.split())
    return texts


def demo_texts() -> list[str]:
    """Visible text of the demo corpus pages (scripts/styles dropped, tags stripped)."""
    texts = []
    for path in sorted((REPO / "corpus" / "demo").rglob("*.html")):
        raw = path.read_text(encoding="utf8", errors="replace")
        raw = re.sub(r"(?is)<(script|style|noscript)\b.*?</\1>", " ", raw)
        text = html.unescape(re.sub(r"(?s)<[^>]+>", " ", raw))
        text = re.sub(r"\s+", " ", text).strip()
        if text:
            texts.append(text)
    return texts


def measure(nlp, texts: list[str]) -> tuple[int, float, float]:
    """(tokens, CPU seconds, wall seconds) for running the whole pipeline over texts."""
    start_cpu = resource.getrusage(resource.RUSAGE_SELF)
    start_wall = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=64))
    wall = time.perf_counter() - start_wall
    end_cpu = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (end_cpu.ru_utime - start_cpu.ru_utime) + (end_cpu.ru_stime - start_cpu.ru_stime)
    return tokens, cpu, wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=60_000, help="size of the generated text")
    args = parser.parse_args()

    from arahan.extract.nlp import describe_pipeline, load_nlp, model_path

    t0 = time.perf_counter()
    nlp = load_nlp()
    print(f"pipeline: {model_path()} components={nlp.pipe_names} (loaded in {time.perf_counter() - t0:.1f}s)")
    list(nlp.pipe(generated_articles(2_000, seed=1)))  # warm-up
    sets = [("generated articles", generated_articles(args.words))]
    demo = demo_texts()
    if demo:
        sets.append((f"corpus/demo ({len(demo)} pages, crude tag strip)", demo))
    for label, texts in sets:
        tokens, cpu, wall = measure(nlp, texts)
        print(f"{label}: {tokens} tokens, {tokens / cpu:,.0f} words/s per core (CPU time {cpu:.1f}s), "
              f"{tokens / wall:,.0f} words/s wall")
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (max RSS): {peak_mib:.0f} MiB")
    scores = describe_pipeline(nlp)["scores"]
    ner = scores.get("ner_idner_test") or {}
    if ner:
        per = ", ".join(f"{k} {v['f']:.4f}" for k, v in sorted(ner.get("per_type", {}).items()))
        print(f"meta: NER F1 idner test {ner['f']:.4f} ({per})")
    for key in ("gsd_legacy_test", "csui_test", "gsd_v217_test"):
        if key in scores:
            s = scores[key]
            fmt = lambda v: "n/a" if v is None else f"{v:.4f}"  # noqa: E731
            print(f"meta: {key} UPOS {fmt(s.get('upos'))} LAS {fmt(s.get('las'))} lemma {fmt(s.get('lemma'))}")


if __name__ == "__main__":
    main()
