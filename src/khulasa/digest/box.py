"""A story's highlight box: facts drawn from every member's summary, merged across papers,
ranked by how many papers carry them, each cited in every article it came from.

Candidate bullets are the members' extractive summary sentences (complete statements). The
self-containedness check is hand-written because no library knows which Arabic openers leave a
statement hanging; its word lists are the editor's rubric (../shared/EDITOR.md): no opening
conjunction, preposition, relative pronoun or complementizer, no «وأضاف»-style speaker-less
continuation, no dateline or page furniture in front.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from khulasa.digest.group import word_weight
from khulasa.digest.model import Bullet, Citation
from khulasa.text.charsets import ARABIC_WORD_RE, WORD_RE
from khulasa.text.normalize import normalize_letters, normalize_word
from khulasa.text.stems import content_stem

MIN_BULLET_WORDS, MAX_BULLET_WORDS = 6, 40
# Two passages state the same fact when their content stems, weighted by rarity (names count,
# formulas such as «استقبل خادم الحرمين الشريفين» hardly do), overlap this much (Jaccard), or the
# shorter one's weight is mostly inside the longer one.
SAME_FACT_JACCARD = 0.45
SAME_FACT_CONTAINMENT = 0.7
_BAD_OPENERS = frozenset(normalize_letters(w) for w in (
    "بسبب لسبب والذي الذي التي الذين اللذين اللتين واللذين والتي وهو وهي وهم "
    "أن بأن وأن لأن فإن إلا فيما بينما بعدما عندما حيث كما لكن ولكن غير ثم أو أم حتى إذ إذا "
    "لذا لذلك وذلك ذلك هذا وهذا وقد وكان وكانت "
    "في من على إلى عن مع منذ خلال عبر لدى وفي ومن وعلى وإلى وعن ومع "
    "وأضاف وأوضح وأشار وبين وأكد وقال وتابع ولفت ونوه وأفاد وذكر وبينت وأكدت وقالت وأضافت "
    "وأوضحت وأشارت وأبان أبان وأبانت مضيفا مشيرا موضحا مؤكدا لافتا منوها"
).split())
# A dateline or byline in front of the first sentence: «واس - الرياض:», «فهد العتيبي- سبق- الطائف:».
_DATELINE_RE = re.compile(r"^[^.،:؟!\n]{0,80}?(?:[-–—]|\bواس\b)[^.،؟!\n]{0,60}?:\s*")
_LEADING_FURNITURE_RE = re.compile(r"^(?:[A-Za-z][A-Za-z'’]*\s+)+")
# Links and page furniture that a summary can pick up as a sentence.
_FURNITURE = ("رابط الخبر", "اقرأ أيضا", "اقرأ أيضاً", "للمزيد", "المصدر:")
_UNBALANCED = (("«", "»"), ("(", ")"), ("[", "]"), ("“", "”"))


@dataclass(frozen=True)
class Passage:
    """A candidate bullet: a sentence of one member article, located in that article's text."""

    member: int
    text: str
    start: int
    end: int
    rank: int
    stems: dict[str, float]


def locate(text: str, passage: str, near: int) -> int:
    """Where `passage` stands in the input `text` (summaries point into the repaired text; for
    ordinary input the two agree near the same place); -1 if it is not there verbatim."""
    found = text.find(passage, max(0, near - 200))
    return found if found >= 0 else text.find(passage)


def _trim(passage: str) -> int:
    """How many leading characters are dateline or furniture, not the statement."""
    cut = 0
    for pattern in (_LEADING_FURNITURE_RE, _DATELINE_RE):
        match = pattern.match(passage[cut:])
        if match:
            cut += match.end()
    return cut


def self_contained(passage: str) -> bool:
    """Does the sentence read as a complete statement on its own (editor's rubric)?"""
    words = WORD_RE.findall(passage)
    if not MIN_BULLET_WORDS <= len(words) <= MAX_BULLET_WORDS:
        return False
    if normalize_word(words[0]) in _BAD_OPENERS or not ARABIC_WORD_RE.match(words[0]):
        return False
    if passage.rstrip().endswith((":", "،", ",")) or "http" in passage or any(f in passage for f in _FURNITURE):
        return False
    return all(passage.count(a) == passage.count(b) for a, b in _UNBALANCED) and passage.count('"') % 2 == 0


def stems_of(text: str) -> dict[str, float]:
    """Content stems of a passage, each with the rarity weight of its rarest word."""
    weights: dict[str, float] = {}
    for word in ARABIC_WORD_RE.findall(text):
        stem = content_stem(word)
        if stem:
            weights[stem] = max(weights.get(stem, 0.0), word_weight(word))
    return weights


def candidates(member: int, text: str, sentences: list[dict]) -> list[Passage]:
    """Self-contained sentences of one article's summary, best-scored first, located in `text`."""
    found = []
    ordered = sorted(sentences, key=lambda s: -s["score"])
    for rank, sentence in enumerate(ordered):
        cut = _trim(sentence["text"])
        body = sentence["text"][cut:].strip()
        if not self_contained(body):
            continue
        start = locate(text, body, sentence["start"] + cut)
        if start >= 0:
            found.append(Passage(member, body, start, start + len(body), rank, stems_of(body)))
    return found


def same_fact(a: dict[str, float], b: dict[str, float]) -> bool:
    """Do two passages state the same fact (weighted stem overlap)?"""
    if not a or not b:
        return False
    shared = sum(min(a[s], b[s]) for s in a.keys() & b.keys())
    union = sum(a.values()) + sum(b.values()) - shared
    smaller = min(sum(a.values()), sum(b.values()))
    return shared / union >= SAME_FACT_JACCARD or shared / smaller >= SAME_FACT_CONTAINMENT


def highlight_box(passages: list[Passage], ids: list[str], sources: list[str | None],
                  count: int) -> tuple[Bullet, ...]:
    """Up to `count` bullets: passages grouped into facts (one passage per article per fact),
    facts ranked by the number of papers that carry them, then by how central they are in
    their articles; a fact is quoted once, from the article where it ranks best."""
    facts: list[list[Passage]] = []
    for passage in sorted(passages, key=lambda p: (p.rank, p.member)):
        for fact in facts:
            if same_fact(fact[0].stems, passage.stems):
                if all(p.member != passage.member for p in fact):
                    fact.append(passage)
                break
        else:
            facts.append([passage])

    def papers(fact: list[Passage]) -> int:
        return len({sources[p.member] or ids[p.member] for p in fact})

    facts.sort(key=lambda fact: (-papers(fact), fact[0].rank, fact[0].member))
    bullets = []
    for fact in facts[:count]:
        cited = [fact[0], *sorted(fact[1:], key=lambda p: p.member)]
        citations = tuple(Citation(ids[p.member], sources[p.member], p.start, p.end) for p in cited)
        named = tuple(dict.fromkeys(s for p in fact if (s := sources[p.member])))
        bullets.append(Bullet(fact[0].text, citations, named))
    return tuple(bullets)
