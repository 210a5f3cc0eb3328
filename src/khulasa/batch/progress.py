"""Run a batch with a rich progress bar (articles/s and ETA) on stderr."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from khulasa.batch.local import BatchReport, check_paths, count_rows, run_batch
from khulasa.batch.rows import BatchOptions


class RateColumn(ProgressColumn):
    """Items per second, once there is a rate to show."""

    def render(self, task: Task) -> Text:
        return Text(f"{task.speed:,.1f}/s" if task.speed else "…/s")


def run_with_progress(source: str, out: Path, options: BatchOptions, *, jobs: int, resume: bool,
                      engine: str, scheduler: str | None) -> BatchReport:
    """The local or Dask engine behind a progress bar (rows locally, partitions on Dask)."""
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TaskProgressColumn(),
               RateColumn(), TimeElapsedColumn(), TimeRemainingColumn())
    if engine == "dask":
        from khulasa.batch.distributed import partitions, run_dask

        files = partitions(source)
    else:
        check_paths(Path(source), out, resume)
    with Progress(*columns, console=Console(stderr=True), transient=False) as progress:
        if engine == "dask":
            task = progress.add_task("partitions", total=len(files))
            return run_dask(source, out, options, jobs=jobs, scheduler=scheduler, resume=resume,
                            on_partition=lambda n: progress.advance(task, n))
        path = Path(source)
        task = progress.add_task("articles", total=count_rows(path) if path.is_file() else None)
        return run_batch(path, out, options, jobs=jobs, resume=resume,
                         on_progress=lambda n: progress.advance(task, n))
