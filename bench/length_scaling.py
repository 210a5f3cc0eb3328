"""Cost of one long article as it grows from 1k to 500k words: CPU time, peak memory, and the
fitted growth exponent of CPU time from 20k words up (1.0 = linear, 2.0 = quadratic).

Long inputs are SaudiNewsNet dev articles joined paragraph by paragraph (blank line between
articles) until the word count is reached. Each size runs `khulasa.summarize` in a fresh
subprocess (cold caches, as a user's one command), which reports its own CPU time and peak RSS;
the input limit is raised for the run, since 500k words is above the default 5 MB.

    python bench/length_scaling.py [--sizes 1000 5000 20000 50000 100000 200000 500000]
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
from report import machine, save

DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "saudinewsnet" / "dev.jsonl.gz"
FIT_FROM_WORDS = 20_000
# A size's run stops here: a regression shows up as a failed size, not as a frozen machine.
MEMORY_CAP_BYTES = 4 << 30
_CHILD = """
import resource, sys, time
from khulasa import summarize
from khulasa.config import SummaryConfig
from khulasa.budget import limit_memory
limit_memory({cap})
text = open(sys.argv[1], encoding="utf-8").read()
started = time.process_time()
summary = summarize(text, SummaryConfig(max_input_bytes=len(text.encode("utf-8"))))
seconds = time.process_time() - started
assert summary.sentences and summary.highlights and summary.keywords
print(seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
"""


def long_article(words: int) -> str:
    """Dev articles joined until `words` words (cycling through dev if needed)."""
    with gzip.open(DEV, "rt", encoding="utf-8") as lines:
        articles = [json.loads(line)["text"] for line in lines]
    parts: list[str] = []
    count = 0
    while count < words:
        text = articles[len(parts) % len(articles)]
        parts.append(text)
        count += len(text.split())
    return "\n\n".join(parts)


def run(words: int, folder: Path) -> dict:
    """CPU seconds and peak RSS of summarizing a `words`-word article in a fresh process."""
    path = folder / f"article-{words}.txt"
    text = long_article(words)
    path.write_text(text, encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", _CHILD.format(cap=MEMORY_CAP_BYTES), str(path)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        return {"words": len(text.split()), "error": done.stderr.strip().splitlines()[-1]}
    seconds, peak = done.stdout.split()
    return {"words": len(text.split()), "cpu_seconds": float(seconds), "peak_mib": int(peak) / (1 << 20)}


def growth_exponent(runs: list[dict]) -> float | None:
    """Slope of log(CPU time) against log(words), least squares over the sizes ≥ 20k words."""
    points = [(r["words"], r["cpu_seconds"]) for r in runs if "cpu_seconds" in r and r["words"] >= FIT_FROM_WORDS]
    if len(points) < 2:
        return None
    x, y = np.log([p[0] for p in points]), np.log([p[1] for p in points])
    return float(np.polyfit(x, y, 1)[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+",
                        default=[1_000, 5_000, 20_000, 50_000, 100_000, 200_000, 500_000])
    args = parser.parse_args()
    runs = []
    with tempfile.TemporaryDirectory() as folder:
        for words in args.sizes:
            result = run(words, Path(folder))
            runs.append(result)
            if "error" in result:
                print(f"{result['words']:>8,} words: failed: {result['error']}", flush=True)
            else:
                print(f"{result['words']:>8,} words: {result['cpu_seconds']:7.2f} s CPU, "
                      f"peak {result['peak_mib']:6.0f} MiB", flush=True)
    exponent = growth_exponent(runs)
    print("growth exponent of CPU time, 20k words and up: "
          + (f"{exponent:.2f}" if exponent is not None else "n/a (fewer than two sizes ≥ 20k)"))
    save("length_scaling", {"runs": runs, "exponent": exponent, "machine": machine()})


if __name__ == "__main__":
    main()
