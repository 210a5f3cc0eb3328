"""POST /v1/digest: many articles in, one entry per story out, digested in a service worker.

The whole digest runs as one job in the service's worker pool (a story needs all its articles in
one place), under the job's time budget and the worker's memory cap; each article inside it keeps
its own per-row budget and gets the same error record as `khulasa digest` gives that row.
"""

from __future__ import annotations

import json
import time
from typing import TYPE_CHECKING, Any, Literal

from fastapi import FastAPI
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field, StrictInt, StrictStr, field_validator

from khulasa.errors import InputError
from khulasa.service.models import SummarizeRequest
from khulasa.service.settings import ServiceSettings

if TYPE_CHECKING:
    from khulasa.service.app import Workers

MAX_MIN_SOURCES = 50


class DigestArticle(BaseModel):
    """One article as a `khulasa digest` input row: `text` and optional metadata.

    A row without usable text is not refused here: it becomes an error record with the reason
    `khulasa digest` gives it (empty, malformed, not_arabic, too_large, ...). Other fields are
    accepted and ignored, so SaudiNewsNet-style rows can be sent as they are.
    """

    model_config = ConfigDict(
        extra="allow",
        json_schema_extra={"examples": [{"id": "a1", "text": "نص الخبر…", "source": "alriyadh",
                                         "date": "2015-07-22 10:00:00", "title": "عنوان الخبر"}]},
    )

    text: str | None = Field(None, description="The article text (UTF-8).")
    id: StrictStr | StrictInt | None = Field(
        None, description="The article's id (default: its 1-based position in `articles`)."
    )
    title: str | None = Field(None, description="The paper's headline.")
    source: str | None = Field(None, description="The paper.")
    date: str | None = Field(None, description="ISO date or date-time (2015-07-22 10:00:00).")
    url: str | None = None


class DigestRequest(BaseModel):
    """The articles of a day (or a few days) and how to group them."""

    model_config = ConfigDict(extra="forbid")

    articles: list[DigestArticle] = Field(
        ...,
        min_length=1,
        description="The articles (at most the server's digest limit, 500 by default).",
    )
    # As the schema says: 0 or "true" is not a boolean.
    by_day: bool = Field(False, strict=True, description="Stories never span two calendar days.")
    min_sources: int = Field(
        1, ge=1, le=MAX_MIN_SOURCES, description="List only stories carried by at least N papers."
    )


    @field_validator("min_sources", mode="before")
    @classmethod
    def _json_integer(cls, value: object) -> object:
        """A JSON integer, as the summary options take them (2 or 2.0, not true or "2")."""
        return SummarizeRequest._json_integer(value)


class ArticleRefModel(BaseModel):
    """A member article of a story."""

    id: str
    source: str | None
    date: str | None
    url: str | None
    title: str | None


class CitationModel(BaseModel):
    """Where a bullet stands in one input article: `text[start:end]` of that article."""

    id: str
    source: str | None
    start: int = Field(..., ge=0)
    end: int = Field(..., ge=1)


class BulletModel(BaseModel):
    """A fact of the story, quoted from its first citation, cited in every article carrying it."""

    text: str
    citations: list[CitationModel]
    sources: list[str]


class StoryModel(BaseModel):
    """One story: headline, box of cited facts, names, papers, dates and member articles."""

    headline: str
    headline_from: str
    highlights: list[BulletModel]
    keywords: list[str]
    names: list[str]
    sources: list[str]
    article_count: int = Field(..., ge=1)
    first_date: str | None
    last_date: str | None
    articles: list[ArticleRefModel]


class RowErrorModel(BaseModel):
    """An article in no story, with the reason and message `khulasa digest` gives that row."""

    id: str
    line: int = Field(..., ge=0, description="The article's 1-based position in `articles`.")
    reason: Literal["empty", "binary", "invalid_utf8", "not_arabic", "too_large", "too_slow",
                    "malformed", "duplicate_id", "internal_error"]
    message: str


class DigestModel(BaseModel):
    """The documented digest JSON (docs/digest.schema.json), as `khulasa digest -f json`."""

    schema_version: Literal[1]
    stories: list[StoryModel]
    errors: list[RowErrorModel]
    omitted: list[str] = Field(..., description="Ids of articles in stories below min_sources.")


def digest_job(articles: list[dict[str, Any]], by_day: bool, min_sources: int) -> bytes:
    """The digest JSON (UTF-8 bytes) of the articles; runs in a worker process.

    A lone surrogate (a `\\ud800` JSON escape) in a title or url is written back as that escape.
    The digest modules are imported here, in the worker, at its first digest: they add some
    160 MiB of address space (mostly datasketch) that the server and idle workers do without.
    """
    from khulasa.digest.build import digest
    from khulasa.digest.model import DigestConfig

    result = digest(articles, DigestConfig(by_day=by_day, min_sources=min_sources))
    text = json.dumps(result.to_dict(), ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    return text.encode("utf-8", "backslashreplace")


def refuse_over(kind: str, count: int, limit: int) -> None:
    """413 too_large for a batch or digest of more articles than the server takes at once."""
    if count > limit:
        raise InputError("too_large", f"{kind} has {count} articles; the limit is {limit}")


def mount_digest(
    app: FastAPI, workers: Workers, settings: ServiceSettings, responses: dict[int | str, Any]
) -> None:
    """Add POST /v1/digest to the app, served by its worker pool."""

    @app.post(
        "/v1/digest",
        response_model=DigestModel,
        responses=responses,
        summary="Digest many articles into stories",
    )
    async def digest_articles(body: DigestRequest) -> Response:
        """One entry per story: headline, a box of facts citing the articles that carry them,
        the papers with dates and links, the article count. Every article lands in exactly one
        story, in `omitted` (below `min_sources`) or in `errors` (as `khulasa digest` reports it).
        """
        count = len(body.articles)
        refuse_over("digest", count, settings.max_digest_articles)
        rows = [article.model_dump(exclude_unset=True) for article in body.articles]
        deadline = time.monotonic() + settings.timeout_seconds
        workers.reserve(count)
        result = await workers.run(
            deadline, count, digest_job, rows, body.by_day, body.min_sources
        )
        return Response(result, media_type="application/json")
