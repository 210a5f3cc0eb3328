"""Letter normalization for matching and scoring; output text is never normalized."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Final

from khulasa.text.charsets import DIACRITICS, DIGIT_TRANSLATION, TATWEEL, class_table
from khulasa.text.wordcache import form_record

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


def _has_any(text: str, table: bytes) -> bool:
    """Does `text` hold a character `table` marks? Compiled, a native loop over the code points:
    a fifth of what a regex search for them cost on a word."""
    size = len(table)
    for i in range(len(text)):
        code = ord(text[i])
        if code < size and table[code]:
            return True
    return False


def replacements(mapping: Mapping[int, str | int | None]) -> list[str | None]:
    """A str.maketrans table as a list by code point up to its highest: each character's
    replacement ("" to delete it), None where it stays (what `translate` reads)."""
    table: list[str | None] = [None] * (max(mapping) + 1)
    for code, new in mapping.items():
        table[code] = "" if new is None else chr(new) if isinstance(new, int) else new
    return table


def translate(text: str, table: list[str | None]) -> str:
    """`text.translate(mapping)` for the mapping `table` was made from (`replacements`).
    Compiled, a scan of the code points, then the few replacements spliced in (`_spliced`):
    str.translate looks each character of non-ASCII text up in its dict (~500 instructions a
    character). Text with nothing to replace is returned as it is, nothing allocated."""
    size = len(table)
    for i in range(len(text)):
        code = ord(text[i])
        if code < size and table[code] is not None:
            return _spliced(text, table, i)
    return text


def _spliced(text: str, table: list[str | None], first: int) -> str:
    """`translate` of text whose first character to replace is at `first`."""
    size = len(table)
    pieces: list[str] = []
    start = 0
    for i in range(first, len(text)):
        code = ord(text[i])
        if code < size:
            new = table[code]
            if new is not None:
                pieces.append(text[start:i])
                pieces.append(new)
                start = i + 1
    pieces.append(text[start:])
    return "".join(pieces)


_UPPER_LATIN: Final = class_table("A-Z")
_LATIN: Final = class_table("A-Za-z")
# The highest code point of the Arabic block: the decimal digits up to it are ASCII's, the
# Arabic-Indic and the extended Arabic-Indic ones; past it a character is asked.
_ARABIC_BLOCK_END: Final = 0x6FF


def has_decimal_digit(text: str) -> bool:
    r"""Does `text` hold a decimal digit of any script (what the regex `\d` finds:
    `str.isdecimal`)? Compiled, a scan of the code points: a regex search for `\d` looked each
    character's category up (~60 instructions a character; 3 % of an article's instructions
    went to such scans of sentences and words)."""
    for i in range(len(text)):
        code = ord(text[i])
        if 48 <= code <= 57 or 0x660 <= code <= 0x669 or 0x6F0 <= code <= 0x6F9:
            return True
        if code > _ARABIC_BLOCK_END and text[i].isdecimal():
            return True
    return False


def has_digit(word: str) -> bool:
    """Does the word hold a digit (`str.isdigit`, any script)? `str.isalpha` first: one C call
    answers for most words (a letter is never a digit), where the scan makes a string of each
    non-Latin character."""
    return not word.isalpha() and any(c.isdigit() for c in word)


def has_latin(text: str) -> bool:
    """Does `text` hold a Latin letter A-Z or a-z? (One compiled scan, see `has_decimal_digit`.)"""
    return _has_any(text, _LATIN)
# Any character fold_letters changes: without one (7 words in 10), the word is returned as it
# is after one scan.
_FOLDED: Final = class_table("".join(map(chr, _LETTER_TRANSLATION)) + "A-Z")
_FOLDS: Final = replacements(_LETTER_TRANSLATION)
# Deletes what DIACRITICS_RE matches.
_WITHOUT_MARKS: Final = replacements({code: None for code, marked in enumerate(class_table(DIACRITICS + TATWEEL))
                                       if marked})


def strip_diacritics(text: str) -> str:
    """Remove harakat and tatweel, which vary freely between writers of the same word."""
    return translate(text, _WITHOUT_MARKS)


# Vocalized this much (marks per letter), a line quotes scripture or verse, which is printed
# with its harakat («إِنَّمَا جَزَاءُ الَّذِينَ …»); news prose leaves them out (train bullets: 20 of 15,250).
VOCALIZED_SHARE: Final = 0.4


def vocalized(words: Iterable[str]) -> bool:
    """Are the words written with their harakat throughout, as the Quran and poetry are quoted?"""
    text = "".join(words)
    bare = strip_diacritics(text)
    return bool(bare) and len(text) - len(bare) >= VOCALIZED_SHARE * len(bare)


def normalize_letters(text: str) -> str:
    """Unify alef forms, alef maqsura/yaa, taa marbuta/haa, hamza seats, digits and case.

    Two spellings of one word (أحمد/احمد, مستشفى/مستشفي, مدرسة/مدرسه) then match.
    """
    return fold_letters(strip_diacritics(text))


def fold_letters(text: str) -> str:
    """normalize_letters for text already without diacritics (one strip per word form)."""
    if not _has_any(text, _FOLDED):
        return text
    text = translate(text, _FOLDS)
    if _has_any(text, _UPPER_LATIN):
        text = text.lower()
    return text


# normalize_letters for one word, cached: words repeat, so this is the hot-path form.
def normalize_word(word: str) -> str:
    """normalize_letters for one word, kept in its form record (text/wordcache.py): words
    repeat, so this is the hot-path form."""
    record = form_record(word)
    found = record.normalized
    if found is None:
        found = record.normalized = normalize_letters(word)
    return found
