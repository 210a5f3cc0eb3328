"""Word-form analysis: clitics, duals, pronoun suffixes and tanween on known bases."""

from __future__ import annotations

import pytest

from khulasa.text.morphology import MAX_WORD_LETTERS, analyses, is_word_form, strip_clitics


@pytest.mark.parametrize(
    ("word", "prefixes", "base", "suffixes"),
    [
        ("وملخصهما", ("و",), "ملخص", ("هما",)),  # the repro
        ("إعلانان", (), "إعلان", ("ان",)),  # dual
        ("تبتكرها", (), "تبتكر", ("ها",)),  # verb + object pronoun
        ("عدولا", (), "عدول", ("ا",)),  # tanween alef
        ("رسالتهما", (), "رسالة", ("هما",)),  # taa marbuta restored before a pronoun
        ("معسكريهما", (), "معسكر", ("ي", "هما")),  # dual ن dropped before a pronoun
        ("أجبرناهم", (), "أجبر", ("نا", "هم")),
        ("مستواها", (), "مستوى", ("ها",)),  # alef maqsura restored
        ("أبناؤهم", (), "أبناء", ("هم",)),  # hamza seat restored
        ("وسيكتبونها", ("و", "س"), "يكتبون", ("ها",)),
        ("بنك", (), "بنك", ()),  # a bank, not «بن» + «ك»: a lineage's «بن» takes no pronoun
        ("بنوك", (), "بنوك", ()),
    ],
)
def test_best_reading(word: str, prefixes: tuple, base: str, suffixes: tuple) -> None:
    best = analyses(word)[0]
    assert (best.prefixes, best.base, best.suffixes) == (prefixes, base, suffixes)


@pytest.mark.parametrize(
    "joined", ["أنقرةوواشنطن", "واشنطنلأنقرة", "أنقرةوطهران", "الولاياتالمتحدة", "الوضعجيداً"]
)
def test_run_together_words_are_not_word_forms(joined: str) -> None:
    assert not is_word_form(joined)


def test_article_takes_no_pronoun_or_tanween() -> None:
    # «المدينتها» would be ال + مدينة + ها: Arabic never attaches both.
    assert not any(a.pronoun for a in analyses("المدينتها"))
    assert not any(a.suffixes == ("ا",) for a in analyses("الكتابا"))


def test_diacritics_and_tatweel_are_ignored() -> None:
    assert strip_clitics("وَبِالمـدينةِ") == strip_clitics("وبالمدينة")
    assert strip_clitics("وبالمدينة") in ("المدينة", "مدينة")


def test_overlong_tokens_have_no_analysis() -> None:
    assert analyses("ب" * (MAX_WORD_LETTERS + 1)) == ()
    assert strip_clitics("كتاب" * 20) == "كتاب" * 20


def test_word_form_test_agrees_with_the_analyses(example_text: str) -> None:
    # is_word_form stops at the first reading it finds; it must answer as analyses() would.
    words = set(example_text.split()) | {"وملخصهما", "إعلانان", "أنقرةوطهران", "وَبِالمـدينةِ"}
    answers = {w: is_word_form(w) for w in words}
    assert answers == {w: bool(analyses(w)) for w in words}
    assert answers["وملخصهما"] and not answers["أنقرةوطهران"]


def test_trial_bases_are_looked_up_without_filling_the_form_cache(example_text: str) -> None:
    # bare_zipf gives zipf's answer for diacritic-free forms of the example ...
    from khulasa.text.frequency import UNKNOWN_ZIPF, bare_zipf, zipf
    from khulasa.text.normalize import strip_diacritics
    from khulasa.text.tokens import words

    forms = {strip_diacritics(w) for w in words(example_text)}
    assert all(bare_zipf(f) == zipf(f) for f in forms)
    assert bare_zipf("أنقرةوواشنطن") == UNKNOWN_ZIPF
    # ... and analysing a word tries its substrings as bases without keeping them per form.
    from khulasa.text import morphology
    from khulasa.text.wordcache import asked, clear_word_cache

    word = "وبمستشفياتهما"
    # Analysed afresh (an earlier test may have asked already), against the cache as it stands
    # (an earlier test may have looked up «مستشفيات» as a word of its own).
    clear_word_cache(morphology._analyses)
    before = set(asked("zipf"))
    assert analyses(word)
    assert not {word[1:], word[2:], word[2:-3]} & (set(asked("zipf")) - before)
