"""Relative dates as regional news writes them, from our own probe sentences (issue #14): how many
weeks or months ago, and coming days that are never when something was said."""

from datetime import date

from arahan.extract.dates import find_dates
from arahan.extract.pipeline import extract_document

PUBLISHED = date(2025, 12, 10)  # a Wednesday


def dated(text: str) -> list[tuple]:
    return [(d.text, d.value, d.precision) for d in find_dates(text, PUBLISHED) if d.value]


def test_weeks_and_months_ago_give_the_month_they_fall_in():
    assert dated("Dua pekan lalu ia meminta warga waspada.") == [("Dua pekan lalu", "2025-11", "month")]
    assert dated("Tiga bulan lalu bupati melarang pesta kembang api.") == [("Tiga bulan lalu", "2025-09", "month")]
    assert dated("Larangan itu terbit 2 bulan yang lalu.") == [("2 bulan yang lalu", "2025-10", "month")]
    assert dated("Surat itu dikirim tiga hari lalu.") == [("tiga hari lalu", "2025-12-07", "day")]


def test_a_weekday_of_next_week_is_no_date_of_what_was_said():
    assert dated("Rapat lanjutan digelar Jumat pekan depan.") == []
    assert dated("Ia akan meninjau sungai Kamis minggu depan.") == []
    # this week's and last week's weekdays still resolve
    assert dated("Pada Senin minggu ini ia meminta warga waspada.") == [("Senin", "2025-12-08", "day")]
    assert dated("Pada Jumat pekan lalu ia meminta warga waspada.") == [("Jumat pekan lalu", "2025-12-05", "day")]


def test_a_directive_takes_the_day_it_was_said_not_a_coming_one():
    text = ("SLEMAN - Bupati Sleman Harda Kiswaya meminta warga waspada banjir, Selasa (9/12). Pada Jumat pekan "
            "depan, ia akan meninjau sungai.")
    result = extract_document({"id": "t", "text": text, "published": PUBLISHED.isoformat()})[0]
    assert [(d["type"], d["date"]) for d in result["directives"]] == [("appeal", "2025-12-09")]
    text = "SLEMAN - Dua pekan lalu, Bupati Sleman Harda Kiswaya meminta camat mendata rumah rusak."
    result = extract_document({"id": "t", "text": text, "published": PUBLISHED.isoformat()})[0]
    assert [(d["date"], d["date_precision"]) for d in result["directives"]] == [("2025-11", "month")]
