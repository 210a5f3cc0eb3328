"""Key phrases: runs of up to three content words, ranked by the salience of their stems."""

from __future__ import annotations

from collections.abc import Iterator

from khulasa.rank.features import DocumentVectors
from khulasa.text.document import Document

MAX_PHRASE_WORDS = 3

Key = tuple[str, ...]


def _phrases(document: Document) -> Iterator[tuple[Key, tuple[str, ...], int, int]]:
    """(stem n-gram, content words, start, end) for every run of up to MAX_PHRASE_WORDS
    adjacent content words."""
    for sentence in document.sentences:
        positions, stems, words = sentence.content_positions, sentence.stems, sentence.content
        start = 0
        for end in range(1, len(positions) + 1):
            if end < len(positions) and positions[end] == positions[end - 1] + 1:
                continue
            for size in range(1, min(MAX_PHRASE_WORDS, end - start) + 1):
                for i in range(start, end - size + 1):
                    yield stems[i : i + size], words, i, i + size
            start = end


def extract_keywords(document: Document, vectors: DocumentVectors, count: int) -> list[str]:
    """The `count` best key phrases as written in the text (most frequent surface form)."""
    counts: dict[Key, int] = {}
    for key, _, _, _ in _phrases(document):
        counts[key] = counts.get(key, 0) + 1
    weight = vectors.stem_weight
    scores = {
        key: n * sum(weight.get(s, 0.0) for s in key) / len(key) ** 0.5 for key, n in counts.items()
    }
    chosen: list[Key] = []
    for key in sorted(scores, key=lambda k: (-scores[k], k)):
        if len(chosen) == count:
            break
        if any(set(key) <= set(c) or set(c) <= set(key) for c in chosen):
            continue
        chosen.append(key)
    # Surface forms only for the chosen phrases, in order of first appearance.
    surfaces: dict[Key, dict[str, int]] = {key: {} for key in chosen}
    for key, words, start, end in _phrases(document):
        forms = surfaces.get(key)
        if forms is not None:
            surface = " ".join(words[start:end])
            forms[surface] = forms.get(surface, 0) + 1
    return [min(surfaces[k].items(), key=lambda item: (-item[1], len(item[0])))[0] for k in chosen]
