"""Vector views of a document shared by scorers, selection, highlights and keywords."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from khulasa.text.document import Document
from khulasa.text.frequency import zipf

# Words this common in general Arabic (Zipf scale) carry little of the story.
COMMON_ZIPF = 6.0
MIN_TERM_WEIGHT = 0.5


def term_weight(word: str) -> float:
    """How informative a word is in general Arabic: rarer words weigh more (an IDF stand-in)."""
    return max(MIN_TERM_WEIGHT, COMMON_ZIPF - max(zipf(word), 0.0))


@dataclass(frozen=True)
class DocumentVectors:
    """Weighted stem counts per sentence, their cosine similarities and document term weights."""

    vocabulary: tuple[str, ...]
    matrix: np.ndarray  # sentences × stems, term-weighted counts
    similarity: np.ndarray  # sentences × sentences cosine, zero diagonal
    stem_weight: dict[str, float]  # document-level salience of each stem

    @classmethod
    def build(cls, document: Document) -> DocumentVectors:
        """Vectors over content stems; a stem's weight is its informativeness × its count."""
        index: dict[str, int] = {}
        informativeness: dict[str, float] = {}
        rows: list[list[int]] = []
        for sentence in document.sentences:
            row = []
            for token_stem, word in zip(sentence.stems, sentence.content):
                column = index.setdefault(token_stem, len(index))
                informativeness.setdefault(token_stem, term_weight(word))
                row.append(column)
            rows.append(row)
        matrix = np.zeros((len(rows), len(index)), dtype=np.float64)
        for i, row in enumerate(rows):
            np.add.at(matrix[i], row, 1.0)
        weights = np.array([informativeness[s] for s in index]) if index else np.zeros(0)
        matrix *= weights
        norms = np.linalg.norm(matrix, axis=1, keepdims=True)
        unit = np.divide(matrix, norms, out=np.zeros_like(matrix), where=norms > 0)
        similarity = unit @ unit.T
        np.fill_diagonal(similarity, 0.0)
        counts = (matrix > 0).sum(axis=0)
        stem_weight = {s: float(weights[c] * counts[c]) for s, c in index.items()}
        return cls(tuple(index), matrix, similarity, stem_weight)

