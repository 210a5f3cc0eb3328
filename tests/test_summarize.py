"""The whole summarizer on real articles: golden properties of the example, limits, schema."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest

from khulasa import InputError, Summary, SummaryConfig, summarize
from khulasa.text.tokens import words

SCHEMA = json.loads((Path(__file__).resolve().parents[1] / "docs/summary.schema.json").read_text())


def passages(summary: Summary) -> list:
    return [summary.headline, *summary.highlights, *summary.sentences]


def test_example_golden_properties(example_text: str) -> None:
    summary = summarize(example_text)
    assert len(words(summary.headline.text)) <= 14
    assert 3 <= len(summary.highlights) <= 6
    assert all(len(words(h.text)) <= 12 for h in summary.highlights)
    assert len(summary.sentences) == 3
    # Highlights come from at least three different sentences and lie in the body, not the box.
    body = [s for s in summary.source.split(". ")]
    assert len(body) > 3
    box_start = summary.source.index("المشهد التركي ضبابية")
    assert all(h.end <= box_start for h in summary.highlights)
    assert all(s.end <= box_start for s in summary.sentences)
    starts = [h.start for h in summary.highlights]
    assert starts == sorted(starts)
    assert len({_sentence_of(summary, h.start) for h in summary.highlights}) >= 3
    assert summary.keywords and all(k in summary.source for k in summary.keywords)


def _sentence_of(summary: Summary, offset: int) -> int:
    """Index of the sentence-ending full stop before `offset` (counts sentences so far)."""
    return summary.source.count(".", 0, offset)


def test_example_summary_mentions_the_story(example_text: str) -> None:
    summary = summarize(example_text)
    text = " ".join(h.text for h in summary.highlights)
    assert "أنقرة" in text
    assert any(word in text for word in ("واشنطن", "طهران", "موسكو", "الناتو"))


def test_offsets_slice_back(example_text: str) -> None:
    assert_offsets(summarize(example_text))


def test_sentences_are_in_article_order_and_distinct(example_text: str) -> None:
    summary = summarize(example_text, SummaryConfig(sentences=4))
    indexes = [s.index for s in summary.sentences]
    assert indexes == sorted(set(indexes)) and len(indexes) == 4


def test_word_budget_is_respected_but_one_sentence_always_given(example_text: str) -> None:
    summary = summarize(example_text, SummaryConfig(words=120))
    assert 1 <= len(summary.sentences)
    assert sum(len(words(s.text)) for s in summary.sentences) <= 120
    tiny = summarize(example_text, SummaryConfig(words=5))
    assert len(tiny.sentences) == 1


def test_deterministic(example_text: str) -> None:
    assert summarize(example_text).to_json() == summarize(example_text).to_json()


def test_short_text_says_so() -> None:
    summary = summarize("أعلنت وزارة الصحة اليوم إطلاق حملة وطنية للتطعيم ضد الإنفلونزا.")
    assert len(summary.sentences) == 1
    assert any("short" in note for note in summary.notes)


@pytest.mark.parametrize("bad", ["", "   ", "English only text here, nothing Arabic at all."])
def test_bad_text_raises_input_error(bad: str) -> None:
    with pytest.raises(InputError):
        summarize(bad)


@pytest.mark.parametrize(
    "options", [{"sentences": 0}, {"words": 0}, {"highlights": 7}, {"redundancy": 1.5}]
)
def test_config_is_validated(options: dict) -> None:
    with pytest.raises(ValueError):
        SummaryConfig(**options)


def test_every_shared_example_matches_the_schema(shared_examples: list[Path]) -> None:
    for path in shared_examples:
        data = json.loads(summarize(path.read_text("utf-8")).to_json())
        jsonschema.validate(data, SCHEMA)


def test_corpus_articles_summarize_within_limits(shared_data: Path) -> None:
    import gzip

    with gzip.open(shared_data / "saudinewsnet/dev.jsonl.gz", "rt", encoding="utf-8") as lines:
        articles = [json.loads(next(lines))["text"] for _ in range(100)]
    for text in articles:
        summary = summarize(text)
        jsonschema.validate(summary.to_dict(), SCHEMA)
        assert len(words(summary.headline.text)) <= 14
        assert all(len(words(h.text)) <= 12 for h in summary.highlights)
        assert_offsets(summary)


def _unquoted(text: str) -> str:
    """Quote and bracket marks, which a headline or highlight drops when they do not pair up."""
    return re.sub(r"[«»\"()“”\[\]]", "", text)


def assert_offsets(summary: Summary) -> None:
    """Sentences slice back exactly; headline and highlights are their source stretch with
    deleted words (honorifics, time fillers, appositions) left out, in order."""
    for sentence in summary.sentences:
        assert summary.source[sentence.start : sentence.end] == sentence.text
    for passage in (summary.headline, *summary.highlights):
        stretch = iter(words(_unquoted(summary.source[passage.start : passage.end])))
        assert all(any(w == s or s.endswith(w) for s in stretch) for w in words(passage.text)), passage
