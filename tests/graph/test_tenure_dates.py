"""Tenure reads the dates of its cues with extraction's date finder: every form extraction knows."""

from __future__ import annotations

from arahan.extract.graph.tenure import tenure_cues


def test_since_reads_every_date_form_of_extraction():
    seen = "2024-06-01"
    assert tenure_cues("Ia menjabat sejak 12 Maret 2024.", seen) == {"started": "2024-03-12"}
    assert tenure_cues("Ia menjabat sejak tanggal 12/3/2024.", seen) == {"started": "2024-03-12"}
    assert tenure_cues("Ia menjabat sejak Rabu, 13 Mar 2024.", seen) == {"started": "2024-03-13"}
    assert tenure_cues("Ia menjabat sejak Maret 2023.", seen) == {"started": "2023-03-01"}
    assert tenure_cues("Ia menjabat sejak 2022.", seen) == {"started": "2022-01-01"}
    assert tenure_cues("Ia menjabat mulai 2022.", seen) == {"started": "2022-01-01"}
    # a year-less date takes the year of the finding's date, as extraction resolves it
    assert tenure_cues("Ia menjabat sejak 12 Maret lalu.", seen) == {"started": "2024-03-12"}


def test_swearing_in_takes_the_day_the_sentence_states():
    said = "Bambang, yang dilantik sebagai Pj Bupati pada 5 Februari 2024, melarang ASN berpolitik."
    assert tenure_cues(said, "2024-06-21") == {"started": "2024-02-05"}
    # no day stated, a month only, or a day after the finding (a plan): the finding's own date
    assert tenure_cues("Bambang resmi dilantik di Gedung Negara Grahadi.", "2024-02-05") == {"started": "2024-02-05"}
    assert tenure_cues("Ia dilantik Februari 2024 oleh gubernur.", "2024-06-21") == {"started": "2024-06-21"}
    assert tenure_cues("Ia akan dilantik pada 5 Juli 2024.", "2024-06-21") == {"started": "2024-06-21"}
