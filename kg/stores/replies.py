"""A SPARQL server's answers as the objects the embedded store returns: its N-Triples (or other
RDF) as triples in a real ``pyoxigraph.QueryTriples``, its JSON results with booleans in canonical
form (Virtuoso writes true as "1") for pyoxigraph's parser. Callers of a remote store then read the
same types, with the same values, as from the embedded one; kept apart from
:class:`kg.stores.remote.RemoteStore`, which is about requests, batches and datasets."""

from __future__ import annotations

import json

import pyoxigraph as ox
import requests

#: The media type of N-Triples, what a remote store asks graphs in and sends them as.
NT = "application/n-triples"
_BOOLEAN = ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean")
_BOOLEAN_FORMS = {"1": "true", "0": "false"}


def parse_rdf(reply: requests.Response, engine: str) -> list[ox.Triple]:
    """The triples of a CONSTRUCT or DESCRIBE reply, in whatever RDF syntax the server sent."""
    media = reply.headers.get("Content-Type", NT).split(";")[0].strip()
    fmt = ox.RdfFormat.from_media_type(media)
    if fmt is None or media == "text/plain":
        fmt = ox.RdfFormat.N_TRIPLES
    try:
        parsed = ox.parse(reply.content, fmt)
        return [_canonical_triple(q if isinstance(q, ox.Triple) else q.triple) for q in parsed]
    except SyntaxError as exc:
        raise OSError(f"{engine} sent RDF pyoxigraph cannot read ({media}): {exc}") from None


def as_query_triples(triples: list[ox.Triple]):
    """Triples as a real ``pyoxigraph.QueryTriples``, the type the embedded store returns."""
    scratch = ox.Store()
    scratch.extend(ox.Quad(t.subject, t.predicate, t.object) for t in triples)
    return scratch.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")


def canonical_json(body: bytes) -> bytes:
    """SPARQL JSON results with booleans in canonical form (Virtuoso writes true as "1")."""
    if b"#boolean" not in body:
        return body
    doc = json.loads(body)
    for row in doc.get("results", {}).get("bindings", []):
        for term in row.values():
            if term.get("datatype") == _BOOLEAN.value:
                term["value"] = _BOOLEAN_FORMS.get(term["value"], term["value"])
    return json.dumps(doc).encode()


def _canonical_triple(t: ox.Triple) -> ox.Triple:
    o = t.object
    if isinstance(o, ox.Literal) and o.datatype == _BOOLEAN and o.value in _BOOLEAN_FORMS:
        return ox.Triple(
            t.subject, t.predicate, ox.Literal(_BOOLEAN_FORMS[o.value], datatype=_BOOLEAN)
        )
    return t
