"""Every summarizer measured, behind one protocol, with the same sentence packing for all.

Given the article and a word budget, a system returns the sentences it chose. Whole sentences
are taken while the total stays within the budget (a sentence that would overflow is skipped
for a later, shorter one; at least one sentence is always given), by the same
`select_sentences` Khulasa itself uses, so systems differ only in how they rate sentences.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any, Protocol

import numpy as np

from khulasa.config import SummaryConfig
from khulasa.errors import InputError
from khulasa.eval.rouge import RougeSetting, rouge1_f1, token_counts
from khulasa.summarize.pipeline import summarize
from khulasa.summarize.select import select_sentences
from khulasa.text.document import analyze
from khulasa.text.normalize import normalize_word
from khulasa.text.stems import stem, stopwords
from khulasa.text.tokens import words

HEADLINE_BASELINE_WORDS = 12


class System(Protocol):
    """Chooses summary sentences for an article within a word budget."""

    name: str

    def __call__(self, text: str, budget: int, references: Sequence[str]) -> list[str]: ...


def _pack(sentences: Sequence[str], scores: np.ndarray, budget: int) -> list[str]:
    counts = np.array([len(words(s)) for s in sentences])
    similarity = np.zeros((len(sentences), len(sentences)))
    chosen = select_sentences(counts, scores, similarity, max_sentences=None, max_words=budget,
                              redundancy=0.0)
    return [sentences[i] for i in chosen]


def _our_sentences(text: str) -> list[str]:
    return [s.span.text for s in analyze(text).sentences]


class Lead:
    """The first sentences, in order, up to the budget."""

    name = "lead"

    def __call__(self, text: str, budget: int, references: Sequence[str]) -> list[str]:
        sentences = _our_sentences(text)
        return _pack(sentences, -np.arange(len(sentences), dtype=np.float64), budget)


class RandomSelection:
    """Random sentences, seeded by the article text: the floor any method must clear."""

    name = "random"

    def __call__(self, text: str, budget: int, references: Sequence[str]) -> list[str]:
        sentences = _our_sentences(text)
        rng = np.random.default_rng(zlib.crc32(text.encode("utf-8")))
        return _pack(sentences, rng.random(len(sentences)), budget)


class Khulasa:
    """Khulasa's own summary with the word budget: the default, or another scorer by name."""

    def __init__(self, scorer: str | None = None) -> None:
        self.config = SummaryConfig(scorer=scorer) if scorer else SummaryConfig()
        self.name = f"khulasa-{scorer}" if scorer else "khulasa"

    def __call__(self, text: str, budget: int, references: Sequence[str]) -> list[str]:
        config = replace(self.config, words=budget)
        try:
            return [s.text for s in summarize(text, config).sentences]
        except InputError:
            return []  # refused (too little Arabic): an empty summary, scored 0 against us


def _khulasa_headline(text: str) -> str:
    """Khulasa's headline; an article it refuses gets an empty one (scored 0, not skipped: the
    run goes on and the refusal counts against us)."""
    try:
        return summarize(text).headline.text
    except InputError:
        return ""


class Oracle:
    """Greedy extractive upper bound: add the sentence that most raises mean ROUGE-1 F1 over
    the references, within budget, until nothing raises it."""

    name = "oracle"

    def __init__(self, setting: RougeSetting = "khulasa") -> None:
        self.setting = setting

    def __call__(self, text: str, budget: int, references: Sequence[str]) -> list[str]:
        sentences = _our_sentences(text)
        bags = [token_counts(s, self.setting) for s in sentences]
        targets = [token_counts(r, self.setting) for r in references]
        lengths = [len(words(s)) for s in sentences]
        chosen: list[int] = []
        summary = token_counts("", self.setting)
        best = 0.0
        while True:
            gains = [
                (np.mean([rouge1_f1(summary + bags[i], t) for t in targets]), -i)
                for i in range(len(sentences))
                if i not in chosen and (not chosen or sum(lengths[j] for j in chosen) + lengths[i] <= budget)
            ]
            if not gains or max(gains)[0] <= best:
                break
            score, negative_index = max(gains)
            best = float(score)
            chosen.append(-negative_index)
            summary = summary + bags[-negative_index]
        return [sentences[i] for i in sorted(chosen)] or sentences[:1]


class _SumyWords:
    """sumy tokenizer adapter: Khulasa's sentence units and words, letter-normalized."""

    language = "arabic"

    @staticmethod
    def to_sentences(paragraph: str) -> tuple[str, ...]:
        return tuple(_our_sentences(paragraph))

    @staticmethod
    def to_words(sentence: str) -> tuple[str, ...]:
        return tuple(normalize_word(w) for w in words(sentence))


def _ratings_summarizer(kind: str, stemmer: Callable[[str], str], stop_words: Any) -> Any:
    """A sumy LexRank/TextRank summarizer that returns its sentence ratings instead of picking."""
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer

    base = LexRankSummarizer if kind == "lexrank" else TextRankSummarizer

    class Ratings(base):  # type: ignore[misc, valid-type]
        def _get_best_sentences(self, sentences: Any, count: Any, rating: Any, *args: Any, **kwargs: Any) -> Any:
            return rating

    summarizer = Ratings(stemmer)
    summarizer.stop_words = stop_words
    return summarizer


class Sumy:
    """sumy's LexRank or TextRank: with Khulasa's sentences, words, stems and stop words, or out
    of the box (`own_tokenizer=True`: sumy's Arabic tokenizer, stemmer and stop words)."""

    def __init__(self, kind: str, own_tokenizer: bool = False) -> None:
        self.kind = kind
        self.own_tokenizer = own_tokenizer
        self.name = f"{kind}-sumy" if own_tokenizer else kind

    def __call__(self, text: str, budget: int, references: Sequence[str]) -> list[str]:
        from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
        from sumy.nlp.stemmers import Stemmer
        from sumy.nlp.tokenizers import Tokenizer
        from sumy.parsers.plaintext import PlaintextParser
        from sumy.utils import get_stop_words

        if self.own_tokenizer:
            document = PlaintextParser.from_string(text, Tokenizer("arabic")).document
            summarizer = _ratings_summarizer(self.kind, Stemmer("arabic"), get_stop_words("arabic"))
        else:
            adapter = _SumyWords()
            document = ObjectDocumentModel(
                [Paragraph([Sentence(s, adapter) for s in _our_sentences(text)])]
            )
            summarizer = _ratings_summarizer(self.kind, stem, stopwords())
        sentences = list(document.sentences)
        if not sentences:
            return []
        ratings = summarizer(document, 1)
        scores = np.array([float(ratings[s]) for s in sentences])
        return _pack([str(s) for s in sentences], scores, budget)


def summary_systems(setting: RougeSetting = "khulasa") -> dict[str, System]:
    """Every system for corpora with reference summaries, by name."""
    systems: list[System] = [
        Lead(), RandomSelection(), Sumy("textrank"), Sumy("lexrank"),
        Sumy("textrank", own_tokenizer=True), Sumy("lexrank", own_tokenizer=True),
        Khulasa(), Khulasa("learned"), Khulasa("centrality"), Oracle(setting),
    ]
    return {s.name: s for s in systems}


HeadlineSystem = Callable[[str], str]


def headline_systems() -> dict[str, HeadlineSystem]:
    """Every headline system for corpora whose reference is the title, by name."""
    return {
        "first12": lambda text: " ".join(text.split()[:HEADLINE_BASELINE_WORDS]),
        "lead-sentence": lambda text: " ".join(
            (_our_sentences(text) or [""])[0].split()[:HEADLINE_BASELINE_WORDS]
        ),
        "khulasa": _khulasa_headline,
    }
