"""Does a latent semantic space trained on news help the learned EASC sentence scorer?

    python scripts/measure_vector_space.py

Builds an LSA space (TF-IDF over content stems, truncated SVD) from the SaudiNewsNet train
split, adds three latent-space cosines per sentence (to the document, the first sentence and
the lead) to the 26 shipped features, and scores both feature sets with scripts/train.py's
protocol at the shipped model's parameters: 5-fold CV ROUGE-1 F1 on EASC train and ROUGE-1 F1
on EASC dev (×100), with LEAD (from the shipped model's training metadata) for reference.
Nothing is chosen by dev. Writes docs/results/easc-vector-space.json (numbers only:
SaudiNewsNet is CC BY-NC-SA).
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.linalg import svds

sys.path.insert(0, str(Path(__file__).resolve().parent))

from train import (  # noqa: E402  (scripts/ is not a package)
    DATA,
    MODELS,
    ROOT,
    _cv_and_dev,
    easc_articles,
    read_articles,
)

from khulasa.rank.features import cosine_to  # noqa: E402
from khulasa.text.document import Document  # noqa: E402
from khulasa.text.stems import content_stems  # noqa: E402
from khulasa.text.tokens import words  # noqa: E402

CORPUS = DATA / "saudinewsnet" / "train.jsonl.gz"
OUTPUT = ROOT / "docs" / "results" / "easc-vector-space.json"
MIN_DOCUMENT_FREQUENCY = 5
DIMENSIONS = 100
SEED = 0
LEAD_SENTENCES = 3
LATENT_FEATURES = ("latent_centroid_similarity", "latent_first_sentence_similarity",
                   "latent_lead_similarity")


@dataclass(frozen=True)
class LatentSpace:
    """Stem vocabulary, smoothed IDF weights and the SVD term axes (dimensions × vocabulary)."""

    index: dict[str, int]
    idf: np.ndarray
    axes: np.ndarray
    articles: int

    @classmethod
    def train(cls, path: Path) -> LatentSpace:
        """TF-IDF (rows L2-normalized) over stems seen in >= MIN_DOCUMENT_FREQUENCY articles,
        then a deterministic truncated SVD (ARPACK from a seeded start vector)."""
        bags = [Counter(content_stems(words(a["text"]))) for a in read_articles(path)]
        frequency = Counter(s for bag in bags for s in bag)
        vocabulary = sorted(s for s, df in frequency.items() if df >= MIN_DOCUMENT_FREQUENCY)
        index = {s: i for i, s in enumerate(vocabulary)}
        idf = np.log((1 + len(bags)) / (1 + np.array([frequency[s] for s in vocabulary]))) + 1
        rows, cols, counts = [], [], []
        for row, bag in enumerate(bags):
            for token_stem, count in sorted(bag.items()):
                if token_stem in index:
                    rows.append(row)
                    cols.append(index[token_stem])
                    counts.append(count)
        matrix = csr_matrix((np.asarray(counts, dtype=np.float64), (rows, cols)),
                            shape=(len(bags), len(vocabulary)))
        matrix = matrix.multiply(idf).tocsr()
        norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1))).ravel()
        matrix = csr_matrix(matrix.multiply(1 / np.where(norms > 0, norms, 1.0)[:, None]))
        start = np.random.default_rng(SEED).standard_normal(min(matrix.shape))
        _, _, axes = svds(matrix, k=DIMENSIONS, v0=start, solver="arpack")
        return cls(index, idf, axes, len(bags))

    def project(self, document: Document) -> np.ndarray:
        """Each sentence's TF-IDF stem vector in latent coordinates (sentences × dimensions);
        sums of rows are then the projections of sentence groups (projection is linear)."""
        bags = np.zeros((len(document.sentences), len(self.index)))
        for row, sentence in enumerate(document.sentences):
            for token_stem in sentence.stems:
                if token_stem in self.index:
                    bags[row, self.index[token_stem]] += 1.0
        return (bags * self.idf) @ self.axes.T


def with_latent_features(articles: list[dict], space: LatentSpace) -> list[dict]:
    """The articles with LATENT_FEATURES appended: cosines in latent space of each sentence to
    the whole document, to the first sentence and to the first LEAD_SENTENCES sentences."""
    extended = []
    for article in articles:
        latent = space.project(article["document"])
        columns = [cosine_to(latent, latent.sum(axis=0)), cosine_to(latent, latent[0]),
                   cosine_to(latent, latent[:LEAD_SENTENCES].sum(axis=0))]
        extended.append({**article, "features": np.column_stack([article["features"], *columns])})
    return extended


def main() -> None:
    started = time.perf_counter()
    shipped = json.loads((MODELS / "sentences.json").read_text(encoding="utf-8"))["metadata"]
    parameters = (shipped["alpha"], shipped["position_prior_weight"], shipped["redundancy"])
    space = LatentSpace.train(CORPUS)
    train, dev = easc_articles("train"), easc_articles("dev")
    results = {
        "LEAD": (shipped["cv_lead_rouge1_f1"], shipped["dev_lead_rouge1_f1"]),  # same folds
        "26 shipped features": _cv_and_dev(train, dev, *parameters),
        "26 shipped + 3 latent features": _cv_and_dev(
            with_latent_features(train, space), with_latent_features(dev, space), *parameters),
    }
    report = {
        "command": "python scripts/measure_vector_space.py",
        "space": {"corpus": "SaudiNewsNet train split (all articles)", "articles": space.articles,
                  "vocabulary": len(space.index), "dimensions": DIMENSIONS},
        "rows": [{"system": name, "cv_rouge1_f1": cv, "dev_rouge1_f1": on_dev}
                 for name, (cv, on_dev) in results.items()],
        "seconds": round(time.perf_counter() - started, 1),
    }
    OUTPUT.write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(report, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
