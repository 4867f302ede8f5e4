"""Every export format in one table: its name, file suffix, media type and writer, read by
``kg export``, ``kg viz`` and ``kg timeline`` (their ``--format`` choices), by
:mod:`kg.export.rdf` and by the endpoint's content negotiation (:mod:`kg.serve.negotiate`), so a
format's name or media type is written once.

Three tables, by what the writer takes: :data:`RDF` (the store's quads; the writer is
:func:`kg.export.rdf.serialize`), :data:`GRAPH` (the entity graph of :mod:`kg.graph.view`, for
graph tools and pictures) and :data:`TIMELINE` (a :class:`kg.export.timeline.Timeline`). A writer is
named ``module:function`` and imported when first used: the picture writers pull in networkx
and matplotlib, which ``kg export`` does not need.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox


@dataclass(frozen=True)
class Format:
    """One export format. ``syntax`` and ``datasets`` are for RDF formats only."""

    name: str
    suffix: str  # the file extension, with the dot
    media_type: str  # the Content-Type of a file of this format
    writer: str  # "module:function" (see the module docstring for what it takes)
    aliases: tuple[str, ...] = ()  # other names ``--format`` accepts
    syntax: ox.RdfFormat | None = None  # pyoxigraph's format of the same syntax
    datasets: bool = False  # keeps one named graph a source (TriG, N-Quads, JSON-LD)
    evidence: bool = False  # an entity-graph writer that also takes the evidence and a title

    def write(self, *args: Any, **kwargs: Any) -> bytes:
        """Call the writer (imported on first use)."""
        return _load(self.writer)(*args, **kwargs)


def _load(path: str) -> Callable[..., bytes]:
    module, _, function = path.partition(":")
    return getattr(importlib.import_module(module), function)


def _table(*formats: Format) -> dict[str, Format]:
    return {f.name: f for f in formats}


_RDF_WRITER = "kg.export.rdf:serialize"
_TIMELINE_WRITER = "kg.export.timeline:render"

#: RDF syntaxes, the default first; the writer takes (quads, name).
RDF = _table(
    Format("turtle", ".ttl", "text/turtle", _RDF_WRITER, ("ttl",), ox.RdfFormat.TURTLE),
    Format("trig", ".trig", "application/trig", _RDF_WRITER, (), ox.RdfFormat.TRIG, True),
    Format(
        "nquads", ".nq", "application/n-quads", _RDF_WRITER, ("nq",), ox.RdfFormat.N_QUADS, True
    ),
    Format(
        "ntriples", ".nt", "application/n-triples", _RDF_WRITER, ("nt",), ox.RdfFormat.N_TRIPLES
    ),
    Format(
        "jsonld",
        ".jsonld",
        "application/ld+json",
        _RDF_WRITER,
        ("json-ld",),
        ox.RdfFormat.JSON_LD,
        True,
    ),
    Format("rdfxml", ".rdf", "application/rdf+xml", _RDF_WRITER, (), ox.RdfFormat.RDF_XML),
)

#: The entity graph for graph tools and pictures (``kg viz``'s default: html); the writer takes
#: the graph (and, with ``evidence``, the evidence index and a title).
GRAPH = _table(
    Format("graphml", ".graphml", "application/graphml+xml", "kg.export.graphml:graphml"),
    Format("gexf", ".gexf", "application/gexf+xml", "kg.export.gexf:gexf"),
    Format("dot", ".dot", "text/vnd.graphviz", "kg.export.dot:dot"),
    Format("svg", ".svg", "image/svg+xml", "kg.export.dot:svg"),
    Format("cytoscape", ".json", "application/json", "kg.export.cytoscape:cytoscape"),
    Format("html", ".html", "text/html", "kg.export.html:html_page", evidence=True),
)

#: A dispute's dated events; the writer takes (timeline, name).
TIMELINE = _table(
    Format("png", ".png", "image/png", _TIMELINE_WRITER),
    Format("svg", ".svg", "image/svg+xml", _TIMELINE_WRITER),
    Format("csv", ".csv", "text/csv", _TIMELINE_WRITER),
    Format("html", ".html", "text/html", _TIMELINE_WRITER),
)


def names(table: dict[str, Format], *, aliases: bool = False) -> list[str]:
    """The names ``--format`` accepts: the table's, then (with ``aliases``) the other names."""
    return list(table) + ([a for f in table.values() for a in f.aliases] if aliases else [])


def find(table: dict[str, Format], name: str) -> Format | None:
    """The format called ``name`` or one of its aliases, else None."""
    return table.get(name) or next((f for f in table.values() if name in f.aliases), None)
