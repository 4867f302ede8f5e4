"""The ``kg`` command: a thin client of the library; each command lives in its own module."""

from __future__ import annotations

import sys

import click

from kg import __version__
from kg.cli._common import KgGroup


@click.group(cls=KgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
@click.option("--debug", is_flag=True, help="Show full tracebacks for errors.")
@click.pass_context
def main(ctx: click.Context, debug: bool) -> None:
    """dispute-kg: turn news about territorial disputes into a knowledge graph."""
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug


def _register() -> None:
    from kg.cli import ask as ask_command
    from kg.cli import (
        build,
        changes,
        demo,
        export,
        extract,
        graph,
        infer,
        query,
        report,
        serve,
        sources,
        tables,
        validate,
    )
    from kg.cli import load as load_command

    for module in (
        ask_command,
        build,
        changes,
        demo,
        export,
        extract,
        graph,
        infer,
        load_command,
        query,
        report,
        serve,
        sources,
        tables,
        validate,
    ):
        for command in module.COMMANDS:
            main.add_command(command)


_register()


def run() -> None:  # pragma: no cover - console entry for `python -m kg`
    sys.exit(main())
