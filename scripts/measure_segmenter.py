"""False splits on every word of real running text, and recall on joined word pairs, for the
run-together word repair (see khulasa.eval.segmentation for how each set is built).
Thresholds are set on train; report dev.

    python scripts/measure_segmenter.py --split dev
"""

from __future__ import annotations

import argparse
from pathlib import Path

from khulasa.eval.segmentation import false_splits, recall, sample_pairs, shown_splits

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def main() -> None:
    parser = argparse.ArgumentParser(description="Measure the run-together word repair.")
    parser.add_argument("--split", choices=("train", "dev"), default="dev")
    parser.add_argument("--pairs", type=int, default=2000, help="joined pairs of each kind")
    parser.add_argument("--articles", type=int, default=None, help="articles for false splits")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    try:
        negatives = false_splits(DATA, args.split, args.articles)
        pairs = sample_pairs(DATA, args.split, args.pairs, args.seed)
    except FileNotFoundError as error:
        raise SystemExit(str(error)) from None
    any_recall, any_missed = recall(pairs.any_pair)
    clitic_recall, clitic_missed = recall(pairs.clitic)
    both = (any_recall * len(pairs.any_pair) + clitic_recall * len(pairs.clitic)) / max(
        1, len(pairs.any_pair) + len(pairs.clitic)
    )
    print(f"split={args.split} words={negatives.words} splits={sum(negatives.splits.values())} "
          f"false_splits_per_10k={negatives.per_10k:.2f}")
    print(f"recall: pairs={len(pairs.any_pair)} {any_recall:.4f}  "
          f"clitic_pairs={len(pairs.clitic)} {clitic_recall:.4f}  all={both:.4f}")
    print(f"most frequent splits of real words ({len(negatives.splits)} distinct):",
          *shown_splits(negatives), sep="\n  ")
    print("missed pairs:", *any_missed[:5], *clitic_missed[:5], sep="\n  ")


if __name__ == "__main__":
    main()
