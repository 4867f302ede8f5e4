"""``kg build``: sources into the store."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

import click

from kg import builds as _builds
from kg.cli._common import limit_options, open_store, store_option, wait_option
from kg.engines import ENGINES, local
from kg.errors import printable
from kg.ingest import registry
from kg.ingest import sources as ingest_sources
from kg.limits import Limits
from kg.paths import ARTICLES_DIR

if TYPE_CHECKING:
    from click._termui_impl import ProgressBar


@click.command("build", help=f"Read {registry.describe()} into the store.")
@click.argument("paths", nargs=-1)
@store_option
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Extract in this many processes (the graph is the same as a serial build's).",
)
@click.option("--strict", is_flag=True, help="Stop at the first source that cannot be read.")
@click.option(
    "--as-of",
    "as_of",
    metavar="DATE",
    help="Date a table's claims (default: the date in its file name).",
)
@click.option(
    "--engine",
    type=click.Choice(ENGINES),
    default=ENGINES[0],
    show_default=True,
    help="Where extraction runs: local processes, or a Dask cluster.",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="Dask scheduler (tcp://host:8786); default: a LocalCluster of --workers.",
)
@click.option(
    "--infer", is_flag=True, help="Also materialise RDFS/OWL inferences into their own graph."
)
@wait_option
@limit_options()
def build(
    paths: tuple[str, ...],
    store_path: Path | None,
    workers: int,
    strict: bool,
    as_of: str | None,
    engine: str,
    scheduler: str | None,
    infer: bool,
    wait: float,
    limits: Limits,
) -> None:
    """Build the store from PATHS (default: the bundled articles); help: the ingesters' table."""
    sources = paths or (str(ARTICLES_DIR),)
    named = [Path(raw) for raw in sources if raw != "-"]
    bad = [path for path in named if not path.exists()]
    if bad and (strict or len(bad) == len(sources)):  # nothing to build, or --strict: the store
        ingest_sources.check(bad[0])  # is not even opened (a mistyped name never locks it)
    store = open_store(store_path, wait=wait)
    bar = _Progress(sys.stderr.isatty())
    started = _builds.now()
    try:
        if engine == "dask" or scheduler:
            from kg.engines import dask as _dask

            report = _dask.build(
                sources,
                store,
                scheduler=scheduler,
                workers=workers,
                strict=strict,
                as_of=as_of,
                progress=bar.advance,
                start=bar.start,
                limits=limits,
            )
        else:
            report = local.build(
                sources,
                store,
                workers=workers,
                strict=strict,
                as_of=as_of,
                progress=bar.advance,
                start=bar.start,
                limits=limits,
            )
    finally:
        bar.finish()
    number = _builds.record(store, report, started, _builds.now())
    if infer:
        from kg import infer as _infer

        n = _infer.materialise(store)
        click.echo(f"{n} inferred triple(s) in their own graph")
    for _name, reason in report.skipped:
        click.echo(f"skipped: {printable(reason)}", err=True)
    click.echo(f"build {number}: {report.summary()}")
    if report.skipped:
        raise SystemExit(1)


class _Progress:
    """On a terminal, a bar with the rate and the time left (click's ETA) for builds of more
    than one source; nothing on a pipe, where a log would fill with redrawn lines."""

    def __init__(self, tty: bool) -> None:
        self._tty = tty
        self._bar: ProgressBar[str | None] | None = None
        self._began = time.monotonic()
        self._done = 0

    def start(self, total: int) -> None:
        if self._tty and total > 1:
            self._bar = click.progressbar(
                length=total,
                label="building",
                file=sys.stderr,
                show_eta=True,
                show_pos=True,
                item_show_func=self._rate,
            )
            self._bar.__enter__()
            self._began = time.monotonic()

    def advance(self, name: str) -> None:
        self._done += 1
        if self._bar is not None:
            self._bar.update(1, printable(Path(name).name))

    def finish(self) -> None:
        if self._bar is not None:
            self._bar.__exit__(None, None, None)
            self._bar = None

    def _rate(self, name: str | None) -> str:
        elapsed = max(time.monotonic() - self._began, 1e-6)
        return f"{self._done / elapsed:.1f} sources/s  {(name or '')[:40]}"


COMMANDS = [build]
