"""The anatomy of an Indonesian official letter (naskah dinas): a Surat Edaran, Instruksi, Peraturan,
Keputusan, Maklumat, Nota Dinas, or a report (laporan kegiatan), read from its lines.

`parse_letter(text)` finds the title line ("SURAT EDARAN", "INSTRUKSI WALI KOTA KENDARI") and
returns, as data: the instrument type and number ("Nomor : 800/1234/BKPSDM/2024", "NOMOR 5 TAHUN
2024"), date and place of issue ("Ditetapkan di Kepanjen / pada tanggal 12 Agustus 2024", or
"Kendari, 27 Maret 2024"), subject (Perihal / Hal / the lines after TENTANG), addressees (Yth. /
Kepada: their list becomes the targets), legal basis (the Dasar / Mengingat / Menimbang lists,
normalised as `arahan.extract.legal` does), the issuer from the signature block (office and name; NIP,
"ttd" and degrees dropped) and each numbered or lettered point ("1.", "a.", "KESATU :") with
offsets. `letter_directives` turns that into directives credited to the signer: one `policy`
for the instrument itself (a report has none) and one per point, typed by the cue table of
`arahan.extract.vocab` (a point without a cue gets the instrument's default type; an order to watch or
report is oversight). News is not a letter: without a title line and a number or signature
block, `parse_letter` returns None and the sentence-level extraction stands.

The words are data: extract/vocab/letter_instruments.csv and letter_fields.csv.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from arahan.extract import vocab
from arahan.extract.dates import MONTHS
from arahan.extract.legal import find_citations
from arahan.extract.organizations import ORGS

ITEM = re.compile(r"^(?:(?P<n>\d{1,2}|[a-z])[.)]\s+|\((?P<p>\d{1,2}|[a-z])\)\s+|"
                  r"(?P<w>KESATU|KEDUA|KETIGA|KEEMPAT|KELIMA|KEENAM|KETUJUH|KEDELAPAN|KESEMBILAN|KESEPULUH)\s*:\s*)")
DATE = re.compile(r"(\d{1,2})\s+(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?\s+(\d{4})", re.I)
PLACE_DATE = re.compile(r"^([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}),\s+" + DATE.pattern + r"\s*$", re.I)
SUBJECT_END = re.compile(r"\b(?:agar|supaya|wajib|harus|diminta|diimbau|diharapkan|dilarang|perlu)\b", re.I)
TTD = re.compile(r"^(?:ttd\.?|t\.t\.d\.?|dto\.?|cap\b.*|\(?ttd\)?)$", re.I)
NIP = re.compile(r"^(?:NIP|NRP|NIK)\b", re.I)
DEGREE = re.compile(r"^(?:dr|drg|drs|dra|ir|h|hj|prof|kh)\.\s*", re.I)
REGION_WORD = re.compile(r"\b(KABUPATEN|KOTA|PROVINSI)\b", re.I)
APPEAL_WORDS = re.compile(r"imbau|harap|ajak", re.I)
LEVEL_PREFIX = {"kabupaten": "Kabupaten", "kota": "Kota", "provinsi": "Provinsi"}


@dataclass
class _Line:
    text: str
    start: int
    end: int


def _lines(text: str) -> list[_Line]:
    out, pos = [], 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = pos + raw.index(stripped)
            out.append(_Line(stripped, start, start + len(stripped)))
        pos += len(raw) + 1
    return out


def _fields() -> dict[str, re.Pattern]:
    return {r["field"]: re.compile(r["pattern"], re.I) for r in vocab.rows("letter_fields.csv")}


def _instrument(line: str) -> dict | None:
    """The instruments.csv row whose pattern starts this upper-case title line."""
    letters = [ch for ch in line if ch.isalpha()]
    if not letters or not all(ch.isupper() for ch in letters):
        return None
    for row in vocab.rows("letter_instruments.csv"):
        m = re.match(rf"(?:{row['pattern']})\b", line)
        if m:
            return {**row, "rest": line[m.end():].strip(" ,.")}
    return None


def parse_letter(text: str) -> dict | None:
    """The parts of an official letter, or None when the text is not one (see the module docstring)."""
    lines = _lines(text)
    fields = _fields()
    title = next(((i, inst) for i, ln in enumerate(lines[:40]) if (inst := _instrument(ln.text))), None)
    if title is None:
        return None
    t_index, inst = title
    sender = None
    letter = {"instrument_type": inst["type"], "abbr": inst["abbr"], "number": None, "date": None, "place": None,
              "subject": None, "addressees": [], "targets": [], "legal_basis": [], "issuer": None,
              "issuer_title": None, "issuer_region": None, "issuer_region_code": None, "points": [],
              "title_start": lines[t_index].start, "title_end": lines[t_index].end}
    sign_at = _signature_start(lines, fields, t_index)
    state = None
    for i, ln in enumerate(lines[:sign_at]):
        s = ln.text
        if letter["number"] is None and (m := fields["number"].match(s)) and re.search(r"\d", s[m.end():]):
            letter["number"] = _number(s[m.end():])
            continue
        if (m := fields["subject"].match(s)) and not letter["subject"]:
            letter["subject"] = s[m.end():].strip() or None
            continue
        if i > t_index and s.upper() == "TENTANG" and not letter["subject"]:
            letter["subject"] = _title_lines(lines, i + 1, sign_at)
            continue
        if PLACE_DATE.match(s) and not letter["date"]:
            letter["place"], letter["date"] = _place_date(s)
            continue
        if (m := fields["from"].match(s)):
            sender = s[m.end():].strip()  # a Nota Dinas names its sender: the issuer unless a signature says
            continue
        if (m := fields["dated"].match(s)) and (d := DATE.search(s[m.end():])):
            letter["date"] = letter["date"] or _iso(*d.groups())
            continue
        section = next((name for name in ("addressees", "basis", "copies", "closing", "body")
                        if fields[name].match(s)), None)
        if section:
            state = section
            rest = s[fields[section].match(s).end():].strip()
            if section == "addressees" and rest and not rest.endswith(":"):
                letter["addressees"].append(_clean_item(re.sub(r"^Yth\.?\s*", "", rest)))
            if section == "basis" and rest:
                letter["legal_basis"] += [c["normalized"] for c in find_citations(rest)]
            continue
        item = ITEM.match(s)
        if item:
            body = s[item.end():].strip()
            if state == "addressees":
                letter["addressees"].append(_clean_item(body))
            elif state == "basis":
                letter["legal_basis"] += [c["normalized"] for c in find_citations(body)] or [_clean_item(body)]
            elif state in ("body", None) and i > t_index and not fields["no_point"].match(body):
                start = ln.start + item.end()
                letter["points"].append({"text": body, "start": start, "end": ln.end})
            continue
        if state == "addressees" and (re.match(r"^di\b", s, re.I) or s.lower() == "tempat"):
            continue
        if " | " in s:  # a table row of a report: data, not a point
            continue
        if not _instrument(s) and i > t_index and not s.isupper():
            state = "body"  # a paragraph: points after it are the letter's own
    _signature(lines[sign_at:], fields, letter)
    if not letter["date"]:
        for ln in lines:
            if PLACE_DATE.match(ln.text):
                letter["place"], letter["date"] = _place_date(ln.text)
                break
    if not letter["subject"] and t_index + 1 < len(lines) and not fields["number"].match(lines[t_index + 1].text):
        letter["subject"] = _title_lines(lines, t_index + 1, sign_at)  # "LAPORAN KEGIATAN / PEMANTAUAN ..."
    if not letter["issuer_title"] and sender:
        _office(sender, letter)
    if not (letter["number"] or letter["issuer_title"]):
        return None  # an upper-case line that starts like an instrument, in a text that is no letter
    if not letter["issuer_title"] and inst["rest"]:
        _office(inst["rest"], letter)
    letter["targets"] = _targets_of(letter["addressees"])
    letter["key"] = instrument_key(inst["abbr"], letter["number"])
    title = re.sub(r"^(?:Plt|Plh|Pjs|Pj) ", "", letter["issuer_title"] or "")  # the office issues, not the person
    office = " ".join(filter(None, (title, _region_core(letter["issuer_region"]))))
    letter["citation"] = " ".join(filter(None, (inst["abbr"], office, letter["number"] and f"No. {letter['number']}")))
    return letter


def instrument_key(abbr: str | None, number: str | None) -> str | None:
    """The identity of an instrument across documents: its kind and the digits of its number, so
    "SE Bupati Nomor 800/1234/2024" in a news story and the SE "Nomor: 800/1234/BKPSDM/2024" agree."""
    if not abbr or not number:
        return None
    digits = re.findall(r"\d+", number)
    return f"{abbr.lower()}:{'/'.join(str(int(d)) for d in digits)}" if digits else None


def _number(value: str) -> str:
    value = value.strip(" :")
    return re.sub(r"\bTAHUN\b", "Tahun", value)


def _title_lines(lines: list[_Line], start: int, stop: int) -> str | None:
    out = []
    for ln in lines[start:stop]:
        if not ln.text.isupper() or ln.text.endswith(","):
            break
        out.append(ln.text)
    return " ".join(out).strip() or None


def _place_date(s: str) -> tuple[str | None, str | None]:
    m = PLACE_DATE.match(s)
    return m.group(1).strip(), _iso(m.group(2), m.group(3), m.group(4))


def _iso(day: str, month: str, year: str) -> str | None:
    number = MONTHS.get(month.lower())
    return f"{int(year):04d}-{number:02d}-{int(day):02d}" if number else None


def _clean_item(text: str) -> str:
    return text.strip().rstrip(";,.").strip()


def _signature_start(lines: list[_Line], fields: dict, t_index: int) -> int:
    """Where the signature block starts: the last "Ditetapkan di", else the last "Place, date" line
    after the title, else the end."""
    for i in range(len(lines) - 1, t_index, -1):
        if fields["issued"].match(lines[i].text):
            return i
    for i in range(len(lines) - 1, t_index, -1):
        if PLACE_DATE.match(lines[i].text) and i > len(lines) // 2:
            return i
    # No date in the block: the office that signs ("Plt. SEKRETARIS DAERAH KOTA SAMARINDA,"),
    # with the upper-case lines of the office above it.
    for i in range(len(lines) - 1, t_index, -1):
        if _is_office_line(lines[i].text) and lines[i].text.endswith(","):
            while i - 1 > t_index and _is_office_line(lines[i - 1].text) and not lines[i - 1].text.endswith(","):
                i -= 1
            return i
    return len(lines)


def _is_office_line(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters) and not ITEM.match(text)


def _signature(block: list[_Line], fields: dict, letter: dict) -> None:
    """Place and date of issue, the office (lines up to the one ending with a comma) and the name."""
    office: list[str] = []
    behalf: list[str] = []
    name = None
    for ln in block:
        s = ln.text
        if fields["copies"].match(s):
            break
        if (m := fields["issued"].match(s)):
            letter["place"] = s[m.end():].strip() or letter["place"]
            continue
        if (d := DATE.search(s)) and re.match(r"^(?:pada\s+tanggal|tanggal|tgl\.?)\b", s, re.I):
            letter["date"] = _iso(*d.groups())
            continue
        if PLACE_DATE.match(s):
            letter["place"], letter["date"] = _place_date(s)
            continue
        if office and office[-1].endswith(","):
            if TTD.match(s) or NIP.match(s):
                continue
            if name is None:
                name = s
                continue
            break
        if ON_BEHALF.match(s):
            behalf.append(s)
        elif s.upper() == s or s.endswith(","):
            office.append(s)
    if office:
        _office(" ".join(office).rstrip(","), letter)
    if behalf and letter.get("issuer_title") and not letter.get("issuer_region"):
        # "a.n. BUPATI SIKKA / SEKRETARIS DAERAH,": the signer's office belongs to the region of the head it signs for
        head: dict = {}
        _office(ON_BEHALF.sub("", behalf[-1]).rstrip(","), head)
        letter["issuer_region"], letter["issuer_region_code"] = head.get("issuer_region"), head.get("issuer_region_code")
    if name:
        letter["issuer"] = _person(name)


# "a.n. BUPATI SIKKA", "u.b. KEPALA DINAS ...": the line naming the one a signer signs for.
ON_BEHALF = re.compile(r"^\s*(?:a\.\s?n\.?|an\.|u\.\s?b\.?|ub\.)\s+", re.IGNORECASE)


def _office(text: str, letter: dict) -> None:
    """'BUPATI MALANG' -> Bupati of Kabupaten Malang; 'KEPALA DINAS KESEHATAN KOTA KENDARI' ->
    Kepala Dinas Kesehatan of Kota Kendari (the region word says the level)."""
    from arahan.extract.gazetteer.table import RegionTable

    text = re.sub(r"\s+", " ", text).strip(" ,")
    marker = None
    for pattern, name in vocab.office_markers():
        m = re.match(rf"(?:{pattern})(?=\s)", text, re.I)
        if m:
            marker, text = name, text[m.end():].strip()  # "Plt. SEKRETARIS DAERAH ..." acts for the office
            break
    title, rest, level = None, text, None
    for pattern, norm, lvl in vocab.office_titles("head") + vocab.office_titles("staff"):
        m = re.match(rf"(?:{pattern})\b", text, re.I)
        if m:
            title, rest, level = norm or _title_case(m.group(0), acronyms=True), text[m.end():].strip(), lvl
            break
    if title is None:
        m = REGION_WORD.search(text)
        title = _title_case(text[:m.start()] if m else text, acronyms=True)
        rest = text[m.start():] if m else ""
    m = REGION_WORD.match(rest)
    if m:
        level, rest = m.group(1).lower(), rest[m.end():].strip()
    if title and marker:
        title = f"{marker} {title}"
    letter["issuer_title"] = title or None
    if rest and level in LEVEL_PREFIX:
        name = f"{LEVEL_PREFIX[level]} {_title_case(rest)}"
        region = RegionTable.load().by_name.get(name)
        letter["issuer_region"] = region.name if region else name
        letter["issuer_region_code"] = region.code if region else None


def _person(line: str) -> str | None:
    name = line.strip()
    while DEGREE.match(name):  # "Dr. H. AHMAD SUHAIMI, M.Si"
        name = DEGREE.sub("", name, count=1)
    name = name.split(",")[0].strip()
    return _title_case(name) or None


def _title_case(text: str, acronyms: bool = False) -> str:
    """'KEPALA DINAS KESEHATAN' -> 'Kepala Dinas Kesehatan'; with `acronyms`, bodies' abbreviations stay as
    written ('KEPALA BKPSDM' -> 'Kepala BKPSDM')."""
    small = {"dan", "di", "se", "dari"}
    words = text.strip().split()
    return " ".join(w if acronyms and w.isupper() and w in ORGS else
                    w.lower() if w.lower() in small and i else w[:1].upper() + w[1:].lower() for i, w in enumerate(words))


def _region_core(region: str | None) -> str | None:
    return re.sub(r"^(?:Kabupaten|Kota|Provinsi)\s+", "", region) if region else None


# ------------------------------------------------------------------ targets and directives
def _target_patterns() -> list[tuple[re.Pattern, str]]:
    return [(re.compile(rf"(?<![\w-])(?:{p})(?![\w-])", re.I), t) for p, t in vocab.targets()]


def find_targets(text: str) -> list[str]:
    """Target groups named in text, in order of appearance, each once (longer forms win)."""
    found: list[tuple[int, int, str]] = []
    for pattern, target in _target_patterns():
        for m in pattern.finditer(text):
            if not any(s <= m.start() < e for s, e, _ in found):
                found.append((m.start(), m.end(), target))
    return list(dict.fromkeys(t for _, _, t in sorted(found)))


def _targets_of(addressees: list[str]) -> list[str]:
    out: list[str] = []
    for item in addressees:
        named = find_targets(item)
        # "Kepala Dinas Kesehatan" is in no table: the addressee as written is the target.
        out += named or [re.sub(r"\s+se-\S.*$", "", item)]
    return list(dict.fromkeys(out))


def _cue_patterns() -> list[tuple[re.Pattern, str]]:
    return [(re.compile(rf"(?<![\w-])(?:{p})(?![\w-])", re.I), t) for p, t in vocab.directive_cues()]


def _oversight() -> re.Pattern:
    acts = [p for p, t in vocab.directive_cues() if t == "oversight"] + vocab.oversight_acts()
    acts += [r"pemantauan|memantau|pengawasan|mengawasi|melaporkan|pendataan"]
    return re.compile("|".join(f"(?:{a})" for a in acts), re.I)


def point_type(text: str, default: str | None) -> tuple[str | None, int, int]:
    """(type, cue start, cue end) of one numbered point; (default, 0, 0) when no cue names one."""
    best = None
    for order, (pattern, dtype) in enumerate(_cue_patterns()):
        m = pattern.search(text)
        if m and (best is None or (m.start(), order) < (best[1], best[3])):
            best = (dtype, m.start(), m.end(), order)
    dtype, c0, c1 = (best[0], best[1], best[2]) if best else (default, 0, 0)
    if dtype == "appeal" and not APPEAL_WORDS.search(text[c0:c1] if best else ""):
        dtype = "instruction"  # a letter's "agar"/"diminta" to its own staff is an order
    if dtype in ("appeal", "instruction") and _oversight().search(text):
        dtype = "oversight"  # an order to watch or report (gold convention)
    return dtype, c0, c1


def letter_directives(letter: dict, evidence) -> list[dict]:
    """Directives of a parsed letter, credited to its signer; `evidence(start, end)` gives the evidence dict."""
    default = next((r["point_type"] or None for r in vocab.rows("letter_instruments.csv")
                    if r["type"] == letter["instrument_type"]), None)
    base = {"issuer": letter["issuer"] or " ".join(filter(None, (letter["issuer_title"],
                                                                 _region_core(letter["issuer_region"])))),
            "issuer_title": letter["issuer_title"], "issuer_region": letter["issuer_region"],
            "issuer_region_code": letter["issuer_region_code"], "date": letter["date"],
            "date_precision": "day" if letter["date"] else None, "place": letter["place"],
            "instrument": letter["citation"], "instrument_key": letter["key"], "issuer_resolved_by": "signature",
            "repeats": 0}
    out = []
    if default is not None:  # a report is no instrument: no policy directive for it
        ev = evidence(letter["title_start"], letter["title_end"])
        out.append({**base, "type": "policy", "targets": letter["targets"], "cue": letter["instrument_type"],
                    "summary": _summary(letter["instrument_type"] + (f" tentang {letter['subject']}"
                                                                     if letter["subject"] else "")),
                    "legal_basis": letter["legal_basis"], "evidence": ev, "confidence": 0.9,
                    "points": len(letter["points"])})
    for number, point in enumerate(letter["points"], 1):
        text = point["text"]
        dtype, c0, c1 = point_type(text, default)
        if dtype is None:
            continue
        if not c1 and (m := SUBJECT_END.search(text)):
            c0, c1 = m.start(), m.end()  # no cue of the table: "agar", "wajib" ... carries the order
        targets = find_targets(text[:c0]) or letter["targets"]
        if not c1:
            c1 = len(text.split()[0])  # the point opens with its verb ("Melaksanakan ...")
        start, end = point["start"] + c0, point["start"] + c1
        out.append({**base, "type": dtype, "targets": targets, "cue": text[c0:c1],
                    "summary": _summary(text), "legal_basis": [], "evidence": evidence(start, end),
                    "confidence": 0.85, "point": number})
    return out


def _summary(text: str) -> str:
    s = re.sub(r"\s+", " ", text).strip()
    return s if len(s) <= 200 else s[:197].rsplit(" ", 1)[0] + "..."


def signer_official(letter: dict, evidence) -> dict | None:
    """The signer as an official of the result (the letter names him only in its signature)."""
    if not letter["issuer"] or not letter["issuer_title"]:
        return None
    return {"name": letter["issuer"], "title": letter["issuer_title"], "title_full": letter["issuer_title"],
            "region": letter["issuer_region"], "region_code": letter["issuer_region_code"], "org": None,
            "honorifics": [], "degrees": [], "former": False, "aliases": [], "mentions": 1,
            "evidence": evidence(letter["title_start"], letter["title_end"]), "confidence": 0.9}
