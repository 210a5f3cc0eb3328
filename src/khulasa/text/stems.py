"""Stems and stop words: the vocabulary sentences are compared in."""

from __future__ import annotations

from importlib import resources
from typing import Final

import Stemmer  # PyStemmer: the C build of the Snowball Arabic stemmer (fast on the hot path)

from khulasa.text.formtable import listed_stem
from khulasa.text.frequency import informativeness
from khulasa.text.normalize import fold_letters, normalize_letters, strip_diacritics
from khulasa.text.wordcache import form_record, loaded, word_cache

# No cache inside the stemmer (its 10k-entry cache thrashed on news vocabulary: 3.1 µs a word
# against 1.2 µs without); words are cached once per form here (text/wordcache.py).
_STEMMER: Final = Stemmer.Stemmer("arabic", 0)


_STOPWORDS: Final[list[frozenset[str]]] = []  # loaded once (text/wordcache.py: `loaded`)


def stopwords() -> frozenset[str]:
    """Arabic function words (letter-normalized), shipped as package data."""
    return loaded(_STOPWORDS, _load_stopwords)


def _load_stopwords() -> frozenset[str]:
    raw = resources.files("khulasa.data").joinpath("stopwords-ar.txt").read_text(encoding="utf-8")
    return frozenset(normalize_letters(w) for w in raw.split())


def _stem(word: str) -> str:
    """Snowball Arabic stem, letter-normalized afterwards (the stemmer wants ة to strip it).

    Snowball keeps a conjunction before the article («والمدرسة» → «والمدرس»), so و/ف + ال is
    reduced to ال first; and it strips ة but not the ه that careless writing puts in its place
    («المدرسه»), so a final ه left on a longer stem is dropped too.
    """
    bare = strip_diacritics(word)
    return _looked_up_stem(bare, fold_letters(bare))


def _looked_up_stem(bare: str, folded: str) -> str:
    """`_stem_bare(bare)` (`folded`: `fold_letters(bare)`), from the per-form table when
    wordfreq lists the form (text/formtable.py): a slice instead of the stemmer's call."""
    found = listed_stem(bare, folded)
    return found if found is not None else _stem_bare(bare)


def _stem_bare(word: str) -> str:
    """`stem` of a word already without diacritics (the stemmer adds none)."""
    if len(word) > 4 and word[0] in "وف" and word[1:3] in ("ال", "لل"):
        word = word[1:]
    stemmed = fold_letters(_STEMMER.stemWord(word))
    return stemmed[:-1] if len(stemmed) > 3 and stemmed.endswith("ه") else stemmed


def _word_reading(word: str) -> tuple[str | None, str, float]:
    """(`content_stem`, `normalize_word`, `frequency.informativeness` (0 for no content word))
    of a word, worked out together: what document analysis and its vectors need of every token.
    One cached record instead of a lookup in each function's cache: on this hot path a lookup
    that misses the CPU caches costs more than folding the word's letters."""
    bare = strip_diacritics(word)
    folded = fold_letters(bare)
    if len(word) < 2 or word.isdigit() or folded in stopwords():
        return None, folded, 0.0
    return _looked_up_stem(bare, folded), folded, informativeness(word)


def word_reading(word: str) -> tuple[str | None, str, float]:
    """`_word_reading`, kept in the word's form record (text/wordcache.py)."""
    record = form_record(word)
    found = record.reading
    if found is None:
        found = record.reading = _word_reading(word)
    return found


# Cached per word form (text/wordcache.py).
_any_stem: Final = word_cache(_stem)


def content_stem(word: str) -> str | None:
    """The stem of a word that carries content; None for stop words, one-letter tokens and
    bare numbers. `word_reading`'s first part: the words asked for are the article's, whose
    records analysis made already (a cache of its own stemmed 18 forms an article again)."""
    return word_reading(word)[0]


def stem(word: str) -> str:
    """Snowball Arabic stem of any word, stop words too (see `_stem`): a content word's is
    its `word_reading` stem, already worked out."""
    found = word_reading(word)[0]
    return found if found is not None else _any_stem(word)


def content_stems(words: list[str]) -> list[str]:
    """Stems of the content words, in order (a compiled loop: native calls, not map's)."""
    found = []
    for word in words:
        stemmed = content_stem(word)
        if stemmed is not None:
            found.append(stemmed)
    return found
