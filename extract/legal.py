"""Legal bases: laws, regulations and circulars cited in a sentence, normalised.

"Undang-Undang Nomor 20 Tahun 2023" -> "UU 20/2023"; "PP Nomor 94 Tahun 2021" -> "PP 94/2021";
"Peraturan Presiden Nomor 104 Tahun 2007" -> "Perpres 104/2007"; "Surat Edaran Bupati Nomor:
800/123/2024" -> "SE Bupati No. 800/123/2024"; "SKB 3 Menteri" stays as written. A citation is a
legal basis of a directive when the sentence cites it as grounds ("berdasarkan", "sesuai",
"mengacu", "merujuk", "sebagaimana", "dasar", "menindaklanjuti", "tertuang") or when it is the
instrument the directive was issued in (kept apart as `instrument`).
"""

from __future__ import annotations

import re

# Capitalised words naming an issuer ("Menteri PANRB", "Badan Kepegawaian Negara"), but never the
# "Nomor"/"No." that introduces the number.
_NAME = r"(?:\s+(?!No(?:mor|mer)?\b)[A-Z][\w-]*)"

KINDS = [
    (r"Undang[\s-]*Undang|UU", "UU"),
    (r"Peraturan\s+Pemerintah(?:\s*\(PP\))?|PP", "PP"),
    (r"Peraturan\s+Presiden(?:\s*\(Perpres\))?|Perpres", "Perpres"),
    (r"Instruksi\s+Presiden(?:\s*\(Inpres\))?|Inpres", "Inpres"),
    (r"Keputusan\s+Presiden(?:\s*\(Keppres\))?|Keppres", "Keppres"),
    (r"Peraturan\s+Menteri\s+Dalam\s+Negeri(?:\s*\(Permendagri\))?|Permendagri", "Permendagri"),
    (r"Instruksi\s+Menteri\s+Dalam\s+Negeri(?:\s*\(Inmendagri\))?|Inmendagri", "Inmendagri"),
    (r"Peraturan\s+Menteri" + _NAME + "{1,7}|Permen[A-Za-z-]*", "Permen"),
    (r"Peraturan\s+Bupati(?:\s*\(Perbup\))?|Perbup", "Perbup"),
    (r"Peraturan\s+Wali\s*[Kk]ota(?:\s*\(Perwali\))?|Perwali|Perwal", "Perwali"),
    (r"Peraturan\s+Gubernur(?:\s*\(Pergub\))?|Pergub", "Pergub"),
    (r"Peraturan\s+Daerah(?:\s*\(Perda\))?|Perda", "Perda"),
    (r"Peraturan\s+(?:Badan|Kepala\s+Badan)" + _NAME + "{1,7}|Perban|PerBKN", "Peraturan Badan"),
    (r"Peraturan\s+(?:KPU|Bawaslu)|PKPU|Perbawaslu", "Peraturan KPU/Bawaslu"),
    (r"Surat\s+Keputusan\s+Bersama(?:\s*\(SKB\))?|SKB", "SKB"),
    (r"Surat\s+Edaran(?:\s*\(SE\))?(?:\s+(?:Bupati|Wali\s*[Kk]ota|Gubernur|Sekda|Menteri|Mendagri|MenPAN-?RB|Kepala|Dirjen)"
     + _NAME + r"{0,6})?|SE(?:\s+(?:Bupati|Wali\s*[Kk]ota|Gubernur|Sekda|Menteri|Mendagri|MenPAN-?RB))?", "SE"),
    (r"Keputusan\s+(?:Bupati|Wali\s*[Kk]ota|Gubernur|Menteri)" + _NAME + r"{0,4}|SK\s+(?:Bupati|Wali\s*[Kk]ota|Gubernur)", "SK"),
]
CITATION_RE = re.compile(
    r"(?<![\w])(?P<kind>" + "|".join(f"(?:{k})" for k, _ in KINDS) + r")"
    r"(?:\s*(?:\((?:SE|SK|SKB|PP|UU)\))?)"
    r"(?:\s+(?:dengan\s+)?(?i:Nomor|Nomer|No\.?|Nomor\s*:|No\s*:)\s*:?\s*(?P<num>[\w.\-/]+?)(?=[\s,;)]|\.\s|\.?$)"
    r"(?:\s+(?i:Tahun|Th\.?)\s+(?P<year>\d{4}))?"
    r"|\s+(?P<num2>\d{1,4})(?:\s*/\s*|\s+Tahun\s+)(?P<year2>\d{4})"
    r"|\s+(?P<count>\d)\s+Menteri)"
)
BASIS_CUE = re.compile(r"berdasarkan|sesuai|mengacu|merujuk|sebagaimana|dasar|menindaklanjuti|amanat|mengingat|tertuang|"
                       r"diatur|mengatur|landasan|acuan", re.IGNORECASE)


def _kind(written: str) -> str:
    for pattern, norm in KINDS:
        if re.fullmatch(pattern, written.strip()):
            return norm
    return written


def find_citations(text: str, start: int = 0, end: int | None = None) -> list[dict]:
    """Legal citations in text[start:end]: written form, normalised form, offsets."""
    out = []
    for m in CITATION_RE.finditer(text, start, end if end is not None else len(text)):
        kind_written = re.sub(r"\s+", " ", m.group("kind"))
        kind = _kind(m.group("kind"))
        num, year = m.group("num") or m.group("num2"), m.group("year") or m.group("year2")
        if m.group("count"):
            norm = f"SKB {m.group('count')} Menteri"
        elif kind == "SE":
            issuer = re.sub(r"^(?:Surat\s+Edaran|SE)(?:\s*\(SE\))?\s*", "", kind_written).strip()
            norm = "SE" + (f" {issuer}" if issuer else "") + f" No. {num}" + (f" Tahun {year}" if year and year not in num else "")
        elif kind in ("SK",):
            norm = f"{kind_written} No. {num}"
        elif year and num and num.isdigit():
            norm = f"{kind} {int(num)}/{year}"
        else:
            norm = f"{kind} {num}" + (f"/{year}" if year else "")
        out.append({"text": text[m.start():m.end()], "normalized": norm, "start": m.start(), "end": m.end(), "kind": kind})
    return out


def normalise(citation: str) -> str:
    """Normalised form of one written citation ('UU Nomor 20 Tahun 2023' -> 'UU 20/2023')."""
    found = find_citations(citation)
    return found[0]["normalized"] if found else citation.strip()
