"""Choose the default sentence selection by cross-validation on EASC train; confirm it on dev.

    python scripts/choose_default.py          # prints a table, writes docs/results/default-choice.json

Candidates: plain LEAD, LEAD with the coherence rule (no sentence that opens with a pronoun or
connective right after a skipped sentence), the learned scorer (refitted on each fold) with
and without the rule, and the lead sentence first then the learned scorer with MMR. Rule fixed
before looking: the default is the candidate with the best mean over the train folds among
those at least as good as LEAD on every fold (LEAD itself always qualifies). Dev is scored once
for every candidate, to confirm, never to choose.
"""

from __future__ import annotations

import json
import statistics
from collections.abc import Callable
from pathlib import Path

import numpy as np
import train  # scripts/ is on sys.path when this file runs as a script

from khulasa.config import SummaryConfig
from khulasa.rank.centrality import CentralityScorer
from khulasa.rank.learned import lead_prior
from khulasa.rank.models import LinearModel, load_model
from khulasa.summarize.select import dangling_openers, select_sentences

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "results" / "default-choice.json"
REDUNDANCY = SummaryConfig().redundancy

Scores = Callable[[dict, LinearModel], np.ndarray]


def _lead(article: dict, model: LinearModel) -> np.ndarray:
    return lead_prior(len(article["votes"]))


def _learned(article: dict, model: LinearModel) -> np.ndarray:
    return train._scores(model, article, float(load_model("sentences").metadata["position_prior_weight"]))


def _lead_first(article: dict, model: LinearModel) -> np.ndarray:
    scores = _learned(article, model)
    scores[0] = scores.max() + 1.0
    return scores


def _centrality(article: dict, model: LinearModel) -> np.ndarray:
    return CentralityScorer().score(article["document"], article["vectors"])


# name: (scores, redundancy, coherence rule)
CANDIDATES: dict[str, tuple[Scores, float, bool]] = {
    "lead": (_lead, 0.0, False),
    "lead + coherence": (_lead, REDUNDANCY, True),
    "learned (MMR)": (_learned, REDUNDANCY, False),
    "learned (MMR) + coherence": (_learned, REDUNDANCY, True),
    "lead sentence, then learned (MMR)": (_lead_first, REDUNDANCY, False),
    "lead sentence, then learned (MMR) + coherence": (_lead_first, REDUNDANCY, True),
    "centrality (MMR) + coherence": (_centrality, REDUNDANCY, True),
}


def rouge1(article: dict, scores: np.ndarray, redundancy: float, coherent: bool) -> float:
    """Mean ROUGE-1 F1 (training script's scorer) of the selection within the word budget."""
    document = article["document"]
    chosen = select_sentences(
        document.word_counts, scores, article["vectors"].similarity, max_sentences=None,
        max_words=article["budget"], redundancy=redundancy,
        dangling=dangling_openers(document) if coherent else None,
    )
    summary = train.stem_counts(" ".join(document.sentences[i].span.text for i in chosen))
    return 100 * statistics.mean(train.unigram_f1(summary, r) for r in article["references"])


def main() -> None:
    alpha = float(load_model("sentences").metadata["alpha"])
    articles, dev = train.easc_articles("train"), train.easc_articles("dev")
    folds = [[a for i, a in enumerate(articles) if i % train.FOLDS == k] for k in range(train.FOLDS)]
    fold_models = [train._fit_sentences([a for i, a in enumerate(articles) if i % train.FOLDS != k],
                                        alpha, {}) for k in range(train.FOLDS)]
    full_model = train._fit_sentences(articles, alpha, {})
    results: dict[str, dict] = {}
    for name, (scores, redundancy, coherent) in CANDIDATES.items():
        per_fold = [statistics.mean(rouge1(a, scores(a, m), redundancy, coherent) for a in fold)
                    for fold, m in zip(folds, fold_models, strict=True)]
        on_dev = [rouge1(a, scores(a, full_model), redundancy, coherent) for a in dev]
        results[name] = {"cv_folds": [round(f, 2) for f in per_fold],
                         "cv": round(statistics.mean(per_fold), 2),
                         "dev": round(statistics.mean(on_dev), 2)}
    lead_folds = results["lead"]["cv_folds"]
    for r in results.values():
        r["worst_fold_minus_lead"] = round(min(
            f - base for f, base in zip(r["cv_folds"], lead_folds, strict=True)), 2)
    qualified = [n for n, r in results.items() if r["worst_fold_minus_lead"] >= 0]
    chosen = max(qualified, key=lambda n: (results[n]["cv"], -list(CANDIDATES).index(n)))
    report = {"folds": train.FOLDS, "train_articles": len(articles), "dev_articles": len(dev),
              "scorer": "stemmed unigram F1 (scripts/train.py), word budget = mean reference length",
              "candidates": results, "qualified": qualified, "chosen": chosen}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{'candidate':48} {'CV R1':>7} {'min fold-LEAD':>14} {'dev R1':>7}")
    for name, r in results.items():
        print(f"{name:48} {r['cv']:7.2f} {r['worst_fold_minus_lead']:+14.2f} {r['dev']:7.2f}")
    print(f"chosen: {chosen}")


if __name__ == "__main__":
    main()
