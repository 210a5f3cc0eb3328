"""Unsupervised scorer: graph centrality + position + key-term weight (no training needed)."""

from __future__ import annotations

import numpy as np

from khulasa.rank.features import DocumentVectors
from khulasa.text.document import Document

DAMPING = 0.85
POWER_ITERATIONS = 40
CENTRALITY_WEIGHT = 0.4
POSITION_WEIGHT = 0.4
KEY_TERM_WEIGHT = 0.2


def lexrank_centrality(similarity: np.ndarray) -> np.ndarray:
    """Stationary distribution of a random walk over the sentence-similarity graph (LexRank)."""
    n = similarity.shape[0]
    if n == 0:
        return np.zeros(0)
    row_sums = similarity.sum(axis=1, keepdims=True)
    transition = np.divide(similarity, row_sums, out=np.full_like(similarity, 1.0 / n), where=row_sums > 0)
    rank = np.full(n, 1.0 / n)
    for _ in range(POWER_ITERATIONS):
        rank = (1 - DAMPING) / n + DAMPING * (transition.T @ rank)
    return rank


def position_prior(document: Document) -> np.ndarray:
    """News puts the story first: earlier sentences, and paragraph openers, weigh more."""
    index = np.arange(len(document.sentences), dtype=np.float64)
    opener = np.array([s.index == 0 or _opens_paragraph(document, s.index) for s in document.sentences])
    return 1.0 / np.sqrt(1.0 + index) + 0.1 * opener


def _opens_paragraph(document: Document, index: int) -> bool:
    return document.sentences[index - 1].paragraph != document.sentences[index].paragraph


def key_term_score(document: Document, vectors: DocumentVectors) -> np.ndarray:
    """Mean document salience of a sentence's content stems (rewards on-topic sentences)."""
    scores = [
        sum(vectors.stem_weight[s] for s in sentence.stems) / np.sqrt(len(sentence.stems))
        if sentence.stems
        else 0.0
        for sentence in document.sentences
    ]
    return np.asarray(scores, dtype=np.float64)


def _unit_max(values: np.ndarray) -> np.ndarray:
    peak = values.max() if values.size else 0.0
    return values / peak if peak > 0 else values


class CentralityScorer:
    """Weighted sum of LexRank centrality, position prior and key-term weight, each max-scaled."""

    def score(self, document: Document, vectors: DocumentVectors) -> np.ndarray:
        return (
            CENTRALITY_WEIGHT * _unit_max(lexrank_centrality(vectors.similarity))
            + POSITION_WEIGHT * _unit_max(position_prior(document))
            + KEY_TERM_WEIGHT * _unit_max(key_term_score(document, vectors))
        )
