"""Time and peak memory of the story digest.

`day`: one day of SaudiNewsNet (the first N articles of a train day, default 500) digested on one
core in a fresh process, CPU seconds and peak RSS, beside summarizing the same articles one by
one (the digest's own share is the ratio). `archive`: `khulasa digest --by day --engine dask`
over a whole split, wall time and the peak RSS of all its processes together (sampled from
/proc every 0.2 s) and of the largest single process.

    python bench/digest_speed.py day [--articles 500]
    python bench/digest_speed.py archive [--split train] [--jobs 2] [--limit N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

import digest_report

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "saudinewsnet"
RESULTS = ROOT / "docs" / "results"

_DAY_PROBE = """
import json, resource, sys, time
from threadpoolctl import threadpool_limits
threadpool_limits(1)
import khulasa
from khulasa.digest import DigestConfig
rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
khulasa.summarize(rows[0]["text"])  # load models and tables before timing
started = time.process_time()
if sys.argv[2] == "digest":
    result = khulasa.digest(rows, DigestConfig(by_day=True))
    stories = len(result.stories)
else:
    for row in rows:
        try:
            khulasa.summarize(row["text"])
        except khulasa.InputError:
            pass
    stories = 0
print(json.dumps({"cpu": time.process_time() - started, "stories": stories,
                  "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def _tree_rss_mib(root: int) -> float:
    """Resident memory of a process and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            status = Path(f"/proc/{entry}/statm").read_text().split()
        except OSError:
            continue
        children.setdefault(int(stat[1]), []).append(int(entry))
        rss[int(entry)] = int(status[1]) * os.sysconf("SC_PAGE_SIZE")
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack.extend(children.get(pid, []))
    return total / 2**20


def day(articles: int) -> dict:
    rows = [json.loads(line) for line in gzip.open(DATA / "train.jsonl.gz", "rt", encoding="utf-8")]
    busiest = Counter(r["date"][:10] for r in rows).most_common(1)[0][0]
    chosen = [r for r in rows if r["date"].startswith(busiest)][:articles]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as handle:
        handle.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in chosen)
    runs = {}
    for mode in ("summarize", "digest"):
        out = subprocess.run([sys.executable, "-c", _DAY_PROBE, handle.name, mode], check=True,
                             capture_output=True, text=True).stdout
        runs[mode] = json.loads(out.strip().splitlines()[-1])
    os.unlink(handle.name)
    result = {"date": busiest, "articles": len(chosen), "stories": runs["digest"]["stories"],
              "digest_cpu_s": round(runs["digest"]["cpu"], 2),
              "summarize_each_cpu_s": round(runs["summarize"]["cpu"], 2),
              "digest_over_summarize": round(runs["digest"]["cpu"] / runs["summarize"]["cpu"], 3),
              "digest_peak_mib": round(runs["digest"]["peak_mib"])}
    print(f"{result['articles']} articles of {busiest} (train): digest {result['digest_cpu_s']} s CPU, "
          f"{result['stories']} stories, peak {result['digest_peak_mib']} MiB; summarizing each alone "
          f"{result['summarize_each_cpu_s']} s (digest ÷ summaries {result['digest_over_summarize']})")
    return result


def archive(split: str, jobs: int, limit: int | None) -> dict:
    source = DATA / f"{split}.jsonl.gz"
    with tempfile.TemporaryDirectory() as scratch:
        if limit:
            source_limited = Path(scratch) / "input.jsonl"
            with gzip.open(source, "rt", encoding="utf-8") as lines, source_limited.open("w") as out:
                out.writelines(line for line, _ in zip(lines, range(limit), strict=False))
            source = source_limited
        command = [sys.executable, "-m", "khulasa", "digest", str(source), "--by", "day",
                   "--engine", "dask", "--jobs", str(jobs), "--out", str(Path(scratch) / "out")]
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        peak = 0.0

        def sample() -> None:
            nonlocal peak
            while process.poll() is None:
                peak = max(peak, _tree_rss_mib(process.pid))
                time.sleep(0.2)

        sampler = threading.Thread(target=sample)
        sampler.start()
        _, stderr = process.communicate()
        sampler.join()
        seconds = time.perf_counter() - started
        if process.returncode:
            raise SystemExit(stderr[-2000:])
        summary = stderr.strip().splitlines()[-1]
        days = sorted(p.name for p in (Path(scratch) / "out").iterdir())
    result = {"split": split, "limit": limit, "jobs": jobs, "seconds": round(seconds, 1),
              "peak_total_mib": round(peak), "summary": summary, "files": len(days)}
    print(f"{split}{f' (first {limit})' if limit else ''}: {summary}\n"
          f"wall {seconds:.0f} s on {jobs} Dask workers; peak RSS of all processes {peak:.0f} MiB")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("what", choices=["day", "archive"])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--split", default="train")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--limit", type=int)
    args = parser.parse_args()
    result = day(args.articles) if args.what == "day" else archive(args.split, args.jobs, args.limit)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"digest-{args.what}.json").write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    digest_report.render()


if __name__ == "__main__":
    main()
