"""The digest box bar on chosen days of a SaudiNewsNet split, for developing the box on train days
(dev is reported by bench/digest_quality.py): of the stories carried by 3 or more papers, how many
have 3 or more bullets citing 2 or more papers, and how many bullets citing 2+ papers the others
have (0, 1, 2), and the share of the bullets citing 2+ papers that the single-article highlight
checks (`eval.wellformed.highlight_faults`, length aside) flag. `--show` lists every such story.

    python bench/digest_box.py --split train --dates 2015-07-23 2015-08-01 2015-08-08
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections import Counter
from pathlib import Path

import khulasa
from khulasa.digest import DigestConfig
from khulasa.eval.wellformed import highlight_faults

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "saudinewsnet"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="train", choices=("train", "dev"))
    parser.add_argument("--dates", nargs="+", default=["2015-07-23", "2015-08-01", "2015-08-08"])
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    with gzip.open(DATA / f"{args.split}.jsonl.gz", "rt", encoding="utf-8") as lines:
        rows = [row for row in map(json.loads, lines) if row["date"][:10] in args.dates]
    result = khulasa.digest(rows, DigestConfig())
    wide = [s for s in result.stories if len(s.sources) >= 3]
    multi = Counter(min(3, sum(len(b.sources) >= 2 for b in s.highlights)) for s in wide)
    for story in wide if args.show else ():
        cited = sum(len(b.sources) >= 2 for b in story.highlights)
        print(f"{cited} of {len(story.highlights)} bullets cite 2+ papers; {len(story.sources)} papers: {story.headline}")
    print(f"{args.split} {' '.join(args.dates)}: {len(rows)} articles; stories of 3+ papers {len(wide)}, "
          f"with 3+ bullets citing 2+ papers {multi[3]} (with 0/1/2 such bullets: {multi[0]}/{multi[1]}/{multi[2]})")
    cited = [b.text for s in wide for b in s.highlights if len(b.sources) >= 2]
    flags = Counter(f for text in cited for f in highlight_faults(text) - {"too long"})
    print(f"{len(cited)} bullets citing 2+ papers; flagged by the highlight checks: "
          + ", ".join(f"{name} {flags[name] / max(1, len(cited)):.3f}" for name in ("bad opener", "cut off", "no verb", "junk")))


if __name__ == "__main__":
    main()
