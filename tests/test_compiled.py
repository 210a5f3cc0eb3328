"""The compiled hot path (setup.py, khulasa.compiled): the same summaries as the pure-Python
source, and a build older than its sources never runs."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import subprocess
import sys
from itertools import islice
from pathlib import Path

import pytest

import khulasa
from khulasa import compiled, summarize

SOURCE_ROOT = Path(khulasa.__file__).resolve().parents[1]
# Prints the status, the khulasa modules loaded from extensions, and the summaries of the texts
# read as JSON on stdin.
_PROBE = (
    "import json, sys; from khulasa import summarize, compiled; texts = json.load(sys.stdin); "
    "out = [summarize(t).to_dict() for t in texts]; "
    "print(json.dumps([compiled.STATUS, compiled.compiled_modules(), out], ensure_ascii=False))"
)


def _probe(texts: list[str], root: Path, **env: str) -> tuple[str, list[str], list[dict]]:
    run = subprocess.run([sys.executable, "-c", _PROBE], input=json.dumps(texts), capture_output=True, text=True,
                         check=True, env={**os.environ, "PYTHONPATH": str(root), **env})
    status, modules, out = json.loads(run.stdout)
    return status, modules, out


def _texts(example_text: str, shared_data: Path) -> list[str]:
    with gzip.open(shared_data / "saudinewsnet" / "dev.jsonl.gz", "rt", encoding="utf-8") as lines:
        return [example_text, *(json.loads(line)["text"] for line in islice(lines, 20))]


def test_status_says_what_runs(example_text: str) -> None:
    summarize(example_text)
    running = compiled.compiled_modules()
    assert compiled.STATUS.startswith("compiled") == bool(running)
    if running:
        assert compiled.STATUS == f"compiled: {len(running)} modules (mypyc)"
        assert "khulasa.text.grammar" in running and "khulasa.summarize.clauses" in running


def test_pure_python_gives_the_same_summaries(example_text: str, shared_data: Path) -> None:
    texts = _texts(example_text, shared_data)
    status, modules, out = _probe(texts, SOURCE_ROOT, KHULASA_PURE="1")
    assert modules == []
    if compiled.compiled_modules():
        assert status == "pure Python (KHULASA_PURE is set)"
    assert out == [summarize(t).to_dict() for t in texts]


def test_stale_build_runs_from_source(example_text: str, tmp_path: Path) -> None:
    if not compiled.compiled_modules():
        pytest.skip("no compiled modules in this install (pure Python): nothing can be stale")
    for path in SOURCE_ROOT.iterdir():  # the package and mypyc's shared library beside it
        if path.name == "khulasa":
            shutil.copytree(path, tmp_path / path.name, ignore=shutil.ignore_patterns("__pycache__"))
        elif path.name.startswith("khulasa__mypyc"):
            shutil.copy(path, tmp_path / path.name)
    status, modules, _ = _probe([], tmp_path)
    assert status == compiled.STATUS and modules
    # An edit to one compiled module: the source's behaviour, not the old extension's.
    keywords = tmp_path / "khulasa" / "summarize" / "keywords.py"
    keywords.write_text(keywords.read_text(encoding="utf-8").replace(
        "def extract_keywords(", "def extract_keywords(*args, **kwargs):\n    return ['edited']\n\n\ndef _unused(", 1),
        encoding="utf-8")
    status, modules, out = _probe([example_text], tmp_path)
    assert modules == []
    assert status.startswith("pure Python: compiled modules are older than their sources (khulasa.summarize.keywords)")
    assert out[0]["keywords"] == ["edited"]
