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

import math
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Final, TypeAlias

import numpy as np
from threadpoolctl import ThreadpoolController

from khulasa.text.document import Document
from khulasa.text.normalize import has_decimal_digit, has_latin

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
    informativeness: np.ndarray  # general-language weight of each stem (frequency.informativeness)
    salience: np.ndarray  # document-level weight of each stem: informativeness × sentences with it
    stem_weight: dict[str, float]  # salience by stem

    @classmethod
    def build(cls, document: Document) -> DocumentVectors:
        """Vectors over content stems; a stem's weight is its informativeness × its count."""
        sentences = document.sentences
        # One compiled pass over the content words: each stem's column (in order of first use),
        # its weight (its earliest form's), and how many sentences have it. Native list and dict
        # operations, where dict(zip(...)), dict.fromkeys and np.fromiter over map() had walked
        # the stems four times (callgrind: 11 % fewer instructions in this function).
        index: dict[str, int] = {}
        first_weight: list[float] = []
        spread: list[int] = []  # sentences with each stem
        last_row: list[int] = []  # the last sentence each stem was seen in
        ids: list[int] = []
        row = 0
        # (by position, not zip(…, strict=True): mypyc compiles a zip with a keyword argument to
        # Python's generic iteration, a tuple made and unpacked per word)
        for sentence in sentences:
            stems, weights = sentence.stems, sentence.weights
            for k in range(len(stems)):
                stem = stems[k]
                column = index.get(stem, -1)
                if column < 0:
                    column = len(first_weight)
                    index[stem] = column
                    first_weight.append(weights[k])
                    spread.append(1)
                    last_row.append(row)
                elif last_row[column] != row:
                    spread[column] += 1
                    last_row[column] = row
                ids.append(column)
            row += 1
        size = len(index)
        stem_ids = np.array(ids, dtype=np.int64)
        informativeness = np.array(first_weight, dtype=np.float64)
        # informativeness × sentences with the stem, as Python floats: the same products numpy
        # made of the two arrays.
        stem_weight = {stem: first_weight[k] * spread[k] for k, stem in enumerate(index)}
        salience = np.array(list(stem_weight.values()), dtype=np.float64)
        rows = np.repeat(np.arange(len(sentences), dtype=np.int64), [len(s.stems) for s in sentences])
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
        return cls(tuple(index), stem_ids, occurrences, matrix, similarity, informativeness, salience, stem_weight)


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


def cosine_to(matrix: Vectors, vector: np.ndarray, norms: np.ndarray | None = None) -> np.ndarray:
    """Cosine of each row of `matrix` with `vector` (0 where either is all zeros); `norms`, the
    matrix's `row_norms` if already at hand."""
    # np.linalg.norm of a real vector is sqrt(vector · vector): the same float, less overhead.
    norms = (row_norms(matrix) if norms is None else norms) * np.sqrt(vector.dot(vector))
    return np.divide(matrix @ vector, norms, out=np.zeros(matrix.shape[0]), where=norms > 0)


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
    """One row of FEATURE_NAMES columns per sentence: what a learned scorer sees.

    The columns that are counts, ratios and maxima are worked out per sentence on Python floats
    (the same IEEE operations numpy applied to whole columns, so the same values), and the whole
    array is filled in a few steps: on an article's dozen sentences, numpy's cost is its calls,
    and this made 80 of them. Sums, products and logarithms stay numpy's (its summation order,
    its log1p)."""
    sentences = document.sentences
    n = len(sentences)
    if not n:
        return np.zeros((0, len(FEATURE_NAMES)))
    matrix = vectors.matrix
    norms = row_norms(matrix)
    lexrank, degree = _graph_columns(vectors.similarity)
    # Typed, so the compiled loop reads them as native lists of unboxed numbers (`tolist()` is
    # Any to mypyc: each read, comparison and sum went through Python's generic protocol).
    lexrank_list: list[float] = lexrank.tolist()
    degree_list: list[float] = degree.tolist()
    row_sums: list[float] = matrix.sum(axis=1).tolist()
    weights: list[float] = vectors.informativeness.tolist()
    stem_ids: list[int] = vectors.stem_ids.tolist()
    paragraphs = max(document.paragraph_count, 1)
    last = max(n - 1, 1)
    listed: list[float] = []  # row after row, len(_LISTED) values each
    opener = 0
    position = 0
    for i, sentence in enumerate(sentences):
        opens = i == 0 or sentence.paragraph != sentences[i - 1].paragraph
        if opens:
            opener = i
        words = sentence.word_count
        stems = len(sentence.stems)
        top = 0.0
        for j in stem_ids[position : position + stems]:
            if weights[j] > top:
                top = weights[j]
        position += stems
        t = sentence.span.text
        listed.extend([
            1.0 / math.sqrt(1.0 + i), i / last, float(i == 0), sentence.paragraph / paragraphs, float(opens),
            float(min(i - opener, 10)), stems / words if words > 0 else 0.0, float(words < SHORT_SENTENCE_WORDS),
            float(words > LONG_SENTENCE_WORDS), lexrank_list[i] * n, degree_list[i] / last, top,
            row_sums[i] / stems if stems > 0 else 0.0, float(has_decimal_digit(t)),
            float("«" in t or '"' in t or "“" in t), float(has_latin(t)),
            float(t.rstrip().endswith(("؟", "?"))), float(t.startswith(_CONNECTORS)), float(":" in t),
        ])
    word_counts = np.array([s.word_count for s in sentences], dtype=np.float64)
    features = np.empty((len(FEATURE_NAMES), n))
    features[_LISTED_ROWS] = np.array(listed, dtype=np.float64).reshape(n, len(_LISTED)).T
    lead = matrix[: min(3, n)].sum(axis=0)
    for name, column in (
        ("log_words", np.log1p(word_counts)),
        ("centroid_similarity", cosine_to(matrix, matrix.sum(axis=0), norms)),
        ("key_terms", unit_max(key_term_score(vectors))),
        ("first_sentence_similarity", cosine_to(matrix, matrix[:1].sum(axis=0), norms)),
        ("lead_similarity", cosine_to(matrix, lead, norms)),
        ("log_sentences", np.log1p(n)),
        ("log_document_words", np.log1p(word_counts.sum())),
    ):
        features[_FEATURE_ROW[name]] = column
    # Transposed, as np.array(columns).T was: the same memory layout for the model's product.
    return features.T


# `sentence_features`' columns made per sentence, in the order its loop lists them.
_LISTED: Final = ("inverse_position", "relative_position", "is_first", "relative_paragraph", "opens_paragraph",
                  "position_in_paragraph", "content_share", "is_short", "is_long", "lexrank", "degree",
                  "max_informativeness", "mean_informativeness", "has_number", "has_quote", "has_latin",
                  "is_question", "starts_with_connector", "has_colon")
_FEATURE_ROW: Final = {name: i for i, name in enumerate(FEATURE_NAMES)}
_LISTED_ROWS: Final = [_FEATURE_ROW[name] for name in _LISTED]
