"""Duplicate detection: exact copies by text hash, syndicated near-copies by MinHash.

- `text_hash()`: SHA-256 of the text with case, punctuation and spacing normalised, so
  the same article under two URLs (print view, AMP page missing its canonical link) is
  one document.
- `signature()`: a 64-value MinHash of the text's word 3-shingles. The share of equal
  values between two signatures estimates the Jaccard similarity of their shingle sets:
  syndicated copies (same story, another outlet's dateline, intro line and trailer)
  score 0.8-0.9, different stories on the same topic below 0.1. (SimHash was tried
  first: its distances for copies and for same-topic stories came too close together.)
- `NearDupIndex`: LSH banding (16 bands of 4 values) finds candidates by dictionary
  hits, not by scanning the corpus; a candidate is kept when its estimated Jaccard
  similarity is at least `THRESHOLD`.

The MinHash is computed with numpy (the standard affine permutations over a Mersenne
prime, as in datasketch), from blake2b word hashes combined per shingle, so that it is
fast and identical in every process (Python's hash() is salted per process, which
would break Dask workers). The signature is stored hex-encoded in `documents.simhash`
(the schema's near-duplicate signature column).
"""

from __future__ import annotations

import hashlib
import re

import numpy as np

_WORD = re.compile(r"\w+", re.UNICODE)
NUM_PERM = 64
BANDS, ROWS = 16, 4
THRESHOLD = 0.5
_PRIME = np.uint64((1 << 61) - 1)
_MASK32 = np.uint64(0xFFFFFFFF)
_rng = np.random.RandomState(20240621)  # fixed: signatures must be comparable across runs
_A = _rng.randint(1, 1 << 31, size=NUM_PERM).astype(np.uint64)
_B = _rng.randint(0, 1 << 31, size=NUM_PERM).astype(np.uint64)


def normalise(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def text_hash(text: str) -> str:
    return _hash_words(normalise(text))


def _hash_words(words: list[str]) -> str:
    return hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()


def _mix(x: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser, vectorised: spreads every input bit over all 64 output bits."""
    x = x ^ (x >> np.uint64(30))
    x = x * np.uint64(0xBF58476D1CE4E5B9)
    x = x ^ (x >> np.uint64(27))
    x = x * np.uint64(0x94D049BB133111EB)
    return x ^ (x >> np.uint64(31))


def _shingle_hashes(words: list[str]) -> np.ndarray:
    """32-bit hashes of the word 3-shingles (or of the words, for texts under 3 words)."""
    ids: dict[str, int] = {}
    index = np.fromiter((ids.setdefault(w, len(ids)) for w in words), dtype=np.int64, count=len(words))
    word_hash = np.fromiter(
        (int.from_bytes(hashlib.blake2b(w.encode("utf-8"), digest_size=8).digest(), "little") for w in ids),
        dtype=np.uint64, count=len(ids))
    h = word_hash[index]
    if len(h) >= 3:
        k = np.uint64(0x9E3779B97F4A7C15)
        h = _mix(_mix(h[:-2] * k ^ h[1:-1]) * k ^ h[2:])
    return h & _MASK32


def _signature_words(words: list[str]) -> np.ndarray | None:
    if not words:
        return None
    hv = np.unique(_shingle_hashes(words))
    # (a*x + b) mod p with a, b < 2^31 and x < 2^32: no uint64 overflow.
    return (((hv[:, None] * _A[None, :] + _B[None, :]) % _PRIME) & _MASK32).min(axis=0).astype(np.uint32)


def signature(text: str) -> np.ndarray | None:
    """The MinHash signature of a text (None for a text without words)."""
    return _signature_words(normalise(text))


def fingerprints(text: str) -> tuple[str, np.ndarray | None]:
    """(text_hash, MinHash signature) of a text, normalising it once."""
    words = normalise(text)
    return _hash_words(words), _signature_words(words)


def to_hex(sig: np.ndarray | None) -> str | None:
    return sig.astype(">u4").tobytes().hex() if sig is not None else None


def from_hex(value: str | None) -> np.ndarray | None:
    if not value or len(value) != NUM_PERM * 8:
        return None  # empty, or a signature of another kind/size: not comparable
    return np.frombuffer(bytes.fromhex(value), dtype=">u4").astype(np.uint32)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two signatures."""
    return float(np.count_nonzero(a == b)) / len(a)


class NearDupIndex:
    """In-memory LSH index of signatures -> story, loaded from the store by the single writer."""

    def __init__(self, threshold: float = THRESHOLD):
        self.threshold = threshold
        self._bands: list[dict[bytes, list[int]]] = [{} for _ in range(BANDS)]
        self._docs: dict[int, tuple[np.ndarray, int]] = {}

    def __len__(self) -> int:
        return len(self._docs)

    def _keys(self, sig: np.ndarray):
        raw = sig.tobytes()
        step = ROWS * 4
        for i in range(BANDS):
            yield i, raw[i * step:(i + 1) * step]

    def add(self, sig: np.ndarray | None, document_id: int, story_id: int) -> None:
        if sig is None:
            return
        if document_id not in self._docs:
            for i, key in self._keys(sig):
                self._bands[i].setdefault(key, []).append(document_id)
        self._docs[document_id] = (sig, story_id)

    def find(self, sig: np.ndarray | None, exclude: int | None = None) -> tuple[int, int] | None:
        """(document_id, story_id) of the most similar stored document at or above the threshold."""
        if sig is None:
            return None
        candidates = {doc for i, key in self._keys(sig) for doc in self._bands[i].get(key, ())}
        candidates.discard(exclude)
        best = None
        for doc in sorted(candidates):
            other, story = self._docs[doc]
            score = similarity(sig, other)
            if score >= self.threshold and (best is None or score > best[0]):
                best = (score, doc, story)
        return (best[1], best[2]) if best else None
