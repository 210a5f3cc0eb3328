"""Run a digest (one file locally, or an archive day by day on Dask) behind a progress bar."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from khulasa.batch.local import count_rows, input_rows
from khulasa.batch.progress import RateColumn
from khulasa.digest.archive import ArchiveReport, run_archive
from khulasa.digest.build import digest_rows
from khulasa.digest.model import Digest, DigestConfig
from khulasa.records import records_format


def _progress() -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), RateColumn(),
                    TimeElapsedColumn(), console=Console(stderr=True), transient=False)


def _check(source: Path) -> None:
    records_format(source)
    if not source.is_file():
        raise FileNotFoundError(f"no such file: {source}")


def run_digest_local(source: Path, config: DigestConfig) -> Digest:
    """The digest of one file, streamed, with a bar over its rows."""
    _check(source)
    with _progress() as progress:
        task = progress.add_task("articles", total=count_rows(source))
        return digest_rows(input_rows(source), config, on_progress=lambda n: progress.advance(task, n))


def run_digest_archive(source: Path, out: Path, config: DigestConfig, output_format: str, jobs: int,
                       scheduler: str | None) -> ArchiveReport:
    """One digest per day on Dask, with a bar over the days."""
    _check(source)
    with _progress() as progress:
        task = progress.add_task("days", total=None)
        return run_archive(source, out, config, output_format=output_format, jobs=jobs, scheduler=scheduler,
                           on_days=lambda n: progress.update(task, total=n),
                           on_day=lambda n: progress.advance(task, n))
