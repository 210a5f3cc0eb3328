"""The one protocol every sentence scorer follows, and the registry that names them."""

from __future__ import annotations

from typing import Callable, Protocol

import numpy as np

from khulasa.rank.features import DocumentVectors
from khulasa.text.document import Document


class SentenceScorer(Protocol):
    """Rates each body sentence of a document: higher means more summary-worthy."""

    def score(self, document: Document, vectors: DocumentVectors) -> np.ndarray:
        """One float per sentence of `document`, in sentence order."""
        ...


def _centrality() -> SentenceScorer:
    from khulasa.rank.centrality import CentralityScorer

    return CentralityScorer()


def _learned() -> SentenceScorer:
    from khulasa.rank.learned import LearnedScorer

    return LearnedScorer()


def _lead() -> SentenceScorer:
    from khulasa.rank.lead import LeadScorer

    return LeadScorer()


_SCORERS: dict[str, Callable[[], SentenceScorer]] = {
    "centrality": _centrality, "lead": _lead, "learned": _learned,
}


def get_scorer(name: str) -> SentenceScorer:
    """The scorer called `name`; ValueError listing the known names otherwise."""
    try:
        return _SCORERS[name]()
    except KeyError:
        raise ValueError(f"unknown scorer {name!r}; known: {', '.join(sorted(_SCORERS))}") from None
