"""Command line: parse arguments, call the library, format the result. No logic lives here."""

from __future__ import annotations

import os
import resource
import stat
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from enum import Enum
from pathlib import Path
from typing import NoReturn, Optional

import typer

from khulasa import __version__, compiled
from khulasa.batch.rows import DEFAULT_ROW_MEMORY, DEFAULT_ROW_SECONDS, BatchOptions
from khulasa.budget import limit_memory, mapped_bytes, within
from khulasa.config import DEFAULT_MAX_INPUT_BYTES, SummaryConfig
from khulasa.data import example_article
from khulasa.errors import InputError
from khulasa.extras import install_hint, require
from khulasa.rank import get_scorer
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
# `summarize` answers within 10 s and 1 GiB whatever the input: the work stops at these.
SUMMARIZE_SECONDS = 6.0
SUMMARIZE_MEMORY = 768 << 20


class OutputFormat(str, Enum):
    text = "text"
    json = "json"
    markdown = "markdown"


def fail(message: str) -> NoReturn:
    """One line on stderr and exit status 2: how every bad input ends."""
    typer.echo(f"khulasa: error: {message}", err=True)
    raise typer.Exit(code=2)


def read_input(source: str, max_bytes: int) -> str:
    """The article text from a file path or '-' (stdin), checked for size, binary and UTF-8.

    A file (or stdin redirected from one) is measured before it is read, so a refusal gives its
    real size; a pipe is read up to the limit only.
    """
    if source == "-":
        if sys.stdin is None or sys.stdin.isatty():
            fail("no input: give a FILE, '-' with text piped in, or --example")
        try:
            status: os.stat_result | None = os.fstat(sys.stdin.fileno())
        except (OSError, ValueError):  # no file descriptor behind stdin (a test runner's)
            status = None
        if status is not None:
            _check_size(status, max_bytes)
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        path = Path(source)
        if not path.exists():
            fail(f"no such file: {source}")
        if not path.is_file():
            fail(f"not a regular file: {source}")
        _check_size(path.stat(), max_bytes)
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        fail(f"input is more than {max_bytes:,} bytes (the limit)")
    return decode_input(data, max_bytes)


def _check_size(status: os.stat_result, max_bytes: int) -> None:
    if stat.S_ISREG(status.st_mode) and status.st_size > max_bytes:
        fail(f"input is {status.st_size:,} bytes; the limit is {max_bytes:,}")


def missing_extra(what: str, *modules: str) -> None:
    """Exit 2 with a one-line install hint if an optional dependency of `what` is missing."""
    try:
        require(what, *modules)
    except ImportError as error:
        fail(str(error))


@contextmanager
def bounded(seconds: float, memory: int) -> Iterator[None]:
    """Run the block within `seconds` and `memory` bytes beyond the process's current address
    space (khulasa.budget), then lift the memory cap again (the CLI may run inside a caller)."""
    previous = resource.getrlimit(resource.RLIMIT_AS)
    limit_memory(mapped_bytes() + memory)
    try:
        with within(seconds):
            yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, previous)



def render_text(summary: Summary) -> str:
    """A plain, RTL-friendly view for terminals: every line starts with a right-to-left mark."""
    lines = [f"العنوان: {summary.headline.text}", "", "أبرز النقاط:"]
    lines += [f"  • {h.text}" for h in summary.highlights]
    lines += ["", "الملخص:"]
    lines += [f"  {n}. {s.text}" for n, s in enumerate(summary.sentences, 1)]
    if summary.keywords:
        lines += ["", "الكلمات المفتاحية: " + "، ".join(summary.keywords)]
    lines += [f"ملاحظة: {note.arabic}" for note in summary.notes]
    return "\n".join(RLM + line if line else line for line in lines)


def render_markdown(summary: Summary) -> str:
    """Markdown wrapped in an RTL block, for pasting into notes and issue trackers."""
    parts = ['<div dir="rtl" lang="ar">', "", f"# {summary.headline.text}", "", "## أبرز النقاط", ""]
    parts += [f"- {h.text}" for h in summary.highlights]
    parts += ["", "## الملخص", ""]
    parts += [" ".join(s.text for s in summary.sentences), ""]
    if summary.keywords:
        parts += ["**الكلمات المفتاحية:** " + "، ".join(summary.keywords), ""]
    parts += [f"> {note.arabic}" for note in summary.notes]
    parts.append("</div>")
    return "\n".join(parts)


@app.command("summarize")
def summarize_command(
    source: str = typer.Argument("-", metavar="[FILE|-]", help="Article file, or - for stdin."),
    sentences: int = typer.Option(
        3, "--sentences", "-n", min=1,
        help="At most this many summary sentences (a third of the article's, at least one).",
    ),
    words: Optional[int] = typer.Option(
        None, "--words", "-w", min=1, help="Word budget instead of a sentence count."
    ),
    highlights: int = typer.Option(5, "--highlights", "-k", min=1, max=6, help="Key points."),
    scorer: str = typer.Option(
        "lead", "--scorer", help="lead (the default: the article's order), learned or centrality."
    ),
    output_format: OutputFormat = typer.Option(
        OutputFormat.text, "--format", "-f", help="text, json (docs/summary.schema.json) or markdown."
    ),
    example: bool = typer.Option(False, "--example", help="Summarize the bundled example article."),
    max_bytes: int = typer.Option(
        DEFAULT_MAX_INPUT_BYTES, "--max-bytes", min=1, help="Refuse larger input."
    ),
) -> None:
    """Summarize one Arabic news article: headline, highlights, summary sentences, key phrases."""
    if example and source != "-":
        fail(f"give a FILE or --example, not both (got {source})")
    try:
        config = SummaryConfig(sentences=sentences, words=words, highlights=highlights,
                               scorer=scorer, max_input_bytes=max_bytes)
        get_scorer(scorer)
    except ValueError as error:
        fail(str(error))
    try:
        text = example_article() if example else read_input(source, max_bytes)
        with bounded(SUMMARIZE_SECONDS, SUMMARIZE_MEMORY):
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
    max_digest: int = typer.Option(500, "--max-digest", min=1, help="Articles per digest request."),
    timeout: float = typer.Option(30.0, "--timeout", min=0.1, help="Seconds per request; past it the work is stopped (504)."),
    max_bytes: int = typer.Option(
        DEFAULT_MAX_INPUT_BYTES, "--max-bytes", min=1, help="Largest request body."
    ),
    workers: int = typer.Option(0, "--workers", min=0, help="Summarizer processes (0: one per core)."),
    worker_memory: int = typer.Option(640, "--worker-memory", min=64, help="Memory cap of each worker, MiB (address space)."),
    read_timeout: float = typer.Option(10.0, "--read-timeout", min=0.1, help="Seconds for a request's headers, and for its body, to arrive."),
    allow_hosts: Optional[list[str]] = typer.Option(
        None, "--allow-host", help="Host header to accept (repeatable; '*': any). Default: localhost, 127.0.0.1, ::1."
    ),
    access_log: bool = typer.Option(True, "--access-log/--no-access-log", help="Log requests."),
) -> None:
    """Start the HTTP API and the right-to-left web page (needs the `serve` extra)."""
    try:
        from khulasa.service import ServiceSettings
        from khulasa.service.server import serve
    except ImportError as error:
        fail(install_hint(error, "khulasa serve"))
    settings = ServiceSettings(
        max_body_bytes=max_bytes,
        max_batch=max_batch,
        max_digest_articles=max_digest,
        timeout_seconds=timeout,
        worker_memory_bytes=worker_memory << 20,
        read_timeout_seconds=read_timeout,
    )
    if workers:
        settings = replace(settings, workers=workers)
    if allow_hosts:
        settings = replace(settings, allowed_hosts=tuple(allow_hosts))
    elif host not in ("0.0.0.0", "::", "", *settings.allowed_hosts):  # answer the bound address
        settings = replace(settings, allowed_hosts=(*settings.allowed_hosts, host))
    if host not in ("127.0.0.1", "localhost", "::1"):
        typer.echo(f"khulasa: note: listening on {host}, not only on this machine", err=True)
        if not allow_hosts and host in ("0.0.0.0", "::", ""):
            typer.echo("khulasa: note: only Host names in --allow-host are answered", err=True)
    serve(settings, host, port, access_log)


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
    missing_extra("khulasa evaluate", "rouge_score", "sumy")
    if corpus.endswith(".parquet"):
        missing_extra("khulasa evaluate on Parquet", "pyarrow")
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
    sentences: int = typer.Option(3, "--sentences", "-n", min=1, help="At most this many summary sentences (a third of each article's)."),
    words: Optional[int] = typer.Option(None, "--words", "-w", min=1, help="Word budget instead of a sentence count."),
    highlights: int = typer.Option(5, "--highlights", "-k", min=1, max=6, help="Key points."),
    keep_source: bool = typer.Option(False, "--keep-source", help="Also write the repaired text the offsets point into."),
    engine: str = typer.Option("local", "--engine", help="local (processes on this machine) or dask."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask scheduler address (default: a LocalCluster)."),
    time_limit: float = typer.Option(DEFAULT_ROW_SECONDS, "--time-limit", min=0, help="Seconds per row before it is stopped as too_slow (0: none)."),
    max_memory: int = typer.Option(DEFAULT_ROW_MEMORY >> 20, "--max-memory", min=0, help="MiB a row may use before it is stopped as too_large (0: none)."),
) -> None:
    """Summarize every article of a file (or, with Dask, a folder of files): one record per row.

    Each output record is a summary or an error with its reason; progress goes to stderr.
    """
    from khulasa.batch.progress import run_with_progress

    config = SummaryConfig(sentences=sentences, words=words, highlights=highlights)
    options = BatchOptions(id_column, text_column, config, keep_source, time_limit or None,
                           (max_memory << 20) or None)
    if engine not in ("local", "dask"):
        fail(f"unknown engine {engine!r}: use local or dask")
    if engine == "dask":
        missing_extra("khulasa batch --engine dask", "distributed")
    if ".parquet" in (Path(source).suffix, out.suffix):
        missing_extra("khulasa batch with Parquet", "pyarrow")
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


class DigestFormat(str, Enum):
    json = "json"
    markdown = "markdown"
    html = "html"


@app.command("digest")
def digest_command(
    source: str = typer.Argument(..., metavar="INPUT", help="A .jsonl/.jsonl.gz/.csv/.parquet file of articles (text; optional id, title, source, date, url)."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Output file (default: stdout); with --engine dask a folder, one file per day."),
    output_format: DigestFormat = typer.Option(DigestFormat.json, "--format", "-f", help="json (docs/digest.schema.json), markdown or html."),
    by: Optional[str] = typer.Option(None, "--by", help="day: stories never span two days, listed day by day."),
    min_sources: int = typer.Option(1, "--min-sources", min=1, help="List only stories carried by at least N papers."),
    window_days: int = typer.Option(1, "--window-days", min=0, help="Without --by day: most days apart two articles of one story may be."),
    engine: str = typer.Option("local", "--engine", help="local (this process) or dask (one task per day; needs --by day and --out DIR)."),
    jobs: int = typer.Option(os.cpu_count() or 1, "--jobs", "-j", min=1, help="Dask workers (default: all cores)."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask scheduler address (default: a LocalCluster)."),
    id_column: str = typer.Option("id", "--id-column", help="Column with the article id (else the row number)."),
    text_column: str = typer.Option("text", "--text-column", help="Column with the article text."),
    time_limit: float = typer.Option(DEFAULT_ROW_SECONDS, "--time-limit", min=0, help="Seconds per row before it is stopped as too_slow (0: none)."),
    max_memory: int = typer.Option(DEFAULT_ROW_MEMORY >> 20, "--max-memory", min=0, help="MiB a row may use before it is stopped as too_large, with --engine dask (0: none)."),
) -> None:
    """One entry per story from many articles: headline, a box of cited facts, the papers that
    carry it; every row lands in one story or in the errors (same reasons as batch)."""
    from khulasa.digest.archive import render
    from khulasa.digest.model import DigestConfig
    from khulasa.digest.progress import run_digest_archive, run_digest_local

    if by not in (None, "day"):
        fail(f"unknown --by {by!r}: use --by day")
    if engine not in ("local", "dask"):
        fail(f"unknown engine {engine!r}: use local or dask")
    if engine == "dask" and (by != "day" or out is None):
        fail("--engine dask digests one day per task: give --by day and --out DIR")
    if engine == "dask":
        missing_extra("khulasa digest --engine dask", "distributed")
    if Path(source).suffix == ".parquet":
        missing_extra("khulasa digest with Parquet", "pyarrow")
    config = DigestConfig(by_day=by == "day", window_days=window_days, min_sources=min_sources,
                          id_column=id_column, text_column=text_column, row_seconds=time_limit,
                          row_memory=max_memory << 20)
    try:
        if engine == "dask":
            assert out is not None
            report = run_digest_archive(Path(source), out, config, output_format.value, jobs, scheduler)
            errors = ", ".join(f"{r} {n}" for r, n in sorted(report.errors.items())) or "none"
            typer.echo(f"rows {report.rows:,} in {report.days} days: {report.stories:,} stories of "
                       f"{report.articles:,} articles, errors {sum(report.errors.values()):,} ({errors}); "
                       f"{report.seconds:.1f} s", err=True)
            return
        result = run_digest_local(Path(source), config)
        text = render(result, output_format.value, config.by_day)
        if out is None:
            typer.echo(text, nl=False)
        else:
            out.write_text(text, encoding="utf-8")
    except (ValueError, FileNotFoundError, OSError) as error:
        fail(str(error))
    articles = sum(s.article_count for s in result.stories) + len(result.omitted)
    typer.echo(f"stories {len(result.stories):,} of {articles:,} articles"
               f"{f' ({len(result.omitted):,} in stories below --min-sources)' if result.omitted else ''}, "
               f"errors {len(result.errors):,}", err=True)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"khulasa {__version__} ({compiled.STATUS})")  # and whether it runs compiled
        raise typer.Exit()


@app.callback()
def root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """Khulasa (خلاصة): headline, highlights and extractive summary for Arabic news."""


def main() -> None:
    """Console-script entry point; output that cannot be written (a full disk, a closed pipe)
    ends in one line on stderr and exit status 2."""
    try:
        app()
    except OSError as error:
        # Later writes to stdout would fail again at exit: point it at /dev/null first.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.stderr.write(f"khulasa: error: cannot write the output: {error.strerror or error}\n")
        sys.exit(2)
