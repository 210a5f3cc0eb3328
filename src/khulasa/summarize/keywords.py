"""Key phrases: runs of up to three content words, ranked by the salience of their stems."""

from __future__ import annotations

from khulasa.rank.features import DocumentVectors
from khulasa.text.document import Document, Sentence

MAX_PHRASE_WORDS = 3

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


def extract_keywords(document: Document, vectors: DocumentVectors, count: int) -> list[str]:
    """The `count` best key phrases as written in the text (most frequent surface form)."""
    counts: dict[Key, int] = {}
    runs = [(sentence, _runs(sentence)) for sentence in document.sentences]
    for sentence, sentence_runs in runs:
        stems = sentence.stems
        for start, end in sentence_runs:
            for size in range(1, min(MAX_PHRASE_WORDS, end - start) + 1):
                for i in range(start, end - size + 1):
                    key = stems[i : i + size]
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
    first_stems = {key[0] for key in chosen}
    for sentence, sentence_runs in runs:
        stems, words = sentence.stems, sentence.content
        for start, end in sentence_runs:
            for i in range(start, end):
                if stems[i] not in first_stems:
                    continue
                for size in range(1, min(MAX_PHRASE_WORDS, end - i) + 1):
                    forms = surfaces.get(stems[i : i + size])
                    if forms is not None:
                        surface = " ".join(words[i : i + size])
                        forms[surface] = forms.get(surface, 0) + 1
    return [min(surfaces[k].items(), key=lambda item: (-item[1], len(item[0])))[0] for k in chosen]
