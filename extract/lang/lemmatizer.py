"""Indonesian lemmatizer: a form->lemma lookup table backed by affix stripping over a root list.

Lookup first (the table shipped inside the pipeline, built by ``models/scripts/build_lemmas.py``
from the MIT-licensed spaCy and nlp-id tables); for unseen words, strip the particles
(-lah, -kah, -pun), possessives (-ku, -mu, -nya), suffixes (-kan, -an, -i) and up to two
prefixes (meN-, peN-, di-, ber-, ter-, per-, ke-, se-) with the nasal recoding rules
(menulis->tulis, memukul->pukul, menyapu->sapu, mengambil->ambil, mengirim->kirim) and
accept the first candidate that is a known root.  Proper nouns, numbers and punctuation
keep their text.  Registered as the spaCy factory ``arahan_id_lemmatizer`` so that a saved
pipeline finds it once this module is imported.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc
from spacy.training import Example

KEEP_POS = {"PROPN", "NUM", "PUNCT", "SYM", "X"}
# UD Indonesian keeps closed-class words (sebagai, setelah, tersebut) and derived nouns
# (perusahaan, keuangan) as their own lemma; only clitics are removed from nouns.
FORM_POS = {"ADP", "SCONJ", "CCONJ", "PART", "AUX", "ADV", "PRON", "INTJ"}
PARTICLES = ("lah", "kah", "tah", "pun")
POSSESSIVES = ("nya", "ku", "mu")
SUFFIXES = ("kan", "an", "i")
VOWELS = set("aeiou")


def _prefix_variants(word: str) -> Iterator[str]:
    """Stems left after removing one prefix, with nasal and r-dropping recoding."""
    w = word
    if w.startswith(("meng", "peng")):
        rest = w[4:]
        if rest.startswith("e") and len(rest) <= 4:  # menge-/penge- before one-syllable roots: mengecat
            yield rest[1:]
        yield rest
        if rest[:1] in VOWELS:
            yield "k" + rest
    if w.startswith(("meny", "peny")):
        yield "s" + w[4:]
        yield "ny" + w[4:]
    if w.startswith(("mem", "pem")):
        rest = w[3:]
        yield rest
        if rest[:1] in VOWELS:
            yield "p" + rest
            yield "m" + rest
    if w.startswith(("men", "pen")) and not w.startswith(("meng", "meny", "peng", "peny")):
        rest = w[3:]
        yield rest
        if rest[:1] in VOWELS:
            yield "t" + rest
            yield "n" + rest
    if w.startswith(("me", "pe")):
        yield w[2:]
    for prefix in ("di", "ke", "se", "ber", "ter", "per", "be", "te"):
        if w.startswith(prefix):
            yield w[len(prefix):]
    if w.startswith("bel"):  # belajar
        yield w[3:]
    if w.startswith("pel"):  # pelajar
        yield w[3:]


def _suffix_variants(word: str) -> Iterator[str]:
    """The word itself, then the word without particle/possessive/derivational suffixes."""
    stems = [word]
    for group in (PARTICLES, POSSESSIVES, SUFFIXES):
        extra = []
        for stem in stems:
            for suffix in group:
                if stem.endswith(suffix) and len(stem) - len(suffix) >= 3:
                    extra.append(stem[: -len(suffix)])
        stems += extra
    seen: set[str] = set()
    for stem in stems:
        if stem not in seen:
            seen.add(stem)
            yield stem


def affix_candidates(word: str) -> Iterator[str]:
    """Candidate roots for `word`, most conservative first (fewest affixes removed)."""
    for stem in _suffix_variants(word):
        yield stem
    for stem in _suffix_variants(word):
        for once in _prefix_variants(stem):
            if len(once) >= 2:
                yield once
    for stem in _suffix_variants(word):
        for once in _prefix_variants(stem):
            for twice in _prefix_variants(once):
                if len(twice) >= 2:
                    yield twice


class IndonesianLemmatizer(Pipe):
    """Sets ``token.lemma_`` from a lookup table and affix rules; has no trained weights."""

    def __init__(self, vocab, name: str = "lemmatizer", *, overwrite: bool = False) -> None:
        self.vocab = vocab
        self.name = name
        self.overwrite = overwrite
        self.lookup: dict[str, str] = {}
        self.roots: set[str] = set()
        self._cache: dict[str, str] = {}

    # -- tables -------------------------------------------------------------------------
    def set_tables(self, lookup: dict[str, str], roots: Iterable[str]) -> None:
        """Install the form->lemma table and the root list (lowercase keys)."""
        self.lookup = {k.lower(): v for k, v in lookup.items()}
        self.roots = {r.lower() for r in roots}
        self._cache = {}

    def initialize(self, get_examples=None, *, nlp=None, tables_path: str | None = None) -> None:
        """Load tables from a ``lemma_tables.json.gz`` file (used by the training recipe)."""
        if tables_path:
            self._load(Path(tables_path))

    # -- lemmatization ------------------------------------------------------------------
    def lemmatize_word(self, lower: str) -> str:
        """Lemma of a lowercase word (cached)."""
        cached = self._cache.get(lower)
        if cached is not None:
            return cached
        lemma = self.lookup.get(lower) or self._by_rules(lower)
        if len(self._cache) < 200_000:
            self._cache[lower] = lemma
        return lemma

    def _by_rules(self, lower: str) -> str:
        if lower in self.roots or not lower.isalpha() and "-" not in lower:
            return lower
        if "-" in lower:  # reduplication: anak-anak, berabad-abad, sehari-hari
            parts = [p for p in lower.split("-") if p]
            if len(parts) == 2 and parts[0] == parts[1]:
                return self.lemmatize_word(parts[0])
            if parts and parts[-1].isalpha():
                base = self.lemmatize_word(parts[-1])
                return base if base in self.roots else lower
            return lower
        for candidate in affix_candidates(lower):
            if candidate in self.roots:
                return candidate
        return lower

    def lemma_for(self, text: str, pos: str) -> str:
        """Lemma of a token given its UPOS (empty POS: treated as a content word)."""
        if pos in KEEP_POS or not text.strip():
            return text
        lower = text.lower()
        if pos in FORM_POS:
            return lower
        return self.lemmatize_word(lower)

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if token.lemma != 0 and not self.overwrite:
                continue
            token.lemma_ = self.lemma_for(token.text, token.pos_)
        return doc

    def score(self, examples: Iterable[Example], **kwargs) -> dict:
        from spacy.scorer import Scorer

        return Scorer.score_token_attr(examples, "lemma", **kwargs)

    # -- serialization ------------------------------------------------------------------
    def _payload(self) -> bytes:
        return gzip.compress(json.dumps({"lookup": self.lookup, "roots": sorted(self.roots)},
                                        ensure_ascii=False).encode("utf8"), mtime=0)

    def _restore(self, data: bytes) -> None:
        tables = json.loads(gzip.decompress(data).decode("utf8"))
        self.set_tables(tables["lookup"], tables["roots"])

    def _load(self, path: Path) -> None:
        self._restore(path.read_bytes())

    def to_disk(self, path, *, exclude=tuple()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "lemma_tables.json.gz").write_bytes(self._payload())

    def from_disk(self, path, *, exclude=tuple()):
        self._load(Path(path) / "lemma_tables.json.gz")
        return self

    def to_bytes(self, *, exclude=tuple()) -> bytes:
        return self._payload()

    def from_bytes(self, data: bytes, *, exclude=tuple()):
        self._restore(data)
        return self


@Language.factory("arahan_id_lemmatizer", default_config={"overwrite": False},
                  default_score_weights={"lemma_acc": 1.0})
def make_lemmatizer(nlp: Language, name: str, overwrite: bool) -> IndonesianLemmatizer:
    """spaCy factory: ``nlp.add_pipe("arahan_id_lemmatizer")``."""
    return IndonesianLemmatizer(nlp.vocab, name, overwrite=overwrite)
