"""LEAD scorer: the article's own order. News puts the story first, and on EASC no model we
trained beats the first sentences (docs/RESULTS.md), so this is the default."""

from __future__ import annotations

import numpy as np

from khulasa.rank.features import DocumentVectors
from khulasa.text.document import Document


class LeadScorer:
    """Earlier is better: 0 for the first sentence, -1 for the second, and so on."""

    def score(self, document: Document, vectors: DocumentVectors) -> np.ndarray:
        return (0 - np.arange(len(document.sentences))).astype(np.float64)
