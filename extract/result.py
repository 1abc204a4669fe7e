"""Turn the components' state into the result dict of SCHEMA.md, with evidence and confidence.

{"id", "officials": [...], "regions": [...], "organizations": [...], "directives": [...]}:
officials carry name, title, region (+ region_code), org, honorifics, degrees, former, aliases;
regions carry the canonical name, code, level, parent and centroid; organizations the written
form with its abbreviation/full form; directives issuer, issuer_title, issuer_region (+ code),
type, targets, summary, cue, date, date_precision, place, legal_basis, instrument. Every item
has "evidence" {text, start, end, sentence, sent_start, sent_end} (character offsets into the
stored text) and "confidence" in [0, 1]. A region named only by the dateline that the cleaner
cut off the stored text (documents.dateline_place) has empty evidence text at offset 0.
"""

from __future__ import annotations

import re

from arahan.extract import vocab
from arahan.extract.gazetteer.table import RegionTable
from arahan.extract.letter import letter_directives, parse_letter, signer_official
from arahan.extract.organizations import merge_organizations
from arahan.extract.text import TextIndex

PAREN = re.compile(r"\s*\([^)]*\)")


def build_result(doc_id, state: dict) -> dict:
    index: TextIndex = state["index"]
    table = RegionTable.load()
    officials = state["officials"]
    result = {"id": doc_id, "officials": [], "regions": [], "organizations": [], "directives": []}
    in_name = bytearray(len(index.text) + 1)
    for m in state["official_mentions"]:
        if m.name_start is not None:
            in_name[m.name_start:m.name_end] = b"\x01" * (m.name_end - m.name_start)

    for off in officials:
        first = min(off.mentions, key=lambda m: (m.name is None, m.start))
        item = {
            # the title as gold and readers write it: "Kepala Dinas Lingkungan Hidup", the "(DLH)" kept aside
            "name": off.name, "title": PAREN.sub("", off.title).strip() if off.title else off.title,
            "title_full": off.title, "region": off.region.name if off.region else None,
            "region_code": off.region.code if off.region else None, "org": off.org,
            "honorifics": off.honorifics, "degrees": off.degrees, "former": off.former,
            "aliases": sorted(off.aliases), "mentions": len(off.mentions),
            "evidence": index.evidence(first.start, first.end),
            "confidence": 0.7 if off.former else vocab.confidence("official", "named" if off.name else "unnamed", 0.8),
        }
        result["officials"].append(item)

    grouped: dict[str, list] = {}
    for m in state["regions"].resolved():
        if m.in_text and in_name[m.start]:
            continue  # part of a person's name ("Bima Alief")
        grouped.setdefault(m.region.code, []).append(m)
    for code, ms in sorted(grouped.items(), key=lambda kv: kv[1][0].start):
        region = table.by_code[code]
        item = region.as_dict(table)
        item["mentions"] = len(ms)
        item["forms"] = sorted({m.form for m in ms})
        item["evidence"] = index.evidence(ms[0].start, ms[0].end)
        item["confidence"] = round(max(m.confidence for m in ms), 2)
        result["regions"].append(item)

    for rep, group in merge_organizations(state["orgs"].mentions):
        result["organizations"].append({
            "name": rep.name, "abbr": rep.abbr, "full": rep.full, "level": rep.level,
            "mentions": len(group), "evidence": index.evidence(rep.start, rep.end),
            "confidence": 0.9 if rep.full or rep.abbr else 0.75,
        })

    letter = parse_letter(index.text)
    if letter is not None:
        _letter_findings(result, letter, index)
        return result
    for d in state["directives"]:
        off = officials[d.issuer] if d.issuer is not None else None
        if off is not None:
            issuer = off.name or off.label
            title, region = PAREN.sub("", off.title).strip() if off.title else off.title, off.region
        else:
            issuer, title = d.institution, None
            region = _region_in(state, d.institution)
        ev = index.evidence(d.cue_start, d.cue_end)
        sentence = ev["sentence"]
        result["directives"].append({
            "issuer": issuer, "issuer_title": title, "issuer_region": region.name if region else None,
            "issuer_region_code": region.code if region else None, "type": d.type, "targets": d.targets,
            "summary": _summary(sentence), "cue": index.text[d.cue_start:d.cue_end], "date": d.date,
            "date_precision": d.date_precision if d.date else None, "place": d.place, "legal_basis": d.legal_basis,
            "instrument": d.instrument, "issuer_resolved_by": d.how, "repeats": len(d.merged),
            "evidence": ev, "confidence": round(d.confidence, 2),
        })
    return result


def _letter_findings(result: dict, letter: dict, index: TextIndex) -> None:
    """An official letter: its anatomy as data, and its directives from the numbered points, credited
    to the signature block (sentence-level guesses would credit the letterhead's institution)."""
    result["letter"] = {k: v for k, v in letter.items() if k not in ("title_start", "title_end")}
    result["letter"]["evidence"] = index.evidence(letter["title_start"], letter["title_end"])
    result["directives"] = letter_directives(letter, index.evidence)
    signer = signer_official(letter, index.evidence)
    if signer:
        # The signature block's office without its name ("KEPALA DINAS KESEHATAN KOTA KENDARI") is the signer.
        same = re.sub(r"\W", "", signer["title"].lower())
        result["officials"] = [o for o in result["officials"] if o["name"] == signer["name"] or o["name"] or
                               not re.sub(r"\W", "", (o["title"] or "").lower()).startswith(same)]
        if not any(o["name"] == signer["name"] for o in result["officials"]):
            result["officials"].insert(0, signer)


def _region_in(state: dict, name: str | None):
    if not name:
        return None
    for m in state["regions"].resolved():
        text = state["index"].text[m.start:m.end]
        if text and text in name and m.region.level != "kecamatan":
            return m.region
    return None


def _summary(sentence: str) -> str:
    s = re.sub(r"\s+", " ", sentence).strip().strip('"“”')
    return s if len(s) <= 200 else s[:197].rsplit(" ", 1)[0] + "..."
