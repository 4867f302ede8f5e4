"""The text of a query as the embedded store runs it and as its user reads of a syntax error: a
VALUES row that seeds the bound terms for the planner, and the parser's complaint placed in the text
the user gave, not the seeded one (kg.stores.embedded.Store.query uses both)."""

from __future__ import annotations

import pyoxigraph as ox

from kg.errors import QueryError
from kg.sparql import errors as sparql_errors
from kg.sparql import rewrite
from kg.vocab import PREFIXES


def seeded(sparql: str, substitutions: dict) -> str:
    """The query with a VALUES row of the substituted terms at the start of its WHERE clause.

    pyoxigraph 0.5 applies substitutions after evaluating the patterns (a bound entity's facts took
    118 ms at 1M quads, 0.2 ms with the row), so the row lets the planner start from the bound
    term. The binding itself stays pyoxigraph's substitution; the row only repeats it, written from
    validated RDF terms by pyoxigraph (never from the user's text), so it cannot change the query.
    """
    if not all(isinstance(v, ox.NamedNode | ox.Literal) for v in substitutions.values()):
        return sparql
    try:
        return rewrite.bind(sparql, substitutions)
    except QueryError:
        return sparql


def syntax_message(given: str, ran: str, exc: SyntaxError) -> str:
    """The parser's complaint about the text the user gave (not the seeded one that ran), with
    its line, column and a caret."""
    if ran != given:  # the position is in the seeded text: parse the given text for its own
        try:
            ox.Store().query(given, prefixes=PREFIXES)
        except SyntaxError as own:
            exc = own
    return sparql_errors.describe(given, exc, PREFIXES)
