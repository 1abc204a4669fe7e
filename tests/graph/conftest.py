"""Fixtures of the graph tests: articles we write, stored with hand-made extraction results.

`Corpus.article(...)` stores a document and saves an extraction result in the
`arahan extract --output` format, with evidence offsets computed from the text, so
the graph is built from a real SQLite store exactly as it will be after extraction.
"""

from __future__ import annotations

import pytest

from arahan.store.database import Store
from tests.conftest import evidence


def _ev(text: str, needle: str | None) -> dict:
    if not isinstance(needle, str) or needle not in text:
        return {}
    return evidence(text, needle)


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


def small_corpus(corpus: Corpus) -> None:
    """Eight articles across three regencies of Jawa Timur, 2024."""
    c = corpus
    c.article("BONDOWOSO - Bambang Setiawan resmi dilantik sebagai Pj Bupati Bondowoso.", "2024-02-05",
              officials=[official("Bambang Setiawan", "Pj Bupati", BONDOWOSO)],
              regions=[{"name": "Kabupaten Bondowoso", "code": "35.11", "level": "kabupaten", "parent": "35"}])
    c.article("Pj Bupati Bondowoso Bambang Setiawan melarang ASN memberi like pada unggahan bakal calon, "
              "sesuai UU Nomor 20 Tahun 2023.", "2024-06-21",
              officials=[official("Bambang Setiawan", "Pj Bupati", BONDOWOSO)],
              directives=[directive("Bambang Setiawan", "Pj Bupati", BONDOWOSO, "prohibition", ["ASN"], "melarang",
                                    "2024-06-21", legal_basis=["Undang-Undang Nomor 20 Tahun 2023"],
                                    summary="ASN dilarang memberi like unggahan bakal calon")])
    c.article("Pj Bupati Bondowoso Bambang Setiawan melarang ASN memberi like pada unggahan bakal calon.",
              "2024-06-21", outlet="suarakaltim", story=2,
              officials=[official("Bambang Setiawan", "Pj Bupati", BONDOWOSO)],
              directives=[directive("Bambang Setiawan", "Pj Bupati", BONDOWOSO, "prohibition", ["ASN"], "melarang",
                                    "2024-06-21")])
    c.article("Pj Bupati Bondowoso Bambang Setiawan mengimbau kepala desa tidak ikut kampanye.", "2024-11-20",
              officials=[official("Bambang Setiawan", "Pj Bupati", BONDOWOSO)],
              directives=[directive("Bambang Setiawan", "Pj Bupati", BONDOWOSO, "appeal", ["kepala desa"], "mengimbau",
                                    "2024-11-20", summary="Kades diminta tidak ikut kampanye")])
    c.article("Bupati Jember Hendy Siswanto menginstruksikan OPD mendata tenaga non-ASN.", "2024-03-04",
              officials=[official("Hendy Siswanto", "Bupati", JEMBER)],
              directives=[directive("Hendy Siswanto", "Bupati", JEMBER, "instruction", ["OPD"], "menginstruksikan",
                                    "2024-03-04")])
    c.article("Bupati Malang M. Sanusi mewajibkan camat melaporkan data stunting.", "2024-08-09",
              officials=[official("M. Sanusi", "Bupati", MALANG)],
              directives=[directive("M. Sanusi", "Bupati", MALANG, "instruction", ["camat"], "mewajibkan", "2024-08-09")])
    c.article("Bupati Malang Sanusi melarang OPD merekrut honorer baru.", "2024-10-03",
              officials=[official("Sanusi", "Bupati", MALANG)],
              directives=[directive("Sanusi", "Bupati", MALANG, "prohibition", ["OPD"], "melarang", "2024-10-03")])
    c.article("Pj Bupati Bondowoso menginstruksikan camat siaga banjir.", "2024-04-10",
              officials=[official(None, "Pj Bupati", BONDOWOSO)],
              directives=[directive("Pj Bupati Bondowoso", "Pj Bupati", BONDOWOSO, "instruction", ["camat"],
                                    "menginstruksikan", "2024-04-10")])


@pytest.fixture
def graph_store(store, corpus):
    from arahan.extract.graph.build import update_graph

    small_corpus(corpus)
    update_graph(store)
    return store
