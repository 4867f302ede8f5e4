"""The project's one SPARQL tokenizer, and what is read from its tokens: the query form, whether
the text names its own dataset, which update keyword it opens with, which prefixes it declares.

Strings, IRIs, comments, variables and prefixed names are whole tokens, so a keyword inside one is
never taken for a keyword. The tokens serve messages (:mod:`kg.sparql.errors`), rewriting for a
remote engine (:mod:`kg.sparql.rewrite`) and the size check (:mod:`kg.sparql.size`). They decide
no security question: whether a text is an update or uses SERVICE is decided on a parse by
:mod:`kg.sparql.guard` (tokens were fooled by ``e:x\\'``). Every pattern is possessive and an
unclosed string ends where its content does (no parser reads past it), so each character is read
once: a run such as ``a.a.a.…`` was read once per character before (quadratic: 64 KB took 30 s).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

TOKEN = re.compile(
    r"""
    (?P<space>\s+)
  | (?P<comment>\#[^\n\r]*)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*+(?:''')?+|\"\"\"(?:[^"\\]|\\.|"(?!""))*+(?:\"\"\")?+
               |'(?:[^'\\\n\r]|\\.)*+'?+|"(?:[^"\\\n\r]|\\.)*+"?+)
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][\w\u00b7\u0300-\u036f\u203f-\u2040]+)
  | (?P<pname>(?:[A-Za-z\u00c0-\uffff][\w\-\u00b7]*+(?:\.++[\w\-\u00b7]++)*+)?+
               :(?:[\w:%\-\u00b7.]|\\[_~.\-!$&'()*+,;=/?\#@%])*+)
  | (?P<blank>_:[\w.\-]+)
  | (?P<word>[A-Za-z\u00c0-\uffff][\w\-\u00b7]*+(?:\.++[\w\-\u00b7]++)*+)
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


#: The query forms, and the words an update operation starts with (SPARQL 1.1 Update).
FORMS = ("SELECT", "CONSTRUCT", "DESCRIBE", "ASK")
UPDATE_KEYWORDS = frozenset(
    {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"}
)
_PREFIX_DECL = re.compile(r"(?P<name>(?:[A-Za-z\u00c0-\uffff][\w.\-\u00b7]*)?):$")


class Token(NamedTuple):
    kind: str  # a TOKEN group: string, iri, var, pname, blank, word or other
    text: str
    start: int  # offset in the query text


def scan(text: str) -> Iterator[Token]:
    """Every token of ``text`` but white space and comments, in order."""
    for match in TOKEN.finditer(text):
        kind = match.lastgroup or "other"
        if kind not in ("space", "comment"):
            yield Token(kind, match.group(), match.start())


def words(text: str) -> Iterator[str]:
    """The bare words of ``text`` (keywords, function names), upper-cased, in order."""
    for token in scan(text):
        if token.kind == "word":
            yield token.text.upper()


def form(text: str) -> str:
    """The query form: 'SELECT', 'CONSTRUCT', 'DESCRIBE', 'ASK' or 'UPDATE' ('' if unknown)."""
    for word in words(text):
        if word in ("BASE", "PREFIX"):
            continue
        if word in FORMS:
            return word
        return "UPDATE" if word in UPDATE_KEYWORDS else ""
    return ""


def update_keyword(text: str) -> str | None:
    """The first update keyword of ``text`` (INSERT, DELETE, LOAD, CLEAR...), to name in a
    message; None when it has none."""
    return next((w for w in words(text) if w in UPDATE_KEYWORDS), None)


def has_dataset_clause(text: str) -> bool:
    """True when the query names its own dataset (``FROM`` / ``FROM NAMED``)."""
    return any(word == "FROM" for word in words(text))


def declared_prefixes(text: str) -> list[str]:
    """The prefixes the query declares itself (``PREFIX name: <...>``), in order."""
    found = []
    previous: Token | None = None
    for token in scan(text):
        if previous and previous.kind == "word" and previous.text.upper() == "PREFIX":
            decl = _PREFIX_DECL.match(token.text) if token.kind == "pname" else None
            if decl:
                found.append(decl["name"])
        previous = token
    return found
