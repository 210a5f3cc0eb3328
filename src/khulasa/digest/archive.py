"""A digest per day for a long archive: split the input by day into files (streamed), then digest
each day as one task on a Dask cluster, so memory is bounded by the largest day, not the archive."""

from __future__ import annotations

import json
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from khulasa.batch.local import input_rows
from khulasa.batch.rows import BatchOptions, row_id
from khulasa.digest.build import digest_rows, parse_day, prepare
from khulasa.digest.model import DigestConfig, RowError
from khulasa.digest.render import to_html, to_markdown

SUFFIXES = {"json": ".json", "markdown": ".md", "html": ".html"}


@dataclass
class ArchiveReport:
    """What an archive run did; every input row is in a day's stories or in the errors."""

    rows: int = 0
    days: int = 0
    stories: int = 0
    articles: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0


def render(result: Any, output_format: str, by_day: bool) -> str:
    """The digest in the asked format (json, markdown or html)."""
    if output_format == "markdown":
        return to_markdown(result, by_day)
    if output_format == "html":
        return to_html(result, by_day)
    return result.to_json(indent=2) + "\n"


def split_by_day(source: Path, folder: Path, config: DigestConfig,
                 report: ArchiveReport) -> tuple[list[Path], list[RowError]]:
    """Stream the input into one JSONL file per day (rows keep their line numbers); rows that
    cannot be digested, and repeated ids, become errors here."""
    handles: dict[str, Any] = {}
    errors: list[RowError] = []
    seen: Counter[str] = Counter()
    options = BatchOptions(config.id_column, config.text_column)
    try:
        for line, row in input_rows(source):
            report.rows += 1
            identifier = row_id(line, row, options)
            seen[identifier] += 1
            if seen[identifier] > 1:
                errors.append(RowError(identifier, line, "duplicate_id",
                                       f"id {identifier} already used by an earlier row"))
                continue
            if not isinstance(row, dict):
                outcome = prepare(line, row, config)
                assert isinstance(outcome, RowError)
                errors.append(outcome)
                continue
            day = parse_day(row.get("date"))
            key = day.isoformat() if day else "undated"
            if key not in handles:
                handles[key] = (folder / f"{key}.jsonl").open("w", encoding="utf-8")
            handles[key].write(json.dumps({"line": line, "row": row}, ensure_ascii=False) + "\n")
    finally:
        for handle in handles.values():
            handle.close()
    return sorted(folder / f"{key}.jsonl" for key in handles), errors


def _wrapped_rows(path: Path) -> Iterator[tuple[int, Any]]:
    with path.open(encoding="utf-8") as lines:
        for text in lines:
            item = json.loads(text)
            yield item["line"], item["row"]


def digest_day(path: str, target: str, config: DigestConfig, output_format: str) -> dict[str, Any]:
    """One day's digest (a Dask task, on a worker thread): read its rows, summarize them in a
    forked bounded worker (each within its time and memory limit), write its file, return its
    counts."""
    result = digest_rows(_wrapped_rows(Path(path)), config, isolated=True)
    Path(target).write_text(render(result, output_format, by_day=True), encoding="utf-8")
    return {"stories": len(result.stories),
            "articles": sum(s.article_count for s in result.stories) + len(result.omitted),
            "errors": dict(Counter(e.reason for e in result.errors))}


def run_archive(source: Path, folder: Path, config: DigestConfig, *, output_format: str, jobs: int,
                scheduler: str | None = None, on_day: Callable[[int], None] | None = None,
                on_days: Callable[[int], None] | None = None) -> ArchiveReport:
    """Digest every day of `source` into `folder`/DAY.EXT on a Dask cluster (a LocalCluster of
    `jobs` single-threaded worker processes unless a scheduler address is given)."""
    from distributed import Client, LocalCluster, as_completed

    started = time.perf_counter()
    report = ArchiveReport()
    folder.mkdir(parents=True, exist_ok=True)
    suffix = SUFFIXES[output_format]
    with tempfile.TemporaryDirectory(prefix=".days-", dir=folder) as scratch:
        days, errors = split_by_day(source, Path(scratch), config, report)
        report.days = len(days)
        report.errors.update(e.reason for e in errors)
        (folder / "errors.json").write_text(
            json.dumps([e.to_dict() for e in errors], ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        if on_days:
            on_days(len(days))
        cluster = None if scheduler else LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True)
        try:
            with Client(scheduler or cluster) as client:
                futures = [client.submit(digest_day, str(day), str(folder / (day.stem + suffix)), config,
                                         output_format, pure=False) for day in days]
                for future in as_completed(futures):
                    counts = future.result()
                    report.stories += counts["stories"]
                    report.articles += counts["articles"]
                    report.errors.update(counts["errors"])
                    if on_day:
                        on_day(1)
        finally:
            if cluster is not None:
                cluster.close()
    report.seconds = time.perf_counter() - started
    return report
