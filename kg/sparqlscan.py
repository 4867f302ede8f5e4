"""A small SPARQL tokenizer: strings, IRIs, comments, variables and prefixed names are whole tokens.

It serves rewriting (:mod:`kg.stores.sparqltext`) and the nesting check that keeps pyoxigraph's
parser from overflowing its stack. It decides no security question: whether a text is an update or
uses SERVICE is decided on a parse by :mod:`kg.sparql.guard` (tokens were fooled by ``e:x\\'``).
Every pattern is possessive and an unclosed string ends where its content does (no parser reads
past it), so each character is read once: a run such as ``a.a.a.…`` was
read once per character before (quadratic: 64 KB took 30 s).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

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


def words(text: str) -> Iterator[str]:
    """The bare words of ``text`` (keywords, function names), upper-cased, in order."""
    for match in TOKEN.finditer(text):
        if match.lastgroup == "word":
            yield match.group().upper()


#: Deepest bracket nesting (or longest run of prefix operators) a query may have: pyoxigraph's
#: parser recurses on both, and a few thousand levels overflow its stack and kill the process.
MAX_NESTING = 256


def nesting(text: str) -> int:
    """The query's deepest ``{ ( [`` nesting, or its longest run of ``! - +``, whichever is more."""
    depth = deepest = run = 0
    for match in TOKEN.finditer(text):
        kind, token = match.lastgroup, match.group()
        if kind == "space" or kind == "comment":
            continue
        if kind == "other" and token in "!-+":
            run += 1
            deepest = max(deepest, run)
            continue
        run = 0
        if kind == "other" and token in "{([":
            depth += 1
            deepest = max(deepest, depth)
        elif kind == "other" and token in "})]":
            depth = max(depth - 1, 0)
    return deepest
