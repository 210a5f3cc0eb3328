"""Run-together word repair: the example's joined words, real words left alone, measured bars,
and a pathological token under a memory cap."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from khulasa.eval.segmentation import false_splits, recall, sample_pairs
from khulasa.text.segment import (
    _ARABIC_RUN_RE,
    MAX_RUN_LETTERS,
    _arabic_runs,
    repair_joined_words,
    split_joined,
)

WHOLE_WORDS = Path(__file__).parent / "data" / "segment-whole-words.txt"
KNOWN_FAILURES = "# --- known failures"
ISSUE_REPRO = (
    "لفت نظري إعلانان في الصحف وملخصهما أن الهيئة تطلب الآراء. وتقدم الدار أزياء الهوت كوتيور "
    "للعرائس. ومن يتخلف عن الموعد يعتبر ذلك عدولا منه عن التعيين. وهي المسابقات التي تبتكرها "
    "الإمارات."
)


def _whole_words() -> list[str]:
    """The hand-checked list, without comments and without its known-failures section."""
    text = WHOLE_WORDS.read_text(encoding="utf-8").split(KNOWN_FAILURES)[0]
    return [line.strip() for line in text.splitlines() if line.strip() and line[0] != "#"]


@pytest.mark.parametrize(
    ("joined", "parts"),
    [
        ("أنقرةوواشنطن", ("أنقرة", "وواشنطن")),
        ("واشنطنلأنقرة", ("واشنطن", "لأنقرة")),
        ("أنقرةوطهران", ("أنقرة", "وطهران")),
        ("الولاياتالمتحدة", ("الولايات", "المتحدة")),
        # a word-final letter or tanween inside a token marks the join (real SaudiNewsNet joins)
        ("مؤكداًوزير", ("مؤكداً", "وزير")),
        ("أخرىتستدل", ("أخرى", "تستدل")),
        ("الجديدةوقت", ("الجديدة", "وقت")),
    ],
)
def test_joined_words_are_split(joined: str, parts: tuple[str, str]) -> None:
    assert split_joined(joined) == parts


def test_hand_checked_real_words_stay_whole() -> None:
    words = _whole_words()
    assert len(words) >= 100
    assert [w for w in words if split_joined(w) != (w,)] == []


@pytest.mark.parametrize(
    "word",
    [
        "والمسؤولين", "الإستراتيجيين", "وبالتالي", "فيلادمير", "الانقلابية", "الباليستية",
        "المتواصلة", "ويكسبهم", "وتقويمهم", "والاستثمارات", "بالمملكة", "للمواطنين",
        "أردوغان", "سوتشي", "الاستقرار", "فضلا", "المشتركة", "الإنسان", "منظومة", "وللإنصاف",
        "الشاطىء", "شىء", "الاٍرهاب",  # ى before ء is old spelling; a tanween typed for a hamza
    ],
)
def test_real_words_are_left_alone(word: str) -> None:
    assert split_joined(word) == (word,)


def test_issue_repro_comes_back_unchanged() -> None:
    assert repair_joined_words(ISSUE_REPRO) == ISSUE_REPRO


def test_only_the_five_joins_are_split_in_the_example(example_text: str) -> None:
    repaired = repair_joined_words(example_text)
    assert repaired.replace(" ", "") == example_text.replace(" ", "")
    assert repaired.count(" ") - example_text.count(" ") == 5  # exactly the five joined words
    assert "أنقرة وواشنطن" in repaired and "واشنطن لأنقرة" in repaired
    assert "أنقرة وطهران" in repaired and repaired.count("الولايات المتحدة") == 2


def test_harakat_stay_with_their_letters() -> None:
    assert split_joined("أنقرةُوطهرانَ") == ("أنقرةُ", "وطهرانَ")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ابتثجحخدذرزسشصضطظعغفقكلمنهويةىءأإآؤئ ـًٌٍَُِّْ0.،"), max_size=80))
def test_repair_only_inserts_spaces(text: str) -> None:
    assert repair_joined_words(text).replace(" ", "") == text.replace(" ", "")


def _repair_huge_token(queue: multiprocessing.Queue[str]) -> None:
    from khulasa.budget import limit_memory

    limit_memory(400 << 20)
    word = "ب" * 80_000
    text = f"قال {word} أنقرةوطهران"
    queue.put("unchanged" if repair_joined_words(text) == f"قال {word} أنقرة وطهران" else "changed")


def test_an_80k_letter_token_is_left_whole_under_a_memory_cap() -> None:
    context = multiprocessing.get_context("spawn")
    queue: multiprocessing.Queue[str] = context.Queue()
    process = context.Process(target=_repair_huge_token, args=(queue,))
    process.start()
    process.join(120)
    assert queue.get(timeout=5) == "unchanged"


def test_running_text_and_joined_pairs(shared_data: Path) -> None:
    """Every token of 300 dev articles (real joins of the scraped text included) and 300 joined
    pairs of each kind: splits stay rare and joins are found."""
    splits = false_splits(shared_data, "dev", articles=300)
    assert splits.words > 50_000
    assert splits.per_10k <= 4.0
    pairs = sample_pairs(shared_data, "dev", pairs=300, seed=7)
    assert recall(pairs.any_pair)[0] >= 0.7
    assert recall(pairs.clitic)[0] >= 0.75


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ابةىءـً \n.,5a", max_size=60))
@example("ب" * MAX_RUN_LETTERS + " " + "ا" * (MAX_RUN_LETTERS + 1) + ".جميلة")
def test_the_runs_scanned_are_what_the_pattern_finds(text: str) -> None:
    """`_arabic_runs` scans the code points in compiled code; it finds the distinct runs the
    pattern finds, less those longer than MAX_RUN_LETTERS (the example: one just short enough,
    one just too long, one at the end)."""
    assert _arabic_runs(text) == {run for run in _ARABIC_RUN_RE.findall(text) if len(run) <= MAX_RUN_LETTERS}
