"""A headline naming the story: the lead's main clause, datelines and attribution removed."""

from __future__ import annotations

import re

import numpy as np

from khulasa.summary import Passage
from khulasa.summarize.clauses import MIN_CLAUSE_WORDS, clauses, shorten
from khulasa.summarize.highlights import passage_of
from khulasa.text.document import Document, Sentence

# «واس - الرياض:», «الرياض - محمد العلي:», «جدة:» at the start of the lead.
_DATELINE_RE = re.compile(r"^[^.:؟!\n]{1,40}?(?:\s[-–—]\s[^.:؟!\n]{1,30})?:\s*")
MAX_DATELINE_WORDS = 6
# Headlines come from the first sentences: a later one wins only with a clearly better score.
LEAD_SENTENCES = 2


def _after_dateline(sentence: Sentence, source: str) -> int:
    """Offset where the lead's text starts once a dateline like «واس - الرياض:» is skipped."""
    match = _DATELINE_RE.match(source, sentence.span.start, sentence.span.end)
    if match and len(match.group().split()) <= MAX_DATELINE_WORDS:
        return match.end()
    return sentence.span.start


def select_headline(document: Document, scores: np.ndarray, *, max_words: int) -> Passage:
    """The first stating clause (≥ 3 words) of the best of the lead sentences, ≤ `max_words`."""
    lead = sorted(document.sentences[:LEAD_SENTENCES], key=lambda s: -scores[s.index])
    for sentence in lead:
        body_start = _after_dateline(sentence, document.source)
        for clause in clauses(sentence, document.source):
            tokens = [t for t in clause if t.start >= body_start]
            if len(tokens) >= MIN_CLAUSE_WORDS:
                return passage_of(shorten(tokens, max_words), document.source)
    first = document.sentences[0]
    return passage_of(shorten(list(first.tokens), max_words), document.source)
