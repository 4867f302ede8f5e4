"""Content negotiation: which serialisation answers a request, from ``Accept`` or ``format=``.

Result sets (SELECT, ASK) and graphs (CONSTRUCT, DESCRIBE) have separate tables, because one media
type can mean different things: ``application/json`` is SPARQL JSON results for a SELECT and JSON-LD
for a CONSTRUCT, ``application/xml`` is SPARQL XML results or RDF/XML.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.export import formats


@dataclass(frozen=True)
class Format:
    key: str  # json, xml, csv, tsv (results); turtle, ntriples, jsonld, rdfxml (graphs)
    media_type: str  # the Content-Type of the answer (without charset)


JSON = Format("json", "application/sparql-results+json")
XML = Format("xml", "application/sparql-results+xml")
CSV = Format("csv", "text/csv")
TSV = Format("tsv", "text/tab-separated-values")


def _graph_format(name: str) -> Format:
    """A graph format the endpoint serves, named and typed as the export table has it."""
    return Format(name, formats.RDF[name].media_type)


TURTLE = _graph_format("turtle")
NTRIPLES = _graph_format("ntriples")
JSONLD = _graph_format("jsonld")
RDFXML = _graph_format("rdfxml")

#: media type -> format, in order of preference when the client accepts anything.
RESULTS: dict[str, Format] = {
    "application/sparql-results+json": JSON,
    "application/json": JSON,
    "text/javascript": JSON,
    "application/javascript": JSON,
    "application/sparql-results+xml": XML,
    "application/xml": XML,
    "text/xml": XML,
    "text/csv": CSV,
    "text/tab-separated-values": TSV,
}
GRAPHS: dict[str, Format] = {
    TURTLE.media_type: TURTLE,
    "application/x-turtle": TURTLE,
    NTRIPLES.media_type: NTRIPLES,
    "text/plain": NTRIPLES,
    JSONLD.media_type: JSONLD,
    "application/json": JSONLD,
    RDFXML.media_type: RDFXML,
    "application/xml": RDFXML,
    "text/xml": RDFXML,
}


def _names(name: str) -> tuple[str, ...]:
    return (name, *formats.RDF[name].aliases)


#: ``format=`` / ``output=`` short names (as SPARQLWrapper and many endpoints send them).
_SHORT = {
    "results": {"json": JSON, "xml": XML, "csv": CSV, "tsv": TSV},
    "graph": {  # the export table's names and aliases, and the endpoints' own short names
        **{n: f for f in (TURTLE, NTRIPLES, JSONLD, RDFXML) for n in _names(f.key)},
        "n3": TURTLE,
        "json": JSONLD,
        "xml": RDFXML,
        "rdf+xml": RDFXML,
        "rdf": RDFXML,
    },
}


class NotAcceptable(Exception):
    """No format the client accepts fits the result kind."""


def _accept_ranges(header: str) -> list[tuple[str, float, int]]:
    """(media range, q, position) for each entry of an Accept header."""
    ranges = []
    for position, part in enumerate(header.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        q = 1.0
        for param in fields[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        ranges.append((media, q, position))
    return ranges


def choose(kind: str, accept: str | None, format_param: str | None = None) -> Format:
    """The format for a result of ``kind`` ('results' or 'graph').

    ``format_param`` (a short name or a media type) wins over ``Accept``; a missing or wildcard
    ``Accept`` gets the first format of the table (JSON results, Turtle graphs), and so does one
    that only names formats of the other kind. Otherwise nothing acceptable is NotAcceptable (406).
    """
    table = RESULTS if kind == "results" else GRAPHS
    if format_param:
        wanted = format_param.strip().lower()
        found = _SHORT[kind].get(wanted) or table.get(wanted.split(";")[0].strip())
        if found is None:
            raise NotAcceptable(f"format={format_param!r} cannot serialise {_what(kind)}")
        return found
    if not accept or not accept.strip():
        return next(iter(table.values()))
    best: tuple[float, int, int] | None = None
    chosen: Format | None = None
    order = list(table)
    for media, q, position in _accept_ranges(accept):
        if q <= 0:
            continue
        if media in table:
            candidates = [media]
        elif media == "*/*":
            candidates = order[:1]
        elif media.endswith("/*"):
            candidates = [m for m in order if m.startswith(media[:-1])][:1]
        else:
            candidates = []
        for cand in candidates:
            # Higher q first; an exact type beats a wildcard at the same q; then header order.
            rank = (q, 0 if "*" in media else 1, -position)
            if best is None or rank > best:
                best, chosen = rank, table[cand]
    if chosen is None and any(m in RESULTS or m in GRAPHS for m, q, _ in _accept_ranges(accept)):
        # A SPARQL client that lists only result-set types (rdflib's SPARQLStore does) still
        # gets its CONSTRUCT answer, in the default graph format, which it can parse.
        return next(iter(table.values()))
    if chosen is None:
        allowed = ", ".join(sorted({f.media_type for f in table.values()}))
        raise NotAcceptable(f"cannot serialise {_what(kind)} as {accept!r}; use one of: {allowed}")
    return chosen


def _what(kind: str) -> str:
    return "SELECT/ASK results" if kind == "results" else "a CONSTRUCT/DESCRIBE graph"
