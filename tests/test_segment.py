"""Run-together word repair: the example's joined words, real words left alone, a measured bar."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khulasa.eval.segmentation import measure, sample
from khulasa.text.segment import repair_joined_words, split_joined


@pytest.mark.parametrize(
    ("joined", "parts"),
    [
        ("أنقرةوواشنطن", ("أنقرة", "وواشنطن")),
        ("واشنطنلأنقرة", ("واشنطن", "لأنقرة")),
        ("أنقرةوطهران", ("أنقرة", "وطهران")),
        ("الولاياتالمتحدة", ("الولايات", "المتحدة")),
        ("الوضعجيداً", ("الوضع", "جيداً")),
    ],
)
def test_joined_words_are_split(joined: str, parts: tuple[str, str]) -> None:
    assert split_joined(joined) == parts


@pytest.mark.parametrize(
    "word",
    [
        "والمسؤولين", "الإستراتيجيين", "وبالتالي", "فيلادمير", "الانقلابية", "الباليستية",
        "المتواصلة", "ويكسبهم", "وتقويمهم", "والاستثمارات", "بالمملكة", "للمواطنين",
        "أردوغان", "سوتشي", "الاستقرار", "فضلا", "المشتركة", "الإنسان", "منظومة", "وللإنصاف",
    ],
)
def test_real_words_are_left_alone(word: str) -> None:
    assert split_joined(word) == (word,)


def test_only_spaces_are_inserted_in_the_example(example_text: str) -> None:
    repaired = repair_joined_words(example_text)
    assert repaired.replace(" ", "") == example_text.replace(" ", "")
    assert repaired.count(" ") - example_text.count(" ") == 5  # exactly the five joined words


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ابتثجحخدذرزسشصضطظعغفقكلمنهويةىءأإآؤئ ـًٌٍَُِّْ0.،"), max_size=80))
def test_repair_only_inserts_spaces(text: str) -> None:
    assert repair_joined_words(text).replace(" ", "") == text.replace(" ", "")


def test_generated_pairs_precision_and_recall(shared_data: Path) -> None:
    """Join adjacent words of real dev text; split them back; leave real words whole."""
    result = measure(*sample(shared_data, "dev", pairs=400, singles=400, seed=7))
    assert result["precision"] >= 0.97
    assert result["recall"] >= 0.80
