"""Rebuild every shipped model from ../shared/data, deterministically.

    python scripts/train.py                 # all models
    python scripts/train.py --only headline

Each model is a small linear model (src/khulasa/data/models/NAME.json) whose metadata records
the training data's SHA-256, the parameters and the dev scores, so a rebuild can be checked.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import statistics
from collections import Counter
from collections.abc import Iterator
from multiprocessing import Pool
from pathlib import Path

import numpy as np

from khulasa.rank.models import LinearModel
from khulasa.summarize.headline import HEADLINE_FEATURES, headline_candidates
from khulasa.text.document import analyze
from khulasa.text.stems import stem
from khulasa.text.tokens import words

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
MODELS = ROOT / "src" / "khulasa" / "data" / "models"
HEADLINE_RIDGE_ALPHA = 10.0
BASELINE_HEADLINE_WORDS = 12


def sha256(path: Path) -> str:
    """Hash of a training file, recorded beside the model it produced."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def stem_counts(text: str) -> Counter[str]:
    return Counter(stem(w) for w in words(text))


def unigram_f1(candidate: Counter[str], reference: Counter[str]) -> float:
    """ROUGE-1 F1 of two stem bags (normalized, stemmed: the `khulasa` setting)."""
    overlap = sum((candidate & reference).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(candidate.values()), overlap / sum(reference.values())
    return 2 * precision * recall / (precision + recall)


def fit_ridge(features: np.ndarray, target: np.ndarray, alpha: float) -> tuple[np.ndarray, ...]:
    """Standardized ridge regression in closed form: (mean, scale, coef, intercept)."""
    mean = features.mean(axis=0)
    scale = features.std(axis=0)
    scale[scale == 0] = 1.0
    standard = (features - mean) / scale
    gram = standard.T @ standard + alpha * np.eye(standard.shape[1])
    coef = np.linalg.solve(gram, standard.T @ (target - target.mean()))
    return mean, scale, coef, np.array(float(target.mean()))


def read_articles(path: Path) -> Iterator[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            yield json.loads(line)


def headline_rows(article: dict) -> tuple[np.ndarray, np.ndarray, float] | None:
    """Candidate features, their ROUGE-1 F1 against the title, and the first-12-words score."""
    document = analyze(article["text"])
    if not document.sentences:
        return None
    candidates = headline_candidates(document, 14)
    if not candidates.windows:
        return None
    title = stem_counts(article["title"])
    stems = [stem(t.text) for t in candidates.tokens]
    labels = np.array([unigram_f1(Counter(stems[s : s + n]), title) for s, n in candidates.windows])
    baseline = unigram_f1(stem_counts(" ".join(words(article["text"])[:BASELINE_HEADLINE_WORDS])), title)
    return candidates.features, labels, baseline


def train_headline(jobs: int) -> dict:
    """Fit the headline window scorer on SaudiNewsNet train titles; score it on dev titles."""
    train_path = DATA / "saudinewsnet" / "train.jsonl.gz"
    dev_path = DATA / "saudinewsnet" / "dev.jsonl.gz"
    with Pool(jobs) as pool:
        train = [r for r in pool.imap(headline_rows, read_articles(train_path), chunksize=64) if r]
        dev = [r for r in pool.imap(headline_rows, read_articles(dev_path), chunksize=64) if r]
    features = np.vstack([f for f, _, _ in train])
    labels = np.concatenate([y for _, y, _ in train])
    mean, scale, coef, intercept = fit_ridge(features, labels, HEADLINE_RIDGE_ALPHA)
    model = LinearModel(HEADLINE_FEATURES, mean, scale, coef, float(intercept), {})
    chosen = [y[int(np.argmax(model.predict(f)))] for f, y, _ in dev]
    scores = {
        "dev_articles": len(dev),
        "dev_rouge1_f1": round(100 * statistics.mean(chosen), 2),
        "dev_first12_rouge1_f1": round(100 * statistics.mean(b for _, _, b in dev), 2),
        "dev_window_oracle_rouge1_f1": round(100 * statistics.mean(float(y.max()) for _, y, _ in dev), 2),
    }
    metadata = {
        "model": "ridge regression on candidate-window features; target: ROUGE-1 F1 vs the title",
        "trained_on": "SaudiNewsNet train split (CC BY-NC-SA 4.0: these weights are derived data)",
        "train_sha256": sha256(train_path),
        "train_articles": len(train),
        "train_windows": int(len(labels)),
        "alpha": HEADLINE_RIDGE_ALPHA,
        **scores,
    }
    model = LinearModel(HEADLINE_FEATURES, mean, scale, coef, float(intercept), metadata)
    (MODELS / "headline.json").write_text(model.to_json() + "\n", encoding="utf-8")
    return scores


TRAINERS = {"headline": train_headline}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=sorted(TRAINERS), help="rebuild one model only")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes for features")
    args = parser.parse_args()
    if not DATA.is_dir():
        raise SystemExit(f"training data not found at {DATA}: put ../shared beside the checkout")
    MODELS.mkdir(parents=True, exist_ok=True)
    for name in [args.only] if args.only else sorted(TRAINERS):
        print(name, json.dumps(TRAINERS[name](args.jobs)))


if __name__ == "__main__":
    main()
