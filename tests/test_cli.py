"""The command line: example run, formats, and one-line errors with exit status 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from khulasa.cli import app

runner = CliRunner()


def test_example_text_view() -> None:
    result = runner.invoke(app, ["summarize", "--example"])
    assert result.exit_code == 0
    assert "أبرز النقاط" in result.stdout and "الملخص" in result.stdout
    assert "أنقرة وواشنطن" in result.stdout


def test_json_format_from_stdin(example_text: str) -> None:
    result = runner.invoke(app, ["summarize", "-", "--format", "json", "-n", "2", "-k", "4"], input=example_text)
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert len(data["sentences"]) == 2 and len(data["highlights"]) == 4
    assert data["schema_version"] == 1


def test_markdown_format_is_rtl(tmp_path: Path, example_text: str) -> None:
    article = tmp_path / "article.txt"
    article.write_text(example_text, encoding="utf-8")
    result = runner.invoke(app, ["summarize", str(article), "--format", "markdown"])
    assert result.exit_code == 0
    assert result.stdout.startswith('<div dir="rtl" lang="ar">')


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"   \n  ", "empty"),
        (b"Only English text, no Arabic at all in this article.", "no Arabic"),
        (b"\x00\x01\x02\x03 binary \x00", "binary"),
        ("خبر عربي قصير".encode() + b"\xff\xfe", "UTF-8"),
    ],
)
def test_bad_files_get_one_line_errors(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    result = runner.invoke(app, ["summarize", str(path)])
    assert result.exit_code == 2
    assert message in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_missing_file_and_size_limit(tmp_path: Path, example_text: str) -> None:
    missing = runner.invoke(app, ["summarize", str(tmp_path / "nope.txt")])
    assert missing.exit_code == 2 and "no such file" in missing.stderr
    path = tmp_path / "big.txt"
    path.write_text(example_text, encoding="utf-8")
    big = runner.invoke(app, ["summarize", str(path), "--max-bytes", "1000"])
    assert big.exit_code == 2 and "limit is 1,000" in big.stderr


def test_installed_entry_point_runs() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "khulasa", "summarize", "--example", "--format", "json"],
        capture_output=True, text=True, encoding="utf-8", check=True,
    )
    assert json.loads(result.stdout)["headline"]["text"]


def run_cli(*args: str, prelude: str = "", **kwargs: object) -> subprocess.CompletedProcess[str]:
    """The console entry point in a fresh interpreter, after `prelude` (e.g. hiding a module)."""
    code = f"import sys\n{prelude}\nfrom khulasa.cli import main\nsys.argv = ['khulasa', *{list(args)!r}]\nmain()"
    streams = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, **kwargs}
    return subprocess.run([sys.executable, "-c", code], text=True, encoding="utf-8",
                          **streams)  # type: ignore[call-overload]


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr, result.stderr
    return result.stderr


@pytest.mark.parametrize(
    ("module", "command", "extra"),
    [
        ("rouge_score", ["evaluate", "--corpus", "easc", "--limit", "1"], "eval"),
        ("pyarrow", ["batch", "{jsonl}", "--out", "{tmp}/out.parquet"], "parquet"),
        ("distributed", ["batch", "{tmp}", "--out", "{tmp}/out", "--engine", "dask"], "dask"),
        ("pyarrow", ["digest", "{tmp}/in.parquet"], "parquet"),
        ("distributed", ["digest", "{jsonl}", "--by", "day", "--out", "{tmp}/d", "--engine", "dask"], "dask"),
        ("uvicorn", ["serve", "--port", "0"], "serve"),
    ],
)
def test_command_without_its_extra_says_which_to_install(
    tmp_path: Path, example_text: str, module: str, command: list[str], extra: str
) -> None:
    jsonl = tmp_path / "articles.jsonl"
    jsonl.write_text(json.dumps({"id": "a", "text": example_text}, ensure_ascii=False) + "\n", "utf-8")
    args = [a.format(jsonl=jsonl, tmp=tmp_path) for a in command]
    result = run_cli(*args, prelude=f"sys.modules[{module!r}] = None", timeout=120)
    assert f"pip install 'khulasa[{extra}]'" in one_line_error(result)
    assert f"({module} is missing)" in result.stderr


def test_library_evaluate_without_the_eval_extra_names_it() -> None:
    code = ("import sys; sys.modules['sumy'] = None\nimport khulasa\n"
            "try:\n    khulasa.evaluate\nexcept ImportError as error:\n    print(error)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == (
        "khulasa.evaluate needs the eval extra (sumy is missing): pip install 'khulasa[eval]'"
    )


def test_version() -> None:
    from khulasa import __version__, compiled

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.strip() == f"khulasa {__version__} ({compiled.STATUS})"


def test_file_and_example_together_are_refused(tmp_path: Path, example_text: str) -> None:
    path = tmp_path / "article.txt"
    path.write_text(example_text, encoding="utf-8")
    result = runner.invoke(app, ["summarize", str(path), "--example"])
    assert result.exit_code == 2 and "not both" in result.stderr
    assert result.stderr.count("\n") == 1


def test_size_refusal_gives_the_real_size(tmp_path: Path, example_text: str) -> None:
    path = tmp_path / "article.txt"
    path.write_text(example_text * 3, encoding="utf-8")
    size = path.stat().st_size
    result = runner.invoke(app, ["summarize", str(path), "--max-bytes", "100"])
    assert result.exit_code == 2 and f"input is {size:,} bytes; the limit is 100" in result.stderr
    with path.open("rb") as redirected:  # stdin redirected from the file: measured too
        piped = run_cli("summarize", "-", "--max-bytes", "100", stdin=redirected)
    assert f"input is {size:,} bytes" in one_line_error(piped)


def test_word_budget_below_one_sentence_gets_a_note_in_arabic() -> None:
    result = runner.invoke(app, ["summarize", "--example", "--words", "5"])
    assert result.exit_code == 0
    assert "ملاحظة: جملة الملخص فيها 62 كلمة، أكثر من الحد المطلوب (5)" in result.stdout
    data = json.loads(runner.invoke(app, ["summarize", "--example", "-w", "5", "-f", "json"]).stdout)
    assert [note["code"] for note in data["notes"]] == ["over_budget"]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
def test_full_disk_is_one_line_error() -> None:
    with open("/dev/full", "w") as full:
        result = run_cli("summarize", "--example", "-f", "json", stdout=full)
    assert "No space left on device" in one_line_error(result)


def test_root_help_has_no_hard_break_inside_a_command_description() -> None:
    import os

    result = run_cli("--help", env={**os.environ, "COLUMNS": "200"})
    batch = [line for line in result.stdout.splitlines() if "│ batch" in line]
    assert len(batch) == 1 and batch[0].rstrip(" │").endswith("one record per row.")


def test_evaluate_table_does_not_wrap_when_piped(tmp_path: Path, example_text: str) -> None:
    pytest.importorskip("rouge_score", reason="the eval extra")
    corpus = tmp_path / "mine.jsonl"
    first = example_text.split(".")[0]
    corpus.write_text(json.dumps({"text": example_text, "summaries": [first]}, ensure_ascii=False) + "\n", "utf-8")
    import os

    env = {key: value for key, value in os.environ.items() if key != "COLUMNS"}
    result = run_cli("evaluate", "--corpus", str(corpus), "--systems", "lead,khulasa", env=env)
    assert result.returncode == 0, result.stderr
    rows = [line for line in result.stdout.splitlines() if line.startswith("│")]
    assert len(rows) == 2 and all(line.rstrip().endswith("│") for line in rows)
    assert max(len(line) for line in result.stdout.splitlines()) > 80
    assert "p 1.000" in rows[0]  # the last column of the lead row is on the same line


def test_library_does_not_import_the_command_line() -> None:
    import ast

    package = Path(__file__).resolve().parents[1] / "src" / "khulasa"
    importers = []
    for module in package.rglob("*.py"):
        for node in ast.walk(ast.parse(module.read_text("utf-8"))):
            names = ([node.module or ""] if isinstance(node, ast.ImportFrom)
                     else [a.name for a in node.names] if isinstance(node, ast.Import) else [])
            if "khulasa.cli" in names:
                importers.append(module.relative_to(package).as_posix())
    assert importers == ["__main__.py"]


def test_batch_takes_a_word_budget(tmp_path: Path, example_text: str) -> None:
    source = tmp_path / "articles.jsonl"
    source.write_text(json.dumps({"id": "a", "text": example_text}, ensure_ascii=False) + "\n", "utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["batch", str(source), "--out", str(out), "--jobs", "1", "--words", "5"])
    assert result.exit_code == 0, result.stderr
    record = json.loads(out.read_text("utf-8"))
    assert len(record["sentences"]) == 1
    assert [note["code"] for note in record["notes"]] == ["over_budget"]
