"""Choose summary sentences: best score, minus redundancy with what is already chosen (MMR)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from khulasa.rank.features import SentenceSimilarity

# Sentences shorter than this are subheads or fragments; used only if nothing else exists.
MIN_SUMMARY_SENTENCE_WORDS = 5


def select_sentences(
    word_counts: Sequence[int] | np.ndarray,
    scores: np.ndarray,
    similarity: np.ndarray | SentenceSimilarity,
    *,
    max_sentences: int | None,
    max_words: int | None,
    redundancy: float,
) -> list[int]:
    """Indexes of the chosen sentences in article order (deterministic: ties go to the earlier).

    Every system measured in `khulasa.eval` packs its sentences with this same function.

    With `max_words`, whole sentences are added while the total stays within the budget;
    the best sentence is always given even if it alone is longer.
    """
    lengths = np.asarray(word_counts)
    eligible = lengths >= MIN_SUMMARY_SENTENCE_WORDS
    if not eligible.any():
        eligible = lengths > 0
    peak = scores[eligible].max() if eligible.any() else 0.0
    relevance = scores / peak if peak > 0 else scores
    chosen: list[int] = []
    words = 0
    while max_sentences is None or len(chosen) < max_sentences:
        penalty = similarity[:, chosen].max(axis=1) if chosen else np.zeros(len(scores))
        value = (1.0 - redundancy) * relevance - redundancy * penalty
        value[~eligible] = -np.inf
        if max_words is not None and chosen:
            value[words + lengths > max_words] = -np.inf
        best = int(np.argmax(value)) if value.size else 0
        if not value.size or value[best] == -np.inf:
            break
        chosen.append(best)
        eligible[best] = False
        words += int(lengths[best])
    return sorted(chosen)
