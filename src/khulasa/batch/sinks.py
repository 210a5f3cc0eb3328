"""Output files written record by record (JSONL, CSV, Parquet), and what a resumed run finds."""

from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path
from typing import Any, Protocol

from khulasa.batch.rows import COLUMNS, flat
from khulasa.records import records_format

PARQUET_ROW_GROUP = 1024


class Sink(Protocol):
    """Writes encoded records; `encode` runs in the worker processes, off the writer's core."""

    def encode(self, record: dict[str, Any]) -> Any: ...

    def write(self, encoded: list[Any]) -> None: ...

    def close(self) -> None: ...


class JsonlSink:
    def __init__(self, path: Path, append: bool) -> None:
        self._handle = path.open("a" if append else "w", encoding="utf-8")

    @staticmethod
    def encode(record: dict[str, Any]) -> str:
        return json.dumps(record, ensure_ascii=False) + "\n"

    def write(self, encoded: list[str]) -> None:
        self._handle.writelines(encoded)
        self._handle.flush()

    def close(self) -> None:
        self._handle.close()


class CsvSink:
    def __init__(self, path: Path, append: bool, columns: tuple[str, ...]) -> None:
        fresh = not append or not path.exists() or path.stat().st_size == 0
        self._handle = path.open("a" if append else "w", newline="", encoding="utf-8")
        self._writer = csv.DictWriter(self._handle, fieldnames=columns)
        if fresh:
            self._writer.writeheader()

    encode = staticmethod(flat)

    def write(self, encoded: list[dict[str, Any]]) -> None:
        self._writer.writerows(encoded)
        self._handle.flush()

    def close(self) -> None:
        self._handle.close()


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


def open_sink(path: Path, append: bool, keep_source: bool) -> Sink:
    """A writer for `path`'s format; appending (resume) is possible for JSONL and CSV."""
    columns = COLUMNS + (("source",) if keep_source else ())
    kind = records_format(path)
    if kind == "parquet":
        return ParquetSink(path, columns)
    if path.suffix == ".gz":
        raise ValueError("write the output as .jsonl, .csv or .parquet (not gzip)")
    return JsonlSink(path, append) if kind == "jsonl" else CsvSink(path, append, columns)


def truncate_partial_line(path: Path) -> None:
    """Drop a last line cut off by a crash, so appended records start on a fresh line."""
    with path.open("rb+") as handle:
        data = handle.read()
        if data and not data.endswith(b"\n"):
            handle.truncate(data.rfind(b"\n") + 1)


def written_ids(path: Path) -> Counter[str]:
    """How many records each id already has in an output file (for --resume)."""
    if not path.exists():
        return Counter()
    truncate_partial_line(path)
    kind = records_format(path)
    counts: Counter[str] = Counter()
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle) if kind == "csv" else (json.loads(line) for line in handle if line.strip())
        for row in rows:
            counts[str(row["id"])] += 1
    return counts
