"""Whom a directive addresses: its targets.

The object after an active cue ("meminta para camat ..."), the subject before a passive or modal
one ("ASN dilarang ...", "ASN harus ..."), anywhere in the sentence for policies and sanctions,
taken from the groups of `vocab/targets.csv`: lists of groups ("BPBD, Dinsos, dan para camat",
bodies only in the noun phrase next to the cue), a group head with the noun that narrows it
("pengemudi ojek"), a qualifier kept after it (`vocab/target_qualifiers.csv`: "pengemudi becak
bermotor", "peserta didik beragama Islam"), candidates ("calon kepala desa"), a counted set ("empat
bupati"), school levels after "jenjang" narrowing their group ("sekolah jenjang SD dan SMP"), whoever
breaks the rule for a sanction ("kepala sekolah yang tetap ...", "kalau camatnya tidak ada ..."),
every "bagi Y"; a plural by reduplication ("sekolah-sekolah"); a noun that needs its own noun kept whole
(`vocab/target_compounds.csv`: "pengelola objek wisata"); a place gone to is no addressee
(`vocab/target_places.csv`: "ke sekolah"); a group fronted with "Khusus bagi X,"; where no group is
named, regions listed as the addressees ("untuk lima daerah, yakni Kota Bekasi, ..."). After all
directives of an article are found:
one with no target of its own addresses whom its issuer addressed just before
(`inherit_targets`), else, after merging, the article's most addressed group (`fill_from_article`);
"berlaku juga bagi Y" extends the latest rule to Y (`extend_to_others`).
`group_of` names the group a target belongs to, for merging repeats.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from arahan.extract import lexicon as lx
from arahan.extract import vocab
from arahan.extract.officials import Official
from arahan.extract.speech import Reference
from arahan.extract.text import TextIndex, whole_words

if TYPE_CHECKING:
    from arahan.extract.directives import Directive

__all__ = ["find_targets", "inherit_targets", "fill_from_article", "extend_to_others", "group_of", "passive_or_modal", "addressed",
           "clause_start", "clause_end", "office_as_target", "TARGET_RE", "MODAL_CUES", "RECEIVED", "LIST_GAP"]


# A plural written by reduplication names the same group: "sekolah-sekolah", "perusahaan-perusahaan".
TARGET_RE = whole_words([f"(?:{p})(?:-(?:{p}))?" for p, _ in lx.TARGETS], "t")
# "para", "seluruh", "semua", "setiap" before a group (vocab/function_words.csv): the group is what follows.
QUANTIFIER = vocab.function_words("quantifier")


PASSIVE_ORDER = re.compile(r"di(?:tugaskan|minta|instruksikan|perintahkan|wajibkan|haruskan|imbau|himbau|ingatkan)\b", re.I)


SAY_BETWEEN = re.compile(r"\b(?:" + "|".join(lx.SAY_VERBS) + r"|bahwa|kata|ujar|menurut)\b|[,:\"“”]", re.I)


# A verb of saying or "bahwa" opens the clause it reports: a group before it is not the reported subject.
SAY_CLAUSE = re.compile(r"\b(?:" + "|".join(v for v in lx.SAY_VERBS if v.startswith("me")) + r"|bahwa)\b", re.I)


def addressed(text: str, r_end: int, c0: int, c1: int) -> bool:
    """An office holder right before a passive order ("Kepala Dinas X diminta ...", "... melalui
    Pejabat Y ditugaskan ...") is its addressee; a reporting verb or a comma in between makes the
    holder the speaker instead ("Bupati X mengatakan warga diminta ...")."""
    gap = text[r_end:c0]
    return bool(PASSIVE_ORDER.match(text, c0, c1)) and len(gap.split()) <= 6 and not SAY_BETWEEN.search(gap)


def passive_or_modal(cue: str) -> bool:
    """A passive, modal or received cue ("diminta", "harus", "mendapat instruksi dari"): the noun before it
    is the addressee, not the issuer."""
    return cue.lower().startswith("di") or bool(MODAL_CUES.match(cue) or RECEIVED.match(cue))


# "Para camat mendapat instruksi dari Bupati ...": the order is received, so its subject is addressed.
RECEIVED = re.compile(r"(?:mendapat|mendapatkan|menerima)\s", re.IGNORECASE)


MODAL_CUES = re.compile(r"(?:harus|wajib|mesti|hendaknya|seyogyanya|jangan|" + vocab.function_words("negation") + r"|hanya)\b", re.I)


NOT_TARGET_BEFORE = re.compile(
    r"\b(?:pemilihan|kandidat|pasangan|wakil|pilkada|kantor|pendopo|pendapa|rumah\s+dinas|jabatan|kursi|"
    r"contoh(?:\s+yang)?\s+baik\s+(?:bagi|kepada|untuk)|pelayanan\s+(?:kepada|bagi|untuk)|pelayan|hak|kepercayaan|"
    r"keresahan\s+bagi|kepentingan|partisipasi|dukungan|menjadi|sebagai|sesama|antar|melihat|bersama|peraturan|"
    r"keputusan|instruksi|edaran|SE|surat|perintah|kantor|milik|aset|lahan)\s+(?:para\s+|seluruh\s+)?$",
    re.IGNORECASE)


# "Kepala Dinas Peternakan Provinsi melalui ...": an office written with a bare level word, no region named after it.
BARE_LEVEL = re.compile(r"\s(Provinsi|Kabupaten|Kota|Kabupaten/Kota)$")


def office_as_target(addressee: Official, written: str = "") -> str | None:
    """An office holder addressed by a directive, as a target: the office without its region
    ("Kepala Dinas Peternakan"), an acting marker kept ("Pj Bupati"); a bare level word written
    right after the office is kept ("Kepala Dinas Peternakan Provinsi")."""
    acting = addressee.title and addressee.title.split()[0] in ("Pj", "Pjs", "Plt", "Plh")
    office = addressee.title if acting else addressee.head
    level = BARE_LEVEL.search(written) if office else None
    return f"{office} {level.group(1)}" if level else office


def find_targets(text: str, s: int, e: int, c0: int, c1: int, cue: str, ctype: str,
             refs: list[Reference], ref_starts: list[int], orgs: list | None = None,
             officials: list[Official] | None = None, regions: list | None = None) -> list[str]:
    """Whom the directive addresses: the object after an active cue, the subject before a passive
    or modal one ("ASN dilarang", "ASN harus"), anywhere in the sentence for policies and sanctions."""
    low = cue.lower()
    if ctype in ("policy", "sanction_warning"):
        windows = [(s, e)]
    elif passive_or_modal(low):
        lo = max(s, c0 - 140, clause_start(text, s, c0))
        said = None
        for said in SAY_CLAUSE.finditer(text, lo, c0):
            pass
        if said is not None:  # "Saat meninjau posko warga, Bupati mengatakan bantuan harus ...": the subject follows the saying
            lo = said.end()
        only_before = MODAL_CUES.match(low) or RECEIVED.match(low)
        windows = [(lo, c0)] if only_before else [(lo, c0), (c1, clause_end(text, c1, e))]
        if not only_before and KEPADA_AFTER.match(text, c1, e):
            windows.reverse()  # "diimbau kepada seluruh masyarakat agar ...": the addressee is named after the cue
        agent = AGENT_AFTER.match(text, c1, e) if MODAL_CUES.match(low) else None
        if agent is not None:  # "bantuan tidak boleh dipotong oleh perangkat desa": the agent must act
            windows.insert(0, (agent.end(), clause_end(text, agent.end(), e)))
    else:
        windows = [(c1, clause_end(text, c1, e)), (max(s, c0 - 100, clause_start(text, s, c0)), c0)]
        topic = _topic_before_pronoun(text, s, c0)
        if topic is not None:  # "Warga yang tinggal di pesisir kami minta ...": the object fronted before "kami minta"
            windows = [topic, windows[0]]
        fronted = _fronted_for(text, s, c0)
        if fronted is not None:  # "Khusus bagi pelajar, Bupati melarang membawa ...": unless an object follows the cue
            windows = [windows[0], fronted]
    if ctype not in ("policy", "sanction_warning") and not passive_or_modal(low):
        # "meminta Kepala BKD Kaltim, Sri Wahyuni, untuk mengawasi": an office holder as the addressee
        m = re.match(r"\s+(?:kepada\s+)?", text[c1:e])
        at = c1 + (m.end() if m else 0)
        i = bisect.bisect_left(ref_starts, at)
        if i < len(refs) and refs[i].start == at and refs[i].kind == "title" and officials is not None:
            return [office_as_target(officials[refs[i].official], refs[i].text)]
    if low.startswith("di") and officials is not None:
        # "Kepala Dinas Peternakan Provinsi ... ditugaskan": the office holder before a passive order
        i = bisect.bisect_left(ref_starts, c0) - 1
        if i >= 0 and refs[i].start >= s and refs[i].kind == "title" and refs[i].official is not None \
                and addressed(text, refs[i].end, c0, c1) and not refs[i].named:
            return [office_as_target(officials[refs[i].official], refs[i].text) or refs[i].text]
    owned = CONDITION_OWNED.search(text, s, c0) if ctype == "sanction_warning" else None
    if owned is not None:  # "Kalau camatnya tidak ada di tempat, saya copot": the one whose failing is named
        return [lx.TARGETS[int(owned.lastgroup[1:])][1]]
    occupied = [(r.start, r.end) for r in refs[bisect.bisect_left(ref_starts, s):bisect.bisect_left(ref_starts, e)]
                if r.kind in ("title", "name", "institution") or r.kind == "agency" and r.end <= c0 and not passive_or_modal(cue)]  # the issuing body itself
    for a, b in windows:
        hits, narrowed = [], False
        for m in TARGET_RE.finditer(text, a, b):
            start, norm = m.start(), lx.TARGETS[int(m.lastgroup[1:])][1]
            cand = CANDIDATE_BEFORE.search(text, max(a, start - 10), start)
            if cand:  # "calon kepala desa diingatkan": candidates for an office are addressed as such
                start, norm = cand.start(), "calon " + norm
            if any(x <= start < y for x, y in occupied) or NOT_TARGET_BEFORE.search(text[max(s, start - 40):start]) \
                    or CITED_TITLE.search(text, max(s, start - 80), start) \
                    or norm in PLACES and GONE_TO.search(text, max(s, start - 8), start) \
                    or ctype == "sanction_warning" and (PUNISHER_BEFORE.search(text, max(s, start - 30), start)
                                                        or IN_RELATIVE.search(text, max(s, start - 60), start)) \
                    or hits and start < hits[-1][1]:  # inside the one before: "pemilik rumah makan"
                continue
            end, name = _written(text, start, m.end(), b, norm)
            if b <= c0 and text[end:end + 1] == "," and PLACE_BEFORE.search(text, max(a, start - 12), start):
                continue  # "Selama belajar di sekolah, siswa dilarang ...": a place fronted before the subject
            count = COUNT_BEFORE.search(text, max(a, start - 12), start)
            if count:  # "menginstruksikan empat bupati": a counted set of the group, as written
                start, name = count.start(), f"{count.group(1).lower()} {name}"
            if hits and norm in LEVELS and (LEVEL_GAP.fullmatch(text, hits[-1][1], start) or narrowed
                                            and LIST_GAP.fullmatch(text, hits[-1][1], start)):
                # "sekolah jenjang SD dan SMP": the levels after "jenjang/tingkat" narrow the group before them
                hits[-1], narrowed = (hits[-1][0], end, hits[-1][2]), True
                continue
            narrowed = False
            if hits and JUXTAPOSED.fullmatch(text, hits[-1][1], start):
                # "orang tua siswa", "guru honorer": a group right after another, with no comma nor "dan",
                # narrows it (Indonesian puts the head first); the head is the addressee
                hits[-1] = (hits[-1][0], end, hits[-1][2])
                narrowed = norm in LEVELS  # "siswa SD hingga SMA": the levels listed on narrow it too
                continue
            hits.append((start, end, name))
        if ctype not in ("policy", "sanction_warning"):
            hits = _with_bodies(text, hits, orgs or [], occupied, a, b, c0, c1)
        # one noun phrase: the list right after an active cue, or right before a passive or modal one
        groups: list[list[tuple]] = []
        for h in hits:
            if groups and LIST_GAP.fullmatch(text[groups[-1][-1][1]:h[0]]):
                groups[-1].append(h)
            else:
                groups.append([h])
        if not groups:
            continue
        # a watch over others addresses those watched ("masyarakat yang menemukan ASN tidak netral bisa melapor")
        group = groups[0] if a >= c1 else groups[-1] if ctype == "oversight" else _subject(text, groups)
        if ctype == "sanction_warning":  # "ASN yang terbukti melanggar ...": whoever breaks the rule, else the subject
            group = next((g for g in groups if VIOLATOR_AFTER.match(text, g[-1][1])), groups[0])
        if a >= c1 and ctype not in ("policy", "sanction_warning") and len(text[c1:group[0][0]].split()) > NEAR_WORDS:
            break  # "meminta ada mendokumentasikan rumah warga": a group deep in the object is not addressed
        if ctype == "policy":  # "mengeluarkan larangan bagi sekolah untuk menahan ijazah siswa": whom the rule binds
            group = next((g for g in groups if _after_bagi(text, a, g[0][0])), None) or next(
                (g for g in groups if KEPADA_BEFORE.search(text, max(a, g[0][0] - 20), g[0][0])), group)
        if _after_bagi(text, a, group[0][0]):  # "dilarang berjualan bagi PKL, ... tidur bagi pengunjung": each "bagi" names one
            group = group + [h for g in groups if g is not group and _after_bagi(text, a, g[0][0]) for h in g]
            for m in TARGET_RE.finditer(text, b, e) if b < e and a >= c1 else ():  # a long list of rules runs on
                if _after_bagi(text, b, m.start()):
                    group.append((m.start(), *_written(text, m.start(), m.end(), e, lx.TARGETS[int(m.lastgroup[1:])][1])))
        out: list[str] = []
        for _, _, norm in group:
            if norm not in out:
                out.append(norm)
        if ("pimpinan OPD" in out or "kepala OPD" in out) and "OPD" in out:
            out.remove("OPD")
        return out
    if ctype not in ("policy", "sanction_warning") and not passive_or_modal(low):
        lead = NEXT_TO_CUE_AFTER.match(text, c1, e)
        owned = OWN_GROUP.match(text, lead.end(), e) if lead is not None else None
        if owned is not None:  # "mengingatkan warganya untuk ...": the speaker's own group, right after the cue
            return [lx.TARGETS[int(owned.lastgroup[1:])][1]]
    if orgs and ctype not in ("policy", "sanction_warning") and not passive_or_modal(low):
        # "meminta Inspektorat melakukan pengawasan", "meminta bantuan BPBD": a body as the addressee
        m = re.match(r"\s+(?:kepada\s+|bantuan\s+|pihak\s+)?", text[c1:e])
        at = c1 + (m.end() if m else 0)
        org = next((o for o in orgs if o.start == at), None)
        if org is not None:
            return [org.name]
    taken = occupied + [(o.start, o.end) for o in orgs or []]  # "Pemkab Garut tidak akan ...": a body, not a region
    return _regions_addressed(text, s, e, c0, c1, low, ctype, [m for m in regions or [] if s <= m.start < e and not any(
        x <= (m.prefix_start if m.prefix_start is not None else m.start) < y or x <= m.start < y for x, y in taken)])


# Regions as the addressees: "status siaga banjir untuk tiga daerah, yakni Kota Depok, Kabupaten Bogor ...",
# "Kabupaten X dan Kota Y diminta ...", "yang harus ... yakni X, Y". (Right after an active cue, "menginstruksikan
# Kota Ambon ...", was measured and left out: check targets 0.649 -> 0.643.)
REGION_LEAD = re.compile(r"\s*(?:(?:kepada|untuk|bagi|terhadap)\s+)?(?:(?:" + QUANTIFIER + r")\s+)?"
                         r"(?:(?:\w+\s+)?(?:wilayah|daerah|kabupaten/kota|kabupaten|kota|provinsi|kecamatan)(?:\s+(?:di|se-?)\s*\w+)?"
                         r"\s*[,:]?\s*(?:(?:yakni|yaitu|antara\s+lain|meliputi|di\s+antaranya)\s*:?\s*)?)?", re.IGNORECASE)
NAMED_LIST = re.compile(r"[^.;]{0,80}?\b(?:yakni|yaitu|meliputi)\s*:?\s*", re.IGNORECASE)
FOR_REGIONS = re.compile(r"\b(?:untuk|bagi|kepada|terhadap)\s", re.IGNORECASE)


def _written_region(text: str, m) -> str:
    return text[m.prefix_start if m.prefix_start is not None else m.start:m.end]


def _region_list(text: str, at: int, regions: list) -> list[str]:
    """The regions listed from `at` on, as written ("Kota Bekasi, Kabupaten Bekasi, KBB (Kabupaten Bandung Barat),
    Karawang, dan Subang"); a bracketed expansion of the one before is not another region."""
    # the lead may have taken a region's own level word ("untuk Kabupaten Siak"): a region begins at or over `at`
    first = next((i for i, m in enumerate(regions) if (m.prefix_start if m.prefix_start is not None else m.start) <= at <= m.start),
                 None)
    if first is None:
        return []
    out, end = [_written_region(text, regions[first])], regions[first].end
    for m in regions[first + 1:]:
        begin = m.prefix_start if m.prefix_start is not None else m.start
        if begin < end:
            continue
        if text[end:begin].strip() == "(":  # "KBB (Kabupaten Bandung Barat)"
            close = text.find(")", m.end)
            end = close + 1 if close >= 0 and close - m.end < 3 else m.end
            continue
        if not LIST_GAP.fullmatch(text[end:begin]):
            break
        out.append(_written_region(text, m))
        end = m.end
    return out


def _regions_addressed(text: str, s: int, e: int, c0: int, c1: int, cue: str, ctype: str, regions: list) -> list[str]:
    """Regions named where the addressees stand: after "untuk/bagi" in a policy's or an instruction's sentence,
    right before a passive or modal cue, or listed after "yakni" following it."""
    if not regions:
        return []
    starts = []
    if passive_or_modal(cue):
        last = [m for m in regions if m.end <= c0 and NEXT_TO_CUE_BEFORE.fullmatch(text[m.end:c0])]
        if last:  # the list that ends right before the cue: walk back to its first region
            k = regions.index(last[-1])
            while k > 0 and LIST_GAP.fullmatch(text[regions[k - 1].end:regions[k].prefix_start or regions[k].start]):
                k -= 1
            return _region_list(text, regions[k].prefix_start if regions[k].prefix_start is not None else regions[k].start,
                                regions)
        named = NAMED_LIST.match(text, c1, e)
        if named is not None:
            starts.append(named.end())
    elif ctype in ("policy", "instruction"):
        starts += [REGION_LEAD.match(text, f.start(), e).end() for f in FOR_REGIONS.finditer(text, c1, e)]
    for at in starts:
        got = _region_list(text, at, regions)
        if got:
            return got
    return []


# "Warga yang tinggal di pesisir kami minta selalu waspada": the addressee opens the clause, then the pronoun and the
# bare verb (an object-fronted passive); no comma in between ("Saat rapat dengan camat, saya minta ...").
PRONOUN_AGENT = re.compile(r"\b(?:kami|saya|kita|aku)\s+(?:juga\s+|pun\s+|akan\s+|sudah\s+|telah\s+)?$", re.IGNORECASE)
TOPIC_LEAD = re.compile(r"\s*(?:(?:dan|jadi|maka|untuk|bagi|kepada|seluruh|semua|para|setiap)\s+)*", re.IGNORECASE)


def _topic_before_pronoun(text: str, s: int, c0: int) -> tuple[int, int] | None:
    """The window of a group fronted before "kami/saya + bare verb", if the clause opens with one."""
    pron = PRONOUN_AGENT.search(text, max(s, c0 - 30), c0)
    if pron is None:
        return None
    lo = clause_start(text, s, c0)
    lead = TOPIC_LEAD.match(text, lo, pron.start())
    m = TARGET_RE.match(text, lead.end(), pron.start())
    if m is None or "," in text[m.end():pron.start()]:
        return None
    return lo, pron.start()


# "Khusus bagi pelajar, Bupati melarang ...", "Kepada para pedagang, saya minta ...": whom the act is for, fronted.
FRONTED_FOR = re.compile(r"\s*(?:(?:khusus|terutama|sedangkan|sementara|adapun)\s+)?(?:bagi|untuk|kepada)\s+"
                         r"(?:(?:" + QUANTIFIER + r")\s+)?", re.IGNORECASE)


def _fronted_for(text: str, s: int, c0: int) -> tuple[int, int] | None:
    """The window of a group fronted with "bagi/untuk/kepada" and set off by a comma before the cue."""
    lo = clause_start(text, s, c0)
    lead = FRONTED_FOR.match(text, lo, c0)
    m = TARGET_RE.match(text, lead.end(), c0) if lead is not None else None
    comma = text.find(",", m.end(), c0) if m is not None else -1
    if comma < 0 or len(text[m.end():comma].split()) > 4:
        return None
    return lo, comma


# A group with "-nya" as the subject of the condition of a threat: "kalau camatnya tidak ada di lokasi ...".
GROUPS = "|".join(f"(?P<t{i}>{p})" for i, (p, _) in enumerate(lx.TARGETS))  # each group named by its row, as in TARGET_RE
CONDITION_OWNED = re.compile(r"\b(?:" + vocab.function_words("condition") + r")\s+(?:(?:ada|masih)\s+)?(?:" + GROUPS + r")nya\b",
                             re.IGNORECASE)


# A group with "-nya" (the speaker's own: "warganya", "anggotanya"), read only as the object right after an active cue.
OWN_GROUP = re.compile("(?:" + GROUPS + r")nya\b", re.IGNORECASE)


KEPADA_AFTER = re.compile(r"\s+(?:pula\s+|juga\s+)?kepada\s", re.IGNORECASE)


# A modal cue before a passive verb and its agent: "wajib dipatuhi oleh seluruh ASN".
AGENT_AFTER = re.compile(r"\s+(?:(?:di|ter)[a-z]{3,}|\w+\s+di[a-z]{3,})(?:\s+(?!oleh\b)[\w-]+){0,3}?\s+oleh\s+", re.I)


def _subject(text: str, groups: list[list[tuple]]) -> list[tuple]:
    """The subject before a passive or modal cue: the last group, unless it sits in a relative clause
    of a group before it ("kepala desa yang menyalurkan bantuan kepada warga harus ...": the head)."""
    k = len(groups) - 1
    while k > 0 and _relative_spans(text, groups[k - 1][-1][1], groups[k][0][0]):
        k -= 1
    return groups[k]


RELATIVE = re.compile(r"\s*(?:yang|yg)\s", re.IGNORECASE)


def _relative_spans(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] opens with "yang" and runs on without a comma, a semicolon or a colon."""
    gap = text[a:b]
    m = RELATIVE.match(gap)
    return m is not None and not re.search(r"[,;:.]", gap[m.end():]) and len(gap.split()) <= 12


JUXTAPOSED = re.compile(r"[ \t]+")


LEVELS = vocab.level_targets()
LEVEL_GAP = re.compile(r"\s+(?:jenjang|tingkat)\s+", re.IGNORECASE)


BAGI_BEFORE = re.compile(r"\bbagi\s+(?:(?:" + QUANTIFIER + r")\s+)?$", re.IGNORECASE)


KEPADA_BEFORE = re.compile(r"\bkepada\s+(?:(?:" + QUANTIFIER + r")\s+)?$", re.IGNORECASE)


def _after_bagi(text: str, a: int, at: int) -> bool:
    """Whether the group at `at` is introduced by "bagi" (for): the benefactive names whom a rule binds."""
    return BAGI_BEFORE.search(text, max(a, at - 20), at) is not None


# "SE dari Kemendagri", "arahan oleh BPBD": a body named as a source or an agent is not addressed.
SOURCE_BEFORE = re.compile(r"\b(?:dari|oleh|menurut|bersama)\s+$", re.IGNORECASE)


def _with_bodies(text: str, hits: list[tuple], orgs: list, occupied: list[tuple[int, int]],
                 a: int, b: int, c0: int, c1: int) -> list[tuple]:
    """Government bodies join the addressees only in the noun phrase next to the cue: "meminta
    BPBD, Dinsos, dan para Camat", "Dinas Sosial harus ..."; a body elsewhere in the clause is a
    place or a topic ("operasional rumah makan di bawah Dinas Pariwisata")."""
    bodies = [(o.start, o.end, o.name) for o in orgs if a <= o.start and o.end <= b
              and not any(x <= o.start < y for x, y in occupied) and not SOURCE_BEFORE.search(text, max(a, o.start - 12), o.start)
              and not any(h[0] < o.end and o.start < h[1] for h in hits)]
    if not bodies:
        return hits
    merged = sorted(hits + bodies)
    near = []  # the list touching the cue: its first item right after it, or its last right before it
    if a >= c1:
        if not NEXT_TO_CUE_AFTER.fullmatch(text[c1:merged[0][0]]):
            return hits
        near.append(merged[0])
        for h in merged[1:]:
            if not LIST_GAP.fullmatch(text[near[-1][1]:h[0]]):
                break
            near.append(h)
    else:
        if not NEXT_TO_CUE_BEFORE.fullmatch(text[merged[-1][1]:c0]):
            return hits
        near.append(merged[-1])
        for h in reversed(merged[:-1]):
            if not LIST_GAP.fullmatch(text[h[1]:near[0][0]]):
                break
            near.insert(0, h)
    if not any(h in bodies for h in near):
        return hits
    return sorted(set(near + hits))


OPEN_TARGETS = vocab.open_targets()


VIOLATOR_AFTER = re.compile(r"\s*,?\s*(?:yang|yg)\s+(?:\w+\s+){0,2}?(?:" + vocab.function_words("breach") + r")\b", re.IGNORECASE)


# The agent of a passive punishment punishes, it is not threatened: "akan ditilang petugas", "ditindak oleh Satpol PP".
PUNISHER_BEFORE = re.compile(r"(?:\boleh|\bdi(?!sini\b|sana\b|mana\b)[a-z]{3,})\s+(?:para\s+)?(?:(?:petugas|aparat|tim|personel|anggota)\s+)?$",
                             re.IGNORECASE)


# The object inside a relative clause is not whom a threat is for: "menindak pelaku balap liar yang meresahkan warga",
# "mencabut izin toko yang menjual miras kepada pelajar" (the one before "yang" is).
IN_RELATIVE = re.compile(r"\b(?:yang|yg)\s+(?:[\w-]+\s+){0,3}?(?:me|ber)[a-z]+\s+(?:[^\W\d][\w-]*\s+){0,4}?$", re.IGNORECASE)


# The title of a cited regulation names its subject, not the addressee: "PP 94 Tahun 2021 tentang Disiplin PNS".
CITED_TITLE = re.compile(r"\b(?:tahun|thn\.?)\s+\d{4}\s+tentang\s+(?:[\w-]+\s+){0,5}$", re.IGNORECASE)


NEAR_WORDS = 6  # words between an active cue and its addressees at most ("meminta kepada seluruh jajaran ...")


PLACE_BEFORE = re.compile(r"\bdi\s+$", re.IGNORECASE)


# "membawa sepeda motor ke sekolah": a place gone to (`vocab/target_places.csv`) is not addressed;
# people after "ke" are ("sampaikan ke warga").
PLACES = vocab.target_places()
GONE_TO = re.compile(r"\b(?:ke|menuju)\s+$", re.IGNORECASE)


COUNT = r"dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|\d{1,2}"


COUNT_BEFORE = re.compile(rf"\b({COUNT})\s+$", re.IGNORECASE)


CANDIDATE_BEFORE = re.compile(r"\bcalon\s+$", re.IGNORECASE)


CANDIDATE = re.compile(rf"(?:(?:{COUNT})\s+)?(?:calon\s+)?", re.IGNORECASE)


# A noun modifying a group head: lowercase, not a verb (me-, di-, ber-, ter-) nor a function word.
MODIFIER = re.compile(
    r"\s+(?!(?:yang|yg|di|ke|dari|untuk|agar|supaya|dan|serta|atau|maupun|dengan|pada|dalam|oleh|bagi|kepada|"
    r"terhadap|tidak|tak|jangan|harus|wajib|segera|juga|pun|akan|sudah|telah|masih|bisa|dapat|perlu|hanya|itu|ini|"
    r"tersebut|setempat|lain|lainnya|sebagai|sesuai|saat|ketika|mulai|hingga|sampai|seperti|antara|tetap|selalu|"
    r"lebih|sekitar|karena|jika|apabila|bila|kalau|setiap|semua|seluruh|para|baik|hendaknya|mohon|sendiri|se|"
    r"masing-masing|sekali|lagi|pula|benar|betul|selama|siaga|siap|waspada|aktif|patuh|tertib|taat|mau|ingin|turut|"
    r"ikut|guna|demi|secara|terus|kembali|bersama|sama|serentak|langsung|cepat|tentang|soal|terkait|tanpa|"
    # bare verbs and adjectives of what the group is asked to do or be ("meminta pedagang pindah", "pengendara hati-hati")
    r"pindah|pulang|pergi|datang|hadir|tinggal|mudik|masuk|keluar|naik|turun|lapor|jaga|bayar|pakai|buang|antre|"
    r"hati-hati|jujur|jeli|disiplin|bijak|bijaksana|cermat|sabar|tenang|peduli|hemat|kompak|netral|proaktif|sigap|"
    r"selektif|mandiri|sadar)\b)"
    r"(?!(?:me|di|ber|ter)[a-z])([a-z][a-z-]*(?:/[a-z]+)?)(?![\w-])")


# "(yang) beragama Islam", "bermotor", "tanpa izin": a qualifier the addressees keep, without "yang".
QUALIFIER = re.compile(r"\s+(?:(?:yang|yg)\s+)?(" + vocab.target_qualifiers() + r")(?![\w-])", re.IGNORECASE)


REDUPLICATED = re.compile(r"^(.+)-\1$", re.IGNORECASE)


def _written(text: str, start: int, head_end: int, limit: int, norm: str) -> tuple[int, str]:
    """The end of a group's noun phrase and the target it names: the normalised group, or as written
    where nouns narrow it ("pengemudi becak", "BPBD kabupaten/kota") or a qualifier follows it."""
    end, name = head_end, norm
    head = REDUPLICATED.sub(r"\1", text[start:head_end])
    if norm in OPEN_TARGETS:
        # an abbreviation in brackets after the full name: "Badan ... Daerah (BPBD) kabupaten/kota"
        after = head_end + 1 if text[start - 1:start] == "(" and text[head_end:head_end + 1] == ")" else head_end
        end = _modifiers_end(text, after, limit)
        if end > after:
            name = head + text[after:end]
    q = QUALIFIER.match(text, end, limit)
    if q is not None and not text[q.end():q.end() + 1].isalnum():
        end, name = q.end(), f"{name if end > head_end else head} {q.group(1)}"
    return end, re.sub(r"\s+", " ", name)


# A noun that is not whole without a noun of its own: "pengelola objek wisata", "pemilik hewan peliharaan".
COMPOUND = re.compile(r"(?:" + vocab.target_compounds() + r")", re.IGNORECASE)


def _modifiers_end(text: str, end: int, limit: int, most: int = 1) -> int:
    """The end of a group head's noun phrase: up to `most` lowercase nouns after it ("pengemudi
    becak bermotor" keeps "becak"; "BPBD kabupaten/kota"), and one more after a noun that needs
    one (`vocab/target_compounds.csv`: "pengelola objek wisata"), stopping at a verb, a function
    word, a capital (a name or region) or punctuation."""
    while most > 0:
        most -= 1
        group = TARGET_RE.match(text, end + len(text[end:limit]) - len(text[end:limit].lstrip()), limit)
        if group is not None and group.start() > end:  # "pemilik rumah makan": the group owned or run
            end = group.end()
            continue
        m = MODIFIER.match(text, end, limit)
        if m is None or text[m.end():m.end() + 1].isalnum():  # a word cut by the window
            break
        end = m.end()
        if COMPOUND.fullmatch(m.group(1)):
            most += 1
    return end


NEXT_TO_CUE_AFTER = re.compile(r"\s+(?:kepada\s+|agar\s+|supaya\s+)?(?:seluruh\s+|semua\s+|para\s+|jajaran\s+)?", re.I)


NEXT_TO_CUE_BEFORE = re.compile(r"\s*(?:juga\s+|pun\s+|untuk\s+)?", re.I)


LIST_GAP = re.compile(r"(?:\s|,|/|\(|\)|dan|serta|atau|maupun|hingga|juga|para|seluruh|semua|setiap|kepada|pegawai|"
                      r"baik|negeri|swasta|khususnya|terutama|utamanya|termasuk|se-[\w-]+(?:\s+(?-i:[A-Z])[\w-]*)*)*", re.IGNORECASE)


def clause_start(text: str, s: int, c0: int) -> int:
    """Start of the clause holding c0: after the last quotation mark or colon before it."""
    best = s
    for ch in ('"', "“", "”", ":"):
        i = text.rfind(ch, s, c0)
        if i >= 0:
            best = max(best, i + 1)
    return best


def clause_end(text: str, c1: int, e: int) -> int:
    m = re.search(r"[\"“”;]|,\s*(?:kata|ujar|tegas|ucap|ungkap|jelas|tutur|sebut)\b", text[c1:e])
    return min(e, c1 + 160, c1 + m.start() if m else e)


ARTICLE_GAP = 2  # sentences back at most for addressees of another issuer
ISSUER_GAP = 2  # sentences back at most for the issuer's own addressees of another kind; past it, `fill_from_article`


def inherit_targets(found: list[Directive]) -> None:
    """A directive with no target of its own addresses whom its issuer addressed in the same kind of
    directive, else whom the issuer addressed just before, else whom the article addressed in the
    two sentences before (a body and its head, or a speaker and the one quoted, go on to the same
    addressees: "Pemkab melarang ASN berkampanye. Bupati juga menegaskan tidak boleh ...")."""
    last: dict[object, tuple[int, list[str]]] = {}
    last_type: dict[tuple, list[str]] = {}
    latest: tuple[int, list[str]] | None = None  # the article's latest addressees, whoever addressed them
    for d in found:
        key = d.issuer if d.issuer is not None else d.institution
        if not d.targets:
            if (key, d.type) in last_type:
                d.targets = list(last_type[(key, d.type)])
            elif key in last and d.segment - last[key][0] <= ISSUER_GAP:
                d.targets = list(last[key][1])
            elif latest is not None and d.segment - latest[0] <= ARTICLE_GAP:
                d.targets = list(latest[1])
        if d.targets:
            last[key] = (d.segment, d.targets)
            last_type[(key, d.type)] = d.targets
            latest = (d.segment, d.targets)
    for i, d in enumerate(found):  # "menerbitkan Instruksi Gubernur ... Gubernur menginstruksikan para bupati ...":
        if d.type == "policy" and not d.targets:  # an instrument addresses whom its content addresses
            key = d.issuer if d.issuer is not None else d.institution
            nxt = next((o for o in found[i + 1:] if (o.issuer if o.issuer is not None else o.institution) == key
                        and o.targets and o.segment - d.segment <= 6), None)
            if nxt is not None:
                d.targets = list(nxt.targets)


def fill_from_article(found: list[Directive]) -> None:
    """After merging, a directive still addressing nobody addresses the article's most addressed
    group: named by the most directives and their repeats, the first named on a tie (an article is mostly addressed
    to one group, and an order given in passing, "pungutan tidak boleh ada", is given to it too).
    Run after merging, so that an order with no addressee still merges with a repeat of it."""
    counts: dict[str, int] = {}
    for d in found:
        for t in d.targets:
            counts[t] = counts.get(t, 0) + 1 + len(d.merged)
    if not counts:
        return
    best = max(counts, key=counts.get)
    for d in found:
        if not d.targets:
            d.targets = [best]


# "Larangan yang sama berlaku bagi PPPK": a rule just given extends to more addressees; "Imbauan itu ditujukan
# kepada warga": a directive just given names its addressees (then it may have had none in its own sentence).
APPLIES_TO = re.compile(r"\b(?:berlaku|(?P<aimed>ditujukan|diperuntukkan|dialamatkan))\s+(?:(?:pula|juga|sama|khusus|terutama)\s+)?"
                        r"(?:bagi|untuk|kepada|terhadap)\s+(?:(?:" + QUANTIFIER + r")\s+)?", re.IGNORECASE)


# A directive named by its noun, and its type (also for "Larangan itu ...", in directives).
RULE_TYPE = {"larangan": "prohibition", "kewajiban": "instruction", "imbauan": "appeal", "himbauan": "appeal",
             "instruksi": "instruction"}
RULE_NOUN = re.compile(r"\b(" + "|".join(RULE_TYPE) + r")\b", re.IGNORECASE)
RULE_GAP = 8  # sentences back at most for a rule named by its noun


def extend_to_others(found: list[Directive], index: TextIndex) -> None:
    """ "ASN dilarang berkampanye. ... Larangan yang sama berlaku bagi PPPK dan tenaga non-ASN": the
    groups after "berlaku bagi" join the targets of the latest directive up to two sentences before."""
    text = index.text
    for k, seg in enumerate(index.segments):
        m = None if seg.skip else APPLIES_TO.search(text, seg.start, seg.end)
        if m is None:
            continue
        group: list[str] = []
        at = m.end()
        for t in TARGET_RE.finditer(text, m.end(), seg.end):
            if t.start() < at:
                continue  # inside the group just read ("pemilik toko")
            if not LIST_GAP.fullmatch(text[at:t.start()]):
                break
            at, name = _written(text, t.start(), t.end(), seg.end, lx.TARGETS[int(t.lastgroup[1:])][1])
            group.append(name)
        named = RULE_NOUN.search(text, seg.start, m.start())
        want = RULE_TYPE.get(named.group(1).lower()) if named else None
        aimed = m.group("aimed") is not None and named is not None  # "bantuan itu ditujukan kepada ..." directs nobody
        last = next((d for d in reversed(found) if d.cue_start < m.start() and k - 2 <= d.segment <= k
                     and (aimed or d.targets and d.type in ("prohibition", "instruction"))), None)
        if want is not None and (last is None or last.type != want):
            # "Selain ASN, larangan juga berlaku bagi ...": the noun names the rule, however far back it was given
            last = next((d for d in reversed(found) if d.cue_start < m.start() and k - RULE_GAP <= d.segment <= k
                         and (d.targets or aimed) and d.type == want), None if aimed else last)
        if last is not None:
            last.targets += [g for g in group if g not in last.targets]


def group_of(target: str) -> str:
    """The group a target names, for merging: "pengemudi becak" and "sopir" are both "pengemudi";
    "calon kepala desa" are the "kepala desa" to be (an article warns the same people both ways);
    "empat bupati" are "bupati"; a school level ("SMA", "SD") is a "sekolah"."""
    m = TARGET_RE.match(target, CANDIDATE.match(target).end())
    group = lx.TARGETS[int(m.lastgroup[1:])][1] if m else target
    return "sekolah" if group in LEVELS else group.lower()
