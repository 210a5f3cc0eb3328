"""Split words that scraping ran together («أنقرةوواشنطن» → «أنقرة وواشنطن») by word frequency.

No library does this for Arabic: wordfreq gives the frequencies, the decision rule is ours.
A false split of a correct word is worse than a missed repair, so a word is split only when
its joined form is rare and both halves are common words whose joint probability clearly
beats the joined form.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from wordfreq import get_frequency_dict

from khulasa.text.charsets import ARABIC_LETTERS, DIACRITICS, TATWEEL

# Joined forms at or above this Zipf frequency are real words and never split.
MAX_JOINED_ZIPF = 2.5
# Each half must be a word at least this common (Zipf scale).
MIN_PART_ZIPF = 3.0
# The split must be this many orders of magnitude more probable than the joined form.
MIN_LOG10_GAIN = 1.0
# Zipf value given to a form wordfreq has never seen (a unigram model's smoothing floor).
UNKNOWN_ZIPF = -3.0
MIN_WORD_LENGTH = 6
MIN_PART_LENGTH = 2

_ARABIC_RUN_RE = re.compile(f"[{ARABIC_LETTERS}{DIACRITICS}{TATWEEL}]{{{MIN_WORD_LENGTH},}}")


@lru_cache(maxsize=1)
def _frequencies() -> dict[str, float]:
    """wordfreq's Arabic word frequencies (≈620k words, shipped inside the wheel)."""
    return get_frequency_dict("ar")


def _zipf(word: str) -> float:
    freq = _frequencies().get(word, 0.0)
    return math.log10(freq) + 9.0 if freq > 0 else UNKNOWN_ZIPF


@lru_cache(maxsize=100_000)
def split_joined(word: str) -> tuple[str, ...]:
    """The parts of a run-together word, or `(word,)` when it should stay whole."""
    if len(word) < MIN_WORD_LENGTH:
        return (word,)
    joined = _zipf(word)
    if joined >= MAX_JOINED_ZIPF:
        return (word,)
    best: tuple[float, int] | None = None
    for cut in range(MIN_PART_LENGTH, len(word) - MIN_PART_LENGTH + 1):
        left, right = _zipf(word[:cut]), _zipf(word[cut:])
        if min(left, right) < MIN_PART_ZIPF:
            continue
        # log10 P(left) + log10 P(right) - log10 P(joined); Zipf = log10 per-billion.
        gain = (left - 9.0) + (right - 9.0) - (joined - 9.0)
        if gain >= MIN_LOG10_GAIN and (best is None or gain > best[0]):
            best = (gain, cut)
    if best is None:
        return (word,)
    return (word[: best[1]], word[best[1] :])


def repair_joined_words(text: str) -> str:
    """`text` with every run-together Arabic word split by a space; nothing else changes."""
    return _ARABIC_RUN_RE.sub(lambda m: " ".join(split_joined(m.group())), text)
