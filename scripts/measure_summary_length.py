"""How long is the default summary against its article? Distribution on SaudiNewsNet dev.

    python scripts/measure_summary_length.py [--limit N]   # also writes docs/results/summary-length.json

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

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "data" / "saudinewsnet" / "dev.jsonl.gz"
OUT = ROOT / "docs" / "results" / "summary-length.json"
BAR = 0.6
PERCENTILES = (10, 25, 50, 75, 90, 99)


def measure(limit: int | None = None) -> dict:
    """The distribution of summary/article word shares over SaudiNewsNet dev (first `limit`)."""
    shares, sentences, notes, refused = [], Counter[int](), Counter[str](), 0
    with gzip.open(DEV, "rt", encoding="utf-8") as lines:
        for line in islice(lines, limit):
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
    return {
        "articles": len(share), "refused": refused,
        "percentiles": {str(p): round(float(np.percentile(share, p)), 2) for p in PERCENTILES},
        "max": round(float(share.max()), 2), "bar": BAR, "over_bar": int((share > BAR).sum()),
        "summary_sentences": {str(k): v for k, v in sorted(sentences.items())},
        "notes": dict(notes.most_common()),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="first N articles only")
    args = parser.parse_args()
    report = measure(args.limit)
    if args.limit is None:
        OUT.parent.mkdir(parents=True, exist_ok=True)
        OUT.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"articles {report['articles']} (refused {report['refused']})")
    print("summary words / article words: "
          + " ".join(f"p{p}={v:.2f}" for p, v in report["percentiles"].items())
          + f" max={report['max']:.2f}")
    print(f"over {BAR:.0%} of the article: {report['over_bar']}")
    print("summary sentences: " + ", ".join(f"{k}: {v}" for k, v in report["summary_sentences"].items()))
    print("notes: " + (", ".join(f"{k} {v}" for k, v in report["notes"].items()) or "none"))


if __name__ == "__main__":
    main()
