"""Sentence-splitter accuracy on the hand-checked set tests/data/sentences-gold.jsonl.

Prints boundary precision/recall/F1 and the share of cases split exactly right, for Khulasa's
splitter and, for reference, a naive split after every . ! ? ؟ (what most quick scripts do).
Run: python scripts/measure_sentences.py
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

from khulasa.text.sentences import split_sentences

GOLD = Path(__file__).resolve().parents[1] / "tests/data/sentences-gold.jsonl"
_NAIVE_RE = re.compile(r"(?<=[.!?؟])\s*|\n")


def naive_split(text: str) -> list[str]:
    """Split after every terminal mark and at line breaks."""
    return [piece.strip() for piece in _NAIVE_RE.split(text) if piece.strip()]


def boundaries(text: str, sentences: list[str]) -> set[int]:
    """End offsets of `sentences` located in order in `text` (the last one excluded)."""
    ends, position = set(), 0
    for sentence in sentences:
        position = text.index(sentence, position) + len(sentence)
        ends.add(position)
    ends.discard(max(ends, default=0))
    return ends


def score(splitter: Callable[[str], list[str]]) -> dict[str, float]:
    """Boundary precision, recall, F1 and exact-case accuracy of `splitter` on the gold set."""
    true_pos = predicted = expected = exact = cases = 0
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        output = splitter(case["text"])
        got, want = boundaries(case["text"], output), boundaries(case["text"], case["sentences"])
        true_pos += len(got & want)
        predicted += len(got)
        expected += len(want)
        exact += output == case["sentences"]
        cases += 1
    precision = true_pos / predicted if predicted else 1.0
    recall = true_pos / expected if expected else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"cases": cases, "precision": precision, "recall": recall, "f1": f1,
            "exact": exact / cases}


def main() -> None:
    print(f"{'splitter':<10} {'cases':>5} {'P':>6} {'R':>6} {'F1':>6} {'exact':>6}")
    for name, splitter in (
        ("khulasa", lambda text: [s.text for s in split_sentences(text)]),
        ("naive", naive_split),
    ):
        r = score(splitter)
        print(f"{name:<10} {r['cases']:>5} {r['precision']:>6.3f} {r['recall']:>6.3f} "
              f"{r['f1']:>6.3f} {r['exact']:>6.3f}")


if __name__ == "__main__":
    main()
