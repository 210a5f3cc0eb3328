"""Draw sentence pairs from different papers of one digest story for hand-labelling same-fact /
different-fact (tests/data/fact-pairs-train.jsonl): SaudiNewsNet train days are digested, and every
pair of box passages (summary sentences and highlighter statements) from two papers of a
multi-paper story is scored by the box's overlap; pairs are drawn from a band below the same-fact
threshold (paraphrases the box misses) and one above it (its merges), shuffled together and printed
without their scores, so the labeller stays blind to them. Prints ids and offsets, and (to the
terminal only) the two passages; SaudiNewsNet text is never written to the project.

    python scripts/sample_fact_pairs.py --dates 2015-07-23 2015-08-01 --below 50 --above 30
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
from dataclasses import replace
from pathlib import Path

from khulasa.digest import DigestConfig
from khulasa.digest.box import overlap
from khulasa.digest.build import Member, assemble, prepare

TRAIN = Path(__file__).resolve().parents[2] / "shared/data/saudinewsnet/train.jsonl.gz"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dates", nargs="+", required=True)
    parser.add_argument("--below", type=int, default=50, help="pairs with overlap in [0.55, 1)")
    parser.add_argument("--above", type=int, default=30, help="pairs with overlap in [1, 1.6)")
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--exclude", type=Path, help="a JSONL of pairs already labelled")
    args = parser.parse_args()
    with gzip.open(TRAIN, "rt", encoding="utf-8") as lines:
        rows = [row for row in map(json.loads, lines) if row["date"][:10] in args.dates]
    config = DigestConfig()
    members = [m for n, row in enumerate(rows, 1) if isinstance(m := prepare(n, row, config), Member)]
    by_id = {m.ref.id: m for m in members}
    done = set()
    if args.exclude:
        for line in args.exclude.read_text("utf-8").splitlines():
            pair = json.loads(line)
            done.add((pair["a"], pair["a_start"], pair["b"], pair["b_start"]))
    below, above = [], []
    for story in assemble(members, [], config).stories:
        papers = [by_id[a.id] for a in story.articles]
        passages = [(m, replace(p, member=k)) for k, m in enumerate(papers) for p in m.passages]
        for i, (ma, a) in enumerate(passages):
            for mb, b in passages[i + 1:]:
                if not ma.ref.source or ma.ref.source == mb.ref.source:
                    continue
                key = (ma.ref.id, a.start, mb.ref.id, b.start)
                if key in done or (key[2], key[3], key[0], key[1]) in done:
                    continue
                score = overlap(a, b)
                if 0.55 <= score < 1.0:
                    below.append((ma, a, mb, b))
                elif 1.0 <= score < 1.6:
                    above.append((ma, a, mb, b))
    rng = random.Random(args.seed)
    picked = rng.sample(below, min(args.below, len(below))) + rng.sample(above, min(args.above, len(above)))
    rng.shuffle(picked)
    for n, (ma, a, mb, b) in enumerate(picked):
        record = {"a": ma.ref.id, "a_start": a.start, "a_end": a.end, "b": mb.ref.id, "b_start": b.start, "b_end": b.end}
        print(f"## {n} {json.dumps(record)}\n  A: {a.text}\n  B: {b.text}")


if __name__ == "__main__":
    main()
