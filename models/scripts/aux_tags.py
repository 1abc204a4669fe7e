"""Recipe step: kumparan's POS tags as an auxiliary task for the tagger/parser tok2vec.

The 32,780 kumparan news sentences (``pos/nlp-id-kumparan/dataset_postag.txt``, MIT) carry
kumparan's own tagset (NN, NNP, VB, JJ, IN, PR, ...), not UPOS, so they cannot train the
morphologizer directly without a lossy mapping. Instead `configs/ud_mt.cfg` adds a `tagger`
that predicts these tags from the same tok2vec as the morphologizer and parser: five times
more tagged news text shapes the shared features, and the tagger is removed when the
pipeline is assembled. That config is written from configs/ud.cfg (no hand-kept copy). UD docs carry no kumparan tags and these docs no UPOS or heads, which
spaCy treats as missing annotation (no loss).

Sentences that also occur (normalised) in a dev or test set we report on are dropped, as for
pretraining. Output: corpus/ud_mt/ with kumparan_tags.spacy (10 sentences per doc), a
link to ud_train.spacy, so that ``--paths.train corpus/ud_mt`` reads both, and ud_mt.cfg.

Usage: python scripts/aux_tags.py
       python -m spacy train corpus/ud_mt/ud_mt.cfg --paths.train corpus/ud_mt --paths.dev corpus/ud_dev.spacy ...
"""

from __future__ import annotations

import argparse

import spacy
from spacy.tokens import Doc, DocBin
from spacy.util import load_config

from common import MODELS_DIR, corpus_dir, shared_data_dir
from convert import DOC_SENTS, _norm
from pretrain_text import held_out_keys


def kumparan_tagged(path) -> list[tuple[list[str], list[str]]]:
    """(tokens, tags) per sentence of the TOKEN<TAB>TAG file (a few rows have a third column)."""
    sents, words, tags = [], [], []
    for line in path.read_text(encoding="utf8").splitlines() + [""]:
        cols = line.split("\t")
        if cols[0].strip() and len(cols) >= 2:
            words.append(cols[0].strip())
            tags.append(cols[1].strip().upper())
        elif not line.strip() and words:
            sents.append((words, tags))
            words, tags = [], []
    return sents


def multitask_config():
    """configs/ud.cfg plus a `tagger` for kumparan's tags on the shared tok2vec (not scored)."""
    config = load_config(MODELS_DIR / "configs/ud.cfg", interpolate=False)
    config["nlp"]["pipeline"] = [*config["nlp"]["pipeline"], "tagger"]
    config["components"]["tagger"] = {
        "factory": "tagger", "label_smoothing": 0.05, "overwrite": False, "neg_prefix": "!",
        "model": {"@architectures": "spacy.Tagger.v2", "nO": None, "normalize": False,
                  "tok2vec": {"@architectures": "spacy.Tok2VecListener.v1",
                              "width": "${components.tok2vec.model.encode.width}", "upstream": "*"}}}
    config["training"]["score_weights"]["tag_acc"] = None  # UD dev has no kumparan tags
    return config


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--every", type=int, default=1,
                        help="keep every Nth sentence (a smaller share of kumparan against UD); output corpus/ud_mt<N>")
    args = parser.parse_args()
    data = shared_data_dir()
    held_out = held_out_keys(data)
    sents = [s for s in kumparan_tagged(data / "pos/nlp-id-kumparan/dataset_postag.txt")
             if _norm(" ".join(s[0])) not in held_out][::args.every]
    vocab = spacy.blank("id").vocab
    out = corpus_dir() / ("ud_mt" if args.every == 1 else f"ud_mt{args.every}")
    out.mkdir(parents=True, exist_ok=True)
    bin_ = DocBin(attrs=["ORTH", "TAG", "SENT_START"])
    for i in range(0, len(sents), DOC_SENTS):
        group = sents[i:i + DOC_SENTS]
        words = [w for ws, _ in group for w in ws]
        tags = [t for _, ts in group for t in ts]
        starts = [j == 0 for ws, _ in group for j in range(len(ws))]
        bin_.add(Doc(vocab, words=words, tags=tags, sent_starts=starts))
    bin_.to_disk(out / "kumparan_tags.spacy")
    link = out / "ud_train.spacy"
    if not link.exists():
        link.symlink_to(corpus_dir().resolve() / "ud_train.spacy")
    multitask_config().to_disk(out / "ud_mt.cfg")
    print(f"{out}/kumparan_tags.spacy: {len(sents)} sentences, {sum(len(w) for w, _ in sents)} tokens, "
          f"{len(bin_)} docs; with {link}")


if __name__ == "__main__":
    main()
