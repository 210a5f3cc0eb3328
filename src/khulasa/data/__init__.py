"""Package data: trained models, word lists and the bundled example article."""

from __future__ import annotations

from importlib import resources


def example_article() -> str:
    """The bundled example: a real Emirati news article with the paper's highlight box."""
    return resources.files(__name__).joinpath("example-article.txt").read_text("utf-8")
