"""Batch runs: nothing lost, order kept, resume after a kill, three formats, Dask = local."""

from __future__ import annotations

import gzip
import json
import signal
import subprocess
import sys
import time
from itertools import islice
from pathlib import Path

import pytest

from khulasa.batch.local import run_batch
from khulasa.batch.rows import BatchOptions

OPTIONS = BatchOptions()


def real_articles(shared_data: Path, count: int) -> list[dict]:
    with gzip.open(shared_data / "saudinewsnet/dev.jsonl.gz", "rt", encoding="utf-8") as lines:
        return [json.loads(line) for line in islice(lines, count)]


def write_jsonl(path: Path, rows: list) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in rows), encoding="utf-8")
    return path


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def test_small_batch_without_corpus(tmp_path: Path, example_text: str) -> None:
    rows = [{"id": "a", "text": example_text}, {"id": "b", "text": ""}, "{broken", {"id": "d"},
            {"id": "e", "text": "plain English text with no Arabic"}, {"id": "f", "text": "نص\x00ثنائي عربي هنا"}]
    out = tmp_path / "out.jsonl"
    report = run_batch(write_jsonl(tmp_path / "in.jsonl", rows), out, OPTIONS, jobs=1)
    records = read_jsonl(out)
    assert [r["id"] for r in records] == ["a", "b", "3", "d", "e", "f"]
    assert [r["status"] for r in records] == ["ok"] + ["error"] * 5
    assert [r["error_reason"] for r in records[1:]] == ["empty", "malformed", "malformed", "not_arabic", "binary"]
    assert "أنقرة" in records[0]["headline"]["text"] or records[0]["highlights"]
    assert report.ok == 1 and sum(report.errors.values()) == 5 and report.rows == 6


def test_thousand_rows_with_fifty_malformed(tmp_path: Path, shared_data: Path) -> None:
    articles = real_articles(shared_data, 950)
    bad = ["{not json", {"id": "m", "title": "no text"}, {"id": "b", "text": "\x00\x01binary"},
           {"id": "e", "text": "   "}, {"id": "n", "text": "English news only, nothing Arabic."}]
    rows: list = []
    for i, article in enumerate(articles):
        rows.append({"id": article["id"], "text": article["text"]})
        if i % 19 == 0 and len(rows) < 1000:
            template = bad[(i // 19) % len(bad)]
            rows.append(template if isinstance(template, str) else {**template, "id": f"bad-{i}"})
    rows = rows[:1000]
    malformed = sum(1 for r in rows if isinstance(r, str) or str(r.get("id", "")).startswith("bad-"))
    assert malformed == 50
    out = tmp_path / "out.jsonl"
    report = run_batch(write_jsonl(tmp_path / "in.jsonl", rows), out, OPTIONS, jobs=2)
    records = read_jsonl(out)
    assert len(records) == 1000 and report.rows == 1000
    assert report.ok == 950 and sum(report.errors.values()) == 50
    assert all(r["error_reason"] and r["id"] for r in records if r["status"] == "error")
    assert [r["line"] for r in records] == list(range(1, 1001))


def test_killed_run_resumes_to_the_same_output(tmp_path: Path, shared_data: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": a["id"], "text": a["text"]} for a in real_articles(shared_data, 300)])
    whole = tmp_path / "whole.jsonl"
    run_batch(source, whole, OPTIONS, jobs=2)
    resumed = tmp_path / "resumed.jsonl"
    command = [sys.executable, "-m", "khulasa", "batch", str(source), "--out", str(resumed), "--jobs", "1"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while (not resumed.exists() or resumed.read_text("utf-8").count("\n") < 40) and time.monotonic() < deadline:
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    partial = resumed.read_text("utf-8").count("\n")
    assert 0 < partial < 300
    result = subprocess.run(command + ["--resume"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "already done" in result.stderr
    assert resumed.read_text("utf-8") == whole.read_text("utf-8")


@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_csv_and_parquet_round_trip(tmp_path: Path, example_text: str, suffix: str) -> None:
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    table = pa.table({"doc": ["x1", "x2"], "body": [example_text, ""]})
    source = tmp_path / f"in{suffix}"
    if suffix == ".csv":
        _write_csv(source, table)
    else:
        pq.write_table(table, source)
    out = tmp_path / f"out{suffix}"
    report = run_batch(source, out, BatchOptions(id_column="doc", text_column="body"), jobs=1)
    assert report.ok == 1 and report.errors == {"empty": 1}
    if suffix == ".csv":
        import csv

        with out.open(encoding="utf-8", newline="") as handle:
            records = list(csv.DictReader(handle))
    else:
        records = pq.read_table(out).to_pylist()
    assert [r["id"] for r in records] == ["x1", "x2"]
    assert json.loads(records[0]["highlights"]) and records[1]["error_reason"] == "empty"


def _write_csv(path: Path, table) -> None:  # type: ignore[no-untyped-def]
    import csv

    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(table.column_names)
        writer.writerows(zip(*(table.column(c).to_pylist() for c in table.column_names), strict=True))


def test_parquet_output_cannot_resume(tmp_path: Path, example_text: str) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": example_text}])
    with pytest.raises(ValueError, match="resume"):
        run_batch(source, tmp_path / "out.parquet", OPTIONS, jobs=1, resume=True)


def test_dask_engine_equals_local_engine(tmp_path: Path, shared_data: Path) -> None:
    pytest.importorskip("distributed")
    from khulasa.batch.distributed import run_dask

    articles = [{"id": a["id"], "text": a["text"]} for a in real_articles(shared_data, 40)]
    parts = tmp_path / "parts"
    parts.mkdir()
    write_jsonl(parts / "p1.jsonl", articles[:20])
    write_jsonl(parts / "p2.jsonl", articles[20:] + ["{broken"])
    report = run_dask(str(parts), tmp_path / "dask_out", OPTIONS, jobs=2)
    assert report.rows == 41 and report.ok == 40 and report.errors == {"malformed": 1}
    for name in ("p1.jsonl", "p2.jsonl"):
        local = tmp_path / f"local_{name}"
        run_batch(parts / name, local, OPTIONS, jobs=1)
        assert (tmp_path / "dask_out" / name).read_text("utf-8") == local.read_text("utf-8")


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["missing.jsonl", "--out", "out.jsonl"], "no such file"),
        (["in.jsonl", "--out", "out.txt"], "unsupported file type"),
        (["in.jsonl", "--out", "out.parquet", "--resume"], "--resume needs JSONL or CSV"),
        (["in.jsonl", "--out", "out.jsonl", "--engine", "spark"], "unknown engine"),
    ],
)
def test_batch_command_errors_are_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           arguments: list[str], message: str) -> None:
    from typer.testing import CliRunner

    from khulasa.cli import app

    monkeypatch.chdir(tmp_path)
    write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": "نص عربي قصير للتجربة هنا."}])
    result = CliRunner().invoke(app, ["batch", *arguments])
    assert result.exit_code == 2
    assert message in result.stderr and result.stderr.count("\n") == 1
