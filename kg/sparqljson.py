"""W3C SPARQL 1.1 Query Results JSON, written from rows of pyoxigraph terms.

One writer for ``kg query --format json`` (via :attr:`kg.queries.Result.raw`) and the endpoint's
``application/sparql-results+json``, so both spell a term the same way.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

import pyoxigraph as ox

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def term(value: object) -> dict:
    """One term as SPARQL JSON results write it (a triple term as in SPARQL 1.2)."""
    if isinstance(value, ox.NamedNode):
        return {"type": "uri", "value": value.value}
    if isinstance(value, ox.BlankNode):
        return {"type": "bnode", "value": value.value}
    if isinstance(value, ox.Literal):
        out: dict = {"type": "literal", "value": value.value}
        if value.language:
            out["xml:lang"] = value.language
        elif value.datatype.value != _XSD_STRING:
            out["datatype"] = value.datatype.value
        return out
    if isinstance(value, ox.Triple):
        return {
            "type": "triple",
            "value": {
                "subject": term(value.subject),
                "predicate": term(value.predicate),
                "object": term(value.object),
            },
        }
    raise TypeError(f"not an RDF term: {value!r}")


def solutions(variables: list[str], rows: Iterable[Sequence[object | None]]) -> bytes:
    bindings = [
        {v: term(t) for v, t in zip(variables, row, strict=True) if t is not None} for row in rows
    ]
    doc = {"head": {"vars": variables}, "results": {"bindings": bindings}}
    return json.dumps(doc, ensure_ascii=False).encode()


def boolean(value: bool) -> bytes:
    return json.dumps({"head": {}, "boolean": bool(value)}).encode()
