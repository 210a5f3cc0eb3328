"""Highlights in the newspaper's style: short self-contained statements of the key facts.

Each bullet is a statement cut by `clauses` (it opens on a verb or a subject, never on a
preposition, relative or complementizer; honorifics and time fillers deleted; it ends where the
grammar layer allows), several may come from one long sentence, and none repeats the headline.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from khulasa.rank.features import DocumentVectors
from khulasa.summarize.clauses import (
    Statement,
    claim_of,
    ends,
    gaps_of,
    render,
    statements,
    subject_elided,
    words_of,
)
from khulasa.summary import Passage
from khulasa.text import grammar
from khulasa.text.document import Document
from khulasa.text.stems import content_stems
from khulasa.text.tokens import words as split_words

# Highlights are cut from the best-scoring sentences only: this many per highlight asked for.
CANDIDATE_SENTENCES_PER_HIGHLIGHT = 2
MAX_CANDIDATE_SENTENCES = 40
# How much a candidate's score counts against its overlap with highlights already chosen.
OVERLAP_PENALTY = 0.6
SENTENCE_SCORE_SHARE = 0.5
# A bullet sharing this share of its stems with the headline repeats it.
HEADLINE_OVERLAP = 0.5
# An end inside a clause (no punctuation or clause opener after it) counts this much less.
MID_CLAUSE_COST = 0.5
# A claim cut from its reporting frame («أوضح المتحدث أنه تم …» → «تم …») ranks a little lower:
# the speaker is dropped, which suits an official's facts better than an opinion.
CLAIM_COST = 0.2
# A clause without its own subject («، تشمل تأمين السكن …») only to bring a box up to this size.
MIN_BOX = 3
@dataclass(frozen=True)
class _Candidate:
    sentence: int
    passage: Passage
    span: tuple[int, int]
    stems: frozenset[str]
    score: float
    leaning: bool = False


def _cut(statement: Statement, source: str, max_words: int) -> tuple[int, float] | None:
    """The longest clean length of the statement within `max_words` (a clause end preferred)."""
    words = words_of(statement.sentence)
    choices = ends(statement, words, gaps_of(statement.sentence, source), max_words)
    if not choices:
        return None
    # The first clause end (a complete statement says one fact); else the longest clean cut.
    length, strength = max(choices, key=lambda c: (c[1], -c[0] if c[1] > 0 else c[0]))
    if not any(grammar.is_attested_verb(t.text) for t in statement.tokens[:length]):
        return None
    return length, 0.0 if strength > 0 else MID_CLAUSE_COST


def _candidates(
    document: Document, vectors: DocumentVectors, scores: np.ndarray, max_words: int, count: int,
    headline_stems: frozenset[str],
) -> list[_Candidate]:
    peak = float(scores.max()) if scores.size and scores.max() > 0 else 1.0
    found: list[_Candidate] = []
    ranked = np.argsort(-scores, kind="stable")
    best = sorted(ranked[: CANDIDATE_SENTENCES_PER_HIGHLIGHT * count])
    # Too few statements among the best sentences: the next ones are looked at too.
    rest = sorted(ranked[CANDIDATE_SENTENCES_PER_HIGHLIGHT * count : MAX_CANDIDATE_SENTENCES])
    for sentence in (document.sentences[i] for i in [*best, *rest]):
        if sentence.index in rest and len(found) >= count:
            break
        words = words_of(sentence)
        found_statements = statements(sentence, document.source, lead=sentence.index == 0, frames=True)
        claims = [c for c in map(claim_of, found_statements) if c is not None]
        for statement in found_statements + claims:
            if subject_elided(statement, inside=False) or not grammar.can_open(words[statement.keep[0]]):
                continue
            # A clause that leans on the sentence's subject is kept only to fill a thin box.
            leaning = subject_elided(statement)
            cut = _cut(statement, document.source, max_words)
            if cut is None:
                continue
            length, cost = cut
            cost += CLAIM_COST if statement.owes_verb else 0.0
            passage = render(statement, document.source, length)
            stems = frozenset(content_stems(split_words(passage.text)))
            if not stems or len(stems & headline_stems) >= HEADLINE_OVERLAP * len(stems):
                continue
            salience = sum(vectors.stem_weight.get(s, 0.0) for s in stems) / (length + 2)
            span = (statement.keep[0], statement.keep[length - 1])
            found.append(_Candidate(sentence.index, passage, span, stems, salience - cost, leaning))
    if not found:
        return []
    top = max(c.score for c in found) or 1.0
    return [
        _Candidate(c.sentence, c.passage, c.span, c.stems,
                   (1 - SENTENCE_SCORE_SHARE) * c.score / top + SENTENCE_SCORE_SHARE * float(scores[c.sentence]) / peak,
                   c.leaning)
        for c in found
    ]


def _overlaps(a: _Candidate, b: _Candidate) -> bool:
    return a.sentence == b.sentence and a.span[0] <= b.span[1] and b.span[0] <= a.span[1]


def select_highlights(
    document: Document,
    vectors: DocumentVectors,
    scores: np.ndarray,
    *,
    count: int,
    max_words: int,
    headline: Passage | None = None,
) -> list[Passage]:
    """Up to `count` statements of ≤ `max_words` words, in article order; overlap in stems with
    statements already chosen is penalised, and none repeats `headline`."""
    headline_stems = frozenset(content_stems(split_words(headline.text))) if headline else frozenset()
    pool = _candidates(document, vectors, scores, max_words, count, headline_stems)
    chosen: list[_Candidate] = []
    while len(chosen) < count:
        best: tuple[float, int] | None = None
        for i, candidate in enumerate(pool):
            if any(_overlaps(candidate, c) for c in chosen) or (candidate.leaning and len(chosen) >= MIN_BOX):
                continue
            overlap = max((len(candidate.stems & c.stems) / len(candidate.stems) for c in chosen), default=0.0)
            value = candidate.score - OVERLAP_PENALTY * overlap
            if best is None or value > best[0]:
                best = (value, i)
        if best is None:
            break
        chosen.append(pool[best[1]])
    chosen.sort(key=lambda c: (c.sentence, c.span[0]))
    return [c.passage for c in chosen]
