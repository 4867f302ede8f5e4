"""What a web browser may do with ``kg serve``: no cross-origin reads unless asked, no DNS rebinding.

A page on another site can make the user's browser send requests to the endpoint. CORS is off by
default, so such a page cannot read the answers (``--cors ORIGIN`` opens it to one origin). DNS
rebinding gets round the same-origin rule by pointing the attacker's own name at 127.0.0.1; the
request then carries the attacker's name in its Host header, so only the names the server was
started on are answered (``--allow-host NAME`` adds one).
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable

from kg.errors import printable

LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")
_ALL_INTERFACES = ("0.0.0.0", "::", "")


def served_names(host: str, extra: Iterable[str] = ()) -> frozenset[str]:
    """The Host names answered: the listening address, the loopback names when it is loopback,
    and ``extra`` (lower case, without port or brackets)."""
    names = {_bare(host)} | {_bare(n) for n in extra}
    if _bare(host) in LOOPBACK_NAMES or _is_loopback_ip(host):
        names.update(LOOPBACK_NAMES)
    return frozenset(n for n in names if n)


def host_refusal(header: str | None, names: frozenset[str], listen: str) -> str | None:
    """Why a request with this Host header is refused, or None when it is served.

    No Host (HTTP/1.0) is served: browsers always send one. Listening on all interfaces, any IP
    address is served (a rebinding attack needs a name of its own), names only when allowed."""
    if header is None:
        return None
    name = _bare(header)
    if name in names:
        return None
    if _bare(listen) in _ALL_INTERFACES and _is_ip(name):
        return None
    shown = printable(name)[:100]
    return (
        f"Host '{shown}' is not a name this server answers to "
        f"(DNS rebinding guard; start it with --allow-host {shown or 'NAME'} to allow it)"
    )


class HostCheck:
    """ASGI middleware: requests whose Host header is not a served name get 403 and one line."""

    def __init__(self, app, names: frozenset[str], listen: str) -> None:
        self.app, self.names, self.listen = app, names, listen

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "http":
            header = next(
                (v.decode("latin-1") for k, v in scope.get("headers", ()) if k == b"host"), None
            )
            reason = host_refusal(header, self.names, self.listen)
            if reason is not None:
                body = (reason + "\n").encode()
                await send(
                    {
                        "type": "http.response.start",
                        "status": 403,
                        "headers": [
                            (b"content-type", b"text/plain; charset=utf-8"),
                            (b"content-length", str(len(body)).encode()),
                        ],
                    }
                )
                await send({"type": "http.response.body", "body": body})
                return
        await self.app(scope, receive, send)


def _bare(host: str) -> str:
    """'Example.org:7878' -> 'example.org', '[::1]:7878' -> '::1'."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[1:].split("]", 1)[0]
    if host.count(":") == 1:
        host = host.split(":", 1)[0]
    return host.rstrip(".")


def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


def _is_loopback_ip(host: str) -> bool:
    try:
        return ipaddress.ip_address(_bare(host)).is_loopback
    except ValueError:
        return False
