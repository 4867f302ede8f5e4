"""``kg validate``: check the store against the SHACL shapes; exit 0 conforms, 1 not, 2 error."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli._common import open_store, store_option
from kg.errors import StoreError


@click.command("validate")
@store_option
@click.option(
    "--shapes",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="SHACL shapes file (Turtle; default: ontology/shapes.ttl).",
)
@click.pass_context
def validate(ctx: click.Context, store_path: Path | None, shapes: Path | None) -> None:
    """Check every graph in the store against the shapes, with the ontology's class hierarchy.

    Prints one line per problem: severity, focus node, property path, message (and the offending
    value). Exit status: 0 the store conforms, 1 it does not, 2 validation could not run.
    """
    from kg import validate as validation

    try:
        store = open_store(store_path, read_only=True)
    except StoreError as exc:
        raise validation.ValidationSetupError(str(exc)) from None
    report = validation.validate(store, shapes=shapes)
    for result in report.results:
        click.echo(str(result))
    click.echo(_summary(report, shapes))
    ctx.exit(0 if report.conforms else 1)


def _summary(report, shapes: Path | None) -> str:
    counts: dict[str, int] = {}
    for result in report.results:
        counts[result.severity] = counts.get(result.severity, 0) + 1
    against = f"against {shapes}" if shapes else "against the project shapes"
    if report.conforms and not report.results:
        return f"conforms: {report.triples} triples checked {against}, no problems"
    found = ", ".join(f"{n} {_plural(sev.lower(), n)}" for sev, n in sorted(counts.items()))
    verdict = "conforms" if report.conforms else "does not conform"
    return f"{verdict}: {found} in {report.triples} triples checked {against}"


def _plural(word: str, n: int) -> str:
    return word if n == 1 else word + "s"


COMMANDS = [validate]
