"""Choose summary sentences: best score, minus redundancy with what is already chosen (MMR),
never a sentence that leans on a skipped one (it opens with a pronoun or a connective)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Final

import numpy as np

from khulasa.rank.features import SentenceSimilarity
from khulasa.text.document import Document
from khulasa.text.normalize import normalize_word

# Sentences shorter than this are subheads or fragments; used only if nothing else exists.
MIN_SUMMARY_SENTENCE_WORDS: Final = 5

# First words that point back to the sentence before: a pronoun or demonstrative subject, a
# contrast or continuation connective, or a reporting verb whose subject is the last speaker.
# A hand list: these are closed classes of Arabic function words, which no library lists.
_DANGLING_OPENERS: Final = frozenset(
    normalize_word(w)
    for w in (
        "هو هي هم هما هن وهو وهي وهم وهما فهو فهي فهم "
        "هذا هذه هؤلاء ذلك تلك وهذا وهذه وذلك وتلك فهذا فذلك "
        "لكن ولكن لكنه لكنها ولكنه ولكنها بيد غير إلا بينما وبينما فيما وفيما ثم كما وكما "
        "كذلك وكذلك أيضا بذلك وبذلك لذلك ولذلك لذا ولذا وعليه "
        "وأضاف وأضافت مضيفا مضيفة وتابع وتابعت وأردف وأردفت مشيرا مشيرة مؤكدا مؤكدة "
        "ولفت ولفتت وأوضح وأوضحت وبين وبينت وشدد وشددت"
    ).split()
)


def dangling_openers(document: Document) -> np.ndarray:
    """True for each sentence whose first word needs the sentence before it to make sense."""
    return np.array(
        [bool(s.words) and normalize_word(s.words[0]) in _DANGLING_OPENERS
         for s in document.sentences],
        dtype=bool,
    )


def select_sentences(
    word_counts: Sequence[int] | np.ndarray,
    scores: np.ndarray,
    similarity: np.ndarray | SentenceSimilarity,
    *,
    max_sentences: int | None,
    max_words: int | None,
    redundancy: float,
    dangling: np.ndarray | None = None,
) -> list[int]:
    """Indexes of the chosen sentences in article order (deterministic: ties go to the earlier).

    Every system measured in `khulasa.eval` packs its sentences with this same function.

    With `max_words`, whole sentences are added while the total stays within the budget;
    the best sentence is always given even if it alone is longer. With `dangling` (one bool per
    sentence, see `dangling_openers`), such a sentence is taken only right after the sentence
    before it (the previous one of summary length) has been taken.
    """
    # On Python numbers: an article has a dozen sentences and a few picks, where numpy's cost
    # was its calls (a dozen a pick). The same IEEE operations, so the same values and choices.
    lengths = [int(n) for n in word_counts]
    count = len(lengths)
    eligible = [n >= MIN_SUMMARY_SENTENCE_WORDS for n in lengths]
    if not any(eligible):
        eligible = [n > 0 for n in lengths]
    previous = _previous_eligible(eligible) if dangling is not None else None
    leans = [bool(d) for d in dangling] if dangling is not None else None
    given = scores.tolist()
    # (by position, not zip(…, strict=True): see features.DocumentVectors.build)
    peak = max([given[i] for i in range(count) if eligible[i]], default=0.0)
    relevance = [v / peak for v in given] if peak > 0 else given
    keep = 1.0 - redundancy
    penalty: list[float] | None = None  # most similarity to a chosen sentence
    chosen: list[int] = []
    taken = [False] * count + [True]  # (the last: the first sentence leans on nothing)
    words = 0
    while max_sentences is None or len(chosen) < max_sentences:
        best, best_value = 0, -math.inf
        for i in range(count):
            if not eligible[i]:
                continue
            if leans is not None and previous is not None and leans[i] and not taken[previous[i]]:
                continue
            if max_words is not None and chosen and words + lengths[i] > max_words:
                continue
            value = keep * relevance[i] - redundancy * (0.0 if penalty is None else penalty[i])
            if value > best_value:  # the first of equal values, as numpy's argmax
                best, best_value = i, value
        if best_value == -math.inf:
            break
        chosen.append(best)
        taken[best] = True
        eligible[best] = False
        words += lengths[best]
        column = _column(similarity, best)
        penalty = column if penalty is None else [max(penalty[i], column[i]) for i in range(count)]
    return sorted(chosen)


def _column(similarity: np.ndarray | SentenceSimilarity, index: int) -> list[float]:
    """The similarity of every sentence to sentence `index`."""
    if isinstance(similarity, np.ndarray):
        return similarity[:, index].tolist()
    return similarity[:, [index]][:, 0].tolist()


def _previous_eligible(eligible: Sequence[bool]) -> list[int]:
    """For each sentence, the index of the nearest earlier eligible one (len(eligible): none)."""
    previous = []
    last = len(eligible)
    for i, ok in enumerate(eligible):
        previous.append(last)
        if ok:
            last = i
    return previous
