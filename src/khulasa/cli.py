"""Command line: parse arguments, call the library, format the result. No logic lives here."""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from enum import Enum
from importlib import resources
from pathlib import Path
from typing import NoReturn, Optional

import typer

from khulasa.batch.rows import BatchOptions
from khulasa.config import DEFAULT_MAX_INPUT_BYTES, SummaryConfig
from khulasa.errors import InputError
from khulasa.summarize.pipeline import summarize
from khulasa.summary import Summary
from khulasa.text.inputs import decode_input

app = typer.Typer(
    help="Khulasa (خلاصة): headline, highlights and extractive summary for Arabic news.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)

# Right-to-left mark: lets bidi-aware terminals lay each Arabic line out right to left.
RLM = "\u200f"


class OutputFormat(str, Enum):
    text = "text"
    json = "json"
    markdown = "markdown"


def fail(message: str) -> NoReturn:
    """One line on stderr and exit status 2: how every bad input ends."""
    typer.echo(f"khulasa: error: {message}", err=True)
    raise typer.Exit(code=2)


def read_input(source: str, max_bytes: int) -> str:
    """The article text from a file path or '-' (stdin), checked for size, binary and UTF-8."""
    if source == "-":
        if sys.stdin is None or sys.stdin.isatty():
            fail("no input: give a FILE, '-' with text piped in, or --example")
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        path = Path(source)
        if not path.exists():
            fail(f"no such file: {source}")
        if not path.is_file():
            fail(f"not a regular file: {source}")
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    return decode_input(data, max_bytes)


def example_article() -> str:
    """The bundled example: a real Emirati news article with the paper's highlight box."""
    return resources.files("khulasa.data").joinpath("example-article.txt").read_text("utf-8")


def render_text(summary: Summary) -> str:
    """A plain, RTL-friendly view for terminals: every line starts with a right-to-left mark."""
    lines = [f"العنوان: {summary.headline.text}", "", "أبرز النقاط:"]
    lines += [f"  • {h.text}" for h in summary.highlights]
    lines += ["", "الملخص:"]
    lines += [f"  {n}. {s.text}" for n, s in enumerate(summary.sentences, 1)]
    if summary.keywords:
        lines += ["", "الكلمات المفتاحية: " + "، ".join(summary.keywords)]
    lines += [f"ملاحظة: {note}" for note in summary.notes]
    return "\n".join(RLM + line if line else line for line in lines)


def render_markdown(summary: Summary) -> str:
    """Markdown wrapped in an RTL block, for pasting into notes and issue trackers."""
    parts = ['<div dir="rtl" lang="ar">', "", f"# {summary.headline.text}", "", "## أبرز النقاط", ""]
    parts += [f"- {h.text}" for h in summary.highlights]
    parts += ["", "## الملخص", ""]
    parts += [" ".join(s.text for s in summary.sentences), ""]
    if summary.keywords:
        parts += ["**الكلمات المفتاحية:** " + "، ".join(summary.keywords), ""]
    parts += [f"> {note}" for note in summary.notes]
    parts.append("</div>")
    return "\n".join(parts)


@app.command("summarize")
def summarize_command(
    source: str = typer.Argument("-", metavar="[FILE|-]", help="Article file, or - for stdin."),
    sentences: int = typer.Option(3, "--sentences", "-n", min=1, help="Summary sentences."),
    words: Optional[int] = typer.Option(
        None, "--words", "-w", min=1, help="Word budget instead of a sentence count."
    ),
    highlights: int = typer.Option(5, "--highlights", "-k", min=1, max=6, help="Key points."),
    output_format: OutputFormat = typer.Option(
        OutputFormat.text, "--format", "-f", help="text, json (docs/summary.schema.json) or markdown."
    ),
    example: bool = typer.Option(False, "--example", help="Summarize the bundled example article."),
    max_bytes: int = typer.Option(
        DEFAULT_MAX_INPUT_BYTES, "--max-bytes", min=1, help="Refuse larger input."
    ),
) -> None:
    """Summarize one Arabic news article: headline, highlights, summary sentences, key phrases."""
    config = SummaryConfig(
        sentences=sentences, words=words, highlights=highlights, max_input_bytes=max_bytes
    )
    try:
        text = example_article() if example else read_input(source, max_bytes)
        summary = summarize(text, config)
    except InputError as error:
        fail(str(error))
    except OSError as error:
        fail(f"cannot read {source}: {error.strerror}")
    if output_format is OutputFormat.json:
        typer.echo(summary.to_json(indent=2))
    elif output_format is OutputFormat.markdown:
        typer.echo(render_markdown(summary))
    else:
        typer.echo(render_text(summary))


@app.command("serve")
def serve_command(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind (loopback by default)."),
    port: int = typer.Option(8000, "--port", min=0, max=65535, help="TCP port."),
    max_batch: int = typer.Option(32, "--max-batch", min=1, help="Articles per batch request."),
    timeout: float = typer.Option(30.0, "--timeout", min=0.1, help="Seconds per request."),
    max_bytes: int = typer.Option(
        DEFAULT_MAX_INPUT_BYTES, "--max-bytes", min=1, help="Largest request body."
    ),
    threads: int = typer.Option(
        0, "--threads", min=0, help="Summarizer threads (0: one per CPU, at most 4)."
    ),
    access_log: bool = typer.Option(True, "--access-log/--no-access-log", help="Log requests."),
) -> None:
    """Start the HTTP API and the right-to-left web page (needs the `serve` extra)."""
    try:
        import uvicorn

        from khulasa.service import ServiceSettings, create_app
    except ImportError as error:
        fail(
            f"the HTTP service needs the serve extra ({error.name} is missing): "
            "pip install 'khulasa[serve]'"
        )
    settings = ServiceSettings(
        max_body_bytes=max_bytes, max_batch=max_batch, timeout_seconds=timeout
    )
    if threads:
        settings = replace(settings, workers=threads)
    if host not in ("127.0.0.1", "localhost", "::1"):
        typer.echo(f"khulasa: note: listening on {host}, not only on this machine", err=True)
    uvicorn.run(create_app(settings), host=host, port=port, access_log=access_log)


@app.command("evaluate")
def evaluate_command(
    corpus: str = typer.Option("easc", "--corpus", help="easc, saudinewsnet, or a .jsonl/.csv/.parquet file."),
    split: str = typer.Option("test", "--split", help="train, dev or test (test reads dev: see RESULTS)."),
    systems: Optional[str] = typer.Option(None, "--systems", help="Comma-separated; default all."),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="First N articles only."),
    rouge_setting: str = typer.Option("khulasa", "--rouge", help="khulasa (normalized, stemmed) or xlsum."),
    json_path: Optional[Path] = typer.Option(None, "--json", help="Also write the report here."),
    text_column: str = typer.Option("text", "--text-column", help="For a file: the article column."),
    summary_columns: str = typer.Option("summaries", "--summary-columns", help="For a file: reference column(s), comma-separated."),
    wellformed: bool = typer.Option(False, "--wellformed", help="Instead of ROUGE: share of headlines, highlights and key phrases with each editor's fault."),
) -> None:
    """ROUGE of Khulasa and its peers (LEAD, random, TextRank, LexRank, oracle) on a corpus."""
    from khulasa.eval import report

    if wellformed:
        from khulasa.eval import wellformed as checks

        try:
            found = checks.measure_corpus(corpus, split, limit)
        except (ValueError, FileNotFoundError) as error:
            fail(str(error))
        checks.print_report(found)
        if json_path:
            report.write_json(found, json_path)
        return

    try:
        result = report.run_evaluation(
            corpus, split, systems.split(",") if systems else None, limit, rouge_setting,
            text_column, tuple(summary_columns.split(",")),
        )
    except (ValueError, FileNotFoundError) as error:
        fail(str(error))
    report.print_report(result)
    if json_path:
        report.write_json(result, json_path)


@app.command("batch")
def batch_command(
    source: str = typer.Argument(..., metavar="INPUT", help="A .jsonl/.jsonl.gz/.csv/.parquet file (with --engine dask: a folder or glob)."),
    out: Path = typer.Option(..., "--out", "-o", help="Output file (.jsonl/.csv/.parquet); with --engine dask a folder."),
    jobs: int = typer.Option(os.cpu_count() or 1, "--jobs", "-j", min=1, help="Worker processes (default: all cores)."),
    resume: bool = typer.Option(False, "--resume", help="Skip rows already in OUTPUT and append the rest."),
    id_column: str = typer.Option("id", "--id-column", help="Column with the article id (else the row number)."),
    text_column: str = typer.Option("text", "--text-column", help="Column with the article text."),
    sentences: int = typer.Option(3, "--sentences", "-n", min=1, help="Summary sentences."),
    highlights: int = typer.Option(5, "--highlights", "-k", min=1, max=6, help="Key points."),
    keep_source: bool = typer.Option(False, "--keep-source", help="Also write the repaired text the offsets point into."),
    engine: str = typer.Option("local", "--engine", help="local (processes on this machine) or dask."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask scheduler address (default: a LocalCluster)."),
) -> None:
    """Summarize every article of a file (or, with Dask, of a folder of files): one output record
    per input row, a summary or an error with its reason; progress on stderr."""
    from khulasa.batch.progress import run_with_progress

    options = BatchOptions(id_column, text_column, SummaryConfig(sentences=sentences, highlights=highlights), keep_source)
    if engine not in ("local", "dask"):
        fail(f"unknown engine {engine!r}: use local or dask")
    try:
        report = run_with_progress(source, out, options, jobs=jobs, resume=resume, engine=engine, scheduler=scheduler)
    except (ValueError, FileNotFoundError, OSError) as error:
        fail(str(error))
    errors = ", ".join(f"{reason} {count}" for reason, count in sorted(report.errors.items())) or "none"
    typer.echo(
        f"rows {report.rows:,}: ok {report.ok:,}, errors {sum(report.errors.values()):,} ({errors}), "
        f"already done {report.resumed:,}; {report.seconds:.1f} s, {report.articles_per_second:.1f} articles/s",
        err=True,
    )


@app.callback()
def root() -> None:
    """Khulasa (خلاصة): headline, highlights and extractive summary for Arabic news."""


def main() -> None:
    """Console-script entry point."""
    app()
