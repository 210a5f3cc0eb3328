"""Key phrases: runs of up to three content words, ranked by the salience of their stems.

Every 1–3-gram of stems is counted and scored at once in numpy (an n-gram is an integer code
over the document's stem ids): done with Python dicts it was the pipeline's costliest step.
"""

from __future__ import annotations

import numpy as np

from khulasa.rank.features import DocumentVectors
from khulasa.text.document import Document, Sentence

MAX_PHRASE_WORDS = 3
# n ** 0.5 for n words, as Python computes it, so scores match a plain-Python ranking exactly.
_ROOTS = np.array([1.0] + [n**0.5 for n in range(1, MAX_PHRASE_WORDS + 1)])
# Ranked phrases first looked at per phrase asked for (more only if overlaps skip too many).
_CANDIDATES_PER_KEYWORD = 8

Key = tuple[str, ...]


def _runs(sentence: Sentence) -> list[tuple[int, int]]:
    """(start, end) of each run of adjacent content words, as indexes into sentence.stems."""
    positions = sentence.content_positions
    runs, start = [], 0
    for end in range(1, len(positions) + 1):
        if end == len(positions) or positions[end] != positions[end - 1] + 1:
            runs.append((start, end))
            start = end
    return runs


class _PhraseTable:
    """Each distinct n-gram of stems inside a run of content words: its stems and score
    (occurrences × summed stem salience ÷ √n)."""

    def __init__(self, document: Document, vectors: DocumentVectors) -> None:
        self.stems = [s for sentence in document.sentences for s in sentence.stems]
        ids = vectors.stem_ids
        opens_run = np.array(
            [i == 0 or p != positions[i - 1] + 1
             for positions in (s.content_positions for s in document.sentences)
             for i, p in enumerate(positions)],
            dtype=bool,
        )
        base = len(vectors.vocabulary) + 1
        codes, starts, sizes = [], [], []
        continues = np.ones(len(ids), dtype=bool)  # the n-gram at i still lies inside one run
        code = np.zeros(len(ids), dtype=np.int64)
        for size in range(1, MAX_PHRASE_WORDS + 1):
            reach = max(len(ids) - size + 1, 0)
            if size > 1:  # an n-gram may not run into the next run
                continues = continues[:reach] & ~opens_run[size - 1 : size - 1 + reach]
            code = code[:reach] * base + ids[size - 1 : size - 1 + reach] + 1
            at = np.nonzero(continues)[0]
            codes.append(code[at])
            starts.append(at)
            sizes.append(np.full(len(at), size))
        _, first, counts = np.unique(np.concatenate(codes), return_index=True, return_counts=True)
        self.start, self.size = np.concatenate(starts)[first], np.concatenate(sizes)[first]
        salience = vectors.salience[ids[self.start]]
        for offset in range(1, MAX_PHRASE_WORDS):  # summed left to right, as Python's sum()
            longer = self.size > offset
            next_stem = ids[np.where(longer, self.start + offset, 0)]
            salience = salience + np.where(longer, vectors.salience[next_stem], 0.0)
        self.score = counts * salience / _ROOTS[self.size]

    def key(self, phrase: int) -> Key:
        start = int(self.start[phrase])
        return tuple(self.stems[start : start + int(self.size[phrase])])

    def best(self, count: int) -> list[Key]:
        """The `count` best phrases, none contained in another chosen one; ties go to the
        smaller stems tuple. Only a ranked prefix is turned into Python objects."""
        ranked = np.argsort(-self.score, kind="stable")
        limit = _CANDIDATES_PER_KEYWORD * count
        while True:
            prefix = ranked
            if limit < len(ranked):  # every phrase scoring at least the limit-th one
                prefix = ranked[self.score[ranked] >= self.score[ranked[limit - 1]]]
            chosen: list[Key] = []
            for _, key in sorted((-float(self.score[p]), self.key(p)) for p in prefix):
                if len(chosen) == count:
                    break
                if not any(set(key) <= set(c) or set(c) <= set(key) for c in chosen):
                    chosen.append(key)
            if len(chosen) == count or len(prefix) == len(ranked):
                return chosen
            limit *= 4


def extract_keywords(document: Document, vectors: DocumentVectors, count: int) -> list[str]:
    """The `count` best key phrases as written in the text (most frequent surface form)."""
    chosen = _PhraseTable(document, vectors).best(count) if count else []
    # Surface forms only for the chosen phrases, in order of first appearance.
    surfaces: dict[Key, dict[str, int]] = {key: {} for key in chosen}
    first_stems = {key[0] for key in chosen}
    for sentence in document.sentences:
        stems, words = sentence.stems, sentence.content
        for start, end in _runs(sentence):
            for i in range(start, end):
                if stems[i] not in first_stems:
                    continue
                for size in range(1, min(MAX_PHRASE_WORDS, end - i) + 1):
                    forms = surfaces.get(stems[i : i + size])
                    if forms is not None:
                        surface = " ".join(words[i : i + size])
                        forms[surface] = forms.get(surface, 0) + 1
    return [min(surfaces[k].items(), key=lambda item: (-item[1], len(item[0])))[0] for k in chosen]
