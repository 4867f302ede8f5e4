"""``kg export``, ``kg viz``, ``kg timeline``: the store as files (formats: kg.export.formats)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.cli._common import open_store, store_option
from kg.errors import UsageError, printable
from kg.export import formats, rdf, timeline
from kg.graph import subgraphs
from kg.graph import view as entity_graph
from kg.graph.questions import node
from kg.stores.base import GraphStore


def _write(data: bytes, output: Path | None) -> None:
    if output is None or str(output) == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        output.parent.mkdir(parents=True, exist_ok=True)  # `-o out/graph.ttl` in a new folder
        output.write_bytes(data)
        click.echo(f"wrote {printable(str(output))} ({len(data):,} bytes)", err=True)


output_option = click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    default=None,
    help="Write to FILE instead of standard output.",
)


@click.command("export")
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(formats.names(formats.RDF, aliases=True)),
    default=next(iter(formats.RDF)),
    show_default=True,
    help="RDF syntax; "
    + ", ".join(f.name for f in formats.RDF.values() if f.datasets)
    + " keep one graph a source (JSON-LD with the ontology's terms, context embedded).",
)
@output_option
@click.option(
    "--graph",
    "source",
    metavar="SOURCE",
    help="Only this source's graph (its key, IRI or id:source/... name).",
)
@click.option("--with-ontology", is_flag=True, help="Add the ontology (ontology/dispute.ttl).")
@store_option
def export_cmd(fmt, output, source, with_ontology, store_path):
    """Write the graph as RDF: deterministic bytes, lossless on re-import."""
    store = open_store(store_path, read_only=True)
    graph = rdf.resolve_graph(store, source) if source else None
    _write(rdf.export_rdf(store, fmt, graph=graph, with_ontology=with_ontology), output)


def _graph(store: GraphStore, focus: str | None, depth: int, types: str | None):
    G = entity_graph.build_graph(store)
    if focus:
        G = subgraphs.focus(G, node(store, G, focus, "focus"), depth)
    if types:
        G = subgraphs.filter_types(G, types.split(","))
    return G


@click.command("viz")
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(formats.names(formats.GRAPH)),
    default="html",
    show_default=True,
    help="Picture or graph-file format.",
)
@output_option
@click.option("--focus", metavar="ENTITY", help="Only the neighbourhood of ENTITY (label or IRI).")
@click.option(
    "--depth",
    type=click.IntRange(0, 10),
    default=2,
    show_default=True,
    help="Hops around --focus (a fact node is not a hop).",
)
@click.option(
    "--types", metavar="T1,T2", help="Only nodes of these types (State,Island,Meeting...)."
)
@store_option
def viz_cmd(fmt, output, focus, depth, types, store_path):
    """Draw the entity graph: GraphML, GEXF, DOT, SVG, Cytoscape.js JSON or one HTML page."""
    store = open_store(store_path, read_only=True)
    G = _graph(store, focus, depth, types)
    chosen = formats.GRAPH[fmt]
    if chosen.evidence:
        title = f"dispute-kg: {focus}" if focus else "dispute-kg"
        data = chosen.write(G, entity_graph.evidence_index(store), title=title)
    else:
        data = chosen.write(G)
    _write(data, output)


@click.command("timeline")
@click.option("--territory", metavar="X", help="Events around this territory.")
@click.option(
    "--dispute", metavar="X", help="Events of this dispute (a Dispute fact or territory)."
)
@click.option(
    "--depth",
    type=click.FloatRange(0, 10),
    default=3,
    show_default=True,
    help="How far from the territory an event may be (a fact node is half a hop).",
)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(formats.names(formats.TIMELINE)),
    default=next(iter(formats.TIMELINE)),
    show_default=True,
)
@output_option
@store_option
def timeline_cmd(territory, dispute, depth, fmt, output, store_path):
    """The dated events and documents of a dispute on a time axis."""
    if territory and dispute:
        raise UsageError("give --territory or --dispute, not both")
    if fmt in ("png", "svg") and output is None and sys.stdout.isatty():
        raise UsageError(f"{fmt} is binary or long: give -o FILE")
    store = open_store(store_path, read_only=True)
    G = entity_graph.build_graph(store)
    seeds, title = None, "Chronology"
    if territory or dispute:
        node_iri = node(store, G, territory or dispute, "territory" if territory else "dispute")
        seeds = timeline.dispute_seeds(G, node_iri)
        title = f"Chronology: {G.nodes[node_iri]['label']}"
    tl = timeline.timeline(G, seeds, depth=depth, title=title)
    _write(formats.TIMELINE[fmt].write(tl, fmt), output)
    click.echo(
        f"{len(tl.events)} dated events and documents; {tl.undated} undated left out", err=True
    )


COMMANDS = [export_cmd, viz_cmd, timeline_cmd]
