"""Peak memory of `khulasa batch` must stay flat as the input grows (streaming, bounded work).

Replicates SaudiNewsNet dev to 10k and 100k articles in a temporary folder (never the repo),
runs `khulasa batch --jobs 2` on each, and samples the RSS of the whole process tree.

    python bench/memory.py [--sizes 10000 100000]
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
import time
from itertools import cycle, islice
from pathlib import Path

import psutil
from report import machine, save

DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "saudinewsnet" / "dev.jsonl.gz"
SAMPLE_SECONDS = 0.2
MIB = 1 << 20


def replicate(size: int, folder: Path) -> Path:
    """A JSONL of `size` articles cycling through dev, each with a unique id."""
    with gzip.open(DEV, "rt", encoding="utf-8") as lines:
        articles = [json.loads(line) for line in lines]
    path = folder / f"articles-{size}.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for n, article in enumerate(islice(cycle(articles), size)):
            out.write(json.dumps({"id": f"{n}", "text": article["text"]}, ensure_ascii=False) + "\n")
    return path


def peak_rss(command: list[str]) -> tuple[float, float]:
    """(peak RSS in bytes of the process and its children together, seconds)."""
    started = time.perf_counter()
    process = psutil.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0
    while process.poll() is None:
        try:
            tree = [process, *process.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(SAMPLE_SECONDS)
    if process.returncode != 0:
        raise SystemExit(f"batch failed: {' '.join(command)}")
    return peak, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    runs = []
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            source = replicate(size, Path(folder))
            command = [sys.executable, "-m", "khulasa", "batch", str(source), "--out",
                       str(Path(folder) / f"out-{size}.jsonl"), "--jobs", str(args.jobs)]
            peak, seconds = peak_rss(command)
            runs.append({"articles": size, "peak_mib": peak / MIB, "seconds": seconds})
            print(f"{size:>7,} articles: peak {peak / MIB:.0f} MiB, {seconds:.0f} s", flush=True)
    growth = runs[-1]["peak_mib"] / runs[0]["peak_mib"] - 1
    save("memory", {"jobs": args.jobs, "runs": runs, "growth": growth, "machine": machine()})
    print(f"growth {growth:+.1%}")


if __name__ == "__main__":
    main()
