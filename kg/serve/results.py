"""Serialising query answers, with a row cap.

pyoxigraph serialises a whole result set; an endpoint must stop at a cap, so SELECT results are
written from at most ``limit`` rows by the results writers of :mod:`kg.sparql.results` (SPARQL
1.1 JSON, XML, CSV and TSV). Graphs go through pyoxigraph's own serialisers.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from typing import Any

import pyoxigraph as ox

from kg.export import formats
from kg.serve.negotiate import Format
from kg.sparql import results as sparql_results
from kg.sparql.results import Row


def take(items: Iterable, limit: int) -> tuple[list, bool]:
    """At most ``limit`` items, and whether there were more."""
    rows = list(itertools.islice(items, limit + 1))
    return rows[:limit], len(rows) > limit


def solutions(variables: Sequence[str], rows: Iterable[Row], fmt: Format) -> bytes:
    return sparql_results.solutions_as(fmt.key, variables, rows)


def boolean(value: bool, fmt: Format) -> bytes:
    return sparql_results.boolean_as(fmt.key, value)


def graph(triples: Iterable[ox.Triple], fmt: Format, prefixes: dict[str, str]) -> bytes:
    rdf_format = formats.RDF[fmt.key].syntax
    kwargs: dict[str, Any] = {"prefixes": prefixes} if fmt.key in ("turtle", "rdfxml") else {}
    return ox.serialize(triples, format=rdf_format, **kwargs) or b""
