"""Split words that scraping ran together («أنقرةوواشنطن» → «أنقرة وواشنطن») by word frequency.

No library does this for Arabic: wordfreq gives the frequencies, the decision rule is ours.
A false split of a correct word is worse than a missed repair, so a word is split only when
its joined form is rare and both halves are common words whose joint probability clearly
beats the joined form. Thresholds were tuned on SaudiNewsNet train
(scripts/measure_segmenter.py); docs/SEGMENTER.md has the dev numbers.
"""

from __future__ import annotations

import re
from functools import lru_cache

from khulasa.text.charsets import ARABIC_LETTERS, DIACRITICS, TATWEEL, WORD_CACHE_SIZE
from khulasa.text.frequency import zipf

# Joined forms at or above this Zipf frequency are real words and never split.
MAX_JOINED_ZIPF = 3.5
# Each half must be a word at least this common (Zipf scale: log10 per billion words).
MIN_PART_ZIPF = 2.0
# log10 P(left) + log10 P(right) must beat log10 P(joined) by this much.
MIN_LOG10_GAIN = 0.5
# When a second cut is almost as likely («أو ليحيى» / «أول يحيى»), leave the word alone.
AMBIGUITY_MARGIN = 1.0
MIN_WORD_LENGTH = 5
# A right half «لأنقرة» rare in itself is scored by «أنقرة», less this penalty.
PROCLITICS = "وفبلك"
PROCLITIC_PENALTY = 0.5
# A joined form that is a known word behind proclitics («ويكسبهم» = و + «يكسبهم») counts as
# that word, less this penalty: it is a real word, not two run together.
PREFIXES = ("وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك")
PREFIXED_WORD_PENALTY = 1.0
# Two-letter halves must be real two-letter words, not suffix chunks such as «ات» or «ها».
TWO_LETTER_WORDS = frozenset("من في عن أن إن ان لا ما لم لن قد هو هي كل أو او ثم بل مع به له".split())

_ARABIC_RUN_RE = re.compile(f"[{ARABIC_LETTERS}{DIACRITICS}{TATWEEL}]{{{MIN_WORD_LENGTH},}}")


def _joined_zipf(word: str) -> float:
    """Frequency of the whole form, or of the word it is behind a proclitic if that is higher."""
    stripped = [
        zipf(word[len(p) :]) - PREFIXED_WORD_PENALTY
        for p in PREFIXES
        if word.startswith(p) and len(word) - len(p) >= 3
    ]
    return max([zipf(word), *stripped])


def _part_zipf(part: str, *, right: bool) -> float:
    """Frequency of one half; a short half must be a real word, a right half may back off."""
    if len(part) < 2 or (len(part) == 2 and part not in TWO_LETTER_WORDS):
        return float("-inf")
    score = zipf(part)
    if right and len(part) > 3 and part[0] in PROCLITICS:
        score = max(score, zipf(part[1:]) - PROCLITIC_PENALTY)
    return score


@lru_cache(maxsize=WORD_CACHE_SIZE)
def split_joined(word: str) -> tuple[str, ...]:
    """The parts of a run-together word, or `(word,)` when it should stay whole."""
    if len(word) < MIN_WORD_LENGTH or zipf(word) >= MAX_JOINED_ZIPF:
        return (word,)  # the fast path: most words are common words
    joined = _joined_zipf(word)
    if joined >= MAX_JOINED_ZIPF:
        return (word,)
    gains: list[tuple[float, int]] = []
    for cut in range(2, len(word) - 1):
        left = _part_zipf(word[:cut], right=False)
        if left < MIN_PART_ZIPF:
            continue
        right = _part_zipf(word[cut:], right=True)
        if right >= MIN_PART_ZIPF:
            gains.append(((left - 9.0) + (right - 9.0) - (joined - 9.0), cut))
    gains.sort(reverse=True)
    if not gains or gains[0][0] < MIN_LOG10_GAIN:
        return (word,)
    if len(gains) > 1 and gains[1][0] > gains[0][0] - AMBIGUITY_MARGIN:
        return (word,)
    cut = gains[0][1]
    return (word[:cut], word[cut:])


def repair_joined_words(text: str) -> str:
    """`text` with every run-together Arabic word split by a space; nothing else changes."""
    return _ARABIC_RUN_RE.sub(lambda m: " ".join(split_joined(m.group())), text)
