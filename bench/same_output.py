"""Guard for optimizations: summaries of N SaudiNewsNet dev articles must not change.

    python bench/same_output.py --save /tmp/before.json   # before a change
    python bench/same_output.py --check /tmp/before.json  # after: exit 1 on any difference
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from itertools import islice
from pathlib import Path

from khulasa import InputError, summarize

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "saudinewsnet" / "dev.jsonl.gz"


def outputs(count: int) -> list:
    with gzip.open(DATA, "rt", encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line in islice(lines, count)]
    results = []
    for text in texts:
        try:
            results.append(summarize(text).to_dict())
        except InputError as error:
            results.append({"error": error.reason})
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=300)
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path)
    group.add_argument("--check", type=Path)
    args = parser.parse_args()
    current = outputs(args.count)
    if args.save:
        args.save.write_text(json.dumps(current, ensure_ascii=False), encoding="utf-8")
        print(f"saved {len(current)} summaries to {args.save}")
        return
    before = json.loads(args.check.read_text(encoding="utf-8"))
    changed = [i for i, (a, b) in enumerate(zip(before, current, strict=True)) if a != b]
    print(f"{len(current)} summaries, {len(changed)} changed" + (f": first at {changed[:5]}" if changed else ""))
    sys.exit(1 if changed else 0)


if __name__ == "__main__":
    main()
