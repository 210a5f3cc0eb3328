"""One input row in, one output record out: a summary or an error with its reason — never lost."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from khulasa.budget import within
from khulasa.config import SummaryConfig
from khulasa.errors import InputError
from khulasa.records import Problem
from khulasa.summarize.pipeline import summarize

# Output columns, in order; list-valued ones are JSON text in CSV and Parquet.
COLUMNS = ("id", "line", "status", "headline", "highlights", "sentences", "keywords", "notes",
           "error_reason", "error_message")
LIST_COLUMNS = ("highlights", "sentences", "keywords", "notes")
DEFAULT_ROW_SECONDS = 30.0
DEFAULT_ROW_MEMORY = 768 << 20


@dataclass(frozen=True)
class BatchOptions:
    """Which columns hold the id and the text, how to summarize, what to keep, and each row's
    budget: seconds of wall time and bytes of memory beyond the worker's own (None: no limit)."""

    id_column: str = "id"
    text_column: str = "text"
    config: SummaryConfig = field(default_factory=SummaryConfig)
    keep_source: bool = False
    time_limit: float | None = DEFAULT_ROW_SECONDS
    memory_limit: int | None = DEFAULT_ROW_MEMORY


def row_id(line: int, row: Any, options: BatchOptions) -> str:
    """The row's id as text; the 1-based line (row) number when it has none. A lone surrogate
    (a `\\ud800` JSON escape) is kept as that escape, so every output format can hold the id."""
    value = row.get(options.id_column) if isinstance(row, dict) else None
    text = str(value) if value not in (None, "") else str(line)
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def error_record(identifier: str, line: int, reason: str, message: str) -> dict[str, Any]:
    return {"id": identifier, "line": line, "status": "error", "headline": None, "highlights": [],
            "sentences": [], "keywords": [], "notes": [], "error_reason": reason,
            "error_message": message}


def summarize_row(line: int, row: Any, options: BatchOptions) -> dict[str, Any]:
    """The output record for one input row, summarized within the row's time budget (runs in
    a worker process's main thread). Any failure of the row is its error record; a bug's
    exception is recorded as `internal_error` rather than stopping the batch."""
    identifier = row_id(line, row, options)
    if isinstance(row, Problem):
        return error_record(identifier, line, row.kind, row.reason)
    if not isinstance(row, dict):
        return error_record(identifier, line, "malformed", "row is not an object")
    text = row.get(options.text_column)
    if not isinstance(text, str):
        return error_record(identifier, line, "malformed", f"'{options.text_column}' is missing or not text")
    try:
        with within(options.time_limit):
            summary = summarize(text, options.config).to_dict()
    except InputError as error:
        return error_record(identifier, line, error.reason, str(error))
    except RecursionError:
        return error_record(identifier, line, "too_large", "the text needs deeper recursion than Python allows")
    except Exception as error:  # one row's bug must not stop the batch
        message = " ".join(f"{type(error).__name__}: {error}".split())
        return error_record(identifier, line, "internal_error", message)
    record = {"id": identifier, "line": line, "status": "ok", "headline": summary["headline"],
              **{key: summary[key] for key in LIST_COLUMNS}, "error_reason": None, "error_message": None}
    if options.keep_source:
        record["source"] = summary["source"]
    return record


def summarize_chunk(chunk: list[tuple[int, Any]], options: BatchOptions) -> list[dict[str, Any]]:
    """Records for a chunk of (line, row) pairs, in order: the unit of work sent to a process."""
    return [summarize_row(line, row, options) for line, row in chunk]


def flat(record: dict[str, Any]) -> dict[str, Any]:
    """The record for CSV/Parquet: nested values as JSON text."""
    return {key: json.dumps(value, ensure_ascii=False) if key in LIST_COLUMNS or key == "headline"
            else value for key, value in record.items()}
