"""A small SPARQL tokenizer: which operation a text is, and whether it uses ``SERVICE``.

pyoxigraph exposes no parsed algebra, and parsing an update with it means running it. So these
checks work on tokens: strings, IRIs, comments, variables and prefixed names are whole tokens, and
only a bare keyword counts. ``"SERVICE"`` in a literal, ``<http://x/SERVICE>`` or ``ex:service``
never trips the check; the keyword itself always does.

These tokens decide no security question (kg.sparql.guard does, on a parser's result); they serve
rewriting and the nesting check. The name patterns are possessive so a long run such as
``a.a.a.…`` is read once, not once per character (that was quadratic: 64 KB took 30 s).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

TOKEN = re.compile(
    r"""
    (?P<space>\s+)
  | (?P<comment>\#[^\n\r]*)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
               |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][\w\u00b7\u0300-\u036f\u203f-\u2040]+)
  | (?P<pname>(?:[A-Za-z\u00c0-\uffff][\w\-\u00b7]*+(?:\.++[\w\-\u00b7]++)*+)?+
               :(?:[\w:%\\\-\u00b7.]|%[0-9A-Fa-f]{2})*)
  | (?P<blank>_:[\w.\-]+)
  | (?P<word>[A-Za-z\u00c0-\uffff][\w\-\u00b7]*+(?:\.++[\w\-\u00b7]++)*+)
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)

#: Keywords that can open a SPARQL 1.1 Update operation.
UPDATE_KEYWORDS = frozenset("INSERT DELETE LOAD CLEAR CREATE DROP COPY MOVE ADD WITH".split())
QUERY_KEYWORDS = frozenset("SELECT CONSTRUCT DESCRIBE ASK".split())


def words(text: str) -> Iterator[str]:
    """The bare words of ``text`` (keywords, function names), upper-cased, in order."""
    for match in TOKEN.finditer(text):
        if match.lastgroup == "word":
            yield match.group().upper()


def operation(text: str) -> str | None:
    """'query', 'update' or None: the kind of the first operation keyword after the prologue."""
    for word in words(text):
        if word in ("BASE", "PREFIX"):
            continue
        if word in QUERY_KEYWORDS:
            return "query"
        if word in UPDATE_KEYWORDS:
            return "update"
        return None
    return None


def uses_service(text: str) -> bool:
    """True when ``text`` has the ``SERVICE`` keyword (a federated query) outside literals/IRIs."""
    return any(word == "SERVICE" for word in words(text))


def has_dataset_clause(text: str) -> bool:
    """True when the query names its own dataset (``FROM`` / ``FROM NAMED``)."""
    return any(word == "FROM" for word in words(text))


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
