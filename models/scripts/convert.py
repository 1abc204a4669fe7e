"""Recipe step 1: convert the shared corpora (read in place) into spaCy ``.spacy`` files.

UD (CoNLL-U) goes to tagger/parser training data; the NER sets go to entity training data.
Multiword tokens (clitics such as ``-nya`` in the v2.9+ treebanks) are merged back into the
surface token because our tokenizer keeps ``rumahnya`` whole; the merged token takes the
attributes of the word that heads the group.  NER sets other than idner-news-2k are only
used after dropping every sentence that also occurs in idner dev or test (see the data
README: NER UGM, yusufsyaifudin and NERP share sentences with idner).

Usage: python models/scripts/convert.py [--limit N] [--out DIR] [--with-nergrit] [--with-nerp]
"""

from __future__ import annotations

import argparse
import re
from itertools import islice
from collections.abc import Iterable, Iterator
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from spacy.training import iob_to_biluo, biluo_tags_to_spans

from common import corpus_dir, shared_data_dir

# Legacy GSD (the target test set) has no deprel subtypes apart from these; CSUI's extra
# subtypes are folded into their base relation when CSUI is mixed in.
LEGACY_SUBTYPES = {"nsubj:pass", "compound:plur", "csubj:pass"}
NERUI_LABELS = {"PERSON": "PER", "ORGANIZATION": "ORG", "LOCATION": "LOC"}
NERGRIT_LABELS = {"PERSON": "PER", "ORGANISATION": "ORG", "PLACE": "LOC"}
# NERP has no government-organisation class (DPR, KPU are O there), so only its person and
# place spans are kept and every other token is left unannotated rather than O.
NERP_LABELS = {"PPL": "PER", "PLC": "LOC"}
DOC_SENTS = 10  # sentences per training doc, so the parser also learns sentence breaks


def _norm(text: str) -> str:
    """Normalised sentence key for the leakage check: lowercase letters and digits only."""
    return re.sub(r"[^0-9a-z]+", "", text.lower())


def read_conllu(path: Path, *, harmonize: bool = False) -> Iterator[dict]:
    """Yield one sentence dict (words, spaces, pos, heads, deps, lemmas) per CoNLL-U block."""
    block: list[str] = []
    for line in path.read_text(encoding="utf8").splitlines() + [""]:
        if line.strip():
            block.append(line)
            continue
        if block:
            yield _conllu_sentence(block, harmonize=harmonize)
            block = []


def _conllu_sentence(lines: list[str], *, harmonize: bool) -> dict:
    words: list[dict] = []
    ranges: dict[int, tuple[int, str, bool]] = {}  # first word id -> (last id, form, space)
    for line in lines:
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        space = "SpaceAfter=No" not in cols[9]
        if "-" in cols[0]:
            first, last = (int(x) for x in cols[0].split("-"))
            ranges[first] = (last, cols[1], space)
        elif "." not in cols[0]:  # skip empty nodes
            words.append({"id": int(cols[0]), "form": cols[1], "lemma": cols[2], "pos": cols[3],
                          "head": int(cols[6]), "dep": cols[7], "space": space})
    # Map each syntactic word to the surface token that carries it.
    token_of: dict[int, int] = {}
    tokens: list[dict] = []
    i = 0
    while i < len(words):
        w = words[i]
        if w["id"] in ranges:
            last, form, space = ranges[w["id"]]
            group = [x for x in words[i:] if x["id"] <= last]
            ids = {x["id"] for x in group}
            head_word = next((x for x in group if x["head"] not in ids), group[0])
            tok = dict(head_word, form=form, space=space)
            for x in group:
                token_of[x["id"]] = len(tokens)
            tokens.append(tok)
            i += len(group)
        else:
            token_of[w["id"]] = len(tokens)
            tokens.append(w)
            i += 1
    heads, deps = [], []
    for n, tok in enumerate(tokens):
        dep = tok["dep"]
        if harmonize and ":" in dep and dep not in LEGACY_SUBTYPES:
            dep = dep.split(":")[0]
        if tok["head"] == 0:
            heads.append(n)
            dep = "ROOT"
        else:
            heads.append(token_of[tok["head"]])
        deps.append(dep)
    return {
        "words": [t["form"] for t in tokens],
        "spaces": [t["space"] for t in tokens],
        "pos": [t["pos"] for t in tokens],
        "heads": heads,
        "deps": deps,
        "lemmas": [t["lemma"] if t["lemma"] != "_" else None for t in tokens],
    }


def ud_docs(vocab, sentences: Iterable[dict], per_doc: int = DOC_SENTS) -> Iterator[Doc]:
    """Group sentences into multi-sentence docs (spaces between them) with full annotation."""
    batch: list[dict] = []
    for sent in list(sentences) + [None]:
        if sent is not None:
            batch.append(sent)
        if batch and (sent is None or len(batch) == per_doc):
            words, spaces, pos, heads, deps, lemmas, starts = [], [], [], [], [], [], []
            for s in batch:
                offset = len(words)
                words += s["words"]
                spaces += s["spaces"][:-1] + [True]
                pos += s["pos"]
                heads += [h + offset for h in s["heads"]]
                deps += s["deps"]
                lemmas += [lem or "" for lem in s["lemmas"]]
                starts += [True] + [False] * (len(s["words"]) - 1)
            has_lemmas = any(lemmas)
            doc = Doc(vocab, words=words, spaces=spaces, pos=pos, heads=heads, deps=deps,
                      lemmas=lemmas if has_lemmas else None, sent_starts=starts)
            yield doc
            batch = []


def read_iob(path: Path, *, tag_col: int, sep: str | None, label_map: dict | None = None) -> Iterator[tuple[list[str], list[str]]]:
    """Yield (tokens, IOB2 tags) per sentence from a one-token-per-line CoNLL file (CRLF safe)."""
    words: list[str] = []
    tags: list[str] = []
    for raw in path.read_text(encoding="utf8").splitlines() + [""]:
        line = raw.rstrip("\r\n")
        if not line.strip():
            if words:
                yield words, _repair_iob(tags)
            words, tags = [], []
            continue
        cols = line.split(sep) if sep else line.split()
        tag = cols[tag_col].strip() if len(cols) > tag_col else "O"
        if label_map and tag != "O":
            prefix, _, label = tag.partition("-")
            tag = f"{prefix}-{label_map[label]}" if label in label_map else "O"
        words.append(cols[0])
        tags.append(tag)


def _repair_iob(tags: list[str]) -> list[str]:
    """Turn an I- tag without a matching predecessor into B- (a few upstream rows have them)."""
    fixed: list[str] = []
    for tag in tags:
        if tag.startswith("I-") and (not fixed or fixed[-1][2:] != tag[2:]):
            tag = "B-" + tag[2:]
        fixed.append(tag)
    return fixed


def ner_docs(vocab, sentences: Iterable[tuple[list[str], list[str]]], per_doc: int = DOC_SENTS,
             *, partial: bool = False) -> Iterator[Doc]:
    """Build docs of `per_doc` sentences each, with entity spans from IOB2 tags.

    With `partial`, tokens outside the spans are missing annotation (not O), so the NER
    learns from the spans without being told that the rest is no entity.
    """
    batch = list(sentences)
    for start in range(0, len(batch), per_doc):
        words, tags, starts = [], [], []
        for toks, tg in batch[start:start + per_doc]:
            words += toks
            tags += tg
            starts += [True] + [False] * (len(toks) - 1)
        doc = Doc(vocab, words=words, sent_starts=starts)
        doc.set_ents(biluo_tags_to_spans(doc, iob_to_biluo(tags)),
                     default="missing" if partial else "outside")
        yield doc


def write(docs: Iterable[Doc], path: Path, limit: int | None = None) -> int:
    """Save docs as a DocBin (the first `limit` only, if given); return the number written."""
    docs = list(islice(docs, limit)) if limit else list(docs)
    DocBin(docs=docs, store_user_data=False).to_disk(path)
    print(f"{path.name}: {len(docs)} docs, {sum(len(d) for d in docs)} tokens")
    return len(docs)


def write_ud_sets(vocab, data: Path, out: Path, *, with_csui: bool, limit: int | None, cap: int | None) -> None:
    """GSD legacy train/dev/test (train optionally + CSUI train), GSD v2.17 test and CSUI test."""
    gsd = data / "ud/UD_Indonesian-GSD"
    csui = data / "ud/UD_Indonesian-CSUI"
    train_ud = list(islice(read_conllu(gsd / "legacy_v2.1_train/id-ud-train.conllu"), cap))
    if with_csui:
        train_ud += list(islice(read_conllu(csui / "id_csui-ud-train.conllu", harmonize=True), cap))
    write(ud_docs(vocab, train_ud), out / "ud_train.spacy", limit)
    write(ud_docs(vocab, read_conllu(gsd / "legacy_v2.1_train/id-ud-dev.conllu")), out / "ud_dev.spacy", limit)
    write(ud_docs(vocab, read_conllu(gsd / "legacy_v2.1_train/id-ud-test.conllu")), out / "ud_test_gsd_legacy.spacy", limit)
    write(ud_docs(vocab, read_conllu(gsd / "id_gsd-ud-test.conllu")), out / "ud_test_gsd_v217.spacy", limit)
    write(ud_docs(vocab, read_conllu(csui / "id_csui-ud-test.conllu")), out / "ud_test_csui.spacy", limit)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=None, help="output dir (default models/corpus)")
    parser.add_argument("--limit", type=int, default=None, help="keep only the first N docs of each file (smoke tests)")
    parser.add_argument("--with-csui", action="store_true", help="also train the parser on CSUI train (labels harmonised)")
    parser.add_argument("--without-nerui", action="store_true", help="train NER on idner-news-2k alone")
    parser.add_argument("--with-nergrit", action="store_true",
                        help="also train NER on NERGrit train (Wikipedia-style; PLACE->LOC); "
                             "default output dir corpus/with_nergrit")
    parser.add_argument("--with-nerp", action="store_true",
                        help="also train NER on NERP train (lowercased news) as partial annotation: "
                             "PPL->PER, PLC->LOC, all other tokens missing; default output dir "
                             "corpus/with_nerp (corpus/with_nergrit_nerp with --with-nergrit)")
    parser.add_argument("--ner-only", action="store_true",
                        help="write the NER sets only (the UD sets do not depend on the NER options, "
                             "so the recipe converts them once)")
    args = parser.parse_args()
    data = shared_data_dir()
    if not data.is_dir():
        raise SystemExit(f"shared data not found at {data} (set ARAHAN_SHARED_DATA)")
    # An experimental training set never overwrites the default corpus files by accident.
    extras = [name for name, on in (("nergrit", args.with_nergrit), ("nerp", args.with_nerp)) if on]
    out = args.out or (corpus_dir() / ("with_" + "_".join(extras)) if extras else corpus_dir())
    out.mkdir(parents=True, exist_ok=True)
    vocab = spacy.blank("id").vocab

    cap = args.limit * DOC_SENTS if args.limit else None  # a slice needs only the first sentences
    if not args.ner_only:
        write_ud_sets(vocab, data, out, with_csui=args.with_csui, limit=args.limit, cap=cap)

    idner = data / "ner/idner-news-2k"
    read_idner = lambda name: list(read_iob(idner / name, tag_col=2, sep=None))  # noqa: E731
    dev, test = read_idner("dev.txt"), read_idner("test.txt")
    held_out = {_norm(" ".join(w)) for w, _ in dev + test}
    train = [s for s in read_idner("train.txt") if _norm(" ".join(s[0])) not in held_out]
    print(f"idner train: {len(train)} sentences after dropping dev/test duplicates")
    extra = []  # (name, file, label map, partial annotation?)
    if not args.without_nerui:
        extra.append(("NER UI", data / "ner/indolem-nerui/nergithub.txt", NERUI_LABELS, False))
    if args.with_nergrit:
        extra.append(("NERGrit", data / "ner/indonlu-nergrit_ner-grit/train_preprocess.txt", NERGRIT_LABELS, False))
    if args.with_nerp:
        extra.append(("NERP", data / "ner/indonlu-nerp_ner-prosa/train_preprocess.txt", NERP_LABELS, True))
    partial = []  # built into their own docs: no doc mixes full and partial annotation
    for name, path, labels, is_partial in extra:
        sents = list(islice(read_iob(path, tag_col=1, sep="\t", label_map=labels), cap))
        kept = [s for s in sents if _norm(" ".join(s[0])) not in held_out]
        print(f"{name}: kept {len(kept)} of {len(sents)} sentences (rest overlap idner dev/test)")
        (partial if is_partial else train).extend(kept)
    if partial:
        in_train = {_norm(" ".join(w)) for w, _ in train}
        print(f"{sum(_norm(' '.join(w)) in in_train for w, _ in partial)} of the partially annotated "
              "sentences also occur in the sets above")
    write([*ner_docs(vocab, train), *ner_docs(vocab, partial, partial=True)], out / "ner_train.spacy", args.limit)
    write(ner_docs(vocab, dev), out / "ner_dev.spacy", args.limit)
    write(ner_docs(vocab, test), out / "ner_test.spacy", args.limit)


if __name__ == "__main__":
    main()
