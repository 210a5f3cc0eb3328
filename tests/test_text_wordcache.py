"""Per-word caches: the same answers as the uncached functions, bounded in entries and bytes."""

from __future__ import annotations

import gc

import pytest

from khulasa import compiled
from khulasa.text import stems, wordcache
from khulasa.text.normalize import normalize_letters, normalize_word
from khulasa.text.stems import content_stem, stem, stopwords
from khulasa.text.tokens import words
from khulasa.text.wordcache import word_cache


def test_content_stem_is_stem_of_non_stop_words(example_text: str) -> None:
    checked = 0
    for word in words(example_text):
        expected = None
        if len(word) > 1 and not word.isdigit() and normalize_letters(word) not in stopwords():
            expected = stem(word)
        assert content_stem(word) == expected
        assert normalize_word(word) == normalize_letters(word)
        checked += expected is not None
    assert checked > 50


def test_analysis_reads_each_word_as_the_single_functions_do(example_text: str) -> None:
    # analyze takes stems, forms and weights from one cached record per word (word_reading):
    # they must be what content_stem, normalize_word and informativeness answer one by one.
    from khulasa.text.document import analyze
    from khulasa.text.frequency import informativeness

    sentences = analyze(example_text).sentences
    assert sum(len(s.words) for s in sentences) > 200
    for sentence in sentences:
        assert sentence.forms == tuple(normalize_letters(w) for w in sentence.words)
        kept = [(w, s) for w in sentence.words if (s := content_stem(w)) is not None]
        assert sentence.content == tuple(w for w, _ in kept) and sentence.stems == tuple(s for _, s in kept)
        assert sentence.weights == tuple(informativeness(w) for w in sentence.content)
    assert len({w for s in sentences for w in s.weights}) > 10  # rarer words weigh more


def test_long_words_are_computed_not_kept() -> None:
    word = "ب" * 100_000  # a run-on 'word' as a bad input may hold
    assert content_stem(word) == stems._word_reading(word)[0] is not None
    assert word not in wordcache.asked("reading")
    assert content_stem("المدرسة") == "مدرس" and "المدرسة" in wordcache.asked("reading")


def test_a_full_cache_starts_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(wordcache, "WORD_CACHE_SIZE", 3)
    calls: list[str] = []

    def measured(word: str) -> int:
        calls.append(word)
        return len(word)

    cached = word_cache(measured)
    for word in ["قال", "الوزير", "إن", "قال", "الحكومة", "قال"]:
        assert cached(word) == len(word)
    assert calls == ["قال", "الوزير", "إن", "الحكومة", "قال"]  # the 4th form emptied the cache
    assert len(cached.__self__) <= 3  # type: ignore[attr-defined]


def test_grammar_reload_forgets_per_form_answers() -> None:
    """After the build script rewrites the tables, no answer computed from the old ones stays."""
    from khulasa.text import grammar

    assert grammar.is_verb("أعلنت") and grammar.binds_forward("في")
    assert "أعلنت" in wordcache.asked("tag")
    grammar.reload()
    assert "أعلنت" not in wordcache.asked("tag")
    assert "في" not in wordcache.asked("binds_forward")
    with pytest.raises(TypeError):
        wordcache.clear_word_cache(len)
    assert grammar.is_verb("أعلنت")


def test_tables_are_loaded_once_and_reloaded_after_reload() -> None:
    """The package's tables are read once per process; grammar.reload reads them afresh."""
    from khulasa.text import grammar

    first = grammar.tables()
    assert grammar.tables() is first and first.lexicon
    grammar.reload()
    again = grammar.tables()
    assert again is not first and again.lexicon == first.lexicon
    assert stopwords() is stopwords() and "في" in stopwords()


def test_remembered_answers_keep_the_bounds(monkeypatch: pytest.MonkeyPatch) -> None:
    # An answer stored from outside (the stemmer's folded form for normalize_word) is kept like a
    # computed one: not for over-long words, not twice, and a full cache starts afresh.
    monkeypatch.setattr(wordcache, "WORD_CACHE_SIZE", 2)
    cached = word_cache(len)
    wordcache.remember(cached, "قال", 3)
    wordcache.remember(cached, "قال", 99)  # the first answer stays
    wordcache.remember(cached, "ب" * 100, 100)
    assert dict(cached.__self__) == {"قال": 3}  # type: ignore[attr-defined]
    wordcache.remember(cached, "إن", 2)
    wordcache.remember(cached, "الوزير", 6)
    assert dict(cached.__self__) == {"الوزير": 6}  # type: ignore[attr-defined]
    with pytest.raises(TypeError):
        wordcache.remember(len, "قال", 3)


def test_compiled_form_records_are_not_tracked_by_the_cycle_collector() -> None:
    # Tracked, an article's ~85 new records made the collector's full passes cost 12 % of the
    # CPU time beside sumy (text/wordcache.py); mypyc's acyclic class leaves them out.
    if "khulasa.text.wordcache" not in compiled.compiled_modules():
        pytest.skip("running from source: the records are plain Python objects")
    assert not gc.is_tracked(wordcache.Form())
    record = wordcache.form_record("كتاب")
    record.reading = ("كتاب", "كتاب", 1.0)
    assert not gc.is_tracked(record)
