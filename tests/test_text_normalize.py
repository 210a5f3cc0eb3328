"""Letter normalization and stemming: variant spellings must meet, output text is untouched."""

from __future__ import annotations

import pytest

from khulasa.text.normalize import normalize_letters, strip_diacritics
from khulasa.text.stems import content_stem, stem, stopwords
from khulasa.text.tokens import tokenize


@pytest.mark.parametrize(
    ("variant", "plain"),
    [
        ("أحمد", "احمد"),
        ("إسلام", "اسلام"),
        ("آمال", "امال"),
        ("مستشفى", "مستشفي"),
        ("مدرسة", "مدرسه"),
        ("مُحَمَّدٌ", "محمد"),
        ("٢٠١٧", "2017"),
        ("NATO", "nato"),
    ],
)
def test_variants_normalize_to_one_form(variant: str, plain: str) -> None:
    assert normalize_letters(variant) == normalize_letters(plain)


def test_strip_diacritics_keeps_letters() -> None:
    assert strip_diacritics("أُطلِقَ") == "أطلق"


def test_stems_unify_inflections_and_clitics() -> None:
    assert stem("المدرسة") == stem("مدرسة") == stem("والمدرسة")
    assert stem("أنقرة") == stem("انقرة")


def test_stop_words_are_filtered_from_content() -> None:
    assert {"في", "من", "التي", "قال"} <= {w for w in ["في", "من", "التي", "قال"] if normalize_letters(w) in stopwords()}
    words = ["في", "العاصمة", "من", "الرياض", "3"]
    assert [w for w in words if content_stem(w) is not None] == ["العاصمة", "الرياض"]


def test_tokens_keep_numbers_latin_and_offsets() -> None:
    text = "صفقة «إس 400» مع NATO بنسبة 3.5، أي ٤٫٥"
    tokens = tokenize(text)
    assert [t.text for t in tokens] == ["صفقة", "إس", "400", "مع", "NATO", "بنسبة", "3.5", "أي", "٤٫٥"]
    assert all(text[t.start : t.end] == t.text for t in tokens)
