"""Serialising query answers, with a row cap.

pyoxigraph serialises a whole result set; an endpoint must stop at a cap, so SELECT results are
written here (SPARQL 1.1 JSON, XML, CSV and TSV results formats) from at most ``limit`` rows.
Graphs and booleans go through pyoxigraph's own serialisers.
"""

from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Iterable, Sequence
from typing import Any
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from kg import sparqljson
from kg.export import formats
from kg.serve.negotiate import Format

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
_RESULTS_NS = "http://www.w3.org/2005/sparql-results#"

Row = Sequence[object | None]


def take(items: Iterable, limit: int) -> tuple[list, bool]:
    """At most ``limit`` items, and whether there were more."""
    rows = list(itertools.islice(items, limit + 1))
    return rows[:limit], len(rows) > limit


def solutions(variables: Sequence[str], rows: Iterable[Row], fmt: Format) -> bytes:
    writer = {"json": sparqljson.solutions, "xml": _xml, "csv": _csv, "tsv": _tsv}[fmt.key]
    return writer(list(variables), rows)


def boolean(value: bool, fmt: Format) -> bytes:
    if fmt.key == "json":
        return sparqljson.boolean(value)
    if fmt.key == "xml":
        text = "true" if value else "false"
        return (
            f'<?xml version="1.0"?>\n<sparql xmlns="{_RESULTS_NS}"><head/>'
            f"<boolean>{text}</boolean></sparql>\n"
        ).encode()
    return (b"true" if value else b"false") + b"\r\n"


def graph(triples: Iterable[ox.Triple], fmt: Format, prefixes: dict[str, str]) -> bytes:
    rdf_format = formats.RDF[fmt.key].syntax
    kwargs: dict[str, Any] = {"prefixes": prefixes} if fmt.key in ("turtle", "rdfxml") else {}
    return ox.serialize(triples, format=rdf_format, **kwargs) or b""


def _xml_term(term: object) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        if term.datatype.value not in (_XSD_STRING, _RDF_LANG_STRING):
            return (
                f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
            )
        return f"<literal>{escape(term.value)}</literal>"
    if isinstance(term, ox.Triple):
        parts = zip(("subject", "predicate", "object"), term, strict=True)
        return "<triple>" + "".join(f"<{n}>{_xml_term(t)}</{n}>" for n, t in parts) + "</triple>"
    raise TypeError(f"not an RDF term: {term!r}")


def _xml(variables: list[str], rows: Iterable[Row]) -> bytes:
    out = [f'<?xml version="1.0"?>\n<sparql xmlns="{_RESULTS_NS}">\n<head>']
    out += [f"<variable name={quoteattr(v)}/>" for v in variables]
    out.append("</head>\n<results>")
    for row in rows:
        out.append("<result>")
        for v, t in zip(variables, row, strict=True):
            if t is not None:
                out.append(f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>")
        out.append("</result>\n")
    out.append("</results>\n</sparql>\n")
    return "".join(out).encode()


def _csv_term(term: object) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.NamedNode | ox.Literal):
        return term.value
    return str(term)


def _csv(variables: list[str], rows: Iterable[Row]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(variables)
    for row in rows:
        writer.writerow([_csv_term(t) for t in row])
    return buffer.getvalue().encode()


def _tsv(variables: list[str], rows: Iterable[Row]) -> bytes:
    # TSV results use Turtle/N-Triples term syntax; pyoxigraph's str() is that, escapes included.
    lines = ["\t".join(f"?{v}" for v in variables)]
    lines += ["\t".join("" if t is None else str(t) for t in row) for row in rows]
    return ("\n".join(lines) + "\n").encode()
