"""Loading RDF files someone else wrote into their own named graph: check all, then stream in.

An RDF file from elsewhere is untrusted input. So the whole file is parsed before the store is
touched (a syntax error on line 12 loads nothing, and says ``file.ttl:12: …``), without keeping
what it parsed; it is then parsed again and written whole or not at all: a small file in one
transaction, a big one streamed into one RocksDB ingestion (up to :data:`ATOMIC_TRIPLES`), so
memory stays bounded whatever the file's size (it was ~50x the file when the quads were held
as Python objects, and ~5 KB a triple in one transaction). Nothing is fetched:
pyoxigraph refuses JSON-LD remote contexts (no document loader is set), and RDF/XML is checked
with expat first, refusing external entities and DTDs, nested entities (the "billion laughs") and
absurd nesting, because pyoxigraph's RDF/XML parser expands internal entities without a limit.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import chain, islice
from pathlib import Path
from typing import Any, BinaryIO
from xml.parsers import expat

import pyoxigraph as ox

from kg import iris
from kg.errors import SourceError, UsageError
from kg.files import open_regular
from kg.stores import unfinished
from kg.stores.base import GraphStore
from kg.stores.embedded import INGEST_QUADS, Store
from kg.vocab import BUILDS_GRAPH, ID, INFERRED_GRAPH

#: ``--format`` names and the pyoxigraph formats they stand for.
FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}
#: The largest file loaded (bytes). The file is streamed, so this bounds time, not memory (RDF/XML
#: is held in memory for its entity check).
MAX_BYTES = 1024 * 1024 * 1024
#: A file of up to this many triples is loaded in one transaction (which holds all it writes in
#: memory, ~5 KB a triple).
CHUNK_QUADS = 50_000
#: Triples written in one atomic ingestion (each with its union copy: half of what Oxigraph's bulk
#: loader ingests at once); this bounds the memory of a load.
ATOMIC_TRIPLES = INGEST_QUADS // 4
#: RDF/XML limits: element nesting, and the bytes internal entities may expand to.
MAX_XML_DEPTH = 256
MAX_ENTITY_EXPANSION = 16 * 1024 * 1024

_POSITION = re.compile(
    r"^Parser error (?:at line \d+ between columns (\d+) and \d+"
    r"|between line \d+ column (\d+) and line \d+ column \d+"
    r"|at line \d+ column (\d+)): "
)


@dataclass(frozen=True)
class LoadReport:
    graph: ox.NamedNode
    triples: int  # distinct triples now in the graph
    replaced: int  # triples the graph held before

    def summary(self, name: str) -> str:
        text = f"{self.triples} triple(s) from {name} in graph <{self.graph.value}>"
        return text + (f" (replacing {self.replaced})" if self.replaced else "")


def rdf_format(path: Path, name: str | None = None) -> ox.RdfFormat:
    """The format named by ``--format``, else the one the file's extension says."""
    if name is not None:
        if name not in FORMATS:
            raise UsageError(f"--format {name}: unknown; use one of {', '.join(FORMATS)}")
        return FORMATS[name]
    suffix = path.suffix.lstrip(".").lower()
    found = ox.RdfFormat.RDF_XML if suffix == "owl" else None  # OWL tools write RDF/XML
    found = found or (ox.RdfFormat.from_extension(suffix) if suffix else None)
    if found is None or found not in FORMATS.values():
        raise UsageError(
            f"{path}: cannot tell the RDF format from the extension {path.suffix or '(none)'!r}",
            hint=f"give --format ({', '.join(FORMATS)})",
        )
    return found


def graph_iri(path: Path, graph: str | None = None, *, replace: bool = False) -> ox.NamedNode:
    """``--graph`` as given (an absolute IRI), else one from the file name. A graph kg writes
    itself (a source's, or the inferred graph) is refused unless ``replace``: loading would
    silently overwrite what ``kg build`` or ``kg infer`` wrote there."""
    if graph is None:
        return iris.loaded_graph_iri(path.name)
    try:
        node = ox.NamedNode(graph)
    except ValueError as exc:
        raise UsageError(f"--graph {graph!r} is not an absolute IRI: {exc}") from None
    if not replace and node.value.startswith(ID + "source/"):
        raise UsageError(
            f"--graph {graph}: that is a source's graph, which 'kg build' writes",
            hint="load into a graph of your own, or give --replace to overwrite it",
        )
    if node == BUILDS_GRAPH:  # written outside the union: a load would copy it into the union
        raise UsageError(
            f"--graph {graph}: that is the build log, which only 'kg build' writes",
            hint="load into a graph of your own",
        )
    if not replace and node == INFERRED_GRAPH:
        raise UsageError(
            f"--graph {graph}: that is the inferred graph, which 'kg infer' writes",
            hint="load into a graph of your own, or give --replace to overwrite it",
        )
    return node


@dataclass(frozen=True)
class Prepared:
    """A checked file, ready to stream into ``graph``; nothing has touched the store yet."""

    path: Path
    graph: ox.NamedNode
    fmt: ox.RdfFormat
    base_iri: str
    quads: int  # the file's triples (counted in the checking pass)


def parse_file(
    path: Path, fmt: ox.RdfFormat, graph: ox.NamedNode, base_iri: str | None = None
) -> Iterator[ox.Quad]:
    """Every triple of the file as a quad in ``graph`` (a dataset's graphs are merged into it),
    parsed as the file is read: a regular file of at most :data:`MAX_BYTES`."""
    with open_regular(path) as handle:
        size = os.fstat(handle.fileno()).st_size
        if size > MAX_BYTES:
            raise SourceError(
                str(path),
                f"too large: {size} bytes, over the RDF file limit of {MAX_BYTES}",
                hint="split it",
            )
        source: bytes | BinaryIO = handle
        if fmt == ox.RdfFormat.RDF_XML:
            source = handle.read(MAX_BYTES + 1)
            check_xml(source, str(path))
        try:
            for q in ox.parse(source, format=fmt, base_iri=base_iri or graph.value):
                yield ox.Quad(q.subject, q.predicate, q.object, graph)
        except SyntaxError as exc:
            raise SourceError(str(path), _syntax_message(exc), line=exc.lineno) from None
        except (ValueError, OSError) as exc:
            raise SourceError(str(path), _first_line(exc)) from None


def prepare(
    path: str | Path,
    *,
    graph: str | None = None,
    fmt: str | None = None,
    base_iri: str | None = None,
    replace: bool = False,
) -> Prepared:
    """Check the file whole (it is parsed, and nothing kept) and the target graph, or raise:
    nothing touches the store yet."""
    path = Path(path)
    target = graph_iri(path, graph, replace=replace)
    oxfmt = rdf_format(path, fmt)
    base = base_iri or target.value
    count = sum(1 for _ in parse_file(path, oxfmt, target, base))
    return Prepared(path, target, oxfmt, base, count)


def write(store: GraphStore, prepared: Prepared) -> LoadReport:
    """Replace the graph with the file's quads, whole or not at all where the size allows.

    Up to :data:`CHUNK_QUADS` triples: one transaction (the old content and the new swap in one
    step). Past that, one RocksDB ingestion of :data:`ATOMIC_TRIPLES` at most (the graph and its
    union copy together, streamed by Oxigraph's bulk loader: a kill leaves the store as it was);
    an existing graph is dropped first, in its own transaction, so a kill between the two leaves
    that graph absent, never partly replaced. A file of more triples goes in one ingestion per
    :data:`ATOMIC_TRIPLES`, the graph marked unfinished meanwhile (kg.stores.unfinished): after a
    kill between two, the next writer to open the store drops it, so it is whole or absent. Should
    the file fail on this second reading (it changed since it was checked), the graph is
    dropped, not left half loaded."""
    graph = prepared.graph
    before = sum(1 for _ in store.quads(graph))
    quads = parse_file(prepared.path, prepared.fmt, graph, prepared.base_iri)
    if not isinstance(store, Store) or prepared.quads <= CHUNK_QUADS:
        store.replace_graph(graph, list(quads))  # one transaction (a remote store: one request)
    else:
        steps = prepared.quads > ATOMIC_TRIPLES
        if steps:  # dropped when the store is next opened for writing, unless unmarked below
            unfinished.begin(store, graph)
        try:
            if before:  # a transaction over both would hold both in memory
                store.drop_graph(graph)
            remaining = iter(quads)
            for first in remaining:
                store.ingest(graph, chain([first], islice(remaining, ATOMIC_TRIPLES - 1)))
        except BaseException:  # a changed file, a full disk, Ctrl-C: not half loaded
            store.drop_graph(graph)  # should this fail, the mark stays for the next writer
            if steps:
                unfinished.end(store, graph)
            raise
        if steps:
            unfinished.end(store, graph)
    store.flush()
    return LoadReport(graph, sum(1 for _ in store.quads(graph)), before)


def load(path: str | Path, store: GraphStore, **options: Any) -> LoadReport:
    """Load an RDF file into its own named graph (``prepare`` then ``write``)."""
    return write(store, prepare(path, **options))


# -- reading --------------------------------------------------------------------------------------


class _Refused(Exception):
    pass


def check_xml(raw: bytes, name: str) -> None:
    """Refuse RDF/XML that could fetch, read files or blow up when its entities are expanded."""
    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    entities: dict[str, str] = {}
    depth = 0

    def doctype(doctype_name, system_id, public_id, has_internal_subset) -> None:
        if system_id or public_id:
            raise _Refused("an external DTD is not allowed (nothing is fetched)")

    def entity(entity_name, is_parameter, value, base, system_id, public_id, notation) -> None:
        if is_parameter:
            raise _Refused(f"parameter entity %{entity_name}; is not allowed")
        if value is None or system_id or public_id or notation:
            raise _Refused(f"external entity &{entity_name}; is not allowed (nothing is read)")
        if "&" in value or "%" in value:
            raise _Refused(f"entity &{entity_name}; refers to other entities; not allowed")
        entities[entity_name] = value

    def start(tag, attributes) -> None:
        nonlocal depth
        depth += 1
        if depth > MAX_XML_DEPTH:
            raise _Refused(f"elements nested over {MAX_XML_DEPTH} deep")

    def end(tag) -> None:
        nonlocal depth
        depth -= 1

    parser.StartDoctypeDeclHandler = doctype
    parser.EntityDeclHandler = entity
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    try:
        parser.Parse(raw, True)
    except _Refused as exc:
        raise SourceError(name, f"refused: {exc}", line=parser.CurrentLineNumber) from None
    except expat.ExpatError as exc:
        raise SourceError(
            name, f"not well-formed XML: {expat.ErrorString(exc.code)}", line=exc.lineno
        ) from None
    expanded = sum(raw.count(f"&{n};".encode()) * len(v.encode()) for n, v in entities.items())
    if expanded > MAX_ENTITY_EXPANSION:
        raise SourceError(
            name,
            f"refused: entities would expand to {expanded} bytes (limit {MAX_ENTITY_EXPANSION})",
        )


def _syntax_message(exc: SyntaxError) -> str:
    text = re.sub(r"\s*\(line \d+\)$", "", _first_line(exc))
    match = _POSITION.match(text)
    if match:
        column = next(g for g in match.groups() if g)
        text = f"column {column}: {text[match.end() :]}"
    return text


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]
