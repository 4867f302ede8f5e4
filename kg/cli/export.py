"""``kg export``, ``kg viz``, ``kg timeline``, ``kg stats``, ``kg path``, ``kg neighbours``."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from kg import queries
from kg.cli._common import open_store, store_option
from kg.errors import UsageError, printable
from kg.export import graph as entity_graph
from kg.export import rdf, timeline
from kg.stores.base import GraphStore

VIZ_FORMATS = ("graphml", "gexf", "dot", "svg", "cytoscape", "html")


def _write(data: bytes, output: Path | None) -> None:
    if output is None or str(output) == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        output.parent.mkdir(parents=True, exist_ok=True)  # `-o out/graph.ttl` in a new folder
        output.write_bytes(data)
        click.echo(f"wrote {printable(str(output))} ({len(data):,} bytes)", err=True)


def _entity(store: GraphStore, G, text: str, what: str) -> str:
    iri = queries.resolve(store, what, text).value
    if iri not in G:
        raise UsageError(f"{what}={text!r}: {iri} is not an entity or fact of the graph")
    return iri


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
    type=click.Choice(list(rdf.FORMATS) + list(rdf.ALIASES)),
    default="turtle",
    show_default=True,
    help="RDF syntax; trig, nquads and jsonld (or json-ld: terms of the ontology, "
    "context embedded) keep one graph a source.",
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
        G = entity_graph.focus(G, _entity(store, G, focus, "focus"), depth)
    if types:
        G = entity_graph.filter_types(G, types.split(","))
    return G


@click.command("viz")
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(VIZ_FORMATS),
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
    from kg.export import cytoscape, dot, gexf, graphml, html

    store = open_store(store_path, read_only=True)
    G = _graph(store, focus, depth, types)
    writers = {
        "graphml": graphml.graphml,
        "gexf": gexf.gexf,
        "dot": dot.dot,
        "svg": dot.svg,
        "cytoscape": cytoscape.cytoscape,
    }
    if fmt == "html":
        title = f"dispute-kg: {focus}" if focus else "dispute-kg"
        data = html.html_page(G, entity_graph.evidence_index(store), title=title)
    else:
        data = writers[fmt](G)
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
    "-f", "--format", "fmt", type=click.Choice(timeline.FORMATS), default="png", show_default=True
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
        node = _entity(store, G, territory or dispute, "territory" if territory else "dispute")
        seeds = timeline.dispute_seeds(G, node)
        title = f"Chronology: {G.nodes[node]['label']}"
    tl = timeline.timeline(G, seeds, depth=depth, title=title)
    _write(timeline.render(tl, fmt), output)
    click.echo(
        f"{len(tl.events)} dated events and documents; {tl.undated} undated left out", err=True
    )


@click.command("stats")
@click.option("--top", type=click.IntRange(1, 1000), default=10, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@store_option
def stats_cmd(top, as_json, store_path):
    """Counts by type, the most connected entities, and sources per fact."""
    from kg.graphstats import stats

    store = open_store(store_path, read_only=True)
    s = stats(entity_graph.build_graph(store), top=top)
    s["sources"] = len(store.graphs())
    if as_json:
        click.echo(json.dumps(s, indent=2, ensure_ascii=False))
        return
    click.echo(f"{s['sources']} sources, {s['entities']} entities, {s['facts']} facts")
    click.echo("\nby type:")
    for t, n in s["by_type"].items():
        click.echo(f"  {n:6d}  {t}")
    click.echo("\nmost connected entities (distinct neighbouring entities):")
    for row in s["most_connected"]:
        click.echo(f"  {row['neighbours']:6d}  {row['label']} ({row['type']})")
    click.echo("\nsources per fact:")
    for k, n in s["sources_per_fact"].items():
        click.echo(f"  {n:6d}  fact(s) stated by {k} source(s)")


@click.command("path")
@click.argument("a")
@click.argument("b")
@store_option
def path_cmd(a, b, store_path):
    """How entities A and B are connected, each step with its evidence."""
    from kg.graphstats import path

    store = open_store(store_path, read_only=True)
    G = entity_graph.build_graph(store)
    steps = path(
        G, _entity(store, G, a, "A"), _entity(store, G, b, "B"), entity_graph.evidence_index(store)
    )
    shown: set[str] = set()
    for i, step in enumerate(steps, 1):
        left, right = G.nodes[step.source]["label"], G.nodes[step.target]["label"]
        arrow = f"--{step.relation}-->" if step.forward else f"<--{step.relation}--"
        click.echo(f"{i}. {left} {arrow} {right}")
        for ref in step.evidence if step.fact not in shown else []:
            click.echo(f'     "{ref.text}" ({ref.source_title}, {ref.start}-{ref.end})')
        shown.add(step.fact)


@click.command("neighbours")
@click.argument("entity")
@click.option("--depth", type=click.IntRange(1, 10), default=1, show_default=True)
@click.option("--limit", type=click.IntRange(1), metavar="N", help="Only the N nearest.")
@store_option
def neighbours_cmd(entity, depth, limit, store_path):
    """The entities within DEPTH hops of ENTITY, and what links them."""
    from kg.graphstats import neighbours

    store = open_store(store_path, read_only=True)
    G = entity_graph.build_graph(store)
    rows = neighbours(G, _entity(store, G, entity, "ENTITY"), depth)
    for row in rows[:limit]:
        click.echo(f"{row['distance']:g}\t{row['label']} ({row['type']})\tvia {row['via']}")
    if limit is not None and len(rows) > limit:
        click.echo(f"{limit} of {len(rows)} entities (--limit {limit})")


COMMANDS = [export_cmd, viz_cmd, timeline_cmd, stats_cmd, path_cmd, neighbours_cmd]
