"""General-language word frequencies for Arabic, from wordfreq's offline data."""

from __future__ import annotations

import math
from functools import lru_cache

from wordfreq import get_frequency_dict

from khulasa.text.normalize import strip_diacritics

# Zipf value given to a form wordfreq has never seen (a unigram model's smoothing floor).
UNKNOWN_ZIPF = -3.0


@lru_cache(maxsize=1)
def _frequencies() -> dict[str, float]:
    """wordfreq's Arabic word frequencies (≈620k words, shipped inside the wheel)."""
    return get_frequency_dict("ar")


@lru_cache(maxsize=200_000)
def zipf(word: str) -> float:
    """log10 of the word's frequency per billion words; UNKNOWN_ZIPF if never seen.

    wordfreq stores words without harakat or tatweel, so «جيداً» is looked up as «جيدا».
    """
    freq = _frequencies().get(strip_diacritics(word), 0.0)
    return math.log10(freq) + 9.0 if freq > 0 else UNKNOWN_ZIPF
