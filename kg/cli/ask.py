"""``kg ask``: a question in plain English, answered by the competency question it maps to."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import click

from kg import ask, texttable
from kg.ask import render
from kg.cli._common import open_store, store_option
from kg.errors import StoreError
from kg.stores.embedded import default_store_path


@click.command("ask")
@click.argument("question", nargs=-1, required=True)
@click.option(
    "--format",
    "-f",
    "fmt",
    type=click.Choice(("table", "json")),
    default="table",
    show_default=True,
    help="table: how the question was read, the SPARQL and the rows with their "
    "evidence; json: what GET /ask returns (W3C SPARQL JSON results inside).",
)
@click.option("--limit", type=click.IntRange(1), metavar="N", help="Only the first N rows.")
@click.option(
    "--wide",
    is_flag=True,
    help="Table rows on one line each, nothing wrapped or shortened (for a pager).",
)
@store_option
def ask_command(
    question: tuple[str, ...], fmt: str, limit: int | None, wide: bool, store_path: Path | None
) -> None:
    """Answer QUESTION in plain English ('who claims the Kuril Islands?') with the competency
    question it maps to (see 'kg queries'); exit 1, with what can be asked, if it maps to none."""
    path = store_path or default_store_path()
    if isinstance(path, Path) and not path.exists():
        raise StoreError(f"{path}: no store here", hint="run kg build or kg demo")
    store = open_store(path, read_only=True)
    answer = ask.answer(store, " ".join(question))
    if fmt == "json":
        if limit is not None:
            answer = dataclasses.replace(
                answer, result=dataclasses.replace(answer.result, rows=answer.result.rows[:limit])
            )
        click.echo(render.to_json(answer), nl=False)
        return
    width = None if wide else texttable.terminal_width()
    click.echo(
        render.text(answer, store, color=sys.stdout.isatty(), width=width, limit=limit), nl=False
    )


COMMANDS = [ask_command]
