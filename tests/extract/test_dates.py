"""Dates: each form news writes, resolved against the publication date, with precision and kind."""

from datetime import date

from arahan.extract.dates import find_dates, resolve_relative

PUB = date(2024, 6, 21)  # a Friday


def one(text, published=PUB):
    found = [d for d in find_dates(text, published)]
    assert found, text
    return found[0]


def test_full_dates():
    assert one("pada 21 Jun 2024 lalu").value == "2024-06-21"
    assert one("Rabu, 19 Februari 2025.").value == "2025-02-19"
    assert one("tanggal 3 Maret 2025").precision == "day"
    assert one("19 - Sep - 2025, 19:13").kind == "byline"


def test_numeric_dates():
    assert one("kata dia, Jumat, (21/6/2024).").value == "2024-06-21"
    assert one("Rabu (31/05/2023) pagi").value == "2023-05-31"
    assert one("ujarnya, (12/3).").value == "2024-03-12"
    assert one("ujarnya, (12/3).", published=None).value is None


def test_yearless_and_month_dates():
    assert one("pada 18 September").value == "2024-09-18"
    d = one("sejak November 2024")
    assert d.value == "2024-11" and d.precision == "month"


def test_weekday_and_relative():
    assert one("kata Budi, Selasa.").value == "2024-06-18"
    assert one("Senin lalu").value == "2024-06-17"
    assert one("Selasa.", published=None).value is None
    rel = one("Kemarin saya sudah menandatangani")
    resolve_relative(rel, PUB)
    assert rel.value == "2024-06-20"


def test_content_dates_are_not_event_dates():
    assert one("menjelang Pilkada serentak 27 November 2024").kind == "content"
    assert one("cuti bersama mulai tanggal 6 April 2024").kind == "content"
    assert one("kata Bupati, Jumat (21/6/2024).").kind == "event"


def test_deadlines_ranges_and_background_dates_are_not_occasions():
    from arahan.extract.dates import find_dates, parse_iso

    text = ("Bambang, yang dilantik sebagai Pj Bupati pada 5 Februari 2024, menegaskan hal itu. "
            "Data wajib divalidasi paling lambat 31 Oktober 2024. Jam kerja pada Senin sampai Kamis. "
            "Banjir mulai merendam permukiman warga Rabu (19/6/2024) pagi. Rapat digelar lagi (28/12).")
    kinds = {d.text: (d.kind, d.value) for d in find_dates(text, parse_iso("2024-06-21"))}
    assert kinds["5 Februari 2024"][0] == "content"
    assert kinds["31 Oktober 2024"][0] == "content"
    assert kinds["Senin"][0] == "content"
    assert kinds["Rabu (19/6/2024)"] == ("event", "2024-06-19")
    january = {d.text: d.value for d in find_dates("Rapat digelar (28/12).", parse_iso("2025-01-03"))}
    assert january["(28/12)"] == "2024-12-28"


def test_reported_occasion_dates_the_previous_speakers_directive(run):
    result = run("Pj Bupati Bondowoso Bambang Setiawan mengimbau seluruh ASN menjaga netralitas. "
                 "Imbauan itu disampaikan saat apel gabungan di halaman Pendopo, Jumat (21/6/2024) pagi. "
                 "Bambang juga mengatur jam kerja pada Senin sampai Kamis.", published="2024-06-21")
    dated = {d["type"]: d["date"] for d in result["directives"]}
    assert dated.get("appeal") == "2024-06-21"


def test_a_part_of_a_month_without_its_year_is_that_month_nearest_publication():
    assert (one("Pada awal Juni, bupati menerbitkan surat edaran.").value, one("pada awal Juni").precision) == (
        "2024-06", "month")
    assert one("disampaikan pada pertengahan Mei.").value == "2024-05"
    assert one("pada bulan Juni.").value == "2024-06"
    assert one("Pada akhir Desember, bupati menerbitkan SE.", published=date(2025, 1, 10)).value == "2024-12"
    coming = one("Pada awal Juli bupati akan menerbitkan surat edaran.")
    assert (coming.value, coming.kind) == ("2024-07", "content")  # a coming month is no occasion
    assert find_dates("Awal Desa Sukamaju berdiri.", PUB) == []


def test_a_weekday_of_last_week_and_days_ago():
    assert one("disampaikan pada Selasa pekan lalu.").value == "2024-06-11"   # not this week's Tuesday (18)
    assert one("disampaikan Senin minggu lalu.").value == "2024-06-10"
    assert one("disampaikan Selasa kemarin.").value == "2024-06-18"           # the latest Tuesday, not 20 June
    assert one("Jumat kemarin, rapat digelar.").value == "2024-06-14"          # never the day of publication
    assert one("disampaikan dua hari lalu.").value == "2024-06-19"
    assert one("disampaikan 3 hari yang lalu.").value == "2024-06-18"
    assert find_dates("disampaikan dua hari lalu.", None) == []
