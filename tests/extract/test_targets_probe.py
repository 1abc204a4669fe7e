"""Directive targets on passages we wrote in the style of regional news (Sumatra to Papua, many topics):
how Indonesian names the group a directive addresses."""

import pytest


def targets_of(result: dict, dtype: str | None = None) -> list[list[str]]:
    return [d["targets"] for d in result["directives"] if dtype is None or d["type"] == dtype]


@pytest.mark.parametrize("text, want", [
    ("Kepala Dinas Pendidikan Kota Kendari meminta sekolah-sekolah tidak memungut biaya pendaftaran.", ["sekolah"]),
    ("Wali Kota Batam Amsakar Achmad meminta perusahaan-perusahaan di kawasan industri memprioritaskan tenaga kerja lokal.",
     ["perusahaan"]),
    ("Bupati Paser Fahmi Fadli meminta perusahaan-perusahaan tambang memperbaiki jalan yang rusak.", ["perusahaan tambang"]),
    ("Bupati Sikka Juventus Prima Yoris Kago mengingatkan nelayan-nelayan agar tidak melaut saat gelombang tinggi.",
     ["nelayan"]),
])
def test_a_plural_by_reduplication_is_the_group(run, text, want):
    assert targets_of(run(text)) == [want]
