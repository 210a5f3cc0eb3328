"""Measure the run-together word repair (khulasa.text.segment) on generated data.

Positives: adjacent Arabic word pairs of real SaudiNewsNet text, joined («أنقرة»+«وواشنطن» →
«أنقرةوواشنطن»); a repair is right only if it splits at the original point. Pairs whose joined
form is itself a common word (Zipf ≥ 3, e.g. «من»+«ها» = «منها») are left out: no segmenter
could or should split them. Negatives: words drawn from the same running text, which must be
left alone. Precision = right splits / all splits over positives + negatives; recall = right
splits / positives.
"""

from __future__ import annotations

import gzip
import json
import random
from pathlib import Path

from khulasa.text.charsets import ARABIC_WORD_RE
from khulasa.text.frequency import zipf
from khulasa.text.segment import split_joined

COMMON_JOINED_ZIPF = 3.0


def sample(data: Path, split: str, pairs: int, singles: int, seed: int) -> tuple[list, list[str]]:
    """(joined word, left, right) positives and single-word negatives from one split."""
    path = data / "saudinewsnet" / f"{split}.jsonl.gz"
    if not path.exists():
        raise FileNotFoundError(f"corpus not found: {path} (put ../shared beside the checkout)")
    rng = random.Random(seed)
    positives: list[tuple[str, str, str]] = []
    negatives: list[str] = []
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            words = ARABIC_WORD_RE.findall(json.loads(line)["text"])
            if len(words) < 2:
                continue
            i = rng.randrange(len(words) - 1)
            left, right = words[i], words[i + 1]
            if len(left) >= 2 and len(right) >= 2 and zipf(left + right) < COMMON_JOINED_ZIPF:
                positives.append((left + right, left, right))
            negatives.extend(rng.sample(words, min(3, len(words))))
            if len(positives) >= pairs and len(negatives) >= singles:
                break
    return positives[:pairs], negatives[:singles]


def measure(positives: list, negatives: list[str]) -> dict:
    right = wrong_point = 0
    misses: list[str] = []
    for joined, left, right_word in positives:
        parts = split_joined(joined)
        if parts == (left, right_word):
            right += 1
        elif len(parts) > 1:
            wrong_point += 1
            misses.append(f"{joined} → {' | '.join(parts)} (want {left} | {right_word})")
        else:
            misses.append(f"{joined} not split (want {left} | {right_word})")
    false_splits = [w for w in negatives if len(split_joined(w)) > 1]
    splits = right + wrong_point + len(false_splits)
    return {
        "positives": len(positives),
        "negatives": len(negatives),
        "precision": right / splits if splits else 1.0,
        "recall": right / len(positives) if positives else 0.0,
        "false_split_rate": len(false_splits) / len(negatives) if negatives else 0.0,
        "false_splits": [f"{w} → {' | '.join(split_joined(w))}" for w in false_splits[:10]],
        "missed": misses[:10],
    }
