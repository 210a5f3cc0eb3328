"""Streaming row readers for JSONL (plain or gzip), CSV and Parquet files.

Each yields (line or row number, row) pairs one at a time, never the whole file; a line that is
not valid JSON comes back as a Problem in its place, so callers can report it, not lose it.
"""

from __future__ import annotations

import csv
import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

RecordsFormat = Literal["jsonl", "csv", "parquet"]
_SUFFIXES: dict[str, RecordsFormat] = {
    ".jsonl": "jsonl", ".jsonl.gz": "jsonl", ".json": "jsonl", ".csv": "csv", ".parquet": "parquet",
}


@dataclass(frozen=True)
class Problem:
    """A row that could not be used, and why."""

    line: int
    reason: str


def records_format(path: Path) -> RecordsFormat:
    """The format a file name asks for; ValueError for anything else."""
    suffix = "".join(path.suffixes[-2:]) if path.suffix == ".gz" else path.suffix
    if suffix not in _SUFFIXES:
        raise ValueError(f"unsupported file type {suffix or path.name!r}: use .jsonl, .jsonl.gz, .csv or .parquet")
    return _SUFFIXES[suffix]


def jsonl_rows(path: Path) -> Iterator[tuple[int, Any]]:
    """(line number, parsed object or Problem) for each non-blank line; .gz is read as gzip."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8", errors="replace") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                yield number, json.loads(line)
            except json.JSONDecodeError as error:
                yield number, Problem(number, f"bad JSON: {error.msg}")


def csv_rows(path: Path) -> Iterator[tuple[int, Any]]:
    """(line number, row dict) for each CSV record after the header."""
    with path.open(newline="", encoding="utf-8", errors="replace") as handle:
        reader = csv.DictReader(handle)
        for row in reader:
            yield reader.line_num, row


def parquet_rows(path: Path, batch_size: int = 1024) -> Iterator[tuple[int, Any]]:
    """(row number, row dict) for each Parquet row, read one record batch at a time."""
    import pyarrow.parquet as pq

    number = 0
    for batch in pq.ParquetFile(path).iter_batches(batch_size=batch_size):
        for row in batch.to_pylist():
            number += 1
            yield number, row
