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
