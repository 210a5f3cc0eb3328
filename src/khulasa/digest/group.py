"""Articles into stories: near-duplicates by MinHash/LSH, then same-story grouping of different
write-ups by average-linkage clustering of a thresholded pair-probability graph (no fixed k).

Whether two articles tell one story is a logistic model over a few pair features (PAIR_FEATURES:
the cosines of their weighted title+lead stems, of their titles, of their whole texts' stems and
of their title+lead character n-grams, the names they share, the figures they agree or disagree
on, titles on one formula filling a slot differently, a column on either side), fitted on the
hand-labelled SaudiNewsNet train pairs only (scripts/train_story_pairs.py,
data/models/same-story.json). Character n-grams meet a paper's own wording of one event where
stems differ by a clitic or a spelling («أعلنت»/«اعلنت», «والكوت»/«ووالكوت»); names and figures
tell two events of one kind apart.

The stem vectors are hand-built because no library weights Arabic stems well here: each content
stem of the title and the lead is weighted by how rare its word is in general Arabic (wordfreq
Zipf, shipped) and in the batch itself (smoothed IDF), so names and rare terms decide and the
day's common words and a paper's page furniture do not.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from difflib import SequenceMatcher
from functools import lru_cache

import numpy as np
from datasketch import MinHash, MinHashLSH
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import connected_components

from khulasa.digest.names import mentions
from khulasa.digest.opinion import is_opinion
from khulasa.rank.models import load_model
from khulasa.text.charsets import ARABIC_WORD_RE, WORD_CACHE_SIZE, WORD_RE
from khulasa.text.frequency import zipf
from khulasa.text.normalize import normalize_letters, normalize_word
from khulasa.text.stems import content_stem

# Title plus the first 45 words: the lead carries the event; later paragraphs drift into
# background that unrelated stories share. 20/30/45/60 words (with stem bigrams or without) were
# compared on the tuning pairs only, by the share of 2,000 bootstrap resamples of those pairs on
# which precision >= 0.9 and recall >= 0.7 both hold: 45 words at same_story 0.24 (0.62; 30 words
# at 0.26: 0.48; bench/digest_quality.py).
LEAD_WORDS = 45
# Zipf 7 is the commonest words; a word's weight is how far below that it sits, within bounds.
ZIPF_CEILING = 7.0
MIN_WORD_WEIGHT, MAX_WORD_WEIGHT = 0.5, 6.0
SHINGLE_WORDS = 4
NUM_PERM = 64
# Two write-ups of one event quote the same figures; two events of one kind (two inspection
# tallies, two matches, two trading sessions) quote different ones. Years, 1-3 and dates are
# ignored: every wire item's dateline («25 شوال 1436 هـ الموافق 10 اغسطس 2015 م») would otherwise
# make any two of a day's items agree and any of them disagree with a paper's report. Counting
# 4-9 and dropping dates were chosen on the tuning pairs (dev and train): dates off, one more
# true pair and no false one; 4-9 counted, 2 false merges fewer on the train pairs.
_NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)?")
_THOUSANDS_RE = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_YEAR_RE = re.compile(r"(?:14|19|20)\d\d")
_MONTHS = ("محرم صفر ربيع جمادى رجب شعبان رمضان شوال القعدة الحجة ذي ذو يناير فبراير مارس أبريل مايو "
           "يونيو يونيه يوليو يوليه أغسطس سبتمبر أكتوبر نوفمبر ديسمبر كانون شباط آذار نيسان أيار حزيران "
           "تموز آب أيلول تشرين")
_DATE_RE = re.compile(r"\d+\s*(?:/\s*\d+\s*)+|\d+\s+(?:من\s+)?(?:%s)"
                      % "|".join(sorted({normalize_letters(m) for m in _MONTHS.split()}, key=len, reverse=True)))
# Titles on one formula («... تعايد منسوبيها») that fill a slot differently tell different events
# when each filler is a word its own article uses at least this often (its place, body or subject:
# «ينبع» 4 times against «الهدا» 7) and the other article never uses (stems compared by prefix,
# «قطر» meets «القطري»). A paraphrase's fillers are used once or twice («يقر» / «يصادق»).
# Chosen on the tuning pairs only: 4 removes 2 of 4 false merges and no true one (3 loses 6 true
# ones; 5 to 8 remove 1 false merge); the penalty is a veto (0.1 left 3 false merges). A title
# pair with a single slot needs one such filler only: that removed the last 2 false merges and
# no true one (one filler on titles with several slots would lose 5 true pairs: a report adds
# its own angle, «المملكة تدين ...» / «استشهاد ...»). A pair feature of the learned model since.
SLOT_USES = 4
# The learned pair model (data/models/same-story.json, scripts/train_story_pairs.py) and its
# features, in the order of its weights.
MODEL = "same-story"
PAIR_FEATURES = ("lead_cosine", "title_cosine", "body_cosine", "char_cosine", "shared_names",
                 "same_figures", "other_figures", "different_slots", "column")
# Candidate pairs, scored by the model: a cosine of title+lead stems, title stems, whole-text
# stems or title+lead character n-grams at least this (in that order). On the train pairs no
# same-story pair and no pair the model scores above 0.15 lies below all four.
CANDIDATE_FLOORS = (0.08, 0.15, 0.08, 0.2)
# Candidate cosines are computed for this many articles at a time against their window: a
# day's character n-gram products are nearly dense (2,500 x 5,000 pairs held 1 GiB more across
# two archive workers).
BLOCK_ROWS = 256
CHAR_NGRAMS = (3, 5)
PAIR_CHUNK = 4096
# Kept from the hand-built grouping as vetoes over the model (a near-duplicate still joins):
# titles on one formula filling a slot differently, and a column. Tuning pairs (dev, and train
# with the model fitted on the other days; /tmp sweep in the issue-12 log): dev P 0.947 -> 0.973
# at the same recall, train 0.883 -> 0.886 for 3 more true pairs. Re-checked on the 760 train
# pairs at same_story 0.5: without the column veto, train 3 more true pairs and 1 more false one,
# dev the same, but an editorial joins the news it argues about (the rubric keeps them apart);
# kept.
VETOES = ("different_slots", "column")
# Average linkage cuts a connected component where its two halves' mean probability falls this
# far below same_story: one big event's reports and same-day reactions each meet some member
# above same_story but not all of them. same_story 0.5 with 0.2 was chosen on the tuning pairs
# (the 760 train pairs scored by the model fitted on the other days' pairs, and dev's 320;
# bench/digest_grouping.py --out-of-sample) as the pair of the grid 0.45-0.7 x 0.1-0.4 with the
# best pooled F1 among those where dev meets both bars: dev P 0.935 R 0.796, train P 0.874
# R 0.786 (0.6/0.3, the earlier choice: dev 0.929/0.722, train 0.871/0.747; 0.5/0.3: train
# 0.833/0.801). The train pairs' precision is the lower because their later batches were drawn
# where the model hesitates.
LINK_MARGIN = 0.2
# Tried for the pair model and not kept (train pairs, held-out-day AUC and precision/recall;
# dev tuning pairs): gradient boosting (AUC 0.940 against 0.950, lower precision at every
# threshold); the shingle Jaccard, a same-paper flag, the day gap and a shared-names Jaccard as
# features (no gain; train pairs are all of one day, so the gap cannot be learned from them);
# a count or IDF sum of the title+lead stems the two share that are rare in the batch (AUC
# 0.947-0.951, dev recall 0.67 -> 0.70 at 0.6 only). On the 620 train pairs (issue 12, seventh
# pass; held-out-day AUC 0.945 without them): how much of one title's weighted stems the other
# article uses anywhere, the Zipf-weighted sum, maximum and top three of the shared title+lead
# stems, a whole-text word TF-IDF cosine (the bench's baseline), whole-text stem-bigram and
# title+lead-against-whole-text cosines (AUC 0.941-0.950 each; dev recall at 0.6 no higher).
# Issue 12, eighth pass: latent topic (LSA) cosines of the title+lead and of the whole-text stems
# in a space fitted on all train articles (200 SVD axes over 20,000 stems; python
# scripts/measure_story_space.py): held-out-day AUC 0.939 -> 0.941 (title+lead) and 0.939 (both),
# but the grouping gains no recall without losing precision: at same_story 0.5 dev 43 true / 3
# false merges -> 43-44 / 4-5, train (out of sample) 221 / 32 -> 222 / 38-39; at 0.6, where
# precision holds, recall falls (dev 0.796 -> 0.722-0.778, train 0.786 -> 0.722-0.733). A space
# fitted on titles+leads only and 50 or 100 axes (variants of that script) did no better. Not
# kept: a topic space also joins two events of one kind, which the rubric keeps apart.
# Issue 12, ninth pass (python scripts/measure_story_clusters.py; dev tuning pairs and train pairs
# out of sample, 43 / 3 and 221 / 32 true / false merged pairs as shipped): story-level evidence
# after this grouping, joining two stories while the pair model scores their pooled vectors, names
# and figures at 0.6-0.8 (train 222-230 / 34-39) or where 2+ cross pairs and half of all reach 0.3-0.4
# (223-229 / 34-40), dev unchanged: about one false merged pair per true one gained, the
# confusions being two events of one kind (two martyrs' condolences, two regions' floods); gated
# on a shared name at most 0.5 % of the batch uses, 226 / 34 at 0.5 and 222 / 32 at 0.7 (too few
# pairs, chosen on those pairs, for a stage of its own; dev still unchanged); the
# day-rarity of shared names or the character cosine of a title against the other's lead as a
# pair feature (at 0.5: dev 40 / 3 and 43 / 4, train 214 / 36 and 222 / 31). Not kept. More
# train pairs of this kind would hardly help the pair model: held-out-day AUC fitted on 40 % of
# the other days' pairs 0.934, on all of them 0.939.
# Issue 12, tenth pass, for other angles of one event (python scripts/measure_story_anchors.py; the
# 160 angle pairs of tests/data/story-pairs-angles.jsonl, drawn where this model hesitates and never
# fitted on, score 0.874 AUC and at 0.5 P 0.952 R 0.500 pair by pair): the batch IDF of the rarest
# or second-rarest stem one title shares with the other's title+lead (angle-pair AUC 0.905 and
# 0.922), and the best-matched sentences (title and 40 sentences each, batch-IDF cosine, no
# conflicting figures; mean of the best two, AUC 0.888). Grouped at same_story 0.5 (dev / train
# out of sample / angle pairs, true and false merges; shipped 43 / 3, 221 / 32, 24 / 2): second
# anchor 43 / 4, 224 / 41, 25 / 2; passages 44 / 2, 219 / 37, 23 / 2; at 0.45 or 0.55 no row gains
# true merges without false ones on train. The box's passage overlap (Zipf-weighted Jaccard or
# containment, with or without the day's commonest stems), batch-IDF sentence cosines over the
# first 3-40 sentences, rare stems shared anywhere, cosines without the batch IDF, a reaction-verb
# flag and its products with the cosines, and gradient boosting over these were measured pair by
# pair only (held-out-day AUC 0.920-0.943, recall at precision 0.90 0.58-0.68 against 0.63-0.65
# shipped, within the noise of the 281 same-story pairs). Nor does the grouping reach them: with
# every pair of probability 0.3 chained (single linkage), angle pairs 28 true / 4 false merges.
# Not kept. The angles are lexically like two events of one kind: same-day reactions to one
# bombing share its words, which the batch IDF discounts because the day's many reports use them
# (title+lead cosines 0.1-0.2), as two Eid parties share theirs.


@dataclass(frozen=True)
class Profile:
    """What grouping needs of an article: its day, its weighted stems, its shingle signature."""

    day: date | None
    terms: dict[str, float]
    title_terms: dict[str, float]
    signature: MinHash
    numbers: frozenset[str]
    title_stems: tuple[str, ...]
    # The article's distinct content stems, sorted (for prefix look-ups), and how often each occurs.
    stems: tuple[str, ...]
    uses: tuple[int, ...]
    # A column (digest.opinion): by the rubric a different story from the event it argues about
    # and from any other column; a pair feature (a column printed twice is still a near-duplicate).
    opinion: bool = False
    # The title and the lead as written (their character n-grams are a pair feature) and the
    # names the article announces (digest.names.mentions, letter-normalized keys).
    lead: str = ""
    names: frozenset[str] = frozenset()

    def used(self, stem: str) -> int:
        """How often the article uses a word whose stem starts with `stem`."""
        start = bisect_left(self.stems, stem)
        return sum(self.uses[start : bisect_left(self.stems, stem + "\uffff", start)])


_CLITICS_RE = re.compile("^(?:[وف])?(?:[بلك])?(?:ال)?")


@lru_cache(maxsize=WORD_CACHE_SIZE)
def word_weight(word: str) -> float:
    """Rarer words in general Arabic weigh more (names, places, technical terms). A word with
    clitics attached is rarer than its bare form, so it is weighed by its commonest reading."""
    bare = _CLITICS_RE.sub("", word)
    forms = (word, word[1:] if word[0] in "وف" else word, bare, "ال" + bare)
    commonest = max(zipf(form) for form in forms if len(form) > 1)
    return min(MAX_WORD_WEIGHT, max(MIN_WORD_WEIGHT, ZIPF_CEILING - commonest))


def figures(text: str) -> frozenset[str]:
    """The figures a text quotes (years, dates and 1-3 aside), written one way: papers write
    «1,500» or «1500», «5,5» or «5.5» for one figure."""
    plain = _THOUSANDS_RE.sub("", _DATE_RE.sub(" ", normalize_letters(text)))
    return frozenset(n.replace(",", ".") for n in _NUMBER_RE.findall(plain)
                     if (len(n) > 1 or n > "3") and not _YEAR_RE.fullmatch(n))


def _stems(text: str) -> list[str]:
    return [s for s in map(content_stem, ARABIC_WORD_RE.findall(text)) if s is not None and len(s) > 1]


def _weighted_stems(text: str, terms: dict[str, float]) -> None:
    for word in ARABIC_WORD_RE.findall(text):
        stem = content_stem(word)
        if stem is not None and len(stem) > 1:
            terms[stem] = terms.get(stem, 0.0) + word_weight(word)


def profile(title: str | None, text: str, day: date | None,
            names: Iterable[str] | None = None) -> Profile:
    """The grouping profile of one article (`names`: its digest.names.mentions keys, when the
    caller has them already)."""
    terms: dict[str, float] = {}
    title_terms: dict[str, float] = {}
    if title:
        _weighted_stems(title, title_terms)
        terms = dict(title_terms)
    words = WORD_RE.findall(text)
    lead = " ".join(words[:LEAD_WORDS])
    _weighted_stems(lead, terms)
    numbers = figures(f"{title or ''} {lead}")
    signature = MinHash(num_perm=NUM_PERM, seed=12)
    normalized = [normalize_word(w) for w in words]
    shingles = {" ".join(normalized[i : i + SHINGLE_WORDS]).encode("utf-8")
                for i in range(max(1, len(normalized) - SHINGLE_WORDS + 1))}
    signature.update_batch(list(shingles))
    counts = sorted(Counter(_stems(f"{title or ''} {text}")).items())
    return Profile(day, terms, title_terms, signature, numbers, tuple(_stems(title or "")),
                   tuple(s for s, _ in counts), tuple(n for _, n in counts), is_opinion(title, text),
                   f"{title or ''} {lead}", frozenset(mentions(title, text) if names is None else names))


def vectors(bags: Iterable[dict[str, float]]) -> csr_matrix:
    """Unit-length rows: sublinear term weights times a smoothed IDF over the batch. The bags are
    read one at a time (a busy day's character n-gram bags would not fit in memory together),
    each row kept as two small arrays."""
    vocabulary: dict[str, int] = {}
    cols: list[np.ndarray] = []
    values: list[np.ndarray] = []
    for bag in bags:
        cols.append(np.fromiter((vocabulary.setdefault(term, len(vocabulary)) for term in bag),
                                dtype=np.int64, count=len(bag)))
        weights = np.fromiter(bag.values(), dtype=np.float64, count=len(bag))
        values.append(np.where(weights > 1.0, 1.0 + np.log(np.maximum(weights, 1.0)), weights))
    lengths = [len(c) for c in cols]
    indptr = np.concatenate([[0], np.cumsum(lengths, dtype=np.int64)])
    count = len(cols)
    matrix = csr_matrix((np.concatenate(values) if values else np.zeros(0),
                         np.concatenate(cols) if cols else np.zeros(0, dtype=np.int64), indptr),
                        shape=(count, len(vocabulary)))
    df = np.bincount(matrix.indices, minlength=len(vocabulary))
    idf = np.log1p(count / np.maximum(df, 1))
    matrix = csr_matrix(matrix.multiply(idf[np.newaxis, :]))
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return csr_matrix(matrix.multiply(1.0 / norms[:, np.newaxis]))


def near_duplicates(profiles: Sequence[Profile], threshold: float) -> list[tuple[int, int]]:
    """Pairs whose estimated shingle Jaccard is at least `threshold` (LSH, then checked)."""
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    for index, p in enumerate(profiles):
        lsh.insert(index, p.signature)
    pairs = []
    for index, p in enumerate(profiles):
        for other in lsh.query(p.signature):
            if other > index and p.signature.jaccard(profiles[other].signature) >= threshold:
                pairs.append((index, other))
    return pairs


def _in_window(days: Sequence[date | None], window: int) -> np.ndarray:
    """Which pairs of these articles may share a story: at most `window` days apart (an undated
    article may join any)."""
    ordinal = np.array([d.toordinal() if d else 0 for d in days], dtype=np.int64)
    dated = np.array([d is not None for d in days])
    apart = np.abs(ordinal[:, np.newaxis] - ordinal[np.newaxis, :])
    return (apart <= window) | ~dated[:, np.newaxis] | ~dated[np.newaxis, :]


def _close(a: date | None, b: date | None, window: int) -> bool:
    return a is None or b is None or abs((a - b).days) <= window


def _similar_pairs(matrices: Sequence[csr_matrix], days: Sequence[date | None], window: int,
                   thresholds: Sequence[float]) -> tuple[np.ndarray, np.ndarray]:
    """(i, j), i < j, within the window and with a cosine of at least its threshold in any of the
    matrices; computed one day against the days after it in its window, BLOCK_ROWS articles at
    a time, so that neither a long archive nor a busy day needs an all-pairs matrix (character
    n-gram and whole-text cosines are nonzero for nearly every pair)."""
    buckets: dict[int, list[int]] = defaultdict(list)
    undated: list[int] = []
    for index, day in enumerate(days):
        (buckets[day.toordinal()] if day else undated).append(index)
    keys = sorted(buckets)
    blocks = [(buckets[key], [i for other in keys if key <= other <= key + window
                              for i in buckets[other]] + undated) for key in keys]
    if undated:
        blocks.append((undated, list(range(len(days)))))
    found_rows, found_cols = [np.zeros(0, dtype=np.int64)], [np.zeros(0, dtype=np.int64)]
    for left, right in blocks:
        for matrix, threshold in zip(matrices, thresholds, strict=True):
            others = csr_matrix(matrix[right].T)
            for start in range(0, len(left), BLOCK_ROWS):
                chunk = left[start : start + BLOCK_ROWS]
                block = (matrix[chunk] @ others).tocoo()
                keep = block.data >= threshold
                found_rows.append(np.asarray(chunk)[block.row[keep]])
                found_cols.append(np.asarray(right)[block.col[keep]])
    rows, cols = np.concatenate(found_rows), np.concatenate(found_cols)
    pairs = np.unique(np.stack([np.minimum(rows, cols), np.maximum(rows, cols)]), axis=1)
    pairs = pairs[:, pairs[0] < pairs[1]]
    return pairs[0], pairs[1]


def _slot_filler(stems: Sequence[str], own: Profile, other: Profile) -> bool:
    return any(own.used(s) >= SLOT_USES and not other.used(s) for s in stems)


def different_slots(a: Profile, b: Profile) -> bool:
    """Do these titles share frame words but fill one slot differently, each with a word its
    own article keeps using and the other never uses («الهيئة الملكية بينبع تعايد العمالة» /
    «هيئة الهدا تعايد عمال النظافة»)? Where the frame has that one slot only, one such filler
    is enough: the other article may name the first's subject in passing or not at all
    («أخضر الطائرة يتغلب على قطر» / «... يتجاوز الكويت», «مكتبة الملك عبدالعزيز تعايد
    منسوبيها» / «الدوائر الحكومية تعايد منسوبيها»)."""
    matcher = SequenceMatcher(None, a.title_stems, b.title_stems, autojunk=False)
    if not any(block.size for block in matcher.get_matching_blocks()):
        return False
    slots = [(a.title_stems[i1:i2], b.title_stems[j1:j2])
             for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"]
    if len(slots) == 1 and all(slots[0]):
        return _slot_filler(slots[0][0], a, b) or _slot_filler(slots[0][1], b, a)
    return any(mine and theirs and _slot_filler(mine, a, b) and _slot_filler(theirs, b, a)
               for mine, theirs in slots)


def _cosines(matrix: csr_matrix, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """Row-pair dot products, PAIR_CHUNK pairs at a time (a character n-gram row holds about a
    thousand entries: 90,000 pairs at once took 1.2 GiB)."""
    return np.concatenate([np.zeros(0)] + [
        np.asarray(matrix[rows[k : k + PAIR_CHUNK]].multiply(matrix[cols[k : k + PAIR_CHUNK]]).sum(axis=1)).ravel()
        for k in range(0, len(rows), PAIR_CHUNK)])


def char_ngrams(text: str) -> dict[str, float]:
    """Counts of the character 3-5-grams of each word of a text (letters normalized), the word
    padded with a space on each side («أعلنت» meets «اعلنت» and «وأعلنت» in most of them); a
    word shorter than n gives itself once. As scikit-learn's `char_wb` analyzer, which is not a
    run-time dependency."""
    counts: Counter[str] = Counter()
    for word in normalize_letters(text).split():
        padded = f" {word} "
        for n in range(CHAR_NGRAMS[0], CHAR_NGRAMS[1] + 1):
            counts.update(padded[i : i + n] for i in range(max(1, len(padded) - n + 1)))
    return dict(counts)


class _Similarity:
    """Same-story probability of article pairs by the learned pair model (PAIR_FEATURES), 0 where
    a veto holds (VETOES), 1 for near-duplicates."""

    def __init__(self, profiles: Sequence[Profile], duplicates: set[tuple[int, int]]) -> None:
        self.profiles = profiles
        self.lead = vectors([p.terms for p in profiles])
        self.title = vectors([p.title_terms for p in profiles])
        self.body = vectors(dict(zip(p.stems, map(float, p.uses), strict=True)) for p in profiles)
        self.chars = vectors(char_ngrams(p.lead) for p in profiles)
        self.duplicates = duplicates

    def features(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        """One row of PAIR_FEATURES per pair (rows[k], cols[k])."""
        pairs = [(self.profiles[i], self.profiles[j]) for i, j in zip(rows, cols, strict=True)]
        return np.column_stack([
            _cosines(self.lead, rows, cols), _cosines(self.title, rows, cols),
            _cosines(self.body, rows, cols), _cosines(self.chars, rows, cols),
            [math.log1p(len(a.names & b.names)) for a, b in pairs],
            [bool(a.numbers & b.numbers) for a, b in pairs],
            [bool(a.numbers and b.numbers and not a.numbers & b.numbers) for a, b in pairs],
            [different_slots(a, b) for a, b in pairs],
            [a.opinion or b.opinion for a, b in pairs],
        ]).astype(np.float64).reshape(len(pairs), len(PAIR_FEATURES))

    def pairs(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        """The model's probability that each pair tells one story (1 for near-duplicates)."""
        features = self.features(rows, cols)
        probability = 1.0 / (1.0 + np.exp(-load_model(MODEL).predict(features)))
        probability[features[:, [PAIR_FEATURES.index(name) for name in VETOES]].any(axis=1)] = 0.0
        duplicate = [(min(i, j), max(i, j)) in self.duplicates for i, j in zip(rows, cols, strict=True)]
        return np.where(duplicate, 1.0, probability)


def scored_pairs(profiles: Sequence[Profile], *, near_duplicate: float, window: int,
                 floor: float) -> tuple[_Similarity, np.ndarray, np.ndarray, np.ndarray]:
    """The candidate pairs (rows[k], cols[k]) within the window (a cosine above CANDIDATE_FLOORS,
    or near-duplicates) whose same-story probability (scores[k]) is at least `floor`; and the
    similarity, to score other pairs with."""
    days = [p.day for p in profiles]
    duplicates = {(i, j) for i, j in near_duplicates(profiles, near_duplicate)
                  if _close(days[i], days[j], window)}
    similarity = _Similarity(profiles, duplicates)
    rows, cols = _similar_pairs([similarity.lead, similarity.title, similarity.body, similarity.chars], days,
                                window, CANDIDATE_FLOORS)
    rows = np.concatenate([rows, np.array([i for i, _ in duplicates], dtype=np.int64)])
    cols = np.concatenate([cols, np.array([j for _, j in duplicates], dtype=np.int64)])
    scores = similarity.pairs(rows, cols)
    keep = scores >= floor
    return similarity, rows[keep], cols[keep], scores[keep]


def group(profiles: Sequence[Profile], *, same_story: float, near_duplicate: float,
          window: int) -> list[list[int]]:
    """Stories as lists of indices into `profiles`, covering each index exactly once.

    Connected components of the pairs at or above `same_story` are each cut by average linkage
    at LINK_MARGIN below it, so that a chain of pairwise matches does not join unrelated ends (and
    no story count is fixed in advance).
    """
    n = len(profiles)
    if n == 0:
        return []
    days = [p.day for p in profiles]
    similarity, rows, cols, scores = scored_pairs(profiles, near_duplicate=near_duplicate, window=window,
                                                  floor=same_story)
    keep = scores >= same_story
    graph = csr_matrix((np.ones(int(keep.sum())), (rows[keep], cols[keep])), shape=(n, n))
    count, labels = connected_components(graph, directed=False)
    groups: list[list[int]] = []
    for component in range(count):
        members = np.flatnonzero(labels == component)
        if len(members) <= 2:
            groups.append(members.tolist())
            continue
        left, right = np.triu_indices(len(members), k=1)
        condensed = similarity.pairs(members[left], members[right])
        condensed *= _in_window([days[i] for i in members], window)[left, right]
        cut = fcluster(linkage(np.clip(1.0 - condensed, 0.0, None), method="average"),
                       t=1.0 - same_story + LINK_MARGIN + 1e-9, criterion="distance")
        groups.extend(members[cut == label].tolist() for label in np.unique(cut))
    return groups
