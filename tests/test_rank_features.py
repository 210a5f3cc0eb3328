"""Sentence vectors and centrality: the sparse and windowed paths long documents take agree with
the dense exact path articles take, and stay bounded."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from itertools import islice
from pathlib import Path

import numpy as np
import pytest
from offsets import assert_offsets

from khulasa import summarize
from khulasa.rank import features
from khulasa.rank.features import (
    DocumentVectors,
    SentenceSimilarity,
    lexrank_centrality,
    sentence_features,
)
from khulasa.summarize.select import select_sentences
from khulasa.text.document import analyze


def _dev_articles(shared_data: Path, count: int) -> list[str]:
    with gzip.open(shared_data / "saudinewsnet" / "dev.jsonl.gz", "rt", encoding="utf-8") as lines:
        return [json.loads(line)["text"] for line in islice(lines, count)]


def test_sparse_vectors_match_dense(example_text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    document = analyze(example_text)
    dense = DocumentVectors.build(document)
    monkeypatch.setattr(features, "DENSE_MAX_SENTENCES", 0)
    sparse = DocumentVectors.build(document)
    assert isinstance(dense.similarity, np.ndarray)
    assert isinstance(sparse.similarity, SentenceSimilarity)
    n = len(document.sentences)
    assert np.allclose(sparse.occurrences.toarray(), dense.occurrences)
    assert np.allclose(sparse.matrix.toarray(), dense.matrix)
    assert np.allclose(sparse.salience, dense.salience)
    assert np.allclose(sparse.similarity[:, list(range(n))], dense.similarity)
    assert np.allclose(sparse.similarity[:, [4, 1]], dense.similarity[:, [4, 1]])
    assert np.allclose(lexrank_centrality(sparse.similarity), lexrank_centrality(dense.similarity))
    assert np.allclose(sentence_features(document, sparse), sentence_features(document, dense))


def test_long_document_graph_is_windowed(shared_data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(features, "GRAPH_WINDOW", 40)
    document = analyze("\n\n".join(_dev_articles(shared_data, 12)))
    n = len(document.sentences)
    assert n > 2 * features.GRAPH_WINDOW
    vectors = DocumentVectors.build(document)
    windows = list(vectors.similarity.windows())
    assert sum(len(w) for w in windows) == n
    assert all(len(w) <= features.GRAPH_WINDOW for w in windows)
    centrality = lexrank_centrality(vectors.similarity)
    # Each window's walk keeps its share of the jumps: window size / n of the mass.
    assert centrality.sum() == pytest.approx(1.0)
    assert centrality[: len(windows[0])].sum() == pytest.approx(len(windows[0]) / n)
    # The first window alone, as its own document, ranks its sentences in the same order.
    alone = lexrank_centrality(windows[0])
    assert np.array_equal(np.argsort(alone), np.argsort(centrality[: len(windows[0])]))
    # Selection reads the true cosine of any two sentences, across windows too.
    unit = vectors.similarity.unit.toarray()
    assert np.allclose(vectors.similarity[:, [0, n - 1]][n - 1, 0], unit[n - 1] @ unit[0])
    chosen = select_sentences(document.word_counts, centrality, vectors.similarity,
                              max_sentences=3, max_words=None, redundancy=0.1)
    assert len(chosen) == 3


def test_long_article_summary_points_into_its_source(shared_data: Path) -> None:
    text = "\n\n".join(_dev_articles(shared_data, 80))
    summary = summarize(text)
    assert len(analyze(text).sentences) > features.GRAPH_WINDOW
    assert len(summary.sentences) == 3 and len(summary.highlights) == 5
    assert_offsets(summary)


def test_many_short_sentences_fit_a_small_memory_cap() -> None:
    # 20,000 one-word sentences that all share their stem: the dense sentence×sentence matrix
    # alone would be 3.2 GB. Under a 700 MB address-space cap the summary must still come.
    code = (
        "from khulasa.budget import limit_memory; limit_memory(700_000_000)\n"
        "from khulasa import summarize\n"
        "summary = summarize('خبر. ' * 20_000)\n"
        "print(len(summary.sentences), summary.sentences[0].text)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.split() == ["3", "خبر."]


def test_blas_limit_nests_and_restores() -> None:
    """One limit per article: an inner use keeps the outer limit, leaving restores the count."""
    from threadpoolctl import threadpool_info

    from khulasa.rank.features import one_blas_thread

    def blas_threads() -> list[int]:
        return [i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"]

    before = blas_threads()
    with one_blas_thread():
        with one_blas_thread():
            assert all(n == 1 for n in blas_threads())
        assert all(n == 1 for n in blas_threads())
    assert blas_threads() == before
    with pytest.raises(ValueError), one_blas_thread():  # restored when the article fails too
        raise ValueError
    assert blas_threads() == before
