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


def _norm(token: Token) -> str:
    return normalize_word(token.text)


def _strip_attribution(tokens: list[Token]) -> list[Token]:
    """Drop «X قال/توقع ... أن» heads; a clause that is only «بحسب X» becomes empty."""
    if tokens and _strip_clitic(_norm(tokens[0])) in _ATTRIBUTION_OPENERS:
        return []
    head = [_strip_clitic(_norm(t)) for t in tokens[:MAX_ATTRIBUTION_TOKENS]]
    for i, word in enumerate(head):
        if word in _COMPLEMENTIZERS and any(w in _ATTRIBUTION_VERBS for w in head[:i]):
            return tokens[i + 1 :]
    return tokens


def _strip_clitic(word: str) -> str:
    return word[1:] if len(word) > 3 and word[0] in "وف" else word


def can_end_phrase(token: Token) -> bool:
    """False for stop words, one-letter tokens and name particles that leave a phrase hanging."""
    word = _norm(token)
    return len(token.text) > 1 and word not in stopwords() and word not in _DANGLING


def _trim(tokens: list[Token]) -> list[Token]:
    """Remove connectors at the start and particles or stop words at the end."""
    start, end = 0, len(tokens)
    while start < end and _norm(tokens[start]) in _LEADING_CONNECTORS:
        start += 1
    while end > start and not can_end_phrase(tokens[end - 1]):
        end -= 1
    return tokens[start:end]


def clauses(sentence: Sentence, source: str) -> list[list[Token]]:
    """The stating clauses of `sentence` as token runs (contiguous in `source`)."""
    pieces: list[list[Token]] = [[]]
    previous_end = sentence.span.start
    for token in sentence.tokens:
        gap = source[previous_end : token.start]
        if pieces[-1] and (
            _CLAUSE_PUNCTUATION.intersection(gap) or _norm(token) in _CLAUSE_OPENERS
        ):
            pieces.append([])
        pieces[-1].append(token)
        previous_end = token.end
    trimmed = (_trim(_strip_attribution(_trim(piece))) for piece in pieces)
    return [piece for piece in trimmed if len(piece) >= MIN_CLAUSE_WORDS]


def shorten(tokens: list[Token], max_words: int) -> list[Token]:
    """At most `max_words` tokens, cut where the next word opens a new phrase if possible."""
    if len(tokens) <= max_words:
        return tokens
    for end in range(max_words, MIN_CLAUSE_WORDS, -1):
        following = _norm(tokens[end])
        if following in stopwords() or following[0] in "وف":
            cut = _trim(tokens[:end])
            if len(cut) >= MIN_CLAUSE_WORDS:
                return cut
    return _trim(tokens[:max_words]) or tokens[:max_words]
