"""What every command shares: the store option, and turning KgError into a one-line message."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from kg import limits as _limits
from kg.errors import KgError, printable
from kg.stores import GraphStore, is_remote
from kg.stores import open_store as _open_store


class KgClickError(click.ClickException):
    """A KgError as click prints it: 'Error: <message>' on one line, with the KgError's exit code
    (control characters in a file name are shown escaped: they must not break the line or reach
    the terminal)."""

    def __init__(self, error: KgError) -> None:
        shown = printable(error.headline())
        if error.detail:
            shown += "\n" + printable(error.detail, keep="\n\t")
        super().__init__(shown)
        # click types exit_code as a class variable; its main() reads it from the instance
        self.exit_code = error.exit_code  # type: ignore[misc]


class StoreSpec(click.ParamType):
    """A store directory (a Path) or a SPARQL endpoint URL (kept as text: a Path would eat '//')."""

    name = "PATH|URL"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, Path) or is_remote(value):
            return value
        return Path(value)


def _remember(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    if value:
        ctx.meta[f"kg.{param.name}"] = value


def store_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """--store PATH|URL (or KG_STORE), default .kg/; with a URL, --update-endpoint and
    --gsp-endpoint where the server splits its protocols (credentials: KG_STORE_USER and
    KG_STORE_PASSWORD, never options)."""
    for name, envvar, text in (
        ("gsp_endpoint", "KG_GSP_ENDPOINT", "Graph Store Protocol URL of a remote store."),
        ("update_endpoint", "KG_UPDATE_ENDPOINT", "SPARQL Update URL of a remote store."),
    ):
        func = click.option(
            "--" + name.replace("_", "-"),
            name,
            metavar="URL",
            envvar=envvar,
            expose_value=False,
            callback=_remember,
            help=text + " (default: the --store URL)" if name == "update_endpoint" else text,
        )(func)
    return click.option(
        "--store",
        "store_path",
        type=StoreSpec(),
        default=None,
        envvar="KG_STORE",
        show_envvar=True,
        help="Store directory (default: .kg/ here), or a SPARQL endpoint http(s)://…/sparql.",
    )(func)


#: Seconds a writing command waits for a store another kg process is writing.
DEFAULT_WAIT = 5.0


def wait_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """--wait SECONDS: how long a writer waits for a busy store before it gives up."""
    return click.option(
        "--wait",
        "wait",
        type=click.FloatRange(0),
        default=DEFAULT_WAIT,
        show_default=True,
        metavar="SECONDS",
        help="If another kg process is writing the store, wait this long for it (0: fail at once).",
    )(func)


def limit_options(timeout: bool = True) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """--max-table-bytes, --max-table-rows and (with ``timeout``) --source-timeout, handed to
    the command as one ``limits`` argument (a :class:`kg.limits.Limits`)."""

    def decorate(func: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(func)
        def with_limits(
            *args: Any,
            max_table_bytes: int,
            max_table_rows: int,
            source_timeout: float | None = None,
            **kwargs: Any,
        ) -> Any:
            limits = _limits.Limits(max_table_bytes, max_table_rows, source_timeout or None)
            return func(*args, limits=limits, **kwargs)

        options = [
            click.option(
                "--max-table-bytes",
                type=click.IntRange(1),
                metavar="N",
                default=_limits.MAX_TABLE_BYTES,
                show_default=True,
                help="Refuse a CSV table larger than this.",
            ),
            click.option(
                "--max-table-rows",
                type=click.IntRange(1),
                metavar="N",
                default=_limits.MAX_TABLE_ROWS,
                show_default=True,
                help="Refuse a CSV table with more rows than this.",
            ),
        ]
        if timeout:
            options.append(
                click.option(
                    "--source-timeout",
                    type=click.FloatRange(0),
                    metavar="SECONDS",
                    default=_limits.SOURCE_SECONDS,
                    show_default=True,
                    help="Refuse a source (an article, a record, a table) whose extraction takes "
                    "longer (0: no limit).",
                )
            )
        for option in reversed(options):
            with_limits = option(with_limits)
        return with_limits

    return decorate


def open_store(
    store_path: Path | str | None, *, read_only: bool = False, wait: float = 0.0
) -> GraphStore:
    """The embedded store in a directory, or the remote store at a URL (with the endpoints
    given to this command)."""
    ctx = click.get_current_context(silent=True)
    meta = ctx.meta if ctx is not None else {}
    store = _open_store(
        store_path,
        read_only=read_only,
        update_endpoint=meta.get("kg.update_endpoint"),
        gsp_endpoint=meta.get("kg.gsp_endpoint"),
        wait=wait,
    )
    for graph in getattr(store, "recovered", ()):  # kg.stores.unfinished
        click.echo(
            printable(f"note: dropped {graph.value}: a kg load stopped before writing it whole"),
            err=True,
        )
    return store


class KgGroup(click.Group):
    """A group that turns any KgError into one line (exit 1, or 2 for usage) and hides tracebacks
    of unexpected errors too, unless ``--debug`` is given."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KgError as exc:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            raise KgClickError(exc) from None
        except click.ClickException as exc:  # click's own ("Path 'a\nb' does not exist")
            # click types message as Final; escaped in place, click's show() still adds its hints
            exc.message = printable(exc.message)  # type: ignore[misc]
            raise
        except (click.exceptions.Exit, click.exceptions.Abort):
            raise
        except KeyboardInterrupt:
            raise click.exceptions.Exit(130) from None
        except (
            BrokenPipeError
        ):  # `kg stats | head`: the reader has gone; stop quietly, as Unix tools do
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            raise click.exceptions.Exit(141) from None
        except Exception as exc:  # noqa: BLE001 - the last line of defence for users
            if ctx.obj and ctx.obj.get("debug"):
                raise
            msg = (
                f"internal error: {type(exc).__name__}: {exc} (run with --debug for the traceback)"
            )
            raise click.ClickException(printable(msg)) from None
