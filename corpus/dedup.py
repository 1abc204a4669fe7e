"""Duplicate detection: exact copies by text hash, syndicated near-copies by SimHash.

- `text_hash()`: SHA-256 of the text with case, punctuation and spacing normalised, so
  the same article under two URLs (print view, AMP page missing its canonical link) is
  one document.
- `simhash()`: a 64-bit Charikar fingerprint over word shingles. Syndicated copies (the
  same story on five outlets, each with its own dateline, intro line and trailer) land
  within a few bits of each other, while different stories on the same topic do not.
- `NearDupIndex`: finds a stored fingerprint within `max_distance` bits. With 64 bits
  split into max_distance+1 bands, two fingerprints that close share at least one band
  exactly (pigeonhole), so lookups are dictionary hits, not a scan of the corpus.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np

_WORD = re.compile(r"\w+", re.UNICODE)
SHINGLE = 2
MAX_DISTANCE = 7


def normalise(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def text_hash(text: str) -> str:
    return hashlib.sha256(" ".join(normalise(text)).encode("utf-8")).hexdigest()


def simhash(text: str) -> int:
    """64-bit SimHash of `text` over word bigrams (0 for an empty text)."""
    words = normalise(text)
    if not words:
        return 0
    grams = [" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))]
    hashes = np.fromiter(
        (int.from_bytes(hashlib.blake2b(g.encode("utf-8"), digest_size=8).digest(), "little") for g in grams),
        dtype=np.uint64, count=len(grams),
    )
    bits = np.unpackbits(hashes.view(np.uint8).reshape(-1, 8), axis=1, bitorder="little")
    votes = bits.sum(axis=0, dtype=np.int64) * 2 - len(grams)
    packed = np.packbits((votes > 0).astype(np.uint8), bitorder="little")
    return int.from_bytes(packed.tobytes(), "little")


def to_hex(value: int) -> str:
    return f"{value:016x}"


def from_hex(value: str) -> int:
    return int(value, 16)


def distance(a: int, b: int) -> int:
    return (a ^ b).bit_count()


class NearDupIndex:
    """In-memory index of fingerprints -> story, loaded from the store by the single writer."""

    def __init__(self, max_distance: int = MAX_DISTANCE):
        self.max_distance = max_distance
        self.bands = max_distance + 1
        width = 64 // self.bands
        self._spans = [(i * width, 64 if i == self.bands - 1 else (i + 1) * width) for i in range(self.bands)]
        self._tables: list[dict[int, list[tuple[int, int, int]]]] = [{} for _ in range(self.bands)]

    def _keys(self, fingerprint: int):
        for i, (lo, hi) in enumerate(self._spans):
            yield i, (fingerprint >> lo) & ((1 << (hi - lo)) - 1)

    def add(self, fingerprint: int, document_id: int, story_id: int) -> None:
        for i, key in self._keys(fingerprint):
            self._tables[i].setdefault(key, []).append((fingerprint, document_id, story_id))

    def find(self, fingerprint: int, exclude: int | None = None) -> tuple[int, int] | None:
        """(document_id, story_id) of the closest stored fingerprint within max_distance, if any."""
        best = None
        for i, key in self._keys(fingerprint):
            for fp, doc_id, story_id in self._tables[i].get(key, ()):
                if doc_id == exclude:
                    continue
                d = distance(fp, fingerprint)
                if d <= self.max_distance and (best is None or (d, doc_id) < best[0]):
                    best = ((d, doc_id), story_id)
        return (best[0][1], best[1]) if best else None
