"""Khulasa (خلاصة): headline, highlights and extractive summary for Arabic news, offline."""

from __future__ import annotations

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
    "summarize",
]
