"""Sentence splitting on real Arabic cases: the hand-checked set, offsets, the example article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from khulasa.text.document import analyze
from khulasa.text.sentences import split_sentences

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
