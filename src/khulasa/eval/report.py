"""Show evaluation reports: a rich table with progress for people, JSON for the record."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, TypeVar

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from khulasa.eval.corpora import CORPORA, read_file
from khulasa.eval.run import evaluate, write_json

__all__ = ["print_report", "run_evaluation", "write_json"]
T = TypeVar("T")
_console = Console(stderr=True)


def _with_progress(items: Iterable[T], total: int, label: str) -> Iterable[T]:
    columns = (TextColumn("{task.description:<14}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=_console, transient=True) as progress:
        yield from progress.track(items, total=total, description=label)


def run_evaluation(
    corpus: str,
    split: str,
    systems: Sequence[str] | None,
    limit: int | None,
    rouge_setting: str,
    text_column: str = "text",
    summary_columns: tuple[str, ...] = ("summaries",),
) -> dict[str, Any]:
    """`evaluate` on a shared corpus, or on a user's file when `corpus` is not a corpus name."""
    if rouge_setting not in ("khulasa", "xlsum"):
        raise ValueError(f"unknown ROUGE setting {rouge_setting!r}: use khulasa or xlsum")
    reader = None
    if corpus not in CORPORA:
        reader = read_file(corpus, text_column=text_column, reference_columns=summary_columns)
    return evaluate(corpus, split, systems, limit, rouge_setting, reader, _with_progress)  # type: ignore[arg-type]


def _p(value: float) -> str:
    return "< 0.001" if value < 0.001 else f"{value:.3f}"


def print_report(report: dict[str, Any]) -> None:
    """The system × ROUGE table with 95% intervals, speed, and khulasa's significance."""
    console = Console()
    title = (f"{report['corpus']} {report['split']} (read: {report['split_read']}), "
             f"{report['articles']} articles, {report['task']} task, ROUGE '{report['rouge']}'")
    table = Table(title=title)
    table.add_column("system")
    for kind in ("R1", "R2", "RL"):
        table.add_column(f"{kind} F1 [95% CI]", justify="right")
    table.add_column("articles/s", justify="right")
    table.add_column("khulasa − it (R1), p", justify="right")
    for name, result in report["systems"].items():
        cells = [f"{result[k]['f1']:.2f} [{result[k]['ci_low']:.1f}, {result[k]['ci_high']:.1f}]"
                 for k in ("rouge1", "rouge2", "rougeL")]
        p = report["khulasa_vs"].get(name, {}).get("rouge1")
        ours = report["systems"].get("khulasa", {}).get("rouge1", {}).get("f1")
        versus = f"{ours - result['rouge1']['f1']:+.2f}, p {_p(p)}" if p is not None and ours is not None else ""
        table.add_row(name, *cells, f"{result['articles_per_second']:.0f}", versus)
    if not console.is_terminal:  # a pipe or a file: as wide as the table, never wrapped
        unbounded = console.options.update_width(1_000_000)
        console.width = max(console.width, console.measure(table, options=unbounded).maximum)
    console.print(table)
    console.print(f"budget: {report['budget']}")
    for problem in report["problems"]:
        console.print(f"skipped line {problem['line']}: {problem['reason']}")
