"""Cost of one long article as it grows from 1k to 500k words, of the same text without its
punctuation hard-wrapped into 70-character lines (what a fixed-width export leaves), and of one run-on
word (the bundled example and a single word of 10k to 160k letters, what a stripped base64 blob
or a broken page leaves): CPU time, peak memory, and the fitted growth exponent of CPU time from
20k words (letters) up (1.0 = linear, 2.0 = quadratic). A pattern that searches a long word
quadratically (e4357b1 fixed one), or a wrapped paragraph joined line by line into one growing
string, shows as an exponent near 2.

Long inputs are SaudiNewsNet dev articles joined paragraph by paragraph (blank line between
articles) until the word count is reached. Each size runs `khulasa.summarize` in a fresh
subprocess (cold caches, as a user's one command), which reports its own CPU time and peak RSS;
the input limit is raised for the run, since 500k words is above the default 5 MB.

    python bench/length_scaling.py [--sizes 1000 5000 20000 50000 100000 200000 500000]
                                   [--wrapped-sizes 20000 50000 100000 200000]
                                   [--word-letters 10000 20000 40000 80000 160000]
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import numpy as np
from report import machine, save

DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "saudinewsnet" / "dev.jsonl.gz"
EXAMPLE = Path(__file__).resolve().parents[1] / "src" / "khulasa" / "data" / "example-article.txt"
FIT_FROM_WORDS = 20_000
WRAP_WIDTH = 70
STRIPPED_MARKS = ".,:;!?،؛؟»«\"“”()-–"
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


def hard_wrapped(words: int) -> str:
    """`long_article(words)` without its punctuation (as a stripped export leaves it), in lines of
    WRAP_WIDTH characters: no line ends a sentence, so the repair joins them all into one line."""
    bare = (word.strip(STRIPPED_MARKS) for word in long_article(words).split())
    return "\n".join(textwrap.wrap(" ".join(word for word in bare if word), WRAP_WIDTH))


def run_on_word(letters: int) -> str:
    """The bundled example article with one word of `letters` letters after it."""
    return EXAMPLE.read_text(encoding="utf-8") + " " + "ك" * letters


def run(size: dict, text: str, folder: Path) -> dict:
    """`size` with the CPU seconds and peak RSS of summarizing `text` in a fresh process."""
    path = folder / "article.txt"
    path.write_text(text, encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", _CHILD.format(cap=MEMORY_CAP_BYTES), str(path)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        return {**size, "error": done.stderr.strip().splitlines()[-1]}
    seconds, peak = done.stdout.split()
    return {**size, "cpu_seconds": float(seconds), "peak_mib": int(peak) / (1 << 20)}


def growth_exponent(runs: list[dict], key: str = "words") -> float | None:
    """Slope of log(CPU time) against log(size), least squares over the sizes ≥ 20k."""
    points = [(r[key], r["cpu_seconds"]) for r in runs if "cpu_seconds" in r and r[key] >= FIT_FROM_WORDS]
    if len(points) < 2:
        return None
    x, y = np.log([p[0] for p in points]), np.log([p[1] for p in points])
    return float(np.polyfit(x, y, 1)[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+",
                        default=[1_000, 5_000, 20_000, 50_000, 100_000, 200_000, 500_000])
    parser.add_argument("--wrapped-sizes", type=int, nargs="+", default=[20_000, 50_000, 100_000, 200_000])
    parser.add_argument("--word-letters", type=int, nargs="+", default=[10_000, 20_000, 40_000, 80_000, 160_000])
    args = parser.parse_args()
    runs, wrapped_runs, word_runs = [], [], []
    with tempfile.TemporaryDirectory() as folder:
        for words in args.sizes:
            text = long_article(words)
            runs.append(_report(run({"words": len(text.split())}, text, Path(folder)), "words"))
        for words in args.wrapped_sizes:
            text = hard_wrapped(words)
            wrapped_runs.append(_report(run({"words": len(text.split())}, text, Path(folder)), "words"))
        for letters in args.word_letters:
            word_runs.append(_report(run({"letters": letters}, run_on_word(letters), Path(folder)), "letters"))
    exponent, word_exponent = growth_exponent(runs), growth_exponent(word_runs, "letters")
    wrapped_exponent = growth_exponent(wrapped_runs)
    for what, found in (("words", exponent), ("words hard-wrapped", wrapped_exponent),
                        ("letters of the run-on word", word_exponent)):
        print(f"growth exponent of CPU time, 20k {what} and up: "
              + (f"{found:.2f}" if found is not None else "n/a (fewer than two sizes ≥ 20k)"))
    save("length_scaling", {"runs": runs, "exponent": exponent, "wrapped_runs": wrapped_runs,
                            "wrapped_exponent": wrapped_exponent, "word_runs": word_runs,
                            "word_exponent": word_exponent, "machine": machine()})


def _report(result: dict, key: str) -> dict:
    """Print one size's line and hand its result on."""
    size = f"{result[key]:>8,} {key}"
    if "error" in result:
        print(f"{size}: failed: {result['error']}", flush=True)
    else:
        print(f"{size}: {result['cpu_seconds']:7.2f} s CPU, peak {result['peak_mib']:6.0f} MiB", flush=True)
    return result


if __name__ == "__main__":
    main()
