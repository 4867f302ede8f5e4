"""The one place that decides whether a SPARQL text may run: a query, not an update, and no SERVICE.

pyoxigraph gives no parsed algebra and would run SERVICE itself, so federation is decided on
rdflib's SPARQL parser, never on tokens (a hand-written tokenizer was fooled by ``e:x\\'``). The
parser is slow (pure Python, ~0.3-2 ms a token), so a text that cannot name the keyword at all is
let through without it: SERVICE is a keyword, and after the ``\\u``/``\\U`` escapes any SPARQL
parser applies first, a text without the letters ``service`` in any case has none. Any other text
must parse with rdflib; if it does not, it is refused (the two parsers disagree: the safe way).
When rdflib finds no SERVICE, pyoxigraph's own parser is asked too, on the text with every
``service`` respelled: had one been its keyword, the respelled text no longer parses, and the text
is refused. Callers run this where CPU time is allowed: in a query worker, or in ``kg query``.
"""

from __future__ import annotations

import re
import sys
import threading

from kg.sparql.size import too_big
from kg.vocab import PREFIXES

SERVICE_REFUSED = "SERVICE (federated query) is not allowed here; allow it with --allow-service"
READ_ONLY = "updates are not allowed: this endpoint is read-only"
#: Stack for the parser thread: rdflib's grammar recurses per nesting level and per triple.
_STACK_BYTES = 512 * 1024 * 1024
_RECURSION = 200_000
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_SERVICE = re.compile("service", re.IGNORECASE)


class Refused(Exception):
    """A text that must not run, with the HTTP status that says why (400 or 403)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def check_query(text: str, *, allow_service: bool = False) -> None:
    """Raise :class:`Refused` unless ``text`` may be handed to pyoxigraph's ``query``.

    Refused: more nesting or operators than pyoxigraph's parser survives, and (unless
    ``allow_service``) any text whose parse has a SERVICE pattern or that rdflib cannot parse while
    it names the keyword.
    """
    oversized = too_big(text)
    if oversized:
        raise Refused(400, oversized)
    if allow_service or not may_name_service(text):
        return
    tree = _parse(text, update=False)
    if isinstance(tree, BaseException):
        if not isinstance(_parse(text, update=True), BaseException):
            raise Refused(403, READ_ONLY)
        raise Refused(
            400, f"the query does not parse, so it cannot be checked for SERVICE: {_why(tree)}"
        )
    if federates(tree):
        raise Refused(403, SERVICE_REFUSED)
    disagreement = _oxigraph_sees_service(text)
    if disagreement:
        raise Refused(
            400, f"the two SPARQL parsers read 'service' in this query differently: {disagreement}"
        )


def _oxigraph_sees_service(text: str) -> str | None:
    """pyoxigraph's parse error on ``text`` with each ``service`` spelled ``sxrvice``, or None.

    The respelled text has no SERVICE at all, so pyoxigraph may parse it (on an empty in-memory
    store, results not read); only a keyword changes from valid to invalid by that respelling.
    """
    import pyoxigraph as ox

    respelled = _SERVICE.sub(lambda m: m.group()[0] + "x" + m.group()[2:], _unescaped(text)[0])
    try:
        ox.Store().query(respelled, prefixes=PREFIXES, base_iri="http://localhost/")
    except SyntaxError as exc:
        return _why(exc)
    except Exception:  # noqa: BLE001 - evaluating over an empty store may fail: it parsed
        return None
    return None


def _unescaped(text: str) -> tuple[str, bool]:
    """``text`` with codepoint escapes undone until none is left (True), or eight passes (False)."""
    for _ in range(8):
        unescaped = _ESCAPE.sub(_char, text)
        if unescaped == text:
            return text, True
        text = unescaped
    return text, False


def may_name_service(text: str) -> bool:
    """False only when no parser can read a SERVICE keyword in ``text``.

    Codepoint escapes are undone (repeatedly, more than the one pass SPARQL does) and case is
    ignored the Unicode way, so only ever more texts count as naming it, never fewer.
    """
    text, settled = _unescaped(text)
    return not settled or bool(_SERVICE.search(text)) or "service" in text.casefold()


def is_update(text: str) -> bool:
    """True when rdflib parses ``text`` as a SPARQL Update (to answer 403, not 400)."""
    return not isinstance(_parse(text, update=True), BaseException)


def federates(tree: object) -> bool:
    """True when a parse tree has a SERVICE pattern anywhere (SILENT, a variable endpoint, nested
    in OPTIONAL, UNION, MINUS, GRAPH, a sub-select or FILTER EXISTS alike)."""
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.parserutils import CompValue

    stack, seen = [tree], set()
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, CompValue):
            if node.name == "ServiceGraphPattern":
                return True
            stack.extend(node.values())
        elif isinstance(node, ParseResults):
            stack.extend(node)
            stack.extend(node.values())  # named results, in case one is not also listed
        elif isinstance(node, list | tuple):
            stack.extend(node)
        elif isinstance(node, dict):
            stack.extend(node.values())
    return False


def _parse(text: str, *, update: bool) -> object:
    """rdflib's parse tree of ``text``, or the exception it raised (run in a deep-stack thread)."""
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    parse = parseUpdate if update else parseQuery
    outcome: list[object] = [RuntimeError("the parser did not finish")]

    def run() -> None:
        try:
            outcome[0] = parse(text)
        except Exception as exc:  # noqa: BLE001 - RecursionError too: a refusal, never a crash
            outcome[0] = exc

    old_stack, old_limit = threading.stack_size(), sys.getrecursionlimit()
    try:
        threading.stack_size(_STACK_BYTES)
        thread = threading.Thread(target=run, name="kg-sparql-guard", daemon=True)
        sys.setrecursionlimit(max(old_limit, _RECURSION))
        thread.start()
    except (RuntimeError, ValueError, MemoryError):  # no such stack here: parse with the usual one
        sys.setrecursionlimit(old_limit)
        run()
        return outcome[0]
    finally:
        threading.stack_size(old_stack)
    thread.join()
    sys.setrecursionlimit(old_limit)
    return outcome[0]


def _why(exc: object) -> str:
    if isinstance(exc, RecursionError):
        return "it is too deeply nested or too long for the checking parser"
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def _char(match: re.Match) -> str:
    code = int(match.group(1) or match.group(2), 16)
    return chr(code) if code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "\ufffd"
