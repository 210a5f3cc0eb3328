"""Request and response bodies of the HTTP API, as pydantic models so the OpenAPI schema is real."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from pydantic.json_schema import SkipJsonSchema

from khulasa.summary import NoteCode

# Upper bounds the library does not need but a public endpoint should have.
MAX_SENTENCES = 50
MAX_WORDS = 5000


class SummarizeRequest(BaseModel):
    """One article, as plain text or as a web page, with the summary options."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "oneOf": [{"required": ["text"]}, {"required": ["html"]}],
            "examples": [{"text": "نص المقال العربي هنا…", "sentences": 3, "highlights": 5}],
        },
    )

    # Exactly one of the two; null is not part of the documented schema.
    text: str | SkipJsonSchema[None] = Field(None, description="The article as plain UTF-8 text.")
    html: str | SkipJsonSchema[None] = Field(
        None, description="The article as an HTML page; its main text is extracted first."
    )
    sentences: int = Field(3, ge=1, le=MAX_SENTENCES, description="Summary length in sentences.")
    words: int | None = Field(
        None,
        ge=1,
        le=MAX_WORDS,
        description="Word budget instead of a sentence count (at least one sentence is given).",
    )
    highlights: int = Field(5, ge=1, le=6, description="Number of key-point highlights.")

    @field_validator("text", "html", mode="before")
    @classmethod
    def _no_null(cls, value: object) -> object:
        if value is None:
            raise ValueError("must be a string; leave the field out instead of sending null")
        return value

    @field_validator("sentences", "words", "highlights", mode="before")
    @classmethod
    def _json_integer(cls, value: object) -> object:
        """A JSON integer (24 or 24.0, as JSON Schema has it), not true or "24"."""
        if isinstance(value, bool | str):
            raise ValueError("must be an integer")
        return value

    @model_validator(mode="after")
    def _exactly_one_input(self) -> SummarizeRequest:
        if (self.text is None) == (self.html is None):
            raise ValueError("give exactly one of 'text' or 'html'")
        return self


class BatchRequest(BaseModel):
    """Several articles summarized in one request; each carries its own options."""

    model_config = ConfigDict(extra="forbid")

    articles: list[SummarizeRequest] = Field(
        ...,
        min_length=1,
        description="The articles (at most the server's batch limit, 32 by default).",
    )


class PassageModel(BaseModel):
    """A piece of `source`: `source[start:end] == text`."""

    text: str
    start: int = Field(..., ge=0)
    end: int = Field(..., ge=0)


class SentenceModel(PassageModel):
    """A summary sentence with its position among the article's sentences and its score."""

    index: int = Field(..., ge=0)
    score: float


class NoteModel(BaseModel):
    """Where the summary differs from what was asked: a stable code, English and Arabic text."""

    code: NoteCode
    message: str
    message_ar: str


class FurnitureModel(PassageModel):
    """Page furniture set aside before reading (navigation, byline, dateline, caption, ...)."""

    kind: str


class SummaryModel(BaseModel):
    """The documented summary JSON (docs/summary.schema.json), as `khulasa summarize -f json`."""

    schema_version: Literal[1]
    headline: PassageModel
    highlights: list[PassageModel]
    sentences: list[SentenceModel]
    keywords: list[str]
    source: str = Field(..., description="The repaired article text every offset points into.")
    notes: list[NoteModel]
    furniture: list[FurnitureModel] = Field(
        default_factory=list, description="Stretches of `source` not read as story sentences."
    )


ErrorReason = Literal[
    "empty",
    "binary",
    "invalid_utf8",
    "not_arabic",
    "too_large",
    "malformed",
    "invalid_request",
    "not_found",
    "method_not_allowed",
    "timeout",
    "request_timeout",
    "bad_host",
    "busy",
    "internal",
]


class ErrorDetail(BaseModel):
    """Why a request (or one article of a batch) failed: a machine reason and a one-line message."""

    reason: ErrorReason
    message: str


class ErrorResponse(BaseModel):
    """Every error the service returns has this shape; no stack traces, no server paths."""

    error: ErrorDetail


class BatchItem(BaseModel):
    """One article's outcome: `summary` when it worked, `error` when it did not."""

    index: int = Field(..., ge=0, description="Position of the article in the request.")
    summary: SummaryModel | None = None
    error: ErrorDetail | None = None


class BatchResponse(BaseModel):
    """Per-article results in request order, and how many succeeded and failed."""

    results: list[BatchItem]
    succeeded: int
    failed: int


class Health(BaseModel):
    """Liveness and the limits in force."""

    status: Literal["ok"]
    version: str
    max_body_bytes: int
    max_batch: int
    timeout_seconds: float
    workers: int


class Example(BaseModel):
    """An article to try the service with."""

    text: str
