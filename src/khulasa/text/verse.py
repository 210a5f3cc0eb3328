"""Verse quoted in an article, found by the shape papers print it in: a run of short lines with
no punctuation, one hemistich a line («قالوا حبست فقلت ليس بضائـري / حبســـــي وأي مهند لا
يغمــــد / أو ما رأيت الليث يألف غيـــله / …»). Its lines hold verbs and subjects but state no
fact of the news, so no highlight is taken from them.

Hand-written: no library tells quoted verse from prose in Arabic news text, and the line layout
is the one signal the text keeps (metre would need the short vowels papers do not print).
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Final

from khulasa.text.charsets import ARABIC_COMMA, SENTENCE_TERMINALS

MIN_VERSE_LINES: Final = 4  # a couplet or two is too little to tell from a list of headings
MAX_HEMISTICH_WORDS: Final = 8
_LINE_END_MARKS: Final = frozenset(SENTENCE_TERMINALS + ARABIC_COMMA + ",:؛;")
_ITEM_MARKS: Final = frozenset("-*•–—0123456789٠١٢٣٤٥٦٧٨٩")  # a list's items, not verse


def _hemistich(line: str) -> bool:
    """Could the line be one hemistich: 1–MAX_HEMISTICH_WORDS words, no closing punctuation,
    not a list item?"""
    text = line.strip()
    return bool(text) and len(text.split()) <= MAX_HEMISTICH_WORDS and text[-1] not in _LINE_END_MARKS and (
        text[0] not in _ITEM_MARKS)


class Verse:
    """The source spans of an article's verse blocks: runs of at least MIN_VERSE_LINES
    hemistich-shaped lines."""

    def __init__(self, source: str) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        run_start, run_lines, offset = 0, 0, 0
        for line in source.split("\n"):
            if _hemistich(line):
                if not run_lines:
                    run_start = offset
                run_lines += 1
            else:
                self._close(run_start, offset - 1, run_lines)
                run_lines = 0
            offset += len(line) + 1
        self._close(run_start, offset - 1, run_lines)

    def _close(self, start: int, end: int, lines: int) -> None:
        if lines >= MIN_VERSE_LINES:
            self._starts.append(start)
            self._ends.append(end)

    def __contains__(self, offset: int) -> bool:
        """Is the source offset inside a verse block?"""
        block = bisect_right(self._starts, offset) - 1
        return block >= 0 and offset < self._ends[block]
