"""Where an article's CPU time goes, stage by stage, with the per-word caches cold and warm.

The pipeline's own stage functions are wrapped with a CPU timer (nothing else changes), then
N SaudiNewsNet dev articles are summarized twice in one process: the first pass starts with
empty per-word-form caches, as bench/throughput.py does (after one untimed article), the second
finds every form of those articles answered. The difference is what first-time computation of
new word forms costs; the second pass is the floor that caching cannot lower.

    python bench/stages.py [--articles 1000]
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from report import machine, save_section
from throughput import dev_texts

from khulasa import InputError, compiled
from khulasa.rank import get_scorer
from khulasa.rank.features import DocumentVectors
from khulasa.summarize import pipeline

# pipeline's names for its stages, in the order they run.
STAGES = ("analyze", "DocumentVectors.build", "scorers", "select_sentences", "select_headline",
          "select_highlights", "extract_keywords")


class _Timer:
    """CPU seconds spent in each wrapped function (a stage called inside another counts once,
    in the outer one: the stages here do not call each other)."""

    def __init__(self) -> None:
        self.spent = dict.fromkeys(STAGES, 0.0)

    def wrap(self, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                self.spent[name] += time.process_time() - started

        return timed


class _TimedScorer:
    def __init__(self, timer: _Timer, name: str) -> None:
        self.score = timer.wrap("scorers", get_scorer(name).score)


def _instrument(timer: _Timer) -> None:
    for name in ("analyze", "select_sentences", "select_headline", "select_highlights", "extract_keywords"):
        setattr(pipeline, name, timer.wrap(name, getattr(pipeline, name)))
    build = DocumentVectors.build
    pipeline.DocumentVectors = type("TimedVectors", (), {  # type: ignore[misc]
        "build": staticmethod(timer.wrap("DocumentVectors.build", build))})
    pipeline.get_scorer = lambda name: _TimedScorer(timer, name)  # type: ignore[assignment]


def passes(texts: list[str]) -> list[dict[str, float]]:
    """CPU ms per article of each stage and in all, first pass (cold caches) then second."""
    timer = _Timer()
    _instrument(timer)
    pipeline.summarize(texts[0])  # tables and models load once per process: not per-article work
    found = []
    for _ in range(2):
        timer.spent = dict.fromkeys(STAGES, 0.0)
        started = time.process_time()
        for text in texts:
            try:
                pipeline.summarize(text)
            except InputError:
                pass
        total = time.process_time() - started
        row = {name: 1000 * spent / len(texts) for name, spent in timer.spent.items()}
        row["other"] = 1000 * total / len(texts) - sum(row.values())
        row["total"] = 1000 * total / len(texts)
        found.append(row)
    return found


def main() -> None:
    texts = dev_texts(__doc__.splitlines()[0])
    cold, warm = passes(texts)
    lines = [f"## CPU time by stage (`python bench/stages.py --articles {len(texts)}`; {machine()})", "",
             f"One process, {len(texts)} SaudiNewsNet dev articles twice: per-word caches empty at the "
             "start of the first pass (as in the throughput benchmark), full in the second; "
             f"Khulasa {compiled.STATUS}.", "",
             "| stage | first pass, ms | share | second pass, ms | first − second |", "|---|---|---|---|---|",
             *[f"| {name} | {cold[name]:.3f} | {cold[name] / cold['total']:.0%} | {warm[name]:.3f} | "
               f"{cold[name] - warm[name]:+.3f} |" for name in cold],
             "", "CPU ms per article. `other`: the pipeline's own steps between stages (input checks, the "
             "summary's records) and the cycle collector's pass when an article ends."]
    save_section("stages", lines)


if __name__ == "__main__":
    main()
