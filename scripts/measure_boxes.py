"""How full and how clean the highlight boxes are on SaudiNewsNet articles.

    python scripts/measure_boxes.py [--split train] [--start 0] [--limit 300]

prints the number of boxes with fewer than three bullets (and empty ones) and the share of
bullets with each fault of `khulasa.eval.wellformed.highlight_faults`. Train by default: the
highlight rules are tuned on train articles, never on dev.
"""

from __future__ import annotations

import argparse
from collections import Counter
from itertools import islice

from khulasa import summarize
from khulasa.eval.corpora import open_corpus
from khulasa.eval.wellformed import HIGHLIGHT_FAULTS, highlight_faults

FULL_BOX = 3


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", default="train")
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--limit", type=int, default=300)
    args = parser.parse_args()
    boxes: list[int] = []
    faults: Counter[str] = Counter()
    for article in islice(open_corpus("saudinewsnet", args.split), args.start, args.start + args.limit):
        try:
            bullets = [h.text for h in summarize(article.text).highlights]
        except ValueError:  # not an article (empty, not Arabic)
            continue
        boxes.append(len(bullets))
        for bullet in bullets:
            found = highlight_faults(bullet)
            faults.update(found)
            faults["any fault"] += bool(found)
    lines = sum(boxes)
    print(f"{len(boxes)} {args.split} articles, {lines} bullets: {sum(n < FULL_BOX for n in boxes)} boxes with "
          f"fewer than {FULL_BOX} bullets, {boxes.count(0)} empty")
    print("  ".join(f"{name} {100 * faults[name] / max(lines, 1):.1f} %" for name in (*HIGHLIGHT_FAULTS, "any fault")))


if __name__ == "__main__":
    main()
