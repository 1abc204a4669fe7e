"""The Dask engine: the demo corpus through a real LocalCluster of 2 worker processes gives
the same store as the local engine (same documents, texts, stories and URLs)."""

from __future__ import annotations

from pathlib import Path

import newsfixtures as site
import pytest

from arahan.corpus.batch import import_paths, reextract
from arahan.corpus.engine import DaskEngine, LocalEngine
from arahan.corpus.ingest import IngestOptions, ingest
from arahan.store.database import Store

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "corpus" / "demo"

pytestmark = pytest.mark.slow


def _corpus(tmp_path: Path) -> Path:
    """The demo corpus when it is there, else pages written from our fixtures."""
    if len(list(DEMO.rglob("*.html"))) >= 40:
        return DEMO
    root = tmp_path / "halaman"
    root.mkdir()
    for i, (path, (title, paras, published, dateline)) in enumerate(site.ARTICLES.items()):
        (root / f"{i}.html").write_text(site.article_page(
            title=title, paragraphs=paras, published=published, canonical="https://kabar.example" + path,
            dateline=dateline))
    (root / "sindikasi.html").write_text(site.syndicated_page())
    return root


def _snapshot(store: Store) -> list[tuple]:
    rows = store.query(
        "SELECT d.id, d.canonical_url, d.title, d.published, d.outlet, d.author, d.language, d.text, d.text_hash, "
        "d.simhash, d.dateline_place, d.status, d.raw_sha256, s.canonical_url AS story "
        "FROM documents d JOIN documents s ON s.id = d.story_id ORDER BY d.id")
    urls = store.query("SELECT url, document_id FROM document_urls ORDER BY url")
    return [tuple(r.values()) for r in rows] + [tuple(u.values()) for u in urls]


@pytest.fixture(scope="module")
def cluster():
    engine = DaskEngine(workers=2)
    yield engine
    engine.close()


def test_dask_import_equals_local(tmp_path, cluster):
    corpus = _corpus(tmp_path)
    with Store.open(tmp_path / "local.db") as local, Store.open(tmp_path / "dask.db") as distributed:
        a = import_paths(local, [str(corpus)], LocalEngine())
        assert len(cluster.client.scheduler_info()["workers"]) == 2
        b = import_paths(distributed, [str(corpus)], cluster)
        assert a.counts == b.counts and a.counts["extracted"] >= 6
        assert _snapshot(local) == _snapshot(distributed)
        # reextract on the cluster changes nothing either
        reextract(distributed, cluster)
        assert _snapshot(local) == _snapshot(distributed)


def test_dask_ingest_fetches_on_workers(server, fast, tmp_path, cluster):
    with Store.open(tmp_path / "ingest.db") as store:
        summary = ingest(store, IngestOptions(fetch=fast, sitemaps=[server.base + "/sitemap_index.xml"]), cluster)
        assert summary.counts["extracted"] == 5 and not summary.failed
        assert all(server.hits(p) == 1 for p in site.ARTICLES)
