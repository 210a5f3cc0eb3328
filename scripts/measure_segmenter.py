"""Precision and recall of the run-together word repair (khulasa.text.segment) on generated data.

Positives: adjacent Arabic word pairs of real SaudiNewsNet text, joined («أنقرة»+«وواشنطن» →
«أنقرةوواشنطن»); a repair is right only if it splits at the original point. Pairs whose joined
form is itself a common word (Zipf ≥ 3, e.g. «من»+«ها» = «منها») are left out: no segmenter
could or should split them. Negatives: words drawn from the same running text, which must be
left alone. Precision = right splits / all splits over positives + negatives (equal numbers);
recall = right splits / positives. Thresholds were tuned on train; report dev.

    python scripts/measure_segmenter.py --split dev
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
from pathlib import Path

from khulasa.text.charsets import ARABIC_WORD_RE
from khulasa.text.frequency import zipf
from khulasa.text.segment import split_joined

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
COMMON_JOINED_ZIPF = 3.0


def sample(split: str, pairs: int, singles: int, seed: int) -> tuple[list, list[str]]:
    """(joined word, left, right) positives and single-word negatives from one split."""
    path = DATA / "saudinewsnet" / f"{split}.jsonl.gz"
    if not path.exists():
        raise SystemExit(f"corpus not found: {path} (put ../shared beside the checkout)")
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


def main() -> None:
    parser = argparse.ArgumentParser(description="Measure the run-together word repair.")
    parser.add_argument("--split", choices=("train", "dev"), default="dev")
    parser.add_argument("--pairs", type=int, default=2000)
    parser.add_argument("--singles", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    result = measure(*sample(args.split, args.pairs, args.singles, args.seed))
    print(f"split={args.split} positives={result['positives']} negatives={result['negatives']}")
    print(f"precision={result['precision']:.4f} recall={result['recall']:.4f} "
          f"false_split_rate={result['false_split_rate']:.4f}")
    print("false splits:", *result["false_splits"], sep="\n  ")
    print("missed:", *result["missed"], sep="\n  ")


if __name__ == "__main__":
    main()
