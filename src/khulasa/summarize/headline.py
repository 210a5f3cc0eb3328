"""A headline naming the story: a grammatical statement of the lead, chosen by a learned model.

Candidates are only well-formed: the lead's main statement (keeping its leading verb, negation
and subject), the claim of a reporting frame, or a later clause that opens on a verb or subject,
each with datelines, honorifics and time fillers deleted and cut only where the grammar layer
lets a phrase end (`clauses`). A window chosen for ROUGE alone dropped the past-tense verb that
titles rarely repeat, leaving verbless or reversed scraps; here ROUGE only ranks statements.
The ranker is a ridge regression on the features below, trained on SaudiNewsNet titles
(scripts/train.py --only headline).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

import numpy as np

from khulasa.rank.features import term_weight
from khulasa.rank.models import load_model
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
from khulasa.text.stems import stem, stopwords

HEADLINE_MODEL = "headline"
LEAD_SENTENCES = 2
PREFERRED_WORDS = 12
MAX_LENGTH_FEATURE = 14
MAX_REPETITION = 5
_DIGIT_RE = re.compile(r"\d")

HEADLINE_FEATURES: tuple[str, ...] = (
    "clause_end", "before_opener", "mid_clause", "length", "over_preferred", "no_verb",
    "later_clause", "sentence", "claim", "fronted", "relaxed", "informativeness", "digit_share",
    "opens_titles", "closes_titles", "deleted_share", "repetition", "stopword_share", "opens_on_verb",
    *(f"length_is_{k}" for k in range(4, MAX_LENGTH_FEATURE + 1)),
)


@dataclass(frozen=True)
class HeadlineCandidates:
    """Every well-formed (statement, length) of the lead, with one feature row each."""

    choices: tuple[tuple[Statement, int], ...]
    features: np.ndarray


def _rows(statement: Statement, source: str, max_words: int, rank: int, claim: bool, relaxed: bool,
          frequency: Counter[str]) -> list[tuple[int, list[float]]]:
    words = words_of(statement.sentence)
    first = words[statement.keep[0]]
    fronted = not grammar.can_open(first)
    choices = ends(statement, words, gaps_of(statement.sentence, source), max_words, relaxed=relaxed)
    if not choices:
        return []
    # Per-word values once, summed by prefix: each length is then a subtraction.
    reach = max(length for length, _ in choices)
    kept = [words[i] for i in statement.keep[:reach]]
    texts = [statement.sentence.tokens[i].text for i in statement.keep[:reach]]
    running = np.cumsum([
        [term_weight(t), _DIGIT_RE.search(t) is not None, min(frequency[stem(t)] - 1, MAX_REPETITION),
         w in stopwords(), grammar.is_verb(w)]
        for t, w in zip(texts, kept, strict=True)
    ], axis=0)
    opens, _ = grammar.title_edge_rates(kept[0])
    rows = []
    for length, strength in choices:
        if fronted and strength < 2 and not relaxed:
            continue  # a fronted adverbial («وسط …», «رغم …») only as a whole clause
        weight, digits, repeats, stops, verbs = running[length - 1]
        span = statement.keep[length - 1] - statement.keep[0] + 1
        _, closes = grammar.title_edge_rates(kept[length - 1])
        rows.append((length, [
            strength == 2, strength == 1, strength == 0, length, max(0, length - PREFERRED_WORDS),
            verbs == 0, rank, statement.sentence.index, claim, fronted,
            relaxed, weight / length, digits / length, opens, closes, 1 - length / span,
            repeats / length, stops / length, grammar.is_verb(kept[0]),
            *(length == k for k in range(4, MAX_LENGTH_FEATURE + 1)),
        ]))
    return rows


def headline_candidates(document: Document, max_words: int, relaxed: bool = False) -> HeadlineCandidates:
    """The lead's statements (first LEAD_SENTENCES sentences) and their claims, at every length
    where they may end; `relaxed` (a last resort): clean cuts even where a clause is unfinished."""
    choices: list[tuple[Statement, int]] = []
    rows: list[list[float]] = []
    frequency = Counter(s for sentence in document.sentences for s in sentence.stems)
    for sentence in document.sentences[:LEAD_SENTENCES]:
        found = statements(sentence, document.source, lead=True)
        claims = [c for c in map(claim_of, found[:1]) if c is not None]
        for rank, statement in enumerate(found + claims):
            claim = rank >= len(found)
            if rank > 0 and not claim and subject_elided(statement):
                continue
            for length, row in _rows(statement, document.source, max_words, 0 if claim else rank, claim, relaxed,
                                     frequency):
                choices.append((statement, length))
                rows.append(row)
    features = np.asarray(rows, dtype=np.float64) if rows else np.zeros((0, len(HEADLINE_FEATURES)))
    return HeadlineCandidates(tuple(choices), features)


def select_headline(document: Document, *, max_words: int) -> Passage:
    """The best-scoring well-formed statement of the lead (≤ `max_words` words); if none can be
    completed within the limit, the best clean cut; the first words as a last resort."""
    candidates = headline_candidates(document, max_words)
    if not candidates.choices:
        candidates = headline_candidates(document, max_words, relaxed=True)
    if not candidates.choices:
        first = document.sentences[0]
        return render(Statement(first, tuple(range(min(len(first.tokens), max_words)))), document.source, max_words)
    scores = load_model(HEADLINE_MODEL).predict(candidates.features)
    statement, length = candidates.choices[int(np.argmax(scores))]
    return render(statement, document.source, length)
