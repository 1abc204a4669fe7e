"""Full-text search over the stored articles: the one entry point the CLI, the app and watchlists use.

`search(store, "fogging")` parses the query (arahan.corpus.search_query), runs it on the FTS5
index (arahan.store.search) and returns the best-ranked articles with a highlighted
snippet each, the number of matches and facets (outlet, month, directive type, issuer,
province, kabupaten/kota). With `stem=True` every word of the query and of the articles is
replaced by its lemma (arahan.extract.lang's Indonesian lemmatizer: "melarang" and "larangan"
both become "larang"), so affixed forms find each other; the stemmed index is filled
lazily by `refresh_stems`, which a writing caller runs first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from arahan.corpus.search_query import Node, QueryError, parse, terms, to_fts, words_of
from arahan.store.database import Store
from arahan.store.search import HIT_CLOSE, HIT_OPEN, SNIPPET_WORDS, Filters, SearchTables

__all__ = ["Filters", "QueryError", "SearchResult", "hit_spans", "refresh_stems", "resolve_regions", "search"]

_WORD_SPAN = re.compile(r"[^\W_]+", re.UNICODE)
RANK_LIMIT = 10_000   # more matches than this: newest first instead of bm25 (see search)
FACET_LIMIT = 10_000  # facets over at most this many newest matches


class StemmerMissing(RuntimeError):
    """The lemmatizer's tables are not where the pipeline should be; the message says what to do."""


@dataclass
class SearchResult:
    query: str
    fts: str                          # the MATCH expression that ran
    stemmed: bool
    total: int
    hits: list[dict]                  # id, title, outlet, published, canonical_url, snippet, score
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    unstemmed: int = 0                # articles the stemmed index does not cover yet
    order: str = "relevance"          # relevance (bm25) | recent (too many matches to rank, newest stored first)
    facets_over: int | None = None    # facets counted over this many newest matches (None: all of them)


# ---------------------------------------------------------------- stemming
class Stemmer:
    """Lemma of a lower-case, diacritic-free word, from the pipeline's lemmatizer tables (no spaCy run)."""

    def __init__(self, tables_dir: Path | None = None):
        from arahan.extract.lang.lemmatizer import IndonesianLemmatizer
        from arahan.extract.nlp import model_path

        folder = Path(tables_dir) if tables_dir else model_path() / "lemmatizer"
        if not (folder / "lemma_tables.json.gz").is_file():
            raise StemmerMissing(f"no lemmatizer tables at {folder}: build the pipeline (see models/README.md) "
                                 "or search without --stem")
        self.lemmatizer = IndonesianLemmatizer(None).from_disk(folder)

    def __call__(self, word: str) -> str:
        return self.lemmatizer.lemmatize_word(word) if word.isalpha() else word

    def text(self, text: str) -> str:
        return " ".join(self(w) for w in words_of(text))


@lru_cache(maxsize=1)
def stemmer() -> Stemmer:
    return Stemmer()


def refresh_stems(store: Store, *, batch: int = 2000) -> int:
    """Lemmatize the articles the stemmed index lacks (new or changed ones); returns how many."""
    tables = SearchTables(store)
    stem = stemmer()
    done = 0
    while True:
        rows = tables.unstemmed(limit=batch)
        if not rows:
            return done
        tables.put_stems((r["id"], stem.text(f"{r['title'] or ''}\n{r['text'] or ''}")) for r in rows)
        done += len(rows)


# ---------------------------------------------------------------- regions
@lru_cache(maxsize=1)
def _region_table():
    from arahan.extract.gazetteer.table import RegionTable

    return RegionTable.load()


def region_name(code: str) -> str:
    region = _region_table().by_code.get(code)
    return region.name if region else code


def resolve_regions(text: str) -> list[str]:
    """Kemendagri codes a user's region means: a code, a canonical name ("Kabupaten Malang",
    "Jawa Timur"), or a core name or alias ("Malang" -> both Kabupaten and Kota Malang). Unknown: []."""
    table = _region_table()
    text = text.strip()
    if text in table.by_code:
        return [text]
    lowered = {name.lower(): r.code for name, r in table.by_name.items()}
    if text.lower() in lowered:
        return [lowered[text.lower()]]
    forms = table.candidates(text) or table.candidates(text.title())
    return [r.code for r in forms]


# ---------------------------------------------------------------- highlighting
def hit_spans(text: str, node: Node, stem: Stemmer | None = None) -> list[tuple[int, int]]:
    """Character spans of the words of `text` that a query's terms match (for snippets and the reader)."""
    exact: set[str] = set()
    prefixes: list[str] = []
    for term in terms(node):
        words = list(term.words)
        if term.prefix:
            prefixes.append(words.pop())
        exact.update(stem(w) if stem else w for w in words)
    spans = []
    for m in _WORD_SPAN.finditer(text):
        word = words_of(m.group())[0] if m.group() else ""
        if any(word.startswith(p) for p in prefixes) or (stem(word) if stem else word) in exact:
            spans.append(m.span())
    return spans


def make_snippet(text: str, spans: list[tuple[int, int]], words: int = SNIPPET_WORDS) -> str:
    """About `words` words of `text` around its first hit, hits wrapped in HIT_OPEN/HIT_CLOSE."""
    if not text:
        return ""
    tokens = list(_WORD_SPAN.finditer(text))
    if not tokens:
        return text[:200]
    first = spans[0][0] if spans else 0
    at = next((i for i, t in enumerate(tokens) if t.start() >= first), 0)
    lo = max(0, at - words // 4)
    hi = min(len(tokens), lo + words)
    start, end = tokens[lo].start(), tokens[hi - 1].end()
    out, pos = [], start
    for s, e in spans:
        if s < start or e > end:
            continue
        out += [text[pos:s], HIT_OPEN, text[s:e], HIT_CLOSE]
        pos = e
    out.append(text[pos:end])
    return ("… " if lo > 0 else "") + "".join(out) + (" …" if hi < len(tokens) else "")


def mark(snippet: str | None, open_: str, close: str) -> str:
    """A snippet with its hit markers replaced (e.g. by "[" and "]", or <mark> tags)."""
    return (snippet or "").replace(HIT_OPEN, open_).replace(HIT_CLOSE, close)


# ---------------------------------------------------------------- searching
def search(store: Store, query: str, *, stem: bool = False, filters: Filters | None = None, limit: int = 20,
           offset: int = 0, facets: bool = True) -> SearchResult:
    """Run a user's query; QueryError (one line) when it does not parse."""
    node = parse(query)
    filters = filters or Filters()
    tables = SearchTables(store)
    if not tables.available():
        raise QueryError("this store has no search index yet: run any writing command (e.g. `arahan status`) once")
    stemmer_ = stemmer() if stem else None
    fts = to_fts(node, stemmer_ or (lambda w: w))
    unfiltered = tables.count_unfiltered(fts, stemmed=stem)
    # bm25 scores every match before it can sort: past RANK_LIMIT matches (a word in most
    # articles) the newest stored come first, and facets count the newest FACET_LIMIT.
    recent = unfiltered > RANK_LIMIT
    # Snippets of prefix queries are made here: FTS5's snippet() would merge the doclists of
    # every word with the prefix again for each hit.
    own_snippets = stem or any(t.prefix for t in terms(node))
    hits = tables.match(fts, filters, stemmed=stem, limit=limit, offset=offset, recent=recent,
                        snippets=not own_snippets)
    if own_snippets and hits:
        texts = tables.documents([h["id"] for h in hits])
        for hit in hits:
            body = (texts.get(hit["id"]) or {}).get("text") or ""
            hit["snippet"] = make_snippet(body, hit_spans(body, node, stemmer_))
    over = FACET_LIMIT if unfiltered > FACET_LIMIT else None
    raw = tables.facets(fts, filters, stemmed=stem, newest=over) if facets else None
    if filters.empty():
        total = unfiltered
    elif raw is not None and over is None:
        total = raw["total"].get("", 0)
    else:
        total = tables.count(fts, filters, stemmed=stem)
    result = SearchResult(query, fts, stem, total, hits, unstemmed=tables.count_unstemmed() if stem else 0,
                          order="recent" if recent else "relevance", facets_over=over if facets else None)
    if raw is not None:
        raw.pop("total", None)
        result.facets = named_facets(raw)
    return result


def named_facets(raw: dict[str, dict[str, int]]) -> dict[str, dict[str, int]]:
    """Region codes named (province, kabupaten/kota; finer places left out); every facet sorted by count."""
    kabupaten: dict[str, int] = {}
    for code, n in raw.pop("region", {}).items():
        if code.count(".") == 1:
            kabupaten[region_name(code)] = kabupaten.get(region_name(code), 0) + n
    raw["province"] = {region_name(code): n for code, n in raw.get("province", {}).items()}
    raw["kabupaten"] = kabupaten
    return {name: dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))) for name, counts in raw.items()}
