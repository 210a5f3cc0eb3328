"""A headline naming the story: the best short window of the lead, chosen by a learned model.

Candidates are runs of 4–14 words inside one of the first sentences; a linear model trained on
SaudiNewsNet titles (scripts/train.py) scores them from position, length and word cues, so it
learns to skip datelines («واس - الرياض:») and to stop before a trailing clause.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np

from khulasa.rank.features import term_weight
from khulasa.rank.models import load_model
from khulasa.summarize.clauses import can_end_phrase
from khulasa.summary import Passage
from khulasa.text.document import Document
from khulasa.text.normalize import normalize_word
from khulasa.text.stems import stem, stopwords
from khulasa.text.tokens import Token

HEADLINE_MODEL = "headline"
LEAD_SENTENCES = 3
LEAD_TOKENS = 40
MAX_START = 15
MIN_HEADLINE_WORDS = 4
MAX_HEADLINE_WORDS = 14
MAX_REPETITION = 5
_START_BINS = range(6)
_PUNCTUATION_BEFORE = set(":-–—،,؛")
_DATELINE_MARKS = set(":-–—")
# A «:» or dash this close to a window's start marks a dateline («واس - الرياض:»).
DATELINE_REACH = 3

HEADLINE_FEATURES: tuple[str, ...] = (
    "start", "length", "sentence", "at_first_token", "at_sentence_start", "after_punctuation",
    "stopword_share", "starts_with_stopword", "ends_with_stopword", "mean_informativeness",
    "mean_repetition", "digit_share", "next_is_stopword", "ends_sentence", "next_after_punctuation",
    *(f"start_is_{k}" for k in _START_BINS),
    *(f"length_is_{k}" for k in range(MIN_HEADLINE_WORDS, MAX_HEADLINE_WORDS + 1)),
)


@dataclass(frozen=True)
class HeadlineCandidates:
    """Lead tokens and every candidate window over them, with one feature row per window."""

    tokens: tuple[Token, ...]
    windows: tuple[tuple[int, int], ...]  # (first token, word count)
    features: np.ndarray


def _lead_tokens(document: Document) -> tuple[list[Token], list[int], list[str]]:
    """The first LEAD_TOKENS tokens of the lead, each with its sentence and the text between it
    and the token before (where «:», «-» or «،» show phrase boundaries)."""
    tokens: list[Token] = []
    sentence_of: list[int] = []
    gaps: list[str] = []
    for sentence in document.sentences[:LEAD_SENTENCES]:
        for token in sentence.tokens:
            gaps.append(document.source[tokens[-1].end : token.start] if tokens else "")
            tokens.append(token)
            sentence_of.append(sentence.index)
            if len(tokens) == LEAD_TOKENS:
                return tokens, sentence_of, gaps
    return tokens, sentence_of, gaps


def headline_candidates(document: Document, max_words: int) -> HeadlineCandidates:
    """Windows of MIN_HEADLINE_WORDS..max_words tokens that read as a headline: inside one
    sentence, starting where a phrase opens (sentence start, after punctuation or a function
    word) or one word in (past a leading verb), and not ending on a stop word or a dangling
    name particle."""
    tokens, sentence_of, gaps = _lead_tokens(document)
    count = len(tokens)
    after_punctuation = [bool(_PUNCTUATION_BEFORE.intersection(gap)) for gap in gaps]
    after_dateline_mark = [bool(_DATELINE_MARKS.intersection(gap)) for gap in gaps]
    stop = stopwords()
    is_stop = np.array([normalize_word(t.text) in stop for t in tokens], dtype=np.float64)
    informativeness = np.array([term_weight(t.text) for t in tokens])
    frequency = Counter(s for sentence in document.sentences for s in sentence.stems)
    repetition = np.array([min(frequency[stem(t.text)] - 1, MAX_REPETITION) for t in tokens], dtype=np.float64)
    repetition = np.maximum(repetition, 0.0)
    has_digit = np.array([any(c.isdigit() for c in t.text) for t in tokens], dtype=np.float64)
    sentence_start = np.array([i == 0 or sentence_of[i] != sentence_of[i - 1] for i in range(count)])

    def running(values: np.ndarray) -> np.ndarray:
        return np.concatenate([[0.0], np.cumsum(values)])

    stop_sum, info_sum, repeat_sum, digit_sum = map(running, (is_stop, informativeness, repetition, has_digit))
    starts = [
        start for start in range(min(MAX_START, count))
        if (sentence_start[start] or after_punctuation[start] or is_stop[start - 1] or sentence_start[start - 1])
        and not any(after_dateline_mark[start + 1 : start + 1 + DATELINE_REACH])
    ]
    # Every (start, length) at once; row-major order keeps windows sorted by start, then length.
    lengths = np.arange(MIN_HEADLINE_WORDS, max_words + 1)
    sentence = np.asarray(sentence_of)
    ends = np.asarray(starts, dtype=np.int64)[:, None] + lengths[None, :]
    last = np.minimum(ends, count) - 1
    can_end = np.array([can_end_phrase(t) for t in tokens], dtype=bool)
    valid = (ends <= count) & (sentence[last] == sentence[np.asarray(starts, dtype=np.int64)[:, None]]) & can_end[last]
    start_index, length_index = np.nonzero(valid)
    first = np.asarray(starts, dtype=np.int64)[start_index]
    length = lengths[length_index]
    end = first + length
    at_end = np.append(sentence_start, True)[end]
    punctuation = np.asarray(after_punctuation, dtype=np.float64)
    columns = [
        first, length, sentence[first], first == 0, sentence_start[first], punctuation[first],
        (stop_sum[end] - stop_sum[first]) / length, is_stop[first], is_stop[end - 1],
        (info_sum[end] - info_sum[first]) / length, (repeat_sum[end] - repeat_sum[first]) / length,
        (digit_sum[end] - digit_sum[first]) / length,
        np.where(at_end, 1.0, np.append(is_stop, 1.0)[end]), at_end,
        np.where(at_end, 1.0, np.append(punctuation, 1.0)[end]),
        *(first == k for k in _START_BINS),
        *(length == k for k in range(MIN_HEADLINE_WORDS, MAX_HEADLINE_WORDS + 1)),
    ]
    features = np.column_stack(columns).astype(np.float64) if len(first) else np.zeros((0, len(HEADLINE_FEATURES)))
    windows = [(int(a), int(b)) for a, b in zip(first, length, strict=True)]
    return HeadlineCandidates(tuple(tokens), tuple(windows), features)


def select_headline(document: Document, *, max_words: int) -> Passage:
    """The best-scoring lead window (≤ `max_words` words); a short lead is taken whole."""
    candidates = headline_candidates(document, max_words)
    if not candidates.windows:
        return Passage.from_tokens(document.sentences[0].tokens[:max_words], document.source)
    scores = load_model(HEADLINE_MODEL).predict(candidates.features)
    start, length = candidates.windows[int(np.argmax(scores))]
    return Passage.from_tokens(candidates.tokens[start : start + length], document.source)
