"""Directives: who instructed what, to whom, where and when.

A directive starts at a cue (verb, modal or noun) and is typed by the cue and its context:
  appeal            mengimbau, meminta, mengajak, mengingatkan, berharap, menekankan, tolong, mari, hendaknya;
                    "Masyarakat agar ..." (a request opened by its addressees)
  instruction       menginstruksikan, memerintahkan, mewajibkan, wajib, harus, menugaskan
  prohibition       melarang, dilarang, tidak boleh, jangan, hanya dibolehkan; "menginstruksikan ... untuk tidak"
  sanction_warning  sanksi with a modal or condition (akan, bisa, jika, yang melanggar), ditindak, dipecat, dievaluasi;
                    what the breaker stands to lose with the breach named (vocab/threat_outcomes.csv)
  policy            menerbitkan/mengeluarkan/menandatangani/menetapkan + an instrument (surat edaran, peraturan,
                    keputusan, instruksi, status), "tertuang dalam", membatasi
  oversight         membentuk tim/satgas/posko, memantau/mengawasi, "bisa dilaporkan", posko pengaduan;
                    "meminta X melakukan pemantauan / melaporkan / patroli" (orders to watch, inspect or report)
Negation cancels a cue ("belum ada", "tidak harus", "tidak melarang"); prohibition cues carry
their own negation. A hope about events (vocab/hoped_events.csv) or a reminder stating a fact asks
no one; cue verbs are also found mistyped (two letters swapped, one dropped from a long word). The issuer is the subject before the cue (an official, a pronoun for the
current speaker, an institution resolved to its head), else the sentence's speaker, else the
current speaker; a cue with no issuer is not a directive (opinion columns), nor is a demand whose
subject holds no office ("Warga mendesak ..."; vocab/public_actors.csv). Whom it addresses is
found by arahan.extract.targets; a policy whose sentence refers back to a rule ("Larangan itu tertuang
dalam SE ...") addresses whom that rule addressed, and one addressing nobody the group its instrument's
title names. The date is the sentence's event date, else the date of the issuer's occasion, else the
article's event date given by a sentence naming no official; a policy takes the day its instrument
was signed when the text gives it ("diteken Senin (2/6)", "tertanggal ..."), else the day it took
effect ("mulai berlaku Selasa (3/6)"). Same issuer, type and targets merge.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date

from arahan.extract import lexicon as lx
from arahan.extract import vocab
from arahan.extract.dates import DateMention, parse_iso, resolve_relative
from arahan.extract.gazetteer.table import RegionTable
from arahan.extract.input_notes import is_table_row
from arahan.extract.legal import BASIS_CUE, find_citations
from arahan.extract.officials import Official
from arahan.extract.speech import NAMED_OTHER_BEFORE, Attribution, Reference
from arahan.extract.targets import (MODAL_CUES, TARGET_RE, addressed, clause_start, extend_to_others, find_targets,
                                    group_of, inherit_targets, passive_or_modal, RECEIVED, RULE_TYPE, fill_from_article)
from arahan.extract.text import TextIndex, whole_words

# The vocabulary is data: extract/vocab/instruments.csv and directive_cues.csv (one row per cue).
INSTRUMENT = vocab.instrument_pattern()
# What befalls a rule breaker (vocab/threat_outcomes.csv) comes after the cues, which win at the same position.
CUES: list[tuple[str, str]] = vocab.directive_cues() + [(p, "sanction_warning") for p in vocab.threat_outcomes()]


def _typos(cues: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Cue verbs as regional news mistypes them: two letters swapped ("mengingtakan"), or one dropped from a long
    word ("menginstrusikan"); one row per type, after the real cues, for the plain-word cues of the table."""
    words = [(p, t) for p, t in cues if re.fullmatch(r"[a-z]{8,}", p)]
    words += [("mengimbau", "appeal"), ("menghimbau", "appeal"), ("diminta", "appeal"), ("dilarang", "prohibition")]
    real = {w for w, _ in words}
    by_type: dict[str, set[str]] = {}
    for w, t in words:
        variants = {w[:i] + w[i + 1] + w[i] + w[i + 2:] for i in range(2, len(w) - 1)}
        if len(w) >= 10:
            variants |= {w[:i] + w[i + 1:] for i in range(3, len(w) - 1)}
        by_type.setdefault(t, set()).update(v for v in variants if v not in real and v != w)
    return [(_trie(v), t) for t, v in by_type.items()]


def _trie(words: set[str]) -> str:
    """One regex for many words with their common prefixes factored out ("meng(?:ingtakan|ignatkan)"), so
    that a word that starts no variant fails at its first letters instead of at every alternative."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if "" in node:
            return f"(?:{'|'.join(alts)})?" if alts else ""
        return alts[0] if len(alts) == 1 else f"(?:{'|'.join(alts)})"
    return emit(tree)


CUES += _typos(CUES)
OUTCOME_RE = re.compile("|".join(f"(?:{p})" for p in vocab.threat_outcomes()), re.IGNORECASE)



# The acts of watching over others: an appeal or instruction to do one of them is oversight.
OVERSIGHT_ACT = whole_words([p for p, t in CUES if t == "oversight"] + vocab.oversight_acts())
CUE_RE = whole_words([p for p, _ in CUES], "c")
NEGATION_BEFORE = re.compile(r"\b(?:" + vocab.function_words("negation", "negation_other") + r")\s+(?:\w+\s+)?$", re.IGNORECASE)
# A negation inside the relative clause that names whom a threat is for negates no threat after it: "kepala desa
# yang tidak netral akan berurusan dengan hukum" (for other types measured and not kept: demo date fell).
NEGATED_RELATIVE = re.compile(r"\byang\s+(?:" + vocab.function_words("negation") + r")\s+\w+\s+$", re.IGNORECASE)
SANCTION_MODAL = re.compile(r"\b(?:akan|bisa|dapat|siap|langsung|" + vocab.function_words("condition") + r"|yang\s+melanggar|terbukti|"
                            r"tidak\s+main|ancaman|diancam|dikenakan|dijatuhi|dijatuhkan|diberikan|dikenai|terkena|"
                            r"terancam|kena|diganjar|memastikan)\b",
                            re.IGNORECASE)
# "sanksinya jelas, mulai dari teguran ...", "sanksi tegas berupa ...", "sanksi tegas menanti ...": a sanction spelt out
# or awaiting someone threatens without a modal
SANCTION_NAMED = re.compile(r"\s*(?:yang\s+)?(?:tegas|berat|keras|jelas|administratif|disiplin|pidana)?\s*,?\s*"
                            r"(?:mulai\s+dari|berupa|hingga|sampai|menanti|menunggu|mengintai|sesuai|"
                            # "sanksi tegas bagi kepala desa yang tidak netral": a sanction for whoever breaks a rule
                            r"(?:bagi|untuk|kepada)\s+[^.;\"“”]{0,60}?\byang\b)", re.IGNORECASE)
# What a person threatens ("mengancam akan mencabut izin", "mengancam memecat", "mengancam dengan sanksi").
THREAT_CONTENT = re.compile(r"[^.;]{0,50}?\b(?:akan|mencabut|memecat|mencopot|menutup|menyegel|menindak|membongkar|memproses|"
                            r"memidanakan|mempidanakan|memberhentikan|melaporkan|menjatuhkan|sanksi|pidana|penjara|denda|"
                            r"hukuman)\b", re.IGNORECASE)
# A breach named around a closure or seizure makes it a threat ("jika masih buka", "yang nekat berjualan").
CONDITION = re.compile(r"\b(?:" + vocab.function_words("condition") + r"|yang\s+(?:\w+\s+)?(?:" + vocab.function_words("breach")
                       + r"))\b", re.IGNORECASE)
# A loss named as an outcome threatens whoever breaks a rule only when the breach is named too: "pelanggar ...",
# "siapa pun yang ...", "oknum ...", an act "tanpa izin", "ilegal" or "liar", or a condition as above
# ("lurah yang terbukti berpihak bisa kehilangan jabatan").
BREACH = re.compile(CONDITION.pattern + r"|\b(?:pelanggar(?:nya|an)?|pelaku|siapa\s*pun\s+yang|oknum|ketahuan|kedapatan|"
                   r"tanpa\s+izin|ilegal|liar)\b", re.IGNORECASE)
# An event or state of things right after "berharap" (vocab/hoped_events.csv): "berharap, semoga festival ini ...".
HOPED_EVENT = re.compile(r"\s*,?\s*(?:(?:agar|supaya|semoga|bahwa|nantinya|kelak)\s*,?\s*)?(?:para\s+|seluruh\s+)?(?:"
                         + "|".join(vocab.hoped_events()) + r")(?![\w-])", re.IGNORECASE)
# Whom a report goes up to: "melaporkan ke Bupati", "sudah melapor kepada pimpinan".
REPORTED_UP = re.compile(r"\s*(?:(?:langsung|secara\s+langsung)\s+)?(?:ke\s+|kepada\s+)?(?:Pj\.?\s+|Plt\.?\s+|Pjs\.?\s+|Bapak\s+|Ibu\s+)?"
                         r"(?:Bupati|Wali\s*kota|Gubernur|Presiden|Menteri|Sekda|pimpinan|atasan|pemerintah\s+pusat|pusat)\b",
                         re.IGNORECASE)
# A reminder or emphasis that states a fact, with no word of directing before its copula or "pernah":
# "menekankan bahwa netralitas ASN merupakan fondasi ...", "mengingatkan, Sleman pernah dilanda erupsi".
STATED_FACT = re.compile(r"(?:\s+pentingnya)?\s*,?\s*(?:bahwa\s+)?(?:(?!harus|wajib|agar|supaya|jangan|perlu|mesti|hendaknya|untuk|"
                         r"segera|dilarang|tidak\s+boleh|diminta|diharapkan|tetap|selalu)[^.;,\"“”\s]+\s+){1,8}?"
                         r"(?:merupakan|adalah|ialah|pernah)\b"
                         # "mengingatkan bahwa tahun lalu banjir merendam 12 desa": a past event recalled
                         r"|\s*,?\s*(?:bahwa\s+)?(?:pada\s+)?(?:(?:tahun|bulan|pekan|minggu)\s+(?:lalu|kemarin|sebelumnya)|"
                         r"(?:beberapa|bertahun-tahun)\s+(?:waktu|tahun|bulan)\s+(?:lalu|silam))",
                         re.IGNORECASE)
# What is asked to stop, in the passive: "meminta aktivitas tambang di kawasan hutan segera dihentikan".
STOPPED = re.compile(r"(?:\s+(?:agar|supaya|untuk|semua|seluruh|segala))?\s+(?:kegiatan|aktivitas|praktik|praktek|operasi|operasional|"
                     r"penjualan|pembangunan|pengerjaan|penambangan|penebangan|pungutan|pungli)\b[^.;,\"“”]{0,80}?"
                     r"\b(?:dihentikan|distop|disetop|dibubarkan|tidak\s+(?:lagi\s+)?(?:dilakukan|dilanjutkan|diteruskan))\b",
                     re.IGNORECASE)
# "saya tidak mau ada lagi ... yang ...": the speaker's will forbids; it is no commitment of the speaker's own
WILL_NOT = re.compile(r"(?:" + vocab.function_words("negation") + r")\s+(?:mau|ingin)\b", re.IGNORECASE)
# A request to carry out an order or rule already given: "meminta para camat menindaklanjuti surat edaran itu".
CARRIED_OUT = re.compile(r"[^.;\"“”]{0,60}?\b(?:menindaklanjuti|melaksanakan|menjalankan|menerapkan|mengimplementasikan)\s+"
                         r"(?:\w+\s+)?(?:kebijakan|instruksi|surat\s+edaran|SE|edaran|aturan|ketentuan|keputusan|arahan|"
                         r"perintah|regulasi|perda|perbup|perwali|pergub|inpres|inmendagri)\b", re.IGNORECASE)
# "Bupati mengatakan, agar warga ...", "kata dia, agar ...": a request reported after its say-verb.
SAID_BEFORE = re.compile(r"\b(?:" + "|".join(lx.SAY_VERBS) + r"|kata(?:nya)?|ujar(?:nya)?)\s*,?\s*(?:bahwa\s+)?$", re.IGNORECASE)
# A service or payment withheld ("tidak akan dilayani", "tidak menerima TPP") threatens only with a breach named.
WITHHELD = re.compile(r"(?:" + vocab.function_words("negation") + r")\s+(?:akan\s+)?(?:dilayani|dibayarkan|melayani|diberi|memberi|menerbitkan|mendapat|menerima)|"
                      r"(?:akan\s+)?dicoret")
# Enforcement announced ("akan kami angkut", "kami sita", "akan mengevaluasi", "akan menutup"): a threat only with a
# breach named ("kalau masih berjualan di trotoar, gerobaknya akan kami angkut", "kepala sekolah yang tidak mematuhi");
# alone it announces a routine operation ("akan mengevaluasi program", "sampah akan kami angkut").
ENFORCED = re.compile(r"(?:(?:akan|langsung|pasti|bakal)\s+)?(?:saya|kami|kita)\s+(?:angkut|sita|bubarkan|usir|tangkap|"
                      r"tertibkan|tilang|derek|gusur|bongkar|robohkan|musnahkan|amankan)\b|"
                      r"(?:akan|bakal|siap)\s+(?:langsung\s+)?(?:mengevaluasi|menutup(?!\s+sementara)|membongkar|menyita|membubarkan|"
                      r"menertibkan|menilang|menderek|mengusir|menangkap)\b")
# A directive denied: "membantah telah melarang", "menampik tudingan bahwa pihaknya menginstruksikan ...".
DENIED = re.compile(r"\b(?:membantah|menampik|menyangkal|menepis|membantahnya)\b[^.;,\"“”]{0,60}$", re.IGNORECASE)
# A verb after these words describes what someone did or does, not an order given: "yang mengarahkan", "terbukti ...".
DESCRIBED_ACT = re.compile(r"\b(?:yang|terbukti|diduga|karena|sempat|dituding|dituduh|dilaporkan)\s+$", re.IGNORECASE)
SAID_IN = re.compile(r"\b(?:kata|ujar|tulis|tegas|sebut|jelas|pinta|imbau)(?:nya)?\s+[^,.;\"“”]{1,50}$", re.IGNORECASE)
IMPERATIVE = re.compile(r"pastikan|lakukan|siapkan|laksanakan|tingkatkan|perketat|tertibkan|lengkapi|"
                        r"(?:segera\s+)?(?:perbaiki|bersihkan|selesaikan|tuntaskan|percepat)")
# What one watches when following events rather than watching over others: a disaster, the weather, a volcano.
SITUATION_WATCHED = re.compile(r"\s+(?:(?:secara\s+)?(?:langsung|terus|intens|berkala|ketat|rutin)\s+)*(?:terhadap\s+)?"
                               r"(?:kondisi|situasi|perkembangan|cuaca|ketinggian|debit|curah|aktivitas\s+(?:gunung|vulkanik)|"
                               r"gempa|banjir|dampak|titik\s+(?:banjir|longsor|api|panas)|lokasi\s+(?:bencana|banjir|longsor|kebakaran|gempa|pengungsian)|"
                               # "memantau arus mudik", "memantau jalannya vaksinasi": traffic or an event followed
                               r"arus\s+(?:mudik|balik|lalu\s+lintas|kendaraan|penumpang)|jalannya)\b", re.IGNORECASE)
# What one follows to stay informed is no one watched over: "memantau informasi dari BPBD", "pantau terus info cuaca".
INFO_FOLLOWED = re.compile(r"\s+(?:(?:terus|selalu|secara\s+berkala|rutin)\s+)*(?:informasi|info|berita|pengumuman|"
                           r"peringatan\s+dini|imbauan|himbauan|prakiraan|perkiraan|akun|kanal|media\s+sosial|website|"
                           r"situs|laman|siaran)\b", re.IGNORECASE)
# A watching named as a time or a source, not done: "setelah pendataan selesai", "berdasarkan hasil pemantauan".
NOT_AN_ACT_BEFORE = re.compile(r"\b(?:setelah|sebelum|usai|seusai|selama|sambil|berdasarkan|menurut|dari|sesuai|hasil|data)"
                               r"\s+(?:(?:hasil|data|proses|kegiatan)\s+)?$", re.IGNORECASE)
PAST = re.compile(r"\b(?:" + vocab.function_words("past") + r")\s+(?:\w+\s+)?$", re.IGNORECASE)
# "Sekda X, atas nama Bupati Y, menerbitkan ...": the office after "atas nama" is not the subject; the signer is.
OBJECT_BEFORE = re.compile(r"\b(?:kepada|terhadap|bagi|untuk|dengan|dan|atau|dari|melalui|oleh|antara|bersama|didampingi|atas\s+nama|mewakili|"
                           r"dihadiri|ke|arahan|instruksi|imbauan|himbauan|perintah|seruan|ajakan)\s*,?\s*$", re.IGNORECASE)
PLACE_RE = re.compile(
    r"(?<![\w])(?:di|dalam\s+(?:apel|rapat|acara))\s+((?:(?:halaman|ruang|aula|gedung|kantor|pendopo|pendapa|lapangan|"
    r"balai|masjid|rumah\s+dinas|hotel)(?=\s+[A-Z])|[A-Z][\w'-]*)(?:\s+(?:[A-Z][\w'-]*|center|centre|\d+|utama|kantor|dan))*"
    r"(?:,\s+[A-Z][a-z]+(?=[,\s]+(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)))?)")
NOT_PLACE = re.compile(r"^(?:lingkungan|wilayah|tengah|seluruh|kalangan|masa|tahun|media|Pilkada|Pemilu|bawah|atas|"
                       r"sini|sana|mana|antara|depan|dalam|luar|samping|bidang|sektor|tingkat|era|akun)\b", re.IGNORECASE)
EVENT_SENTENCE = re.compile(r"saat|ketika|dalam\s+(?:apel|rapat|acara|kegiatan|sambutan)|dilaksanakan|digelar|berlangsung|"
                            r"memimpin|menghadiri|membuka|kepada\s+wartawan|dikutip|ditemui|dikonfirmasi",
                            re.IGNORECASE)
REPORTED_OCCASION = re.compile(r"\b(?:itu|tersebut|ini)\s+(?:di)?(?:sampaikan|ungkapkan|katakan|tegaskan|utarakan|"
                               r"jelaskan|paparkan|umumkan|serukan)", re.IGNORECASE)


@dataclass
class Directive:
    type: str
    issuer: int | None            # official index
    institution: str | None
    cue_start: int
    cue_end: int
    segment: int
    targets: list[str] = field(default_factory=list)
    date: str | None = None
    date_precision: str | None = None
    place: str | None = None
    legal_basis: list[str] = field(default_factory=list)
    instrument: str | None = None
    negated: bool = False
    confidence: float = 0.7
    how: str = ""
    merged: list[tuple[int, int]] = field(default_factory=list)
    mention: bool = False         # a policy cue that only names an instrument ("SE Nomor 12/2025"), no act


def find_directives(index: TextIndex, officials: list[Official], attribution: Attribution,
                    dates: list[DateMention], published: date | None, lede_start: int = 0,
                    orgs: list | None = None, regions: list | None = None) -> list[Directive]:
    """Detect, type and resolve directives; then merge repeats (see the module docstring)."""
    text = index.text
    refs = attribution.references
    ref_starts = [r.start for r in refs]
    date_starts = [d.start for d in dates]
    found: list[Directive] = []
    occasion = _occasions(index, attribution, dates, published, refs, ref_starts)
    policy = _PolicyContext()
    for k, seg in enumerate(index.segments):
        s_text = text[seg.start:seg.end]
        # a row of a table pasted as text ("1 | name | office | wajib hadir"): its cue words are cell values
        if seg.skip or seg.start < lede_start or _caption_or_headline(index, k) or is_table_row(s_text):
            continue
        if INSTRUMENT_RE.search(s_text):
            policy.seen_at = k
        seen_types: set[str] = set()
        for m in CUE_RE.finditer(s_text):
            ctype = CUES[int(m.lastgroup[1:])][1]
            c0, c1 = seg.start + m.start(), seg.start + m.end()
            before = text[max(seg.start, c0 - 25):c0]
            after = text[c1:min(seg.end, c1 + 120)]
            ctype = _context_type(ctype, m.group(0), before, after, s_text[:m.start()], _paragraph_before(index, k))
            if ctype is None:
                continue
            noun = DIRECTIVE_NOUN.fullmatch(m.group(0)) is not None  # "imbauan Gubernur X": another's act
            if ctype in seen_types and not noun:
                continue
            issuer, institution, how = _issuer(index, k, c0, c1, officials, attribution, refs, ref_starts, policy)
            if issuer is None and institution is None or (ctype, issuer) in seen_types:
                continue
            mention = ctype == "policy" and INSTRUMENT_RE.fullmatch(m.group(0)) is not None
            if mention and not _numbered_instrument_ok(text, seg.start, c0, m.group(0), how):
                continue
            if ctype == "policy" and not mention:  # a cited instrument does not say who speaks next
                policy.issuer, policy.institution, policy.issued_at = issuer, institution, k
            if issuer is not None and not mention:
                policy.recent = (issuer, k)
            # another's order named by its noun ("sesuai arahan Gubernur, OPD wajib ...") leaves the type to the speaker
            seen_types.update(((ctype, issuer),) if noun else (ctype, (ctype, issuer)))
            d = Directive(ctype, issuer, institution, c0, c1, k, how=how, mention=mention)
            giver = _giver(text, refs, ref_starts, c1, seg.end) if noun else None
            t1 = refs[giver].end if giver is not None else c1  # whom it addresses comes after its giver
            d.targets = find_targets(text, seg.start, seg.end, c0, t1, m.group(0), ctype, refs, ref_starts, orgs, officials,
                                     regions)
            if noun and giver is None and not d.targets and \
                    (agent := _giver(text, refs, ref_starts, c1, seg.end, delivered=True)) is not None:
                # "Instruksi ... diberikan oleh Gubernur X kepada para bupati": the addressees follow the agent
                d.targets = find_targets(text, seg.start, seg.end, c0, refs[agent].end, m.group(0), ctype, refs, ref_starts,
                                         orgs, officials, regions)
            _date(d, k, seg, dates, date_starts, occasion, published, text)
            if ctype == "policy":
                if not _signed_date(d, index, k, dates, date_starts, published) and mention:
                    # an instrument only named is as old as its number says ("Nomor 12 Tahun 2025"), if at all
                    year = INSTRUMENT_YEAR.match(text, c1, seg.end)
                    d.date, d.date_precision = (year.group(1), "year") if year else (None, None)
                d.targets = _referred_targets(text, seg.start, k, found, issuer, institution) or d.targets
                d.targets = _pledge_targets(text, c1, seg.end, refs, ref_starts) or d.targets
            d.place = _place(text, seg.start, seg.end) or occasion.place_for(issuer)
            _legal(d, text, seg.start, seg.end)
            d.confidence = {"subject": 0.85, "quote": 0.8, "say": 0.8, "hal": 0.75, "speaker": 0.7,
                            "pronoun": 0.65, "current": 0.55, "institution": 0.6, "agent": 0.8}.get(how, 0.6)
            found.append(d)
    found = _drop_warning_frames(found, text)
    inherit_targets(found)
    _title_targets(found, index, refs, ref_starts)
    extend_to_others(found, index)
    merged = _merge(found)
    fill_from_article(merged)
    for d in merged:  # what findings like this one scored on the tune split (extract/vocab/confidence.csv)
        d.confidence = vocab.confidence("directive", d.how + ("+repeated" if d.merged else ""), d.confidence)
    return merged


WARNING_FRAME = re.compile(r"(?:(?:meng|memper)ingatkan|menekankan|ditekankan|menegaskan)(?:\s*,|\s+bahwa\b)", re.IGNORECASE)


def _drop_warning_frames(found: list[Directive], text: str) -> list[Directive]:
    """ "Ia mengingatkan, kepala OPD yang ... akan diberi sanksi": the reminder only frames the
    warning or ban it reports, so it is not an appeal of its own."""
    framed = {d.segment for d in found if d.type in ("sanction_warning", "prohibition", "instruction", "oversight")}
    return [d for d in found if not (d.type == "appeal" and d.segment in framed
                                     and WARNING_FRAME.match(text, d.cue_start, d.cue_start + 40))]


def _caption_or_headline(index: TextIndex, k: int) -> bool:
    seg = index.segments[k]
    t = index.text[seg.start:seg.end]
    if re.search(r"\((?:Foto|Dok|Ilustrasi)\b|Foto\s*:|Dok\.|Ilustrasi|[A-Z][\w]*/\s?[A-Z][\w]+\.?$", t):
        return True
    words = re.findall(r"[A-Za-z]{3,}", t)
    caps = sum(w[0].isupper() for w in words)
    return len(words) >= 3 and caps / len(words) >= 0.7 and not t.rstrip().endswith((".", '"', "”"))


def _paragraph_before(index: TextIndex, k: int) -> str:
    """The previous sentence when it is in the same paragraph (a condition often sits there)."""
    if k > 0 and index.segments[k - 1].line == index.segments[k].line:
        prev = index.segments[k - 1]
        return index.text[prev.start:prev.end]
    return ""


def _context_type(ctype: str, cue: str, before: str, after: str, seg_before: str, prev: str = "") -> str | None:
    low = cue.lower()
    if ctype != "prohibition" and NEGATION_BEFORE.search(before) and not (
            ctype == "sanction_warning" and NEGATED_RELATIVE.search(before)):
        return None  # "tidak harus", "belum ada", "tidak melarang"
    if ctype == "prohibition" and low.startswith(("melarang", "larang", "dilarang")) and NEGATION_BEFORE.search(before):
        return None
    if low.startswith(("menekankan", "mengingatkan", "ditekankan", "ingatkan")) and STATED_FACT.match(after):
        return None  # "menekankan bahwa netralitas merupakan fondasi ...", "mengingatkan, Sleman pernah dilanda ...": a statement
    if low in ("berharap", "mengharapkan", "harapkan") and HOPED_EVENT.match(after):
        return None  # "berharap festival ini menjadi agenda tahunan": a wish about events, no one is asked
    if low.startswith("diharapkan") and re.match(r"\s+(?:tidak\s+ada|ada|terjadi|bisa\s+berjalan|berjalan)", after, re.I):
        return None
    if IMPERATIVE.fullmatch(low) and seg_before.strip(" \"“'‘-") != "":
        return None  # a bare imperative directs only when it opens the (quoted) sentence: "Lakukan patroli ..."
    if low in ("agar", "supaya") and not _bare_request(seg_before) and not SAID_BEFORE.search(seg_before):
        return None  # "agar" opens a request only right after its addressees (see _bare_request) or a say-verb
    if low == "wajib" and re.match(r"\s+(?:pajak|pilih)", after, re.I):
        return None
    if low == "harus" and re.match(r"\s+(?:rela\s+)?(?:mengungsi|dirawat|dievakuasi|dilarikan|menjalani|kehilangan|menanggung|"
                                  r"menempuh|antre|mengantre|menunggu|merugi|menerima\s+(?:harga|kenyataan|nasib|kerugian)|"
                                  r"siap\s+(?:menerima|menanggung)\s+(?:konsekuensi|sanksi|risiko|akibat))",
                  after, re.I):
        return None  # "1.931 jiwa harus mengungsi": what people must undergo, not an order
    if low == "mengancam" and not THREAT_CONTENT.match(after):
        return None  # "hal-hal yang mengancam keselamatan", "banjir mengancam permukiman": a danger, not a threat
    if ctype == "sanction_warning" and not OUTCOME_RE.fullmatch(cue) and (
            re.match(r"akan\s+(?:langsung\s+)?di(?!lakukan\s+pen(?:indakan|egakan))", low) or WITHHELD.match(low)
            or ENFORCED.match(low)) and \
            not BREACH.search(prev + " " + seg_before + " " + after[:60]):
        return None  # "jalan itu akan ditutup sementara" closes; "toko yang nekat buka akan disegel" threatens
    if ctype == "sanction_warning" and OUTCOME_RE.fullmatch(cue) and (
            PAST.search(before) or not BREACH.search(" ".join((prev, seg_before, cue, after[:60])))):
        return None  # "kehilangan jabatan", "efek jera": a threat only with the breach named
    if ctype == "sanction_warning":
        window = prev + " " + seg_before + " " + after[:60]
        if re.match(r"[^.;]{0,40}?\b(?:sudah|telah)\s+(?:dijatuhkan|diberikan|dikenakan|dijatuhi|diterapkan)\b", after, re.I):
            return None  # "sanksi bagi pelanggar sudah dijatuhkan": a sanction given, not threatened
        if PAST.search(before) or not SANCTION_MODAL.search(window) and not SANCTION_NAMED.match(after) and \
                not re.search(r"\bada\s+$", before) and low.split()[0] in (
                "sanksi", "sanksinya", "konsekuensi", "konsekuensinya", "pemecatan", "teguran", "pemotongan", "penundaan", "penurunan",
                "hukuman", "dipotong", "tindakan", "denda", "dendanya", "pidana", "penjara", "kurungan", "surat", "ditegur",
                "daftar", "diblacklist", "di-blacklist"):
            return None
        if re.match(r"\s*(?:dari|bagi)?\s*(?:yang|bagi)?", after) and re.search(r"belum\s+ada|tidak\s+ada\s+(?:laporan|pelanggaran)", before + after[:80], re.I):
            return None
    if ctype == "instruction" and low.startswith(("menginstruksikan", "instruksikan", "diinstruksikan", "memerintahkan")):
        if re.search(r"(?:untuk|agar|supaya)\s+tidak|tidak\s+boleh|jangan|dilarang", after[:60], re.I):
            return "prohibition"
    if ctype == "appeal" and low in ("meminta", "minta", "mendesak") and STOPPED.match(after):
        return "prohibition"  # "meminta aktivitas tambang itu dihentikan": asking that an activity stop forbids it
    if ctype == "appeal" and low in ("meminta", "minta", "diminta") and IN_INSTRUCTION.search(seg_before):
        ctype = "instruction"  # "Dalam instruksi itu, gubernur meminta ...": a request in a formal order is an order
    if ctype == "appeal" and low in ("meminta", "minta", "diminta") and CARRIED_OUT.match(after):
        ctype = "instruction"  # "meminta bupati menindaklanjuti kebijakan tersebut": carrying out an order is ordered
    act = OVERSIGHT_ACT.search(after[:70]) if ctype in ("appeal", "instruction") else None
    if act is not None and not INFO_FOLLOWED.match(after, act.end()):
        return "oversight"  # "meminta camat mendata korban", "harus memantau": an order to watch is oversight
    if ctype == "policy" and low.startswith("dalam") and not SAID_IN.search(seg_before):
        return None  # only "kata Bupati X dalam surat edaran ...": what is said in a circular is its writer's policy
    if ctype == "policy" and low.startswith(("membuat", "bikin")) and not re.search(r"aturan|peraturan|kebijakan|surat\s+edaran", after[:40], re.I):
        return None
    if low in ("tolong",) and not re.search(r"\w", after[:3]):
        return None
    if ctype == "prohibition" and low.startswith("jangan") and re.match(
            r"\s+(?:panik|khawatir|cemas|takut|resah|ragu|terpancing|terprovokasi|mudah\s+(?:percaya|terpancing))", after, re.I):
        return "appeal"  # "jangan panik" reassures; it forbids nothing
    if ctype == "prohibition" and not low.startswith(("melarang", "dilarang", "larang", "pelarangan")) and re.search(
            r"(?:imbau|minta|ajak|ingatkan|harap|tolong|(?:ny|s)erukan)\w*\b[^.;\"“”]{0,60}$", seg_before, re.I):
        return None  # "mengingatkan warga agar jangan ...", "tolong jaga ... jangan ...": part of the appeal
    if low.startswith("jangan") and re.match(r"\s+(?:cuma|hanya|sekadar|sekedar)\b", after, re.I):
        return None  # "jangan cuma di mulut, tetapi ...": not only ... but
    if re.search(r"\byang\s+$", before) and low in ("dilarang", "diwajibkan", "diminta", "diharuskan", "diimbau", "meminta",
                                                    "minta", "memerintahkan", "menyuruh", "mengajak"):
        return None  # "melakukan yang dilarang", "kepala desa yang meminta fee": a description, not the act of directing
    if DENIED.search(seg_before):
        return None  # "membantah telah melarang ...", "menampik tudingan menginstruksikan ...": an act denied
    if low.startswith(("mengarahkan", "arahkan")) and DESCRIBED_ACT.search(before):
        return None  # "kepala desa terbukti mengarahkan warga untuk memilih ...": an act described, not an order
    if low in ("harus", "mesti") and re.search(r"\byang\s+(?:\w+\s+)?$", before, re.I):
        return None  # "warga yang mungkin harus mengungsi", "tantangan yang harus dihadapi": a description
    if ctype in ("instruction", "prohibition") and MODAL_CUES.match(low) and not WILL_NOT.match(low) and re.search(
            r"\b(?:kami|saya|aku|kita)\s+(?:juga\s+|pun\s+)?$", before, re.I):
        return None  # "kami harus bekerja keras": a commitment, not a directive to others
    if ctype in ("oversight", "policy") and re.search(r"\b(?:bagus|baik|penting|perlu|mendukung)\b[^.,;\"“”]{0,80}$",
                                                       seg_before, re.I):
        return None  # "saya kira bagus membentuk tim", "mendukung Dinas X membentuk tim": not the issuer's act
    if low in ("membatasi", "batasi") and not LIST_ITEM.fullmatch(seg_before) and not re.search(
            r"\b(?:saya|kami|kita|pihaknya)\s+(?:akan\s+|telah\s+|sudah\s+)?$|\b(?:resmi|telah|sudah)\s+$", before, re.I):
        return None  # "praktis akan membatasi langkah ASN" describes an effect; "saya batasi" is the act
    if ctype == "oversight" and low.startswith(("pendataan", "pemantauan", "pengawasan", "melakukan")) and NOT_AN_ACT_BEFORE.search(before):
        return None  # "setelah pendataan kerusakan selesai", "berdasarkan hasil pemantauan": a process named, no act
    if ctype == "oversight" and low.startswith(("melapor", "lapor")) and REPORTED_UP.match(after) and not re.search(
            r"\b(?:bisa|dapat|silakan|segera|harus|wajib|agar|supaya|untuk|diminta|diharapkan)\s+(?:\S+\s+)?$", before, re.I):
        return None  # "Kepala Dinas melaporkan ke Bupati ...": a subordinate's own report, no one is set to watch
    if ctype == "oversight" and low.startswith(("laporkan", "lapor", "melapor")) and re.search(
            r"\b(?:akan|bakal|langsung)\s+(?:kami|saya)\s+$|\b(?:kami|saya|pihaknya)\s+(?:akan\s+|langsung\s+)?$", before, re.I):
        return None  # "akan kami laporkan ke inspektorat": the speaker reports a breaker (a threat), no one is set to watch
    if ctype == "oversight" and (SITUATION_WATCHED.match(after) or INFO_FOLLOWED.match(after)):
        return None  # "terus memantau situasi", "memantau langsung kondisi banjir": watching events, not people
    if ctype == "oversight" and re.search(
            r"\b(?:harus|wajib|agar|untuk|supaya|perlu|minta|meminta|diminta|instruksikan|perintahkan)\s+(?:\S+\s+){0,3}$",
            before, re.I):
        return None  # the act inside an order already typed oversight (see above)
    if ctype == "policy" and not INSTRUMENT_RE.search(" ".join((seg_before, cue, after))) and re.search(
            r"\b(?:minta|meminta|diminta|(?:meng|di)?imbau|(?:meng|di)?instruksikan|(?:mem|di)?perintahkan|(?:meng|di)?ajak|"
            r"(?:ber)?harap|wajib|harus)\b[^.;\"“”]{0,60}$", seg_before, re.I):
        return None  # "meminta sekolah meniadakan wisuda": what a request asks for is its content, not a policy issued
        # (with an instrument named in the sentence, its verb may be all that tells of the instrument's policy)
    if ctype == "policy" and re.search(r"\b(?:untuk|agar|supaya)\s+(?:segera\s+)?$", before, re.I):
        return None  # "memerintahkan Kesbangpol untuk segera menerbitkan SE": the order is the act, not a policy
    if ctype == "policy" and low.startswith(("tertuang", "termaktub", "tercantum")) and not _instrument_named_ok(after):
        return None
    return ctype


# Policy cues whose instrument names its author ("menerbitkan SE Bupati ...", "tertuang dalam Perwali ...").
POLICY_CUE_START = re.compile(r"(?:menerbitkan|diterbitkan|mengeluarkan|dikeluarkan|tertuang|termaktub|tercantum|"
                              r"dituangkan|diatur|sesuai|berdasarkan|melalui|surat\s+edaran|SE\b|instruksi|peraturan|"
                              r"perbup|perwali|pergub|keputusan|maklumat)", re.IGNORECASE)
IN_INSTRUCTION = re.compile(r"(?:^|\b(?:dalam|melalui|lewat|berdasarkan|sesuai)\s+)(?:instruksi|inpres|ingub|inbup|inwal|"
                            r"surat\s+perintah|surat\s+edaran|SE|edaran)\b", re.IGNORECASE)
# Words relayed from another: "menirukan ucapan Bupati", "mengutip pesan Gubernur".
RELAYED = re.compile(r"\b(?:menirukan|mengutip|meneruskan)\s+(?:(?:ucapan|ungkapan|pesan|perkataan|kata-kata|kata|arahan|"
                     r"pernyataan|amanat)\s+)?(?:dari\s+)?", re.IGNORECASE)
# The start of a numbered, lettered or bulleted item of a circular's list: "1. ", "b) ", "- ".
LIST_ITEM = re.compile(r"\s*(?:(?:\d{1,2}|[a-zA-Z])[.)]|[-•*])?\s*")


ADDRESSEE_LEAD = re.compile(r"\s*[\"“]?\s*(?:(?:\d{1,2}|[a-zA-Z])[.)]|[-•*])?\s*(?:(?:bagi|kepada|untuk)\s+)?"
                            r"(?:(?:seluruh|semua|para|setiap)\s+)?", re.IGNORECASE)
ADDRESSEE_REST = re.compile(r"(?:\s+[\w/-]+){0,2}?(?:\s+yang\s+[^,.;\"“”]{1,80}?)?\s*,?\s*(?:(?:juga|pun)\s+)?",
                            re.IGNORECASE)


def _bare_request(seg_before: str) -> bool:
    """A circular's or a quoted item's request with no verb of asking: "Masyarakat agar selalu
    waspada", "Bagi pemilik keramba yang ... agar ...": the sentence opens with its addressees."""
    lead = ADDRESSEE_LEAD.match(seg_before)
    target = TARGET_RE.match(seg_before, lead.end())
    return target is not None and ADDRESSEE_REST.fullmatch(seg_before, target.end()) is not None


# "Surat Edaran (SE) Wali Kota Bogor Nomor 400/12/2025", "Instruksi Gubernur Nomor: 01/2025": the words
# between a numbered instrument and its number name its author.
NUMBERED = re.compile(r"(?P<author>(?:\s+(?!(?:nomor|no|nomer|bernomor)\b)[\w.'/-]+|\s*\([^()]{1,40}\)){0,8}?)\s*"
                      r"(?:nomor|no\.|nomer|bernomor)\s*:?\s*\d", re.IGNORECASE)
BASIS_BEFORE = re.compile(r"\b(?:berdasarkan|sesuai|mengacu|merujuk|seperti|dasar|amanat|menindaklanjuti|mengikuti|"
                          r"diatur)\b(?:\s+\S+){0,2}\s*$", re.IGNORECASE)


INSTRUMENT_YEAR = re.compile(r"[^.;]{0,60}?(?:nomor|no\.|nomer|bernomor)\s*:?\s*[\w.:/-]*?(?:\s+tahun\s+|/)(20\d\d)\b",
                             re.IGNORECASE)


def _numbered_instrument_ok(text: str, s: int, c0: int, cue: str, how: str) -> bool:
    """A numbered instrument named on its own is its author's policy: the author named in it
    ("Surat Edaran Wali Kota Bogor Nomor ...") when that office holder is in the article, else the
    sentence's issuer; an instrument of others (a Perpres, a Dirjen's circular) or one cited as the
    basis of something else ("berdasarkan SE Nomor ...") is no policy of the sentence's issuer.
    `cue` is the instrument's name itself (a verb cue, "menerbitkan SE ...", is not checked here)."""
    num = NUMBERED.match(text, c0 + len(cue))
    author = re.sub(r"\s*\([^()]*\)", "", num.group("author")).strip() if num else ""
    if author:
        return how in ("instrument", "agent")
    return not BASIS_BEFORE.search(text, s, c0)


def _instrument_named_ok(after: str) -> bool:
    """'tertuang dalam SKB 3 Menteri': an instrument of others is not the issuer's policy."""
    return not re.match(r"\s+(?:Surat\s+Keputusan\s+Bersama|SKB)", after)


class _PolicyContext:
    """The latest instrument issued in the article: its content sentences are its issuer's directives."""

    def __init__(self):
        self.issuer: int | None = None
        self.institution: str | None = None
        self.seen_at = -100

    recent: tuple[int | None, int] = (None, -100)  # issuer of the latest directive and its sentence
    issued_at = -100  # the sentence of the latest policy directive

    def cited(self, k: int) -> bool:
        """Whether "dalam SE tersebut ..." in sentence k can point back at the latest policy."""
        return (self.issuer is not None or self.institution is not None) and 0 <= k - self.issued_at <= 15

    def applies(self, k: int) -> bool:
        return (self.issuer is not None or self.institution is not None) and 0 <= k - self.seen_at <= 6


# A cited instrument the article already named: "dalam SE tersebut", "Surat edaran itu juga mengatur ...".
CITED_KIND = r"(?:surat\s+edaran|SE|edaran|instruksi|peraturan|perbup|perwali|pergub|keputusan|surat\s+(?:imbauan|himbauan))"
INSTRUMENT_CITED = re.compile(r"\b(?:dalam|melalui|lewat|pada|di)\s+" + CITED_KIND + r"\s+(?:tersebut|itu|ini)\b|"
                              r"\b" + CITED_KIND + r"\s+(?:tersebut|itu|ini)\s+(?:juga\s+)?(?:mengatur|meminta|menyebutkan|"
                              r"menegaskan|menekankan|melarang|mewajibkan|berisi|memuat|menginstruksikan)\b", re.IGNORECASE)
INSTRUMENT_RE = re.compile(r"\b(?:" + vocab.instrument_pattern() + r")\b", re.IGNORECASE)


def _issuer(index: TextIndex, k: int, c0: int, c1: int, officials: list[Official], att: Attribution,
            refs: list[Reference], ref_starts: list[int],
            policy: "_PolicyContext | None" = None) -> tuple[int | None, str | None, str]:
    text = index.text
    seg = index.segments[k]
    in_quote = _inside_quote(text, seg, c0)
    speaker = att.speakers[k]
    current = att.current_before[k]
    # a signing agent after the cue: "ditandatangani oleh Wali Kota Serang, Budi Rustandi"; the
    # giver of a received order: "mendapat instruksi dari Bupati Sleman"
    agent = re.match(r"[^\n]{0,200}?(?:oleh|(?:diteken|ditandatangani)(?:\s+oleh)?)\s+", text[c1:seg.end]) or (
        re.match(r"\s+dari\s+", text[c1:seg.end]) if RECEIVED.match(text, c0) else None)
    if agent:
        pos = c1 + agent.end()
        i = bisect.bisect_left(ref_starts, pos)
        if i < len(refs) and refs[i].start <= pos + 2 and refs[i].official is not None:
            return refs[i].official, None, "agent"
    relayed = RELAYED.search(text, c1, seg.end)
    if relayed:  # "..., ujar Kepala BKD X menirukan ucapan Pj Bupati": the words are the Pj Bupati's
        i = bisect.bisect_left(ref_starts, relayed.end())
        if i < len(refs) and refs[i].start <= relayed.end() + 2 and refs[i].official is not None:
            return refs[i].official, None, "say"
    if DIRECTIVE_NOUN.fullmatch(text, c0, c1):
        # "imbauan Gubernur DKI Jakarta agar ...", "larangan Bupati Lotim": the office after the noun gives it
        i = _giver(text, refs, ref_starts, c1, seg.end, delivered=True)
        return (refs[i].official, None, "agent") if i is not None else (None, None, "")
    author = _instrument_author(text, c0, c1, seg.end, refs, ref_starts)
    if author is not None:
        return author, None, "instrument"
    if policy is not None and policy.cited(k) and INSTRUMENT_CITED.search(text, seg.start, c0):
        # "Kepala BKPSDM mengatakan, dalam SE tersebut ditekankan ...": the content is its issuer's, not the explainer's
        return policy.issuer, policy.institution, "instrument"
    if not in_quote and (_public_actor_subject(text, seg.start, c0, c1) or PUBLIC_DEMAND.search(text, seg.start, c0)):
        return None, None, ""  # "Warga mendesak bupati ...": the citizens' demand, not an official's directive
    if in_quote:
        third = _quoted_subject(text, seg, c0, c1, officials, refs, ref_starts, speaker)
        if third is not None:  # '"Bapak Kapolres meminta agar ...," ujar Kasi Humas': the Kapolres asked
            return third, None, "subject"
    if not in_quote:
        i = bisect.bisect_left(ref_starts, c0) - 1
        while i >= 0 and refs[i].start >= seg.start:
            r = refs[i]
            if r.end > c0:
                i -= 1
                continue
            pre = text[max(seg.start, r.start - 20):r.start]
            if OBJECT_BEFORE.search(pre) or _inside_quote(text, seg, r.start):
                i -= 1
                continue
            if r.kind == "agency" and HEAD_OF_BODY.search(text, max(seg.start, r.start - 30), r.start):
                i -= 1  # "Ketua PGRI Kabupaten Ende, NAME, meminta ...": the body names its head's office
                continue
            if r.kind == "agency":
                # a body is the issuer only as the sentence's subject: "Dinkes Kota Kendari meminta warga ..."
                lead = len(re.findall(r"\w+", text[seg.start:r.start]))
                gap_words = len(re.findall(r"\w+", text[r.end:c0]))
                passive = passive_or_modal(text[c0:c1])
                if not passive and lead <= 2 and gap_words <= 3 and not any(
                        x.official is not None for x in refs[bisect.bisect_left(ref_starts, seg.start):i]):
                    if speaker is not None and att.how[k] is not None and _heads(officials[speaker], r.text):
                        return speaker, None, "speaker"  # "Menurut dia (the Menteri LH), Kementerian LH memantau ..."
                    return None, r.text, "institution"
                i -= 1
                continue
            if r.kind == "institution":
                gap_words = len(re.findall(r"\w+", text[r.end:c0]))
                if gap_words <= 5:
                    head = _institution_head(r.text, officials)
                    if head is None and speaker is not None and att.how[k] == "hal":
                        return speaker, None, "speaker"  # "Pemprov X mengimbau ... Imbauan itu disampaikan Kalaksa BPBD Y"
                    return head, (r.text if head is None else None), "institution"
                i -= 1
                continue
            if r.kind == "pronoun":
                who = speaker if speaker is not None else current
                if who is not None:
                    return who, None, "pronoun"
                i -= 1
                continue
            if r.official is not None and addressed(text, r.end, c0, c1):
                i -= 1  # "Kepala Dinas X ... ditugaskan untuk mengawasi": the holder receives the order
                continue
            if r.official is not None and not officials[r.official].former:
                return r.official, None, "subject"
            i -= 1
    if not in_quote and speaker is None and NAMED_OTHER_BEFORE.search(text, seg.start, c0) and not passive_or_modal(text[c0:c1]):
        return None, None, ""  # "Dokter spesialis anak, dr. Anita Kambu, meminta ...": a person who holds no office
    if speaker is not None:
        return speaker, None, "speaker"
    if policy is not None and policy.applies(k):
        return policy.issuer, policy.institution, "instrument"
    recent, at = policy.recent if policy is not None else (None, -100)
    if current is not None and (any(att.speakers[j] is not None for j in range(max(0, k - 4), k))
                                or (recent == current and k - at <= 4)):
        return current, None, "current"  # the discourse continues a speaker or issuer of just before
    return None, None, ""


# A head's office before a body's name ("Ketua Umum Partai X", "Rektor Universitas Y"): the body is not the subject.
HEAD_OF_BODY = re.compile(r"\b(?:Ketua|Kepala|Direktur|Rektor|Sekretaris|Koordinator|Komandan|Pimpinan|Anggota|Pengurus|"
                          r"Juru\s+Bicara|Jubir|Pembina|Presiden|Dekan)(?:\s+(?:Umum|Harian|Utama|Jenderal|Wilayah|Daerah|"
                          r"Cabang|Dewan\s+Pimpinan\s+\w+))?\s+$")


# Inside a quotation, an office holder right before an active cue: the speaker reports another's act.
QUOTED_SUBJECT_GAP = re.compile(r"\s+(?:(?:sudah|telah|juga|pun|sempat|pernah|kembali|langsung|secara\s+tegas)\s+){0,2}$")


def _quoted_subject(text: str, seg, c0: int, c1: int, officials: list[Official], refs: list[Reference],
                    ref_starts: list[int], speaker: int | None = None) -> int | None:
    """'"Bapak Kapolres sudah meminta ...," ujar X': the official named as the subject inside the quote;
    '"Beliau meminta kami ...," ujar X': the official spoken of before, who is not X."""
    i = bisect.bisect_left(ref_starts, c0) - 1
    if i < 0 or refs[i].start < seg.start:
        return None
    r = refs[i]
    cue = text[c0:c1].lower()
    if passive_or_modal(cue) or not cue.startswith("me") or not QUOTED_SUBJECT_GAP.fullmatch(text, r.end, c0):
        return None
    if OBJECT_BEFORE.search(text[max(seg.start, r.start - 20):r.start]) or not _inside_quote(text, seg, r.start):
        return None
    if r.kind == "pronoun" and r.text.lower() == "beliau":
        j = next((j for j in range(i - 1, -1, -1) if refs[j].official is not None and refs[j].official != speaker
                  and not officials[refs[j].official].former and refs[j].start > seg.start - 600), None)
        return refs[j].official if j is not None and speaker is not None else None
    if r.official is None or officials[r.official].former:
        return None
    return r.official


# Citizens, protesters, workers ... (vocab/public_actors.csv) as the subject of an active cue, at most three
# words before it after a quantifier: "Ratusan warga sekitar juga mendesak ...".
PUBLIC_SUBJECT = re.compile(r"\s*(?:(?:sejumlah|ratusan|puluhan|ribuan|para|banyak|beberapa|kalangan|perwakilan)\s+)?"
                            r"\b(?:" + vocab.public_actor_pattern() + r")\b(?:\s+[\w-]+){0,3}?\s*$", re.IGNORECASE)


def _public_actor_subject(text: str, s: int, c0: int, c1: int) -> bool:
    """Is the subject of this active cue a citizen or group that holds no office?"""
    cue = text[c0:c1].lower()
    if passive_or_modal(cue) or not cue.startswith(("me", "ber")):
        return False  # "Warga diminta ...", "Warga harus ...": the group is addressed
    start = max(clause_start(text, s, c0), text.rfind(",", s, c0) + 1)
    return PUBLIC_SUBJECT.match(text, start, c0) is not None or PUBLIC_RELATIVE.search(text, max(s, c0 - 60), c0) is not None


# "mahasiswa yang mendesak pemkot mencabut izin tambang", "Warga menuntut bupati melarang ...": a cue inside the content
# of a demand of citizens is part of their demand.
PUBLIC_DEMAND = re.compile(r"\b(?:" + vocab.public_actor_pattern() + r")\b(?:\s+[\w-]+){0,3}?\s+(?:yang\s+)?"
                           r"(?:mendesak|menuntut|mengusulkan|meminta|minta)\b[^.;:,\"“”]{0,100}$", re.IGNORECASE)
# "mendengarkan aspirasi warga yang meminta jalan diaspal": the relative clause makes the citizens the ones asking.
PUBLIC_RELATIVE = re.compile(r"\b(?:" + vocab.public_actor_pattern() + r")\b(?:\s+[\w-]+){0,2}?\s+(?:yang|yg)\s+"
                             r"(?:(?:juga|sempat|sudah|telah|terus)\s+)?$", re.IGNORECASE)


DIRECTIVE_NOUN = re.compile(r"imbauan|himbauan|seruan|ajakan|larangan|instruksi|perintah|arahan", re.IGNORECASE)


GIVER_LEAD = re.compile(r"\s+(?:dari\s+)?|")
# "Larangan ... ditegaskan (oleh) Bupati X": the noun's giver is the agent of the passive verb that delivers it.
DELIVERED_BY = re.compile(r"[^.;\"“”]{0,160}?\b(?:disampaikan|ditegaskan|diserukan|dikeluarkan|diberikan|dilontarkan|"
                          r"diumumkan)\s+(?:langsung\s+)?(?:oleh\s+)?", re.IGNORECASE)


def _giver(text: str, refs: list[Reference], ref_starts: list[int], c1: int, end: int, delivered: bool = False) -> int | None:
    """The reference of the official right after a directive noun ("arahan (dari) Bupati Sleman ...") or,
    with `delivered`, after the passive verb that delivers it ("larangan ... ditegaskan Bupati Sleman")."""
    for giver in (GIVER_LEAD.match(text, c1, end), DELIVERED_BY.match(text, c1, end) if delivered else None):
        if giver is None:
            continue
        i = bisect.bisect_left(ref_starts, giver.end())
        if i < len(refs) and refs[i].start == giver.end() and refs[i].official is not None:
            return i
    return None


def _instrument_author(text: str, c0: int, c1: int, end: int, refs: list[Reference], ref_starts: list[int]) -> int | None:
    """The office named in the instrument a policy cue points at: "tertuang dalam Surat Edaran (SE)
    Wali Kota Bandung Nomor ..." is the Wali Kota's, whoever the sentence's subject is."""
    m = INSTRUMENT_RE.search(text, c0, min(end, c1 + 40))
    if m is None or not POLICY_CUE_START.match(text, c0):
        return None
    after = re.match(r"(?:\s*\([A-Z]{2,8}\))?\s+", text[m.end():])
    at = m.end() + (after.end() if after else 0)
    i = bisect.bisect_left(ref_starts, at)
    if i < len(refs) and refs[i].start == at and refs[i].kind == "title" and refs[i].official is not None:
        return refs[i].official
    return None


BODY_WORD = re.compile(r"^(?:Kementerian|Kemen|Dinas|Badan|Kantor|Lembaga|Komisi)\s+", re.IGNORECASE)
HEAD_WORD = re.compile(r"^(?:(?:Plt|Plh|Pj|Penjabat|Wakil)\.?\s+)?(?:Menteri|Kepala(?:\s+(?:Dinas|Badan|Kantor))?|Ketua)\s+",
                       re.IGNORECASE)


def _heads(official: Official, body: str) -> bool:
    """Does this official lead the body ("Menteri Lingkungan Hidup" and "Kementerian Lingkungan Hidup")?"""
    title = re.sub(r"\s*\([^)]*\)", "", official.title or "")  # "Menteri Lingkungan Hidup (LH)"
    core = HEAD_WORD.sub("", title).lower()
    return bool(core) and core != title.lower() and BODY_WORD.sub("", body).lower().startswith(core)


def _institution_head(name: str, officials: list[Official]) -> int | None:
    """'Pemkab Grobogan' -> its Bupati (any marker) if the article names one, else its Sekda."""
    core = re.sub(r"^" + lx.INSTITUTION_PREFIX + r"\s+", "", name)
    core_words = core.split()
    heads = {"kabupaten": "Bupati", "kota": "Wali Kota", "provinsi": "Gubernur"}
    for want in ("head", "Sekda"):
        for i, off in enumerate(officials):
            if off.region is None or off.former:
                continue
            rc = off.region.core
            if not (rc.split()[0] == core_words[0] or core.startswith(rc) or rc.startswith(core)):
                if not _alias_match(core, off.region):
                    continue
            if want == "head" and off.head == heads.get(off.region.level):
                return i
            if want == "Sekda" and off.head == "Sekda":
                return i
    return None


def _alias_match(core: str, region) -> bool:
    return any(r.code == region.code for r in RegionTable.load().candidates(core))


def _inside_quote(text: str, seg, pos: int) -> bool:
    line_start = text.rfind("\n", 0, pos) + 1
    chunk = text[line_start:pos]
    straight = chunk.count('"')
    opens, closes = chunk.count("“"), chunk.count("”")
    return straight % 2 == 1 or opens > closes


class _Occasions:
    """Dates and places of occasions: per speaker, and for the article as a whole."""

    def __init__(self):
        self.by_official: dict[int, tuple[str, str]] = {}
        self.place_by_official: dict[int, str] = {}
        self.article: tuple[str, str] | None = None
        self.article_place: str | None = None

    def date_for(self, official: int | None) -> tuple[str, str] | None:
        if official is not None and official in self.by_official:
            return self.by_official[official]
        return self.article

    def place_for(self, official: int | None) -> str | None:
        if official is not None and official in self.place_by_official:
            return self.place_by_official[official]
        return self.article_place


def _occasions(index: TextIndex, att: Attribution, dates: list[DateMention], published: date | None,
               refs: list[Reference], ref_starts: list[int]) -> _Occasions:
    occ = _Occasions()
    text = index.text
    date_starts = [d.start for d in dates]
    last_who = None
    for k, seg in enumerate(index.segments):
        if seg.skip:
            continue
        ds = [d for d in dates[bisect.bisect_left(date_starts, seg.start):bisect.bisect_left(date_starts, seg.end)]
              if d.kind == "event"]
        for d in ds:
            if d.form == "relative":
                resolve_relative(d, _sentence_reference(ds, published))
        dated = next(((d.value, d.precision) for d in ds if d.value and d.form != "relative" and d.precision == "day"),
                     None) or next(((d.value, d.precision) for d in ds if d.value and d.precision == "day"), None)
        place = _place(text, seg.start, seg.end) if EVENT_SENTENCE.search(text[seg.start:seg.end]) or ds else None
        officials_here = {r.official for r in refs[bisect.bisect_left(ref_starts, seg.start):bisect.bisect_left(ref_starts, seg.end)]
                          if r.official is not None}
        who = att.speakers[k]
        if who is None and len(officials_here) == 1:
            who = next(iter(officials_here))
        if who is None and dated and len(officials_here) > 1:
            # "Pj Gubernur X melantik Y sebagai Pj Bupati ..., Senin (5/2/2024)": each took part
            for official in officials_here:
                occ.by_official.setdefault(official, dated)
        if who is None and not officials_here and REPORTED_OCCASION.search(text[seg.start:seg.end]):
            who = last_who  # "Imbauan itu disampaikan saat apel ..., Jumat (21/6)": the occasion of what was just said
        if who is not None:
            last_who = who
            if dated and who not in occ.by_official:
                occ.by_official[who] = dated
            if place and who not in occ.place_by_official:
                occ.place_by_official[who] = place
        elif not officials_here:
            if dated and occ.article is None:
                occ.article = dated
            if place and occ.article_place is None and EVENT_SENTENCE.search(text[seg.start:seg.end]):
                occ.article_place = place
    return occ


def _sentence_reference(ds: list[DateMention], published: date | None) -> date | None:
    for d in ds:
        if d.form != "relative" and d.value and d.precision == "day":
            return parse_iso(d.value)
    return published


def _date(d: Directive, k: int, seg, dates: list[DateMention], date_starts: list[int], occ: _Occasions,
          published: date | None, text: str) -> None:
    ds = [x for x in dates[bisect.bisect_left(date_starts, seg.start):bisect.bisect_left(date_starts, seg.end)]
          if x.kind == "event"]
    for x in ds:
        if x.form == "relative" and x.value is None:
            resolve_relative(x, _sentence_reference(ds, published))
    # a relative date close to the cue ("Kemarin saya sudah menandatangani") beats the sentence's own date
    rel = [x for x in ds if x.form == "relative" and x.value and abs(x.start - d.cue_start) < 60]
    pick = rel[0] if rel else next((x for x in ds if x.value and x.precision == "day"), None)
    if pick is not None:
        d.date, d.date_precision = pick.value, pick.precision
        return
    if any(x.value is None and x.form != "relative" for x in ds):
        return  # the sentence dates itself, but the date cannot be resolved
    got = occ.date_for(d.issuer)
    if got:
        d.date, d.date_precision = got
        return
    coarse = next((x for x in ds if x.value and x.precision in ("month", "year")), None)
    if coarse is not None:  # "pada Juni 2025", "bulan lalu": as precise as the text is
        d.date, d.date_precision = coarse.value, coarse.precision


# "ditandatangani Bupati X pada 3 Juni 2025", "SE tertanggal 2 Mei 2025", "diteken Senin (20/5)": the day an
# instrument was signed or issued, up to 60 characters after the verb.
SIGNED_BEFORE = re.compile(r"\b(?:diteken|ditandatangani|ditanda\s+tangani|diterbitkan|dikeluarkan|ditetapkan|disahkan|"
                           r"tertanggal|bertanggal)\b[^.;\"“”]{0,60}$", re.IGNORECASE)
# "yang mulai berlaku Selasa (12/3)", "berlaku sejak Senin (24/7/2023)": the day an instrument took effect (a start,
# not a period "berlaku dari ... sampai ...").
IN_FORCE_FROM = re.compile(r"\b(?:mulai\s+berlaku|berlaku\s+(?:sejak|mulai))\s+(?:(?:hari|pada|tanggal)\s+)?$", re.IGNORECASE)
# The next sentence goes on about the instrument: "Surat edaran yang diteken Selasa (14/11) itu ...".
INSTRUMENT_OPENS = re.compile(r"\W{0,3}(?:(?:dalam|pada|melalui)\s+)?(?:" + vocab.instrument_pattern() + r")\b", re.IGNORECASE)


def _signed_date(d: Directive, index: TextIndex, k: int, dates: list[DateMention], date_starts: list[int],
                 published: date | None) -> bool:
    """A policy is given the day its instrument was signed or issued, when its sentence or the next one
    (if that one opens on the instrument) says so; that day beats the sentence's other dates."""
    text = index.text
    segs = [index.segments[k]]
    if k + 1 < len(index.segments) and INSTRUMENT_OPENS.match(text, index.segments[k + 1].start):
        segs.append(index.segments[k + 1])
    for before in (SIGNED_BEFORE, IN_FORCE_FROM):  # the day it took effect only when no signing day is given
        for seg in segs:
            ds = dates[bisect.bisect_left(date_starts, seg.start):bisect.bisect_left(date_starts, seg.end)]
            for x in ds:
                if before.search(text, max(seg.start, x.start - 70), x.start):
                    if x.form == "relative" and x.value is None:
                        resolve_relative(x, _sentence_reference(ds, published))
                    if x.value:
                        d.date, d.date_precision = x.value, x.precision
                        return True
    return False


# "Larangan itu tertuang dalam SE ...", "Kebijakan ini dituangkan dalam ...": the sentence opens on a rule
# given just before; the noun says which kind of directive it was.
REFERS_BACK = re.compile(r"\W{0,3}(?:(?:dan|namun|adapun|sementara)\s+)?(?P<noun>larangan|imbauan|himbauan|kebijakan|aturan|"
                         r"ketentuan|instruksi|kewajiban|keputusan|pembatasan|penetapan|hal)(?:\s+\w+)?\s+(?:itu|ini|tersebut)\b",
                         re.IGNORECASE)


def _referred_targets(text: str, s: int, k: int, found: list[Directive], issuer: int | None,
                      institution: str | None) -> list[str]:
    """A policy whose sentence opens on a rule just given ("Larangan itu tertuang dalam Surat Edaran ...")
    addresses whom that rule addressed: the latest directive of the two sentences before, of the kind
    the noun names if there is one, else its issuer's."""
    m = REFERS_BACK.match(text, s)
    if m is None:
        return []
    near = [d for d in found if k - 2 <= d.segment < k and d.targets]
    want = RULE_TYPE.get(m.group("noun").lower())
    pick = next((d for d in reversed(near) if d.type == want), None) or next(
        (d for d in reversed(near) if (d.issuer, d.institution) == (issuer, institution)), None)
    return list(pick.targets) if pick is not None else []


# The title of the instrument a policy cue names: "Nomor 12 Tahun 2025 tentang Penataan Parkir bagi PKL".
OWN_TITLE = re.compile(r"(?:[^.;]|\.(?=\S)){0,100}?\btentang\s+([^,.;()\"“”]{3,120}?)(?=\s*(?:[,.;()\"“”]|$|\s(?:yang|itu|tersebut|"
                       r"ini|diteken|ditandatangani|tertanggal|pada|dan\s+(?:di|me)\w+)\b))", re.IGNORECASE)


def _title_targets(found: list[Directive], index: TextIndex, refs: list[Reference], ref_starts: list[int]) -> None:
    """A policy still addressing nobody addresses the group its instrument's title names for it ("SE ...
    tentang Larangan bagi ASN", "tentang Netralitas Kepala Desa"): read last, as a title often names
    only the matter ("Ketenteraman Masyarakat")."""
    text = index.text
    for d in found:
        if d.type != "policy" or d.targets:
            continue
        title = OWN_TITLE.match(text, d.cue_end, index.segments[d.segment].end)
        if title is not None:
            a, b = title.span(1)
            d.targets = find_targets(text, a, b, a, a, "", "policy", refs, ref_starts)


# The group a pledge names as its own: "ikrar netralitas ASN", "pakta integritas kepala desa".
PLEDGE_NAME = re.compile(r"\s+(?:(?:netralitas|antikorupsi|disiplin|komitmen|bersama)\s+)?", re.IGNORECASE)


def _pledge_targets(text: str, c1: int, end: int, refs: list[Reference], ref_starts: list[int]) -> list[str]:
    """A pledge read or signed ("penandatanganan ikrar netralitas ASN yang diwakili camat ...") binds the group
    its name gives, not whoever stands in for them at the ceremony."""
    if not re.search(r"(?:ikrar|integritas|deklarasi)$", text[max(0, c1 - 12):c1], re.I):
        return []
    name = PLEDGE_NAME.match(text, c1, end)
    at = name.end() if name else c1
    got = find_targets(text, at, min(end, at + 30), at, at, "", "policy", refs, ref_starts)
    return got if got and TARGET_RE.match(text, at) else []


def _place(text: str, s: int, e: int) -> str | None:
    for m in PLACE_RE.finditer(text, s, e):
        place = m.group(1).strip()
        place = re.sub(r"\s+(?:dan)$", "", place)
        if NOT_PLACE.match(place) or len(place) < 3:
            continue
        if re.match(r"(?:Kabupaten|Kota|Provinsi)\s", place) and re.search(r"(?:ASN|pegawai|warga|masyarakat)\s+$",
                                                                           text[max(s, m.start() - 20):m.start()]):
            continue
        return place
    return None


def _legal(d: Directive, text: str, s: int, e: int) -> None:
    for c in find_citations(text, s, e):
        before = text[max(s, c["start"] - 40):c["start"]]
        if d.type == "policy" and c["kind"] in ("SE", "SK", "Inmendagri", "Perbup", "Perwali", "Pergub", "Permen") and (
                not BASIS_CUE.search(before) or re.search(r"(?:tertuang|termaktub|tercantum)\s+dalam\s+$", before)):
            d.instrument = d.instrument or c["normalized"]
            continue
        if BASIS_CUE.search(before) or d.type != "policy" and c["kind"] in ("UU", "PP", "Perpres", "Permen", "Permendagri", "SKB"):
            if c["normalized"] not in d.legal_basis:
                d.legal_basis.append(c["normalized"])


def _merge(found: list[Directive]) -> list[Directive]:
    """Same issuer and type with the same targets, a subset of them, or none: one directive."""
    out: list[Directive] = []
    for d in found:
        mine = {group_of(t) for t in d.targets}
        prev = None
        for o in out:
            if (o.issuer, o.institution, o.type) != (d.issuer, d.institution, d.type):
                continue
            theirs = {group_of(t) for t in o.targets}
            # an instrument named again ("SE Wali Kota Nomor ...") restates its issuer's policy
            if not mine or not theirs or mine <= theirs or theirs <= mine or d.mention:
                prev = o
                break
        if prev is None:
            out.append(d)
            continue
        if len(mine) > len({group_of(t) for t in prev.targets}):
            prev.targets = list(d.targets)
        prev.merged.append((d.cue_start, d.cue_end))
        if not d.mention:  # the year in an instrument's number does not date the act that issued it
            prev.date = prev.date or d.date
            prev.date_precision = prev.date_precision or d.date_precision
        prev.place = prev.place or d.place
        prev.instrument = prev.instrument or d.instrument
        for lb in d.legal_basis:
            if lb not in prev.legal_basis:
                prev.legal_basis.append(lb)
        prev.confidence = min(0.98, max(prev.confidence, d.confidence) + 0.05)
    return out


