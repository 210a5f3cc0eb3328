"""Count headlines, highlights and summary sentences of SaudiNewsNet articles that open on page
furniture: navigation or share text, a byline, or a wire dateline. The checks here are written
independently of khulasa.text.furniture (and on purpose broader), so that they can catch what
it misses; they only need `khulasa.summarize`, so the same script measures any version:

    python scripts/count_furniture_starts.py --split dev [--articles 2000]
    PYTHONPATH=/path/to/old/src python scripts/count_furniture_starts.py   # before
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter
from pathlib import Path

from khulasa import InputError, summarize

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
_WORD = r"[^\s.،:؟!–—-]+"
_DASH = r"(?:\s*[–—-]\s*|\s+ـ+\s+)"  # a tatweel is a dash only between spaces («لـ» is not)
CHECKS = {
    "navigation": re.compile(r"^\s*(?:Next|Previous|رابط الخبر|مقالات أخرى|شارك من خلال|اقرأ أيضا)"),
    # «سلوى سعد – متابعات …», «سبق - الرياض: …», «محمد آل الحمري- سبق- عسير: …», a name and a
    # place alone («عبدالرحمن الشهري – جدة»); not a parenthesis between two dashes («-رعاه الله-»).
    "byline": re.compile(
        rf"^\*?\s*(?:{_WORD}\s+){{0,3}}{_WORD}{_DASH}"
        rf"(?:متابعات|عين اليوم|سبق|واس|(?:{_WORD}{_DASH})?(?:{_WORD}\s+)?{_WORD}\s*(?::|$))"
    ),
    "dateline": re.compile(r"^.{0,60}?(?:هـ\s*الموافق|\bواس\b)"),
}


def furniture_start(text: str) -> str | None:
    """The first check `text` fails, or None."""
    for name, pattern in CHECKS.items():
        if pattern.search(text):
            return name
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description="Outputs that open on page furniture.")
    parser.add_argument("--split", choices=("train", "dev"), default="dev")
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--examples", type=int, default=12)
    args = parser.parse_args()
    counts: Counter[str] = Counter()
    examples: list[str] = []
    path = DATA / "saudinewsnet" / f"{args.split}.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for count, line in enumerate(lines):
            if count >= args.articles:
                break
            try:
                summary = summarize(json.loads(line)["text"])
            except InputError:
                continue
            counts["articles"] += 1
            outputs = [("headline", summary.headline.text)]
            outputs += [("highlight", p.text) for p in summary.highlights]
            outputs += [("sentence", p.text) for p in summary.sentences]
            for role, text in outputs:
                counts[role] += 1
                found = furniture_start(text)
                if found:
                    counts[f"{role} {found}"] += 1
                    if len(examples) < args.examples:
                        examples.append(f"{role:9} {found:12} {text[:90]}")
    for role in ("headline", "highlight", "sentence"):
        bad = {k.split()[1]: v for k, v in counts.items() if k.startswith(role + " ")}
        print(f"{role:9} {counts[role]:6} outputs, {sum(bad.values()):4} open on furniture {bad}")
    print(f"articles {counts['articles']}")
    print("examples:", *examples, sep="\n  ")


if __name__ == "__main__":
    main()
