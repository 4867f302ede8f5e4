"""``kg queries`` lists the competency questions; ``kg query`` answers one (or any SPARQL query)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from kg import queries, results, texttable
from kg.cli._common import open_store, store_option
from kg.errors import KgError, QueryError, StoreError, UsageError, printable
from kg.sparql import guard
from kg.sparql.errors import read_only_message
from kg.stores.embedded import default_store_path


@click.command("queries")
def queries_command() -> None:
    """List the named queries: name, title and parameters."""
    named = queries.load_all()
    width = max(len(q.name) for q in named)
    for q in named:
        params = ", ".join(f"{p.name}{'' if p.required else '?'}" for p in q.params or ())
        click.echo(f"{q.name.ljust(width)}  {q.title}" + (f"  [{params}]" if params else ""))


@click.command("query")
@click.argument("name", required=False)
@click.option("--sparql", "sparql", metavar="QUERY", help="Run this SPARQL text instead.")
@click.option(
    "--param",
    "-p",
    "params",
    multiple=True,
    metavar="KEY=VALUE",
    help="A parameter, once each: an IRI, a prefixed name (id:state/japan) or a label.",
)
@click.option(
    "--format",
    "-f",
    "fmt",
    type=click.Choice(results.FORMATS),
    default="table",
    show_default=True,
    help="table for people; json/csv/tsv: W3C SPARQL results.",
)
@click.option(
    "--allow-service",
    is_flag=True,
    help="Allow SERVICE (a federated query fetches from other endpoints); refused by default.",
)
@click.option("--limit", type=click.IntRange(1), metavar="N", help="Only the first N rows.")
@click.option(
    "--wide",
    is_flag=True,
    help="Table rows on one line each, nothing wrapped or shortened (for a pager).",
)
@store_option
def query_command(
    name: str | None,
    sparql: str | None,
    params: tuple[str, ...],
    fmt: str,
    allow_service: bool,
    limit: int | None,
    wide: bool,
    store_path: Path | None,
) -> None:
    """Answer the named query NAME (see 'kg queries'), a query FILE.rq, or --sparql TEXT."""
    query = _the_query(name, sparql)
    with _naming(query.path):
        _check(query.text, allow_service)
    values = queries.param_values([_key_value(p) for p in params])
    path = store_path or default_store_path()
    if isinstance(path, Path) and not path.exists():
        raise StoreError(f"{path}: no store here", hint="run kg build or kg demo")
    store = open_store(path, read_only=True)
    with _naming(query.path):
        result = queries.answer(store, query, values)
    color = fmt == "table" and sys.stdout.isatty()
    width = None if wide else texttable.terminal_width()
    click.echo(
        results.serialize(result, fmt, store, color=color, width=width, limit=limit), nl=False
    )


def _the_query(name: str | None, sparql: str | None) -> queries.NamedQuery:
    if (name is None) == (sparql is None):
        raise UsageError("give a query NAME (see 'kg queries'), a FILE.rq or --sparql TEXT")
    if sparql is not None:
        return queries.NamedQuery.adhoc(sparql)
    assert name is not None  # one of the two, checked above
    if name.endswith(".rq") or Path(name).is_file():
        return queries.load_file(Path(name))
    return queries.get(name)


@contextmanager
def _naming(path: Path | None) -> Iterator[None]:
    """A query file's errors name the file ("q.rq: expected ... at line 3, column 5")."""
    try:
        yield
    except KgError as exc:
        if path is not None and not str(exc).startswith(str(path)):
            exc.args = (f"{printable(str(path))}: {exc.args[0]}", *exc.args[1:])
        raise


def _check(text: str, allow_service: bool) -> None:
    """The endpoint's check (kg.sparql.guard): SERVICE and updates refused, on the parsed text."""
    try:
        guard.check_query(text, allow_service=allow_service)
    except guard.Refused as exc:
        read_only = read_only_message(text) if exc.status == 403 else None
        if read_only:
            raise UsageError(read_only) from None
        raise QueryError(str(exc)) from None


def _key_value(text: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep or not key.strip():
        raise UsageError(f"--param {text!r}: write KEY=VALUE, e.g. territory='Kuril Islands'")
    return key.strip(), value


COMMANDS = [queries_command, query_command]
