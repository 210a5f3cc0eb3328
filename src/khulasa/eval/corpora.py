"""Streaming readers for the shared corpora and for users' own JSONL, CSV and Parquet files.

Nothing is loaded whole: articles are yielded one at a time. A malformed row is never dropped
silently: it is recorded in `CorpusReader.problems` with its line (or row) number and reason.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from khulasa.records import Problem, csv_rows, jsonl_rows, parquet_rows, records_format

# Where the shared corpora live unless KHULASA_DATA says otherwise (a checkout with ../shared).
DEFAULT_DATA_DIR = Path("..") / "shared" / "data"
# EASC and SaudiNewsNet distribute no test split: their "test" articles are held out; the dev
# split stands in for it, and reports say so.
TEST_STANDS_IN = "dev"
CORPORA = ("easc", "saudinewsnet")


@dataclass(frozen=True)
class Article:
    """An article with its reference summaries (or, for headline corpora, its title)."""

    id: str
    text: str
    references: tuple[str, ...]


@dataclass
class CorpusReader:
    """Iterable of Articles from one source; `problems` fills in as the rows are read."""

    name: str
    rows: Iterable[tuple[int, Any]]
    text_column: str = "text"
    reference_columns: tuple[str, ...] = ("summaries",)
    id_column: str = "id"
    problems: list[Problem] = field(default_factory=list)

    def __iter__(self) -> Iterator[Article]:
        for line, row in self.rows:
            article = self._article(line, row)
            if isinstance(article, Problem):
                self.problems.append(article)
            else:
                yield article

    def _article(self, line: int, row: Any) -> Article | Problem:
        if isinstance(row, Problem):
            return row
        if not isinstance(row, dict):
            return Problem(line, "row is not an object")
        text = row.get(self.text_column)
        if not isinstance(text, str):
            return Problem(line, f"'{self.text_column}' is missing or not text")
        if not text.strip():
            return Problem(line, f"'{self.text_column}' is empty")
        if "\x00" in text:
            return Problem(line, f"'{self.text_column}' holds binary data (NUL bytes)")
        references = tuple(r for c in self.reference_columns for r in _texts(row.get(c)) if r.strip())
        if not references:
            return Problem(line, f"no reference in {', '.join(self.reference_columns)}")
        identifier = row.get(self.id_column)
        return Article(str(identifier) if identifier is not None else str(line), text, references)


def _texts(value: Any) -> list[str]:
    """A reference cell as a list of strings: a string, a list of strings, or a JSON list."""
    if isinstance(value, str):
        if value.startswith("["):
            try:
                parsed = json.loads(value)
            except json.JSONDecodeError:
                return [value]
            return [v for v in parsed if isinstance(v, str)] if isinstance(parsed, list) else [value]
        return [value]
    if isinstance(value, (list, tuple)):
        return [v for v in value if isinstance(v, str)]
    return []


def read_file(
    path: str | Path,
    *,
    text_column: str = "text",
    reference_columns: tuple[str, ...] = ("summaries",),
    id_column: str = "id",
) -> CorpusReader:
    """A user's JSONL (.jsonl, .jsonl.gz), CSV or Parquet file of articles with references."""
    path = Path(path)
    readers = {"jsonl": jsonl_rows, "csv": csv_rows, "parquet": parquet_rows}
    kind = records_format(path)
    if not path.is_file():
        raise FileNotFoundError(f"no such file: {path}")
    return CorpusReader(path.name, readers[kind](path), text_column, reference_columns, id_column)


def data_dir() -> Path:
    """The shared corpora folder: $KHULASA_DATA, else ../shared/data from the working folder."""
    return Path(os.environ.get("KHULASA_DATA", DEFAULT_DATA_DIR))


def resolve_split(split: str) -> str:
    """The split actually read: 'test' means the dev split for the shared corpora."""
    return TEST_STANDS_IN if split == "test" else split


def open_corpus(name: str, split: str, directory: Path | None = None) -> CorpusReader:
    """A shared corpus split: EASC (five human summaries each) or SaudiNewsNet (title only)."""
    directory = directory or data_dir()
    split = resolve_split(split)
    if name == "easc":
        return read_file(directory / "easc" / f"{split}.jsonl")
    if name == "saudinewsnet":
        reader = read_file(directory / "saudinewsnet" / f"{split}.jsonl.gz", reference_columns=("title",))
        reader.name = f"saudinewsnet-{split}"
        return reader
    raise ValueError(f"unknown corpus {name!r}; known: {', '.join(CORPORA)}")
