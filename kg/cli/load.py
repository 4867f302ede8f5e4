"""``kg load``: an RDF file from elsewhere into its own named graph of the store."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli._common import open_store, store_option, wait_option
from kg.errors import printable
from kg.load import FORMATS


@click.command("load")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@store_option
@click.option(
    "--graph",
    metavar="IRI",
    help="Named graph to load into (replaced as a whole; default: id/loaded/<file name>).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(list(FORMATS)),
    default=None,
    help="RDF syntax (default: from the file's extension).",
)
@click.option(
    "--base", "base_iri", metavar="IRI", help="Base IRI for relative IRIs (default: the graph's)."
)
@click.option(
    "--replace",
    is_flag=True,
    help="Allow --graph to name a graph kg writes itself (a source's, or the inferred graph), "
    "overwriting it.",
)
@wait_option
def load(
    file: Path,
    store_path: Path | None,
    graph: str | None,
    fmt: str | None,
    base_iri: str | None,
    replace: bool,
    wait: float,
) -> None:
    """Load FILE (Turtle, TriG, N-Triples, N-Quads, JSON-LD, RDF/XML) into one named graph.

    The file is checked completely first: an error loads nothing. It is then written whole or
    not at all, streamed, so memory stays bounded (a file too big for one step is written in
    steps, and says so). Nothing is fetched from the network (JSON-LD remote contexts and XML
    external entities are refused).
    """
    from kg import load as loading

    # Parse before opening the store: a bad file never waits for, or locks, the store.
    prepared = loading.prepare(file, graph=graph, fmt=fmt, base_iri=base_iri, replace=replace)
    if prepared.quads > loading.ATOMIC_TRIPLES:
        steps = -(-prepared.quads // loading.ATOMIC_TRIPLES)
        click.echo(
            printable(
                f"note: {file.name}: {prepared.quads} triples, over {loading.ATOMIC_TRIPLES} "
                f"written at once: written in {steps} steps; should it be stopped between two, "
                "the next command that writes the store drops the part loaded"
            ),
            err=True,
        )
    report = loading.write(open_store(store_path, wait=wait), prepared)
    click.echo(printable(report.summary(file.name)))


COMMANDS = [load]
