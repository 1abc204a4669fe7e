"""A synthetic corpus of news stories, each reported by several outlets in near-copies.

Every story is a handful of Indonesian sentences drawn at random (names, places, numbers),
so two stories share almost no word triples while the copies of one story share most of
theirs (each outlet adds its own dateline, intro and trailer and drops one sentence).
"""

from __future__ import annotations

import random
from pathlib import Path

PLACES = ["Sleman", "Bantul", "Kulon Progo", "Gunungkidul", "Klaten", "Boyolali", "Sukoharjo", "Wonogiri", "Sragen",
          "Magelang", "Temanggung", "Wonosobo", "Purworejo", "Kebumen", "Banyumas", "Cilacap", "Brebes", "Tegal",
          "Pemalang", "Batang", "Kendal", "Demak", "Kudus", "Jepara", "Pati", "Rembang", "Blora", "Grobogan"]
OFFICES = ["Bupati", "Wali Kota", "Sekretaris Daerah", "Kepala Dinas Kesehatan", "Kepala Dinas Pendidikan", "Camat",
           "Kepala Satpol PP", "Kepala BPBD", "Ketua DPRD", "Kapolres", "Kepala Dinas Sosial", "Kepala Bappeda"]
NAMES = ["Agus", "Budi", "Siti", "Dewi", "Hendra", "Rina", "Joko", "Wahyu", "Yanti", "Bambang", "Sri", "Eko", "Nur",
         "Rudi", "Lestari", "Fajar", "Indah", "Teguh", "Ratna", "Slamet", "Ayu", "Dimas", "Putri", "Hadi"]
VERBS = ["meminta", "menginstruksikan", "mengimbau", "melarang", "memerintahkan", "menegaskan kepada"]
TARGETS = ["aparatur sipil negara", "kepala desa", "pedagang pasar", "pengelola sekolah", "warga bantaran sungai",
           "petugas puskesmas", "pengusaha angkutan", "pengelola wisata", "para camat", "pengurus RT dan RW"]
ACTS = ["menertibkan lapak liar", "mendata warga miskin", "menyiapkan posko banjir", "menghentikan pungutan",
        "memperbaiki jalan desa", "membersihkan saluran air", "melaporkan stok beras", "mengawasi harga cabai",
        "menutup tambang ilegal", "menyalurkan bantuan sosial", "menunda kenaikan tarif", "mengecek gedung sekolah"]
OUTLETS = ["Kabar Jateng", "Suara Merapi", "Warta Pantura", "Jogja Terkini", "Radar Kedu", "Solo Pos Daerah",
           "Berita Banyumas", "Harian Muria", "Info Pesisir", "Lintas Selatan"]


def _sentence(rng: random.Random) -> str:
    return (f"{rng.choice(OFFICES)} {rng.choice(PLACES)} {rng.choice(NAMES)} {rng.choice(NAMES)} {rng.choice(VERBS)} "
            f"{rng.choice(TARGETS)} di Kecamatan {rng.choice(PLACES)} untuk {rng.choice(ACTS)} dalam {rng.randint(2, 90)} "
            f"hari dengan anggaran {rng.randint(10, 999)} juta rupiah pada rapat tanggal {rng.randint(1, 28)}.")


def story_texts(stories: int, copies: int, seed: int = 7) -> list[tuple[str, str, str]]:
    """(story key, outlet, text) for `stories` stories with `copies` near-copies each."""
    rng = random.Random(seed)
    out = []
    for s in range(stories):
        base = [_sentence(rng) for _ in range(12)]
        title = f"{rng.choice(OFFICES)} {rng.choice(PLACES)} {rng.choice(VERBS)} {rng.choice(TARGETS)} nomor {s}"
        for c in range(copies):
            outlet = OUTLETS[c % len(OUTLETS)]
            body = [s_ for i, s_ in enumerate(base) if i != c % len(base)]
            intro = f"{rng.choice(PLACES).upper()}, {outlet} - Laporan {outlet} edisi {c} tentang cerita {s}."
            trailer = f"Baca berita lain di {outlet} bagian daerah {rng.randint(1, 9999)}."
            out.append((f"s{s}", outlet, f"{title}\n\n{intro} " + " ".join(body) + f" {trailer}"))
    return out


def write_stories(folder: Path, stories: int, copies: int, seed: int = 7, parts: int = 1) -> list[Path]:
    """The corpus as .txt files, dealt round-robin into `parts` sub-folders (for concurrent imports)."""
    dirs = [folder / f"bagian{p}" for p in range(parts)]
    for d in dirs:
        d.mkdir(parents=True, exist_ok=True)
    for i, (key, outlet, text) in enumerate(story_texts(stories, copies, seed)):
        (dirs[i % parts] / f"{key}-{i:04d}.txt").write_text(text, encoding="utf-8")
    return dirs
