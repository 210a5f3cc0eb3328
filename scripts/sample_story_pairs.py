"""Draw candidate article pairs from SaudiNewsNet dev for hand-labelling same-story / different-story
(or, with `--corpus train --dates ...`, from train articles of the split's dates only: train shares
its dates with dev, and a held-out date's train articles tell the held-out pairs' stories, so they are
tuned on never and only drawn for a held-out set).

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

DATA = Path(__file__).resolve().parents[2] / "shared/data/saudinewsnet"
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


def near_threshold(rows: list[dict], count: int, taken: set[tuple[int, int]],
                   rng: random.Random, band: tuple[float, float] = (-0.08, 0.12),
                   other_papers: bool = False) -> list[tuple[float, int, int]]:
    """`count` pairs (not in `taken`) whose same-story similarity in the digest's grouping lies
    within `band` of its threshold (-0.08/+0.12 unless told): where the grouping's errors are. The
    pairs are shuffled in with the others and printed without their similarity, so the labeller
    stays blind to it."""
    if not count:
        return []
    from khulasa.digest import DigestConfig
    from khulasa.digest.build import parse_day
    from khulasa.digest.group import profile, scored_pairs

    config = DigestConfig()
    profiles = [profile(r.get("title"), r["text"], parse_day(r.get("date"))) for r in rows]
    low, high = config.same_story + band[0], config.same_story + band[1]
    _, left, right, scores = scored_pairs(profiles, near_duplicate=config.near_duplicate,
                                          window=config.window_days, floor=low)
    near = [(float(s), int(i), int(j)) for s, i, j in zip(scores, left, right, strict=True)
            if low <= s <= high and (int(i), int(j)) not in taken
            and not (other_papers and rows[i]["source"] == rows[j]["source"])]
    return rng.sample(near, min(count, len(near)))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("split", choices=["tune", "heldout"])
    parser.add_argument("--strong", type=int, default=110)
    parser.add_argument("--middle", type=int, default=130)
    parser.add_argument("--random", type=int, default=80)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--ids", action="store_true", help="print ids only")
    parser.add_argument("--corpus", choices=["dev", "train"], default="dev")
    parser.add_argument("--dates", nargs="*", default=[], help="train: the split's dates to draw from")
    parser.add_argument("--boundary", type=int, default=0,
                        help="also draw this many pairs whose digest similarity lies near its threshold")
    parser.add_argument("--band", nargs=2, type=float, default=(-0.08, 0.12), metavar=("BELOW", "ABOVE"),
                        help="--boundary pairs: similarity from threshold+BELOW to threshold+ABOVE")
    parser.add_argument("--other-papers", action="store_true",
                        help="draw pairs of two different papers only (one event in each paper's own words)")
    parser.add_argument("--exclude", nargs="*", type=Path, default=[],
                        help="pair files whose articles are left out of the pool (a fresh set)")
    parser.add_argument("--exclude-pairs", nargs="*", type=Path, default=[],
                        help="pair files (or id lists) whose pairs are not drawn again")
    parser.add_argument("--words", type=int, default=35, help="opening words printed per article")
    parser.add_argument("--ranked", nargs=3, type=int, default=None, metavar=("FROM", "TO", "COUNT"),
                        help="also draw COUNT pairs at random among the rare-word ranks FROM..TO-1, below "
                             "the top-scoring ones, where papers' own write-ups of one event are")
    args = parser.parse_args()
    rows = [json.loads(line) for line in gzip.open(DATA / f"{args.corpus}.jsonl.gz", "rt", encoding="utf-8")]
    global ALL_DAYS
    ALL_DAYS = sorted({r["date"][:10] for r in rows})
    if args.corpus == "train":
        if not args.dates or any(split_of(d) != args.split for d in args.dates):
            parser.error(f"train pairs are drawn from {args.split} dates only (--dates)")
        rows = [r for r in rows if r["date"][:10] in args.dates]
    feats = [words(r["title"] + " " + " ".join(r["text"].split()[:40])) for r in rows]
    df = Counter(w for f in feats for w in f)
    idf = {w: math.log(len(rows) / n) for w, n in df.items()}
    days = [date.fromisoformat(r["date"][:10]) for r in rows]
    seen = {json.loads(line)[k] for path in args.exclude for line in path.read_text("utf-8").splitlines()
            if line.strip() for k in ("a", "b")}
    pool = [i for i, r in enumerate(rows) if split_of(r["date"][:10]) == args.split and r["id"] not in seen]
    done = {frozenset((p["a"], p["b"])) for path in args.exclude_pairs
            for p in map(json.loads, filter(str.strip, path.read_text("utf-8").splitlines()))}
    scored = []
    for a in range(len(pool)):
        for b in range(a + 1, len(pool)):
            i, j = pool[a], pool[b]
            if abs((days[i] - days[j]).days) > 1 or frozenset((rows[i]["id"], rows[j]["id"])) in done:
                continue
            if args.other_papers and rows[i]["source"] == rows[j]["source"]:
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
    ranked: list[tuple[float, int, int]] = []
    if args.ranked:
        drawn = chosen | {(i, j) for _, i, j in randoms}
        band = [s for s in scored[args.ranked[0]:args.ranked[1]] if (s[1], s[2]) not in drawn]
        ranked = rng.sample(band, min(args.ranked[2], len(band)))
        chosen |= {(i, j) for _, i, j in ranked}
    at = {r["id"]: k for k, r in enumerate(rows)}
    chosen |= {(min(at[a], at[b]), max(at[a], at[b])) for a, b in map(tuple, done) if a in at and b in at}
    picked = strong + middle + randoms + ranked + near_threshold(rows, args.boundary, chosen, rng,
                                                                            tuple(args.band), args.other_papers)
    rng.shuffle(picked)
    for n, (_, i, j) in enumerate(picked):
        if args.ids:
            print(json.dumps({"a": rows[i]["id"], "b": rows[j]["id"]}))
            continue
        print(f"## {n} {rows[i]['id']} {rows[j]['id']}")
        for k in (i, j):
            r = rows[k]
            print(f"[{r['source']} {r['date'][:10]}] {r['title']} || {' '.join(r['text'].split()[:args.words])}")


if __name__ == "__main__":
    main()
