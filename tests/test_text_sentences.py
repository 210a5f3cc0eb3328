"""Sentence splitting on real Arabic cases: the hand-checked set, offsets, the example article."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khulasa.text.document import analyze
from khulasa.text.sentences import _word_before, split_sentences

GOLD = [
    json.loads(line)
    for line in (Path(__file__).parent / "data/sentences-gold.jsonl").read_text("utf-8").splitlines()
]


@pytest.mark.parametrize("case", GOLD, ids=[c["id"] for c in GOLD])
def test_gold_case(case: dict) -> None:
    assert [s.text for s in split_sentences(case["text"])] == case["sentences"]


def test_offsets_slice_back_and_shift() -> None:
    text = "  أولى الجمل هنا. ثانية الجمل؟\nثالثة!"
    for offset in (0, 7):
        for span in split_sentences(text, offset):
            assert text[span.start - offset : span.end - offset] == span.text


def test_arabic_comma_never_ends_a_sentence_in_the_example(example_text: str) -> None:
    document = analyze(example_text)
    assert len(document.sentences) == 6
    for sentence in document.sentences:
        assert not sentence.span.text.endswith("،")
        assert sentence.span.text.endswith(".")


def test_example_highlight_box_is_not_body(example_text: str) -> None:
    document = analyze(example_text)
    assert document.trailer is not None
    assert document.trailer.text.startswith("المشهد التركي")
    assert all(s.span.end <= document.trailer.start for s in document.sentences)


def test_a_closing_sentence_with_punctuation_is_body() -> None:
    text = "جملة أولى طويلة بما يكفي لتكون متن الخبر هنا.\nوهذه جملة أخيرة من المتن."
    assert analyze(text).trailer is None


def test_quotations_found_by_position_among_many() -> None:
    # Many quotations before and after: a full stop inside the last one's «...» and inside
    # the first one's does not end a sentence; one between them (outside every quote) does.
    quoted = 'قال الوزير «تم الاتفاق. وسيوقع غدا» في الرياض'
    text = ". ".join([quoted] * 200) + "."
    spans = split_sentences(text)
    assert len(spans) == 200
    assert all(span.text == quoted + "." for span in spans)


_WORD_BEFORE = re.compile(r"([^\W\d_]+(?:\.[^\W\d_]+)*)$")


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="أبجدab.٣3_ \n-«", max_size=20), st.data())
def test_the_word_before_a_full_stop_is_what_the_pattern_finds(text: str, data: st.DataObject) -> None:
    """`_word_before` scans back from a full stop in compiled code; it finds what the pattern it
    replaced finds in the twelve characters before the stop (letters, or letter runs joined by
    single dots, before a final line break too)."""
    dot = data.draw(st.integers(0, len(text)))
    match = _WORD_BEFORE.search(text, max(0, dot - 12), dot)
    assert _word_before(text, dot) == ((match.start(1), match.end(1)) if match else (-1, -1))


def test_latin_letters_spelled_in_arabic_and_joined_by_dots_are_one_name() -> None:
    """«بي.إم.دبليو», «إن.بي.سي» (train 20000s: «أعلنت شركة بي.» became a headline and
    «دبليو 2.7 بالمئة …» a bullet): a dot between two spelled Latin letters ends no sentence; one
    after such a letter and before a space still does, and so does one before another word."""
    text = ("أعلنت شركة بي.إم.دبليو الألمانية تراجع أرباحها. وقالت شبكة إن.بي.سي إن الطلب ضعيف. "
            "وحضر المؤتمر مندوب عن بي.بي.سي. وقال مسؤول إن الشركة ستعلن خطتها في.وأضاف أن الخطة جاهزة.")
    assert [s.text for s in split_sentences(text)] == [
        "أعلنت شركة بي.إم.دبليو الألمانية تراجع أرباحها.",
        "وقالت شبكة إن.بي.سي إن الطلب ضعيف.",
        "وحضر المؤتمر مندوب عن بي.بي.سي.",
        "وقال مسؤول إن الشركة ستعلن خطتها في.وأضاف أن الخطة جاهزة.",
    ]
    assert [s.text for s in split_sentences("هبط سهم ديملر. وتراجع سهم فولكس فاجن.")] == [
        "هبط سهم ديملر.", "وتراجع سهم فولكس فاجن."]
