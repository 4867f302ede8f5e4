"""Check a store against the SHACL shapes, with the ontology mixed in, and say what is wrong.

pySHACL runs on rdflib, so the store's union graph is handed over as N-Triples (one CONSTRUCT,
already de-duplicated across sources). The ontology is given as pySHACL's ``ont_graph``: its
subclass axioms are copied into the data, so ``sh:targetClass dkg:Territory`` reaches islands and
``sh:class foaf:Agent`` accepts states and people. RDFS inference is off by default on purpose: it
would type every value by the properties' ranges (a Person given as ``dkg:toState`` would become a
State) and so hide exactly the errors the shapes are there to find.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
import rdflib
from pyshacl import validate as _pyshacl_validate
from rdflib.namespace import SH, XSD
from rdflib.term import BNode, Literal, Node, URIRef

from kg import paths
from kg.errors import KgError, SourceError
from kg.files import read_bytes
from kg.stores.base import GraphStore
from kg.vocab import INFERRED_GRAPH, PREFIXES, SOURCES_ONLY

#: The largest shapes or ontology file read (bytes): the project's are ~100 KB.
MAX_SHAPES_BYTES = 64 * 1024 * 1024
_SEVERITY: dict[Node | None, str] = {
    SH.Violation: "Violation",
    SH.Warning: "Warning",
    SH.Info: "Info",
}


class ValidationSetupError(KgError):
    """Validation cannot even start: no store, or unreadable shapes or ontology (exit 2)."""

    exit_code = 2


@dataclass(frozen=True, order=True)
class ValidationResult:
    """One failed constraint, in short prefixed names (``id:claim/…``, ``dkg:claimant``)."""

    focus: str
    path: str
    message: str
    severity: str = "Violation"
    value: str = ""

    def __str__(self) -> str:
        value = f" (value: {self.value})" if self.value else ""
        return f"{self.severity}  {self.focus}  {self.path or '-'}  {self.message}{value}"


@dataclass
class ValidationReport:
    """What ``validate`` found: ``conforms`` is False when there is at least one Violation."""

    conforms: bool
    results: list[ValidationResult] = field(default_factory=list)
    triples: int = 0

    @property
    def violations(self) -> list[ValidationResult]:
        return [r for r in self.results if r.severity == "Violation"]


def validate(
    store: GraphStore,
    *,
    shapes: Path | None = None,
    ontology: Path | None = None,
    inference: str = "none",
) -> ValidationReport:
    """Validate the union of the store's graphs against ``shapes`` (default: the project's)."""
    return validate_graph(store_graph(store), shapes=shapes, ontology=ontology, inference=inference)


def validate_graph(
    data: rdflib.Graph,
    *,
    shapes: Path | None = None,
    ontology: Path | None = None,
    inference: str = "none",
) -> ValidationReport:
    """Validate an rdflib graph; the library function under ``validate`` (and the tests)."""
    shapes_graph = load_turtle(shapes or paths.SHAPES_FILE, "shapes")
    ont_graph = load_turtle(ontology or paths.ONTOLOGY_FILE, "ontology")
    conforms, results_graph, _ = _pyshacl_validate(
        data,
        shacl_graph=shapes_graph,
        ont_graph=ont_graph,
        inference=inference,
        allow_warnings=True,
        allow_infos=True,
    )
    results = sorted(_results(results_graph))
    return ValidationReport(conforms=bool(conforms), results=results, triples=len(data))


def store_graph(store: GraphStore) -> rdflib.Graph:
    """The union of the sources' graphs as one rdflib graph (each triple once): what they assert,
    not what ``kg infer`` derived from it."""
    where = "?s ?p ?o"  # the default graph: the sources' union, each triple once
    if bool(store.query(f"ASK {{ GRAPH {INFERRED_GRAPH} {{ ?s ?p ?o }} }}")):
        where = f"GRAPH ?g {{ ?s ?p ?o }} {SOURCES_ONLY}"
    constructed = store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {where} }}")
    data = constructed.serialize(format=ox.RdfFormat.N_TRIPLES) or b""
    graph = rdflib.Graph()
    if data:
        graph.parse(data=data, format="nt")
    return graph


def load_turtle(path: Path, what: str) -> rdflib.Graph:
    """Parse a Turtle file, turning a missing or broken file into a one-line error."""
    try:
        data = read_bytes(path, MAX_SHAPES_BYTES, limit=f"the {what} file limit", hint="")
    except SourceError as exc:
        cause = f"no such {what} file" if str(exc).endswith("no such file") else str(exc)
        raise ValidationSetupError(
            cause if cause.startswith(str(path)) else f"{path}: {cause}"
        ) from None
    graph = rdflib.Graph()
    try:
        graph.parse(data=data, format="turtle", publicID=path.resolve().as_uri())
    except Exception as exc:  # noqa: BLE001 - rdflib raises many types for bad Turtle
        raise ValidationSetupError(
            f"{_where(path, exc)}: cannot parse the {what} as Turtle: {_why(exc)}"
        ) from None
    return graph


def _where(path: Path, exc: Exception) -> str:
    line = getattr(exc, "lines", None)  # rdflib's BadSyntax counts lines from 0
    return f"{path}:{line + 1}" if isinstance(line, int) else str(path)


def _why(exc: Exception) -> str:
    why = getattr(exc, "_why", None)
    return str(why) if why else (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def short_name(node: Node | None) -> str:
    """An IRI as a prefixed name where a project prefix fits, else <iri>; literals as N-Triples."""
    if node is None:
        return ""
    if isinstance(node, URIRef):
        iri = str(node)
        for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
            if iri.startswith(ns) and len(iri) > len(ns):
                return f"{prefix}:{iri[len(ns) :]}"
        return f"<{iri}>"
    if isinstance(node, Literal):
        plain = Literal(str(node), lang=node.language).n3()
        if node.datatype is None or node.datatype == XSD.string:
            return plain
        return f"{plain}^^{short_name(node.datatype)}"
    return "[]"


def _results(graph: rdflib.Graph) -> list[ValidationResult]:
    out = []
    # Only the report's own results: those of nested shapes (sh:node) hang below as sh:detail.
    for result in graph.objects(None, SH.result):
        messages = sorted(str(m) for m in graph.objects(result, SH.resultMessage))
        out.append(
            ValidationResult(
                focus=short_name(graph.value(result, SH.focusNode)),
                path=_path_name(graph, graph.value(result, SH.resultPath)),
                message=messages[0] if messages else _component(graph, result),
                severity=_SEVERITY.get(graph.value(result, SH.resultSeverity), "Violation"),
                value=_value_name(graph, result),
            )
        )
    return out


def _path_name(graph: rdflib.Graph, path: Node | None) -> str:
    if isinstance(path, BNode):
        inverse = graph.value(path, SH.inversePath)
        if inverse is not None:
            return "^" + short_name(inverse)
        return "(complex path)"
    return short_name(path)


def _value_name(graph: rdflib.Graph, result: Node) -> str:
    value = graph.value(result, SH.value)
    focus = graph.value(result, SH.focusNode)
    return "" if value is None or value == focus else short_name(value)


def _component(graph: rdflib.Graph, result: Node) -> str:
    component = str(graph.value(result, SH.sourceConstraintComponent) or "")
    return f"fails sh:{component.removeprefix(str(SH))}" if component else "fails a constraint"
