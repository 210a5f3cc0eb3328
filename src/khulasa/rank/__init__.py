"""Sentence scoring: every scorer rates the sentences of a Document; selection lives elsewhere."""

from __future__ import annotations

from khulasa.rank.base import SentenceScorer, get_scorer

__all__ = ["SentenceScorer", "get_scorer"]
