"""Named Unicode character classes for Arabic text, defined once and reused everywhere."""

from __future__ import annotations

import re
from typing import Final

# Entries in each per-word cache (normalization, stems, frequencies, joined-word splits).
# Measured: SaudiNewsNet dev's 2,000 articles hold 78,703 word forms; at 50,000 entries an LRU
# cycled through them and hit 57 % in a 2,000-article batch. 2¹⁷ keeps a batch's vocabulary;
# memory per full cache ≈ 2¹⁷ × 330 B ≈ 40 MiB (see text/wordcache.py for the bound in bytes).
WORD_CACHE_SIZE = 1 << 17

# Harakat, tanwin, shadda, sukun, dagger alef and Quranic marks: dropped for matching only.
DIACRITICS: Final = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"
TATWEEL: Final = "\u0640"
# Base Arabic letters (hamza through yaa, plus Persian/Urdu letters seen in names).
ARABIC_LETTERS: Final = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc"
# Legacy presentation forms (PDF copies, old encodings): Arabic to a reader, folded by repair.
ARABIC_PRESENTATION_FORMS: Final = "\ufb50-\ufdff\ufe70-\ufefc"

ARABIC_COMMA: Final = "\u060c"
ARABIC_QUESTION_MARK: Final = "\u061f"
ARABIC_FULL_STOP: Final = "\u06d4"

# Characters that end a sentence (the Arabic comma deliberately is not one of them).
SENTENCE_TERMINALS: Final = ".!?" + ARABIC_QUESTION_MARK + ARABIC_FULL_STOP + "\u2026"
CLOSING_QUOTES: Final = "»\"”’')\\]}"

ARABIC_LETTER_RE: Final = re.compile(f"[{ARABIC_LETTERS}]")
DIACRITICS_RE: Final = re.compile(f"[{DIACRITICS}{TATWEEL}]")
# A word: a run of letters (any script), digits, diacritics and inner joiners such as 3.5 or 4,000.
# Written as runs of runs ((?:[^\W_]+|[...]+)+, not (?:[^\W_]|[...])+): the same matches (the
# parts' characters are disjoint, so nothing backtracks), 15 % faster than a branch per character.
WORD_RE: Final = re.compile(
    rf"(?:[^\W_]+|[{DIACRITICS}{TATWEEL}]+)+(?:[.,٫٬'’\-](?:[^\W_]+|[{DIACRITICS}]+)+)*"
)
# WORD_RE for text without an underscore (nearly all): there [^\W_] is \w, and the runs of runs
# become one character class repeated, which the regex engine matches a third faster.
PLAIN_WORD_RE: Final = re.compile(rf"[\w{DIACRITICS}]+(?:[.,٫٬'’\-][\w{DIACRITICS}]+)*")
ARABIC_WORD_RE: Final = re.compile(f"[{ARABIC_LETTERS}][{ARABIC_LETTERS}{DIACRITICS}{TATWEEL}]*")
# For telling Arabic input apart before repair: presentation forms count as Arabic too.
ARABIC_SCRIPT_RE: Final = re.compile(f"[{ARABIC_LETTERS}{ARABIC_PRESENTATION_FORMS}]")
ARABIC_SCRIPT_WORD_RE: Final = re.compile(
    f"[{ARABIC_LETTERS}{ARABIC_PRESENTATION_FORMS}][{ARABIC_LETTERS}{ARABIC_PRESENTATION_FORMS}{DIACRITICS}{TATWEEL}]*"
)

DIGIT_TRANSLATION: Final = str.maketrans(
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬", "01234567890123456789.,"
)



def class_table(characters: str) -> bytes:
    """A byte per code point up to the highest written in `characters` (the text of a regex
    character class: characters and ranges such as "\u0621-\u063a"), 1 where the class matches:
    what compiled scans test a character against by its code point (normalize, segment)."""
    limit = max(map(ord, characters)) + 1
    table = bytearray(limit)
    for match in re.finditer(f"[{characters}]", "".join(map(chr, range(limit)))):
        table[match.start()] = 1
    return bytes(table)
