"""Output files written record by record (JSONL, CSV, Parquet), and what a resumed run finds.

JSONL and CSV records are encoded to bytes in the workers and appended whole, so a crash can cut
at most the last record; a resumed run keeps every complete record and drops the rest (for CSV
by parsing the records, since a `--keep-source` field may hold line breaks).
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol

from khulasa.batch.rows import COLUMNS, flat
from khulasa.records import records_format

PARQUET_ROW_GROUP = 1024
# Our own CSV output holds whole source texts in a field: read it back without a field limit.
_ANY_FIELD = (1 << 31) - 1


class Sink(Protocol):
    """Writes encoded records; `encode` runs in the worker processes, off the writer's core."""

    def encode(self, record: dict[str, Any]) -> Any: ...

    def write(self, encoded: list[Any]) -> None: ...

    def close(self) -> None: ...


class _AppendFile:
    """An unbuffered file written in whole chunks, so nothing waits in a buffer when we stop."""

    def __init__(self, path: Path, append: bool) -> None:
        self._handle = path.open("ab" if append else "wb", buffering=0)

    def write(self, encoded: list[bytes]) -> None:
        data = memoryview(b"".join(encoded))
        while data:
            data = data[self._handle.write(data) or 0:]

    def close(self) -> None:
        self._handle.close()


class JsonlSink(_AppendFile):
    @staticmethod
    def encode(record: dict[str, Any]) -> bytes:
        """One JSON line, Arabic readable; \\u-escaped if some value cannot be UTF-8."""
        try:
            return (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
        except UnicodeEncodeError:
            return (json.dumps(record) + "\n").encode("ascii")


class CsvSink(_AppendFile):
    def __init__(self, path: Path, append: bool, columns: tuple[str, ...]) -> None:
        fresh = not append or not path.exists() or path.stat().st_size == 0
        super().__init__(path, append)
        self._columns = columns
        if fresh:
            self.write([self._line(dict(zip(columns, columns, strict=True)))])

    def _line(self, values: dict[str, Any]) -> bytes:
        buffer = io.StringIO()
        csv.DictWriter(buffer, fieldnames=self._columns).writerow(values)
        return buffer.getvalue().encode("utf-8", "backslashreplace")

    def encode(self, record: dict[str, Any]) -> bytes:
        """One CSV record (it may span lines: quoted fields keep their line breaks)."""
        return self._line(flat(record))


class ParquetSink:
    """Buffers a row group at a time, so memory stays bounded; cannot be appended to."""

    def __init__(self, path: Path, columns: tuple[str, ...]) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        types = {"line": pa.int64()}
        self._schema = pa.schema([(c, types.get(c, pa.string())) for c in columns])
        self._writer = pq.ParquetWriter(path, self._schema)
        self._buffer: list[dict[str, Any]] = []

    encode = staticmethod(flat)

    def write(self, encoded: list[dict[str, Any]]) -> None:
        self._buffer.extend(encoded)
        if len(self._buffer) >= PARQUET_ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        if self._buffer:
            self._writer.write_table(pa.Table.from_pylist(self._buffer, schema=self._schema))
            self._buffer = []

    def close(self) -> None:
        self._flush()
        self._writer.close()


def output_columns(keep_source: bool) -> tuple[str, ...]:
    return COLUMNS + (("source",) if keep_source else ())


def open_sink(path: Path, append: bool, keep_source: bool) -> Sink:
    """A writer for `path`'s format; appending (resume) is possible for JSONL and CSV."""
    columns = output_columns(keep_source)
    kind = records_format(path)
    if kind == "parquet":
        return ParquetSink(path, columns)
    if path.suffix == ".gz":
        raise ValueError("write the output as .jsonl, .csv or .parquet (not gzip)")
    return JsonlSink(path, append) if kind == "jsonl" else CsvSink(path, append, columns)


def _jsonl_records(path: Path) -> Iterator[tuple[int, str | None]]:
    """(end offset, id) of every complete line of a JSONL output; a line is complete once its
    `\\n` is written (JSON escapes every line break inside a record)."""
    end = 0
    with path.open("rb") as handle:
        for line in handle:
            if not line.endswith(b"\n"):
                return
            end += len(line)
            yield end, str(json.loads(line)["id"]) if line.strip() else None


def _csv_records(path: Path, columns: tuple[str, ...]) -> Iterator[tuple[int, str | None]]:
    """(end offset, id) of every complete record of a CSV output, header first (no id): the csv
    module finds where records end, so line breaks inside quoted fields are kept."""
    consumed = 0
    exhausted = False
    ended = True  # whether the data read so far ends with a line break

    def lines() -> Iterator[str]:
        nonlocal consumed, exhausted, ended
        with path.open("rb") as handle:
            for line in handle:
                consumed += len(line)
                ended = line.endswith(b"\n")
                yield line.decode("utf-8", "replace")
        exhausted = True

    csv.field_size_limit(_ANY_FIELD)
    records = csv.reader(lines())
    for number, record in enumerate(records):
        if exhausted or not ended:  # the data ended inside this record: a cut-off write
            return
        if number == 0 and tuple(record) != columns:
            raise ValueError(f"{path} has other columns than this run writes (--keep-source differs?)")
        yield consumed, record[0] if number else None


def resume_point(path: Path, keep_source: bool) -> Counter[str]:
    """How many records each id already has in an output file (for --resume), after cutting
    the file back to its last complete record."""
    if not path.exists():
        return Counter()
    kind = records_format(path)
    if kind == "parquet":
        raise ValueError("--resume needs JSONL or CSV output: a Parquet file cannot be appended to")
    counts: Counter[str] = Counter()
    end = 0
    records = _csv_records(path, output_columns(keep_source)) if kind == "csv" else _jsonl_records(path)
    for record_end, identifier in records:
        end = record_end
        if identifier is not None:
            counts[identifier] += 1
    with path.open("rb+") as handle:
        handle.truncate(end)
    return counts
