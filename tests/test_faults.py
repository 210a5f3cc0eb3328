"""Faults: no row stops a batch or is lost, a killed or failed run resumes record-exactly, the
CLI answers pathological input in one line, and the Python API refuses what is not text."""

from __future__ import annotations

import csv
import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

import khulasa
from khulasa import InputError
from khulasa.batch import rows as batch_rows
from khulasa.batch import workers
from khulasa.batch.local import OutputError, run_batch
from khulasa.batch.rows import BatchOptions
from khulasa.records import Problem, csv_rows, jsonl_rows

BOM = b"\xef\xbb\xbf"


def line(row: dict[str, Any], ascii_only: bool = False) -> bytes:
    return json.dumps(row, ensure_ascii=ascii_only).encode("utf-8") + b"\n"


def records(path: Path) -> list[dict[str, Any]]:
    if path.suffix == ".csv":
        with path.open(encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(handle))
    return [json.loads(text) for text in path.read_text("utf-8").splitlines()]


def khulasa_cli(*arguments: str, memory: int = 2 << 30, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    """The command line in a subprocess under an address-space cap (prlimit)."""
    command = ["prlimit", f"--as={memory}", sys.executable, "-m", "khulasa", *arguments]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, **kwargs)


# --- Python API ---------------------------------------------------------------------------------


@pytest.mark.parametrize("value", [None, "نص".encode("utf-8"), 42])
def test_api_refuses_non_text_with_type_error(value: Any) -> None:
    with pytest.raises(TypeError, match="text must be str, not"):
        khulasa.summarize(value)


def test_api_refuses_lone_surrogate_and_output_is_utf8(example_text: str) -> None:
    with pytest.raises(InputError) as caught:
        khulasa.summarize(example_text + "\ud800")
    assert caught.value.reason == "invalid_utf8" and "U+D800" in str(caught.value)
    summary = khulasa.summarize(example_text)
    assert json.loads(summary.to_json().encode("utf-8")) == summary.to_dict()


# --- readers ------------------------------------------------------------------------------------


def test_jsonl_reader_bom_carriage_return_bad_bytes_and_depth(tmp_path: Path, example_text: str) -> None:
    path = tmp_path / "in.jsonl"
    with_cr = line({"id": "cr", "text": "أولاً\rثانياً"}).replace(b"\\r", b"\r")
    path.write_bytes(BOM + line({"id": "a", "text": example_text}) + with_cr
                     + line({"id": "u", "text": "نص"}).replace(b"\"u\"", b"\"\xff\"")
                     + b"[" * 100_000 + b"]" * 100_000 + b"\n" + line({"id": "s", "text": "\ud800"}, True))
    rows = list(jsonl_rows(path))
    assert [number for number, _ in rows] == [1, 2, 3, 4, 5]
    assert rows[0][1]["id"] == "a" and rows[1][1]["text"] == "أولاً\rثانياً"
    assert isinstance(rows[2][1], Problem) and rows[2][1].kind == "invalid_utf8"
    assert isinstance(rows[3][1], Problem) and "nested too deeply" in rows[3][1].reason
    assert rows[4][1]["text"] == "\ud800"


def test_cut_off_gzip_says_how_many_lines_were_read(tmp_path: Path, example_text: str) -> None:
    data = gzip.compress(b"".join(line({"id": str(i), "text": example_text}) for i in range(200)))
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    rows = list(jsonl_rows(path))
    last_line, problem = rows[-1]
    assert isinstance(problem, Problem) and last_line == len(rows)
    assert f"after {len(rows) - 1:,} lines" in problem.reason and "cut short" in problem.reason


def test_csv_reader_bom_long_field_and_bad_bytes(tmp_path: Path, example_text: str) -> None:
    long_text = (example_text + " ") * (140_000 // len(example_text))  # over the default 131,072
    assert len(long_text) > 131_072
    path = tmp_path / "in.csv"
    body = f'id,text\r\na,"{long_text}"\r\nb,نص عربي\r\nc,"{example_text}"\r\n'.encode()
    path.write_bytes(BOM + body.replace("نص عربي".encode(), b"\xff\xfe"))
    rows = list(csv_rows(path))
    assert rows[0][1]["id"] == "a" and rows[0][1]["text"] == long_text
    assert isinstance(rows[1][1], Problem) and rows[1][1].kind == "invalid_utf8"
    assert rows[2][1]["id"] == "c"
    over_the_limit = list(csv_rows(path, max_field=50_000))  # read whole: still one row
    assert [row["id"] for _, row in over_the_limit if not isinstance(row, Problem)] == ["a", "c"]
    beyond = list(csv_rows(path, max_field=10_000))  # past 4x the limit: a Problem, then "c"
    assert isinstance(beyond[0][1], Problem) and beyond[0][1].kind == "too_large"
    assert beyond[-1][1]["id"] == "c"


# --- batch: no row stops the run ------------------------------------------------------------------


def _faulty_summarize(text: str, config: Any) -> Any:
    """Fault injection, inherited by forked workers: a marker in the text picks the fault."""
    if "ALLOCATE" in text:
        bytearray(1 << 30)
    if "SPIN" in text:
        while True:
            pass
    if "STUCK" in text:  # as if stuck in C code: the alarm cannot interrupt it
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(60)
    if "CRASH" in text:
        os.kill(os.getpid(), signal.SIGSEGV)
    if "BUG" in text:
        raise IndexError("list index out of range")
    return khulasa.summarize(text, config)


def test_every_row_fault_becomes_its_error_record(tmp_path: Path, example_text: str,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch_rows, "summarize", _faulty_summarize)
    monkeypatch.setattr(workers, "KILL_GRACE_SECONDS", 0.5)
    faults = ["ALLOCATE", "SPIN", "STUCK", "CRASH", "BUG"]
    source = tmp_path / "in.jsonl"
    source.write_bytes(b"".join(line({"id": f"r{i}", "text": example_text + (f" {faults[i // 2]}" if i % 2 else "")})
                                for i in range(2 * len(faults))))
    out = tmp_path / "out.jsonl"
    options = BatchOptions(time_limit=1.0, memory_limit=256 << 20)
    report = run_batch(source, out, options, jobs=1)
    written = records(out)
    assert [r["id"] for r in written] == [f"r{i}" for i in range(10)]
    assert [r["error_reason"] for r in written[1::2]] == ["too_large", "too_slow", "too_slow", "worker_died",
                                                         "internal_error"]
    assert "SIGSEGV" in written[7]["error_message"]
    assert all(r["status"] == "ok" for r in written[0::2])  # the row after each fault is unharmed
    assert report.ok == 5 and report.rows == 10


def test_unreadable_rows_are_error_records(tmp_path: Path, example_text: str) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(BOM + line({"id": "a", "text": example_text})
                       + line({"id": "s", "text": example_text + "\ud800"}, True)
                       + b'{"id": "deep", "text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}\n"
                       + line({"id": "\ud800x", "text": example_text}, True)
                       + line({"id": "b", "text": example_text[:900]}))
    for out in (tmp_path / "out.jsonl", tmp_path / "out.csv"):
        run_batch(source, out, BatchOptions(), jobs=1)
        written = records(out)
        assert [r["id"] for r in written] == ["a", "s", "3", "\\ud800x", "b"]
        assert [r["error_reason"] or "" for r in written] == ["", "invalid_utf8", "malformed", "", ""]


def test_output_failure_stops_with_one_line_and_resumes_exactly(tmp_path: Path, example_text: str) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(b"".join(line({"id": f"r{i}", "text": example_text}) for i in range(60)))
    whole = tmp_path / "whole.jsonl"
    run_batch(source, whole, BatchOptions(), jobs=1)
    out = tmp_path / "out.jsonl"
    arguments = ["batch", str(source), "--out", str(out), "--jobs", "1"]
    command = ["prlimit", f"--fsize={whole.stat().st_size // 2}", sys.executable, "-m", "khulasa", *arguments]
    failed = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert failed.returncode == 2 and "Traceback" not in failed.stderr
    last = failed.stderr.splitlines()[-1]  # after the progress bar's last state
    assert last.startswith("khulasa: error: cannot write") and "--resume" in last
    assert 0 < out.stat().st_size < whole.stat().st_size
    with pytest.raises(OutputError):
        run_batch(source, Path("/proc/version.jsonl"), BatchOptions(), jobs=1)
    khulasa_cli(*arguments, "--resume")
    assert out.read_bytes() == whole.read_bytes()


# --- resume is record-exact ----------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_resume_after_a_cut_anywhere_gives_the_same_file(tmp_path: Path, example_text: str, suffix: str) -> None:
    paragraphs = [p for p in example_text.split("\n") if p.strip()]
    texts = [f"{paragraphs[i % len(paragraphs)]}\n{paragraphs[(i + 1) % len(paragraphs)]}" for i in range(6)]
    source = tmp_path / "in.jsonl"
    source.write_bytes(b"".join(line({"id": f"r{i}", "text": text}) for i, text in enumerate(texts)))
    options = BatchOptions(keep_source=True)
    whole = tmp_path / f"whole{suffix}"
    run_batch(source, whole, options, jobs=1)
    data = whole.read_bytes()
    inside_a_field = data.index(b"\n", data.index(b"\n", data.index(b"r2")) + 1) + 1
    for cut in (len(data) // 3, inside_a_field, len(data) - 1):
        out = tmp_path / f"cut{suffix}"
        out.write_bytes(data[:cut])
        report = run_batch(source, out, options, jobs=1, resume=True)
        assert out.read_bytes() == data, cut
        assert report.resumed + report.ok == len(texts)


def test_kill_leaves_no_worker_and_resume_is_identical(tmp_path: Path, example_text: str) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(b"".join(line({"id": f"r{i}", "text": example_text}) for i in range(400)))
    whole = tmp_path / "whole.csv"
    run_batch(source, whole, BatchOptions(keep_source=True), jobs=2)
    out = tmp_path / "out.csv"
    command = [sys.executable, "-m", "khulasa", "batch", str(source), "--out", str(out), "--jobs", "2",
               "--keep-source"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while (not out.exists() or out.stat().st_size < whole.stat().st_size // 4) and time.monotonic() < deadline:
        time.sleep(0.02)
    children = [int(p) for p in Path(f"/proc/{process.pid}/task/{process.pid}/children").read_text().split()]
    assert len(children) == 2
    process.kill()
    process.wait()
    time.sleep(1.0)
    assert not [pid for pid in children if _running(pid)]
    subprocess.run([*command, "--resume"], capture_output=True, timeout=120, check=True)
    assert out.read_bytes() == whole.read_bytes()


def _running(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


# --- the command line ----------------------------------------------------------------------------


def test_out_equal_to_input_is_refused(tmp_path: Path, example_text: str) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(line({"id": "a", "text": example_text}))
    before = source.read_bytes()
    (tmp_path / "link.jsonl").symlink_to(source)
    for out in (source, tmp_path / "link.jsonl", tmp_path / "." / "in.jsonl"):
        result = khulasa_cli("batch", str(source), "--out", str(out))
        assert result.returncode == 2 and "is the input file" in result.stderr
        assert result.stderr.count("\n") == 1
    assert source.read_bytes() == before


@pytest.mark.parametrize("kind", ["one-word sentences", "long word"])
def test_cli_answers_pathological_input_in_one_line(tmp_path: Path, example_text: str, kind: str) -> None:
    text = "خبر. " * 50_000 if kind == "one-word sentences" else example_text + " " + "ك" * 80_000
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    result = khulasa_cli("summarize", str(path), memory=3 << 30)
    assert "Traceback" not in result.stderr
    if result.returncode:
        assert result.returncode == 2 and result.stderr.count("\n") == 1
        assert result.stderr.startswith("khulasa: error:")
    else:
        assert "العنوان" in result.stdout


def test_dask_digest_stops_a_hanging_row_off_the_main_thread(tmp_path: Path, example_text: str,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """A Dask task runs on a worker thread, where no alarm can stop a row: the day's rows are
    summarized in a forked bounded worker, so a spinning, stuck or crashing row is its error
    record and the other rows of the day are digested."""
    from distributed import LocalCluster

    from khulasa.digest import DigestConfig
    from khulasa.digest.archive import run_archive

    monkeypatch.setattr(batch_rows, "summarize", _faulty_summarize)
    monkeypatch.setattr(workers, "KILL_GRACE_SECONDS", 0.5)
    faults = {"spin": "SPIN", "stuck": "STUCK", "crash": "CRASH"}
    rows = [{"id": f"ok{i}", "text": example_text, "source": f"paper{i}", "date": "2015-07-22 10:00:00"}
            for i in range(2)]
    rows += [{"id": name, "text": f"{example_text} {marker}", "source": "x", "date": "2015-07-22 11:00:00"}
             for name, marker in faults.items()]
    source = tmp_path / "day.jsonl"
    source.write_bytes(b"".join(line(row) for row in rows))
    config = DigestConfig(by_day=True, row_seconds=1.0, row_memory=256 << 20)
    # In-process threads (not worker processes), so that the fault injection reaches the task.
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=":0") as cluster:
        report = run_archive(source, tmp_path / "out", config, output_format="json", jobs=1,
                             scheduler=cluster.scheduler_address)
    day = json.loads((tmp_path / "out/2015-07-22.json").read_text("utf-8"))
    assert {e["id"]: e["reason"] for e in day["errors"]} == {"spin": "too_slow", "stuck": "too_slow",
                                                              "crash": "worker_died"}
    assert [sorted(a["id"] for a in s["articles"]) for s in day["stories"]] == [["ok0", "ok1"]]
    assert report.rows == 5 and report.errors == {"too_slow": 2, "worker_died": 1}
