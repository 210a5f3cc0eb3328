"""Precision and recall of the run-together word repair on generated data (see
khulasa.eval.segmentation for how the set is built). Thresholds were tuned on train; report dev.

    python scripts/measure_segmenter.py --split dev
"""

from __future__ import annotations

import argparse
from pathlib import Path

from khulasa.eval.segmentation import measure, sample

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def main() -> None:
    parser = argparse.ArgumentParser(description="Measure the run-together word repair.")
    parser.add_argument("--split", choices=("train", "dev"), default="dev")
    parser.add_argument("--pairs", type=int, default=2000)
    parser.add_argument("--singles", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    try:
        result = measure(*sample(DATA, args.split, args.pairs, args.singles, args.seed))
    except FileNotFoundError as error:
        raise SystemExit(str(error)) from None
    print(f"split={args.split} positives={result['positives']} negatives={result['negatives']}")
    print(f"precision={result['precision']:.4f} recall={result['recall']:.4f} "
          f"false_split_rate={result['false_split_rate']:.4f}")
    print("false splits:", *result["false_splits"], sep="\n  ")
    print("missed:", *result["missed"], sep="\n  ")


if __name__ == "__main__":
    main()
