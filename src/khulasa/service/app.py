"""The FastAPI app: summarize endpoints, health, the right-to-left page, limits and JSON errors."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from khulasa import __version__
from khulasa.config import SummaryConfig
from khulasa.errors import InputError
from khulasa.service.models import (
    BatchRequest,
    BatchResponse,
    ErrorResponse,
    Example,
    Health,
    SummarizeRequest,
    SummaryModel,
)
from khulasa.service.settings import ServiceSettings
from khulasa.service.webpage import html_to_text
from khulasa.summarize.pipeline import summarize

logger = logging.getLogger("khulasa.service")

EXAMPLE_TEXT = resources.files("khulasa.data").joinpath("example-article.txt").read_text("utf-8")
STATIC_DIR = Path(__file__).resolve().parent / "static"
PAGE_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    ),
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-cache",
}
T = TypeVar("T")


class ServiceUnavailable(Exception):
    """Too much work queued (503) or the time limit passed (504)."""

    def __init__(self, status: int, reason: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.reason = reason


def error_response(status: int, reason: str, message: str, **headers: str) -> JSONResponse:
    """The one error shape: {"error": {"reason": ..., "message": ...}}."""
    body = {"error": {"reason": reason, "message": message}}
    return JSONResponse(body, status_code=status, headers=headers or None)


def input_error_status(error: InputError) -> int:
    return 413 if error.reason == "too_large" else 400


class BodyLimitMiddleware:
    """Refuses bodies over the limit with 413 before anything parses them.

    A declared Content-Length over the limit is refused without reading; otherwise the body is
    read (chunked uploads included) and counted, then replayed to the app.
    """

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        too_large = f"request body is over the limit of {self.max_bytes:,} bytes"
        for name, value in scope.get("headers", ()):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    await error_response(400, "malformed", "invalid Content-Length")(
                        scope, receive, send
                    )
                    return
                if declared > self.max_bytes:
                    await error_response(413, "too_large", too_large)(scope, receive, send)
                    return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                await error_response(413, "too_large", too_large)(scope, receive, send)
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
    """A bounded thread pool for the CPU-bound summarizer, with a deadline for every job."""

    def __init__(self, settings: ServiceSettings) -> None:
        self.settings = settings
        self._executor: ThreadPoolExecutor | None = None
        self._pending = 0
        self._lock = threading.Lock()

    @property
    def executor(self) -> ThreadPoolExecutor:
        """The pool, started on first use (and again after a shutdown, as test clients do)."""
        with self._lock:
            if self._executor is None:
                self._executor = ThreadPoolExecutor(
                    self.settings.workers, thread_name_prefix="khulasa"
                )
            return self._executor

    def shutdown(self) -> None:
        """Stop the pool: queued jobs are cancelled, running ones finish in the background."""
        with self._lock:
            executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=False, cancel_futures=True)

    def reserve(self, jobs: int) -> None:
        """Claim room for `jobs` summaries, or 503 if the queue is full."""
        with self._lock:
            if self._pending + jobs > self.settings.max_pending:
                raise ServiceUnavailable(503, "busy", "the server is busy; retry shortly")
            self._pending += jobs

    def _release(self, _future: object) -> None:
        with self._lock:
            self._pending -= 1

    async def run(self, deadline: float, job: Callable[..., T], *args: Any) -> T:
        """`job(*args)` on a worker thread; 504 if it is not done by `deadline` (monotonic).

        The caller has reserved room; a job still queued at the deadline is cancelled.
        """
        future = self.executor.submit(job, *args)
        future.add_done_callback(self._release)
        try:
            return await asyncio.wait_for(
                asyncio.wrap_future(future), timeout=max(0.0, deadline - time.monotonic())
            )
        except asyncio.TimeoutError:
            future.cancel()
            raise ServiceUnavailable(
                504,
                "timeout",
                f"summarizing took longer than {self.settings.timeout_seconds:g} s",
            ) from None


def summarize_request(request: SummarizeRequest, max_bytes: int) -> dict[str, Any]:
    """The Summary JSON for one request; InputError for input that cannot be summarized."""
    if request.html is not None:
        if not request.html.strip():
            raise InputError("empty", "html is empty")
        _refuse_surrogates(request.html)
        text = html_to_text(request.html)
        if not text.strip():
            raise InputError("empty", "the HTML page has no text")
    else:
        text = request.text or ""
        _refuse_surrogates(text)
    config = SummaryConfig(
        sentences=request.sentences,
        words=request.words,
        highlights=request.highlights,
        max_input_bytes=max_bytes,
    )
    return summarize(text, config).to_dict()


def _refuse_surrogates(text: str) -> None:
    """JSON can carry lone surrogates (\\ud800); they are not text and cannot be encoded back."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise InputError(
            "invalid_utf8", f"text contains an unpaired surrogate at character {error.start}"
        ) from None


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
    400: {"model": ErrorResponse, "description": "Text that cannot be summarized."},
    413: {"model": ErrorResponse, "description": "Body, text or batch over the limit."},
    422: {"model": ErrorResponse, "description": "Malformed JSON or invalid fields."},
    500: {"model": ErrorResponse, "description": "Unexpected server error (no details)."},
    503: {"model": ErrorResponse, "description": "Too much work queued; retry."},
    504: {"model": ErrorResponse, "description": "Summarizing took longer than the limit."},
}


def create_app(settings: ServiceSettings | None = None) -> FastAPI:
    """A FastAPI app with its own worker pool; serve it with uvicorn (see `khulasa serve`)."""
    settings = settings or ServiceSettings()
    workers = Workers(settings)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        workers.shutdown()

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
        reason = {404: "not_found", 405: "method_not_allowed"}.get(error.status_code, "malformed")
        return error_response(error.status_code, reason, str(error.detail), **(error.headers or {}))

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
        result = await workers.run(deadline, summarize_request, body, settings.max_body_bytes)
        return JSONResponse(result)

    @app.post(
        "/v1/summarize/batch",
        response_model=BatchResponse,
        responses=ERROR_RESPONSES,
        summary="Summarize several articles",
    )
    async def summarize_batch(body: BatchRequest) -> Response:
        """Each article summarized independently; a bad article gets an error, not the batch."""
        count = len(body.articles)
        if count > settings.max_batch:
            raise InputError(
                "too_large", f"batch has {count} articles; the limit is {settings.max_batch}"
            )
        deadline = time.monotonic() + settings.timeout_seconds
        workers.reserve(count)

        async def one(index: int, article: SummarizeRequest) -> dict[str, Any]:
            try:
                summary = await workers.run(
                    deadline, summarize_request, article, settings.max_body_bytes
                )
            except InputError as error:
                return _item_error(index, error.reason, str(error))
            except ServiceUnavailable as error:
                return _item_error(index, error.reason, str(error))
            except Exception:
                logger.exception("unexpected error on batch article %d", index)
                return _item_error(index, "internal", "internal server error")
            return {"index": index, "summary": summary, "error": None}

        results = await asyncio.gather(*(one(i, a) for i, a in enumerate(body.articles)))
        failed = sum(item["error"] is not None for item in results)
        return JSONResponse({"results": results, "succeeded": count - failed, "failed": failed})

    @app.get("/healthz", response_model=Health, summary="Liveness and limits")
    async def healthz() -> Health:
        return Health(
            status="ok",
            version=__version__,
            max_body_bytes=settings.max_body_bytes,
            max_batch=settings.max_batch,
            timeout_seconds=settings.timeout_seconds,
        )

    @app.get("/v1/example", response_model=Example, summary="The bundled example article")
    async def example() -> Example:
        """A real Arabic news article (Emirati press, 2017) to try the service with."""
        return Example(text=EXAMPLE_TEXT)

    @app.get("/", include_in_schema=False)
    async def page() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html", media_type="text/html", headers=PAGE_HEADERS)

    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    app.add_middleware(SecurityHeadersMiddleware)
    return app


def _item_error(index: int, reason: str, message: str) -> dict[str, Any]:
    return {"index": index, "summary": None, "error": {"reason": reason, "message": message}}
