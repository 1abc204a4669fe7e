"""Legal-basis normalisation."""

from arahan.extract.legal import normalise


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


def test_issuer_words_stop_before_the_number():
    # "Nomor" is capitalised but introduces the number: it is not part of the issuer's name.
    assert normalise("Surat Edaran Menteri PANRB Nomor 18 Tahun 2023") == "SE Menteri PANRB No. 18 Tahun 2023"
    assert normalise("Keputusan Bupati Bondowoso Nomor 188/45/2024") == "Keputusan Bupati Bondowoso No. 188/45/2024"
    assert normalise("Peraturan Badan Kepegawaian Negara Nomor 7 Tahun 2022") == "Peraturan Badan 7/2022"
