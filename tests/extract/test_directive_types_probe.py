"""Seventh round of directive types, on sentences we wrote in the style of regional news (several
wordings each): which clause is a directive and of which type (policies decided without an
instrument word, threats named by what is lost, hopes and reports that direct nobody)."""

from tests.extract.conftest import directives


def types(run, text: str) -> set[str]:
    return {t for _, t in directives(run(text))}


def test_fees_and_opening_hours_set_by_the_government_are_policies(run):
    for text in ("Wali Kota Padang Fadly Amran menaikkan tarif parkir di kawasan Pantai Padang menjadi Rp5.000.",
                 "Wali Kota Pangkalpinang Budi Utama membebaskan denda PBB bagi wajib pajak yang melunasi tunggakan.",
                 "Bupati Buton Alimin menghapus pungutan uang komite di seluruh SMP negeri.",
                 "Bupati Kendal Dico Ganinduto menurunkan retribusi los pasar selama masa renovasi.",
                 "Wali Kota Banda Aceh Illiza Sa'aduddin Djamal menetapkan jam operasional warung kopi paling lambat "
                 "pukul 24.00 WIB."):
        assert "policy" in types(run, text), text
    for text in ("Bupati Kendal Dico Ganinduto mengatakan pedagang menaikkan harga cabai menjelang Lebaran.",
                 "Bupati Buton Alimin meminta sekolah menghapus foto siswa dari media sosial."):
        assert "policy" not in types(run, text), text
