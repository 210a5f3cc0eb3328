"""The local engine: stream rows, summarize them in worker processes, write in input order.

A row cannot stop the run: whatever goes wrong with it (unreadable, too slow, too large, a
worker killed under it) becomes its error record. Only a failure to write the output stops the
run, and what was written is then complete records that `--resume` continues from.
"""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from threadpoolctl import threadpool_limits

from khulasa.batch.rows import BatchOptions, error_record, row_id, summarize_chunk
from khulasa.batch.sinks import open_sink, resume_point
from khulasa.batch.workers import Item, Outcome, Workers
from khulasa.config import DEFAULT_MAX_INPUT_BYTES
from khulasa.records import csv_rows, jsonl_rows, parquet_rows, records_format

CHUNK_ROWS = 32
# Chunks read ahead per worker: enough to keep workers busy, few enough to keep memory flat.
CHUNKS_PER_WORKER = 4


class OutputError(OSError):
    """The output could not be written: the one failure that stops a batch."""


@dataclass
class BatchReport:
    """What a batch run did: every input row is counted as ok, error or already done."""

    rows: int = 0
    ok: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    resumed: int = 0
    seconds: float = 0.0

    @property
    def articles_per_second(self) -> float:
        done = self.ok + sum(self.errors.values())
        return done / self.seconds if self.seconds > 0 else 0.0

    def add(self, other: BatchReport) -> None:
        self.rows += other.rows
        self.ok += other.ok
        self.errors.update(other.errors)
        self.resumed += other.resumed

    def to_dict(self) -> dict[str, Any]:
        return {"rows": self.rows, "ok": self.ok, "errors": dict(self.errors),
                "resumed": self.resumed, "seconds": round(self.seconds, 2),
                "articles_per_second": round(self.articles_per_second, 1)}


def input_rows(path: Path, max_field: int = DEFAULT_MAX_INPUT_BYTES) -> Iterator[tuple[int, Any]]:
    """(line, row) pairs of an input file, streamed; CSV fields of up to `max_field` characters."""
    if not path.is_file():
        raise FileNotFoundError(f"no such file: {path}")
    kind = records_format(path)
    if kind == "csv":
        return csv_rows(path, max_field)
    return jsonl_rows(path) if kind == "jsonl" else parquet_rows(path)


def check_paths(source: Path, target: Path, resume: bool) -> None:
    """Refuse at once, before any file is opened, what the run would fail on later: a missing
    input, an unknown format, an output that is the input, resuming into Parquet."""
    records_format(source)
    if not source.is_file():
        raise FileNotFoundError(f"no such file: {source}")
    if target.resolve() == source.resolve() or target.exists() and target.samefile(source):
        raise ValueError(f"the output {target} is the input file: write it elsewhere")
    if records_format(target) == "parquet" and resume:
        raise ValueError("--resume needs JSONL or CSV output: a Parquet file cannot be appended to")


def count_rows(path: Path) -> int | None:
    """Rows in the input when that is cheap to know (plain JSONL, CSV, Parquet), else None."""
    kind = records_format(path)
    if kind == "parquet":
        import pyarrow.parquet as pq

        return pq.ParquetFile(path).metadata.num_rows
    if path.suffix == ".gz":
        return None
    with path.open("rb") as handle:
        lines = sum(block.count(b"\n") for block in iter(lambda: handle.read(1 << 20), b""))
    return lines - 1 if kind == "csv" else lines


def _work(rows: Iterator[tuple[int, Any]], done: Counter[str], options: BatchOptions,
          report: BatchReport) -> Iterator[Item]:
    """Rows to summarize, or ready error records for duplicate ids; rows already written are
    skipped (the k-th row with an id is done if the output holds k records with it)."""
    seen: Counter[str] = Counter()
    for line, row in rows:
        report.rows += 1
        identifier = row_id(line, row, options)
        seen[identifier] += 1
        if seen[identifier] <= done[identifier]:
            report.resumed += 1
        elif seen[identifier] > 1:
            yield error_record(identifier, line, "duplicate_id",
                               f"id {identifier} already used by an earlier row")
        else:
            yield line, row


def _chunks(work: Iterator[Item]) -> Iterator[list[Item]]:
    while chunk := list(islice(work, CHUNK_ROWS)):
        yield chunk


def one_blas_thread() -> None:
    """Keep numpy's BLAS to one thread per process: our matrices are small, so its threads add
    nothing and, with one worker per core, fight each other (1.4x instead of 1.9x on 2 cores)."""
    threadpool_limits(limits=1, user_api="blas")


def _warm_up(options: BatchOptions) -> None:
    """Load models and tables before workers fork, so each inherits them instead of loading."""
    summarize_chunk([(0, {options.text_column: "أعلنت وزارة الصحة اليوم حملة وطنية للتطعيم."})], options)


def run_batch(
    source: Path,
    target: Path,
    options: BatchOptions,
    *,
    jobs: int | None = None,
    resume: bool = False,
    on_progress: Callable[[int], None] | None = None,
) -> BatchReport:
    """Summarize every row of `source` into `target` (same order) in `jobs` worker processes
    (one also runs in a worker, so its rows are bounded too); see BatchReport. OutputError if
    the output cannot be written."""
    check_paths(source, target, resume)
    jobs = jobs or os.cpu_count() or 1
    one_blas_thread()
    report = BatchReport()
    started = time.perf_counter()
    done = resume_point(target, options.keep_source) if resume else Counter()
    rows = input_rows(source, options.config.max_input_bytes)
    try:
        sink = open_sink(target, append=resume, keep_source=options.keep_source)
    except OSError as error:
        raise OutputError(f"cannot write {target}: {error.strerror or error}") from None

    def finish(outcomes: list[Outcome]) -> None:
        try:
            sink.write([encoded for _, encoded in outcomes])
        except OSError as error:
            raise OutputError(f"cannot write {target}: {error.strerror or error}; the records "
                              "written so far are complete: run again with --resume") from None
        for reason, _ in outcomes:
            if reason:
                report.errors[reason] += 1
            else:
                report.ok += 1
        if on_progress:
            on_progress(len(outcomes))

    try:
        _warm_up(options)
        with Workers(jobs, options, sink.encode) as workers:
            for outcomes in workers.run(_chunks(_work(rows, done, options, report)), jobs * CHUNKS_PER_WORKER):
                finish(outcomes)
    finally:
        try:
            sink.close()
        except OSError as error:
            raise OutputError(f"cannot write {target}: {error.strerror or error}") from None
    report.seconds = time.perf_counter() - started
    return report
