"""Choose summary sentences: best score, minus redundancy with what is already chosen (MMR),
never a sentence that leans on a skipped one (it opens with a pronoun or a connective)."""

from __future__ import annotations

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
    lengths = np.asarray(word_counts)
    eligible = lengths >= MIN_SUMMARY_SENTENCE_WORDS
    if not eligible.any():
        eligible = lengths > 0
    previous = _previous_eligible(eligible) if dangling is not None else None
    peak = scores[eligible].max() if eligible.any() else 0.0
    relevance = scores / peak if peak > 0 else scores
    chosen: list[int] = []
    words = 0
    while max_sentences is None or len(chosen) < max_sentences:
        penalty = similarity[:, chosen].max(axis=1) if chosen else np.zeros(len(scores))
        value = (1.0 - redundancy) * relevance - redundancy * penalty
        value[~eligible] = -np.inf
        if dangling is not None and previous is not None:
            taken = np.zeros(len(scores) + 1, dtype=bool)
            taken[chosen] = True
            taken[-1] = True  # the first sentence leans on nothing
            value[dangling & ~taken[previous]] = -np.inf
        if max_words is not None and chosen:
            value[words + lengths > max_words] = -np.inf
        best = int(np.argmax(value)) if value.size else 0
        if not value.size or value[best] == -np.inf:
            break
        chosen.append(best)
        eligible[best] = False
        words += int(lengths[best])
    return sorted(chosen)


def _previous_eligible(eligible: np.ndarray) -> np.ndarray:
    """For each sentence, the index of the nearest earlier eligible one (len(eligible): none)."""
    previous = np.full(len(eligible), len(eligible), dtype=np.int64)
    last = len(eligible)
    for i, ok in enumerate(eligible):
        previous[i] = last
        if ok:
            last = i
    return previous
