"""Running the app under uvicorn with bounded connections: header deadline, JSON 400s, keep-alive.

uvicorn has no deadline for a request's headers (a client that sends half a header holds its
connection forever) and answers what h11 cannot parse (a bad Content-Length, say) in plain
text. `BoundedH11Protocol` adds both, on uvicorn's own h11 protocol; the body deadline is in the
app (`BodyLimitMiddleware`), where the body is read.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import h11
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from khulasa.service.app import create_app, error_body
from khulasa.service.settings import ServiceSettings

# Longer than the idle timeout of common clients (httpx 5 s, browsers, proxies 60 s), so the
# client, not the server, closes an idle connection: a server that closes first races the
# client's next request on it, which then ends in a connection reset.
KEEP_ALIVE_SECONDS = 65


class BoundedH11Protocol(H11Protocol):
    """uvicorn's HTTP/1.1 protocol; a request head must arrive within `header_timeout` seconds."""

    header_timeout: float = 10.0

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._head_timer: asyncio.TimerHandle | None = None
        self._head_cycle: object = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        super().connection_made(transport)  # type: ignore[arg-type]
        self._arm_head_timer()

    def data_received(self, data: bytes) -> None:
        # Bytes of a new request (none in progress): its head is due within header_timeout.
        waiting_for_head = self.cycle is None or self.cycle.response_complete
        if waiting_for_head and (self._head_timer is None or self._head_cycle is not self.cycle):
            self._arm_head_timer()
        super().data_received(data)

    def connection_lost(self, exc: Exception | None) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None
        super().connection_lost(exc)

    def _arm_head_timer(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
        self._head_cycle = self.cycle
        self._head_timer = self.loop.call_later(self.header_timeout, self._head_overdue)

    def _head_overdue(self) -> None:
        """No new request head since the timer was armed: drop the connection."""
        self._head_timer = None
        if self.cycle is self._head_cycle and not self.transport.is_closing():
            self.transport.close()

    def send_400_response(self, msg: str) -> None:
        """What h11 cannot parse (bad Content-Length, bad header), in the service's JSON shape."""
        body = json.dumps(error_body("malformed", f"{msg} (not parseable HTTP)")).encode()
        headers = [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
            (b"x-content-type-options", b"nosniff"),
            (b"connection", b"close"),
        ]
        for event in (
            h11.Response(status_code=400, headers=headers, reason=b"Bad Request"),
            h11.Data(data=body),
            h11.EndOfMessage(),
        ):
            self.transport.write(self.conn.send(event) or b"")
        self.transport.close()


def serve(settings: ServiceSettings, host: str, port: int, access_log: bool) -> None:
    """Serve the app on host:port until interrupted."""
    protocol = type(
        "BoundedH11Protocol",
        (BoundedH11Protocol,),
        {"header_timeout": settings.read_timeout_seconds},
    )
    uvicorn.run(
        create_app(settings),
        host=host,
        port=port,
        access_log=access_log,
        http=protocol,
        timeout_keep_alive=KEEP_ALIVE_SECONDS,
        server_header=False,
    )
