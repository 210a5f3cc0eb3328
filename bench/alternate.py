"""Khulasa's CPU ratio to lexrank-sumy (bench/throughput.py's comparison) in several fresh
processes, this tree's code alternating with another build's (`--base`, the `src` folder of
another checkout built in place), each run its own process: on a shared, noisy machine one run
says little, the medians of alternating runs say which code is faster.

    python bench/alternate.py --runs 3 --articles 1000 [--base /tmp/base/src --label COMMIT]

The other checkout is built with `python setup.py build_ext --inplace` in its folder (the same
mypyc build as `pip install -e .`); without `--base` only this tree is measured.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

from report import save_section

BENCH = Path(__file__).resolve().parent
# One measurement: bench/throughput.py's CPU comparison, printed as JSON (with the build status).
_RUN = (
    "import json, sys; sys.path.insert(0, {bench!r}); from throughput import DEV, cpu_per_article; "
    "import gzip; from itertools import islice; "
    "texts = [json.loads(l)['text'] for l in islice(gzip.open(DEV, 'rt', encoding='utf-8'), {articles})]; "
    "cpu = cpu_per_article(texts); from khulasa import compiled; "
    "print(json.dumps({{'cpu': cpu, 'compiled': compiled.STATUS}}))"
)


def measure(articles: int, source: Path | None) -> dict:
    """One fresh process's CPU ms per article of each system (`source`: import khulasa from there)."""
    env = dict(os.environ)
    if source is not None:
        env["PYTHONPATH"] = str(source)
    code = _RUN.format(bench=str(BENCH), articles=articles)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--base", type=Path, help="the src folder of another checkout, built in place")
    parser.add_argument("--label", default="base", help="what the other checkout is (e.g. its commit)")
    args = parser.parse_args()
    trees: dict[str, Path | None] = {"this tree": None}
    if args.base:
        trees = {args.label: args.base, "this tree": None}
    ratios: dict[str, list[float]] = {name: [] for name in trees}
    status: dict[str, str] = {}
    load = os.getloadavg()[0]
    for run in range(args.runs):
        for name, source in trees.items():
            result = measure(args.articles, source)
            khulasa_ms, lexrank_sumy_ms, _ = result["cpu"].values()
            ratios[name].append(lexrank_sumy_ms / khulasa_ms)
            status[name] = result["compiled"]
            print(f"run {run + 1} {name:<10} khulasa {khulasa_ms:.2f} ms, lexrank-sumy {lexrank_sumy_ms:.2f} ms: "
                  f"{ratios[name][-1]:.2f}x", flush=True)
    command = f"python bench/alternate.py --runs {args.runs} --articles {args.articles}" + (
        " --base BASE/src" if args.base else "")
    lines = [f"## CPU ratio to lexrank-sumy in alternating fresh processes (`{command}`)", "",
             f"{args.articles} SaudiNewsNet dev articles per run, bench/throughput.py's comparison; load "
             f"average {load:.1f} at the start.", "",
             "| code | ratio in each run | median |", "|---|---|---|",
             *[f"| {name} ({status[name]}) | {', '.join(f'{r:.2f}' for r in values)} | "
               f"**{statistics.median(values):.2f}×** |" for name, values in ratios.items()], ""]
    save_section("alternate", lines)


if __name__ == "__main__":
    main()
