"""Tokens: each word with the offsets where the word pattern matched it in the source."""

from __future__ import annotations

import re

import pytest

from khulasa.text.charsets import PLAIN_WORD_RE, WORD_RE
from khulasa.text.document import analyze, split_words
from khulasa.text.normalize import normalize_letters
from khulasa.text.tokens import tokenize, words


def _matched(text: str, offset: int) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start() + offset, m.end() + offset) for m in WORD_RE.finditer(text)]


@pytest.mark.parametrize("text", [
    "بلغ النمو 3.5% في 2023، و4,000 وظيفة... «قال» الوزيرُ: ـ نعم-لا sabq.org أ.د. محمد",
    "كتب كتب كتبكتب ـكتب كتب.كتب",
])
def test_tokens_are_the_pattern_matches(text: str) -> None:
    for offset in (0, 11):
        tokens = tokenize(text, offset)
        assert [tuple(t) for t in tokens] == _matched(text, offset)
        assert all(text[t.start - offset : t.end - offset] == t.text for t in tokens)


def test_sentence_tokens_point_into_the_source(example_text: str) -> None:
    document = analyze(example_text)
    for sentence in document.sentences:
        assert [tuple(t) for t in sentence.tokens] == _matched(sentence.span.text, sentence.span.start)
        assert [t.text for t in sentence.tokens] == list(sentence.words)
        assert all(document.source[t.start : t.end] == t.text for t in sentence.tokens)


def test_sentence_gaps_and_forms_rebuild_the_sentence(example_text: str) -> None:
    """`gaps` are the text between words (punctuation included), `forms` the normalized words:
    the per-sentence views the statement cutter reads instead of re-tokenizing."""
    document = analyze(example_text + "\nقال الوزيرُ: «نعمْ»، وأضاف (2023) أن 4,000 وظيفةٍ... تكفي!")
    for sentence in document.sentences:
        text = sentence.span.text
        rebuilt = "".join(g + w for g, w in zip(sentence.gaps, sentence.words, strict=True))
        assert text.startswith(rebuilt) and not WORD_RE.search(text, len(rebuilt))
        assert sentence.forms == tuple(normalize_letters(w) for w in sentence.words)
    quoted = document.sentences[-2]
    assert quoted.gaps == ("", " ", ": «", "»، ", " (", ") ", " ", " ")
    assert quoted.words[-2:] == ("4,000", "وظيفةٍ") and quoted.forms[1] == "الوزير"


def test_plain_word_pattern_finds_what_word_pattern_finds(example_text: str) -> None:
    # Without "_" the one-class PLAIN_WORD_RE must match exactly what WORD_RE matches: letters of
    # any script, digits, harakat, tatweel, inner joiners (3.5, 4,000, al-Qaeda).
    samples = [example_text, "جيداً الـمدينة ١٢٫٥ 4,000 al-Qaeda ‹ٌ› ـ NEOM's ۥ، .5 a- -b"]
    for text in samples:
        assert "_" not in text
        assert PLAIN_WORD_RE.findall(text) == WORD_RE.findall(text)
    assert words("a_b ج_د") == WORD_RE.findall("a_b ج_د") == ["a", "b", "ج", "د"]


def test_sentence_views_are_made_once(example_text: str) -> None:
    # forms and tokens are made on first use and kept (compiled too: mypyc turns a
    # functools.cached_property into a plain property); the kept views take no part in
    # equality or hashing, so a sentence still keys the per-sentence caches by its content.
    first = analyze(example_text).sentences[1]
    again = analyze(example_text).sentences[1]
    assert first.forms is first.forms and first.tokens is first.tokens
    assert first == again and hash(first) == hash(again) and "_forms" not in repr(first)
    assert first.forms == tuple(map(normalize_letters, first.words))


@pytest.mark.parametrize("text", [
    "بلغ النمو 3.5% في 2023، و4,000 وظيفة... «قال» الوزيرُ: ـ نعم-لا sabq.org أ.د. محمد",
    "  كلمتان  بينهما مسافتان ", "\tكلمة\t،", "var_name و_كلمة _", "", " ", "١٢٣ ٤٥٦٫٧", "مُشكّلة. (قال)",
])
def test_split_words_is_the_pattern_split(text: str, example_text: str) -> None:
    # What analysis cuts sentences with: re.split with the word pattern as one group, also where
    # spaces double, tabs, underscores, marks and punctuation stand against words.
    for sample in (text, example_text):
        pattern = WORD_RE if "_" in sample else PLAIN_WORD_RE
        assert split_words(sample) == re.split(f"({pattern.pattern})", sample)
