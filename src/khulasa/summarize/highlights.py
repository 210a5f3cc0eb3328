"""Highlights in the newspaper's style: short key-point phrases, one per part of the story."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from khulasa.rank.features import DocumentVectors
from khulasa.summarize.clauses import clauses, shorten
from khulasa.summary import Passage
from khulasa.text.document import Document
from khulasa.text.stems import content_stems
from khulasa.text.tokens import Token

# Highlights are cut from the best-scoring sentences only: this many per highlight asked for.
CANDIDATE_SENTENCES_PER_HIGHLIGHT = 2
# How much a candidate's score counts against its overlap with highlights already chosen.
OVERLAP_PENALTY = 0.6
SENTENCE_SCORE_SHARE = 0.5


@dataclass(frozen=True)
class _Candidate:
    sentence: int
    tokens: tuple[Token, ...]
    stems: frozenset[str]
    score: float


def _candidates(
    document: Document, vectors: DocumentVectors, scores: np.ndarray, max_words: int, count: int
) -> list[_Candidate]:
    peak = float(scores.max()) if scores.size and scores.max() > 0 else 1.0
    found: list[_Candidate] = []
    best = np.argsort(-scores, kind="stable")[: CANDIDATE_SENTENCES_PER_HIGHLIGHT * count]
    for sentence in (document.sentences[i] for i in sorted(best)):
        for clause in clauses(sentence, document.source):
            tokens = shorten(clause, max_words)
            stems = content_stems([t.text for t in tokens])
            if not stems:
                continue
            salience = sum(vectors.stem_weight.get(s, 0.0) for s in stems) / (len(tokens) + 2)
            found.append(_Candidate(sentence.index, tuple(tokens), frozenset(stems), salience))
    if not found:
        return []
    top = max(c.score for c in found) or 1.0
    return [
        _Candidate(
            c.sentence,
            c.tokens,
            c.stems,
            (1 - SENTENCE_SCORE_SHARE) * c.score / top
            + SENTENCE_SCORE_SHARE * float(scores[c.sentence]) / peak,
        )
        for c in found
    ]


def select_highlights(
    document: Document,
    vectors: DocumentVectors,
    scores: np.ndarray,
    *,
    count: int,
    max_words: int,
) -> list[Passage]:
    """Up to `count` phrases of ≤ `max_words` words, each from a different sentence, in article
    order; overlap in stems with phrases already chosen is penalised."""
    pool = _candidates(document, vectors, scores, max_words, count)
    chosen: list[_Candidate] = []
    used_sentences: set[int] = set()
    while len(chosen) < count:
        best: tuple[float, int] | None = None
        for i, candidate in enumerate(pool):
            if candidate.sentence in used_sentences:
                continue
            overlap = max(
                (len(candidate.stems & c.stems) / len(candidate.stems) for c in chosen), default=0.0
            )
            value = candidate.score - OVERLAP_PENALTY * overlap
            if best is None or value > best[0]:
                best = (value, i)
        if best is None:
            break
        pick = pool[best[1]]
        chosen.append(pick)
        used_sentences.add(pick.sentence)
    chosen.sort(key=lambda c: c.tokens[0].start)
    return [Passage.from_tokens(c.tokens, document.source) for c in chosen]
