"""``kg infer``: materialise (or drop) what the ontology implies, in a graph of its own."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli._common import open_store, store_option


@click.command("infer")
@store_option
@click.option("--drop", is_flag=True, help="Remove the inferred graph instead of recomputing it.")
@click.option(
    "--ontology",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Ontology to read the axioms from (default: ontology/dispute.ttl).",
)
def infer(store_path: Path | None, drop: bool, ontology: Path | None) -> None:
    """Add the triples the ontology implies (subclasses, subproperties, inverses, transitive
    part-of) to the graph id/graph/inferred, replacing what was there."""
    from kg import infer as inference

    store = open_store(store_path)
    if drop:
        inference.drop(store)
        store.flush()
        click.echo(f"dropped {inference.INFERRED_GRAPH.value}")
        return
    count = inference.materialise(store, ontology)
    store.flush()
    click.echo(f"{count} inferred triples in {inference.INFERRED_GRAPH.value}")


COMMANDS = [infer]
