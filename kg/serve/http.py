"""HTTP limits uvicorn does not have: a deadline for a request's headers, and a cap on connections.

uvicorn closes idle keep-alive connections but waits forever for a request head sent byte by byte,
and accepts any number of connections, so a thousand slow clients held the server's sockets. This
h11 protocol closes a connection whose request head is not complete ``header_timeout`` seconds
after it opened (or after its last answer), and answers 503 to a connection past ``max_connections``.
The body's deadline is the app's (:func:`kg.serve.app._read_body`).
"""

from __future__ import annotations

import asyncio

from uvicorn.protocols.http.h11_impl import H11Protocol


def protocol(header_timeout: float, max_connections: int) -> type[asyncio.Protocol]:
    """An h11 protocol class for ``uvicorn.run(http=...)`` with these two limits."""
    return type(
        "KgH11Protocol",
        (_Guarded,),
        {"header_timeout": header_timeout, "max_connections": max_connections},
    )


def _too_many(limit: int) -> bytes:
    body = f"over {limit} open connections (kg serve --max-connections); try again later\n".encode()
    head = (
        "HTTP/1.1 503 Service Unavailable\r\ncontent-type: text/plain; charset=utf-8\r\n"
        f"retry-after: 1\r\nconnection: close\r\ncontent-length: {len(body)}\r\n\r\n"
    )
    return head.encode() + body


class _Guarded(H11Protocol):
    header_timeout = 10.0
    max_connections = 256
    _head_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        if len(self.connections) > self.max_connections:
            transport.write(_too_many(self.max_connections))
            transport.close()
            return
        self._arm()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing():
            self._arm()  # the next request's head has the same deadline

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _arm(self) -> None:
        self._disarm()
        self._head_timer = self.loop.call_later(self.header_timeout, self._head_late)

    def _disarm(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _head_late(self) -> None:
        """Close the connection unless a request is being answered (its head arrived in time)."""
        self._head_timer = None
        waiting = self.cycle is None or self.cycle.response_complete
        if waiting and not self.transport.is_closing():
            self.transport.close()
