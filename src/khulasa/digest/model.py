"""The digest's types: its configuration and its result, frozen and JSON-serialisable."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from khulasa.batch.rows import DEFAULT_ROW_MEMORY, DEFAULT_ROW_SECONDS
from khulasa.config import SummaryConfig

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class DigestConfig:
    """How articles are grouped into stories and what each story's box holds.

    Thresholds were chosen on the hand-labelled SaudiNewsNet tuning pairs (tests/data/story-pairs.jsonl
    and story-pairs-train.jsonl; bench/digest_grouping.py and bench/digest_quality.py print the figures). `by_day` keeps every story within one calendar
    day; otherwise articles up to `window_days` apart may join one story.
    """

    by_day: bool = False
    window_days: int = 1
    min_sources: int = 1
    highlights: int = 5
    keywords: int = 8
    names: int = 5
    # Near-duplicates (the same copy republished): MinHash Jaccard of word 4-shingles.
    near_duplicate: float = 0.5
    # Same story: the learned pair model's probability (digest.group), with average linkage
    # (digest.group.LINK_MARGIN says how both were chosen).
    same_story: float = 0.5
    # Box passages are each member's sentences (up to 30) ranked by the learned scorer, whatever
    # the article's length (a single article's default is its lead, a third of it): the best
    # self-contained ones are quoted, and any of them shows that its paper carries a fact. The
    # highlighter's statements (up to 20 words, cut from those sentences) are quoted too where
    # they run to their sentence's end: a short article's long sentences yield bullets that way.
    summary: SummaryConfig = field(default_factory=lambda: SummaryConfig(
        sentences=30, highlights=6, highlight_max_words=20, scorer="learned", sentence_share=1.0,
        max_word_share=1.0))
    id_column: str = "id"
    text_column: str = "text"
    # Each row's budget, as batch's --time-limit and --max-memory (0: none; the memory cap holds
    # where rows run in a worker process: the Dask engine's).
    row_seconds: float = DEFAULT_ROW_SECONDS
    row_memory: int = DEFAULT_ROW_MEMORY

    def __post_init__(self) -> None:
        if self.window_days < 0:
            raise ValueError("window_days must not be negative")
        if self.min_sources < 1:
            raise ValueError("min_sources must be at least 1")
        if not 1 <= self.highlights <= 8:
            raise ValueError("highlights must be between 1 and 8")
        if self.row_seconds < 0 or self.row_memory < 0:
            raise ValueError("row_seconds and row_memory must not be negative")
        if self.keywords < 0 or self.names < 0:
            raise ValueError("keywords and names must not be negative")
        if not 0.0 < self.near_duplicate <= 1.0 or not 0.0 < self.same_story <= 1.0:
            raise ValueError("near_duplicate and same_story must be in (0, 1]")


def _plain(value: Any) -> Any:
    """Dataclass trees to JSON-native values (tuples become lists)."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    return value


class _Serialisable:
    def to_dict(self) -> dict[str, Any]:
        """Its fields as a JSON-native dict, in declaration order."""
        return {name: _plain(getattr(self, name)) for name in self.__dataclass_fields__}  # type: ignore[attr-defined]


@dataclass(frozen=True)
class ArticleRef(_Serialisable):
    """One member article of a story: who published it, when, where."""

    id: str
    source: str | None
    date: str | None
    url: str | None
    title: str | None


@dataclass(frozen=True)
class Citation(_Serialisable):
    """Where a bullet's fact stands in one article: `text[start:end]` of that input row."""

    id: str
    source: str | None
    start: int
    end: int


@dataclass(frozen=True)
class Bullet(_Serialisable):
    """A fact of the story, quoted from one article and cited in every article that carries it."""

    text: str
    citations: tuple[Citation, ...]
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Story(_Serialisable):
    """One real-world story told by one or more articles."""

    headline: str
    headline_from: str
    highlights: tuple[Bullet, ...]
    keywords: tuple[str, ...]
    names: tuple[str, ...]
    sources: tuple[str, ...]
    article_count: int
    first_date: str | None
    last_date: str | None
    articles: tuple[ArticleRef, ...]


@dataclass(frozen=True)
class RowError(_Serialisable):
    """An input row that is in no story, and why (the same reasons and messages as batch)."""

    id: str
    line: int
    reason: str
    message: str


@dataclass(frozen=True)
class Digest(_Serialisable):
    """Stories ranked by how many papers carry them and how recent they are, and the rows that
    could not be used. `omitted` lists the ids of articles in stories below `min_sources`, so that
    every input row is in exactly one of stories, omitted or errors."""

    stories: tuple[Story, ...]
    errors: tuple[RowError, ...]
    omitted: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The documented JSON (docs/digest.schema.json)."""
        return {"schema_version": SCHEMA_VERSION, **super().to_dict()}

    def to_json(self, indent: int | None = None) -> str:
        """The documented JSON, Arabic kept readable."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)
