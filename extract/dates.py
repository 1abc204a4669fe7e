"""Dates: every form regional news writes, resolved against the publication date, with a precision.

Forms: "21 Jun 2024", "Rabu, 19 Februari 2025", "tanggal 3 Maret 2025", "19 - Sep - 2025",
"Jumat, (21/6/2024)", "Rabu (31/05/2023) pagi", "(12/3)", "18 September", "November 2024",
"Juni lalu", "bulan lalu", "pekan lalu", "tahun lalu", "sejak 2024" (month or year precision), a weekday alone ("Selasa"), "Senin lalu", "kemarin", "hari ini", "tadi pagi". Year-less and
weekday-only dates are resolved only when a reference date is known (the publication date,
or a full date in the same sentence for "kemarin"); otherwise their value is None, as the
gold files do. Each date is classed: a byline (publication stamp), a content date (the
day of an election, a period something applies to) or an event date (when something was
said or done), which is the one a directive takes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "pebruari": 2, "feb": 2, "maret": 3, "mar": 3, "april": 4, "apr": 4,
    "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "oct": 10, "november": 11, "nov": 11,
    "nopember": 11, "desember": 12, "des": 12, "dec": 12,
}
WEEKDAYS = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5, "minggu": 6, "ahad": 6}
_MON = "|".join(sorted(MONTHS, key=len, reverse=True))
_WD = r"Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad"
NUMBER_WORDS = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9,
                "sepuluh": 10}
# Every alternative starts with one of the characters of the first lookahead: positions that
# start with another fail at once instead of trying each alternative (a third of the time).
DATE_RE = re.compile(
    rf"(?=[0-9(SRKJMAFONDPHTBsrkjmafondphtb])(?:(?<![\w])(?P<wd1>(?:{_WD}))?\s*,?\s*(?:tanggal\s+|tgl\.?\s+)?"
    rf"(?:(?P<d>\d{{1,2}})\s*(?:-\s*)?(?P<m>{_MON})\.?\s*(?:-\s*)?,?\s*(?P<y>\d{{4}})?(?!\d)"
    rf"|\(\s*(?P<nd>\d{{1,2}})/(?P<nm>\d{{1,2}})(?:/(?P<ny>\d{{2,4}}))?\s*\)"
    rf"|(?<=[\s(])(?P<nd2>\d{{1,2}})/(?P<nm2>\d{{1,2}})/(?P<ny2>\d{{4}})(?![\d/]))"
    rf"|(?P<mm>{_MON})\s+(?P<my>\d{{4}})(?!\d)"
    rf"|(?P<mlalu>{_MON})\s+(?:lalu|kemarin|silam)\b"
    rf"|(?:(?<=awal\s)|(?<=akhir\s)|(?<=pertengahan\s)|(?<=bulan\s))(?P<mpart>{_MON})(?!\w)"
    rf"|(?P<nago>\d{{1,2}}|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)\s+(?P<nunit>hari|pekan|minggu|bulan)\s+(?:lalu|yang\s+lalu|silam)\b"
    rf"|(?P<ago>(?:bulan|tahun|pekan|minggu)\s+(?:lalu|kemarin|silam))\b"
    rf"|(?:(?<=sejak\s)|(?<=awal\s)|(?<=akhir\s))(?:tahun\s+)?(?P<yy>20\d\d)(?![\d/])"
    rf"|(?P<wd>(?:{_WD}))(?P<lalu>\s+(?:lalu|kemarin|(?P<prevweek>pekan|minggu)\s+(?:lalu|kemarin)))?(?![\w(])"
    rf"|(?P<rel>kemarin|kemarin\s+lusa|hari\s+ini|tadi\s+(?:pagi|siang|sore|malam)|(?:pagi|siang|sore|malam)\s+tadi|besok))",
    re.IGNORECASE,
)
CONTENT_BEFORE = re.compile(
    r"\b(?:pilkada|pemilu|pemilihan|pencoblosan|pemungutan|berlaku|hingga|sampai|sejak|batas|jadwal|periode|"
    r"libur|cuti|tahapan|akan\s+(?:digelar|dilaksanakan|berlangsung)|segera\s+digelar|digelar|mendatang|s\.?d\.?|dan|"
    r"serentak|pada\s+tahun|paling\s+lambat|selambat-lambatnya|tenggat|deadline|target|setiap|tiap|"
    # a date inside "yang dilantik/terpilih ... pada" describes the person (background), not the occasion
    r"yang\s+(?:baru\s+)?(?:dilantik|diangkat|ditunjuk|terpilih|menjabat|lahir))\b[^.]{0,45}$"
    r"|\bmulai\s+(?:(?:pada|tanggal|hari)\s+)?$",
    re.IGNORECASE,
)
EVENT_BEFORE = re.compile(r"(?:dikeluarkan|diterbitkan|ditandatangani|diteken|diedarkan|ditetapkan|tertanggal)[^.]{0,40}$",
                          re.IGNORECASE)
BYLINE_AFTER = re.compile(r"\s*,?\s*(?:\d{1,2}[:.]\d{2}|pukul)")


@dataclass
class DateMention:
    start: int
    end: int
    text: str
    value: str | None
    precision: str | None
    kind: str = "event"   # event | content | byline
    form: str = "full"    # full | numeric | yearless | month | weekday | ago ("dua hari lalu") | relative


def parse_iso(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def find_dates(text: str, published: date | None) -> list[DateMention]:
    """All date mentions of the text, resolved against `published` where they need a reference."""
    out: list[DateMention] = []
    for m in DATE_RE.finditer(text):
        g = m.groupdict()
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        value, precision, form = None, None, "full"
        try:
            if g["d"]:
                year = int(g["y"]) if g["y"] else (published.year if published else None)
                value = date(year, MONTHS[g["m"].lower()], int(g["d"])).isoformat() if year else None
                precision = "day"
                form = "full" if g["y"] else "yearless"
            elif g["nd"] or g["nd2"]:
                d, mo, y = (g["nd"], g["nm"], g["ny"]) if g["nd"] else (g["nd2"], g["nm2"], g["ny2"])
                year = None
                if y and len(y) == 4:
                    year = int(y)
                elif y and len(y) == 2:
                    year = 2000 + int(y)
                elif published:
                    year = published.year
                value = date(year, int(mo), int(d)).isoformat() if year else None
                precision = "day"
                form = "numeric" if y and len(y) in (2, 4) else "yearless"
            elif g["mm"]:
                value = f"{int(g['my']):04d}-{MONTHS[g['mm'].lower()]:02d}"
                precision, form = "month", "month"
            elif g["mlalu"]:  # "Juni lalu": the last June before publication
                if not published:
                    continue
                month = MONTHS[g["mlalu"].lower()]
                year = published.year if month <= published.month else published.year - 1
                value, precision, form = f"{year:04d}-{month:02d}", "month", "month"
            elif g["mpart"]:  # "awal Juni", "pertengahan Juni", "bulan Juni": the June nearest publication
                if not published:
                    continue
                month = MONTHS[g["mpart"].lower()]
                year = min((published.year - 1, published.year, published.year + 1),
                           key=lambda y: abs((y - published.year) * 12 + month - published.month))
                value, precision, form = f"{year:04d}-{month:02d}", "month", "month"
            elif g["nago"]:  # "dua hari lalu"; "dua pekan lalu", "tiga bulan lalu": only the month is known
                if not published:
                    continue
                n = int(g["nago"]) if g["nago"].isdigit() else NUMBER_WORDS[g["nago"].lower()]
                unit = g["nunit"].lower()
                if unit == "hari":
                    value, precision, form = (published - timedelta(days=n)).isoformat(), "day", "ago"
                elif unit == "bulan":
                    months = published.year * 12 + published.month - 1 - n
                    value, precision, form = f"{months // 12:04d}-{months % 12 + 1:02d}", "month", "month"
                else:
                    back = published - timedelta(days=7 * n)
                    value, precision, form = f"{back.year:04d}-{back.month:02d}", "month", "month"
            elif g["ago"]:  # "bulan lalu", "tahun lalu", "pekan lalu": as precise as the words are
                if not published:
                    continue
                unit = g["ago"].split()[0].lower()
                if unit == "tahun":
                    value, precision = f"{published.year - 1:04d}", "year"
                else:
                    back = published - timedelta(days=7) if unit in ("pekan", "minggu") else \
                        published.replace(day=1) - timedelta(days=1)
                    value, precision = f"{back.year:04d}-{back.month:02d}", "month"
                form = "month"
            elif g["yy"]:
                value, precision, form = g["yy"], "year", "month"
            elif g["wd"]:
                # "Jumat depan", "Jumat pekan depan": a coming day, never when something was said
                if not g["wd"][0].isupper() or re.match(r"\s+(?:ini|depan|silam|(?:pekan|minggu)\s+depan)\b", text[e:e + 20]) or (
                        g["wd"].lower() == "minggu" and (g["lalu"] or re.match(r"\s+(?:ini|depan)", text[e:e + 8]))):
                    continue  # "Minggu ini" is "this week"
                form = "weekday"
                precision = "day"
                if published:
                    back = (published.weekday() - WEEKDAYS[g["wd"].lower()]) % 7
                    if g["lalu"] and back == 0:
                        back = 7  # "Senin lalu", "Selasa kemarin": never the day of publication
                    if g["prevweek"]:  # "Selasa pekan lalu": that day of the week before publication's
                        back = published.weekday() + 7 - WEEKDAYS[g["wd"].lower()]
                    value = (published - timedelta(days=back)).isoformat()
            elif g["rel"]:
                form, precision = "relative", "day"
                value = None  # resolved later against the sentence's own date or the publication date
        except (ValueError, OverflowError, KeyError):
            continue
        if value and published and form == "yearless" and (date.fromisoformat(value) - published).days > 180:
            value = date.fromisoformat(value).replace(year=published.year - 1).isoformat()  # "(28/12)" in January
        mention = DateMention(s, e, text[s:e], value, precision, form=form)
        before = text[max(0, s - 60):s].split(",")[-1] if text[max(0, s - 3):s].strip(" (") else text[max(0, s - 60):s]
        line_start = text.rfind("\n", 0, s) + 1
        if BYLINE_AFTER.match(text, e) and s - line_start < 40:
            mention.kind = "byline"
        elif re.search(r"mendatang|nanti", text[e:e + 15], re.I) or (
                form == "weekday" and re.match(r"\s*(?:sampai|hingga|s\.?d\.?|-)\s", text[e:e + 8], re.I)) or (CONTENT_BEFORE.search(before) and not EVENT_BEFORE.search(before)):
            mention.kind = "content"
        elif published and value and (precision == "day" and parse_iso(value) > published
                                      or precision == "month" and value > published.isoformat()[:7]):
            mention.kind = "content"  # after publication: a deadline or a coming event, never when something was said
        out.append(mention)
    return out


def resolve_relative(mention: DateMention, reference: date | None) -> None:
    """'kemarin', 'hari ini', 'tadi pagi' against the reference date (the sentence's date or publication)."""
    if mention.form != "relative" or reference is None:
        return
    word = mention.text.lower()
    delta = -1 if word.startswith("kemarin") else (1 if word == "besok" else 0)
    if "lusa" in word:
        delta = -2
    mention.value = (reference + timedelta(days=delta)).isoformat()


def publication_from(text: str, url: str | None, dates: list[DateMention]) -> date | None:
    """A publication date when the document has none: the URL's /2024/11/22/ or 20250919, else a byline date."""
    if url:
        m = re.search(r"/(20\d\d)/(\d{1,2})/(\d{1,2})/", url) or re.search(r"/(20\d\d)(\d\d)(\d\d)(?:/|\d)", url)
        if m:
            try:
                return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                pass
    for d in dates:
        if d.kind == "byline" and d.value and d.precision == "day":
            return parse_iso(d.value)
    return None


def parse_date(text: str, published: date | None = None) -> DateMention | None:
    """The first date written in `text` that resolves to a value, or None: the one parser of Indonesian dates.

    Extraction finds every date of an article with `find_dates`; tenure ("menjabat sejak 12 Maret
    2024") and discovery (a feed's "Senin, 19 Februari 2025 10:00 WIB") read a date from a short
    string with this, so all three know the same forms and the same month names (MONTHS).
    """
    return next((m for m in find_dates(text, published) if m.value), None)


def day_of(value: str) -> date:
    """An ISO date of any precision ("2024", "2024-09", "2024-09-18T10:00") as its first day; ValueError if none."""
    value = value[:10]
    return date.fromisoformat(value + "-01-01"[len(value) - 4:] if len(value) < 10 else value)
