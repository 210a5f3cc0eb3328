"""Draw candidate article pairs from SaudiNewsNet dev for hand-labelling same-story / different-story.

Pairs come from the same or the next day, stratified by how many rare words (inverse document
frequency over dev) their titles and openings share, so that both likely same-story pairs and
same-topic-but-different pairs are plentiful; a random stratum covers the rest. The split of dates
into a tuning set and a held-out set is fixed here. Prints ids and (to the terminal only) titles and
openings for the labeller; SaudiNewsNet text is never written to the project.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import random
import re
from collections import Counter
from datetime import date
from pathlib import Path

DEV = Path(__file__).resolve().parents[2] / "shared/data/saudinewsnet/dev.jsonl.gz"
_DIACRITICS = re.compile("[\u064b-\u0652\u0640]")
_WORD = re.compile("[\u0621-\u064a]+")
_PREFIX = re.compile("^(?:و|ف)?(?:ب|ل|ك)?(?:ال|لل)")


def words(text: str) -> set[str]:
    """Crudely normalised words (alef/yaa/taa marbuta unified, article and proclitics cut)."""
    text = _DIACRITICS.sub("", text)
    text = text.translate(str.maketrans("أإآىة", "ااايه"))
    out = set()
    for w in _WORD.findall(text):
        w = _PREFIX.sub("", w) if len(w) > 4 else w
        if len(w) >= 3:
            out.add(w)
    return out


def split_of(day: str) -> str:
    """Tuning dates are the even-numbered days of the 18 in dev, held-out the odd ones (by rank)."""
    return "tune" if ALL_DAYS.index(day) % 2 == 0 else "heldout"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("split", choices=["tune", "heldout"])
    parser.add_argument("--strong", type=int, default=110)
    parser.add_argument("--middle", type=int, default=130)
    parser.add_argument("--random", type=int, default=80)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--ids", action="store_true", help="print ids only")
    args = parser.parse_args()
    rows = [json.loads(line) for line in gzip.open(DEV, "rt", encoding="utf-8")]
    global ALL_DAYS
    ALL_DAYS = sorted({r["date"][:10] for r in rows})
    feats = [words(r["title"] + " " + " ".join(r["text"].split()[:40])) for r in rows]
    df = Counter(w for f in feats for w in f)
    idf = {w: math.log(len(rows) / n) for w, n in df.items()}
    days = [date.fromisoformat(r["date"][:10]) for r in rows]
    pool = [i for i, r in enumerate(rows) if split_of(r["date"][:10]) == args.split]
    scored = []
    for a in range(len(pool)):
        for b in range(a + 1, len(pool)):
            i, j = pool[a], pool[b]
            if abs((days[i] - days[j]).days) > 1:
                continue
            shared = feats[i] & feats[j]
            score = sum(idf[w] for w in shared if df[w] <= 20)
            scored.append((score, i, j))
    scored.sort(reverse=True)
    rng = random.Random(args.seed)
    strong = scored[: args.strong]
    rest = scored[args.strong:]
    band = [s for s in rest if s[0] >= 6]
    middle = rng.sample(band, min(args.middle, len(band)))
    chosen = {(i, j) for _, i, j in strong + middle}
    others = [s for s in rest if (s[1], s[2]) not in chosen]
    randoms = rng.sample(others, args.random)
    picked = strong + middle + randoms
    rng.shuffle(picked)
    for n, (_, i, j) in enumerate(picked):
        if args.ids:
            print(json.dumps({"a": rows[i]["id"], "b": rows[j]["id"]}))
            continue
        print(f"## {n} {rows[i]['id']} {rows[j]['id']}")
        for k in (i, j):
            r = rows[k]
            print(f"[{r['source']} {r['date'][:10]}] {r['title']} || {' '.join(r['text'].split()[:35])}")


if __name__ == "__main__":
    main()
