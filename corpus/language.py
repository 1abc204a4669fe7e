"""Is this text Indonesian? A fast function-word check, good enough to keep other pages out.

Regional news is in Indonesian; what else turns up (English wire copy, Javanese or
Sundanese columns, Malaysian Malay portals) is stored flagged `not_indonesian` and not
extracted. Counting very common function words of each language is fast (no model to
load on workers) and decisive on article-length text. Malay shares most function words
with Indonesian, so a few Malay-only spellings tip the balance between the two.
"""

from __future__ import annotations

import re
from collections import Counter

_WORD = re.compile(r"[a-zà-ÿ]+")

_INDONESIAN = frozenset(
    "yang dan di ke dari untuk dengan pada ini itu dalam tidak akan juga oleh bahwa kepada para telah "
    "sebagai adalah atau karena sudah agar saat kami mereka dapat bisa harus serta namun masih lebih "
    "tersebut yakni yaitu ujar kata menurut seluruh setiap hingga antara tahun bupati warga".split()
)
_MALAY_ONLY = frozenset("tidak boleh kerana daripada iaitu ialah sahaja berkata beliau semasa selepas".split()) - _INDONESIAN
_ENGLISH = frozenset("the and of to in is that for with on as was by are be this from at it have has not".split())
_JAVANESE = frozenset("lan ing sing iku ora karo kanggo marang uga wis saka ana bakal".split())


def guess_language(text: str | list[str], hint: str | None = None) -> str:
    """'id', 'en', 'ms', 'jv' or 'und' for a text (or its lower-cased words); `hint` (the
    page's lang attribute) decides when the text is too short to tell."""
    words = _WORD.findall(text[:4000].lower()) if isinstance(text, str) else text[:700]
    if len(words) < 8:
        return (hint or "und").split("-")[0].lower() or "und"
    counts = Counter(words)
    scores = {
        "id": sum(counts[w] for w in _INDONESIAN),
        "en": sum(counts[w] for w in _ENGLISH),
        "jv": sum(counts[w] for w in _JAVANESE),
    }
    malay = sum(counts[w] for w in _MALAY_ONLY)
    best = max(scores, key=scores.get)
    if scores[best] < max(2, len(words) * 0.04):
        return "und"
    if best == "id" and malay > max(2, scores["id"] * 0.08):
        return "ms"
    return best


def is_indonesian(language: str) -> bool:
    return language == "id"
