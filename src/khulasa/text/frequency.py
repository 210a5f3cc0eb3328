"""General-language word frequencies for Arabic (wordfreq's list, shipped as a trie of forms and
an array of values)."""

from __future__ import annotations

import sys
from array import array
from dataclasses import dataclass
from importlib import resources
from typing import Final

import marisa_trie

from khulasa.text.charsets import WORD_CACHE_SIZE
from khulasa.text.normalize import strip_diacritics
from khulasa.text.wordcache import MAX_CACHED_WORD_CHARS, form_record, loaded

# Zipf value given to a form wordfreq has never seen (a unigram model's smoothing floor).
UNKNOWN_ZIPF: Final = -3.0
# Words this common in general Arabic (Zipf scale) carry little of the story.
COMMON_ZIPF: Final = 6.0
MIN_TERM_WEIGHT: Final = 0.5
_FORMS: Final = "wordfreq-ar.marisa"
_VALUES: Final = "wordfreq-ar-zipf.u16"


@dataclass(frozen=True)
class FrequencyTable:
    """wordfreq's Arabic forms (a MARISA trie: form → key id) and Zipf × 100 by key id, built by
    scripts/build_frequencies.py from wordfreq (CC BY-SA 4.0)."""

    forms: marisa_trie.Trie
    values: array  # unsigned 16-bit, one per key id

    def items(self) -> list[tuple[str, int]]:
        """Every (form, Zipf × 100), in the trie's order."""
        return [(form, self.values[key]) for form, key in self.forms.iteritems()]


_TABLE: Final[list[FrequencyTable]] = []  # the loaded table (text/wordcache.py: `loaded`)


def table() -> FrequencyTable:
    """The shipped table, loaded once (a millisecond)."""
    return loaded(_TABLE, _load_table)


def _load_table() -> FrequencyTable:
    data = resources.files("khulasa.data")
    forms = marisa_trie.Trie().frombytes(data.joinpath(_FORMS).read_bytes())
    values = array("H")
    values.frombytes(data.joinpath(_VALUES).read_bytes())
    if sys.byteorder != "little":
        values.byteswap()
    return FrequencyTable(forms, values)


# The trie's key id of each string looked up (-1: not listed), bounded like the per-form caches:
# the frequency (`_zipf`, `bare_zipf`) and the tag (grammar) of one string were looked up in
# the trie each (~2k instructions a lookup), and the splitter and the morphology try the same
# substrings again (~80 of ~210 lookups an article were repeats). A plain dict behind a compiled
# function, not `word_cache` (the same bounds): most lookups here miss, and a miss through
# `word_cache`'s `__missing__` cost more (15.62M → 15.81M instructions an article, measured).
_KEYS: Final[dict[str, int]] = {}


def key_id(bare: str) -> int:
    """The trie's key id of a diacritic-free string, -1 if wordfreq does not list it."""
    found = _KEYS.get(bare, -2)
    if found == -2:
        found = table().forms.get(bare, -1)
        if len(bare) <= MAX_CACHED_WORD_CHARS:
            if len(_KEYS) >= WORD_CACHE_SIZE:
                _KEYS.clear()
            _KEYS[bare] = found
    return found


def _zipf(word: str) -> float:
    """log10 of the word's frequency per billion words; UNKNOWN_ZIPF if never seen.

    wordfreq stores words without harakat or tatweel, so «جيداً» is looked up as «جيدا».
    """
    key = key_id(strip_diacritics(word))
    return table().values[key] / 100.0 if key >= 0 else UNKNOWN_ZIPF


def zipf(word: str) -> float:
    """`_zipf`, kept in the word's form record (text/wordcache.py)."""
    record = form_record(word)
    found = record.zipf
    if found is None:
        found = record.zipf = _zipf(word)
    return found


def informativeness(word: str) -> float:
    """How informative a word is in general Arabic: rarer words weigh more (an IDF stand-in;
    its zipf is kept per form)."""
    return max(MIN_TERM_WEIGHT, COMMON_ZIPF - max(zipf(word), 0.0))


def bare_zipf(bare: str) -> float:
    """`zipf` of a diacritic-free string, looked up in the trie without the per-form cache: for
    the one-off substrings a morphological analysis or the run-together splitter tries (most are
    no word: on 1,000 dev articles they were 28 % of the cache's 82k entries, kept for nothing)."""
    key = key_id(bare)
    return table().values[key] / 100.0 if key >= 0 else UNKNOWN_ZIPF


def known_prefixes(word: str, min_zipf: float) -> list[str]:
    """The words wordfreq knows that `word` starts with, at least `min_zipf` common.

    One walk down the trie finds them all: cheaper than a lookup per cut point.
    """
    known = table()
    threshold = round(min_zipf * 100)
    return [p for p in known.forms.prefixes(word) if p != word and known.values[known.forms[p]] >= threshold]
