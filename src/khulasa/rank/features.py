"""Vector views of a document shared by scorers, selection, highlights and keywords.

Cost is linear in the document's length. An article (≤ DENSE_MAX_SENTENCES sentences and
≤ DENSE_MAX_CELLS sentence × stem cells) gets dense numpy arrays, faster at that size; a longer text gets sparse rows (time and memory in the
number of non-zeros), similarity columns computed only when selection asks for them, and a
LexRank graph over windows of ≤ GRAPH_WINDOW consecutive sentences, built and solved one window
at a time. The graph's memory is therefore a constant, a few GRAPH_WINDOW² float arrays
(≈ 8 MiB), whatever the length; what grows with the input is the analysed text itself and its
sparse vectors, ≈ 0.4 MiB per 1,000 words (bench/length_scaling.py: 266 MiB peak at 500k words,
the whole process), itself bounded by the input limit (5 MB ≈ 450k words).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, count
from typing import TYPE_CHECKING, Any, Final, TypeAlias

import numpy as np
from threadpoolctl import ThreadpoolController

from khulasa.text.document import Document
from khulasa.text.frequency import informativeness
from khulasa.text.wordcache import word_cache

if TYPE_CHECKING:
    from scipy import sparse  # imported where used: only long documents need it (0.3 s)


@lru_cache(maxsize=1)
def _blas_pools() -> tuple[Any, ...]:
    """threadpoolctl's controllers of the BLAS libraries loaded now (numpy's), found once."""
    return tuple(c for c in ThreadpoolController().lib_controllers if c.user_api == "blas")


# Whether this thread is inside a one_blas_thread context already.
_blas_limited: Final = threading.local()


@contextmanager
def one_blas_thread() -> Iterator[None]:
    """A context running BLAS on one thread. The products and solves here are small: a second
    thread only spins, and on a busy 2-core machine it cost 10× the CPU time of a 512-sentence
    solve (the service and batch spread work over processes instead).

    The pipeline enters it once per article; nested uses cost nothing. Each BLAS library's own
    get/set call is used directly (~2 µs each way) rather than threadpoolctl's `limit`, which
    re-reads every library's state and cost ~15 µs each way, per article."""
    if getattr(_blas_limited, "active", False):
        yield
        return
    pools = _blas_pools()
    previous = [pool.get_num_threads() for pool in pools]
    for pool in pools:
        pool.set_num_threads(1)
    _blas_limited.active = True
    try:
        yield
    finally:
        _blas_limited.active = False
        for pool, threads in zip(pools, previous, strict=True):
            pool.set_num_threads(threads)


# frequency.informativeness per word form, cached (document analysis gives each content word's
# with its stem: `Sentence.weights`).
term_weight: Final = word_cache(informativeness)


# Up to this many sentences and DENSE_MAX_CELLS sentences × stems the vectors are dense numpy
# arrays: faster at news length, and no scipy import (0.1 s CPU, once per process) for the few
# long articles (a 464-sentence dev article: 21 ms dense, 12.5 ms sparse + the import). Longer
# documents keep them as scipy.sparse rows (well under 1 % of a long document's matrix is non-zero).
DENSE_MAX_SENTENCES = 512
DENSE_MAX_CELLS = 1 << 20  # 8 MiB per float array
# The graph LexRank walks links the sentences of consecutive windows of at most this many
# sentences: the whole document for every news article, bounded work and memory beyond.
GRAPH_WINDOW = 512


class SentenceSimilarity:
    """Cosine similarity between the sentences of a long document, never held whole.

    Columns are computed when asked for (`similarity[:, chosen]`, what MMR selection reads), and
    the centrality graph is cut into windows of ≤ GRAPH_WINDOW consecutive sentences, built one at
    a time: besides the sparse vectors, memory stays under GRAPH_WINDOW² floats at any length.
    """

    def __init__(self, unit: sparse.csr_array) -> None:
        self.unit = unit  # sentences × stems, rows of length 1 (or 0 for a sentence without stems)
        self.shape = (unit.shape[0], unit.shape[0])

    def __getitem__(self, key: tuple[slice, Sequence[int]]) -> np.ndarray:
        """Dense columns of the similarity (zero diagonal), e.g. `similarity[:, [3, 7]]`."""
        rows, columns = key
        picked = list(columns)
        block = (self.unit @ self.unit[picked].T).toarray()
        block[picked, np.arange(len(picked))] = 0.0
        return block[rows]

    def windows(self) -> Iterator[np.ndarray]:
        """The dense similarity inside each window, in order (zero diagonal)."""
        count = self.shape[0]
        bounds = np.linspace(0, count, -(-count // GRAPH_WINDOW) + 1).round().astype(int)
        for start, end in zip(bounds[:-1], bounds[1:], strict=True):
            rows = self.unit[start:end]
            block = (rows @ rows.T).toarray()
            np.fill_diagonal(block, 0.0)
            yield block


Vectors: TypeAlias = "np.ndarray | sparse.csr_array"


@dataclass(frozen=True)
class DocumentVectors:
    """Stem counts per sentence, weighted vectors, their cosine similarities and term weights.

    `occurrences` and `matrix` are numpy arrays up to DENSE_MAX_SENTENCES sentences (and cells) and
    scipy.sparse CSR arrays beyond; `similarity` is then a SentenceSimilarity.
    """

    vocabulary: tuple[str, ...]
    stem_ids: np.ndarray  # the vocabulary column of each content word, in document order
    occurrences: Vectors  # sentences × stems, how often each stem occurs in each sentence
    matrix: Vectors  # occurrences × informativeness
    similarity: np.ndarray | SentenceSimilarity  # sentences × sentences cosine, zero diagonal
    informativeness: np.ndarray  # general-language weight of each stem (term_weight)
    salience: np.ndarray  # document-level weight of each stem: informativeness × sentences with it
    stem_weight: dict[str, float]  # salience by stem

    @classmethod
    def build(cls, document: Document) -> DocumentVectors:
        """Vectors over content stems; a stem's weight is its informativeness × its count."""
        sentences = document.sentences
        # Per-word work goes through map() and dicts, which loop in C.
        stems = list(chain.from_iterable(sentence.stems for sentence in sentences))
        weights = chain.from_iterable(sentence.weights for sentence in sentences)
        # A stem's weight is its earliest form's (the last one written into the dict).
        first_weight = dict(zip(reversed(stems), reversed(list(weights)), strict=True))
        index = dict(zip(dict.fromkeys(stems), count()))  # in order of first use
        size = len(index)
        rows = np.repeat(np.arange(len(sentences), dtype=np.int64), [len(s.stems) for s in sentences])
        stem_ids = np.fromiter(map(index.__getitem__, stems), dtype=np.int64, count=len(stems))
        informativeness = np.fromiter(map(first_weight.__getitem__, index), dtype=np.float64, count=size)
        similarity: np.ndarray | SentenceSimilarity
        # Dense only within one graph window: the whole graph is then that one block.
        if len(sentences) <= min(DENSE_MAX_SENTENCES, GRAPH_WINDOW) and len(sentences) * size <= DENSE_MAX_CELLS:
            flat = rows * size + stem_ids
            occurrences = np.bincount(flat, minlength=len(sentences) * size).astype(np.float64)
            occurrences = occurrences.reshape(len(sentences), size)
            matrix = occurrences * informativeness
            norms = np.sqrt(np.add.reduce(matrix * matrix, axis=1, keepdims=True))  # as `row_norms`
            unit = np.divide(matrix, norms, out=np.zeros_like(matrix), where=norms > 0)
            with one_blas_thread():
                cosine = unit @ unit.T
            np.fill_diagonal(cosine, 0.0)
            similarity = cosine
            salience = informativeness * (occurrences > 0).sum(axis=0)
        else:
            from scipy import sparse

            sparse_occurrences = sparse.csr_array(
                (np.ones(len(stem_ids)), (rows, stem_ids)), shape=(len(sentences), size)
            )
            sparse_occurrences.sum_duplicates()
            occurrences, matrix = sparse_occurrences, _scaled_columns(sparse_occurrences, informativeness)
            norms = row_norms(matrix)
            row_of = np.repeat(np.arange(len(sentences)), np.diff(matrix.indptr))
            similarity = SentenceSimilarity(
                sparse.csr_array((matrix.data / norms[row_of], matrix.indices, matrix.indptr), shape=matrix.shape)
            )
            salience = informativeness * np.bincount(matrix.indices, minlength=size)
        return cls(tuple(index), stem_ids, occurrences, matrix, similarity, informativeness, salience,
                   dict(zip(index, salience.tolist(), strict=True)))


def _scaled_columns(matrix: sparse.csr_array, weights: np.ndarray) -> sparse.csr_array:
    """`matrix` with each column multiplied by its weight (the sparsity pattern kept)."""
    from scipy import sparse

    return sparse.csr_array((matrix.data * weights[matrix.indices], matrix.indices, matrix.indptr),
                            shape=matrix.shape)


def row_norms(matrix: Vectors) -> np.ndarray:
    """Euclidean norm of each row, dense or sparse: the square root of the row's sum of squares,
    as np.linalg.norm computes it (the same floats) without its argument checks, which cost
    more than the sums on an article's few rows."""
    if isinstance(matrix, np.ndarray):
        return np.sqrt(np.add.reduce(matrix * matrix, axis=1))
    return np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())


def graph_windows(similarity: np.ndarray | SentenceSimilarity) -> Iterator[np.ndarray]:
    """The similarity graph as dense blocks along the diagonal: the whole matrix for an
    article, consecutive windows for a long document."""
    if isinstance(similarity, np.ndarray):
        yield similarity
    else:
        yield from similarity.windows()


DAMPING: Final = 0.85


def lexrank_centrality(similarity: np.ndarray | SentenceSimilarity) -> np.ndarray:
    """Stationary distribution of a damped random walk over the sentence-similarity graph
    (LexRank), solved exactly: (I − d·Tᵀ) r = (1 − d)/n, one window at a time when the graph
    is windowed (the walk then stays inside a window; the jump lands anywhere)."""
    count = similarity.shape[0]
    if count == 0:
        return np.zeros(0)
    with one_blas_thread():
        return np.concatenate([_stationary(window, count) for window in graph_windows(similarity)])


def _stationary(similarity: np.ndarray, count: int) -> np.ndarray:
    size = similarity.shape[0]
    row_sums = similarity.sum(axis=1, keepdims=True)
    transition = np.divide(similarity, row_sums, out=np.full_like(similarity, 1.0 / size), where=row_sums > 0)
    return np.linalg.solve(np.eye(size) - DAMPING * transition.T, np.full(size, (1 - DAMPING) / count))


def position_prior(document: Document) -> np.ndarray:
    """News puts the story first: earlier sentences, and paragraph openers, weigh more."""
    index = np.arange(len(document.sentences), dtype=np.float64)
    opener = np.array([s.index == 0 or opens_paragraph(document, s.index) for s in document.sentences])
    return 1.0 / np.sqrt(1.0 + index) + 0.1 * opener


def opens_paragraph(document: Document, index: int) -> bool:
    """True if the sentence at `index` starts a new paragraph."""
    return document.sentences[index - 1].paragraph != document.sentences[index].paragraph


def key_term_score(vectors: DocumentVectors) -> np.ndarray:
    """Document salience of a sentence's content stems, summed over its words ÷ √words
    (rewards on-topic sentences)."""
    lengths = vectors.occurrences.sum(axis=1)
    totals = vectors.occurrences @ vectors.salience
    return np.divide(totals, np.sqrt(lengths), out=np.zeros_like(totals), where=lengths > 0)


def unit_max(values: np.ndarray) -> np.ndarray:
    """Scale to a maximum of 1 (left as is when all are zero): makes scores comparable."""
    peak = values.max() if values.size else 0.0
    return values / peak if peak > 0 else values


# Feature columns of `sentence_features`, grouped so ablations can drop a group at a time.
FEATURE_GROUPS: Final[dict[str, tuple[str, ...]]] = {
    "position": ("inverse_position", "relative_position", "is_first", "relative_paragraph",
                 "opens_paragraph", "position_in_paragraph"),
    "length": ("log_words", "content_share", "is_short", "is_long"),
    "centrality": ("lexrank", "degree", "centroid_similarity"),
    "terms": ("key_terms", "max_informativeness", "mean_informativeness"),
    "lead": ("first_sentence_similarity", "lead_similarity"),
    "cues": ("has_number", "has_quote", "has_latin", "is_question", "starts_with_connector",
             "has_colon"),
    "document": ("log_sentences", "log_document_words"),
}
FEATURE_NAMES: Final[tuple[str, ...]] = tuple(name for group in FEATURE_GROUPS.values() for name in group)
LONG_SENTENCE_WORDS: Final = 60
SHORT_SENTENCE_WORDS: Final = 5
_CONNECTORS: Final = ("و", "ف", "ثم", "كما", "لكن")
_DIGIT_RE: Final = re.compile(r"\d")
_LATIN_RE: Final = re.compile("[A-Za-z]")


def cosine_to(matrix: Vectors, vector: np.ndarray, norms: np.ndarray | None = None) -> np.ndarray:
    """Cosine of each row of `matrix` with `vector` (0 where either is all zeros); `norms`, the
    matrix's `row_norms` if already at hand."""
    # np.linalg.norm of a real vector is sqrt(vector · vector): the same float, less overhead.
    norms = (row_norms(matrix) if norms is None else norms) * np.sqrt(vector.dot(vector))
    return np.divide(matrix @ vector, norms, out=np.zeros(matrix.shape[0]), where=norms > 0)


def _row_max_informativeness(vectors: DocumentVectors, content_counts: np.ndarray) -> np.ndarray:
    """Per sentence, the informativeness of its most informative stem (0 without stems)."""
    weights = vectors.informativeness[vectors.stem_ids]
    found = np.zeros(len(content_counts))
    has_stems = content_counts > 0
    if has_stems.any():
        starts = np.concatenate([[0], np.cumsum(content_counts)[:-1]]).astype(np.int64)
        found[has_stems] = np.maximum.reduceat(weights, starts[has_stems])
    return found


def _graph_columns(similarity: np.ndarray | SentenceSimilarity) -> tuple[np.ndarray, np.ndarray]:
    """LexRank centrality and weighted degree of every sentence, one graph window at a time."""
    count = similarity.shape[0]
    if count == 0:
        return np.zeros(0), np.zeros(0)
    lexrank, degree = [], []
    with one_blas_thread():
        for window in graph_windows(similarity):
            lexrank.append(_stationary(window, count))
            degree.append(window.sum(axis=1))
    return np.concatenate(lexrank), np.concatenate(degree)


def sentence_features(document: Document, vectors: DocumentVectors) -> np.ndarray:
    """One row of FEATURE_NAMES columns per sentence: what a learned scorer sees."""
    sentences = document.sentences
    n = len(sentences)
    index = np.arange(n, dtype=np.float64)
    paragraphs = max(document.paragraph_count, 1)
    paragraph = np.array([s.paragraph for s in sentences], dtype=np.float64)
    opens = np.concatenate([[True], paragraph[1:] != paragraph[:-1]])[:n]
    # Sentences since the paragraph's opener: index − index of the last opener so far.
    in_paragraph = index - np.maximum.accumulate(np.where(opens, index, 0.0))
    word_counts = np.array([s.word_count for s in sentences], dtype=np.float64)
    content_counts = np.array([len(s.stems) for s in sentences], dtype=np.float64)
    max_informativeness = _row_max_informativeness(vectors, content_counts)
    mean_informativeness = np.divide(vectors.matrix.sum(axis=1), content_counts,
                                     out=np.zeros(n), where=content_counts > 0)
    centroid = vectors.matrix.sum(axis=0)
    lead = vectors.matrix[: min(3, n)].sum(axis=0)
    norms = row_norms(vectors.matrix)
    lexrank, degree = _graph_columns(vectors.similarity)
    # The text cues of every sentence as one array (one conversion, not one per cue).
    cues = np.array([
        (_DIGIT_RE.search(t) is not None, "«" in t or '"' in t or "“" in t, _LATIN_RE.search(t) is not None,
         t.rstrip().endswith(("؟", "?")), t.startswith(_CONNECTORS), ":" in t)
        for t in (s.span.text for s in sentences)
    ], dtype=np.float64).reshape(n, 6)
    columns = {
        "inverse_position": 1.0 / np.sqrt(1.0 + index),
        "relative_position": index / max(n - 1, 1),
        "is_first": (index == 0).astype(np.float64),
        "relative_paragraph": paragraph / paragraphs,
        "opens_paragraph": opens.astype(np.float64),
        "position_in_paragraph": np.minimum(in_paragraph, 10.0),
        "log_words": np.log1p(word_counts),
        "content_share": np.divide(content_counts, word_counts, out=np.zeros(n), where=word_counts > 0),
        "is_short": (word_counts < SHORT_SENTENCE_WORDS).astype(np.float64),
        "is_long": (word_counts > LONG_SENTENCE_WORDS).astype(np.float64),
        "lexrank": lexrank * n,
        "degree": degree / max(n - 1, 1),
        "centroid_similarity": cosine_to(vectors.matrix, centroid, norms),
        "key_terms": unit_max(key_term_score(vectors)),
        "max_informativeness": max_informativeness,
        "mean_informativeness": mean_informativeness,
        "first_sentence_similarity": cosine_to(vectors.matrix, vectors.matrix[:1].sum(axis=0), norms),
        "lead_similarity": cosine_to(vectors.matrix, lead, norms),
        "has_number": cues[:, 0],
        "has_quote": cues[:, 1],
        "has_latin": cues[:, 2],
        "is_question": cues[:, 3],
        "starts_with_connector": cues[:, 4],
        "has_colon": cues[:, 5],
        "log_sentences": np.full(n, np.log1p(n)),
        "log_document_words": np.full(n, np.log1p(word_counts.sum())),
    }
    # One 2-D array from equal-length columns (np.array(...).T: a fifth of column_stack's cost).
    return np.array([columns[name] for name in FEATURE_NAMES], dtype=np.float64).T if n else np.zeros((0, len(FEATURE_NAMES)))
