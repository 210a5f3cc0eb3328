"""Khulasa (خلاصة): headline, highlights and extractive summary for Arabic news, offline."""

from __future__ import annotations

from typing import Any

import khulasa.compiled  # noqa: F401  (first: decides whether compiled modules may load)
from khulasa.config import SummaryConfig
from khulasa.errors import InputError
from khulasa.summarize.pipeline import summarize
from khulasa.summary import Passage, Summary, SummarySentence

__version__ = "0.1.0"
__all__ = [
    "InputError",
    "Passage",
    "Summary",
    "SummaryConfig",
    "SummarySentence",
    "__version__",
    "digest",
    "evaluate",
    "summarize",
]


def __getattr__(name: str) -> Any:
    """`khulasa.evaluate` loads the evaluation stack (rouge-score, sumy) only when first used;
    without the eval extra it raises ImportError saying which extra to install.
    `khulasa.digest` (callable: `khulasa.digest(articles, DigestConfig())`) loads likewise."""
    if name == "digest":
        import khulasa.digest

        return khulasa.digest
    if name == "evaluate":
        from khulasa.extras import require

        require("khulasa.evaluate", "rouge_score", "sumy")
        from khulasa.eval.run import evaluate

        return evaluate
    raise AttributeError(f"module 'khulasa' has no attribute {name!r}")
