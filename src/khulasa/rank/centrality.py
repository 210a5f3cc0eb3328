"""Unsupervised scorer: graph centrality + position + key-term weight (no training needed)."""

from __future__ import annotations

import numpy as np

from khulasa.rank.features import (
    DocumentVectors,
    key_term_score,
    lexrank_centrality,
    position_prior,
    unit_max,
)
from khulasa.text.document import Document

CENTRALITY_WEIGHT = 0.4
POSITION_WEIGHT = 0.4
KEY_TERM_WEIGHT = 0.2


class CentralityScorer:
    """Weighted sum of LexRank centrality, position prior and key-term weight, each max-scaled."""

    def score(self, document: Document, vectors: DocumentVectors) -> np.ndarray:
        return (
            CENTRALITY_WEIGHT * unit_max(lexrank_centrality(vectors.similarity))
            + POSITION_WEIGHT * unit_max(position_prior(document))
            + KEY_TERM_WEIGHT * unit_max(key_term_score(vectors))
        )
