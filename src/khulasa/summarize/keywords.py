"""Key phrases: runs of up to three content words, ranked by the salience of their stems."""

from __future__ import annotations

from collections import Counter, defaultdict

from khulasa.rank.features import DocumentVectors
from khulasa.text.document import Document
from khulasa.text.stems import stem

MAX_PHRASE_WORDS = 3


def extract_keywords(document: Document, vectors: DocumentVectors, count: int) -> list[str]:
    """The `count` best key phrases as written in the text (most frequent surface form)."""
    scores: dict[tuple[str, ...], float] = {}
    surfaces: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for sentence in document.sentences:
        content = set(sentence.content)
        run: list[str] = []
        for token in (*sentence.tokens, None):
            if token is not None and token.text in content:
                run.append(token.text)
                continue
            for size in range(1, min(MAX_PHRASE_WORDS, len(run)) + 1):
                for i in range(len(run) - size + 1):
                    words = run[i : i + size]
                    key = tuple(stem(w) for w in words)
                    weight = sum(vectors.stem_weight.get(s, 0.0) for s in key) / size**0.5
                    scores[key] = scores.get(key, 0.0) + weight
                    surfaces[key][" ".join(words)] += 1
            run = []
    chosen: list[tuple[str, ...]] = []
    for key in sorted(scores, key=lambda k: (-scores[k], k)):
        if len(chosen) == count:
            break
        if any(set(key) <= set(c) or set(c) <= set(key) for c in chosen):
            continue
        chosen.append(key)
    return [min(surfaces[k].items(), key=lambda item: (-item[1], len(item[0])))[0] for k in chosen]
