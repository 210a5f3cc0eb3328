"""How long is the default summary against its article? Distribution on SaudiNewsNet dev.

    python scripts/measure_summary_length.py [--limit N]

Share = words of the default summary's sentences ÷ words of the article as given (both counted
with khulasa.text.tokens.words). Prints percentiles, the largest share, how many summaries
exceed 60 % of their article, and how often each note code appears.
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections import Counter
from itertools import islice
from pathlib import Path

import numpy as np

from khulasa import InputError, summarize
from khulasa.text.tokens import words

DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "saudinewsnet" / "dev.jsonl.gz"
BAR = 0.6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="first N articles only")
    args = parser.parse_args()
    shares, sentences, notes, refused = [], Counter[int](), Counter[str](), 0
    with gzip.open(DEV, "rt", encoding="utf-8") as lines:
        for line in islice(lines, args.limit):
            text = json.loads(line)["text"]
            try:
                summary = summarize(text)
            except InputError:
                refused += 1
                continue
            shares.append(sum(len(words(s.text)) for s in summary.sentences) / len(words(text)))
            sentences[len(summary.sentences)] += 1
            notes.update(note.code for note in summary.notes)
    share = np.array(shares)
    print(f"articles {len(share)} (refused {refused})")
    print("summary words / article words: "
          + " ".join(f"p{p}={np.percentile(share, p):.2f}" for p in (10, 25, 50, 75, 90, 99))
          + f" max={share.max():.2f}")
    print(f"over {BAR:.0%} of the article: {(share > BAR).sum()}")
    print("summary sentences: " + ", ".join(f"{k}: {v}" for k, v in sorted(sentences.items())))
    print("notes: " + (", ".join(f"{k} {v}" for k, v in notes.most_common()) or "none"))


if __name__ == "__main__":
    main()
