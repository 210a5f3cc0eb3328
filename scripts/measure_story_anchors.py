"""Do pair features for other angles of one event (a reaction, a second meeting, another front
report) let the same-story grouping join more of them without joining events of one kind?
Measured on the tuning data only.

Two kinds of feature, added to the shipped pair features and the model refitted:
- anchors: the stems one article's title shares with the other's title and lead, by their IDF over
  the batch (the day's articles): the highest and the second highest. Two angles of one event
  name it in the title and the lead («الهدنة», «علاونة», «سابك»); two events of one kind share
  their frame («حفل معايدة»), which many of the day's articles use.
- passages: the best-matched sentences of the two articles (title and first 40 sentences each, stems
  weighted by batch IDF, cosine, no pair quoting conflicting figures): the mean of the best two
  matches of either article's sentences. Angles of one event restate its fact in one sentence
  while the rest of each article differs (the fact/passage matcher's idea, bench/digest_facts.py).

Scored as bench/digest_grouping.py --out-of-sample scores: held-out-day cross-validation on the train
pairs (AUC, pair recall at precision 0.90); the angle pairs (tests/data/story-pairs-angles.jsonl,
train pairs of the hard kind, never fitted on) by the model fitted on the other days' train pairs
(AUC; precision and recall at probability 0.5); then the grouping's pairwise precision and recall
on the dev tuning pairs (all of dev grouped, model fitted on all train pairs) and on the train and
angle pairs (each day grouped and scored with the model fitted on the other days' train pairs), at
several same_story thresholds. The held-out pair files are not read. Writes
docs/results/digest-story-anchors.json (numbers only: SaudiNewsNet is CC BY-NC-SA).

    python scripts/measure_story_anchors.py
"""

from __future__ import annotations

import gzip
import json
import math
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from unittest import mock

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.metrics import precision_recall_curve, roc_auc_score

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_story_pairs  # noqa: E402  (scripts/ is not a package)
from measure_story_space import fitted, pairwise, shown  # noqa: E402

from khulasa.digest import DigestConfig  # noqa: E402
from khulasa.digest import group as grouping  # noqa: E402
from khulasa.digest.build import parse_day  # noqa: E402
from khulasa.digest.group import (  # noqa: E402
    LEAD_WORDS,
    PAIR_FEATURES,
    Profile,
    _Similarity,
    _stems,
    figures,
    profile,
)
from khulasa.text.charsets import WORD_RE  # noqa: E402
from khulasa.text.sentences import split_sentences  # noqa: E402

ROOT = train_story_pairs.ROOT
DATA = train_story_pairs.DATA
OUT = ROOT / "docs" / "results" / "digest-story-anchors.json"
ANGLES = ROOT / "tests/data/story-pairs-angles.jsonl"
EXTRA = ("anchor", "second_anchor", "passage_match")
VARIANTS = {"shipped features": (), "+ second anchor": ("second_anchor",),
            "+ both anchors": ("anchor", "second_anchor"), "+ passage match": ("passage_match",)}
THRESHOLDS = (0.45, 0.5, 0.55)
SENTENCES = 40


class Extended(_Similarity):
    """The shipped pair features plus EXTRA."""

    # Each article's title and text, by its profile's title + lead text.
    articles: dict[str, tuple[str, str]] = {}

    def __init__(self, profiles: Sequence[Profile], duplicates: set[tuple[int, int]]) -> None:
        super().__init__(profiles, duplicates)
        frequency = Counter(s for p in profiles for s in p.stems)
        self.idf = {s: math.log(len(profiles) / n) for s, n in frequency.items()}
        vocabulary: dict[str, int] = {}
        rows: list[dict[int, float]] = []
        self.sentences: list[tuple[int, int]] = []
        self.figures: list[frozenset[str]] = []
        for p in profiles:
            title, text = self.articles[p.lead]
            first = len(rows)
            for sentence in [title] + [s.text for s in split_sentences(text)[:SENTENCES]]:
                counts = Counter(_stems(sentence))
                if len(WORD_RE.findall(sentence)) < 4 or not counts:
                    continue
                rows.append({vocabulary.setdefault(s, len(vocabulary)): (1 + math.log(n)) * self.idf.get(s, 0.0)
                             for s, n in counts.items()})
                self.figures.append(figures(sentence))
            self.sentences.append((first, len(rows)))
        matrix = csr_matrix((np.array([w for r in rows for w in r.values()]),
                             np.array([c for r in rows for c in r], dtype=np.int64),
                             np.concatenate([[0], np.cumsum([len(r) for r in rows])])),
                            shape=(len(rows), len(vocabulary)))
        norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
        self.matrix = csr_matrix(matrix.multiply(1.0 / np.maximum(norms, 1e-12)[:, np.newaxis]))

    def _anchors(self, a: Profile, b: Profile) -> tuple[float, float]:
        shared = sorted((self.idf.get(s, 0.0) for s in (a.title_terms.keys() & b.terms.keys())
                         | (b.title_terms.keys() & a.terms.keys())), reverse=True) + [0.0, 0.0]
        return shared[0], shared[1]

    def _passages(self, i: int, j: int) -> float:
        (a0, a1), (b0, b1) = self.sentences[i], self.sentences[j]
        if a0 == a1 or b0 == b1:
            return 0.0
        cosines = (self.matrix[a0:a1] @ self.matrix[b0:b1].T).toarray()
        for x, y in zip(*np.nonzero(cosines > 0.1), strict=True):
            fa, fb = self.figures[a0 + x], self.figures[b0 + y]
            if fa and fb and not fa & fb:
                cosines[x, y] = 0.0
        best = [np.sort(cosines.max(axis=axis))[::-1][:2].mean() for axis in (1, 0)]
        return float(max(best))

    def features(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        anchors = [self._anchors(self.profiles[i], self.profiles[j]) for i, j in zip(rows, cols, strict=True)]
        return np.column_stack([super().features(rows, cols),
                                np.array([a for a, _ in anchors]).reshape(-1, 1),
                                np.array([b for _, b in anchors]).reshape(-1, 1),
                                np.array([self._passages(int(i), int(j)) for i, j in zip(rows, cols, strict=True)]
                                         ).reshape(-1, 1)])


def main() -> None:
    def read(split: str) -> list[dict]:
        with gzip.open(DATA / f"{split}.jsonl.gz", "rt", encoding="utf-8") as lines:
            return list(map(json.loads, lines))

    config = DigestConfig()
    train, dev = read("train"), read("dev")
    Extended.articles = {f"{r.get('title') or ''} {' '.join(WORD_RE.findall(r['text'])[:LEAD_WORDS])}":
                         (r.get("title") or "", r["text"]) for r in train + dev}
    with mock.patch.object(train_story_pairs, "_Similarity", Extended):
        x, y, days = train_story_pairs.labelled()
        with mock.patch.object(train_story_pairs, "PAIRS", ANGLES):
            angle_x, angle_y, angle_days = train_story_pairs.labelled()
    y, angle_y = y.astype(bool), angle_y.astype(bool)
    train_pairs = [json.loads(line) for line in train_story_pairs.PAIRS.read_text("utf-8").splitlines() if line]
    angle_pairs = [json.loads(line) for line in ANGLES.read_text("utf-8").splitlines() if line]
    dev_pairs = [json.loads(line) for line in (ROOT / "tests/data/story-pairs.jsonl").read_text("utf-8").splitlines()
                 if line]
    batches = {day: [r for r in train if r["date"][:10] == day] for day in np.unique(days)}
    if not set(np.unique(angle_days)) <= set(batches):
        raise SystemExit("an angle pair's day has no train pairs to fit the others on")
    profiles = {day: [profile(r.get("title"), r["text"], parse_day(r.get("date"))) for r in rows]
                for day, rows in batches.items()}
    dev_profiles = [profile(r.get("title"), r["text"], parse_day(r.get("date"))) for r in dev]
    names = PAIR_FEATURES + EXTRA
    rows: list[dict] = []
    for name, extra in VARIANTS.items():
        columns = list(range(len(PAIR_FEATURES))) + [len(PAIR_FEATURES) + EXTRA.index(f) for f in extra]
        without = {day: fitted(columns, x[days != day], y[days != day], names) for day in batches}
        held = np.zeros(len(y))
        for day, model in without.items():
            held[days == day] = 1.0 / (1.0 + np.exp(-model.predict(x[days == day])))
        precision, recall, _ = precision_recall_curve(y, held)
        auc, recall_90 = round(float(roc_auc_score(y, held)), 3), round(float(recall[precision >= 0.9].max()), 3)
        angle = np.zeros(len(angle_y))
        for day in np.unique(angle_days):
            angle[angle_days == day] = 1.0 / (1.0 + np.exp(-without[day].predict(angle_x[angle_days == day])))
        called = angle >= 0.5
        angles = {"auc": round(float(roc_auc_score(angle_y, angle)), 3),
                  "precision": round(float((called & angle_y).sum() / max(1, called.sum())), 3),
                  "recall": round(float((called & angle_y).sum() / angle_y.sum()), 3)}
        print(f"{name}: held-out-day AUC {auc:.3f}, pair recall at precision 0.90 {recall_90:.3f}; angle pairs "
              f"AUC {angles['auc']:.3f}, at 0.5 P {angles['precision']:.3f} R {angles['recall']:.3f}", flush=True)
        full = fitted(columns, x, y, names)
        for threshold in THRESHOLDS:
            def grouped(model: object, found: list[Profile], at: float = threshold) -> list[list[int]]:
                with mock.patch.object(grouping, "_Similarity", Extended), \
                        mock.patch.object(grouping, "load_model", return_value=model):
                    return grouping.group(found, same_story=at, near_duplicate=config.near_duplicate,
                                          window=config.window_days)
            dev_story = {dev[i]["id"]: n for n, members in enumerate(grouped(full, dev_profiles)) for i in members}
            train_story = {batches[day][i]["id"]: (day, n) for day in batches
                           for n, members in enumerate(grouped(without[day], profiles[day])) for i in members}
            dev_score, train_score = pairwise(dev_story, dev_pairs), pairwise(train_story, train_pairs)
            angle_score = pairwise(train_story, angle_pairs)
            rows.append({"features": name, "cv_auc": auc, "cv_recall_at_precision_90": recall_90, "angle_pairs": angles,
                         "same_story": threshold, "dev_tuning": dev_score, "train_out_of_sample": train_score,
                         "angles_out_of_sample": angle_score})
            print(f"  same_story {threshold}: dev tuning {shown(dev_score)}; train, out of sample "
                  f"{shown(train_score)}; angle pairs {shown(angle_score)}", flush=True)
    OUT.write_text(json.dumps({"command": "python scripts/measure_story_anchors.py", "train_pairs": len(y),
                               "angle_pairs": len(angle_y),
                               "rows": rows}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
