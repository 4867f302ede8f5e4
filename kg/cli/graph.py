"""``kg stats``, ``kg path``, ``kg neighbours``: questions asked of the entity graph
(:mod:`kg.graph.questions`), printed."""

from __future__ import annotations

import json

import click

from kg.cli._common import open_store, store_option
from kg.graph import view as entity_graph
from kg.graph.questions import neighbours, node, path, stats


@click.command("stats")
@click.option("--top", type=click.IntRange(1, 1000), default=10, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@store_option
def stats_cmd(top, as_json, store_path):
    """Counts by type, the most connected entities, and sources per fact."""
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
    store = open_store(store_path, read_only=True)
    G = entity_graph.build_graph(store)
    steps = path(
        G, node(store, G, a, "A"), node(store, G, b, "B"), entity_graph.evidence_index(store)
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
    store = open_store(store_path, read_only=True)
    G = entity_graph.build_graph(store)
    rows = neighbours(G, node(store, G, entity, "ENTITY"), depth)
    for row in rows[:limit]:
        click.echo(f"{row['distance']:g}\t{row['label']} ({row['type']})\tvia {row['via']}")
    if limit is not None and len(rows) > limit:
        click.echo(f"{limit} of {len(rows)} entities (--limit {limit})")


COMMANDS = [stats_cmd, path_cmd, neighbours_cmd]
