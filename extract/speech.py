"""Who said it: speech attribution per sentence, and references to officials by name or pronoun.

References: every office mention, every short name or nickname of a known official
("Sanusi", "Midji", "Mbak Etik", "Bobby Nasution"), lower-case title repeats ("kata penjabat
gubernur"), pronouns (ia, dia, beliau, dirinya, pihaknya) and institutions ("Pemkab Grobogan").

Attribution of a sentence, strongest first:
  '"...," ujar/kata/tegas/ungkap/tandas/pungkas/sebut X'        X
  'Hal itu/tersebut disampaikan (oleh) X', '"..." Demikian pesan X'  X, also for the sentence before
  'Hal senada disampaikan X'                                    X (the sentence before stays its speaker's)
  'Ditegaskan oleh X, ...', 'Lebih lanjut dikatakan X, ...'      X
  'Menurut X,'                                                  X
  'X mengatakan/menegaskan/menjelaskan ...'                      X
  '..., ujarnya' / 'kata dia' / 'Menurutnya' / 'Ia menegaskan'   the current speaker
A quotation spanning several sentences or paragraphs takes the attribution written where it
closes, else the one that introduced it ('X mengatakan, "...'); the current speaker is the last
one attributed or the last official who was a sentence's subject ("X mendampingi Y": Y), and no
one after a sentence about one named citizen. "ujar pria ... itu" is the current speaker;
"orang nomor satu di X" is X's Bupati, Wali Kota or Gubernur.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from arahan.extract import lexicon as lx
from arahan.extract import vocab
from arahan.extract.officials import Official, OfficialMention, TITLE_RE, normalise_title, resolve_name
from arahan.extract.regions import PREFIX_LEVEL
from arahan.extract.text import TextIndex

SPEECH_RE = re.compile(
    r"(?<![\w])(kata|ujar|tegas|ungkap|tandas|pungkas|jelas|terang|ucap|sebut|imbuh|tambah|lanjut|tutur|papar|sambung|"
    r"tutup|beber|urai|timpal|kilah|tukas|cetus|seru|pinta|tulis|pesan|ajak|harap|imbau)(nya|\s+(?:dia|ia|beliau))?(?![\w])",
    re.IGNORECASE,
)
# "Kepala Dinas X, Budi Santoso, mengatakan ...": the comma closing an apposition may stand before the verb.
SAY_RE = re.compile(r",?(?:\s+(?:juga|pun|lantas|kembali|sebelumnya|sudah|telah|secara\s+tegas|pula|lebih\s+lanjut))*\s+(?:"
                    + "|".join(lx.SAY_VERBS) + r")(?![\w])")
HAL_RE = re.compile(r"(?:Hal|Pernyataan|Penegasan|Imbauan|Pesan|Arahan)\s+(?:itu|tersebut|senada|ini|serupa)\s+(?:juga\s+)?"
                    r"(?:di\s?sampaikan|ditegaskan|diungkapkan|dikatakan|diutarakan|dikemukakan|disampaikan)\s+(?:oleh\s+)?",
                    re.IGNORECASE)
# '"...." Demikian pesan Bupati X dalam rapat itu.': a closing attribution for the words before it.
DEMIKIAN_RE = re.compile(r"[\s\"”]*Demikian\s+(?:(?:di\s?)?(?:sampaikan|katakan|tegaskan|ungkapkan|jelaskan)|pesan|kata|ujar|"
                         r"tegas|ungkap|harapan|imbauan|arahan|penegasan)(?:\s+(?:oleh|dari))?\s+", re.IGNORECASE)
HAL_NYA_RE = re.compile(r"(?:Hal|Pernyataan|Penegasan|Imbauan|Pesan|Arahan)\s+(?:itu|tersebut|ini)\s+(?:juga\s+)?"
                        r"(?:di\s?sampaikan|ditegaskan|diungkapkan|dikatakan|diutarakan)nya\b", re.IGNORECASE)
# "Dalam rapat itu, bupati meminta camat siaga": a lower-case office as the subject of an active verb.
# ... opening its clause (not the object of a verb, "meminta bupati ...", nor one of many, "seluruh bupati")
# ... or opening a reported clause ("menyampaikan bahwa bupati meminta camat ...")
SUBJECT_BEFORE = re.compile(r"(?:^|[,.;:\"“”]\s*|\b(?:kemudian|lalu|selanjutnya|sementara|dan|bahwa)\s+)$")
# "meminta bupati memastikan ...", "bersama para bupati.": a lower-case office as an object or one of many
OBJECT_POSITION = re.compile(r"\b(?:me[a-z]{3,}|para|seluruh|semua|setiap|kepada|bagi|untuk|bersama)\s+$")
ACTIVE_VERB_AFTER = re.compile(r"\s+(?:(?:juga|pun|kembali|lantas|lalu|sudah|telah|bahkan|langsung)\s+)?me[a-z]{3,}\b")
# "Lebih lanjut dikatakan Bupati X, ...", "Ditegaskan oleh Bupati X, ...", "Ditambahkannya, ...": a passive
# saying verb opening the sentence credits what follows to its agent.
PASSIVE_SAY_RE = re.compile(r"[\s\"“]*(?:(?:Lebih\s+lanjut|Selain\s+itu|Sementara\s+itu|Kemudian|Selanjutnya|Namun)\s*,?\s+)?"
                            r"di\s?(?:katakan|tegaskan|sampaikan|jelaskan|tambahkan|ungkapkan|ingatkan|paparkan|terangkan|"
                            r"utarakan|imbuhkan)(nya)?(?:\s+(?:pula|juga|lagi))?\s*(?:,|\s+(?:oleh\s+)?)", re.IGNORECASE)
# A description of the speaker instead of a name after a saying verb: "ujar pria kelahiran Kediri itu",
# "kata politikus PDI Perjuangan tersebut".
EPITHET_RE = re.compile(r"\s+(?:pria|wanita|perempuan|lelaki|sosok|politisi|politikus|pejabat|mantan|ibu|bapak|"
                        r"jenderal|purnawirawan|alumnus|lulusan)\b[^.,;\n]{0,60}?\b(?:itu|tersebut|ini)\b")
MENURUT_RE = re.compile(r"(?<![\w])Menurut(nya|\s+(?:dia|ia|beliau))?(?![\w])", re.IGNORECASE)
PRONOUN_RE = re.compile(r"(?<![\w])(Ia|Dia|Beliau|Dirinya|Pihaknya|ia|dia|beliau|dirinya|pihaknya)(?![\w])")
# "tegas orang nomor satu di Kota Blitar itu", "Orang nomor satu di Pemkab Kediri tersebut meminta ...": the
# head of that region's government.
HEAD_EPITHET_RE = re.compile(r"(?<![\w])[Oo]rang\s+nomor\s+(?:satu|1|wahid)\s+di\s+(?:(?P<level>Kabupaten|Kab\.|Pemkab|Kota|"
                             r"Pemkot|Provinsi|Prov\.|Pemprov)\s+)?(?P<place>[A-Z][\w'-]+)(?:\s+[A-Z][\w'-]+){0,2}"
                             r"(?:\s+(?:itu|tersebut|ini))?")
HEADS = {"kabupaten": "Bupati", "kota": "Wali Kota", "provinsi": "Gubernur"}
# a form of address before a nickname ("tegas Cak Eri", "kata Kang Dedi"): vocab/nickname_honorifics.csv
CAPS_RUN_RE = re.compile(r"(?<![\w])(?:(?:" + "|".join(sorted(vocab.words("nickname_honorifics.csv"))) + r")\s+)?([A-Z][a-z][\w'’]*(?:\s+[A-Z][\w'’]+){0,3})")
INSTITUTION_RE = re.compile(r"(?<![\w])" + lx.INSTITUTION_PREFIX + r"\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3}")
# A sentence about a person who holds no office, named or counted ("Salah seorang warga, Slamet (45), mengaku ...",
# "Seorang pedagang, Siti, mengeluh ..."): the pronouns after it point to them (vocab/public_actors.csv).
PUBLIC_TOPIC_RE = re.compile(r"[\s\"“]*(?:(?:salah\s+(?:seorang|satu)|seorang)\s+(?:" + vocab.public_actor_pattern() + r")\b|"
                             r"(?:" + vocab.public_actor_pattern() + r")(?:\s+bernama|\s*,)\s+(?-i:[A-Z]))", re.IGNORECASE)

# "Dokter spesialis anak RSUD X, dr. Anita Kambu, Sp.A, meminta ...": a person set off by commas after a
# description, with no office the officials found: a doctor, a teacher, a community figure. As the subject of
# a cue they are its giver (so no official's directive), and pronouns after them point to them.
_OTHER_PERSON = (r"[a-z0-9)]\s*,\s+(?:(?:dr|Dr|H|Hj|Ir|Drs|Dra|Prof|Ns|Pdt|Ustaz|Ustadz)\.?\s+)*[A-Z][\w'’-]+"
                 r"(?:\s+[A-Z][\w'’.-]+){0,4}(?:,\s*[A-Z][A-Za-z]{0,4}\.?(?:\s?[A-Z][A-Za-z]{0,4}\.?)?)*"
                 r"\s*(?:\(\d{2}\))?,\s+(?:(?:juga|pun|kembali|sempat|lantas)\s+)?")
NAMED_OTHER_BEFORE = re.compile(_OTHER_PERSON + "$")
NAMED_OTHER_OPENS = re.compile(r"[\s\"“]*[A-Z][^,.;:\"“”]{2,80}?" + _OTHER_PERSON + r"(?:me|ber|di)[a-z]+")


@dataclass
class Reference:
    start: int
    end: int
    official: int | None        # index into the officials list; None for a pronoun or institution
    kind: str                   # title | name | pronoun | institution (a government) | agency (any other body)
    text: str = ""
    named: bool = False         # a person's name is part of the mention


@dataclass
class Attribution:
    speakers: list[int | None] = field(default_factory=list)      # per segment
    how: list[str | None] = field(default_factory=list)
    current_before: list[int | None] = field(default_factory=list)  # current speaker entering each segment
    references: list[Reference] = field(default_factory=list)


def find_references(index: TextIndex, officials: list[Official], mentions: list[OfficialMention],
                    orgs: list | None = None) -> list[Reference]:
    """Office mentions, names, nicknames, pronouns and institutions (governments and the agencies
    in `orgs`, as written: "Dinkes Kota Kendari"), in text order."""
    text = index.text
    refs: list[Reference] = []
    taken = bytearray(len(text) + 1)  # characters already inside a reference

    def take(s: int, e: int) -> None:
        taken[s:e] = b"\x01" * (e - s)

    for m in mentions:
        if m.cluster is not None:
            refs.append(Reference(m.start, m.end, m.cluster, "title", text[m.start:m.end], named=bool(m.name)))
            take(m.start, m.end)
    for m in HEAD_EPITHET_RE.finditer(text):
        who = _region_head(officials, m.group("place"), m.group("level"), m.start())
        if who is not None and not taken[m.start()]:
            refs.append(Reference(m.start(), m.end(), who, "title", m.group(0), named=bool(officials[who].name)))
            take(m.start(), m.end())
    # names, short names and nicknames: any capitalised word run that resolves to a known official
    if officials:
        for m in CAPS_RUN_RE.finditer(text):
            s, e = m.start(), m.end()
            if taken[s] or index.skipped(s):
                continue
            name = _trim_name(m.group(1))
            if not name or name.split()[0] in lx.NOT_NAME:
                continue
            who = resolve_name(officials, name, before=s)
            if who is None and " " in name:
                who = resolve_name(officials, name.split()[0], before=s)
            if who is not None:
                refs.append(Reference(s, e, who, "name", m.group(0), named=True))
                take(s, e)
    for m in PRONOUN_RE.finditer(text):
        if not taken[m.start()]:
            refs.append(Reference(m.start(), m.end(), None, "pronoun", m.group(0)))
    for m in INSTITUTION_RE.finditer(text):
        if not taken[m.start()]:
            refs.append(Reference(m.start(), m.end(), None, "institution", m.group(0)))
            take(m.start(), m.end())
    for org in orgs or ():
        if not taken[org.start] and not taken[org.end - 1]:
            refs.append(Reference(org.start, org.end, None, "agency", text[org.start:org.end]))
    # lower-case title repeats: "kata penjabat gubernur", "bupati menambahkan"
    for m in TITLE_RE.finditer(text):
        if not m.group(0)[0].islower() or taken[m.start()]:
            continue
        _, head, _, _ = normalise_title(m.group("marker"), m.group("head"))
        # the holder named before it ("bersama para bupati" before any Bupati is named is nobody in particular)
        who = next((i for i in range(len(officials) - 1, -1, -1) if officials[i].head == head and officials[i].name
                    and officials[i].mentions and officials[i].mentions[0].start < m.start()), None)
        after = text[m.end():m.end() + 30]
        if who is not None and not OBJECT_POSITION.search(text, max(0, m.start() - 30), m.start()) and (
                re.match(r"\s*(?:[,.\"”]|$|" + "|".join(lx.SAY_VERBS) + ")", after) or (
                ACTIVE_VERB_AFTER.match(after) and SUBJECT_BEFORE.search(text, max(0, m.start() - 30), m.start()))):
            refs.append(Reference(m.start(), m.end(), who, "title", m.group(0)))
    refs.sort(key=lambda r: r.start)
    return refs


def _region_head(officials: list[Official], place: str, level: str | None, before: int) -> int | None:
    """The latest Bupati, Wali Kota or Gubernur named before `before` whose region is `place`."""
    want = PREFIX_LEVEL.get((level or "").lower().rstrip("."))
    found = None
    for i, off in enumerate(officials):
        r = off.region
        if (r is None or off.former or off.head != HEADS.get(r.level) or (want and r.level != want)
                or r.core.split()[0] != place or not off.mentions or off.mentions[0].start > before):
            continue
        found = i if found is None or off.mentions[0].start > officials[found].mentions[0].start else found
    return found


def _trim_name(name: str) -> str:
    words = name.split()
    while len(words) > 1 and (words[-1] in lx.NOT_NAME or words[-1].lower().endswith("kan")):
        words.pop()
    return " ".join(words)


def attribute(index: TextIndex, refs: list[Reference]) -> Attribution:
    """The speaker of every segment (see the module docstring)."""
    text = index.text
    segs = index.segments
    out = Attribution(references=refs)
    n = len(segs)
    out.speakers = [None] * n
    out.how = [None] * n
    out.current_before = [None] * n
    current: int | None = None
    starts = [r.start for r in refs]

    def refs_in(a: int, b: int) -> list[Reference]:
        i = bisect.bisect_left(starts, a)
        res = []
        while i < len(refs) and refs[i].start < b:
            res.append(refs[i])
            i += 1
        return res

    for k, seg in enumerate(segs):
        out.current_before[k] = current
        if seg.skip:
            continue
        s_text = text[seg.start:seg.end]
        inside = refs_in(seg.start, seg.end)
        speaker, how = None, None
        # '"...," ujar X' / 'ujarnya'
        for m in SPEECH_RE.finditer(s_text):
            pre = s_text[:m.start()].rstrip()
            nya = m.group(2)
            if not (pre.endswith((",", '"', "”", "’", "'")) or pre == "" or (nya and nya.lower() == "nya")):
                continue
            if nya:
                speaker, how = current, "pronoun"
                break
            after = [r for r in inside if seg.start + m.end() <= r.start <= seg.start + m.end() + 3]
            if after and after[0].official is not None:
                speaker, how = after[0].official, "quote"
                break
            if after and after[0].kind == "pronoun" or not after and EPITHET_RE.match(s_text, m.end()):
                speaker, how = current, "pronoun"  # 'kata dia', 'ujar pria yang akrab disapa Mas Dhito itu'
                break
        if speaker is None and HAL_NYA_RE.search(s_text):
            speaker, how = current, "pronoun"  # "Hal itu disampaikannya ...": the one just mentioned
            if speaker is not None and k > 0 and out.speakers[k - 1] is None:
                out.speakers[k - 1], out.how[k - 1] = speaker, "hal"
        if speaker is None:
            h = HAL_RE.search(s_text) or DEMIKIAN_RE.match(s_text)
            if h:
                after = [r for r in inside if seg.start + h.end() <= r.start <= seg.start + h.end() + 3 and r.official is not None]
                if after:
                    speaker, how = after[0].official, "hal"
                    if k > 0 and out.speakers[k - 1] is None:
                        if not re.search(r"senada|serupa", h.group(0), re.I):
                            out.speakers[k - 1], out.how[k - 1] = speaker, "hal"
                        elif out.current_before[k - 1] is not None:
                            # "Hal senada disampaikan X": X repeats another's words; the sentence before is not X's
                            out.speakers[k - 1], out.how[k - 1] = out.current_before[k - 1], "pronoun"
        if speaker is None:
            m = PASSIVE_SAY_RE.match(s_text)
            if m and m.group(1):
                speaker, how = current, "pronoun"
            elif m:
                after = [r for r in inside if seg.start + m.end() <= r.start <= seg.start + m.end() + 2 and r.official is not None]
                if after:
                    speaker, how = after[0].official, "say"
        if speaker is None:
            m = MENURUT_RE.search(s_text)
            if m:
                if m.group(1):
                    speaker, how = current, "pronoun"
                else:
                    after = [r for r in inside if seg.start + m.end() <= r.start <= seg.start + m.end() + 2 and r.official is not None]
                    if after:
                        speaker, how = after[0].official, "menurut"
        if speaker is None:
            for r in inside:
                if SAY_RE.match(text, r.end):
                    if r.official is not None:
                        speaker, how = r.official, "say"
                    elif r.kind == "pronoun":
                        speaker, how = current, "pronoun"
                    if speaker is not None:
                        break
        if speaker is not None:
            out.speakers[k], out.how[k] = speaker, how
            current = speaker
        else:
            # the official a sentence opens with becomes the one pronouns point to
            first = next((r for r in inside if r.official is not None and r.start - seg.start < 60
                          and r.named), None)
            if first is not None and ATTENDING_BEFORE.search(text, seg.start, first.start):
                pass  # "Turut hadir Kapolres X ...", "Rapat dihadiri Kepala Dinas Y": guests are not who speaks next
            elif first is not None:
                current = _accompanied(text, inside, first).official
            elif PUBLIC_TOPIC_RE.match(s_text) or NAMED_OTHER_OPENS.match(s_text):
                current = None  # "Seorang warga, Slamet, mengeluh ... Ia meminta ...": "ia" is no official
    _spread_quotes(index, out)
    _spread_open_quotes(index, out)
    return out


# Guests of an occasion named before an official: "Turut hadir ...", "Rapat itu dihadiri ...".
ATTENDING_BEFORE = re.compile(r"\b(?:[Tt]urut\s+(?:hadir|mendampingi)|[Hh]adir\s+(?:pula|juga|dalam|pada|di)|[Tt]ampak\s+hadir|"
                              r"dihadiri|[Hh]adir\s*:|[Dd]idampingi)\b")
# "Kadis X mendampingi Bupati Y meninjau ...": the one accompanied is the sentence's main actor.
ACCOMPANIES_RE = re.compile(r",?\s+(?:(?:yang|turut|ikut|juga|saat)\s+)*mendampingi\s+$")


def _accompanied(text: str, inside: list[Reference], first: Reference) -> Reference:
    nxt = next((r for r in inside if r.start > first.end and r.official is not None), None)
    if nxt is not None and nxt.official != first.official and ACCOMPANIES_RE.search(text[first.end:nxt.start]):
        return nxt
    return first


def _spread_quotes(index: TextIndex, out: Attribution) -> None:
    """Sentences of a quotation that spans a paragraph take the attribution written at its end."""
    segs = index.segments
    by_line: dict[int, list[int]] = {}
    for k, seg in enumerate(segs):
        by_line.setdefault(seg.line, []).append(k)
    for ks in by_line.values():
        first = index.text[segs[ks[0]].start:segs[ks[0]].start + 1]
        if first not in ('"', "“", "'", "‘") or len(ks) < 2:
            continue
        said = [k for k in ks if out.speakers[k] is not None]
        if not said:
            continue
        for k in ks:
            if out.speakers[k] is None:
                # the attribution that closes the quote, not a later one in the paragraph ('"...," kata
                # Bupati X. Sementara itu, Kepala BKD Y mengatakan ...'); after the last one, the last one
                by = next((j for j in said if j > k), said[-1])
                out.speakers[k], out.how[k] = out.speakers[by], "quote"


def _spread_open_quotes(index: TextIndex, out: Attribution) -> None:
    """A quotation opened in one paragraph and closed in a later one ('"Saya minta BPBD ...' then
    'Camat juga harus ...," ujar Harno'): its sentences take the attribution written where it closes,
    else the one that introduced it ('Bupati X mengatakan, "...'). A paragraph that opens with a quote
    mark inside an open quotation continues it."""
    text = index.text
    inside, run, line, opener = False, [], None, None
    for k, seg in enumerate(index.segments):
        s_text = text[seg.start:seg.end]
        lead = 0
        if seg.line != line:
            line = seg.line
            if inside and s_text[:1] in ('"', "“"):
                lead = 1  # the new paragraph's mark continues the quotation
        touched = inside
        for ch in s_text[lead:]:
            if ch == "“" or (ch == '"' and not inside):
                if not inside and not touched:  # 'X mengatakan, "...': the sentence's speaker introduces it
                    opener = out.speakers[k] if out.how[k] in ("say", "menurut") else None
                inside, touched = True, True
            elif ch in ('”', '"') and inside:
                inside = False
        if touched:
            run.append(k)
        if not inside:
            closing = out.speakers[k] if out.how[k] in ("quote", "pronoun") else None
            who = closing if closing is not None else opener
            if 1 < len(run) <= 12 and who is not None:  # a longer run is more likely an unbalanced quote mark
                for j in run:
                    if out.speakers[j] is None:
                        out.speakers[j], out.how[j] = who, "quote"
            run, opener = [], None
