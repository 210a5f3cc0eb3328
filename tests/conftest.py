"""Shared fixtures: the bundled example article and the shared corpora (skipped if absent)."""

from __future__ import annotations

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
