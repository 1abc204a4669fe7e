"""Articles for the search, review and watch tests, stored in a real store file with extraction results."""

from __future__ import annotations

import pytest

from arahan.store.database import Store
from tests.conftest import evidence


ARTICLES = [
    # (outlet, published, title, text, directives [(type, issuer, issuer_region, code, cue)], region codes)
    ("kabarjatim", "2025-03-02", "Dinkes Malang gelar fogging",
     "Dinas Kesehatan Kabupaten Malang menggelar fogging di tiga desa. Bupati Malang Sanusi meminta warga "
     "menguras bak mandi setiap pekan.",
     [("appeal", "Sanusi", "Kabupaten Malang", "35.07", "meminta")], [("Kabupaten Malang", "35.07")]),
    ("kabarjatim", "2025-03-05", "Larangan merokok di sekolah",
     "Wali Kota Surabaya Eri Cahyadi menerbitkan larangan merokok di kawasan sekolah. Kawasan tanpa rokok "
     "berlaku mulai April.",
     [("prohibition", "Eri Cahyadi", "Kota Surabaya", "35.78", "larangan")], [("Kota Surabaya", "35.78")]),
    ("jabarpost", "2025-04-10", "Bupati melarang vape",
     "Bupati Bandung Dadang Supriatna melarang penjualan vape kepada pelajar. Kawasan tanpa rokok diperluas.",
     [("prohibition", "Dadang Supriatna", "Kabupaten Bandung", "32.04", "melarang")], [("Kabupaten Bandung", "32.04")]),
    ("lombokpos", "2025-05-01", "Café di Mataram wajib tutup",
     "Pemilik café di Mataram diminta menutup usaha pukul 22.00 selama Ramadan. Pengasapan juga digelar.",
     [], []),
]


def store_articles(store: Store, articles=ARTICLES) -> list[int]:
    ids = []
    for n, (outlet, published, title, text, directives, regions) in enumerate(articles):
        doc = store.upsert_document({"canonical_url": f"https://{outlet}.example/{n}", "outlet": outlet,
                                     "published": published, "title": title, "text": text})
        result = {
            "officials": [],
            "regions": [{"name": name, "code": code, "evidence": evidence(text, name.split(" ", 1)[1])}
                        for name, code in regions],
            "organizations": [],
            "directives": [{"type": t, "issuer": issuer, "issuer_region": region, "issuer_region_code": code,
                            "issuer_title": "Bupati" if region.startswith("Kabupaten") else "Wali Kota",
                            "cue": cue, "targets": ["warga"], "date": published, "confidence": 0.8,
                            "evidence": evidence(text, cue)} for t, issuer, region, code, cue in directives],
        }
        store.save_extraction(doc, result, backend="test")
        ids.append(doc)
    return ids


@pytest.fixture
def filled(store) -> Store:
    store_articles(store)
    return store
