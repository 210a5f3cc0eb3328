"""Fit src/khulasa/data/models/opinion.json: the logistic model that tells a column from a news
report by its shape (khulasa.digest.opinion), on SaudiNewsNet train only.

Labels come from three papers' URLs, which mark their columns: Asharq Al-Awsat's carry the
columnist's name (/home/article/<id>/<author>/<title>), Ain Alyoum's sit under /opinion/, Al-Watan's
are /Articles/Detail (its news is /<section>/News_Detail). The other papers' articles are not
labelled and not used. A column is called one when its probability is at least THRESHOLD (folded
into the intercept: score > 0): chosen on the digest's tuning pairs (tests/data/story-pairs.jsonl
and story-pairs-train.jsonl), where 0.8 keeps every same-story pair but a column printed twice (a
near-duplicate, which still joins) and 0.7 would part one. Dev's three papers are scored for the
record (precision and recall on their URL labels), never used to choose.

    python scripts/train_opinion.py
"""

from __future__ import annotations

import gzip
import hashlib
import json
import math
from collections.abc import Iterator
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from khulasa.digest.opinion import FEATURES, cues
from khulasa.rank.models import LinearModel

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "saudinewsnet"
OUT = Path(__file__).resolve().parents[1] / "src/khulasa/data/models/opinion.json"
THRESHOLD = 0.8
C = 1.0


def column(row: dict) -> bool | None:
    """Is the row a column by its paper's URL scheme (None: a paper without one)?"""
    url, source = row["url"], row["source"]
    if source == "aawsat":
        return len(url.split("/")) == 8
    if source == "3alyoum":
        return "/opinion/" in url
    if source == "alwatan":
        return "/Articles/Detail" in url
    return None


def labelled(split: str) -> Iterator[tuple[list[float], bool]]:
    with gzip.open(DATA / f"{split}.jsonl.gz", "rt", encoding="utf-8") as lines:
        for row in map(json.loads, lines):
            label = column(row)
            if label is not None:
                yield cues(row["title"], row["text"]), label


def main() -> None:
    x, y = map(np.array, zip(*labelled("train"), strict=True))
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-9
    fit = LogisticRegression(C=C, class_weight="balanced", max_iter=5000).fit((x - mean) / scale, y)
    dev_x, dev_y = map(np.array, zip(*labelled("dev"), strict=True))
    called = fit.predict_proba((dev_x - mean) / scale)[:, 1] >= THRESHOLD
    precision = float((called & dev_y).sum() / max(1, called.sum()))
    recall = float((called & dev_y).sum() / dev_y.sum())
    metadata = {
        "model": "logistic regression (class-balanced) on cue-word rates and title/lead marks; column when score > 0",
        "trained_on": "SaudiNewsNet train split, Asharq Al-Awsat, Ain Alyoum and Al-Watan articles labelled by URL "
                      "(CC BY-NC-SA 4.0: these weights are derived data)",
        "train_sha256": hashlib.sha256((DATA / "train.jsonl.gz").read_bytes()).hexdigest(),
        "fit_rows": len(y), "fit_columns": int(y.sum()), "C": C, "threshold_probability": THRESHOLD,
        "dev_rows": len(dev_y), "dev_columns": int(dev_y.sum()),
        "dev_precision": round(precision, 3), "dev_recall": round(recall, 3),
    }
    intercept = float(fit.intercept_[0]) - math.log(THRESHOLD / (1 - THRESHOLD))
    model = LinearModel(FEATURES, mean, scale, fit.coef_[0], intercept, metadata)
    OUT.write_text(model.to_json() + "\n", encoding="utf-8")
    print(f"wrote {OUT}: {len(y)} train rows ({int(y.sum())} columns); dev's labelled papers: "
          f"precision {precision:.3f}, recall {recall:.3f} at probability {THRESHOLD}")


if __name__ == "__main__":
    main()
