"""Does story-level evidence, or a new pair feature, let the same-story grouping join more of one
event's angles without joining events of one kind? Measured on the tuning data only, not shipped.

On top of the shipped grouping (khulasa.digest.group.group at DigestConfig's thresholds):
- centroid merge: two stories of one window are joined, best first, while the pair model scores
  their pooled profiles (the sum of their members' unit title+lead, title, whole-text and
  character n-gram vectors; the union of their names and figures; a veto if any cross pair has
  one) at least T: a story told by several papers has a richer signature than any one article;
  also gated: only stories sharing a name that few of the batch's articles use (one actor, place);
- vote merge: two stories are joined while at least 2 cross pairs, and half of all of them, reach
  pair probability t (several moderate matches where no single one reaches same_story).
And two pair features added to the model (refitted): the day-rarity (IDF over the batch) of the
names two articles share, and the character n-gram cosine of one article's title against the
other's lead (the larger of the two directions): papers title one event from different angles.
And the pair model's learning curve (held-out-day AUC fitted on a share of the train pairs).

Scored as bench/digest_grouping.py --out-of-sample scores: the dev tuning pairs (all of dev
grouped, model fitted on all train pairs) and the train pairs (each day grouped and scored with
the model fitted on the other days' pairs). The held-out pair files are not read. Writes
docs/results/digest-story-clusters.json (numbers only: SaudiNewsNet is CC BY-NC-SA), rendered into
docs/RESULTS.md by scripts/make_results.py.

    python scripts/measure_story_clusters.py
"""

from __future__ import annotations

import gzip
import json
import math
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from unittest import mock

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.metrics import roc_auc_score

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_story_pairs  # noqa: E402  (scripts/ is not a package)
from measure_story_space import fitted, pairwise  # noqa: E402

from khulasa.digest import DigestConfig  # noqa: E402
from khulasa.digest import group as grouping  # noqa: E402
from khulasa.digest.build import parse_day  # noqa: E402
from khulasa.digest.group import (  # noqa: E402
    LEAD_WORDS,
    PAIR_FEATURES,
    Profile,
    _Similarity,
    char_ngrams,
    different_slots,
    profile,
    scored_pairs,
    vectors,
)
from khulasa.rank.models import LinearModel  # noqa: E402
from khulasa.text.charsets import WORD_RE  # noqa: E402

ROOT = train_story_pairs.ROOT
DATA = train_story_pairs.DATA
OUT = ROOT / "docs" / "results" / "digest-story-clusters.json"
CENTROID_LEVELS = (0.6, 0.7, 0.8, 0.9)
# The gated centroid merge: a name shared by the two stories used by at most this share of the
# batch's articles (0.5 %: about 5-12 articles of a day, 10 of dev's 2,000), at these levels.
RARE_NAME, GATED_LEVELS = 0.005, (0.5, 0.6, 0.7)
SHARES, DRAWS = (0.4, 0.6, 0.8, 1.0), 5
VOTE_LEVELS = (0.3, 0.4)
EXTRA = ("shared_name_idf", "title_lead_char")
FEATURE_LEVELS = (0.5, 0.6)
# Stories are compared only where some cross pair of articles is a candidate at this probability.
CANDIDATE = 0.1

Groups = list[list[int]]


class Extended(_Similarity):
    """The shipped pair features plus EXTRA."""

    # Each article's title, by its profile's title + lead text (a profile keeps them together).
    titles: dict[str, str] = {}

    def __init__(self, profiles: Sequence[Profile], duplicates: set[tuple[int, int]]) -> None:
        super().__init__(profiles, duplicates)
        frequency = Counter(name for p in profiles for name in p.names)
        self.name_idf = {name: math.log(len(profiles) / n) for name, n in frequency.items()}
        titles = [self.titles[p.lead] for p in profiles]
        both = vectors([char_ngrams(t) for t in titles] + [char_ngrams(p.lead[len(t):]) for p, t in
                                                            zip(profiles, titles, strict=True)])
        self.title_chars, self.lead_chars = both[: len(profiles)], both[len(profiles):]

    def features(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        def cross(a: csr_matrix, b: csr_matrix) -> np.ndarray:
            return np.asarray(a[rows].multiply(b[cols]).sum(axis=1)).ravel() if len(rows) else np.zeros(0)
        shared = [math.log1p(sum(self.name_idf[n] for n in self.profiles[i].names & self.profiles[j].names))
                  for i, j in zip(rows, cols, strict=True)]
        return np.column_stack([super().features(rows, cols), shared,
                                np.maximum(cross(self.title_chars, self.lead_chars),
                                           cross(self.lead_chars, self.title_chars))])


def _pooled(matrix: csr_matrix, groups: Groups, chosen: list[int]) -> csr_matrix:
    """Unit-length sums of the members' rows, one row per chosen story."""
    members = [(row, i) for row, k in enumerate(chosen) for i in groups[k]]
    indicator = csr_matrix((np.ones(len(members)), ([r for r, _ in members], [i for _, i in members])),
                           shape=(len(chosen), matrix.shape[0]))
    pooled = csr_matrix(indicator @ matrix)
    norms = np.sqrt(np.asarray(pooled.multiply(pooled).sum(axis=1)).ravel())
    return csr_matrix(pooled.multiply(1.0 / np.maximum(norms, 1e-12)[:, np.newaxis]))


def _story_pairs(groups: Groups, rows: np.ndarray, cols: np.ndarray, days: Sequence[object],
                 window: int) -> list[tuple[int, int]]:
    owner = {i: k for k, members in enumerate(groups) for i in members}
    pairs = {(min(owner[i], owner[j]), max(owner[i], owner[j])) for i, j in zip(rows, cols, strict=True)
             if owner[i] != owner[j]}
    def close(a: int, b: int) -> bool:
        dated = [days[i] for i in groups[a] + groups[b] if days[i] is not None]
        return not dated or (max(dated) - min(dated)).days <= window  # type: ignore[operator]
    return sorted(p for p in pairs if close(*p))


def centroid_merge(similarity: _Similarity, groups: Groups, rows: np.ndarray, cols: np.ndarray,
                   level: float, window: int, rare_name: float | None = None) -> Groups:
    """Join the two stories whose pooled profiles the pair model scores highest, while >= level
    (and, with `rare_name`, only stories that share a name at most that share of the batch uses)."""
    groups = [list(g) for g in groups]
    profiles, model = similarity.profiles, grouping.load_model(grouping.MODEL)
    name_uses = Counter(name for p in profiles for name in p.names)
    days = [p.day for p in profiles]
    matrices = (similarity.lead, similarity.title, similarity.body, similarity.chars)
    while pairs := _story_pairs(groups, rows, cols, days, window):
        chosen = sorted({k for pair in pairs for k in pair})
        at = {k: n for n, k in enumerate(chosen)}
        left, right = np.array([at[a] for a, _ in pairs]), np.array([at[b] for _, b in pairs])
        cosines = [np.asarray(m[left].multiply(m[right]).sum(axis=1)).ravel()
                   for m in (_pooled(matrix, groups, chosen) for matrix in matrices)]
        rest, gated = [], []
        for a, b in pairs:
            names = [set().union(*(profiles[i].names for i in groups[k])) for k in (a, b)]
            figures = [set().union(*(profiles[i].numbers for i in groups[k])) for k in (a, b)]
            slots = any(different_slots(profiles[i], profiles[j]) for i in groups[a] for j in groups[b])
            column = any(profiles[i].opinion for i in groups[a] + groups[b])
            gated.append(rare_name is not None and all(name_uses[n] > rare_name * len(profiles)
                                                       for n in names[0] & names[1]))
            rest.append([math.log1p(len(names[0] & names[1])), bool(figures[0] & figures[1]),
                         bool(figures[0] and figures[1] and not figures[0] & figures[1]), slots, column])
        features = np.column_stack([*cosines, np.array(rest, dtype=np.float64)])
        probability = 1.0 / (1.0 + np.exp(-model.predict(features)))
        probability[features[:, 7:9].any(axis=1) | np.array(gated)] = 0.0
        best = int(np.argmax(probability))
        if probability[best] < level:
            break
        a, b = pairs[best]
        groups[a] += groups[b]
        del groups[b]
    return groups


def vote_merge(similarity: _Similarity, groups: Groups, rows: np.ndarray, cols: np.ndarray,
               scores: np.ndarray, level: float, window: int) -> Groups:
    """Join the two stories with the largest share of cross pairs at >= level (at least 2, and
    half of all their cross pairs), while any such pair of stories is left."""
    groups = [list(g) for g in groups]
    days = [p.day for p in similarity.profiles]
    strong = [(i, j) for i, j, s in zip(rows, cols, scores, strict=True) if s >= level]
    while True:
        owner = {i: k for k, members in enumerate(groups) for i in members}
        votes: defaultdict[tuple[int, int], int] = defaultdict(int)
        for i, j in strong:
            if owner[i] != owner[j]:
                votes[min(owner[i], owner[j]), max(owner[i], owner[j])] += 1
        allowed = set(_story_pairs(groups, np.array([i for i, _ in strong]), np.array([j for _, j in strong]),
                                   days, window))
        ranked = sorted(((n / (len(groups[a]) * len(groups[b])), n, a, b) for (a, b), n in votes.items()
                         if n >= 2 and (a, b) in allowed), reverse=True)
        if not ranked or ranked[0][0] < 0.5:
            return groups
        _, _, a, b = ranked[0]
        groups[a] += groups[b]
        del groups[b]


def learning_curve(x: np.ndarray, y: np.ndarray, days: np.ndarray) -> dict[str, float]:
    """Held-out-day AUC of the shipped pair features with each day's training pairs cut to a share
    (mean of DRAWS random cuts): would more labelled pairs help the pair model?"""
    rng = np.random.default_rng(12)
    curve = {}
    for share in SHARES:
        aucs = []
        for _ in range(DRAWS):
            held = np.zeros(len(y))
            for day in np.unique(days):
                others = np.flatnonzero(days != day)
                kept = rng.choice(others, int(len(others) * share), replace=False)
                mean, scale, model = train_story_pairs.fit(x[kept], y[kept])
                held[days == day] = model.predict_proba((x[days == day] - mean) / scale)[:, 1]
            aucs.append(roc_auc_score(y, held))
        curve[f"{share:.0%}"] = round(float(np.mean(aucs)), 3)
    print(f"held-out-day AUC by share of the train pairs fitted on: {curve}", flush=True)
    return curve


def main() -> None:
    def read(split: str) -> list[dict]:
        with gzip.open(DATA / f"{split}.jsonl.gz", "rt", encoding="utf-8") as lines:
            return list(map(json.loads, lines))

    config = DigestConfig()
    window = config.window_days
    train, dev = read("train"), read("dev")
    train_pairs = [json.loads(line) for line in train_story_pairs.PAIRS.read_text("utf-8").splitlines() if line]
    dev_pairs = [json.loads(line) for line in (ROOT / "tests/data/story-pairs.jsonl").read_text("utf-8").splitlines()
                 if line]
    Extended.titles = {f"{r.get('title') or ''} {' '.join(WORD_RE.findall(r['text'])[:LEAD_WORDS])}": r.get("title") or ""
                       for r in train + dev}
    with mock.patch.object(train_story_pairs, "_Similarity", Extended):
        x, y, days = train_story_pairs.labelled()
    y = y.astype(bool)
    batches = {day: [r for r in train if r["date"][:10] == day] for day in np.unique(days)}
    batches["dev"] = dev
    profiles = {day: [profile(r.get("title"), r["text"], parse_day(r.get("date"))) for r in rows]
                for day, rows in batches.items()}
    shipped = list(range(len(PAIR_FEATURES)))
    curve = learning_curve(x[:, shipped], y, days)

    def models(columns: list[int]) -> dict[str, LinearModel]:
        names = PAIR_FEATURES + EXTRA
        found = {day: fitted(columns, x[days != day], y[days != day], names) for day in batches if day != "dev"}
        return found | {"dev": fitted(columns, x, y, names)}

    def score(name: str, grouped: Callable[[str], Groups]) -> dict:
        story = {batches[day][i]["id"]: (day, n) for day in batches for n, members in enumerate(grouped(day))
                 for i in members}
        row = {"variant": name, "dev_tuning": pairwise(story, dev_pairs),
               "train_out_of_sample": pairwise(story, train_pairs)}
        print(f"{name}: dev tuning {row['dev_tuning']}; train, out of sample {row['train_out_of_sample']}", flush=True)
        return row

    config_kw = {"near_duplicate": config.near_duplicate, "window": window}
    fits = models(shipped)
    state = {}
    for day in batches:
        with mock.patch.object(grouping, "load_model", return_value=fits[day]):
            similarity, found_rows, found_cols, scores = scored_pairs(profiles[day], floor=CANDIDATE, **config_kw)
            groups = grouping.group(profiles[day], same_story=config.same_story, **config_kw)
        state[day] = (similarity, groups, found_rows, found_cols, scores)

    def centroid(level: float, day: str, rare_name: float | None = None) -> Groups:
        similarity, groups, found_rows, found_cols, _ = state[day]
        with mock.patch.object(grouping, "load_model", return_value=fits[day]):
            return centroid_merge(similarity, groups, found_rows, found_cols, level, window, rare_name)

    def votes(level: float, day: str) -> Groups:
        similarity, groups, found_rows, found_cols, scores = state[day]
        return vote_merge(similarity, groups, found_rows, found_cols, scores, level, window)

    rows = [score(f"shipped grouping, same_story {config.same_story}", lambda day: state[day][1])]
    rows += [score(f"+ centroid merge at {level}", partial(centroid, level)) for level in CENTROID_LEVELS]
    rows += [score(f"+ centroid merge at {level}, sharing a name of <= {RARE_NAME:.1%} of the batch",
                   partial(centroid, level, rare_name=RARE_NAME)) for level in GATED_LEVELS]
    rows += [score(f"+ vote merge at {level}", partial(votes, level)) for level in VOTE_LEVELS]

    def extended(extra_fits: dict[str, LinearModel], level: float, day: str) -> Groups:
        with mock.patch.object(grouping, "_Similarity", Extended), \
                mock.patch.object(grouping, "load_model", return_value=extra_fits[day]):
            return grouping.group(profiles[day], same_story=level, **config_kw)

    for feature in EXTRA:
        extra_fits = models(shipped + [len(PAIR_FEATURES) + EXTRA.index(feature)])
        rows += [score(f"+ {feature}, same_story {level}", partial(extended, extra_fits, level))
                 for level in FEATURE_LEVELS]
    OUT.write_text(json.dumps({"command": "python scripts/measure_story_clusters.py", "learning_curve": curve,
                               "rows": rows},
                              ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
