"""The whole path: raw article text in, Summary out."""

from __future__ import annotations

import gc
import math
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from khulasa.config import SummaryConfig
from khulasa.errors import InputError
from khulasa.rank import get_scorer
from khulasa.rank.features import DocumentVectors, one_blas_thread
from khulasa.summarize.clauses import shorten
from khulasa.summarize.headline import select_headline
from khulasa.summarize.highlights import select_highlights
from khulasa.summarize.keywords import extract_keywords
from khulasa.summarize.select import dangling_openers, select_sentences
from khulasa.summary import FurnitureSpan, Note, NoteCode, Passage, Summary, SummarySentence
from khulasa.text.document import Document, analyze
from khulasa.text.inputs import check_text

MIN_HIGHLIGHTS = 3
# Highlights are cut from the sentences this scorer rates best, whatever scorer picks the summary:
# they are key points from across the story, not the lead again.
HIGHLIGHT_SCORER = "learned"


def summary_length(document: Document, config: SummaryConfig) -> tuple[int | None, int | None]:
    """(most sentences, most words) of the summary: the word budget if one is set, else a share
    of the article's sentences (at least one, at most `config.sentences`) and of its words."""
    if config.words:
        return None, config.words
    count = len(document.sentences)
    share = max(1, min(config.sentences, math.floor(count * config.sentence_share + 0.5)))
    return share, max(1, math.floor(sum(document.word_counts) * config.max_word_share))


# How many summarize calls (threads) are running with the cycle collector paused, and whether
# to turn it back on when the last one ends.
_paused = 0
_resume = False
_pause_lock = threading.Lock()


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """The cyclic garbage collector paused while an article is summarized. The pipeline makes
    no reference cycles (refcounting frees everything: `gc.collect()` after each of 300 dev
    articles found 0 objects), but it allocates many short-lived tuples and lists, and the
    collector's passes over them cost 6-7 % of the CPU time (bench/throughput.py). Counted
    across threads: the collector comes back on (if it was on) when the last call ends."""
    global _paused, _resume
    with _pause_lock:
        if _paused == 0:
            _resume = gc.isenabled()
            gc.disable()
        _paused += 1
    try:
        yield
    finally:
        with _pause_lock:
            _paused -= 1
            if _paused == 0 and _resume:
                gc.enable()


def summarize(text: str, config: SummaryConfig | None = None) -> Summary:
    """Headline, highlights, extractive summary and key phrases of an Arabic news article.

    Raises InputError (with a one-line message) for empty, binary, oversize or non-Arabic text.
    Where the output differs from what was asked, `Summary.notes` says why.
    """
    with _no_cycle_collection():
        return _summarize(text, config)


def _summarize(text: str, config: SummaryConfig | None) -> Summary:
    config = config or SummaryConfig()
    check_text(text, config.max_input_bytes)
    document = analyze(text)
    if not document.sentences:
        raise InputError("empty", "input has no sentences to summarize")
    with one_blas_thread():  # once for every product and solve of this article
        vectors = DocumentVectors.build(document)
        scores = get_scorer(config.scorer).score(document, vectors)
        highlight_scores = (
            scores if config.scorer == HIGHLIGHT_SCORER
            else get_scorer(HIGHLIGHT_SCORER).score(document, vectors)
        )
    max_sentences, max_words = summary_length(document, config)
    chosen = select_sentences(
        document.word_counts,
        scores,
        vectors.similarity,
        max_sentences=max_sentences,
        max_words=max_words,
        redundancy=config.redundancy,
        dangling=dangling_openers(document) if config.coherent else None,
    )
    notes: list[Note] = []
    sentences = []
    for i in chosen:
        sentence = document.sentences[i]
        passage = Passage(sentence.span.text, sentence.span.start, sentence.span.end)
        if max_words is not None and sentence.word_count > max_words:
            if config.words:
                notes.append(_note("over_budget", words=sentence.word_count, budget=config.words))
            else:
                passage = Passage.from_tokens(shorten(sentence, max_words), document.source)
                notes.append(_note("sentence_cut", words=sentence.word_count,
                                   total=sum(document.word_counts)))
        sentences.append(SummarySentence(passage.text, passage.start, passage.end, index=i,
                                         score=round(float(scores[i]), 6)))
    headline = select_headline(document, max_words=config.headline_max_words)
    highlights = select_highlights(
        document, vectors, highlight_scores, count=config.highlights,
        max_words=config.highlight_max_words, headline=headline,
    )
    if len(highlights) < min(config.highlights, MIN_HIGHLIGHTS):
        notes.append(_note("fewer_highlights", given=len(highlights), asked=config.highlights))
    return Summary(
        headline=headline,
        highlights=tuple(highlights),
        sentences=tuple(sentences),
        keywords=tuple(extract_keywords(document, vectors, config.keywords)),
        source=document.source,
        notes=tuple(notes),
        furniture=tuple(
            FurnitureSpan(document.source[f.start : f.end], f.start, f.end, f.kind)
            for f in document.furniture
        ),
    )


# Each note's English and Arabic text, by code; filled in with str.format.
_NOTE_TEXTS: dict[NoteCode, tuple[str, str]] = {
    "sentence_cut": (
        "the chosen sentence alone has {words} of the article's {total} words, more than half: "
        "it is cut at a phrase boundary",
        "الجملة المختارة وحدها فيها {words} كلمة من كلمات النص البالغة {total}، أي أكثر من "
        "نصفها، فاقتُصر على أولها",
    ),
    "over_budget": (
        "the one summary sentence has {words} words, more than the budget of {budget}: a summary "
        "always has at least one whole sentence",
        "جملة الملخص فيها {words} كلمة، أكثر من الحد المطلوب ({budget})، والملخص جملة كاملة "
        "واحدة على الأقل",
    ),
    "fewer_highlights": (
        "{given} highlight(s) instead of {asked}: the article has no more distinct statements",
        "عدد أبرز النقاط: {given} بدلا من {asked}، إذ ليس في النص عبارات متمايزة أكثر",
    ),
}


def _note(code: NoteCode, **values: int) -> Note:
    english, arabic = _NOTE_TEXTS[code]
    return Note(code, english.format(**values), arabic.format(**values))
