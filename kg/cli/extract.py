"""``kg extract``: one article's facts, without touching the store."""

from __future__ import annotations

from pathlib import Path

import click
import pyoxigraph as ox

from kg import facts, mapping
from kg.cli._common import limit_options
from kg.ingest.sources import extract_source
from kg.limits import Limits
from kg.vocab import PREFIXES


@click.command("extract")
@click.argument("source", type=click.Path(path_type=Path, dir_okay=False, allow_dash=True))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["facts", "turtle", "trig"]),
    default="facts",
    show_default=True,
    help="facts: JSON Lines (see shared/eval/FORMAT.md); turtle/trig: RDF.",
)
@limit_options()
def extract(source: Path, fmt: str, limits: Limits) -> None:
    """Print the entities and facts read from one source."""
    extractions = extract_source(str(source) if str(source) == "-" else source, limits=limits)
    if fmt == "facts":
        for ex in extractions:
            for line in facts.lines(ex):
                click.echo(line)
        return
    quads = [q for ex in extractions for q in mapping.extraction_quads(ex)]
    if fmt == "turtle":
        triples = sorted({ox.Triple(q.subject, q.predicate, q.object) for q in quads}, key=str)
        out = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    else:
        out = ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=PREFIXES)
    click.echo((out or b"").decode("utf-8"), nl=False)


COMMANDS = [extract]
