"""The result of summarizing: frozen, JSON-serialisable, every string with its source offsets."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, fields
from typing import Any, Literal

from khulasa.text.tokens import Token

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Passage:
    """A piece of the (repaired) source text. Whole stretches (summary sentences) have
    `source[start:end] == text`; a headline or highlight compressed by deletion keeps the stretch
    it was cut from in `start`/`end` and leaves the deleted words (datelines, honorifics, time
    fillers, appositions) out of `text`, in order."""

    text: str
    start: int
    end: int

    @classmethod
    def from_tokens(cls, tokens: Sequence[Token], source: str) -> Passage:
        """The contiguous source text from the first token to the last."""
        start, end = tokens[0].start, tokens[-1].end
        return cls(source[start:end], start, end)

    def to_dict(self) -> dict[str, Any]:
        """Its fields as a JSON-native dict (subclasses' fields included)."""
        return {field.name: getattr(self, field.name) for field in fields(self)}


@dataclass(frozen=True)
class SummarySentence(Passage):
    """A sentence chosen for the summary, with its position in the article and its score."""

    index: int = 0
    score: float = 0.0


NoteCode = Literal["sentence_cut", "over_budget", "fewer_highlights"]


@dataclass(frozen=True)
class Note:
    """Why the output differs from what was asked: a stable `code`, an English `message` and
    the same in Arabic (`arabic`, shown by the text and markdown views)."""

    code: NoteCode
    message: str
    arabic: str

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message, "message_ar": self.arabic}


@dataclass(frozen=True)
class FurnitureSpan(Passage):
    """Page furniture set aside before reading: navigation, byline, dateline, share_link,
    wire_end, tags, caption, contact, subhead (`kind`); it stays in `source`, where these
    offsets point."""

    kind: str = ""


@dataclass(frozen=True)
class Summary:
    """Headline, highlights, extractive sentences (article order) and key phrases.

    `source` is the repaired article text all offsets point into; `notes` says where the output
    differs from what was asked (fewer highlights, a cut or over-budget sentence);
    `furniture` lists the stretches of `source` that were not read as the story (bylines,
    datelines, captions, share links).
    """

    headline: Passage
    highlights: tuple[Passage, ...]
    sentences: tuple[SummarySentence, ...]
    keywords: tuple[str, ...]
    source: str
    notes: tuple[Note, ...] = ()
    furniture: tuple[FurnitureSpan, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """JSON-native dict (lists, not tuples) in the documented schema (docs/summary.schema.json)."""
        return {
            "schema_version": SCHEMA_VERSION,
            "headline": self.headline.to_dict(),
            "highlights": [passage.to_dict() for passage in self.highlights],
            "sentences": [sentence.to_dict() for sentence in self.sentences],
            "keywords": list(self.keywords),
            "source": self.source,
            "notes": [note.to_dict() for note in self.notes],
            "furniture": [span.to_dict() for span in self.furniture],
        }

    def to_json(self, indent: int | None = None) -> str:
        """The documented JSON, Arabic kept readable (not \\u-escaped)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)
