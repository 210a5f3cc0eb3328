"""Learned scorer: a linear model over `sentence_features`, trained on EASC's human choices,
plus a lead prior whose weight was chosen by cross-validation on the train split."""

from __future__ import annotations

import math

import numpy as np

from khulasa.rank.features import DocumentVectors, sentence_features
from khulasa.rank.models import load_model
from khulasa.text.document import Document

SENTENCE_MODEL = "sentences"


def lead_prior(count: int) -> np.ndarray:
    """Falls linearly from 0 for the first sentence to -1 at the end of the article."""
    return -np.arange(count, dtype=np.float64) / max(count, 1)


class LearnedScorer:
    """Standardized model score plus `position_prior_weight` × lead prior (from the model file)."""

    def score(self, document: Document, vectors: DocumentVectors) -> np.ndarray:
        model = load_model(SENTENCE_MODEL)
        raw = model.predict(sentence_features(document, vectors))
        # raw.mean() and raw.std() as numpy computes them (sum ÷ count; the root of the mean
        # squared deviation): the same floats, without their Python-level argument handling.
        deviation = raw - np.add.reduce(raw) / len(raw)
        spread = math.sqrt(np.add.reduce(deviation * deviation) / len(raw))
        standard = deviation / spread if spread > 0 else deviation
        weight = float(model.metadata["position_prior_weight"])
        return standard + weight * lead_prior(len(raw))
