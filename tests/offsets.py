"""The offsets contract every summary keeps, checked the same way by every test that needs it."""

from __future__ import annotations

import re

from khulasa import Summary
from khulasa.text.tokens import words

_PAIRED_MARKS_RE = re.compile(r"[«»\"()“”\[\]]")
_ACCUSATIVE_ENDINGS = ("ا", "اً", "ًا")


def assert_offsets(summary: Summary) -> None:
    """Sentences slice back exactly; headline and highlights are their source stretch with
    deleted words (honorifics, time fillers, appositions) and unpaired quote or bracket marks
    left out, in order; a claim's opening accusative may be put in the nominative."""
    for sentence in summary.sentences:
        assert summary.source[sentence.start : sentence.end] == sentence.text
    for passage in (summary.headline, *summary.highlights):
        assert kept_in_order(passage.text, summary.source[passage.start : passage.end]), passage


def kept_in_order(text: str, stretch: str) -> bool:
    """Are a headline's or a highlight's words those of its source stretch, in order (a word may
    have lost its clitics, or be put in the nominative), quote and bracket marks aside?"""
    source = iter(words(_PAIRED_MARKS_RE.sub("", stretch)))
    return all(any(w == s or s.endswith(w) or _nominative_of(w, s) for s in source)
               for w in words(_PAIRED_MARKS_RE.sub("", text)))


def _nominative_of(kept: str, source: str) -> bool:
    """Is `kept` the source word in the nominative: without its accusative alif («إعصاراً» →
    «إعصار») or with «ـون/ـان» for «ـين» («مسلحين» → «مسلحون», a speaker «المراقبين» →
    «المراقبون»)?"""
    return (source.startswith(kept) and source[len(kept):] in _ACCUSATIVE_ENDINGS) or (
        source.endswith("ين") and kept[:-2] == source[:-2] and kept[-2:] in ("ون", "ان"))
