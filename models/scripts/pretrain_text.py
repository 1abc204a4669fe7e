"""Recipe step: unlabelled news sentences for ``spacy pretrain`` (tok2vec pretraining).

Source: the 32,780 kumparan news sentences in ``pos/nlp-id-kumparan/dataset_postag.txt``
(MIT; only the tokens are used, not the tags).  Sentences that also occur (normalised text)
in a dev or test set we report on, GSD legacy dev/test or idner-news-2k dev/test, are dropped so
that no evaluation sentence is seen even without labels.
Output: models/corpus/pretrain_text.jsonl, one {"text": ...} per sentence (tokens joined by spaces).

Usage: python models/scripts/pretrain_text.py
"""

from __future__ import annotations

import json

from common import corpus_dir, shared_data_dir
from convert import _norm, read_conllu, read_iob


def kumparan_sentences(path) -> list[list[str]]:
    """Token lists of the TOKEN<TAB>TAG file, blank line between sentences."""
    sents, words = [], []
    for line in path.read_text(encoding="utf8").splitlines() + [""]:
        token = line.split("\t")[0].strip()
        if token:
            words.append(token)
        elif words:
            sents.append(words)
            words = []
    return sents


def held_out_keys(data) -> set[str]:
    """Normalised text of every dev/test sentence we tune or report on."""
    gsd = data / "ud/UD_Indonesian-GSD/legacy_v2.1_train"
    keys = {_norm(" ".join(s["words"])) for name in ("id-ud-dev.conllu", "id-ud-test.conllu")
            for s in read_conllu(gsd / name)}
    idner = data / "ner/idner-news-2k"
    keys |= {_norm(" ".join(words)) for name in ("dev.txt", "test.txt")
             for words, _ in read_iob(idner / name, tag_col=2, sep=None)}
    return keys


def main() -> None:
    data = shared_data_dir()
    sents = kumparan_sentences(data / "pos/nlp-id-kumparan/dataset_postag.txt")
    held_out = held_out_keys(data)
    kept = [s for s in sents if _norm(" ".join(s)) not in held_out]
    out = corpus_dir() / "pretrain_text.jsonl"
    with out.open("w", encoding="utf8") as fh:
        for words in kept:
            fh.write(json.dumps({"text": " ".join(words)}, ensure_ascii=False) + "\n")
    print(f"{out}: {len(kept)} of {len(sents)} sentences ({len(sents) - len(kept)} overlap a dev/test set), "
          f"{sum(len(s) for s in kept)} tokens")


if __name__ == "__main__":
    main()
