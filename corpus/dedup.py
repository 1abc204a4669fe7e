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

The MinHash is computed with numpy (multiply-shift hash permutations, a universal family
like datasketch's affine ones but without a 64-bit modulo), from CRC-32 word hashes combined per shingle, so that it is
fast and identical in every process (Python's hash() is salted per process, which
would break Dask workers). The signature is stored hex-encoded in `documents.simhash`
(the schema's near-duplicate signature column).
"""

from __future__ import annotations

import hashlib
import re
import zlib

import numpy as np

_WORD = re.compile(r"\w+", re.UNICODE)
NUM_PERM = 64
BANDS, ROWS = 16, 4
THRESHOLD = 0.5
_rng = np.random.RandomState(20240621)  # fixed: signatures must be comparable across runs
# Multiply-shift hashing (Dietzfelbinger): h(x) = (a*x + b) mod 2^64 >> 32, a odd. A universal
# family like datasketch's (a*x + b) mod p, without the slow 64-bit modulo.
_A = (_rng.randint(0, 1 << 62, size=NUM_PERM, dtype=np.int64).astype(np.uint64) << np.uint64(1)) | np.uint64(1)
_B = _rng.randint(0, 1 << 62, size=NUM_PERM, dtype=np.int64).astype(np.uint64)


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
    """32-bit hashes of the word 3-shingles (or of the words, for texts under 3 words).

    Words are hashed with CRC-32 through C-level map() calls (no Python loop per word),
    then combined per shingle and mixed with numpy.
    """
    h = np.fromiter(map(zlib.crc32, map(str.encode, words)), dtype=np.uint64, count=len(words))
    with np.errstate(over="ignore"):
        if len(h) >= 3:
            # Two words side by side in 64 bits, the third multiplied in, then one mixing pass.
            h = ((h[:-2] << np.uint64(32)) | h[1:-1]) ^ (h[2:] * np.uint64(0x9E3779B97F4A7C15))
        h = _mix(h)
    return h >> np.uint64(32)


def _signature_words(words: list[str]) -> np.ndarray | None:
    if not words:
        return None
    hv = _shingle_hashes(words)  # repeated shingles do not change a minimum: no need to dedupe
    with np.errstate(over="ignore"):  # wrapping mod 2^64 is the point
        table = np.multiply.outer(hv, _A)
        table += _B
        table >>= np.uint64(32)
    return table.min(axis=0).astype(np.uint32)


def signature(text: str) -> np.ndarray | None:
    """The MinHash signature of a text (None for a text without words)."""
    return _signature_words(normalise(text))


def fingerprints(text: str) -> tuple[str, np.ndarray | None, list[str]]:
    """(text_hash, MinHash signature, words) of a text, normalising it once."""
    words = normalise(text)
    return _hash_words(words), _signature_words(words), words


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
        if not candidates:
            return None
        docs = sorted(candidates)
        # All candidates compared in one numpy step; argmax keeps the lowest id among equals.
        equal = np.count_nonzero(np.stack([self._docs[doc][0] for doc in docs]) == sig, axis=1)
        best = int(np.argmax(equal))
        if float(equal[best]) / len(sig) < self.threshold:
            return None
        return docs[best], self._docs[docs[best]][1]
