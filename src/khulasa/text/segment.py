"""Split words that scraping ran together («أنقرةوواشنطن» → «أنقرة وواشنطن»), and nothing else.

No library does this for Arabic: wordfreq gives the frequencies, khulasa.text.morphology says
what a word form can be, the decision rule is ours. A false split of a correct word is worse than
a missed repair, so a token is split only when
- it is not a word form (a known base with its clitics and suffixes: «وملخصهما», «إعلانان» and
  «عدولا» stay whole), and
- one cut leaves two strong words (common in wordfreq, with a proclitic allowed on either half),
  clearly better than any other cut. An unknown token whose halves are not both strong words —
  a transliterated name such as «سوروتش» or «ميتوفيتش» — stays whole.
Left halves are found with one prefix walk of the frequency trie, not a lookup per cut point.
Thresholds were set on SaudiNewsNet train (scripts/measure_segmenter.py --split train).
"""

from __future__ import annotations

import re
from functools import lru_cache

from khulasa.text.charsets import ARABIC_LETTERS, DIACRITICS, DIACRITICS_RE, TATWEEL, WORD_CACHE_SIZE
from khulasa.text.frequency import known_prefixes, zipf
from khulasa.text.morphology import MAX_WORD_LETTERS, analyses, is_word_form

# Each half must be a word at least this common (Zipf scale: log10 per billion words).
MIN_PART_ZIPF = 3.5
# When a second cut is almost as strong («أو ليحيى» / «أول يحيى»), leave the word alone.
AMBIGUITY_MARGIN = 1.0
MIN_WORD_LENGTH = 5
# A half behind a proclitic («لأنقرة», «وبالتدريبات») counts as its base, less this penalty.
PROCLITIC_PENALTY = 0.5
# Two-letter halves must be real two-letter words, not suffix chunks such as «ات» or «ها».
TWO_LETTER_WORDS = frozenset(
    "من في عن أن إن ان لا ما لم لن قد هو هي كل أو او ثم بل مع به له آل".split()
)

_ARABIC_RUN_RE = re.compile(f"[{ARABIC_LETTERS}{DIACRITICS}{TATWEEL}]{{{MIN_WORD_LENGTH},}}")


def _strength(part: str) -> float:
    """How surely `part` is a word on its own: its frequency, or its base's behind proclitics."""
    if len(part) < 2 or (len(part) == 2 and part not in TWO_LETTER_WORDS):
        return float("-inf")
    score = zipf(part)
    if score >= MIN_PART_ZIPF:
        return score
    for reading in analyses(part):
        if reading.prefixes and not reading.suffixes:
            score = max(score, reading.zipf - PROCLITIC_PENALTY)
    return score


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _cut(bare: str) -> int | None:
    """Where a diacritic-free token of at most MAX_WORD_LETTERS letters was run together."""
    if is_word_form(bare):
        return None
    cuts: list[tuple[float, int]] = []
    for left in known_prefixes(bare, MIN_PART_ZIPF):
        right = bare[len(left) :]
        left_score = _strength(left)
        if len(right) >= 2 and left_score >= MIN_PART_ZIPF:
            right_score = _strength(right)
            if right_score >= MIN_PART_ZIPF:
                cuts.append((left_score + right_score, len(left)))
    cuts.sort(reverse=True)
    if not cuts or (len(cuts) > 1 and cuts[1][0] > cuts[0][0] - AMBIGUITY_MARGIN):
        return None
    return cuts[0][1]


def split_joined(word: str) -> tuple[str, ...]:
    """The parts of a run-together word, or `(word,)` when it should stay whole.

    Harakat and tatweel are ignored for the decision and kept in the parts; tokens longer than
    MAX_WORD_LETTERS letters are never split (nor cached: the caches hold short keys only).
    """
    if len(word) < MIN_WORD_LENGTH:
        return (word,)
    bare = DIACRITICS_RE.sub("", word) if len(word) <= 2 * MAX_WORD_LETTERS else word
    if len(bare) > MAX_WORD_LETTERS or len(bare) < MIN_WORD_LENGTH:
        return (word,)
    cut = _cut(bare)
    if cut is None:
        return (word,)
    if bare != word:  # map the cut back past the harakat that follow each letter
        letters = 0
        for position, char in enumerate(word):
            if not DIACRITICS_RE.match(char):
                if letters == cut:
                    cut = position
                    break
                letters += 1
    return (word[:cut], word[cut:])


def repair_joined_words(text: str) -> str:
    """`text` with every run-together Arabic word split by a space; nothing else changes."""
    return _ARABIC_RUN_RE.sub(lambda m: " ".join(split_joined(m.group())), text)
