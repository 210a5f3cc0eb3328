"""Run systems over a corpus, score them with ROUGE, and compare them with bootstrap statistics."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Iterable, Sequence
from importlib import metadata, resources
from itertools import islice
from pathlib import Path
from typing import Any

import numpy as np

from khulasa.eval.corpora import Article, CorpusReader, open_corpus, resolve_split
from khulasa.eval.rouge import ROUGE_TYPES, RougeSetting, rouge
from khulasa.eval.systems import System, headline_systems, summary_systems
from khulasa.text.tokens import words

BOOTSTRAP_SAMPLES = 1000
BOOTSTRAP_SEED = 0
HEADLINE_CORPORA = ("saudinewsnet",)
REPORTED_VERSIONS = ("khulasa", "rouge-score", "sumy", "numpy", "PyStemmer")


def bootstrap_interval(values: np.ndarray) -> tuple[float, float]:
    """95% percentile-bootstrap confidence interval of the mean (fixed seed)."""
    rng = np.random.default_rng(BOOTSTRAP_SEED)
    means = values[rng.integers(0, len(values), (BOOTSTRAP_SAMPLES, len(values)))].mean(axis=1)
    return float(np.percentile(means, 2.5)), float(np.percentile(means, 97.5))


def paired_bootstrap_p(ours: np.ndarray, theirs: np.ndarray) -> float:
    """Two-sided paired-bootstrap p-value that the mean difference of per-article scores is 0."""
    differences = ours - theirs
    rng = np.random.default_rng(BOOTSTRAP_SEED)
    samples = differences[rng.integers(0, len(differences), (BOOTSTRAP_SAMPLES, len(differences)))]
    means = samples.mean(axis=1)
    one_sided = min((means <= 0).mean(), (means >= 0).mean())
    return float(min(1.0, 2 * one_sided))


def reference_budget(article: Article) -> int:
    """The word budget: the mean word count of the article's references."""
    return max(1, round(statistics.mean(len(words(r)) for r in article.references)))


def _score_runs(
    articles: Sequence[Article],
    run: Callable[[Article], str | list[str]],
    setting: RougeSetting,
) -> tuple[dict[str, np.ndarray], float]:
    """Per-article F1 (×100) for each ROUGE type, and articles per second of `run` alone."""
    scores: dict[str, list[float]] = {kind: [] for kind in ROUGE_TYPES}
    if articles:
        run(articles[0])  # warm-up, untimed: models and caches load once, not in the first article
    elapsed = 0.0
    for article in articles:
        started = time.perf_counter()
        output = run(article)
        elapsed += time.perf_counter() - started
        for kind, score in rouge(output, article.references, setting).items():
            scores[kind].append(100 * score.f1)
    rate = len(articles) / elapsed if elapsed > 0 else float("inf")
    return {kind: np.array(values) for kind, values in scores.items()}, rate


Run = Callable[[Article], "str | list[str]"]


def _headline_runs() -> dict[str, Run]:
    def runner(system: Callable[[str], str]) -> Run:
        return lambda article: system(article.text)

    return {name: runner(system) for name, system in headline_systems().items()}


def _summary_runs(setting: RougeSetting) -> dict[str, Run]:
    def runner(system: System) -> Run:
        return lambda article: system(article.text, reference_budget(article), article.references)

    return {name: runner(system) for name, system in summary_systems(setting).items()}


def evaluate(
    corpus: str = "easc",
    split: str = "test",
    systems: Sequence[str] | None = None,
    limit: int | None = None,
    rouge_setting: RougeSetting = "khulasa",
    corpus_reader: CorpusReader | None = None,
    progress: Callable[[Iterable[Any], int, str], Iterable[Any]] | None = None,
) -> dict[str, Any]:
    """Score systems on a corpus split; a JSON-ready report with intervals and significance.

    EASC is a summary task (systems pick sentences within the mean reference length);
    SaudiNewsNet is a headline task (systems write a headline, scored against the title).
    `corpus_reader` evaluates a user's own file instead (see `eval.corpora.read_file`).
    """
    reader = corpus_reader or open_corpus(corpus, split)
    articles = list(islice(reader, limit))
    if not articles:
        raise ValueError(f"no usable articles in {reader.name} ({len(reader.problems)} problems)")
    headline_task = corpus_reader is None and corpus in HEADLINE_CORPORA
    available = _headline_runs() if headline_task else _summary_runs(rouge_setting)
    chosen = list(systems) if systems else list(available)
    unknown = [n for n in chosen if n not in available]
    if unknown:
        raise ValueError(f"unknown system(s) {', '.join(unknown)}; known: {', '.join(available)}")
    per_article: dict[str, dict[str, np.ndarray]] = {}
    results: dict[str, Any] = {}
    for name in chosen:
        items = progress(articles, len(articles), name) if progress else articles
        per_article[name], rate = _score_runs(list(items), available[name], rouge_setting)
        results[name] = {
            "articles_per_second": round(rate, 1),
            **{kind: _summary_stats(values) for kind, values in per_article[name].items()},
        }
    significance = {}
    if "khulasa" in per_article:
        for name in chosen:
            if name != "khulasa":
                significance[name] = {
                    kind: round(paired_bootstrap_p(per_article["khulasa"][kind], per_article[name][kind]), 4)
                    for kind in ("rouge1", "rouge2", "rougeL")
                }
    return {
        "corpus": reader.name if corpus_reader else corpus,
        "split": split,
        "split_read": split if corpus_reader else resolve_split(split),
        "task": "headline" if headline_task else "summary",
        "budget": "title (headline systems write ≤ 14 words)" if headline_task
        else "mean reference word count; whole sentences within it",
        "rouge": rouge_setting,
        "articles": len(articles),
        "problems": [{"line": p.line, "reason": p.reason} for p in reader.problems],
        "systems": results,
        "khulasa_vs": significance,
        "versions": _versions(),
    }


def _summary_stats(values: np.ndarray) -> dict[str, float]:
    low, high = bootstrap_interval(values)
    return {"f1": round(float(values.mean()), 2), "ci_low": round(low, 2), "ci_high": round(high, 2)}


def _versions() -> dict[str, str]:
    found = {}
    for package in REPORTED_VERSIONS:
        try:
            found[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            continue
    return found


def example_highlight_scores(rouge_setting: RougeSetting = "khulasa") -> dict[str, Any]:
    """ROUGE of Khulasa's highlights for the bundled example against the editor's own box."""
    from khulasa.data import example_article
    from khulasa.summarize.pipeline import summarize

    data = resources.files("khulasa.data")
    editor = data.joinpath("example-highlights.txt").read_text("utf-8").split("\n")
    editor = [line for line in editor if line.strip()]
    ours = [h.text for h in summarize(example_article()).highlights]
    scores = rouge(ours, ["\n".join(editor)], rouge_setting)
    return {
        "rouge": rouge_setting,
        "highlights": ours,
        "editor_highlights": editor,
        "max_words": max(len(words(h)) for h in ours),
        **{kind: {"precision": round(100 * s.precision, 2), "recall": round(100 * s.recall, 2),
                  "f1": round(100 * s.f1, 2)} for kind, s in scores.items()},
    }


def write_json(report: dict[str, Any], path: Path) -> None:
    """The report as readable UTF-8 JSON."""
    import json

    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
