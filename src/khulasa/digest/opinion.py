"""Is an article a column (an opinion piece) rather than a news report? Told from its shape.

The editor's rubric makes a column about an event a different story from the event (and from
another column on it), so a column joins a story only as a near-duplicate. A news lead reports:
a time word («أمس», «اليوم»), a reporting verb («قال», «أكدت»), a dateline dash, figures; a column
argues: demonstratives, negations, «كان», «بل», «لأن», «الناس», «نحن», and a title that asks or
exclaims. No library tells the two apart for Arabic; the cue words are hand-picked (reporting
verbs, time words, office nouns and function words; no paper's names or furniture) and weighed
by a logistic model fitted on SaudiNewsNet train, whose URLs mark three papers' columns
(scripts/train_opinion.py, data/models/opinion.json).
On the digest's tuning pairs it parts one false merge (okaz's editorial on the Kerry meeting it
reports) and no same-story pair; a column reporting the day's event in news words (Asharq
Al-Awsat's on the Asir bombing) reads as news to it.
"""

from __future__ import annotations

import re
from collections import Counter

import numpy as np

from khulasa.rank.models import load_model
from khulasa.text import grammar
from khulasa.text.charsets import ARABIC_WORD_RE
from khulasa.text.normalize import normalize_letters

MODEL = "opinion"
# The cues are counted in the opening words, where a report states its news.
OPENING_WORDS = 60
NEWS_CUES = ("أمس اليوم غدا قال وقال قالت وقالت أكد أكدت وأكد وأوضح أوضح كشف كشفت أعلن أعلنت مصادر "
             "بيان خلال وذلك رئيس وزارة محافظة مدينة شركة الجاري الماضي المقبل صباح مساء صرح أفاد "
             "أفادت ذكرت وأضاف").split()
OPINION_CUES = ("هذا هذه ذلك تلك هو هي كان كانت لم لا ولا ما وما بل لأن كل بعض الناس هناك هنا عندما "
                "علينا نحن أنا كنت يا أو إلا نفسه لكن ولكن إننا إني لست ليس إذا لماذا كيف").split()
_CUES = tuple(normalize_letters(word) for word in NEWS_CUES + OPINION_CUES)
FEATURES = (*(f"cue:{word}" for word in NEWS_CUES + OPINION_CUES),
            "title_asks_or_exclaims", "title_ellipsis", "title_verb", "title_words", "dateline_dash", "digits",
            "quotes")
_DASH_RE = re.compile(r"[-–—]")
_DIGIT_RE = re.compile(r"\d")


def cues(title: str | None, text: str) -> list[float]:
    """The model's features: each cue word's rate per 10 opening words, then the title's «؟»/«!»
    end and «..», whether it has a verb and its length, a dash in the first 80 characters (a dateline), digits per 10 and quotation
    marks in the opening."""
    words = [normalize_letters(w) for w in ARABIC_WORD_RE.findall(text)[:OPENING_WORDS]]
    counts = Counter(words)
    per = 10.0 / max(1, len(words))
    heading = (title or "").strip()
    opening = " ".join(text.split()[:OPENING_WORDS])
    start = text[:300]
    title_words = ARABIC_WORD_RE.findall(heading)
    return [counts[cue] * per for cue in _CUES] + [
        float(heading.endswith(("؟", "?", "!"))), float(".." in heading),
        float(any(grammar.is_attested_verb(w) for w in title_words)), len(title_words) / 10,
        float(bool(_DASH_RE.search(text[:80]))), len(_DIGIT_RE.findall(opening)) / 10,
        start.count("«") + start.count('"') / 2]


def is_opinion(title: str | None, text: str) -> bool:
    """Does the article read as a column (the model's score above its threshold, folded in)?
    The shipped weights are in FEATURES order (tests/test_digest.py checks the names)."""
    return bool(load_model(MODEL).predict(np.array([cues(title, text)]))[0] > 0)
