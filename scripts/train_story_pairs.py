"""Fit src/khulasa/data/models/same-story.json: the logistic model that tells whether two articles
tell one story (khulasa.digest.group's pair features), on the hand-labelled SaudiNewsNet train
pairs only (tests/data/story-pairs-train.jsonl; dev's pairs are never fitted on).

Each labelled pair's features are computed as the digest computes them: every train article of
the pair's date is profiled and the batch IDF and character n-grams are taken over that day (all
train pairs are of one day). Prints the day-by-day cross-validated AUC and precision/recall at
the digest's threshold for the record; the threshold itself (DigestConfig.same_story) is chosen
on the tuning pairs after clustering (python bench/digest_grouping.py --bootstrap).

    python scripts/train_story_pairs.py
"""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

from khulasa.digest import DigestConfig
from khulasa.digest.build import parse_day
from khulasa.digest.group import PAIR_FEATURES, _Similarity, profile
from khulasa.rank.models import LinearModel

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "saudinewsnet"
PAIRS = ROOT / "tests/data/story-pairs-train.jsonl"
OUT = ROOT / "src/khulasa/data/models/same-story.json"
C = 1.0


def labelled() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Features, labels and dates of the train pairs, each day's articles profiled together."""
    pairs = [json.loads(line) for line in PAIRS.read_text("utf-8").splitlines() if line.strip()]
    with gzip.open(DATA / "train.jsonl.gz", "rt", encoding="utf-8") as lines:
        rows = list(map(json.loads, lines))
    day_of = {r["id"]: r["date"][:10] for r in rows}
    features, labels, days = [], [], []
    for day in sorted({day_of[p["a"]] for p in pairs}):
        batch = [r for r in rows if r["date"][:10] == day]
        index = {r["id"]: k for k, r in enumerate(batch)}
        chosen = [p for p in pairs if day_of[p["a"]] == day]
        if any(day_of[p["b"]] != day for p in chosen):
            raise SystemExit(f"a train pair of {day} spans two days")
        similarity = _Similarity([profile(r.get("title"), r["text"], parse_day(r.get("date"))) for r in batch], set())
        features.append(similarity.features(np.array([index[p["a"]] for p in chosen]),
                                            np.array([index[p["b"]] for p in chosen])))
        labels += [p["same_story"] for p in chosen]
        days += [day] * len(chosen)
    return np.vstack(features), np.array(labels), np.array(days)


def fit(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray, LogisticRegression]:
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-9
    return mean, scale, LogisticRegression(C=C, max_iter=5000).fit((x - mean) / scale, y)


def main() -> None:
    x, y, days = labelled()
    held = np.zeros(len(y))
    for day in np.unique(days):
        mean, scale, model = fit(x[days != day], y[days != day])
        held[days == day] = model.predict_proba((x[days == day] - mean) / scale)[:, 1]
    threshold = DigestConfig().same_story
    called = held >= threshold
    precision = float((called & y).sum() / max(1, called.sum()))
    recall = float((called & y).sum() / y.sum())
    mean, scale, model = fit(x, y)
    metadata = {
        "model": "logistic regression on same-story pair features; probability = sigmoid(score)",
        "trained_on": "tests/data/story-pairs-train.jsonl: hand-labelled pairs of SaudiNewsNet train articles "
                      "(CC BY-NC-SA 4.0: these weights are derived data)",
        "train_sha256": hashlib.sha256((DATA / "train.jsonl.gz").read_bytes()).hexdigest(),
        "pairs_sha256": hashlib.sha256(PAIRS.read_bytes()).hexdigest(),
        "fit_pairs": len(y), "fit_same_story": int(y.sum()), "C": C,
        "cross_validated_by_day": {"auc": round(float(roc_auc_score(y, held)), 3), "threshold": threshold,
                                   "precision": round(precision, 3), "recall": round(recall, 3)},
    }
    OUT.write_text(LinearModel(PAIR_FEATURES, mean, scale, model.coef_[0], float(model.intercept_[0]),
                               metadata).to_json() + "\n", encoding="utf-8")
    print(f"wrote {OUT}: {len(y)} pairs ({int(y.sum())} same story), {len(np.unique(days))} days; "
          f"held-out-day AUC {metadata['cross_validated_by_day']['auc']}, at probability {threshold}: "
          f"precision {precision:.3f}, recall {recall:.3f}")
    print("weights (standardized):", ", ".join(f"{n} {w:+.2f}" for n, w in zip(PAIR_FEATURES, model.coef_[0], strict=True)))


if __name__ == "__main__":
    main()
