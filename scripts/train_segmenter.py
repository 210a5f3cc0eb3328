"""Fit src/khulasa/data/models/segmenter.json: the logistic model that tells a run-together word
from a real one (khulasa.text.segment), on SaudiNewsNet train only.

Rows are tokens that are not word forms and have a cut into two known words. Positives: one
adjacent pair per article joined together (alternately any pair and a pair whose right word
starts with «و»/«ل»/«ب»); negatives: every such token of the running text itself (a few of them
are real joins of the scraped text: label noise the model lives with). Fitted on the first
FIT_ARTICLES articles; the threshold is then set on the next VALIDATION_ARTICLES so that recall on
their joined pairs is TARGET_RECALL, and folded into the intercept (split when score > 0).

    python scripts/train_segmenter.py
"""

from __future__ import annotations

import hashlib
import random
from pathlib import Path

import numpy as np

from khulasa.eval.segmentation import article_words, corpus_path, pick_pair
from khulasa.rank.models import LinearModel
from khulasa.text.morphology import MAX_WORD_LETTERS, is_word_form
from khulasa.text.normalize import strip_diacritics
from khulasa.text.segment import (
    FEATURES,
    MIN_WORD_LENGTH,
    candidate_cuts,
    cut_features,
    has_marked_end,
    split_joined,
)

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
OUT = Path(__file__).resolve().parents[1] / "src/khulasa/data/models/segmenter.json"
FIT_ARTICLES = 12_000
VALIDATION_ARTICLES = 6_000
TARGET_RECALL = 0.84
L2 = 1.0
SEED = 13


def collect(first: int, count: int) -> tuple[np.ndarray, np.ndarray, int, int, int]:
    """(features, labels, joined pairs tried, pairs the word-final-mark rule repairs, words)
    over train articles [first, first+count). Tokens that rule decides are not model rows."""
    rng = random.Random(SEED + first)
    rows: list[list[float]] = []
    labels: list[int] = []
    pairs = marked = words = 0
    for index, article in enumerate(article_words(DATA, "train", first + count)):
        if index < first:
            continue
        words += len(article)
        pair = pick_pair(article, rng, clitic=index % 2 == 1)
        if pair:
            pairs += 1
            joined, left = strip_diacritics(pair[0]), strip_diacritics(pair[1])
            if has_marked_end(pair[0]):
                marked += split_joined(pair[0]) == pair[1:]
                joined = ""
            cuts = [] if not joined or is_word_form(joined) else candidate_cuts(joined)
            if cuts and cuts[0][1] == left:
                rows.append(cut_features(joined, cuts))
                labels.append(1)
        for token in article:
            bare = strip_diacritics(token)
            if has_marked_end(token):
                continue
            if MIN_WORD_LENGTH <= len(bare) <= MAX_WORD_LETTERS and not is_word_form(bare):
                cuts = candidate_cuts(bare)
                if cuts:
                    rows.append(cut_features(bare, cuts))
                    labels.append(0)
    return np.array(rows), np.array(labels), pairs, marked, words


def fit_logistic(z: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    """L2-regularised logistic regression by Newton's method (intercept unpenalised)."""
    x = np.hstack([z, np.ones((len(z), 1))])
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], L2)
    penalty[-1] = 0.0
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-x @ w))
        gradient = x.T @ (p - y) + penalty * w
        hessian = (x.T * (p * (1 - p))) @ x + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w[:-1], float(w[-1])


def main() -> None:
    x, y, *_ = collect(0, FIT_ARTICLES)
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-9
    coef, intercept = fit_logistic((x - mean) / scale, y)
    vx, vy, pairs, marked, words = collect(FIT_ARTICLES, VALIDATION_ARTICLES)
    scores = ((vx - mean) / scale) @ coef + intercept
    positive = np.sort(scores[vy == 1])[::-1]
    wanted = round(TARGET_RECALL * pairs) - marked
    if wanted > len(positive):
        raise SystemExit(f"recall {TARGET_RECALL} unreachable: {len(positive)}/{pairs} candidates")
    threshold = float(positive[wanted - 1]) - 1e-6
    splits = int((scores[vy == 0] > threshold).sum())
    metadata = {
        "model": "logistic regression on the best cut's features; split when score > 0",
        "trained_on": "SaudiNewsNet train split (CC BY-NC-SA 4.0: these weights are derived data)",
        "train_sha256": hashlib.sha256(corpus_path(DATA, "train").read_bytes()).hexdigest(),
        "fit_articles": FIT_ARTICLES,
        "fit_rows": len(y),
        "fit_positives": int(y.sum()),
        "l2": L2,
        "validation_articles": VALIDATION_ARTICLES,
        "validation_recall": round((wanted + marked) / pairs, 4),
        "validation_splits_per_10k_words": round(10_000 * splits / words, 2),
        "threshold": threshold,
    }
    model = LinearModel(FEATURES, mean, scale, coef, intercept - threshold, metadata)
    OUT.write_text(model.to_json() + "\n", encoding="utf-8")
    print(f"wrote {OUT}: validation recall {(wanted + marked) / pairs:.3f}, "
          f"{10_000 * splits / words:.2f} splits per 10k words of train text")


if __name__ == "__main__":
    main()
