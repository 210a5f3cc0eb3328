"""Clauses of a sentence, trimmed to the part that states something: the raw material of
highlights and headlines. Cuts at «،» «؛» «:» and clause-opening particles, drops leading
connectors and attribution heads («قالت تقارير إن», «وبحسب المراقبين») and trailing particles.
"""

from __future__ import annotations

from khulasa.text.document import Sentence
from khulasa.text.normalize import normalize_letters, normalize_word
from khulasa.text.stems import stopwords
from khulasa.text.tokens import Token

_CLAUSE_PUNCTUATION = set("،؛:;,!؟?.«»\"()")
_CLAUSE_OPENERS = frozenset(
    normalize_letters(w)
    for w in "بينما وبينما حيث وحيث فيما وفيما إذ كما وكما مما ثم لكن ولكن غير أن خصوصا".split()
)
_LEADING_CONNECTORS = frozenset(
    normalize_letters(w)
    for w in (
        "و ف ثم كما وكما فضلا عن إلى أن إن فإن وأن وإن بأن قد وقد لقد مما حيث بينما فيما لكن "
        "ولكن كذلك أيضا كان وكان خصوصا بعد وبعد في وفي على وعلى"
    ).split()
)
_ATTRIBUTION_VERBS = frozenset(
    normalize_letters(w)
    for w in (
        "قال قالت أكد أكدت أشار أشارت أوضح أوضحت ذكر ذكرت توقع توقعت يرى ترى رأى أعلن أعلنت "
        "كشف كشفت أفاد أفادت اعتبر يعتبر مشيرا مشيرين مشيرة مؤكدا مؤكدين مؤكدة لفت أضاف أضافت "
        "يتوقع تقارير مصادر"
    ).split()
)
_ATTRIBUTION_OPENERS = frozenset(normalize_letters(w) for w in "بحسب حسب وفق وفقا نقلا".split())
_COMPLEMENTIZERS = frozenset(normalize_letters(w) for w in "أن إن بأن فإن وأن".split())
# Words that cannot end a phrase: they bind to the name that follows («محمد بن»، «آل»).
_DANGLING = frozenset(normalize_letters(w) for w in "بن ابن بنت أبو ابو أبي آل عبد ذو ذات".split())
# How far into a clause an attribution head («قالت تقارير إن») may reach.
MAX_ATTRIBUTION_TOKENS = 6
MIN_CLAUSE_WORDS = 3


def _strip_clitic(word: str) -> str:
    return word[1:] if len(word) > 3 and word[0] in "وف" else word


def _can_end(word: str, text: str) -> bool:
    return len(text) > 1 and word not in stopwords() and word not in _DANGLING


def can_end_phrase(token: Token) -> bool:
    """False for stop words, one-letter tokens and name particles that leave a phrase hanging."""
    return _can_end(normalize_word(token.text), token.text)


# Clause work is done on index ranges over a token list and its normalized words, computed once.
def _strip_attribution(words: list[str], start: int, end: int) -> int:
    """Where the clause starts once a «X قال/توقع ... أن» head is dropped; `end` (nothing left)
    for a clause that is only «بحسب X»."""
    if start < end and _strip_clitic(words[start]) in _ATTRIBUTION_OPENERS:
        return end
    head = [_strip_clitic(w) for w in words[start : min(end, start + MAX_ATTRIBUTION_TOKENS)]]
    for i, word in enumerate(head):
        if word in _COMPLEMENTIZERS and any(w in _ATTRIBUTION_VERBS for w in head[:i]):
            return start + i + 1
    return start


def _trim(tokens: list[Token], words: list[str], start: int, end: int) -> tuple[int, int]:
    """The range without connectors at the start and particles or stop words at the end."""
    while start < end and words[start] in _LEADING_CONNECTORS:
        start += 1
    while end > start and not _can_end(words[end - 1], tokens[end - 1].text):
        end -= 1
    return start, end


def _stating_part(tokens: list[Token], words: list[str], start: int, end: int) -> tuple[int, int]:
    """Trim, drop an attribution head, trim again."""
    start, end = _trim(tokens, words, start, end)
    return _trim(tokens, words, _strip_attribution(words, start, end), end)


def clauses(sentence: Sentence, source: str) -> list[list[Token]]:
    """The stating clauses of `sentence` as token runs (contiguous in `source`)."""
    tokens = list(sentence.tokens)
    words = [normalize_word(t.text) for t in tokens]
    cuts = [0]
    previous_end = sentence.span.start
    for i, token in enumerate(tokens):
        if i > cuts[-1] and (
            _CLAUSE_PUNCTUATION.intersection(source[previous_end : token.start])
            or words[i] in _CLAUSE_OPENERS
        ):
            cuts.append(i)
        previous_end = token.end
    cuts.append(len(tokens))
    trimmed = (_stating_part(tokens, words, a, b) for a, b in zip(cuts, cuts[1:], strict=False))
    return [tokens[a:b] for a, b in trimmed if b - a >= MIN_CLAUSE_WORDS]


def shorten(tokens: list[Token], max_words: int) -> list[Token]:
    """At most `max_words` tokens, cut where the next word opens a new phrase if possible."""
    if len(tokens) <= max_words:
        return tokens
    words = [normalize_word(t.text) for t in tokens]
    for end in range(max_words, MIN_CLAUSE_WORDS, -1):
        following = words[end]
        if following in stopwords() or following.startswith(("و", "ف")):
            a, b = _trim(tokens, words, 0, end)
            if b - a >= MIN_CLAUSE_WORDS:
                return tokens[a:b]
    a, b = _trim(tokens, words, 0, max_words)
    return tokens[a:b] or tokens[:max_words]
