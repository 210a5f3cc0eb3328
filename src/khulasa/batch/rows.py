"""One input row in, one output record out: a summary or an error with its reason — never lost."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from khulasa.config import SummaryConfig
from khulasa.errors import InputError
from khulasa.records import Problem
from khulasa.summarize.pipeline import summarize

# Output columns, in order; list-valued ones are JSON text in CSV and Parquet.
COLUMNS = ("id", "line", "status", "headline", "highlights", "sentences", "keywords", "notes",
           "error_reason", "error_message")
LIST_COLUMNS = ("highlights", "sentences", "keywords", "notes")


@dataclass(frozen=True)
class BatchOptions:
    """Which columns hold the id and the text, how to summarize, and what to keep."""

    id_column: str = "id"
    text_column: str = "text"
    config: SummaryConfig = field(default_factory=SummaryConfig)
    keep_source: bool = False


def row_id(line: int, row: Any, options: BatchOptions) -> str:
    """The row's id as text; the 1-based line (row) number when it has none."""
    value = row.get(options.id_column) if isinstance(row, dict) else None
    return str(value) if value not in (None, "") else str(line)


def error_record(identifier: str, line: int, reason: str, message: str) -> dict[str, Any]:
    return {"id": identifier, "line": line, "status": "error", "headline": None, "highlights": [],
            "sentences": [], "keywords": [], "notes": [], "error_reason": reason,
            "error_message": message}


def summarize_row(line: int, row: Any, options: BatchOptions) -> dict[str, Any]:
    """The output record for one input row (runs in worker processes)."""
    identifier = row_id(line, row, options)
    if isinstance(row, Problem):
        return error_record(identifier, line, "malformed", row.reason)
    if not isinstance(row, dict):
        return error_record(identifier, line, "malformed", "row is not an object")
    text = row.get(options.text_column)
    if not isinstance(text, str):
        return error_record(identifier, line, "malformed", f"'{options.text_column}' is missing or not text")
    try:
        summary = summarize(text, options.config).to_dict()
    except InputError as error:
        return error_record(identifier, line, error.reason, str(error))
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
