"""Running one protocol request against an open store and rendering the answer (in a worker).

Everything that touches the store happens here, inside a worker process of :mod:`kg.serve.pool`,
so a query that runs too long can be stopped by ending its process. That includes the checks of
:mod:`kg.sparql.guard` (update? SERVICE?): they parse, which costs CPU the event loop must not pay.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import cast

import pyoxigraph as ox

from kg.errors import KgError, QueryError, QueryFailed
from kg.serve import results
from kg.serve.negotiate import NotAcceptable, choose
from kg.sparql import guard
from kg.stores.base import GraphStore
from kg.vocab import PREFIXES

#: Prefixes for Turtle and RDF/XML answers; not ``id:``, whose names have slashes to escape.
_GRAPH_PREFIXES = {p: iri for p, iri in PREFIXES.items() if p != "id"}


@dataclass(frozen=True)
class Job:
    """A query to run: raw SPARQL (``query``) or a named competency query (``name``)."""

    query: str | None = None
    name: str | None = None
    params: dict[str, str] = field(default_factory=dict)
    default_graphs: list[str] | None = None
    named_graphs: list[str] | None = None
    accept: str | None = None
    format: str | None = None
    base_iri: str | None = None  # relative IRIs in the query resolve against the endpoint's URL
    ask: str | None = None  # a question in plain English (GET /ask), see kg.serve.ask


@dataclass(frozen=True)
class Reply:
    status: int
    media_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Limits:
    max_rows: int = 10_000
    allow_service: bool = False
    #: bytes a query may add to its worker (kg.serve.memory); None: no cap
    memory: int | None = 2 << 30


def error(status: int, message: str) -> Reply:
    """A short plain-text error: one line, never a traceback."""
    return Reply(status, "text/plain", (message.strip() + "\n").encode())


def execute(store: GraphStore, job: Job, limits: Limits) -> Reply:
    if job.ask is not None:
        from kg.serve.ask import execute_ask

        return execute_ask(store, job.ask, limits)
    if job.name is not None:
        return _execute_named(store, job, limits)
    return _execute_sparql(store, job, limits)


def _execute_sparql(store: GraphStore, job: Job, limits: Limits) -> Reply:
    text = job.query or ""
    try:
        guard.check_query(text, allow_service=limits.allow_service)
    except guard.Refused as exc:
        return error(exc.status, str(exc))
    graphs = named = None
    if job.default_graphs is not None or job.named_graphs is not None:
        graphs = [ox.NamedNode(g) for g in job.default_graphs or []]
        named = [ox.NamedNode(g) for g in job.named_graphs or []]
    # otherwise the store's default graph: the union of all sources
    try:
        answer = store.query(text, graphs=graphs, named_graphs=named, base_iri=job.base_iri)
    except QueryFailed as exc:
        return error(500, str(exc))
    except QueryError as exc:  # it does not parse: an update, or a mistake (line, caret)
        if guard.is_update(text):
            return error(403, guard.READ_ONLY)
        return error(400, str(exc))
    return render(answer, job, limits)


def _execute_named(store: GraphStore, job: Job, limits: Limits) -> Reply:
    from kg import queries  # imported here: only the worker needs the query files

    try:
        named = {q.name: q for q in queries.load_all()}
        query = named.get(job.name or "")
        if query is None:
            return error(404, f"no named query {job.name!r}; GET /queries lists them")
        bindings = queries.bind_params(store, query, job.params)
        result = queries.run(store, query.text, bindings)
    except KgError as exc:
        return error(400, str(exc))
    if result.kind == "ask":
        return render(bool(result.boolean), job, limits)
    if result.kind == "graph":
        return render(_Graph(result.triples), job, limits)
    return render(_Table(result.variables, result.rows), job, limits)


class _Table:
    """A SELECT answer already read (a named query's result)."""

    def __init__(self, variables: list[str], rows: list) -> None:
        self.variables, self.rows = variables, rows


class _Graph:
    def __init__(self, triples: list) -> None:
        self.triples = triples


def render(answer: object, job: Job, limits: Limits) -> Reply:
    """Serialise an answer in the negotiated format, capped at ``limits.max_rows``."""
    graph = isinstance(answer, ox.QueryTriples | _Graph)
    try:
        fmt = choose("graph" if graph else "results", job.accept, job.format)
    except NotAcceptable as exc:
        return error(406, str(exc))
    headers: dict[str, str] = {}
    truncated = False
    try:
        if isinstance(answer, ox.QueryBoolean | bool):
            body = results.boolean(bool(answer), fmt)
        elif graph:
            triples = (
                answer.triples if isinstance(answer, _Graph) else cast(ox.QueryTriples, answer)
            )
            kept, truncated = results.take(triples, limits.max_rows)
            body = results.graph(kept, fmt, _GRAPH_PREFIXES)
        else:
            if isinstance(answer, _Table):
                variables, rows = answer.variables, iter(answer.rows)
            else:
                variables = [v.value for v in answer.variables]  # type: ignore[attr-defined]
                rows = (list(s) for s in answer)  # type: ignore[attr-defined]
            kept, truncated = results.take(rows, limits.max_rows)
            body = results.solutions(variables, kept, fmt)
        if truncated:
            headers["Kg-Truncated"] = str(limits.max_rows)
    except (OSError, RuntimeError, ValueError) as exc:
        return error(500, f"the query failed: {_first_line(exc)}")
    return Reply(200, fmt.media_type, body, headers)


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]
