"""A directive named by its noun ("larangan", "imbauan", "instruksi") and delivered by a verb: as the object
of "menyampaikan/mengeluarkan", or as the subject of a passive verb whose agent gives it. Our own sentences."""

import pytest

from arahan.extract.pipeline import extract_document


def directives(text: str) -> list[tuple]:
    result, _ = extract_document({"id": "t", "text": text, "published": "2025-03-03"})
    return [(d["issuer"], d["type"], d["targets"]) for d in result["directives"]]


@pytest.mark.parametrize("text, want", [
    ("Bupati Sikka Juventus Prima Yoris Kago menyampaikan larangan bagi ASN untuk memakai mobil dinas saat mudik.",
     ("Juventus Prima Yoris Kago", "prohibition", ["ASN"])),
    ("Wali Kota Ternate Tauhid Soleman mengeluarkan imbauan kepada warga agar tidak menyalakan petasan.",
     ("Tauhid Soleman", "appeal", ["warga"])),
    ("Gubernur Bengkulu Helmi Hasan menyampaikan instruksi kepada seluruh bupati agar menyiapkan lumbung pangan.",
     ("Helmi Hasan", "instruction", ["bupati"])),
])
def test_a_noun_delivered_by_its_giver(text, want):
    assert directives(text) == [want]


@pytest.mark.parametrize("text, want", [
    ("Imbauan agar warga tidak membakar sampah disampaikan oleh Kepala Dinas Lingkungan Hidup Kota Ambon, "
     "Ferdinand Tasso.", ("Ferdinand Tasso", "appeal", ["warga"])),
    ("Larangan berjualan di trotoar ditegaskan Wali Kota Banda Aceh Illiza Sa'aduddin Djamal saat rapat.",
     ("Illiza Sa'aduddin Djamal", "prohibition", [])),
    ("Instruksi untuk menyiapkan posko banjir diberikan oleh Gubernur Maluku Hendrik Lewerissa kepada seluruh bupati.",
     ("Hendrik Lewerissa", "instruction", ["bupati"])),
])
def test_a_noun_delivered_by_a_passive_verb_is_its_agents(text, want):
    assert directives(text) == [want]


def test_a_noun_with_no_office_as_agent_directs_nobody():
    # "disampaikan oleh warga": no office gives it, so no official's directive
    assert directives("Imbauan agar sekolah diliburkan disampaikan oleh sejumlah warga dalam rapat desa.") == []
