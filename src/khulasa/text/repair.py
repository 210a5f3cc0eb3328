"""Repair scraped news text: entities, markup, invisible marks, tatweel, spacing, joined words,
subheads glued to the next sentence.

The repaired text is what every output string and offset refers to, so repair only removes
noise and inserts spaces; it never rewrites letters (normalization is for matching only).
"""

from __future__ import annotations

import html
import re
import unicodedata
from typing import Final

from khulasa.text.charsets import (
    ARABIC_LETTERS,
    ARABIC_PRESENTATION_FORMS,
    DIACRITICS,
    SENTENCE_TERMINALS,
    TATWEEL,
)
from khulasa.text.furniture import break_subheads, find_furniture
from khulasa.text.segment import repair_joined_words

_TAG_RE: Final = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
_BLOCK_TAG_RE: Final = re.compile(r"</?(?:p|div|br|li|h[1-6]|tr|section|article)\b[^<>]*>", re.IGNORECASE)
# Zero-width and bidi control marks that scraping leaves inside words (ZWNJ is kept), and
# control characters: dropped in one pass.
_INVISIBLE: Final = "\u200b\u200d\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\u061c\u00ad"
_CONTROL: Final = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f"
_DROPPED_RE: Final = re.compile(f"[{_INVISIBLE}{_CONTROL}]")
# Arabic presentation forms (legacy encodings, PDF copies) fold to base letters.
_PRESENTATION_FORMS_RE: Final = re.compile(f"[{ARABIC_PRESENTATION_FORMS}]+")
# One such character: searching for it takes 40 % less time than for a run of them (when there
# is none, as in nearly every text).
_PRESENTATION_FORM_RE: Final = re.compile(f"[{ARABIC_PRESENTATION_FORMS}]")
# Tatweel that only stretches a word («الـمـدينة») goes; tatweel that ends a word marks an
# abbreviation and stays: «1437هـ», «الـ 12», «لـ"سبق"»; so does a tatweel used as a dash.
# The pattern opens with the tatweel itself, the letter before it asked by a lookbehind after
# it: a search for a literal skips ahead to each tatweel, where one opening with the lookbehind
# tried it at every character (29 µs → 0.9 µs a text that has a tatweel, a quarter of them).
_STRETCHING_TATWEEL_RE: Final = re.compile(
    f"{TATWEEL}(?<=[{ARABIC_LETTERS}{DIACRITICS}]{TATWEEL}){TATWEEL}*(?=[{ARABIC_LETTERS}])"
)
# Runs of spaces to one space: a run of two or more, or one other space (a lone " " stays).
_OTHER_SPACES: Final = "\t\u00a0\u2000-\u200a\u202f\u205f\u3000"
_SPACES_RE: Final = re.compile(f"[ {_OTHER_SPACES}]{{2,}}|[{_OTHER_SPACES}]")
# Every _SPACES_RE match holds two spaces or another space: texts with neither (9 in 10) skip
# it, one plain scan instead of a failed match at every word's space.
_OTHER_SPACE_RE: Final = re.compile(f"[{_OTHER_SPACES}]")
# Any character _DROPPED_RE, _PRESENTATION_FORM_RE, _STRIPPED_ONLY_RE or _OTHER_SPACE_RE finds:
# one scan of a text that has none (nearly all) instead of four.
_UNUSUAL_RE: Final = re.compile(
    f"[{_INVISIBLE}{_CONTROL}{ARABIC_PRESENTATION_FORMS}{_OTHER_SPACES}\x0b\x0c\r\x1c-\x1f\x85\u1680\u2028\u2029]"
)
_BLANK_LINES_RE: Final = re.compile(r"\n\s*\n\s*(?:\n\s*)+")
# White space str.strip() removes that _SPACES_RE leaves alone (besides the line break): without
# it, a line's ends are at most one space once _SPACES_RE has run.
_STRIPPED_ONLY_RE: Final = re.compile("[\x0b\x0c\r\x1c-\x1f\x85\u1680\u2028\u2029]")
_LINE_EDGE_RE: Final = re.compile(" \n ?|\n ")
# Hard-wrapped text (fixed-width lines, as in print archives) has most long lines unterminated.
MIN_WRAPPED_LINES: Final = 4
MIN_WRAPPED_LINE_CHARS: Final = 30
WRAPPED_SHARE: Final = 0.5
_LINE_END_MARKS: Final = SENTENCE_TERMINALS + ":؛»\"”)"


def clean_markup(text: str) -> str:
    """Text without HTML tags, entities, control or invisible characters and stretching tatweel."""
    return _clean_markup(text)[0]


def _clean_markup(text: str) -> tuple[str, bool]:
    """`clean_markup`, and whether the text had any character _UNUSUAL_RE finds (if not, neither
    this nor `normalize_spacing` needs its own scans for them)."""
    if "<" in text:
        text = _BLOCK_TAG_RE.sub("\n", text)
        text = _TAG_RE.sub(" ", text)
    if "&" in text:
        text = html.unescape(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    unusual = _UNUSUAL_RE.search(text) is not None  # nearly every text: nothing to drop or fold
    if unusual:
        text = _DROPPED_RE.sub("", text)
    if TATWEEL in text:
        text = _STRETCHING_TATWEEL_RE.sub("", text)
    if not unusual or _PRESENTATION_FORM_RE.search(text) is None:  # most texts have none
        return text, unusual
    return _PRESENTATION_FORMS_RE.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text), True


def unwrap_lines(text: str) -> str:
    """Join lines broken mid-sentence by fixed-width wrapping; other text is left as it is.

    Only when most long lines end without punctuation is the text taken as hard-wrapped; then a
    line break after an unterminated long line, before a non-indented line, becomes a space.
    """
    lines = text.split("\n")
    long_lines = [line.rstrip() for line in lines if len(line.strip()) >= MIN_WRAPPED_LINE_CHARS]
    if len(long_lines) < MIN_WRAPPED_LINES:
        return text
    unterminated = sum(line[-1] not in _LINE_END_MARKS for line in long_lines)
    if unterminated < WRAPPED_SHARE * len(long_lines):
        return text
    # Each output line as its pieces, joined once at the end: growing one string line by line
    # copied the whole paragraph at every join (quadratic; 100k unterminated lines took minutes).
    # `size` and `last` are the current line's length and last character without trailing spaces.
    joined: list[list[str]] = [[lines[0]]]
    tail = lines[0].rstrip()
    size, last = len(tail), tail[-1:]
    for line in lines[1:]:
        # A short unterminated line is a subhead, not a wrapped line: it stays a line.
        if size >= MIN_WRAPPED_LINE_CHARS and line[:1].strip() and last not in _LINE_END_MARKS:
            pieces = joined[-1]
            pieces[-1] = pieces[-1].rstrip()
            pieces.append(line)
            tail = line.rstrip()
            size += 1 + len(tail)
        else:
            joined.append([line])
            tail = line.rstrip()
            size = len(tail)
        last = tail[-1:]
    return "\n".join(" ".join(pieces) for pieces in joined)


def normalize_spacing(text: str) -> str:
    """One space between words, no blank-line runs, lines trimmed."""
    return _normalize_spacing(text, True)


def _normalize_spacing(text: str, unusual: bool) -> str:
    """`normalize_spacing`; `unusual` False: the text holds no character _UNUSUAL_RE finds (no
    space other than " " and no other break than "\n"), so their two scans are skipped."""
    if unusual and _STRIPPED_ONLY_RE.search(text):
        lines = (_SPACES_RE.sub(" ", line).strip() for line in text.split("\n"))
        text = "\n".join(lines)
    else:  # the same in three passes over the whole text instead of two per line
        if "  " in text or (unusual and _OTHER_SPACE_RE.search(text)):
            text = _SPACES_RE.sub(" ", text)
        if " \n" in text or "\n " in text:  # what _LINE_EDGE_RE matches starts with one of them
            text = _LINE_EDGE_RE.sub("\n", text)
    return _BLANK_LINES_RE.sub("\n\n", text).strip()


def repair(text: str) -> str:
    """The article as it should have been scraped: the text all offsets point into."""
    cleaned, unusual = _clean_markup(text)
    cleaned = _normalize_spacing(unwrap_lines(cleaned), unusual)
    return break_subheads(_repair_words_outside_furniture(cleaned))


def _repair_words_outside_furniture(text: str) -> str:
    """Run-together words split in the story only: page furniture (a share line, a tag list)
    is set aside later anyway, and is left exactly as it came."""
    pieces: list[str] = []
    previous = 0
    for span in find_furniture(text):
        pieces += [repair_joined_words(text[previous : span.start]), text[span.start : span.end]]
        previous = span.end
    pieces.append(repair_joined_words(text[previous:]))
    return "".join(pieces)
