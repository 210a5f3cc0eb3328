"""Arabic-aware ROUGE: hand-computed values, agreement with rouge-score on Latin text, properties."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rouge_score import rouge_scorer

from khulasa.eval.rouge import rouge, rouge1_f1, token_counts

ARABIC = "قال الوزير إن الاقتصاد نما بنسبة كبيرة هذا العام"


@pytest.mark.parametrize("setting", ["khulasa", "xlsum"])
def test_identical_arabic_scores_one(setting: str) -> None:
    scores = rouge(ARABIC, [ARABIC], setting)
    assert all(s.f1 == pytest.approx(1.0) for s in scores.values())


def test_plain_rouge_score_deletes_arabic() -> None:
    # The pitfall this module exists for: the default tokenizer keeps only [a-z0-9].
    assert rouge_scorer.RougeScorer(["rouge1"]).score(ARABIC, ARABIC)["rouge1"].fmeasure == 0.0


def test_hand_computed_values() -> None:
    # candidate «ذهب أحمد إلى المدرسة صباحا» → stems ذهب احمد الي مدرس صباح (5 tokens)
    # reference «احمد ذهب الى المدرسه» → stems احمد ذهب الي مدرس (4 tokens): normalization
    # joins أحمد/احمد, إلى/الى, المدرسة/المدرسه. Unigram overlap 4: P = 4/5, R = 4/4,
    # F1 = 2·0.8·1/1.8 = 0.8889. Bigrams: candidate {ذهب احمد, احمد الي, الي مدرس, مدرس صباح},
    # reference {احمد ذهب, ذهب الي, الي مدرس}: overlap 1 → P = 1/4, R = 1/3, F1 = 2/7 = 0.2857.
    # LCS: احمد الي مدرس (3) → P = 3/5, R = 3/4, F1 = 0.6667.
    scores = rouge("ذهب أحمد إلى المدرسة صباحا", ["احمد ذهب الى المدرسه"])
    assert scores["rouge1"].precision == pytest.approx(0.8)
    assert scores["rouge1"].recall == pytest.approx(1.0)
    assert scores["rouge1"].f1 == pytest.approx(16 / 18)
    assert scores["rouge2"].f1 == pytest.approx(2 / 7)
    assert scores["rougeL"].f1 == pytest.approx(2 / 3)


def test_xlsum_does_not_normalize_letters() -> None:
    # Without normalization أحمد ≠ احمد and إلى ≠ الى: overlap ذهب and the stemmed المدرس*.
    assert rouge("أحمد ذهب إلى المدرسة", ["احمد ذهب الى المدرسه"], "xlsum")["rouge1"].f1 < 0.6


def test_mean_over_references() -> None:
    # 1.0 against the first reference, 0.0 against the second → mean 0.5.
    assert rouge("ذهب أحمد", ["ذهب أحمد", "سافر خالد"])["rouge1"].f1 == pytest.approx(0.5)


@pytest.mark.parametrize(
    ("candidate", "reference"),
    [
        ("the cat sat on the mat", "the cat lay on the mat today"),
        ("police killed the gunman", "the gunman was shot down by police"),
        ("a b c d e f", "f e d c b a"),
    ],
)
def test_latin_agrees_with_rouge_score(candidate: str, reference: str) -> None:
    ours = rouge(candidate, [reference], "xlsum")
    theirs = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"]).score(reference, candidate)
    for kind in ("rouge1", "rouge2", "rougeL"):
        assert round(ours[kind].f1, 4) == round(theirs[kind].fmeasure, 4)


def test_lsum_uses_sentence_lists() -> None:
    sentences = ["ارتفعت أسعار النفط اليوم", "وتراجعت الأسهم في الأسواق"]
    assert rouge(sentences, [sentences])["rougeLsum"].f1 == pytest.approx(1.0)


WORDS = st.lists(st.sampled_from("قال الوزير إن الاقتصاد نما بنسبة كبيرة أحمد المدرسة في من".split()), min_size=1, max_size=15)


@settings(max_examples=100, deadline=None)
@given(WORDS, WORDS)
def test_f1_symmetric_and_bounded(a: list[str], b: list[str]) -> None:
    forward = rouge(" ".join(a), [" ".join(b)])
    backward = rouge(" ".join(b), [" ".join(a)])
    for kind in ("rouge1", "rouge2", "rougeL"):
        assert 0.0 <= forward[kind].f1 <= 1.0
        assert forward[kind].f1 == pytest.approx(backward[kind].f1)


@settings(max_examples=100, deadline=None)
@given(WORDS, WORDS, st.integers(min_value=0, max_value=14))
def test_adding_a_reference_word_never_lowers_recall(candidate: list[str], reference: list[str], pick: int) -> None:
    before = rouge(" ".join(candidate), [" ".join(reference)])["rouge1"].recall
    grown = candidate + [reference[pick % len(reference)]]
    assert rouge(" ".join(grown), [" ".join(reference)])["rouge1"].recall >= before


def test_fast_rouge1_matches_rouge_score() -> None:
    candidate, reference = "ذهب أحمد إلى المدرسة صباحا", "احمد ذهب الى المدرسه"
    assert rouge1_f1(token_counts(candidate), token_counts(reference)) == pytest.approx(
        rouge(candidate, [reference])["rouge1"].f1
    )
