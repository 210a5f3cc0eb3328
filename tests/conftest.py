"""Shared fixtures: the bundled example article and the shared corpora (skipped if absent)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from khulasa.data import example_article

SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(scope="session")
def example_text() -> str:
    """The seed article as bundled in the package (body + the paper's highlight box)."""
    return example_article()


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """../shared/data beside the checkout; tests that need a corpus skip without it."""
    data = SHARED / "data"
    if not data.is_dir():
        pytest.skip(f"corpora not found at {data}: clone the project with ../shared beside it")
    return data


@pytest.fixture(scope="session")
def shared_examples() -> list[Path]:
    """Every example article in ../shared/examples."""
    folder = SHARED / "examples"
    if not folder.is_dir():
        pytest.skip(f"examples not found at {folder}")
    return sorted(folder.glob("*.txt"))


# A small real-shaped day of SaudiNewsNet dev (2015-07-22): three papers on one event (ex-Egyptian
# PM Nazif sentenced; rows 2-4) between three articles on other events.
STORY_DAY = ("snn-b60d8063c808", "snn-1d75704250e8", "snn-8b847bddc42e", "snn-a17e8cec1395",
             "snn-ea7e03d42e33", "snn-d60d38717840")


@pytest.fixture(scope="session")
def story_day(shared_data: Path) -> list[dict]:
    """The six articles of STORY_DAY as dev rows, in that order."""
    with gzip.open(shared_data / "saudinewsnet/dev.jsonl.gz", "rt", encoding="utf-8") as lines:
        rows = {row["id"]: row for row in map(json.loads, lines) if row["id"] in STORY_DAY}
    return [rows[i] for i in STORY_DAY]
