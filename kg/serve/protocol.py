"""Reading a SPARQL 1.1 Protocol query request: which query, which dataset, which format.

Errors are :class:`ProtocolError` with the status the W3C protocol tests expect: 400 for a missing,
repeated or undecodable query, 415 for a media type or charset the protocol does not allow, 403 for
an update sent as one (the endpoint is read-only), 413 for a query over the length limit.
Whether a query *text* is an update or uses SERVICE is decided later, in the worker, on a parse
(:mod:`kg.sparql.guard`); nothing here is more than linear in the request's size.
"""

from __future__ import annotations

from urllib.parse import parse_qsl

import pyoxigraph as ox

from kg.serve.execute import Job

FORM = "application/x-www-form-urlencoded"
SPARQL_QUERY = "application/sparql-query"
SPARQL_UPDATE = "application/sparql-update"
_FORMAT_PARAMS = ("format", "output", "results")
READ_ONLY = "updates are not allowed: this endpoint is read-only"
MAX_QUERY = 64 * 1024


class ProtocolError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def parse_params(raw: bytes | str, where: str) -> list[tuple[str, str]]:
    """``a=1&b=2`` as pairs; percent-escapes must decode to UTF-8."""
    try:
        text = raw.decode("ascii") if isinstance(raw, bytes) else raw
        return parse_qsl(text, keep_blank_values=True, encoding="utf-8", errors="strict")
    except (UnicodeDecodeError, ValueError):
        raise ProtocolError(400, f"the {where} is not URL-encoded UTF-8") from None


def _media_type(content_type: str | None) -> tuple[str, str | None]:
    """(media type, charset) of a Content-Type header, lower-cased."""
    if not content_type:
        return "", None
    fields = [f.strip() for f in content_type.split(";")]
    charset = None
    for param in fields[1:]:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            charset = value.strip().strip('"').lower()
    return fields[0].lower(), charset


def _check_charset(charset: str | None) -> None:
    if charset not in (None, "utf-8", "utf8", "us-ascii"):
        raise ProtocolError(415, f"charset {charset!r} is not supported; send UTF-8")


def _one(params: list[tuple[str, str]], name: str) -> str | None:
    values = [v for k, v in params if k == name]
    if len(values) > 1:
        raise ProtocolError(400, f"{len(values)} '{name}' parameters; send exactly one")
    return values[0] if values else None


def _iris(params: list[tuple[str, str]], name: str) -> list[str] | None:
    values = [v for k, v in params if k == name]
    for value in values:
        try:
            ox.NamedNode(value)
        except ValueError:
            raise ProtocolError(400, f"{name}={value!r} is not an absolute IRI") from None
    return values or None


def parse_query_request(
    method: str,
    query_string: bytes,
    content_type: str | None,
    body: bytes,
    accept: str | None,
    base_iri: str | None = None,
    max_query: int = MAX_QUERY,
) -> Job:
    """The :class:`Job` a protocol request asks for, or a :class:`ProtocolError`."""
    url_params = parse_params(query_string, "query string")
    if method in ("GET", "HEAD"):
        params, text = url_params, None
    elif method == "POST":
        media, charset = _media_type(content_type)
        if media == FORM:
            _check_charset(charset)
            params, text = url_params + parse_params(body, "request body"), None
        elif media == SPARQL_QUERY:
            _check_charset(charset)
            if _one(url_params, "query") is not None:
                raise ProtocolError(400, "a query in both the body and the URL; send one")
            params, text = url_params, _decode(body)
        elif media == SPARQL_UPDATE:
            raise ProtocolError(403, READ_ONLY)
        elif not media:
            raise ProtocolError(415, f"a POST needs a Content-Type: {FORM} or {SPARQL_QUERY}")
        else:
            raise ProtocolError(
                415, f"media type {media!r} is not a query; send {FORM} or {SPARQL_QUERY}"
            )
    else:
        raise ProtocolError(405, f"method {method} is not allowed; use GET or POST")
    if any(k in ("update", "using-graph-uri", "using-named-graph-uri") for k, _ in params):
        raise ProtocolError(403, READ_ONLY)
    if text is None:
        text = _one(params, "query")
    if text is None or not text.strip():
        raise ProtocolError(
            400, f"no query: send it as the 'query' parameter or as an {SPARQL_QUERY} body"
        )
    if "\x00" in text:
        raise ProtocolError(400, "the query contains a NUL character (is it UTF-16? send UTF-8)")
    if len(text) > max_query or len(text.encode("utf-8", "surrogatepass")) > max_query:
        raise ProtocolError(
            413, f"the query is over {max_query} bytes (kg serve --max-query-length)"
        )
    formats = [v for k, v in params if k in _FORMAT_PARAMS and v]
    return Job(
        query=text,
        default_graphs=_iris(params, "default-graph-uri"),
        named_graphs=_iris(params, "named-graph-uri"),
        accept=accept,
        format=formats[0] if formats else None,
        base_iri=base_iri,
    )


def _decode(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        raise ProtocolError(400, "the request body is not UTF-8") from None
