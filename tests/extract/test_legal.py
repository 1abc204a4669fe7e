"""Legal-basis normalisation."""

from extract.legal import normalise


def test_forms():
    assert normalise("UU Nomor 20 Tahun 2023") == "UU 20/2023"
    assert normalise("Undang-Undang Nomor 5 Tahun 2014") == "UU 5/2014"
    assert normalise("PP Nomor 94 Tahun 2021") == "PP 94/2021"
    assert normalise("Peraturan Pemerintah (PP) Nomor 94 Tahun 2021") == "PP 94/2021"
    assert normalise("Peraturan Presiden Nomor 104 Tahun 2007") == "Perpres 104/2007"
    assert normalise("SE Bupati No. 800/123/2024") == "SE Bupati No. 800/123/2024"
    assert normalise("Surat Edaran Bupati Nomor : 800/123/2024") == "SE Bupati No. 800/123/2024"
    assert normalise("Instruksi Menteri Dalam Negeri (Inmendagri) nomor 11 tahun 2022") == "Inmendagri 11/2022"
    assert normalise("SKB 3 Menteri") == "SKB 3 Menteri"
