"""Letter normalization for matching and scoring; output text is never normalized."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from khulasa.text.charsets import DIACRITICS, DIACRITICS_RE, DIGIT_TRANSLATION, TATWEEL
from khulasa.text.wordcache import word_cache

# Letter variants to one form, and Arabic-Indic digits to ASCII: one table, one pass.
_LETTER_TRANSLATION: Final = DIGIT_TRANSLATION | str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        "ؤ": "و",
        "ئ": "ي",
    }
)


def _table(codes: Iterable[int]) -> bytes:
    """A byte per code point up to the highest of `codes`, 1 at each of them (`_has_any`)."""
    marked = list(codes)
    table = bytearray(max(marked) + 1)
    for code in marked:
        table[code] = 1
    return bytes(table)


def _has_any(text: str, table: bytes) -> bool:
    """Does `text` hold a character `table` marks? Compiled, a native loop over the code points:
    a fifth of what a regex search or str.isalnum and three `in` tests cost on a word."""
    size = len(table)
    for i in range(len(text)):
        code = ord(text[i])
        if code < size and table[code]:
            return True
    return False


_UPPER_LATIN: Final = _table(range(ord("A"), ord("Z") + 1))
# Any character fold_letters changes: without one (7 words in 10), the word is returned as it
# is, without str.translate's dictionary lookup per character.
_FOLDED: Final = _table([*_LETTER_TRANSLATION, *range(ord("A"), ord("Z") + 1)])
# What DIACRITICS_RE matches (its highest character is the highest written in its class).
_MARKS: Final = _table(code for code in range(max(map(ord, DIACRITICS + TATWEEL)) + 1)
                       if DIACRITICS_RE.match(chr(code)))


def strip_diacritics(text: str) -> str:
    """Remove harakat and tatweel, which vary freely between writers of the same word.

    Text without any (9 word forms in 10) is returned as it is, without a regex pass."""
    if not _has_any(text, _MARKS):
        return text
    return DIACRITICS_RE.sub("", text)


def normalize_letters(text: str) -> str:
    """Unify alef forms, alef maqsura/yaa, taa marbuta/haa, hamza seats, digits and case.

    Two spellings of one word (أحمد/احمد, مستشفى/مستشفي, مدرسة/مدرسه) then match.
    """
    return fold_letters(strip_diacritics(text))


def fold_letters(text: str) -> str:
    """normalize_letters for text already without diacritics (one strip per word form)."""
    if not _has_any(text, _FOLDED):
        return text
    text = text.translate(_LETTER_TRANSLATION)
    if _has_any(text, _UPPER_LATIN):
        text = text.lower()
    return text


# normalize_letters for one word, cached: words repeat, so this is the hot-path form.
normalize_word: Final = word_cache(normalize_letters)
