"""How big a query is for a recursive parser: its deepest nesting and its operators, counted on the
tokens (:mod:`kg.sparql.tokens`) in one linear pass, so a text that would overflow pyoxigraph's
stack is refused before any parser sees it.
"""

from __future__ import annotations

from kg.sparql.tokens import scan

#: Deepest bracket nesting (or longest run of prefix operators) a query may have: pyoxigraph's
#: parser recurses on both, and a few thousand levels overflow its stack and kill the process.
MAX_NESTING = 256

#: Most operators a query may have. pyoxigraph builds a chain of ``||``, ``&&``, UNION, OPTIONAL,
#: MINUS, path steps or triple patterns as a left-deep tree and walks it recursively: with the
#: usual stack a few thousand of them overflow it and kill the process (exit 139; the limits
#: measured are in docs/safety.md). The deepest such tree is never longer than the query's operators, so counting them on
#: the tokens decides safely; 1,000 leaves room for the nesting allowed above.
MAX_OPERATORS = 1_000

_GROUP_WORDS = frozenset(
    {"UNION", "OPTIONAL", "MINUS", "BIND", "FILTER", "GRAPH", "SERVICE", "VALUES"}
)
_OPERATOR_CHARS = frozenset("|&/^+-*=<>!")


def nesting(text: str) -> int:
    """The query's deepest ``{ ( [`` nesting, or its longest run of ``! - +``, whichever is more."""
    return measure(text)[0]


def measure(text: str) -> tuple[int, int]:
    """``(nesting, operators)`` of the query, in one linear pass over its tokens.

    Operators are what pyoxigraph chains into a recursive tree: binary and path operators
    (``||`` and ``&&`` count once), the group keywords (UNION, OPTIONAL, MINUS, BIND, FILTER,
    GRAPH, SERVICE, VALUES) and the separators of triple patterns (``.``, ``;``, and ``,`` outside
    an argument list). A number's decimal point is not one. Counting too many only refuses sooner.
    """
    depth = deepest = run = operators = 0
    brackets: list[str] = []
    last, last_end = "", -1
    for kind, token, start in scan(text):
        end = start + len(token)
        if kind == "word" and token.upper() in _GROUP_WORDS:
            operators += 1
        elif kind == "other":
            operators += _counts(token, last, start == last_end, text, end, brackets)
        last, last_end = (token if kind == "other" else ""), end
        if kind == "other" and token in "!-+":
            run += 1
            deepest = max(deepest, run)
            continue
        run = 0
        if kind == "other" and token in "{([":
            brackets.append(token)
            depth += 1
            deepest = max(deepest, depth)
        elif kind == "other" and token in "})]":
            if brackets:
                brackets.pop()
            depth = max(depth - 1, 0)
    return deepest, operators


def _counts(token: str, last: str, adjacent: bool, text: str, end: int, brackets: list[str]) -> int:
    """1 when the one-character token ``token`` is an operator or a pattern separator, else 0."""
    if token in _OPERATOR_CHARS:
        return 0 if adjacent and token == last and token in "|&" else 1  # '||' is one operator
    if token == ".":
        decimal = adjacent and last.isdigit() or text[end : end + 1].isdigit()
        return 0 if decimal else 1
    if token == ";":
        return 0 if brackets and brackets[-1] == "(" else 1  # GROUP_CONCAT(?x; separator=...)
    if token == ",":
        return 0 if brackets and brackets[-1] == "(" else 1  # an object list, not arguments
    return 0


def too_big(text: str) -> str | None:
    """Why ``text`` would overflow a recursive parser's stack (one line), or None when it would not.

    Callers refuse such a text before any parser sees it: ``kg query``, the store's queries and the
    endpoint's workers alike.
    """
    deepest, operators = measure(text)
    if deepest > MAX_NESTING:
        return f"the query nests over {MAX_NESTING} levels deep"
    if operators > MAX_OPERATORS:
        return (
            f"the query has {operators:,} operators (UNION, OPTIONAL, ||, path steps, triple "
            f"patterns, ...); at most {MAX_OPERATORS:,} are accepted, more would overflow the "
            "parser's stack"
        )
    return None
