"""Split words that scraping ran together («أنقرةوواشنطن» → «أنقرة وواشنطن»), and nothing else.

No library does this for Arabic: wordfreq gives the frequencies, khulasa.text.morphology says
what a word form can be, the decision is ours. A false split of a correct word is worse than a
missed repair. A letter that only ends words (ة, or ى not before a hamza seat «شىء») or a
tanween mark inside a token is a sure join point: the token is cut there when both sides are
word forms («أنقرةوطهران», «وطيشاًوضعف»). Otherwise a token is split only when
- it is not a word form: a known base with its clitics and suffixes («وملخصهما», «إعلانان» and
  «عدولا» stay whole, whatever their halves look like);
- some cut leaves two words wordfreq knows (a proclitic allowed on either half), found with one
  prefix walk of the frequency trie rather than a lookup per cut point; and
- a logistic model over the best cut (the halves' frequencies and lengths, a word-final ة/ى
  before the cut, clitics and the article at it, function words, how clearly the cut beats the
  others) scores it as a join rather than a transliterated name («سوروتش», «ميتوفيتش», «نورثهامبتون»).
The model was fitted on SaudiNewsNet train by scripts/train_segmenter.py (positives: adjacent
words joined; negatives: every other token of the same text); its threshold is set there too.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

import numpy as np

from khulasa.rank.models import LinearModel, load_model
from khulasa.text.charsets import (
    ARABIC_LETTERS,
    DIACRITICS,
    DIACRITICS_RE,
    TATWEEL,
    WORD_CACHE_SIZE,
    class_table,
)
from khulasa.text.formtable import NOT_LISTED, listed_cut
from khulasa.text.frequency import bare_zipf, known_prefixes, zipf
from khulasa.text.morphology import (
    BASE_MIN_ZIPF,
    MAX_WORD_LETTERS,
    WORD_MIN_ZIPF,
    is_word_form,
    plausibility,
    readings,
)
from khulasa.text.normalize import normalize_word, strip_diacritics
from khulasa.text.stems import stopwords
from khulasa.text.wordcache import form_record, word_cache

# Both halves of a candidate cut must be at least this common (Zipf: log10 per billion words).
MIN_PART_ZIPF: Final = 2.5
MIN_WORD_LENGTH: Final = 5
# A half behind a proclitic («لأنقرة», «وبالتدريبات») counts as its base, less this penalty.
PROCLITIC_PENALTY: Final = 0.5
# Two-letter halves must be real two-letter words, not suffix chunks such as «ات» or «ها».
TWO_LETTER_WORDS: Final = frozenset(
    "من في عن أن إن ان لا ما لم لن قد هو هي كل أو او ثم بل مع به له آل".split()
)
WORD_FINAL_LETTERS: Final = "ةى"
# A word-final letter or tanween inside a token: the join point («ى» before «ء» is old spelling).
_MARKED_END_RE: Final = re.compile("ة|ى(?!ء)")
_TANWEEN_RE: Final = re.compile("[\u064b-\u064d]\u0627?|\u0627[\u064b-\u064d]")
PROCLITIC_LETTERS: Final = "وبلف"
LONG_VOWELS: Final = frozenset("اوي")
# How far below the best cut the second one may be before the feature stops caring.
NO_RIVAL: Final = -5.0
MODEL: Final = "segmenter"

FEATURES: Final = (
    "left_strength", "right_strength", "min_strength", "left_letters", "right_letters",
    "min_letters", "left_word_final", "right_article", "right_proclitic", "left_article",
    "left_function_word", "right_function_word", "right_zipf", "left_zipf", "rival_margin",
    "cuts", "right_bare_alef", "long_vowel_share", "left_reading", "right_reading", "letters",
    "inner_article", "long_vowels", "whole_zipf",
)  # fmt: skip

_RUN_CHARS: Final = f"{ARABIC_LETTERS}{DIACRITICS}{TATWEEL}"
# Whole runs of Arabic letters at least MIN_WORD_LENGTH long (greedy, so each match is a whole
# run), for the rewrite of a text that has a run to split; `_arabic_runs` finds the same runs.
MAX_RUN_LETTERS: Final = 2 * MAX_WORD_LETTERS
_ARABIC_RUN_RE: Final = re.compile(f"[{_RUN_CHARS}]{{{MIN_WORD_LENGTH},}}")
_RUN_TABLE: Final = class_table(_RUN_CHARS)

Cut = tuple[float, str, str, float, float]  # (score, left, right, left strength, right strength)


def _strength(part: str) -> float:
    """How surely `part` is a word on its own: its frequency, or its base's behind clitics and
    suffixes («لأنقرة», «استهدافهما») less PROCLITIC_PENALTY per attached part."""
    if len(part) < 2 or (len(part) == 2 and part not in TWO_LETTER_WORDS):
        return float("-inf")
    score = bare_zipf(part)  # a piece of a diacritic-free token: no cache for one-off pieces
    for prefixes, _, suffixes, base_zipf in readings(part):
        score = max(score, base_zipf - PROCLITIC_PENALTY * (len(prefixes) + len(suffixes)))
    return score


def _best_reading(part: str) -> float:
    return max(map(plausibility, readings(part)), default=-3.0)


def candidate_cuts(bare: str) -> list[Cut]:
    """Cuts of a diacritic-free token into two known words, strongest first."""
    cuts: list[Cut] = []
    for left in known_prefixes(bare, BASE_MIN_ZIPF):
        right = bare[len(left) :]
        if len(right) < 2:
            continue
        left_score = _strength(left)
        if left_score < MIN_PART_ZIPF:
            continue
        right_score = _strength(right)
        if right_score >= MIN_PART_ZIPF:
            cuts.append((left_score + right_score, left, right, left_score, right_score))
    return sorted(cuts, reverse=True)


def cut_features(bare: str, cuts: list[Cut]) -> list[float]:
    """The model's features (FEATURES order) for the best of `cuts`."""
    score, left, right, left_score, right_score = cuts[0]
    function_words = stopwords()
    features = (
        left_score, right_score, min(left_score, right_score), len(left), len(right),
        min(len(left), len(right)), left[-1] in WORD_FINAL_LETTERS, right.startswith("ال"),
        right[0] in PROCLITIC_LETTERS and not right.startswith("ال"), left.startswith("ال"),
        normalize_word(left) in function_words, normalize_word(right) in function_words,
        bare_zipf(right), bare_zipf(left), cuts[1][0] - score if len(cuts) > 1 else NO_RIVAL, len(cuts),
        right[0] == "ا" and not right.startswith("ال"),
        sum(c in LONG_VOWELS for c in bare) / len(bare), _best_reading(left),
        _best_reading(right), len(bare), "ال" in bare[1:], sum(c in "وي" for c in bare),
        bare_zipf(bare),
    )  # fmt: skip
    return [float(f) for f in features]


@lru_cache(maxsize=1)
def _model() -> LinearModel:
    model = load_model(MODEL)
    if model.feature_names != FEATURES:
        raise RuntimeError(f"data/models/{MODEL}.json does not match this version's features")
    return model


def has_marked_end(word: str) -> bool:
    """True when a word-final letter or a tanween stands inside `word` (the sure-join rule)."""
    bare = strip_diacritics(word)
    return bool(_MARKED_END_RE.search(bare, 0, len(bare) - 1)) or any(
        m.end() < len(word) for m in _TANWEEN_RE.finditer(word)
    )


def marked_cut(bare: str, ends: list[int]) -> int | None:
    """The one cut among `ends` (positions just after a word-final mark) that leaves two word
    forms; None if there is none or more than one."""
    cuts = [
        end
        for end in ends
        if bare[:end] != "الا"  # «الاٍرهاب»: a hamza typed as tanween under the article's alef
        and is_word_form(bare[:end])
        and is_word_form(bare[end:])
    ]
    return cuts[0] if len(cuts) == 1 else None


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _cut(bare: str, tanween_ends: tuple[int, ...]) -> int | None:
    """Where a diacritic-free token of at most MAX_WORD_LETTERS letters was run together;
    `tanween_ends` are the letter positions just after a tanween mark in the original."""
    ends = [m.end() for m in _MARKED_END_RE.finditer(bare, 0, len(bare) - 1)]
    if ends or tanween_ends:
        return marked_cut(bare, sorted({*ends, *tanween_ends}))
    if is_word_form(bare):
        return None
    cuts = candidate_cuts(bare)
    if not cuts:
        return None
    score = _model().predict(np.array([cut_features(bare, cuts)]))[0]
    return len(cuts[0][1]) if score > 0 else None


def _split_joined(word: str) -> tuple[str, ...]:
    """The parts of a run-together word, or `(word,)` when it should stay whole.

    Harakat and tatweel are ignored for the decision and kept in the parts; tokens longer than
    MAX_WORD_LETTERS letters are never split. Cached per word form as `split_joined`.
    """
    if len(word) < MIN_WORD_LENGTH or len(word) > 2 * MAX_WORD_LETTERS:
        return (word,)
    bare = strip_diacritics(word)
    if len(bare) > MAX_WORD_LETTERS or len(bare) < MIN_WORD_LENGTH:
        return (word,)
    if bare == word:
        listed = listed_cut(word)  # a form wordfreq lists: worked out ahead (text/formtable.py)
        if listed != NOT_LISTED:
            return (word[:listed], word[listed:]) if listed else (word,)
        if zipf(word) >= WORD_MIN_ZIPF and not _MARKED_END_RE.search(word, 0, len(word) - 1):
            return (word,)  # a listed word without a sure join point: what _cut says, sooner
        cut = _cut(bare, ())
        return (word,) if cut is None else (word[:cut], word[cut:])
    # Letter positions of the original's characters, to map cuts both ways past the harakat.
    letters_before = [0] * (len(word) + 1)
    for position, char in enumerate(word):
        letters_before[position + 1] = letters_before[position] + (not DIACRITICS_RE.match(char))
    tanween = (letters_before[m.end()] for m in _TANWEEN_RE.finditer(word) if m.end() < len(word))
    cut = _cut(bare, tuple(sorted(set(tanween))))
    if cut is None:
        return (word,)
    position = next(p for p in range(len(word)) if letters_before[p] == cut and p > 0
                    and not DIACRITICS_RE.match(word[p]))
    return (word[:position], word[position:])


# Cached per word form (text/wordcache.py).
split_joined: Final = word_cache(_split_joined)


def _split_text(run: str) -> str:
    """The run with a space at its split point, or "" when it stays whole (most runs)."""
    parts = _split_joined(run)
    return " ".join(parts) if len(parts) > 1 else ""


def _split_texts(run: str) -> str:
    """What repair asks of each run, kept in its form record (text/wordcache.py; most runs of
    an article were seen before). A whole run's answer is the one empty string: no tuple made
    and kept per form (the `(word,)` of split_joined's cache was a third of the objects each
    article left for the cycle collector to track, see pipeline._no_cycle_collection)."""
    record = form_record(run)
    found = record.split
    if found is None:
        found = record.split = _split_text(run)
    return found


def _arabic_runs(text: str) -> set[str]:
    """The distinct runs of _RUN_CHARS of MIN_WORD_LENGTH to MAX_RUN_LETTERS characters: what
    _ARABIC_RUN_RE finds, less the longer ones (an 80,000-letter paste is dropped by its length,
    and never reaches the splitter or its caches). Compiled, one scan of the code points: the
    regex engine's findall cost ~5× as much."""
    table = _RUN_TABLE
    size = len(table)
    runs: set[str] = set()
    start = -1  # where the run being read began (-1: none)
    end = len(text)
    for i in range(end + 1):
        if i < end:
            code = ord(text[i])
            if code < size and table[code]:
                if start < 0:
                    start = i
                continue
        if start >= 0:
            if MIN_WORD_LENGTH <= i - start <= MAX_RUN_LETTERS:
                runs.add(text[start:i])
            start = -1
    return runs


def repair_joined_words(text: str) -> str:
    """`text` with every run-together Arabic word split by a space; nothing else changes.

    Each distinct run is decided once (one cached lookup); the text is
    rewritten only when some run splits, which most articles have none of: a replacement
    callback per run cost a third of the article's analysis.
    """
    splits: dict[str, str] = {}
    for run in _arabic_runs(text):
        split = _split_texts(run)
        if split:
            splits[run] = split
    if not splits:
        return text
    return _ARABIC_RUN_RE.sub(lambda match: splits.get(match.group(), match.group()), text)
