"""ROUGE for Arabic: `rouge-score` (Google Research) with tokenizers that keep Arabic letters.

rouge-score's own tokenizer keeps only [a-z0-9], so identical Arabic strings score 0 (see
PITFALLS.md); its n-gram and LCS arithmetic is right, so we wrap it and only swap tokenizers.
Two settings:
- `khulasa`: Khulasa's words, letters normalized (alef forms, alef maqsura, taa marbuta,
  hamza seats, diacritics, tatweel, digits) and Snowball-stemmed — the project's default;
- `xlsum`: the XL-Sum multilingual-ROUGE recipe (lowercase, punctuation stripped, Snowball
  Arabic stemmer on tokens longer than 3 characters, no letter normalization), so numbers can be
  set next to published XL-Sum results.
With several references the score is the mean over references.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal, Protocol

import Stemmer
from rouge_score import rouge_scorer

from khulasa.text.stems import stem
from khulasa.text.tokens import words

RougeSetting = Literal["khulasa", "xlsum"]
ROUGE_TYPES = ("rouge1", "rouge2", "rougeL", "rougeLsum")
XLSUM_MIN_STEM_LENGTH = 4
_XLSUM_NON_WORD_RE = re.compile(r"[^\w\s]|_")
_SNOWBALL = Stemmer.Stemmer("arabic")


class Tokenizer(Protocol):
    """What rouge-score calls: text in, tokens out."""

    def tokenize(self, text: str) -> list[str]: ...


class KhulasaTokenizer:
    """Words → normalized Snowball stems (the tokenizer protocol rouge-score expects)."""

    def tokenize(self, text: str) -> list[str]:
        return [stem(w) for w in words(text)]


class XlsumTokenizer:
    """Lowercase, strip punctuation, Snowball-stem tokens longer than 3 characters."""

    def tokenize(self, text: str) -> list[str]:
        tokens = _XLSUM_NON_WORD_RE.sub(" ", text.lower()).split()
        return [_SNOWBALL.stemWord(t) if len(t) >= XLSUM_MIN_STEM_LENGTH else t for t in tokens]


TOKENIZERS: dict[str, Callable[[], Tokenizer]] = {"khulasa": KhulasaTokenizer, "xlsum": XlsumTokenizer}


@dataclass(frozen=True)
class RougeScore:
    """Precision, recall and F1 of one ROUGE type (0–1)."""

    precision: float
    recall: float
    f1: float


@lru_cache(maxsize=None)
def _scorer(setting: RougeSetting) -> rouge_scorer.RougeScorer:
    if setting not in TOKENIZERS:
        raise ValueError(f"unknown ROUGE setting {setting!r}; known: {', '.join(TOKENIZERS)}")
    return rouge_scorer.RougeScorer(list(ROUGE_TYPES), tokenizer=TOKENIZERS[setting]())


def rouge(
    candidate: str | Sequence[str],
    references: Sequence[str | Sequence[str]],
    setting: RougeSetting = "khulasa",
) -> dict[str, RougeScore]:
    """ROUGE-1/2/L/Lsum of `candidate` against each reference, averaged over references.

    A candidate or reference given as a list of sentences is joined with newlines, which is
    what ROUGE-Lsum splits on; plain strings are scored as one sentence for Lsum.
    """
    if not references:
        raise ValueError("at least one reference is needed")
    prediction = _lines(candidate)
    totals = {kind: [0.0, 0.0, 0.0] for kind in ROUGE_TYPES}
    for reference in references:
        for kind, score in _scorer(setting).score(_lines(reference), prediction).items():
            totals[kind][0] += score.precision
            totals[kind][1] += score.recall
            totals[kind][2] += score.fmeasure
    count = len(references)
    return {kind: RougeScore(p / count, r / count, f / count) for kind, (p, r, f) in totals.items()}


def _lines(text: str | Sequence[str]) -> str:
    return text if isinstance(text, str) else "\n".join(text)


def token_counts(text: str, setting: RougeSetting = "khulasa") -> Counter[str]:
    """Unigram counts under a setting's tokenizer, for fast repeated ROUGE-1 (the oracle)."""
    return Counter(TOKENIZERS[setting]().tokenize(text))


def rouge1_f1(candidate: Counter[str], reference: Counter[str]) -> float:
    """ROUGE-1 F1 of two unigram bags: the same arithmetic as rouge-score's rouge1."""
    overlap = sum((candidate & reference).values())
    if not overlap:
        return 0.0
    precision = overlap / sum(candidate.values())
    recall = overlap / sum(reference.values())
    return 2 * precision * recall / (precision + recall)
