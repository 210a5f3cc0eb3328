"""General-language word frequencies for Arabic, from wordfreq's offline data."""

from __future__ import annotations

import math
from functools import lru_cache

from wordfreq import get_frequency_dict

# Zipf value given to a form wordfreq has never seen (a unigram model's smoothing floor).
UNKNOWN_ZIPF = -3.0


@lru_cache(maxsize=1)
def _frequencies() -> dict[str, float]:
    """wordfreq's Arabic word frequencies (≈620k words, shipped inside the wheel)."""
    return get_frequency_dict("ar")


def zipf(word: str) -> float:
    """log10 of the word's frequency per billion words; UNKNOWN_ZIPF if never seen."""
    freq = _frequencies().get(word, 0.0)
    return math.log10(freq) + 9.0 if freq > 0 else UNKNOWN_ZIPF
