"""Same-story grouping on the tuning pairs only, fast (grouping profiles, no summaries): pairwise
precision and recall on the dev tuning pairs (tests/data/story-pairs.jsonl, all of dev grouped),
on the train pairs (tests/data/story-pairs-train.jsonl, their tuning dates of train grouped day by
day; the pair model is fitted on these pairs, so its train figures are in-sample unless
`--out-of-sample`, which scores each day with the model fitted on the other days' pairs) and on
the angle pairs (tests/data/story-pairs-angles.jsonl: train pairs where the model hesitates, never
fitted on),
with the false merges listed by their labeller's reason. Used to choose the grouping's
constants; the held-out pairs are scored by bench/digest_quality.py only. `--bootstrap`: the share
of 2,000 resamples of the dev tuning and train pairs together on which precision >= 0.9 and recall >= 0.7 hold.

    python bench/digest_grouping.py [--show] [--bootstrap] [--out-of-sample]
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from contextlib import nullcontext
from functools import cache
from pathlib import Path
from unittest import mock

import numpy as np

from khulasa.digest import DigestConfig
from khulasa.digest.build import parse_day
from khulasa.digest.group import PAIR_FEATURES, group, profile
from khulasa.rank.models import LinearModel

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import train_story_pairs  # noqa: E402  (scripts/ holds the pair model's fitting)

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "saudinewsnet"
SETS = {"dev tuning pairs": ("dev", ROOT / "tests/data/story-pairs.jsonl"),
        "train pairs": ("train", ROOT / "tests/data/story-pairs-train.jsonl"),
        "angle pairs": ("train", ROOT / "tests/data/story-pairs-angles.jsonl")}
# The sets `--bootstrap` resamples (the angle pairs, drawn where the model hesitates, would weigh
# the statistic toward that band).
BOOTSTRAP_SETS = ("dev tuning pairs", "train pairs")


_labelled = cache(train_story_pairs.labelled)


def fitted_without(day: str) -> LinearModel:
    """The pair model fitted on the train pairs of every other day (to score `day` out of sample)."""
    x, y, days = _labelled()
    mean, scale, model = train_story_pairs.fit(x[days != day], y[days != day])
    return LinearModel(PAIR_FEATURES, mean, scale, model.coef_[0], float(model.intercept_[0]), {})


def score(split: str, pairs: list[dict], show: bool, merged: list[bool], out_of_sample: bool = False) -> str:
    wanted = {p[k] for p in pairs for k in ("a", "b")}
    with gzip.open(DATA / f"{split}.jsonl.gz", "rt", encoding="utf-8") as lines:
        rows = list(map(json.loads, lines))
    if split == "train":  # its pairs' dates only; dev is grouped whole, as digest_quality does
        dates = {r["date"][:10] for r in rows if r["id"] in wanted}
        rows = [r for r in rows if r["date"][:10] in dates]
    config = DigestConfig()
    # Train's tuning dates are never adjacent, so its days are grouped one by one, as the pair
    # model's features were computed (batch IDF and n-grams over one day); dev whole.
    batches = ([[r for r in rows if r["date"][:10] == day] for day in sorted({r["date"][:10] for r in rows})]
               if split == "train" else [rows])
    story: dict[str, tuple[int, int]] = {}
    for b, batch in enumerate(batches):
        profiles = [profile(r.get("title"), r["text"], parse_day(r.get("date"))) for r in batch]
        model = fitted_without(batch[0]["date"][:10]) if out_of_sample and split == "train" else None
        with mock.patch("khulasa.digest.group.load_model", return_value=model) if model else nullcontext():
            groups = group(profiles, same_story=config.same_story, near_duplicate=config.near_duplicate,
                           window=config.window_days)
        story |= {batch[i]["id"]: (b, n) for n, members in enumerate(groups) for i in members}
    tp = fp = fn = 0
    for pair in pairs:
        joined, same = story[pair["a"]] == story[pair["b"]], pair["same_story"]
        merged.append(joined)
        tp, fp, fn = tp + (joined and same), fp + (joined and not same), fn + (same and not joined)
        if show and joined != same:
            print(f"  {'false merge' if joined else 'missed'}: {pair['reason']}")
    return f"precision {tp / max(1, tp + fp):.3f} recall {tp / (tp + fn):.3f} (tp {tp}, fp {fp}, fn {fn})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list the pairs the grouping gets wrong")
    parser.add_argument("--bootstrap", action="store_true", help="share of resamples meeting both bars")
    parser.add_argument("--out-of-sample", action="store_true",
                        help="score each train day with the pair model fitted on the other days' pairs")
    args = parser.parse_args()
    merged: list[bool] = []
    gold: list[bool] = []
    for name, (split, path) in SETS.items():
        pairs = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
        resampled = name in BOOTSTRAP_SETS
        gold += [p["same_story"] for p in pairs] if resampled else []
        print(f"{name} ({len(pairs)}): {score(split, pairs, args.show, merged if resampled else [], args.out_of_sample)}")
    if args.bootstrap:
        rng = np.random.default_rng(7)
        joined, same = np.array(merged), np.array(gold)
        held = 0
        for _ in range(2000):
            pick = rng.integers(0, len(same), len(same))
            tp = int((joined[pick] & same[pick]).sum())
            held += tp >= 0.9 * max(1, int(joined[pick].sum())) and tp >= 0.7 * int(same[pick].sum())
        print(f"resamples with precision >= 0.9 and recall >= 0.7: {held / 2000:.3f}")


if __name__ == "__main__":
    main()
