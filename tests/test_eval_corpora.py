"""Corpus readers: streaming, user files in three formats, malformed rows reported by line."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from khulasa.eval.corpora import open_corpus, read_file

ARTICLE = "أطلقت وزارة الصحة حملة وطنية للتطعيم ضد الإنفلونزا. وتستمر الحملة شهرا."
SUMMARY = "أطلقت وزارة الصحة حملة وطنية للتطعيم."


def test_jsonl_malformed_rows_are_counted_with_line_numbers(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "text": ARTICLE, "summaries": [SUMMARY, "ملخص ثان للخبر."]}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "c", "summaries": [SUMMARY]}),
        json.dumps({"id": "d", "text": "   ", "summaries": [SUMMARY]}),
        json.dumps({"id": "e", "text": "نص\x00ثنائي", "summaries": [SUMMARY]}),
        json.dumps({"id": "f", "text": ARTICLE, "summaries": []}),
        "",
        json.dumps(["a", "list"]),
        json.dumps({"id": "h", "text": 42, "summaries": [SUMMARY]}),
    ]
    path = tmp_path / "mine.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    reader = read_file(path)
    articles = list(reader)
    assert [a.id for a in articles] == ["a"]
    assert len(articles[0].references) == 2
    assert [(p.line, p.reason.split(":")[0]) for p in reader.problems] == [
        (2, "bad JSON"),
        (3, "'text' is missing or not text"),
        (4, "'text' is empty"),
        (5, "'text' holds binary data (NUL bytes)"),
        (6, "no reference in summaries"),
        (8, "row is not an object"),
        (9, "'text' is missing or not text"),
    ]


def test_csv_with_several_reference_columns(tmp_path: Path) -> None:
    path = tmp_path / "mine.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["article", "ref1", "ref2"])
        writer.writerow([ARTICLE, SUMMARY, "ملخص ثان."])
        writer.writerow(["", SUMMARY, ""])
    reader = read_file(path, text_column="article", reference_columns=("ref1", "ref2"))
    articles = list(reader)
    assert len(articles) == 1 and articles[0].references == (SUMMARY, "ملخص ثان.")
    assert articles[0].id == "2"  # no id column: the line number
    assert [p.line for p in reader.problems] == [3]


def test_parquet_with_list_references(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    table = pa.table({"id": ["x", "y"], "text": [ARTICLE, None], "summaries": [[SUMMARY], [SUMMARY]]})
    path = tmp_path / "mine.parquet"
    pq.write_table(table, path)
    reader = read_file(path)
    assert [a.id for a in reader] == ["x"]
    assert [p.line for p in reader.problems] == [2]


def test_unknown_format_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unsupported"):
        read_file(tmp_path / "x.txt")
    with pytest.raises(FileNotFoundError):
        read_file(tmp_path / "x.jsonl")


def test_shared_corpora_stream(shared_data: Path) -> None:
    easc = open_corpus("easc", "test", shared_data)  # test reads dev
    articles = list(easc)
    assert len(articles) == 30 and not easc.problems
    assert all(len(a.references) == 5 for a in articles)
    saudi = iter(open_corpus("saudinewsnet", "dev", shared_data))
    first = next(saudi)
    assert first.references and first.text
