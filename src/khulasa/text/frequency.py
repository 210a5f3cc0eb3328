"""General-language word frequencies for Arabic (wordfreq's list, shipped as a trie)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import marisa_trie

from khulasa.text.normalize import strip_diacritics
from khulasa.text.wordcache import word_cache

# Zipf value given to a form wordfreq has never seen (a unigram model's smoothing floor).
UNKNOWN_ZIPF = -3.0
_TABLE = "wordfreq-ar.marisa"


@lru_cache(maxsize=1)
def _trie() -> marisa_trie.RecordTrie:
    """Word → Zipf × 100, built by scripts/build_frequencies.py from wordfreq (CC BY-SA 4.0)."""
    data = resources.files("khulasa.data").joinpath(_TABLE).read_bytes()
    return marisa_trie.RecordTrie("<H").frombytes(data)


def _zipf(word: str) -> float:
    """log10 of the word's frequency per billion words; UNKNOWN_ZIPF if never seen.

    wordfreq stores words without harakat or tatweel, so «جيداً» is looked up as «جيدا».
    """
    found = _trie().get(strip_diacritics(word))
    return found[0][0] / 100.0 if found else UNKNOWN_ZIPF


# Cached per word form (text/wordcache.py: a hit is one dict lookup, a third of lru_cache's).
zipf = word_cache(_zipf)


def known_prefixes(word: str, min_zipf: float) -> list[str]:
    """The words wordfreq knows that `word` starts with, at least `min_zipf` common.

    One walk down the trie finds them all: cheaper than a lookup per cut point.
    """
    trie = _trie()
    threshold = round(min_zipf * 100)
    return [p for p in trie.prefixes(word) if p != word and trie[p][0][0] >= threshold]
