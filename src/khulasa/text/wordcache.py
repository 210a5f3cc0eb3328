"""Per-word-form caches, bounded in entries and in bytes: the hot path's memoization.

A news vocabulary repeats, so each function of one word form is computed once; but a service
runs for days and an input can hold a 'word' of a million letters, so a cache keeps at most
WORD_CACHE_SIZE (charsets) forms and never a form longer than MAX_CACHED_WORD_CHARS (those are computed
each time). Worst case ≈ WORD_CACHE_SIZE × (≈ 330 B of entry + 2 × 2 × MAX_CACHED_WORD_CHARS B
of key and value) ≈ 60 MiB per cache; SaudiNewsNet dev (2,000 articles, 78,703 forms, longest 24
letters) fills each to ≈ 25 MiB.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, wraps
from typing import TypeVar

from khulasa.text.charsets import WORD_CACHE_SIZE

# Longer 'words' are no words (dev's longest is 24 letters): computed, never kept.
MAX_CACHED_WORD_CHARS = 40

Result = TypeVar("Result")


def word_cache(function: Callable[[str], Result]) -> Callable[[str], Result]:
    """`function` of one word, memoized within the bounds above."""
    cached = lru_cache(maxsize=WORD_CACHE_SIZE)(function)

    @wraps(function)
    def lookup(word: str) -> Result:
        return cached(word) if len(word) <= MAX_CACHED_WORD_CHARS else function(word)

    return lookup
