"""The whole path: raw article text in, Summary out."""

from __future__ import annotations

from khulasa.config import SummaryConfig
from khulasa.errors import InputError
from khulasa.rank import get_scorer
from khulasa.rank.features import DocumentVectors
from khulasa.summarize.headline import select_headline
from khulasa.summarize.highlights import select_highlights
from khulasa.summarize.keywords import extract_keywords
from khulasa.summarize.select import select_sentences
from khulasa.summary import Summary, SummarySentence
from khulasa.text.document import analyze
from khulasa.text.inputs import check_text

MIN_HIGHLIGHTS = 3


def summarize(text: str, config: SummaryConfig | None = None) -> Summary:
    """Headline, highlights, extractive summary and key phrases of an Arabic news article.

    Raises InputError (with a one-line message) for empty, binary, oversize or non-Arabic text.
    Text too short for what was asked gives what it can, and `Summary.notes` says so.
    """
    config = config or SummaryConfig()
    check_text(text, config.max_input_bytes)
    document = analyze(text)
    if not document.sentences:
        raise InputError("empty", "input has no sentences to summarize")
    vectors = DocumentVectors.build(document)
    scores = get_scorer(config.scorer).score(document, vectors)
    chosen = select_sentences(
        document.word_counts,
        scores,
        vectors.similarity,
        max_sentences=None if config.words else config.sentences,
        max_words=config.words,
        redundancy=config.redundancy,
    )
    sentences = tuple(
        SummarySentence(
            text=document.sentences[i].span.text,
            start=document.sentences[i].span.start,
            end=document.sentences[i].span.end,
            index=i,
            score=round(float(scores[i]), 6),
        )
        for i in chosen
    )
    headline = select_headline(document, max_words=config.headline_max_words)
    highlights = select_highlights(
        document, vectors, scores, count=config.highlights, max_words=config.highlight_max_words,
        headline=headline,
    )
    notes: list[str] = []
    if not config.words and len(sentences) < config.sentences:
        notes.append(
            f"text is short: {len(sentences)} summary sentence(s) instead of {config.sentences}"
        )
    if len(highlights) < min(config.highlights, MIN_HIGHLIGHTS):
        notes.append(f"text is short: {len(highlights)} highlight(s) instead of {config.highlights}")
    return Summary(
        headline=headline,
        highlights=tuple(highlights),
        sentences=sentences,
        keywords=tuple(extract_keywords(document, vectors, config.keywords)),
        source=document.source,
        notes=tuple(notes),
    )
