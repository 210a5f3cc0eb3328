"""Does a latent topic space (LSA) help the same-story pair model? Measured, not shipped.

Builds an LSA space in memory (scikit-learn TF-IDF over khulasa.digest.group's content stems of
every SaudiNewsNet train article's title and text, sublinear, the 20,000 commonest stems seen in
at least 5 articles; randomized truncated SVD to 200 axes), adds the latent cosines of two
articles' weighted title+lead stems and of their whole-text stems to the shipped pair features,
and scores the pair model with and without them on the tuning data only: held-out-day
cross-validation on the train pairs (AUC, pair recall at precision 0.90), and the grouping's
pairwise precision/recall at several same_story thresholds on the dev tuning pairs (model fitted
on all train pairs) and on the train pairs (each day scored by the model fitted on the other
days). The held-out pair files are not read. Writes docs/results/digest-story-space.json (numbers
only: SaudiNewsNet is CC BY-NC-SA), rendered into docs/RESULTS.md by scripts/make_results.py.

    python scripts/measure_story_space.py
"""

from __future__ import annotations

import gzip
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from unittest import mock

import numpy as np
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import precision_recall_curve, roc_auc_score

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_story_pairs  # noqa: E402  (scripts/ is not a package)

from khulasa.digest import DigestConfig  # noqa: E402
from khulasa.digest.build import parse_day  # noqa: E402
from khulasa.digest.group import PAIR_FEATURES, Profile, _Similarity, _stems, group, profile  # noqa: E402
from khulasa.rank.models import LinearModel  # noqa: E402

ROOT = train_story_pairs.ROOT
DATA = train_story_pairs.DATA
OUT = ROOT / "docs" / "results" / "digest-story-space.json"
DIMENSIONS, VOCABULARY, MIN_DF, SEED = 200, 20000, 5, 12
THRESHOLDS = (0.5, 0.55, 0.6, 0.65)
LATENT = ("latent_lead_cosine", "latent_body_cosine")
VARIANTS = {"shipped features": (), "+ latent title+lead": LATENT[:1], "+ both latent cosines": LATENT}


class Space:
    """Stem -> IDF-weighted loadings on the SVD axes; projects stem bags to unit latent vectors."""

    def __init__(self, texts: list[str]) -> None:
        vectorizer = TfidfVectorizer(analyzer=_stems, sublinear_tf=True, min_df=MIN_DF,
                                     max_features=VOCABULARY, dtype=np.float32)
        svd = TruncatedSVD(n_components=DIMENSIONS, random_state=SEED).fit(vectorizer.fit_transform(texts))
        self.index: dict[str, int] = vectorizer.vocabulary_
        self.axes = (svd.components_ * vectorizer.idf_[np.newaxis, :]).T

    def project(self, bags: Iterable[dict[str, float]]) -> np.ndarray:
        rows = []
        for bag in bags:
            known = [(self.index[t], w) for t, w in bag.items() if t in self.index]
            weights = np.array([w for _, w in known])
            weights = np.where(weights > 1.0, 1.0 + np.log(np.maximum(weights, 1.0)), weights)
            rows.append(weights @ self.axes[[c for c, _ in known]] if known else np.zeros(DIMENSIONS))
        matrix = np.vstack(rows)
        return matrix / np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-12)


class Extended(_Similarity):
    """The shipped pair features plus the two latent cosines (LATENT)."""

    space: Space

    def __init__(self, profiles: list[Profile], duplicates: set[tuple[int, int]]) -> None:
        super().__init__(profiles, duplicates)
        self.latent_lead = self.space.project(p.terms for p in profiles)
        self.latent_body = self.space.project(dict(zip(p.stems, map(float, p.uses), strict=True))
                                              for p in profiles)

    def features(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        return np.column_stack([super().features(rows, cols),
                                np.einsum("ij,ij->i", self.latent_lead[rows], self.latent_lead[cols]),
                                np.einsum("ij,ij->i", self.latent_body[rows], self.latent_body[cols])])


class Columns(LinearModel):
    """A pair model over some of the extended feature columns."""

    columns: list[int]

    def predict(self, features: np.ndarray) -> np.ndarray:
        return super().predict(features[:, self.columns])


def fitted(columns: list[int], x: np.ndarray, y: np.ndarray, names: tuple[str, ...] = PAIR_FEATURES + LATENT) -> Columns:
    """The pair model fitted on those columns of x (named `names`, the shipped features first)."""
    mean, scale, model = train_story_pairs.fit(x[:, columns], y)
    fit = Columns(names, mean, scale, model.coef_[0], float(model.intercept_[0]), {})
    object.__setattr__(fit, "columns", columns)
    return fit


def pairwise(story: dict[str, object], pairs: list[dict]) -> dict:
    joined = [story[p["a"]] == story[p["b"]] for p in pairs]
    tp = sum(j and p["same_story"] for j, p in zip(joined, pairs, strict=True))
    fp, same = sum(joined) - tp, sum(p["same_story"] for p in pairs)
    return {"precision": round(tp / max(1, tp + fp), 3), "recall": round(tp / same, 3), "tp": tp, "fp": fp}


def shown(m: dict) -> str:
    return f"P {m['precision']:.3f} R {m['recall']:.3f} (tp {m['tp']}, fp {m['fp']})"


def main() -> None:
    def read(split: str) -> list[dict]:
        with gzip.open(DATA / f"{split}.jsonl.gz", "rt", encoding="utf-8") as lines:
            return list(map(json.loads, lines))

    train, dev = read("train"), read("dev")
    Extended.space = Space([f"{r.get('title') or ''} {r['text']}" for r in train])
    with mock.patch("khulasa.digest.group._Similarity", Extended), \
            mock.patch.object(train_story_pairs, "_Similarity", Extended):
        x, y, days = train_story_pairs.labelled()
        y = y.astype(bool)
        train_pairs = [json.loads(line) for line in train_story_pairs.PAIRS.read_text("utf-8").splitlines() if line]
        dev_pairs = [json.loads(line) for line in (ROOT / "tests/data/story-pairs.jsonl").read_text("utf-8").splitlines()
                     if line]
        batches = {day: [r for r in train if r["date"][:10] == day] for day in np.unique(days)}
        profiles = {day: [profile(r.get("title"), r["text"], parse_day(r.get("date"))) for r in rows]
                    for day, rows in batches.items()}
        dev_profiles = [profile(r.get("title"), r["text"], parse_day(r.get("date"))) for r in dev]
        config = DigestConfig()
        rows: list[dict] = []
        for name, extra in VARIANTS.items():
            columns = list(range(len(PAIR_FEATURES))) + [len(PAIR_FEATURES) + LATENT.index(f) for f in extra]
            without = {day: fitted(columns, x[days != day], y[days != day]) for day in batches}
            held = np.zeros(len(y))
            for day, model in without.items():
                held[days == day] = 1.0 / (1.0 + np.exp(-model.predict(x[days == day])))
            precision, recall, _ = precision_recall_curve(y, held)
            auc, recall_90 = round(float(roc_auc_score(y, held)), 3), round(float(recall[precision >= 0.9].max()), 3)
            print(f"{name}: held-out-day AUC {auc:.3f}, pair recall at precision 0.90 {recall_90:.3f}", flush=True)
            full = fitted(columns, x, y)
            for threshold in THRESHOLDS:
                def grouped(model: LinearModel, found: list[Profile], at: float = threshold) -> list[list[int]]:
                    with mock.patch("khulasa.digest.group.load_model", return_value=model):
                        return group(found, same_story=at, near_duplicate=config.near_duplicate,
                                     window=config.window_days)
                dev_story = {dev[i]["id"]: n for n, members in enumerate(grouped(full, dev_profiles))
                             for i in members}
                train_story = {batches[day][i]["id"]: (day, n) for day in batches
                               for n, members in enumerate(grouped(without[day], profiles[day])) for i in members}
                dev_score, train_score = pairwise(dev_story, dev_pairs), pairwise(train_story, train_pairs)
                rows.append({"features": name, "cv_auc": auc, "cv_recall_at_precision_90": recall_90,
                             "same_story": threshold, "dev_tuning": dev_score, "train_out_of_sample": train_score})
                print(f"  same_story {threshold}: dev tuning {shown(dev_score)}; "
                      f"train, out of sample {shown(train_score)}", flush=True)
    report = {"command": "python scripts/measure_story_space.py",
              "space": {"articles": len(train), "vocabulary": len(Extended.space.index), "dimensions": DIMENSIONS},
              "rows": rows}
    OUT.write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
