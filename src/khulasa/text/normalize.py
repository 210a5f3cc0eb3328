"""Letter normalization for matching and scoring; output text is never normalized."""

from __future__ import annotations

import re
from typing import Final

from khulasa.text.charsets import DIACRITICS_RE, DIGIT_TRANSLATION
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
_LATIN_CASE_RE: Final = re.compile(r"[A-Z]")
# Any character fold_letters changes: without one (7 words in 10), the word is returned as it
# is, one regex search instead of str.translate's dictionary lookup per character.
_FOLDED_RE: Final = re.compile("[" + "".join(map(chr, _LETTER_TRANSLATION)) + "A-Z]")


def strip_diacritics(text: str) -> str:
    """Remove harakat and tatweel, which vary freely between writers of the same word.

    A word of letters and digits only has none of them but tatweel, «ۥ» and «ۦ» (the only
    alphanumeric characters DIACRITICS_RE matches): it is returned as it is without a regex
    pass, 5× cheaper for the 9 in 10 word forms that have no harakat.
    """
    if text.isalnum() and "\u0640" not in text and "\u06e5" not in text and "\u06e6" not in text:
        return text
    return DIACRITICS_RE.sub("", text)


def normalize_letters(text: str) -> str:
    """Unify alef forms, alef maqsura/yaa, taa marbuta/haa, hamza seats, digits and case.

    Two spellings of one word (أحمد/احمد, مستشفى/مستشفي, مدرسة/مدرسه) then match.
    """
    return fold_letters(strip_diacritics(text))


def fold_letters(text: str) -> str:
    """normalize_letters for text already without diacritics (one strip per word form)."""
    if _FOLDED_RE.search(text) is None:
        return text
    text = text.translate(_LETTER_TRANSLATION)
    if _LATIN_CASE_RE.search(text):
        text = text.lower()
    return text


# normalize_letters for one word, cached: words repeat, so this is the hot-path form.
normalize_word: Final = word_cache(normalize_letters)
