"""Vector views of a document shared by scorers, selection, highlights and keywords."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from khulasa.text.charsets import WORD_CACHE_SIZE
from khulasa.text.document import Document
from khulasa.text.frequency import zipf

# Words this common in general Arabic (Zipf scale) carry little of the story.
COMMON_ZIPF = 6.0
MIN_TERM_WEIGHT = 0.5


@lru_cache(maxsize=WORD_CACHE_SIZE)
def term_weight(word: str) -> float:
    """How informative a word is in general Arabic: rarer words weigh more (an IDF stand-in)."""
    return max(MIN_TERM_WEIGHT, COMMON_ZIPF - max(zipf(word), 0.0))


@dataclass(frozen=True)
class DocumentVectors:
    """Stem counts per sentence, weighted vectors, their cosine similarities and term weights."""

    vocabulary: tuple[str, ...]
    stem_ids: np.ndarray  # the vocabulary column of each content word, in document order
    occurrences: np.ndarray  # sentences × stems, how often each stem occurs in each sentence
    matrix: np.ndarray  # occurrences × informativeness
    similarity: np.ndarray  # sentences × sentences cosine, zero diagonal
    informativeness: np.ndarray  # general-language weight of each stem (term_weight)
    salience: np.ndarray  # document-level weight of each stem: informativeness × sentences with it
    stem_weight: dict[str, float]  # salience by stem

    @classmethod
    def build(cls, document: Document) -> DocumentVectors:
        """Vectors over content stems; a stem's weight is its informativeness × its count."""
        sentences = document.sentences
        stems = [s for sentence in sentences for s in sentence.stems]
        words = [w for sentence in sentences for w in sentence.content]
        first_word = dict(zip(reversed(stems), reversed(words), strict=True))  # earliest form
        index = {s: i for i, s in enumerate(dict.fromkeys(stems))}  # in order of first use
        size = len(index)
        rows = np.repeat(np.arange(len(sentences), dtype=np.int64), [len(s.stems) for s in sentences])
        stem_ids = np.array([index[s] for s in stems], dtype=np.int64)
        flat = rows * size + stem_ids
        occurrences = np.bincount(flat, minlength=len(sentences) * size).astype(np.float64)
        occurrences = occurrences.reshape(len(sentences), size)
        informativeness = np.array([term_weight(first_word[s]) for s in index], dtype=np.float64)
        matrix = occurrences * informativeness
        norms = np.linalg.norm(matrix, axis=1, keepdims=True)
        unit = np.divide(matrix, norms, out=np.zeros_like(matrix), where=norms > 0)
        similarity = unit @ unit.T
        np.fill_diagonal(similarity, 0.0)
        salience = informativeness * (occurrences > 0).sum(axis=0)
        return cls(tuple(index), stem_ids, occurrences, matrix, similarity, informativeness, salience,
                   dict(zip(index, salience.tolist(), strict=True)))


DAMPING = 0.85


def lexrank_centrality(similarity: np.ndarray) -> np.ndarray:
    """Stationary distribution of a damped random walk over the sentence-similarity graph
    (LexRank), solved exactly: (I − d·Tᵀ) r = (1 − d)/n."""
    n = similarity.shape[0]
    if n == 0:
        return np.zeros(0)
    row_sums = similarity.sum(axis=1, keepdims=True)
    transition = np.divide(similarity, row_sums, out=np.full_like(similarity, 1.0 / n), where=row_sums > 0)
    return np.linalg.solve(np.eye(n) - DAMPING * transition.T, np.full(n, (1 - DAMPING) / n))


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
FEATURE_GROUPS: dict[str, tuple[str, ...]] = {
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
FEATURE_NAMES: tuple[str, ...] = tuple(name for group in FEATURE_GROUPS.values() for name in group)
LONG_SENTENCE_WORDS = 60
SHORT_SENTENCE_WORDS = 5
_CONNECTORS = ("و", "ف", "ثم", "كما", "لكن")
_DIGIT_RE = re.compile(r"\d")
_LATIN_RE = re.compile("[A-Za-z]")


def cosine_to(matrix: np.ndarray, vector: np.ndarray) -> np.ndarray:
    """Cosine of each row of `matrix` with `vector` (0 where either is all zeros)."""
    norms = np.linalg.norm(matrix, axis=1) * np.linalg.norm(vector)
    return np.divide(matrix @ vector, norms, out=np.zeros(len(matrix)), where=norms > 0)


def sentence_features(document: Document, vectors: DocumentVectors) -> np.ndarray:
    """One row of FEATURE_NAMES columns per sentence: what a learned scorer sees."""
    sentences = document.sentences
    n = len(sentences)
    index = np.arange(n, dtype=np.float64)
    paragraphs = max(document.paragraph_count, 1)
    paragraph = np.array([s.paragraph for s in sentences], dtype=np.float64)
    opens = np.array([i == 0 or opens_paragraph(document, i) for i in range(n)])
    in_paragraph = np.zeros(n)
    for i in range(1, n):
        in_paragraph[i] = 0 if opens[i] else in_paragraph[i - 1] + 1
    word_counts = np.array([s.word_count for s in sentences], dtype=np.float64)
    content_counts = np.array([len(s.stems) for s in sentences], dtype=np.float64)
    has_stem = vectors.occurrences > 0
    max_informativeness = np.where(has_stem, vectors.informativeness, 0.0).max(axis=1, initial=0.0)
    mean_informativeness = np.divide(vectors.matrix.sum(axis=1), content_counts,
                                     out=np.zeros(n), where=content_counts > 0)
    centroid = vectors.matrix.sum(axis=0)
    lead = vectors.matrix[: min(3, n)].sum(axis=0)
    texts = [s.span.text for s in sentences]
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
        "lexrank": lexrank_centrality(vectors.similarity) * n,
        "degree": vectors.similarity.sum(axis=1) / max(n - 1, 1),
        "centroid_similarity": cosine_to(vectors.matrix, centroid),
        "key_terms": unit_max(key_term_score(vectors)),
        "max_informativeness": max_informativeness,
        "mean_informativeness": mean_informativeness,
        "first_sentence_similarity": cosine_to(vectors.matrix, vectors.matrix[0]) if n else np.zeros(0),
        "lead_similarity": cosine_to(vectors.matrix, lead),
        "has_number": np.array([_DIGIT_RE.search(t) is not None for t in texts], dtype=np.float64),
        "has_quote": np.array([("«" in t or '"' in t or "“" in t) for t in texts], dtype=np.float64),
        "has_latin": np.array([_LATIN_RE.search(t) is not None for t in texts], dtype=np.float64),
        "is_question": np.array([t.rstrip().endswith(("؟", "?")) for t in texts], dtype=np.float64),
        "starts_with_connector": np.array(
            [t.startswith(_CONNECTORS) for t in texts], dtype=np.float64
        ),
        "has_colon": np.array([":" in t for t in texts], dtype=np.float64),
        "log_sentences": np.full(n, np.log1p(n)),
        "log_document_words": np.full(n, np.log1p(word_counts.sum())),
    }
    return np.column_stack([columns[name] for name in FEATURE_NAMES]) if n else np.zeros((0, len(FEATURE_NAMES)))
