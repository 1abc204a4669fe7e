"""Fixtures of the graph tests: articles we write, stored with hand-made extraction results.

`Corpus.article(...)` stores a document and saves an extraction result in the
`arahan extract --output` format, with evidence offsets computed from the text, so
the graph is built from a real SQLite store exactly as it will be after extraction.
"""

from __future__ import annotations

import pytest

from corpus.store import Store


def _ev(text: str, needle: str | None) -> dict:
    if not needle or needle not in text:
        return {}
    start = text.index(needle)
    sent_start = text.rfind(". ", 0, start) + 2 if ". " in text[:start] else 0
    sent_end = text.find(".", start + len(needle))
    sent_end = len(text) if sent_end < 0 else sent_end + 1
    return {"start": start, "end": start + len(needle), "sent_start": sent_start, "sent_end": sent_end,
            "sentence": text[sent_start:sent_end], "text": needle}


class Corpus:
    def __init__(self, store: Store):
        self.store = store
        self.n = 0

    def article(self, text: str, published: str, outlet: str = "kabarjatim", officials=(), directives=(),
                regions=(), organizations=(), story: int | None = None, url: str | None = None) -> int:
        self.n += 1
        doc = self.store.upsert_document({
            "canonical_url": url or f"https://{outlet}.example/berita/{self.n}", "outlet": outlet,
            "published": published, "title": text.split(".")[0][:80], "text": text})
        if story is not None:
            self.store.set_story(doc, story)
        self.extract(doc, text, officials, directives, regions, organizations)
        return doc

    def extract(self, doc: int, text: str, officials=(), directives=(), regions=(), organizations=(),
                backend: str = "test") -> None:
        result = {
            "id": str(doc),
            "officials": [dict(o, evidence=_ev(text, o.get("surface") or o.get("name") or o.get("title")),
                               confidence=o.get("confidence", 0.9)) for o in officials],
            "regions": [dict(r, evidence=_ev(text, r["name"].split(" ", 1)[-1])) for r in regions],
            "organizations": [{"name": o} for o in organizations],
            "directives": [dict(d, evidence=_ev(text, d.get("cue")), confidence=d.get("confidence", 0.8))
                           for d in directives],
        }
        self.store.save_extraction(doc, result, backend=backend)


@pytest.fixture
def corpus(store) -> Corpus:
    return Corpus(store)


BONDOWOSO = {"region": "Kabupaten Bondowoso", "region_code": "35.11"}
JEMBER = {"region": "Kabupaten Jember", "region_code": "35.09"}
MALANG = {"region": "Kabupaten Malang", "region_code": "35.07"}


def official(name, title, where, **extra):
    return {"name": name, "title": title, **where, "org": None, **extra}


def directive(issuer, title, where, type_, targets, cue, date, **extra):
    return {"issuer": issuer, "issuer_title": title, "issuer_region": where["region"],
            "issuer_region_code": where["region_code"], "type": type_, "targets": targets, "cue": cue,
            "date": date, "date_precision": "day", "legal_basis": extra.pop("legal_basis", []),
            "summary": extra.pop("summary", None), "place": None, **extra}
