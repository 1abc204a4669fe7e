"""Stanza as Arahan's second NLP backend, behind the same spaCy ``Doc`` the extractors read.

The extraction components only use the spaCy Doc API (tokens, sentences, lemma_, pos_,
dep_, head, ents), so the Stanza backend is one adapter, not a second copy of the logic:
``StanzaTokenizer`` runs a Stanza pipeline (tokenize, mwt where the models have it, pos,
lemma, depparse, ner where a model exists) and turns its output into a Doc whose text is
exactly the input text, so character offsets in evidence stay valid.

Which models: ``--stanza-dir`` (or ``$ARAHAN_STANZA_DIR``) when given, else the set our recipe trains into
``models/stanza/`` (``models/stanza/train_all.sh``), else Stanza's default resources
directory (``$STANZA_RESOURCES_DIR`` or ``~/stanza_resources``), filled by
``arahan models download stanza``. Nothing is ever downloaded here: pipelines are built
with ``download_method=None``.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from arahan.extract.nlp import ModelNotFoundError
from arahan.models import MODELS_DIR

DOWNLOAD_COMMAND = "arahan models download stanza"
LANG = "id"
# Our recipe's layout: <dir>/id/<processor>/arahan.pt plus an empty resources.json, the
# layout Stanza itself uses, so one Pipeline call loads either kind of directory.
TRAINED_PACKAGE = "arahan"
TRAINED_DIR = MODELS_DIR / "stanza"
PROCESSORS = ("tokenize", "mwt", "pos", "lemma", "depparse", "ner")
REQUIRED = ("tokenize", "pos", "lemma", "depparse")


class StanzaModelMissing(ModelNotFoundError):
    """No usable Stanza Indonesian model set where we looked."""


@dataclass(frozen=True)
class StanzaModels:
    """A resolved model directory and how to load it."""

    directory: Path
    kind: str  # "arahan" (trained by our recipe) or "official" (stanza.download layout)
    processors: tuple[str, ...]


def default_resources_dir() -> Path:
    """Stanza's own default resources directory (honours ``STANZA_RESOURCES_DIR``)."""
    from stanza.resources.common import DEFAULT_MODEL_DIR

    return Path(os.environ.get("STANZA_RESOURCES_DIR", DEFAULT_MODEL_DIR))


def _inspect(directory: Path) -> StanzaModels | None:
    """The model set in ``directory``, or None when it holds no complete Indonesian set."""
    lang_dir = directory / LANG
    trained = [p for p in PROCESSORS if (lang_dir / p / f"{TRAINED_PACKAGE}.pt").is_file()]
    if all(p in trained for p in REQUIRED):
        return StanzaModels(directory, "arahan", tuple(trained))
    resources = directory / "resources.json"
    if resources.is_file() and lang_dir.is_dir():
        present = tuple(p for p in PROCESSORS if any((lang_dir / p).glob("*.pt")))
        if all(p in present for p in REQUIRED):
            return StanzaModels(directory, "official", present)
    return None


def missing_message(looked_in: list[Path]) -> str:
    places = ", ".join(str(p) for p in looked_in)
    return (
        f"no Stanza Indonesian models found (looked in {places}). "
        f"Run `{DOWNLOAD_COMMAND}` to fetch Stanza's official models, "
        "or train ours with models/stanza/train_all.sh, or point --stanza-dir at a model directory."
    )


def resolve_models(stanza_dir: Path | str | None = None) -> StanzaModels:
    """``stanza_dir`` (or ``$ARAHAN_STANZA_DIR``) when given, and only it; else our trained
    set, else Stanza's default dir."""
    stanza_dir = stanza_dir or os.environ.get("ARAHAN_STANZA_DIR")
    candidates = [Path(stanza_dir)] if stanza_dir else [TRAINED_DIR, default_resources_dir()]
    for directory in candidates:
        found = _inspect(directory)
        if found:
            return found
    raise StanzaModelMissing(missing_message(candidates))


def build_pipeline(models: StanzaModels, *, pretokenized: bool = False, use_ner: bool = True):
    """A CPU ``stanza.Pipeline`` over ``models``, never downloading anything."""
    import stanza

    processors = [p for p in models.processors if use_ner or p != "ner"]
    options: dict[str, Any] = dict(
        lang=LANG, dir=str(models.directory), download_method=None, use_gpu=False,
        logging_level="ERROR", tokenize_pretokenized=pretokenized,
    )
    options["processors"] = ",".join(processors)
    if models.kind == "arahan":
        # Our set is not listed in a resources.json, so each model path is given explicitly.
        _ensure_resources_json(models.directory)
        options["allow_unknown_language"] = True
        for p in processors:
            options[f"{p}_model_path"] = str(models.directory / LANG / p / f"{TRAINED_PACKAGE}.pt")
    return stanza.Pipeline(**options)


def _ensure_resources_json(directory: Path) -> None:
    # Stanza insists on a resources.json even when every model path is explicit.
    path = directory / "resources.json"
    if not path.exists():
        path.write_text(json.dumps({}), encoding="utf-8")


# --- Stanza Document -> spaCy Doc --------------------------------------------------------


def _token_parts(token, surface: str) -> list[tuple[str, Any]]:
    """(text, word) pieces of one Stanza token, whose raw text is ``surface``, as spaCy tokens.

    A multiword token whose parts spell it out (``rumahnya`` = ``rumah`` + ``nya``) becomes
    one spaCy token per part; one that does not (contractions with changed letters) stays one
    token carrying the annotation of the part whose head lies outside it.
    """
    words = token.words
    if len(words) == 1:
        return [(surface, words[0])]
    if "".join(w.text for w in words) == surface:
        return [(w.text, w) for w in words]
    ids = {w.id for w in words}
    head_word = next((w for w in words if w.head not in ids), words[0])
    return [(surface, head_word)]


def doc_from_stanza(vocab: Vocab, sdoc, text: str | None = None) -> Doc:
    """Build a spaCy Doc (tokens, sentences, pos, lemmas, heads, deps, ents) from Stanza output.

    ``text`` is the original input; the Doc reproduces it exactly, inserting whitespace
    tokens the way spaCy's own tokenizer does for runs of more than one space or newlines.
    """
    text = sdoc.text if text is None else text
    words, spaces, pos, tags, lemmas, morphs, deps, sent_starts = [], [], [], [], [], [], [], []
    heads: list[int] = []
    cursor = 0

    def add_whitespace(gap: str) -> None:
        # A whitespace token belongs to the sentence before it, attached to its last token.
        words.append(gap)
        spaces.append(False)
        pos.append("SPACE")
        tags.append("_SP")
        lemmas.append(gap)
        morphs.append("")
        deps.append("dep")
        heads.append(len(words) - 2 if len(words) > 1 else 0)
        sent_starts.append(len(words) == 1)

    def take_gap(start: int) -> None:
        nonlocal cursor
        gap = text[cursor:start]
        if gap and words:
            if gap.startswith(" "):
                spaces[-1] = True
                gap = gap[1:]
        if gap:
            add_whitespace(gap)
        cursor = start

    for sentence in sdoc.sentences:
        first = -1
        word_index: dict[int, int] = {}  # Stanza word id -> spaCy token index
        pending: list[tuple[int, Any]] = []
        for token in sentence.tokens:
            # Token text is taken from the input itself, never from Stanza's (possibly
            # normalised) form, and clipped so that tokens never overlap: the Doc must
            # reproduce the input exactly for evidence offsets to hold.
            start, end = max(token.start_char, cursor), token.end_char
            if end <= start:
                continue
            take_gap(start)
            if first < 0:
                first = len(words)
            parts = _token_parts(token, text[start:end])
            for k, (part_text, word) in enumerate(parts):
                i = len(words)
                words.append(part_text)
                spaces.append(False)
                pos.append(word.upos or "X")
                tags.append(word.xpos or word.upos or "")
                lemmas.append(word.lemma if word.lemma else part_text)
                morphs.append(word.feats or "")
                deps.append("")
                heads.append(i)
                sent_starts.append(i == first)
                if len(parts) == 1:
                    for w in token.words:
                        word_index[w.id] = i
                else:
                    word_index[word.id] = i
                pending.append((i, word))
            cursor = end
        for i, word in pending:
            if word.head in (None, 0) or word.head not in word_index:
                heads[i], deps[i] = i, "ROOT"
            else:
                heads[i] = word_index[word.head]
                deps[i] = "ROOT" if heads[i] == i else (word.deprel or "dep")
    take_gap(len(text))

    if not words:
        return Doc(vocab, words=[], spaces=[])
    doc = Doc(vocab, words=words, spaces=spaces, pos=pos, tags=tags, lemmas=lemmas,
              morphs=morphs, heads=heads, deps=deps, sent_starts=sent_starts)
    spans = []
    for ent in getattr(sdoc, "ents", []) or []:
        span = doc.char_span(ent.start_char, ent.end_char, label=ent.type, alignment_mode="expand")
        if span is not None and (not spans or span.start >= spans[-1].end):
            spans.append(span)
    doc.ents = spans
    return doc


class StanzaTokenizer:
    """spaCy tokenizer slot filled by a whole Stanza pipeline: text in, annotated Doc out."""

    def __init__(self, vocab: Vocab, pipeline, models: StanzaModels):
        self.vocab = vocab
        self.pipeline = pipeline
        self.models = models

    def __call__(self, text: str) -> Doc:
        if not text.strip():
            return Doc(self.vocab, words=[text] if text else [], spaces=[False] if text else [])
        return doc_from_stanza(self.vocab, self.pipeline(text), text)

    def pipe(self, texts, batch_size: int = 32):
        for text in texts:
            yield self(text)

    # spaCy serialises the tokenizer with the pipeline; the Stanza models live in their own
    # directory, so there is nothing of ours to write or read back.
    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> "StanzaTokenizer":
        return self

    def to_disk(self, path, **kwargs) -> None:
        return None

    def from_disk(self, path, **kwargs) -> "StanzaTokenizer":
        return self


def download_official_models(model_dir: Path | str | None = None) -> Path:
    """Fetch Stanza's official Indonesian models (the only network access in Arahan).

    Goes into ``model_dir`` or Stanza's default resources dir, where ``resolve_models`` finds
    them when no trained set is in ``models/stanza`` (or via ``--stanza-dir``).
    """
    import stanza

    target = Path(model_dir) if model_dir else default_resources_dir()
    stanza.download(LANG, model_dir=str(target), processors="tokenize,mwt,pos,lemma,depparse",
                    logging_level="WARN")
    return target


def load_stanza_nlp(stanza_dir: Path | str | None = None, *, nlp: Language | None = None,
                    use_ner: bool = True) -> Language:
    """A spaCy Language whose tokenizer is a Stanza pipeline (``nlp``: one to fit, else blank ``id``).

    Raises ``StanzaModelMissing`` (message names ``arahan models download stanza``) when no
    model set is found.
    """
    import spacy

    models = resolve_models(stanza_dir)
    nlp = nlp if nlp is not None else spacy.blank(LANG)
    nlp.tokenizer = StanzaTokenizer(nlp.vocab, build_pipeline(models, use_ner=use_ner), models)
    nlp.meta["stanza"] = {"directory": str(models.directory), "kind": models.kind,
                          "processors": list(models.processors)}
    return nlp
