"""The Dask engine: the same per-file job on every partition of the input, across a cluster.

Each input partition (a file of a folder or glob) becomes one task that runs the local engine
single-process on a worker, writing one output file per partition; results are identical to
running the local engine on each partition. Point it at a real cluster with a scheduler
address (`dask scheduler` on one machine, `dask worker tcp://HOST:8786` on the others; every
worker needs khulasa installed and the input and output paths visible).
"""

from __future__ import annotations

import glob
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from khulasa.batch.local import BatchReport, run_batch
from khulasa.batch.rows import BatchOptions
from khulasa.records import records_format


def partitions(source: str) -> list[Path]:
    """Input files: every JSONL/CSV/Parquet file of a folder, or a glob's matches, sorted."""
    path = Path(source)
    candidates = sorted(path.iterdir()) if path.is_dir() else sorted(Path(p) for p in glob.glob(source))
    files = []
    for candidate in candidates:
        try:
            records_format(candidate)
        except ValueError:
            continue
        files.append(candidate)
    if not files:
        raise FileNotFoundError(f"no .jsonl, .jsonl.gz, .csv or .parquet files at {source}")
    return files


def partition_target(source: Path, folder: Path) -> Path:
    """The output file of one partition: same name, JSONL (a gzip input is written plain)."""
    name = source.name[: -len(".gz")] if source.suffix == ".gz" else source.name
    return folder / (Path(name).stem + ".jsonl")


def _run_partition(source: str, target: str, options: BatchOptions, resume: bool) -> dict:
    return run_batch(Path(source), Path(target), options, jobs=1, resume=resume).to_dict()


def run_dask(
    source: str,
    folder: Path,
    options: BatchOptions,
    *,
    jobs: int,
    scheduler: str | None = None,
    resume: bool = False,
    on_partition: Callable[[int], None] | None = None,
) -> BatchReport:
    """Summarize every partition on a Dask cluster (a LocalCluster of `jobs` workers if no
    scheduler address is given); returns the summed report."""
    from distributed import Client, LocalCluster, as_completed

    started = time.perf_counter()
    files = partitions(source)
    folder.mkdir(parents=True, exist_ok=True)
    cluster = None if scheduler else LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True)
    total = BatchReport()
    with Client(scheduler or cluster) as client:
        futures = [
            client.submit(_run_partition, str(f), str(partition_target(f, folder)), options, resume, pure=False)
            for f in files
        ]
        for future in as_completed(futures):
            part = future.result()
            total.add(BatchReport(part["rows"], part["ok"], Counter(part["errors"]), part["resumed"]))
            if on_partition:
                on_partition(1)
    if cluster is not None:
        cluster.close()
    total.seconds = time.perf_counter() - started
    return total
