"""Measure the run-together word repair (khulasa.text.segment) on real running text.

Negatives: every Arabic token of a SaudiNewsNet split (dev: ~600k words), each of which must be
left whole; reported as splits per 10,000 words with the most frequent ones listed (a few of
them are real joins in the scraped text — the list shows which). Positives: adjacent word pairs
of the same text joined together, one sample of any pair and one of pairs whose right word starts
with the clitic «و», «ل» or «ب» («أنقرة»+«وواشنطن» → «أنقرةوواشنطن», as in the bundled example);
a repair is right only if it splits at the original point. Pairs whose joined form is itself a
common word (Zipf ≥ 3, «من»+«ها» = «منها») are left out: no segmenter could or should split them.
"""

from __future__ import annotations

import gzip
import json
import random
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from khulasa.text.charsets import ARABIC_WORD_RE
from khulasa.text.frequency import zipf
from khulasa.text.segment import split_joined

COMMON_JOINED_ZIPF = 3.0
CLITICS = "ولب"
SHOWN = 30


def corpus_path(data: Path, split: str) -> Path:
    path = data / "saudinewsnet" / f"{split}.jsonl.gz"
    if not path.exists():
        raise FileNotFoundError(f"corpus not found: {path} (put ../shared beside the checkout)")
    return path


def article_words(data: Path, split: str, articles: int | None = None) -> Iterator[list[str]]:
    """The Arabic words of each article of a SaudiNewsNet split, in corpus order."""
    with gzip.open(corpus_path(data, split), "rt", encoding="utf-8") as lines:
        for count, line in enumerate(lines):
            if articles is not None and count >= articles:
                return
            yield ARABIC_WORD_RE.findall(json.loads(line)["text"])


@dataclass
class JoinedPairs:
    """Adjacent word pairs joined together: (joined, left, right), any pair and clitic pairs."""

    any_pair: list[tuple[str, str, str]] = field(default_factory=list)
    clitic: list[tuple[str, str, str]] = field(default_factory=list)


def _joinable(left: str, right: str) -> bool:
    return len(left) >= 2 and len(right) >= 2 and zipf(left + right) < COMMON_JOINED_ZIPF


def sample_pairs(data: Path, split: str, pairs: int, seed: int) -> JoinedPairs:
    """Up to `pairs` joined pairs of each kind, one of each kind per article at most."""
    rng = random.Random(seed)
    found = JoinedPairs()
    for words in article_words(data, split):
        if len(words) < 2:
            continue
        i = rng.randrange(len(words) - 1)
        if len(found.any_pair) < pairs and _joinable(words[i], words[i + 1]):
            found.any_pair.append((words[i] + words[i + 1], words[i], words[i + 1]))
        starts = [j for j in range(1, len(words)) if words[j][0] in CLITICS and len(words[j]) > 3]
        if starts and len(found.clitic) < pairs:
            j = rng.choice(starts)
            if _joinable(words[j - 1], words[j]):
                found.clitic.append((words[j - 1] + words[j], words[j - 1], words[j]))
        if len(found.any_pair) >= pairs and len(found.clitic) >= pairs:
            break
    return found


def recall(positives: list[tuple[str, str, str]]) -> tuple[float, list[str]]:
    """Share of pairs split back at the original point, and a few of the misses."""
    right = 0
    misses: list[str] = []
    for joined, left, right_word in positives:
        parts = split_joined(joined)
        if parts == (left, right_word):
            right += 1
        elif len(misses) < 10:
            got = " | ".join(parts) if len(parts) > 1 else "not split"
            misses.append(f"{joined} → {got} (want {left} | {right_word})")
    return (right / len(positives) if positives else 0.0), misses


@dataclass
class FalseSplits:
    """Splits of the words of real running text, which should all stay whole."""

    words: int
    splits: Counter[str]

    @property
    def per_10k(self) -> float:
        return 10_000 * sum(self.splits.values()) / self.words if self.words else 0.0


def false_splits(data: Path, split: str, articles: int | None = None) -> FalseSplits:
    """Run the splitter on every Arabic token of the split's articles."""
    words = 0
    splits: Counter[str] = Counter()
    for tokens in article_words(data, split, articles):
        words += len(tokens)
        splits.update(t for t in tokens if len(split_joined(t)) > 1)
    return FalseSplits(words, splits)


def shown_splits(result: FalseSplits, count: int = SHOWN) -> list[str]:
    """The most frequent false splits as «word → left | right (n)»."""
    return [
        f"{word} → {' | '.join(split_joined(word))} ({n})"
        for word, n in result.splits.most_common(count)
    ]
