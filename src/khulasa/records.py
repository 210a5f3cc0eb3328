"""Streaming row readers for JSONL (plain or gzip), CSV and Parquet files.

Each yields (line or row number, row) pairs one at a time, never the whole file; a row that
cannot be read (bad JSON or UTF-8, nested too deeply, an oversize CSV field, a compressed file
cut short) comes back as a Problem in its place, so callers can report it, not lose it. JSONL is
read as bytes split on `\n` only (a `\r` inside a line is data); a UTF-8 BOM is accepted.
"""

from __future__ import annotations

import csv
import gzip
import json
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from khulasa.config import DEFAULT_MAX_INPUT_BYTES
from khulasa.errors import InputProblem

RecordsFormat = Literal["jsonl", "csv", "parquet"]
_SUFFIXES: dict[str, RecordsFormat] = {
    ".jsonl": "jsonl", ".jsonl.gz": "jsonl", ".json": "jsonl", ".csv": "csv", ".parquet": "parquet",
}
_BOM = b"\xef\xbb\xbf"
CSV_FIELD_FACTOR = 4
# What undecodable bytes become when a CSV is read with errors="surrogateescape".
_ESCAPED_BYTE_RE = re.compile("[\udc80-\udcff]")


@dataclass(frozen=True)
class Problem:
    """A row that could not be used, and why."""

    line: int
    reason: str
    kind: InputProblem = "malformed"


def records_format(path: Path) -> RecordsFormat:
    """The format a file name asks for; ValueError for anything else."""
    suffix = "".join(path.suffixes[-2:]) if path.suffix == ".gz" else path.suffix
    if suffix not in _SUFFIXES:
        raise ValueError(f"unsupported file type {suffix or path.name!r}: use .jsonl, .jsonl.gz, .csv or .parquet")
    return _SUFFIXES[suffix]


def _json_row(number: int, line: bytes) -> Any:
    """The parsed object of one JSONL line, or a Problem saying why it cannot be used."""
    try:
        return json.loads(line.decode("utf-8"), strict=False)  # control characters are data
    except UnicodeDecodeError as error:
        return Problem(number, f"line is not valid UTF-8 (byte {error.start:,})", "invalid_utf8")
    except json.JSONDecodeError as error:
        return Problem(number, f"bad JSON: {error.msg}")
    except RecursionError:
        return Problem(number, "bad JSON: nested too deeply")
    except ValueError as error:  # e.g. an integer too long to convert
        return Problem(number, f"bad JSON: {error}")


def jsonl_rows(path: Path) -> Iterator[tuple[int, Any]]:
    """(line number, parsed object or Problem) for each non-blank line; .gz is read as gzip, and
    a compressed file that ends early gives a last Problem saying how many lines were read."""
    compressed = path.suffix == ".gz"
    number = 0
    with (gzip.open(path, "rb") if compressed else path.open("rb")) as lines:
        try:
            for number, line in enumerate(lines, 1):
                if number == 1:
                    line = line.removeprefix(_BOM)
                if line.strip():
                    yield number, _json_row(number, line)
        except (EOFError, gzip.BadGzipFile, zlib.error) as error:
            if not compressed:
                raise
            yield number + 1, Problem(
                number + 1, f"the compressed input is cut short or damaged after {number:,} lines "
                f"({error}); the rows past it could not be read")


def csv_rows(path: Path, max_field: int = DEFAULT_MAX_INPUT_BYTES) -> Iterator[tuple[int, Any]]:
    """(line number, row dict or Problem) for each CSV record after the header.

    Fields of up to `CSV_FIELD_FACTOR` × `max_field` characters are read whole, so text over
    the limit is still one row (refused later as too large). A field longer still is a Problem,
    and if it spans lines the csv module cannot find where its record ends.
    """
    csv.field_size_limit(CSV_FIELD_FACTOR * max_field)  # the module's default is 131,072
    with path.open(newline="", encoding="utf-8-sig", errors="surrogateescape") as handle:
        reader = csv.DictReader(handle)
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                line = reader.reader.line_num  # DictReader's own count is only set on success
                yield line, Problem(line, f"bad CSV record: {error}",
                                    "too_large" if "field limit" in str(error) else "malformed")
                continue
            if any(_ESCAPED_BYTE_RE.search(value) for value in row.values() if isinstance(value, str)):
                yield reader.line_num, Problem(reader.line_num, "record is not valid UTF-8", "invalid_utf8")
            else:
                yield reader.line_num, row


def parquet_rows(path: Path, batch_size: int = 1024) -> Iterator[tuple[int, Any]]:
    """(row number, row dict) for each Parquet row, read one record batch at a time."""
    import pyarrow.parquet as pq

    number = 0
    for batch in pq.ParquetFile(path).iter_batches(batch_size=batch_size):
        for row in batch.to_pylist():
            number += 1
            yield number, row
