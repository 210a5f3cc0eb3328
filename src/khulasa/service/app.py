"""The FastAPI app: summarize endpoints, health, the right-to-left page, limits and JSON errors."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, cast

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from khulasa import __version__
from khulasa.errors import InputError
from khulasa.service.digest import mount_digest, refuse_over
from khulasa.service.jobs import EXAMPLE_TEXT, summarize_article, warm_up
from khulasa.service.models import (
    BatchRequest,
    BatchResponse,
    ErrorResponse,
    Example,
    Health,
    SummarizeRequest,
    SummaryModel,
)
from khulasa.service.pool import Job, Overrun, WorkerFailed, WorkerPool
from khulasa.service.settings import ServiceSettings

logger = logging.getLogger("khulasa.service")

STATIC_DIR = Path(__file__).resolve().parent / "static"
PAGE_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    ),
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-cache",
}


class ServiceUnavailable(Exception):
    """Too much work queued (503) or the time limit passed (504)."""

    def __init__(self, status: int, reason: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.reason = reason


def error_body(reason: str, message: str) -> dict[str, dict[str, str]]:
    """The one error shape: {"error": {"reason": ..., "message": ...}}."""
    return {"error": {"reason": reason, "message": message}}


def error_response(status: int, reason: str, message: str, **headers: str) -> JSONResponse:
    """An error answer in the one shape."""
    return JSONResponse(error_body(reason, message), status_code=status, headers=headers or None)


def input_error_status(error: InputError) -> int:
    return 413 if error.reason == "too_large" else 400


class HostCheckMiddleware:
    """Refuses (400 `bad_host`) a Host header not in the allow-list, before anything else runs.

    Starlette's TrustedHostMiddleware does the same but answers in plain text; every error of
    this service is JSON. A page on another site that rebinds its DNS name to 127.0.0.1 still
    sends its own name as Host, so it is refused.
    """

    def __init__(self, app: ASGIApp, allowed_hosts: tuple[str, ...]) -> None:
        self.app = app
        self.any_host = "*" in allowed_hosts
        self.allowed = frozenset(host.lower().strip("[]") for host in allowed_hosts)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.any_host or scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        host = ""
        for name, value in scope.get("headers", ()):
            if name == b"host":
                host = value.decode("latin-1").lower()
                break
        name = host[1:].partition("]")[0] if host.startswith("[") else host.partition(":")[0]
        if name in self.allowed:
            await self.app(scope, receive, send)
            return
        message = f"host {host!r} is not served here (allowed: {', '.join(sorted(self.allowed))})"
        await error_response(400, "bad_host", message, Connection="close")(scope, receive, send)


class BodyLimitMiddleware:
    """Reads the whole body first: over the size limit 413, not arrived in time 408.

    A declared Content-Length over the limit is refused without reading; otherwise the body is
    read (chunked uploads included) and counted, then replayed to the app. The body must arrive
    within `read_timeout` seconds of the request's headers, so a client that sends half a body and
    stalls holds a connection for a bounded time only.
    """

    def __init__(self, app: ASGIApp, max_bytes: int, read_timeout: float) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.read_timeout = read_timeout

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        too_large = f"request body is over the limit of {self.max_bytes:,} bytes"
        for name, value in scope.get("headers", ()):
            if name != b"content-length":
                continue
            if not value.isdigit():
                bad = error_response(400, "malformed", "invalid Content-Length", Connection="close")
                await bad(scope, receive, send)
                return
            if int(value) > self.max_bytes:
                await error_response(413, "too_large", too_large, Connection="close")(
                    scope, receive, send
                )
                return
        deadline = time.monotonic() + self.read_timeout
        chunks: list[bytes] = []
        size = 0
        while True:
            try:
                message = await asyncio.wait_for(receive(), deadline - time.monotonic())
            except asyncio.TimeoutError:
                slow = f"the request body did not arrive within {self.read_timeout:g} s"
                await error_response(408, "request_timeout", slow, Connection="close")(
                    scope, receive, send
                )
                return
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                await error_response(413, "too_large", too_large, Connection="close")(
                    scope, receive, send
                )
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


class SecurityHeadersMiddleware:
    """nosniff on every response, so no JSON or text is ever sniffed into HTML."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers.append((b"x-content-type-options", b"nosniff"))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


class Workers:
    """Admission (at most `max_pending` summaries queued or running) in front of the process pool."""

    def __init__(self, settings: ServiceSettings) -> None:
        self.settings = settings
        self.pool = WorkerPool(settings.workers, settings.worker_memory_bytes, warm_up)
        self._pending = 0

    def reserve(self, jobs: int) -> None:
        """Claim room for `jobs` summaries, or 503 if the queue is full."""
        if self._pending + jobs > self.settings.max_pending:
            raise ServiceUnavailable(503, "busy", "the server is busy; retry shortly")
        self._pending += jobs

    async def summarize(self, deadline: float, request: SummarizeRequest) -> bytes:
        """Summary JSON bytes from a worker, for a job the caller has reserved room for."""
        result = await self.run(
            deadline,
            1,
            summarize_article,
            request.text,
            request.html,
            request.sentences,
            request.words,
            request.highlights,
            self.settings.max_body_bytes,
        )
        return cast(bytes, result)

    async def run(self, deadline: float, reserved: int, job: Job, *args: Any) -> Any:
        """`job(*args)` in a worker, then the `reserved` summaries' room is given back.

        Past `deadline` (monotonic) the work is stopped: 504. InputError for refused input.
        """
        try:
            return await self.pool.run(deadline, job, *args)
        except Overrun:
            raise self._timeout() from None
        except InputError as error:
            if error.reason == "too_slow":
                raise self._timeout() from None
            raise
        finally:
            self._pending -= reserved

    def _timeout(self) -> ServiceUnavailable:
        limit = self.settings.timeout_seconds
        return ServiceUnavailable(504, "timeout", f"summarizing took longer than {limit:g} s")


def _validation_message(error: RequestValidationError) -> tuple[str, str]:
    """(reason, message) from pydantic's errors, without echoing the input back."""
    problems = error.errors()
    if any(p.get("type") == "json_invalid" for p in problems):
        return "malformed", "request body is not valid JSON"
    parts = []
    for problem in problems[:5]:
        where = ".".join(str(part) for part in problem.get("loc", ()) if part != "body")
        parts.append(f"{where or 'body'}: {problem.get('msg', 'invalid')}")
    more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
    return "invalid_request", "; ".join(parts) + more


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorResponse, "description": "Text that cannot be summarized; a Host not allowed."},
    408: {"model": ErrorResponse, "description": "The body did not arrive in time."},
    413: {"model": ErrorResponse, "description": "Body, text, batch or digest over the limit."},
    422: {"model": ErrorResponse, "description": "Malformed JSON or invalid fields."},
    500: {"model": ErrorResponse, "description": "Unexpected server error (no details)."},
    503: {"model": ErrorResponse, "description": "Too much work queued; retry."},
    504: {"model": ErrorResponse, "description": "Summarizing took longer than the limit."},
}


def create_app(settings: ServiceSettings | None = None) -> FastAPI:
    """A FastAPI app with its own worker processes; serve it with `khulasa serve` (uvicorn)."""
    settings = settings or ServiceSettings()
    workers = Workers(settings)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        await workers.pool.start()
        yield
        await workers.pool.close()

    app = FastAPI(
        title="Khulasa",
        summary="Headline, highlights and extractive summary for Arabic news, offline.",
        version=__version__,
        docs_url=None,  # Swagger UI loads from a CDN; the page and /openapi.json are offline.
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.workers = workers

    @app.exception_handler(InputError)
    async def on_input_error(_request: Request, error: InputError) -> JSONResponse:
        return error_response(input_error_status(error), error.reason, str(error))

    @app.exception_handler(ServiceUnavailable)
    async def on_unavailable(_request: Request, error: ServiceUnavailable) -> JSONResponse:
        headers = {"Retry-After": "1"} if error.status == 503 else {}
        return error_response(error.status, error.reason, str(error), **headers)

    @app.exception_handler(RequestValidationError)
    async def on_invalid(_request: Request, error: RequestValidationError) -> JSONResponse:
        reason, message = _validation_message(error)
        return error_response(422, reason, message)

    @app.exception_handler(StarletteHTTPException)
    async def on_http_error(_request: Request, error: StarletteHTTPException) -> JSONResponse:
        if error.status_code == 400:  # the body could not be parsed (e.g. not UTF-8): as bad JSON
            return error_response(422, "malformed", "request body is not valid JSON")
        reason = {404: "not_found", 405: "method_not_allowed"}.get(error.status_code, "malformed")
        return error_response(error.status_code, reason, str(error.detail), **(error.headers or {}))

    @app.exception_handler(WorkerFailed)
    async def on_worker_failed(_request: Request, _error: WorkerFailed) -> JSONResponse:
        return error_response(500, "internal", "internal server error")

    @app.exception_handler(Exception)
    async def on_unexpected(request: Request, error: Exception) -> JSONResponse:
        logger.exception("unexpected error on %s %s", request.method, request.url.path)
        return error_response(500, "internal", "internal server error")

    @app.post(
        "/v1/summarize",
        response_model=SummaryModel,
        responses=ERROR_RESPONSES,
        summary="Summarize one article",
    )
    async def summarize_one(body: SummarizeRequest) -> Response:
        """Headline, highlights, summary sentences and key phrases of one Arabic article.

        Give `text`, or `html` (the article text is extracted from the page first). Every
        passage carries offsets into `source`, the repaired text.
        """
        deadline = time.monotonic() + settings.timeout_seconds
        workers.reserve(1)
        return Response(await workers.summarize(deadline, body), media_type="application/json")

    @app.post(
        "/v1/summarize/batch",
        response_model=BatchResponse,
        responses=ERROR_RESPONSES,
        summary="Summarize several articles",
    )
    async def summarize_batch(body: BatchRequest) -> Response:
        """Each article summarized independently; a bad article gets an error, not the batch."""
        count = len(body.articles)
        refuse_over("batch", count, settings.max_batch)
        deadline = time.monotonic() + settings.timeout_seconds
        workers.reserve(count)

        async def one(index: int, article: SummarizeRequest) -> tuple[bool, bytes]:
            try:
                summary = await workers.summarize(deadline, article)
            except (InputError, ServiceUnavailable) as error:
                return False, _item_error(index, error.reason, str(error))
            except Exception:
                logger.exception("unexpected error on batch article %d", index)
                return False, _item_error(index, "internal", "internal server error")
            return True, b'{"index":%d,"summary":%s,"error":null}' % (index, summary)

        # Summaries arrive as JSON bytes from the workers: the answer is assembled, not re-parsed.
        results = await asyncio.gather(*(one(i, a) for i, a in enumerate(body.articles)))
        succeeded = sum(ok for ok, _item in results)
        content = b'{"results":[%s],"succeeded":%d,"failed":%d}' % (
            b",".join(item for _ok, item in results),
            succeeded,
            count - succeeded,
        )
        return Response(content, media_type="application/json")

    mount_digest(app, workers, settings, ERROR_RESPONSES)

    @app.get("/healthz", response_model=Health, summary="Liveness and limits")
    async def healthz() -> Health:
        return Health(
            status="ok",
            version=__version__,
            max_body_bytes=settings.max_body_bytes,
            max_batch=settings.max_batch,
            timeout_seconds=settings.timeout_seconds,
            workers=settings.workers,
        )

    @app.get("/v1/example", response_model=Example, summary="The bundled example article")
    async def example() -> Example:
        """A real Arabic news article (Emirati press, 2017) to try the service with."""
        return Example(text=EXAMPLE_TEXT)

    @app.get("/", include_in_schema=False)
    async def page() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html", media_type="text/html", headers=PAGE_HEADERS)

    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.add_middleware(
        BodyLimitMiddleware,
        max_bytes=settings.max_body_bytes,
        read_timeout=settings.read_timeout_seconds,
    )
    app.add_middleware(HostCheckMiddleware, allowed_hosts=settings.allowed_hosts)
    app.add_middleware(SecurityHeadersMiddleware)
    return app


def _item_error(index: int, reason: str, message: str) -> bytes:
    item = {"index": index, "summary": None, "error": {"reason": reason, "message": message}}
    return json.dumps(item, ensure_ascii=False, separators=(",", ":")).encode()
