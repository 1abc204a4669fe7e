"""The search box language, checked and translated into an SQLite FTS5 MATCH expression.

What a user may type:
  fogging                      a word (case and diacritics do not matter)
  "kawasan tanpa rokok"        a phrase
  fog*                         words that start with "fog"
  rokok AND vape, rokok vape   both (AND is implied between neighbours)
  rokok OR vape                either
  rokok NOT vape               the first without the second
  (rokok OR vape) NOT sekolah  parentheses group

Only upper-case AND, OR, NOT are operators; lower-case "and" is a word. Characters that
mean something to FTS5 (: ^ + - { } . ,) are word separators here, so "covid-19" is the
phrase "covid 19" and can never raise an FTS5 syntax error. A query that does not parse
raises `QueryError` with one line saying what is wrong and how to write it instead.

`parse` returns a small tree; `to_fts(tree, fold)` writes it out, passing every word
through `fold` (identity for a plain search, the lemmatizer for a stemmed one).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

OPERATORS = ("AND", "OR", "NOT")
# unicode61's idea of a word: letters, digits (and the marks that belong to them).
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


class QueryError(ValueError):
    """A search query that cannot be run; the message is one line meant for the user."""


@dataclass(frozen=True)
class Term:
    words: tuple[str, ...]   # one word, or several for a phrase ("covid-19" -> covid, 19)
    prefix: bool = False      # fog* : the last word is a prefix


@dataclass(frozen=True)
class Op:
    op: str                   # AND | OR | NOT
    left: "Node"
    right: "Node"


Node = Term | Op


def words_of(text: str) -> list[str]:
    """The words FTS5's unicode61 tokenizer would see, lower-cased with diacritics removed."""
    return [fold_diacritics(w.lower()) for w in _WORD.findall(text)]


def fold_diacritics(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _tokens(query: str) -> list[tuple[str, str]]:
    """(kind, text) pairs: phrase, word, op, open, close."""
    out: list[tuple[str, str]] = []
    i, n = 0, len(query)
    while i < n:
        c = query[i]
        if c.isspace():
            i += 1
        elif c == '"':
            end = query.find('"', i + 1)
            if end < 0:
                raise QueryError('unbalanced quote: close the phrase with a second " (e.g. "kawasan tanpa rokok")')
            star = end + 1 < n and query[end + 1] == "*"
            out.append(("phrase*" if star else "phrase", query[i + 1:end]))
            i = end + 1 + star
        elif c in "()":
            out.append(("open" if c == "(" else "close", c))
            i += 1
        else:
            j = i
            while j < n and not query[j].isspace() and query[j] not in '"()':
                j += 1
            text = query[i:j]
            out.append(("op", text) if text in OPERATORS else ("word", text))
            i = j
    return out


class _Parser:
    def __init__(self, tokens: list[tuple[str, str]]):
        self.tokens = tokens
        self.pos = 0

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> tuple[str, str]:
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def parse(self) -> Node:
        node = self.or_expr()
        tok = self.peek()
        if tok is not None:
            if tok[0] == "close":
                raise QueryError("unbalanced parenthesis: a ')' has no '(' before it")
            raise QueryError(f"unexpected {tok[1]!r}")
        return node

    def or_expr(self) -> Node:
        node = self.and_expr()
        while self.peek() == ("op", "OR"):
            self.take()
            node = Op("OR", node, self.and_expr("OR"))
        return node

    def and_expr(self, after: str | None = None) -> Node:
        node = self.not_expr(after)
        while True:
            tok = self.peek()
            if tok == ("op", "AND"):
                self.take()
                node = Op("AND", node, self.not_expr("AND"))
            elif tok is not None and tok[0] in ("word", "phrase", "phrase*", "open"):
                node = Op("AND", node, self.not_expr())  # neighbours: AND implied
            else:
                return node

    def not_expr(self, after: str | None = None) -> Node:
        node = self.primary(after)
        while self.peek() == ("op", "NOT"):
            self.take()
            node = Op("NOT", node, self.primary("NOT"))
        return node

    def primary(self, after: str | None = None) -> Node:
        tok = self.peek()
        if tok is None:
            if after:
                raise QueryError(f"{after} needs a word after it, as in 'rokok {after} vape'")
            raise QueryError("nothing to search for: type a word, a \"phrase\" or a prefix*")
        kind, text = self.take()
        if kind == "op":
            if text == "NOT" and after is None:
                raise QueryError("NOT needs a word before it, as in 'rokok NOT vape' (a search cannot be only NOT)")
            where = f"after {after}" if after else "at the start"
            raise QueryError(f"{text} cannot stand {where}: put a word on each side, as in 'rokok {text} vape'")
        if kind == "close":
            raise QueryError("empty or unbalanced parentheses: put words between '(' and ')'")
        if kind == "open":
            node = self.or_expr()
            if self.peek() != ("close", ")"):
                raise QueryError("unbalanced parenthesis: a '(' is never closed")
            self.take()
            return node
        prefix = kind == "phrase*" or (kind == "word" and text.endswith("*"))
        words = tuple(words_of(text))
        if not words and kind.startswith("phrase"):
            raise QueryError('an empty phrase "": put words between the quotes')
        if not words:
            raise QueryError(f"{text!r} holds no letters or digits to search for")
        return Term(words, prefix)


def parse(query: str) -> Node:
    """The tree of a query, or QueryError with a one-line reason."""
    if not query or not query.strip():
        raise QueryError("nothing to search for: type a word, a \"phrase\" or a prefix*")
    return _Parser(_tokens(query)).parse()


def terms(node: Node) -> list[Term]:
    """The terms a match must or may contain (those under NOT's right side left out): what to highlight."""
    if isinstance(node, Term):
        return [node]
    return terms(node.left) + ([] if node.op == "NOT" else terms(node.right))


def to_fts(node: Node, fold: Callable[[str], str] = lambda w: w) -> str:
    """The FTS5 MATCH text of a tree: every word quoted, so no user text reaches FTS5's syntax."""
    if isinstance(node, Term):
        # A prefix keeps its word as typed: the lemma of a fragment means nothing.
        words = [*(fold(w) for w in node.words[:-1]), node.words[-1] if node.prefix else fold(node.words[-1])]
        quoted = '"' + " ".join(w.replace('"', '""') for w in words) + '"'
        return quoted + (" *" if node.prefix else "")
    return f"({to_fts(node.left, fold)} {node.op} {to_fts(node.right, fold)})"
