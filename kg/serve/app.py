"""The ASGI app: ``/sparql`` (the protocol), ``/queries`` (named queries) and ``/`` (the page).

Starlette parses HTTP and answers; the store is only touched by the workers of the query lanes
(:mod:`kg.serve.lanes`). Served by uvicorn.
The event loop only moves bytes: decoding a request runs in a thread, checking and running a query
in a worker process, so no request can stall the others. Slow clients are cut off by deadlines.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import json
import sys
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from kg import queries
from kg.errors import KgError, printable
from kg.serve.browser import LOOPBACK_NAMES, HostCheck, served_names
from kg.serve.execute import Job, Limits, Reply, error
from kg.serve.lanes import Lanes
from kg.serve.protocol import MAX_QUERY, ProtocolError, parse_query_request
from kg.stores import open_store
from kg.vocab import PREFIXES, sparql_prologue

_TEXT_TYPES = (
    "text/",
    "application/sparql-results",
    "application/json",
    "application/ld+json",
    "application/n-triples",
    "application/rdf+xml",
)


@dataclass(frozen=True)
class ServeConfig:
    store_path: Path | str  # a directory, or a SPARQL endpoint URL (kg serve as a proxy)
    host: str = "127.0.0.1"
    port: int = 7878
    timeout: float = 10.0
    max_rows: int = 10_000
    max_body: int = 1_000_000
    workers: int = 2  # ad-hoc lane (/sparql)
    named_workers: int = 2  # named lane (/queries/NAME)
    slow_workers: int = 1  # slow lane (queries that took over a second last time)
    query_memory: int | None = Limits.memory  # bytes one query may add to its worker; None: no cap
    allow_service: bool = False
    max_query: int = MAX_QUERY  # bytes of query text
    read_timeout: float = 10.0  # seconds for a request's headers, and again for its body
    max_connections: int = 256
    cors: tuple[str, ...] = ()  # origins whose pages may read answers (none by default)
    allow_hosts: tuple[str, ...] = ()  # Host names served besides the listening address
    warm: bool = False  # answer the whole-graph named questions once at start (Lanes.warm)


def whole_graph_questions() -> list[str]:
    """The named questions asked with no parameter at all: the whole-graph listings."""
    return [q.name for q in queries.load_all() if not any(p.required for p in q.params or ())]


def create_app(config: ServeConfig) -> Starlette:
    open_store(config.store_path, read_only=True)  # fail now, with the store's own message
    limits = Limits(
        max_rows=config.max_rows, allow_service=config.allow_service, memory=config.query_memory
    )
    lanes = Lanes(
        config.store_path,
        adhoc=config.workers,
        named=config.named_workers,
        slow=config.slow_workers,
        timeout=config.timeout,
        limits=limits,
    )

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette):
        lanes.start()
        where = f"http://{config.host}:{config.port}"
        print(
            f"kg serve: SPARQL endpoint {where}/sparql, query page {where}/ "
            f"(store {config.store_path}, read-only; Ctrl-C to stop)",
            file=sys.stderr,
            flush=True,
        )
        _warn_about_network(lanes.network_wall(), config.allow_service)
        uncapped = lanes.memory_cap()
        if uncapped:
            warning = f"warning: queries' memory is not capped ({uncapped})"
            print(warning, file=sys.stderr, flush=True)
        warming = None
        if config.warm:
            names = whole_graph_questions()
            print(f"kg serve: answering {len(names)} named questions ahead", file=sys.stderr)
            warming = asyncio.ensure_future(lanes.warm(names))
        try:
            yield
        finally:
            if warming is not None:
                warming.cancel()
            lanes.close()

    async def sparql(request: Request) -> Response:
        try:
            body = await _read_body(request, config.max_body, config.read_timeout)
            job = await asyncio.to_thread(
                parse_query_request,
                request.method,
                request.scope.get("query_string", b""),
                request.headers.get("content-type"),
                body,
                request.headers.get("accept"),
                str(request.url.replace(query="", fragment="")),
                config.max_query,
            )
        except ProtocolError as exc:
            return _reply(_refusal(exc))
        except ClientDisconnect:  # nobody to answer: one line in the log, not a traceback
            _log_disconnect(request)
            return Response(status_code=400)
        return _reply(await lanes.run(job), head=request.method == "HEAD")

    async def query_list(request: Request) -> Response:
        return JSONResponse([_describe(q) for q in _named_queries()])

    async def named_query(request: Request) -> Response:
        params = dict(request.query_params)
        fmt = params.pop("format", None)
        job = Job(
            name=request.path_params["name"],
            params=params,
            accept=request.headers.get("accept"),
            format=fmt,
        )
        return _reply(await lanes.run(job))

    async def ask_question(request: Request) -> Response:
        # interpreting and answering parse and query: in a worker, as for /sparql
        job = Job(ask=request.query_params.get("q", ""))
        return _reply(await lanes.run(job), head=request.method == "HEAD")

    async def index(request: Request) -> Response:
        return HTMLResponse(_index_html())

    routes = [
        Route("/", index),
        Route("/sparql", sparql, methods=["GET", "POST", "HEAD"]),
        Route("/sparql/", sparql, methods=["GET", "POST", "HEAD"]),
        Route("/queries", query_list),
        Route("/queries/{name}", named_query),
        Route("/ask", ask_question, methods=["GET", "HEAD"]),
        Mount("/static", StaticFiles(packages=[("kg.serve", "static")]), name="static"),
    ]
    middleware = [
        Middleware(
            HostCheck, names=served_names(config.host, config.allow_hosts), listen=config.host
        )
    ]
    if config.cors:
        middleware.append(
            Middleware(
                CORSMiddleware,
                allow_origins=list(config.cors),
                allow_methods=["GET", "POST", "HEAD"],
                allow_headers=["Accept", "Content-Type"],
                expose_headers=["Kg-Truncated", "Retry-After"],
                max_age=600,
            )
        )
    return Starlette(routes=routes, middleware=middleware, lifespan=lifespan)


async def _read_body(request: Request, limit: int, timeout: float) -> bytes:
    """The body, at most ``limit`` bytes, all of it within ``timeout`` seconds (else 413 / 408)."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise ProtocolError(413, f"the request body is over {limit} bytes")
    chunks, size = [], 0
    try:
        async with asyncio.timeout(timeout):
            async for chunk in request.stream():
                size += len(chunk)
                if size > limit:
                    raise ProtocolError(413, f"the request body is over {limit} bytes")
                chunks.append(chunk)
    except TimeoutError:
        raise ProtocolError(
            408, f"the request body did not arrive within {timeout:g} s (kg serve --read-timeout)"
        ) from None
    return b"".join(chunks)


def _log_disconnect(request: Request) -> None:
    client = request.client
    who = f"{client.host}:{client.port}" if client else "a client"
    print(
        f"kg serve: {who} disconnected before its request was read ({request.method} "
        f"{printable(request.url.path)[:200]}); nothing answered",
        file=sys.stderr,
        flush=True,
    )


def _refusal(exc: ProtocolError) -> Reply:
    """The error reply; after a body that was not read to its end (408, 413) the connection closes."""
    reply = error(exc.status, str(exc))
    if exc.status in (408, 413):
        return Reply(reply.status, reply.media_type, reply.body, {"Connection": "close"})
    return reply


def _warn_about_network(why: str | None, allow_service: bool) -> None:
    """One line at start when the query workers can reach the network (the second wall is down)."""
    if allow_service:
        message = (
            "warning: --allow-service: queries may fetch from any endpoint this machine reaches"
        )
    elif why is not None:
        message = (
            f"warning: the query workers' network wall is unavailable ({why}); "
            "SERVICE is still refused on the parsed query"
        )
    else:
        return
    print(message, file=sys.stderr, flush=True)


def _reply(reply: Reply, *, head: bool = False) -> Response:
    media = reply.media_type
    if media.startswith(_TEXT_TYPES):
        media += "; charset=utf-8"
    headers = {"Vary": "Accept", **reply.headers}
    return Response(
        b"" if head else reply.body, status_code=reply.status, media_type=media, headers=headers
    )


def _named_queries() -> list:
    from kg import queries

    try:
        return queries.load_all()
    except KgError:
        return []


def _describe(query) -> dict:
    return {
        "name": query.name,
        "title": query.title,
        "question": query.question,
        "params": [
            {"name": n, "description": d, "required": bool(r)} for n, d, r in query.params or ()
        ],
        "returns": list(query.returns),
        "text": query.text,
    }


def _index_html() -> str:
    page = resources.files("kg.serve").joinpath("static/index.html").read_text(encoding="utf-8")
    page = page.replace("{{PROLOGUE}}", html.escape(sparql_prologue()))
    # Inside <script> entities are not decoded: escape '<' the JSON way so '</script>' can't occur.
    return page.replace("{{PREFIXES_JSON}}", json.dumps(PREFIXES).replace("<", "\\u003c"))


def serve(config: ServeConfig) -> None:
    """Run the endpoint until interrupted (Ctrl-C)."""
    import uvicorn

    app = create_app(config)
    if config.host not in LOOPBACK_NAMES:
        print(
            f"warning: listening on {config.host}: other machines can query this store",
            file=sys.stderr,
        )
    from kg.serve.http import protocol

    uvicorn.run(
        app,
        host=config.host,
        port=config.port,
        log_level="warning",
        http=protocol(config.read_timeout, config.max_connections),
        timeout_keep_alive=5,
        # room for a GET carrying the longest query percent-encoded, so it meets the 413 below
        h11_max_incomplete_event_size=3 * config.max_query + 16 * 1024,
    )
