"""The W3C SPARQL 1.1 query results formats (JSON, XML, CSV, TSV), written from rows of pyoxigraph
terms.

One JSON writer for ``kg query --format json`` (via :attr:`kg.queries.Result.raw`) and the
endpoint's ``application/sparql-results+json``, so both spell a term the same way; the endpoint
writes the other formats here too, row by row, so it can stop at its row cap (kg.serve.results).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Sequence
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
_RESULTS_NS = "http://www.w3.org/2005/sparql-results#"

Row = Sequence[object | None]


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


def solutions(variables: list[str], rows: Iterable[Row]) -> bytes:
    """SELECT results as SPARQL JSON."""
    bindings = [
        {v: term(t) for v, t in zip(variables, row, strict=True) if t is not None} for row in rows
    ]
    doc = {"head": {"vars": variables}, "results": {"bindings": bindings}}
    return json.dumps(doc, ensure_ascii=False).encode()


def boolean(value: bool) -> bytes:
    """An ASK result as SPARQL JSON."""
    return json.dumps({"head": {}, "boolean": bool(value)}).encode()


def solutions_as(key: str, variables: Sequence[str], rows: Iterable[Row]) -> bytes:
    """SELECT results in the format ``key`` ("json", "xml", "csv" or "tsv")."""
    writers: dict[str, Callable[[list[str], Iterable[Row]], bytes]] = {
        "json": solutions,
        "xml": _xml,
        "csv": _csv,
        "tsv": _tsv,
    }
    return writers[key](list(variables), rows)


def boolean_as(key: str, value: bool) -> bytes:
    """An ASK result in the format ``key`` ("json", "xml", "csv" or "tsv")."""
    if key == "json":
        return boolean(value)
    if key == "xml":
        text = "true" if value else "false"
        return (
            f'<?xml version="1.0"?>\n<sparql xmlns="{_RESULTS_NS}"><head/>'
            f"<boolean>{text}</boolean></sparql>\n"
        ).encode()
    return (b"true" if value else b"false") + b"\r\n"


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
