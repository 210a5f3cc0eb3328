"""Fault run of `khulasa batch`: real SaudiNewsNet articles with 5 % bad rows of every kind that
used to stop or corrupt a run mixed in, and the figures issue 14 asks for: records per input
row, byte-identical output after two `kill -9` + `--resume` (JSONL, and CSV with
`--keep-source`), workers left alive after each kill, `--out` = input refused, and what a
cut-off `.jsonl.gz` reports.

    python bench/faults.py [--rows 5000] [--jobs 2] [--time-limit 300]

Rows are stopped by the default 768 MiB per-row memory budget here; the per-row time limit is
wall time, which machine load stretches, so to compare bytes across runs the bench sets one no
row reaches (`tests/test_faults.py` covers the time limit itself).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import io
import json
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from itertools import cycle
from pathlib import Path

from report import machine, save

DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "saudinewsnet" / "dev.jsonl.gz"
BAD_SHARE = 0.05
_ENGLISH = "Markets rallied today after the central bank held interest rates steady."
_COSTLY = ("10k one-word sentences (80 KB)", "50k one-word sentences (400 KB)", "80k-letter word")
_BAD_BYTE = "\u2063BAD"  # stands for an invalid byte until the CSV is encoded


def _line(row: dict, ascii_only: bool = False) -> bytes:
    return json.dumps(row, ensure_ascii=ascii_only).encode("utf-8") + b"\n"


def bad_rows(article: str) -> dict[str, tuple[Callable[[str], bytes], str]]:
    """Each kind of bad row: its JSONL line (given the row's id) and its CSV text field (kinds
    JSON alone can express get a real article over the csv module's 131,072-character limit)."""
    long_field = (article + " ") * (140_000 // len(article) + 1)
    return {
        "lone surrogate": (lambda i: _line({"id": i, "text": article[:400] + "\ud800"}, ascii_only=True), long_field),
        "bare \\r in a line": (lambda i: _line({"id": i, "text": article[:600].replace(" ", "\r", 3)})
                               .replace(b"\\r", b"\r"), article[:600].replace(" ", "\r", 3)),
        "nested 100k deep": (lambda i: b'{"id": "%s", "text": ' % i.encode() + b"[" * 100_000 + b"]" * 100_000 + b"}\n",
                             long_field),
        "10k one-word sentences (80 KB)": (lambda i: _line({"id": i, "text": "خبر. " * 10_000}), "خبر. " * 10_000),
        "50k one-word sentences (400 KB)": (lambda i: _line({"id": i, "text": "خبر. " * 50_000}), "خبر. " * 50_000),
        "80k-letter word": (lambda i: _line({"id": i, "text": article[:1500] + " " + "ك" * 80_000}),
                            article[:1500] + " " + "ك" * 140_000),
        "bad JSON": (lambda i: _line({"id": i, "text": article[:300]})[:-40] + b"\n", long_field),
        "invalid UTF-8": (lambda i: _line({"id": i, "text": article[:300]}).replace(b" ", b" \xff", 1),
                          article[:300] + _BAD_BYTE),
        "NUL bytes": (lambda i: _line({"id": i, "text": article[:300] + "\x00\x01"}), article[:300] + "\x00\x01"),
        "empty text": (lambda i: _line({"id": i, "text": " "}), " "),
        "not Arabic": (lambda i: _line({"id": i, "text": _ENGLISH}), _ENGLISH),
        "not an object": (lambda i: b"[1, 2, 3]\n", long_field),
        "duplicate id": (lambda i: _line({"id": "row-0", "text": article}), article),
    }


def build(rows: int, folder: Path) -> tuple[Path, Path, Counter[str]]:
    """The JSONL and CSV inputs (the same rows where CSV can hold them; both start with a UTF-8
    BOM) and how many bad rows of each kind they hold."""
    with gzip.open(DEV, "rt", encoding="utf-8") as lines:
        articles = [json.loads(line) for line in lines]
    bad_count = round(rows * BAD_SHARE)
    kinds = bad_rows(articles[0]["text"])
    every = rows // bad_count
    used: Counter[str] = Counter()
    jsonl = bytearray(b"\xef\xbb\xbf")
    table: list[tuple[str, str]] = []
    kind_cycle = cycle([kind for kind in kinds for _ in range(1 if kind in _COSTLY else 4)])
    source = cycle(articles)
    for number in range(rows):
        if number % every == every - 1 and sum(used.values()) < bad_count:
            kind = next(kind_cycle)
            used[kind] += 1
            line, text = kinds[kind]
            identifier = "row-0" if kind == "duplicate id" else f"bad-{number}"
            jsonl += line(identifier)
            table.append((identifier, text))
        else:
            article = next(source)
            jsonl += _line({"id": f"row-{number}", "text": article["text"]})
            table.append((f"row-{number}", article["text"]))
    jsonl_path = folder / "input.jsonl"
    jsonl_path.write_bytes(bytes(jsonl))
    text = io.StringIO()
    writer = csv.writer(text)
    writer.writerow(["id", "text"])
    writer.writerows(table)
    csv_path = folder / "input.csv"
    csv_path.write_bytes(b"\xef\xbb\xbf" + text.getvalue().encode("utf-8").replace(_BAD_BYTE.encode(), b"\xff"))
    return jsonl_path, csv_path, used


def batch(*arguments: str) -> list[str]:
    return [sys.executable, "-m", "khulasa", "batch", *arguments]


def records(path: Path) -> int:
    if path.suffix == ".csv":
        csv.field_size_limit(1 << 30)
        with path.open(encoding="utf-8", newline="") as handle:
            return sum(1 for _ in csv.DictReader(handle))
    return path.read_bytes().count(b"\n")


def children(pid: int) -> list[int]:
    """Live processes whose parent is `pid`."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        return (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def killed_and_resumed(command: list[str], out: Path, final_size: int) -> tuple[bool, list[int]]:
    """Kill -9 the run at a third and at two thirds of the output, resume after each; whether
    the result equals `final_size`-byte uninterrupted output is checked by the caller. Returns
    (finished, workers still alive after each kill)."""
    orphans = []
    for step, fraction in enumerate((1 / 3, 2 / 3)):
        process = subprocess.Popen(command + (["--resume"] if step else []),
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 600
        while (not out.exists() or out.stat().st_size < final_size * fraction) and time.monotonic() < deadline:
            time.sleep(0.05)
        workers = children(process.pid)
        process.send_signal(signal.SIGKILL)
        process.wait()
        time.sleep(1.0)
        orphans.append(sum(alive(pid) for pid in workers))
    finished = subprocess.run(command + ["--resume"], capture_output=True, text=True)
    return finished.returncode == 0, orphans


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--time-limit", default="300")
    args = parser.parse_args()
    figures: dict = {"rows": args.rows, "machine": machine()}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        jsonl_in, csv_in, used = build(args.rows, folder)
        figures["bad_rows"] = dict(used)
        print(f"input: {args.rows:,} rows, {sum(used.values())} bad ({len(used)} kinds): "
              + ", ".join(f"{kind} {n}" for kind, n in used.items()))
        jobs = ["--jobs", str(args.jobs), "--time-limit", args.time_limit]
        for name, source, out, extra in (("JSONL", jsonl_in, "whole.jsonl", []),
                                         ("CSV --keep-source", jsonl_in, "whole.csv", ["--keep-source"])):
            started = time.perf_counter()
            result = subprocess.run(batch(str(source), "--out", str(folder / out), *jobs, *extra),
                                    capture_output=True, text=True)
            seconds = time.perf_counter() - started
            count = records(folder / out)
            print(f"{name} output: exit {result.returncode}, {count:,} records for {args.rows:,} rows, {seconds:.0f} s")
            print("  " + result.stderr.strip().splitlines()[-1])
            figures[f"records_{out}"] = count
            resumed = folder / f"resumed-{out}"
            command = batch(str(source), "--out", str(resumed), *jobs, *extra)
            finished, orphans = killed_and_resumed(command, resumed, (folder / out).stat().st_size)
            same = finished and digest(resumed) == digest(folder / out)
            print(f"  two kill -9 + --resume: {'byte-identical' if same else 'DIFFERENT'}; "
                  f"workers alive after each kill: {orphans}")
            figures[f"identical_after_kills_{out}"] = same
            figures[f"orphans_{out}"] = orphans

        out = folder / "from-csv.csv"
        result = subprocess.run(batch(str(csv_in), "--out", str(out), *jobs), capture_output=True, text=True)
        count = records(out)
        print(f"CSV input (BOM; fields over 131,072 chars, invalid UTF-8): exit {result.returncode}, "
              f"{count:,} records for {args.rows:,} rows")
        print("  " + result.stderr.strip().splitlines()[-1])
        figures["records_from_csv"] = count

        cut = folder / "cut.jsonl.gz"
        whole = gzip.compress(jsonl_in.read_bytes())
        cut.write_bytes(whole[: len(whole) // 2])
        out = folder / "cut.jsonl"
        result = subprocess.run(batch(str(cut), "--out", str(out), *jobs), capture_output=True, text=True)
        last = json.loads(out.read_bytes().splitlines()[-1])
        print(f"cut-off .jsonl.gz: exit {result.returncode}, {records(out):,} records; last: "
              f"{last['error_reason']}: {last['error_message'][:90]}…")
        figures["cut_gzip_last_record"] = last["error_message"]

        before = digest(jsonl_in)
        result = subprocess.run(batch(str(jsonl_in), "--out", str(jsonl_in)), capture_output=True, text=True)
        unchanged = digest(jsonl_in) == before
        print(f"--out = input: exit {result.returncode}, input {'byte-identical' if unchanged else 'CHANGED'}: "
              f"{result.stderr.strip()}")
        figures["out_is_input"] = {"exit": result.returncode, "input_unchanged": unchanged}
    save("faults", figures)


if __name__ == "__main__":
    main()
