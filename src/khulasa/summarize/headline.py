"""A headline naming the story: the lead's main statement, cut where a phrase ends.

The lead sentence's statement keeps its leading verb, negation and subject (titles often drop the
past-tense verb, and a window chosen for ROUGE against titles did too, leaving verbless or
reversed scraps); honorifics, time fillers and datelines are deleted, and the end is the best
grammatical cut within the word limit, preferring punctuation and clause boundaries.
"""

from __future__ import annotations

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

LEAD_SENTENCES = 2
PREFERRED_WORDS = 12
# Score of an end: boundary strength, minus this per word beyond PREFERRED_WORDS, plus this per
# word up to it (longer complete statements say more).
OVER_LENGTH_COST = 0.6
LENGTH_GAIN = 0.08
# A statement that opens on a fronted adverbial or later in the lead ranks below the main one.
LATER_STATEMENT_COST = 2.5
NO_VERB_COST = 1.0
# The claim without its reporting frame: below the whole statement, above later clauses.
CLAIM_COST = 0.8
# A lead statement opening on a fronted adverbial («رغم …») ranks below a later main clause.
FRONTED_COST = 4.0


def _best_end(statement: Statement, source: str, max_words: int, relaxed: bool) -> tuple[float, int, float] | None:
    words = words_of(statement.sentence)
    choices = ends(statement, words, gaps_of(statement.sentence, source), max_words, relaxed=relaxed)
    if not choices:
        return None
    best: tuple[float, int, float] | None = None
    for length, strength in choices:
        kept = [words[i] for i in statement.keep[:length]]
        value = strength + LENGTH_GAIN * min(length, PREFERRED_WORDS)
        value -= OVER_LENGTH_COST * max(0, length - PREFERRED_WORDS)
        if not any(grammar.is_verb(w) for w in kept):
            value -= NO_VERB_COST
        if best is None or value > best[0]:
            best = (value, length, strength)
    return best


def _best(document: Document, max_words: int, relaxed: bool) -> tuple[float, Statement, int] | None:
    """The best-scoring (statement, length) of the lead; `relaxed` as in `clauses.ends`."""
    best: tuple[float, Statement, int] | None = None
    for sentence in document.sentences[:LEAD_SENTENCES]:
        words = words_of(sentence)
        found_statements = statements(sentence, document.source, lead=True)
        frames = [claim_of(s) for s in found_statements[:1]]
        for rank, statement in enumerate(found_statements + [f for f in frames if f is not None]):
            found = _best_end(statement, document.source, max_words, relaxed)
            if found is None or (rank > 0 and subject_elided(statement)):
                continue
            claim = rank >= len(found_statements)
            value = found[0] - LATER_STATEMENT_COST * ((0 if claim else rank) + sentence.index)
            value -= CLAIM_COST if claim else 0.0
            if not grammar.can_open(words[statement.keep[0]]):
                # A fronted adverbial («وسط …», «رغم …») only as a whole clause.
                if found[2] < 2 and not relaxed:
                    continue
                value -= FRONTED_COST
            if best is None or value > best[0]:
                best = (value, statement, found[1])
    return best


def select_headline(document: Document, *, max_words: int) -> Passage:
    """The lead's main statement, at most `max_words` words; if no statement of the lead can be
    completed within the limit, its best clean cut; the first words as a last resort."""
    best = _best(document, max_words, relaxed=False) or _best(document, max_words, relaxed=True)
    if best is None:
        first = document.sentences[0]
        return render(Statement(first, tuple(range(min(len(first.tokens), max_words)))), document.source, max_words)
    return render(best[1], document.source, best[2])
