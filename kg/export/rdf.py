"""The store as RDF files: Turtle, TriG, N-Quads, N-Triples, JSON-LD, RDF/XML.

Exports are deterministic (quads sorted, blank nodes relabelled from their place in the graph by
:mod:`kg.export.canon`, so the same graph gives the same bytes) and lossless: re-reading an export gives an isomorphic graph. Triple
formats (Turtle, N-Triples, RDF/XML) carry the union of the sources; TriG, N-Quads and JSON-LD keep
one named graph per source.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from kg import paths, sources
from kg.errors import KgError, SourceError, UsageError
from kg.export import canon, formats, jsonld
from kg.stores.base import GraphStore
from kg.stores.embedded import Store
from kg.vocab import ID, INFERRED_GRAPH, ONTOLOGY, PREFIXES, RDF, SOURCES_ONLY

#: The graph that holds the ontology in dataset exports made with ``with_ontology``.
ONTOLOGY_GRAPH = ox.NamedNode(ONTOLOGY.rstrip("#"))


def export_rdf(
    store: GraphStore,
    fmt: str,
    *,
    graph: ox.NamedNode | None = None,
    with_ontology: bool = False,
    ontology_file: Path | None = None,
) -> bytes:
    """The store (or one source's graph) serialised as ``fmt`` (a name or alias of
    :data:`kg.export.formats.RDF`)."""
    found = formats.find(formats.RDF, fmt)
    if found is None:
        raise UsageError(f"unknown RDF format {fmt!r}; choose one of: {', '.join(formats.RDF)}")
    fmt = found.name
    if graph is None and not with_ontology and fmt in ("nquads", "ntriples", "turtle"):
        fast = _fast_export(store, fmt)
        if fast is not None:
            return fast
    quads = list(store.quads(graph))
    if with_ontology:
        quads += ontology_quads(ontology_file or paths.ONTOLOGY_FILE)
    return serialize(quads, fmt)


def serialize(quads: Iterable[ox.Quad], fmt: str) -> bytes:
    """Quads as ``fmt``, in a canonical order; triple formats get the union of the graphs. JSON-LD
    is our writer (terms of the ontology, the context embedded), the others pyoxigraph's."""
    oxfmt, keeps_graphs = formats.RDF[fmt].syntax, formats.RDF[fmt].datasets
    quads = canon.relabel(set(quads))
    if fmt == "jsonld":
        return jsonld.write(sorted(quads, key=_quad_key))
    assert oxfmt is not None  # every RDF format has a pyoxigraph syntax
    items: list[ox.Quad] | list[ox.Triple]
    if keeps_graphs:
        items = sorted(quads, key=_quad_key)
    else:
        triples = {ox.Triple(q.subject, q.predicate, q.object) for q in quads}
        items = sorted(triples, key=_quad_key)
    try:
        if fmt in ("turtle", "trig"):
            return _pretty(items, oxfmt)
        return ox.serialize(items, format=oxfmt, prefixes=PREFIXES) or b""
    except (ValueError, TypeError) as exc:
        raise KgError(f"cannot write {fmt}: {exc}") from None


def _fast_export(store: GraphStore, fmt: str) -> bytes | None:
    """The whole store as N-Quads, N-Triples or Turtle, written by pyoxigraph and put in canonical
    order by sorting lines (in C), not term by term in Python: at 1M quads ~1.2x a raw dump instead
    of ~3x (benchmarks/README.md). None when blank nodes need relabelling (the general path)."""
    if not isinstance(store, Store):  # a remote store: the general path
        return None
    inferred = store.has_graph(INFERRED_GRAPH)  # not a source: never exported
    if fmt == "nquads":  # each source's graph (never a default-graph copy of their union)
        lines = []
        for g in store.graphs():  # not the inferences nor the build log: not sources
            tail = str(g).encode() + b" ."
            data = store.dump_graph(g)
            lines += [line[:-1] + tail for line in data.splitlines() if line]
    else:  # the union of the sources' graphs; duplicates go in the sort
        where = (
            f"GRAPH ?g {{ ?s ?p ?o }} {SOURCES_ONLY}" if inferred else "?s ?p ?o"
        )  # the default graph holds the inferences too
        union = store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {where} }}")
        lines = (union.serialize(format=ox.RdfFormat.N_TRIPLES) or b"").splitlines()
    if any(b"_:" in line for line in lines):
        return None
    lines = sorted(set(lines) - {b""})
    body = b"".join(line + b"\n" for line in lines)
    if fmt == "turtle":
        return _pretty(ox.parse(body, format=ox.RdfFormat.N_TRIPLES), ox.RdfFormat.TURTLE)
    return body


def _pretty(items: Iterable, oxfmt: ox.RdfFormat) -> bytes:
    """Turtle/TriG with ``@base`` at the instance namespace, so instances read ``<state/japan>``
    rather than ``id:state\\/japan`` (a '/' must be escaped in a prefixed name), and the header in
    the project's prefix order with absolute IRIs."""
    prefixes = {p: iri for p, iri in PREFIXES.items() if iri != ID}
    body = (ox.serialize(items, format=oxfmt, prefixes=prefixes, base_iri=ID) or b"").decode()
    lines = body.splitlines(keepends=True)
    while lines and lines[0].startswith(("@base ", "@prefix ")):
        lines.pop(0)
    header = f"@base <{ID}> .\n" + "".join(f"@prefix {p}: <{i}> .\n" for p, i in prefixes.items())
    return (header + "\n" + "".join(lines)).encode()


def ontology_quads(path: Path) -> list[ox.Quad]:
    """The ontology file's triples, in the ontology's own named graph."""
    if not path.exists():
        raise SourceError(str(path), "the ontology file is missing")
    try:
        with path.open("rb") as fh:
            triples = list(ox.parse(fh, format=ox.RdfFormat.TURTLE, base_iri=ONTOLOGY))
    except SyntaxError as exc:
        raise SourceError(str(path), f"not valid Turtle: {exc}") from None
    return [ox.Quad(t.subject, t.predicate, t.object, ONTOLOGY_GRAPH) for t in triples]


def resolve_graph(store: GraphStore, text: str) -> ox.NamedNode:
    """A source's graph from its key, IRI or prefixed name (see :func:`kg.sources.resolve`)."""
    return sources.resolve(store, text)


def _quad_key(q: ox.Quad | ox.Triple) -> tuple:
    graph = str(q.graph_name) if isinstance(q, ox.Quad) else ""
    return (graph, str(q.subject), q.predicate != RDF.type, str(q.predicate), str(q.object))
