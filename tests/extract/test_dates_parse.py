"""The one parser of Indonesian dates (arahan.extract.dates.parse_date, day_of, MONTHS) that tenure and discovery share."""

from __future__ import annotations

from datetime import date

import pytest

from arahan.extract.dates import MONTHS, day_of, parse_date


def test_parse_date_gives_the_first_resolved_date_with_its_precision():
    d = parse_date("Senin, 19 Februari 2025 10:00 WIB")
    assert (d.value, d.precision, d.text) == ("2025-02-19", "day", "Senin, 19 Februari 2025")
    assert parse_date("Rabu (31/05/2023) pagi").value == "2023-05-31"
    assert (parse_date("Nopember 2024").value, parse_date("Nopember 2024").precision) == ("2024-11", "month")
    assert parse_date("sejak 2022").value == "2022"
    # a year-less or relative date needs a reference; without one it is no date
    assert parse_date("18 September") is None
    assert parse_date("18 September", date(2024, 10, 1)).value == "2024-09-18"
    assert parse_date("Juni lalu", date(2024, 10, 1)).value == "2024-06"
    assert parse_date("tanpa tanggal") is None


def test_day_of_and_the_month_table():
    assert day_of("2024") == date(2024, 1, 1) and day_of("2024-09") == date(2024, 9, 1)
    assert day_of("2024-09-18T10:00:00+07:00") == date(2024, 9, 18)
    with pytest.raises(ValueError):
        day_of("kemarin")
    assert MONTHS["agustus"] == MONTHS["agt"] == 8 and MONTHS["pebruari"] == 2
