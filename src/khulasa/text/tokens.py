"""Word tokens with character offsets, so every match can point back into the source."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import Final, NamedTuple

from khulasa.text.charsets import PLAIN_WORD_RE, WORD_RE


class Token(NamedTuple):
    """A word of the source text: its surface form and where it stands (a named tuple: a
    frozen dataclass per word cost twice the time to make)."""

    text: str
    start: int
    end: int


# Token((text, start, end)) without the named tuple's Python-level __new__: 45 % less per token.
new_token: Final = partial(tuple.__new__, Token)


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Words (Arabic, Latin, numbers like 3.5 or 4,000) with offsets; punctuation is dropped."""
    return place(text, words(text), offset)


def place(text: str, found: Sequence[str], offset: int = 0) -> list[Token]:
    """Tokens for the words WORD_RE found in `text`, in order, located by str.find: between
    two matches no character can begin a word, so each word's first occurrence from the end
    of the one before is its match. 2.8× faster than reading offsets off regex match objects."""
    tokens = []
    position = 0
    find = text.find
    for word in found:
        position = find(word, position)
        end = position + len(word)
        tokens.append(new_token((word, position + offset, end + offset)))
        position = end
    return tokens


def words(text: str) -> list[str]:
    """Just the word strings of `text`, for counting and scoring."""
    return (WORD_RE if "_" in text else PLAIN_WORD_RE).findall(text)
