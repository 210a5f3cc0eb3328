"""Letter normalization and stemming: variant spellings must meet, output text is untouched."""

from __future__ import annotations

import pytest

from khulasa.text.charsets import DIACRITICS_RE
from khulasa.text.normalize import (
    _FOLDED,
    _FOLDS,
    _LETTER_TRANSLATION,
    _has_any,
    fold_letters,
    normalize_letters,
    replacements,
    strip_diacritics,
    translate,
)
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


def test_fold_skips_only_text_it_would_not_change() -> None:
    # fold_letters returns a word unchanged when its scan against _FOLDED finds nothing: every
    # character the folding changes (letter variants, Arabic-Indic digits and separators, Latin
    # capitals) is one it looks for, and real words with and without such characters fold as expected.
    changed = [c for c in map(chr, range(0x10000)) if c.translate(_LETTER_TRANSLATION) != c or "A" <= c <= "Z"]
    assert len(changed) == 56 and all(_has_any(c, _FOLDED) for c in changed)
    assert not any(_has_any(c, _FOLDED) for c in map(chr, range(0x110000)) if c not in changed)
    assert fold_letters("مدرسة") == "مدرسه" and fold_letters("أحمد") == "احمد"
    assert fold_letters("٢٠١٧") == "2017" and fold_letters("NEOM") == "neom"
    assert fold_letters("السعودية")[-1] == "ه" and fold_letters("الرياض") == "الرياض"


def test_translate_is_str_translate() -> None:
    # The compiled scan gives str.translate's answer for every character, for a table that
    # replaces and one that deletes, and for words and a whole text.
    deleting = str.maketrans("", "", "اويءه")
    for mapping in (_LETTER_TRANSLATION, deleting):
        table = replacements(mapping)
        assert all(translate(c, table) == c.translate(mapping) for c in map(chr, range(0x110000)))
        for text in ("", "مدرسة", "أحمد ٢٠١٧ إلى مستشفى", "NATO", "ةةة", "بلا شيء"):
            assert translate(text, table) == text.translate(mapping)
    word = "الرياض"
    assert translate(word, _FOLDS) is word  # nothing to replace: the text itself, not a copy


def test_strip_removes_what_the_pattern_matches() -> None:
    # strip_diacritics deletes exactly the characters DIACRITICS_RE matches, and returns a
    # word without any as it is.
    assert all(strip_diacritics(c) == DIACRITICS_RE.sub("", c) for c in map(chr, range(0x110000)))
    assert strip_diacritics("جيداً") == "جيدا" and strip_diacritics("الـمدينة") == "المدينة"
    assert strip_diacritics("مدرسة") == "مدرسة" and strip_diacritics("عام2015") == "عام2015"
    assert strip_diacritics("ۥ") == ""
    word = "الرياض"
    assert strip_diacritics(word) is word


def test_digit_and_latin_scans_find_what_the_regexes_find() -> None:
    """has_decimal_digit is `\\d` and has_latin `[A-Za-z]`, on every code point and in text."""
    import re

    from khulasa.text.normalize import has_decimal_digit, has_latin

    digit, latin = re.compile(r"\d"), re.compile("[A-Za-z]")
    for code in range(0x110000):
        char = chr(code)
        assert has_decimal_digit(char) == bool(digit.search(char)), hex(code)
        assert has_latin(char) == bool(latin.search(char)), hex(code)
    for text in ("", "عام ٢٠١٥ م", "في ۱۳۹۴ هـ", "قال CNN إن", "بلا أرقام ولا حروف", "x²"):
        assert (has_decimal_digit(text), has_latin(text)) == (bool(digit.search(text)), bool(latin.search(text)))
