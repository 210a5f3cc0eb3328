"""Per-word-form caches, bounded in entries and in bytes: the hot path's memoization.

A news vocabulary repeats, so each function of one word form is computed once; but a service
runs for days and an input can hold a 'word' of a million letters, so a cache keeps at most
WORD_CACHE_SIZE forms (charsets; when full it starts afresh) and never a form longer than
MAX_CACHED_WORD_CHARS (computed each time). Worst case ≈ WORD_CACHE_SIZE × (≈ 250 B of entry +
2 × 2 × MAX_CACHED_WORD_CHARS B of key and value) ≈ 50 MiB per cache; SaudiNewsNet dev (2,000
articles, 78,703 forms, longest 24 letters) fills one to ≈ 20 MiB. The form records' one dict
holds twelve answers a form for less than twelve such caches.

The answers every word of an article is asked for (its normalized form, stems and weight,
run-together split, frequency, tag and what the phrase cutter asks) share one record per form
(`Form`, `form_record`): an article's first lookup of a word, which misses the CPU caches
(~300 ns; 16 % of the CPU time went to such lookups, perf), is then made once for all instead
of once per answer's dict: 14.69M → 14.40M instructions an article and 6 % less CPU time. A
record is a compiled class's instance: a tuple replaced at each answer filled in cost 15.21M
instructions and no time. Its class is acyclic (mypyc: no GC header, never tracked), so the
cycle collector never walks the records: tracked, the ~85 new ones an article were most of
what a full collection walked, and each full collection (~65 ms in a process that also holds
sumy) cost 12 % of Khulasa's CPU time beside sumy, 5 % with them untracked; bench/alternate.py
--runs 8 --articles 600 (load 2.0): median 2.86× → 3.04× lexrank-sumy. The rarer answers keep a
cache each (`word_cache`): a dict whose `__missing__` computes, instead of functools.lru_cache
behind a length check: a hit is then one C-level dict lookup, where the check's Python frame
cost 2.5× the lookup.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final, Generic, TypeVar

from mypy_extensions import mypyc_attr

from khulasa.text.charsets import WORD_CACHE_SIZE

# Longer 'words' are no words (dev's longest is 24 letters): computed, never kept.
MAX_CACHED_WORD_CHARS: Final = 40

Result = TypeVar("Result")


class _WordCache(dict[str, Result], Generic[Result]):
    """word → function(word), filled on first lookup, emptied when WORD_CACHE_SIZE is reached;
    a key longer than `longest` characters is never kept."""

    def __init__(self, function: Callable[[str], Result], longest: int) -> None:
        super().__init__()
        self.function = function
        self.longest = longest

    def __missing__(self, word: str) -> Result:
        value = self.function(word)
        if len(word) <= self.longest:
            if len(self) >= WORD_CACHE_SIZE:
                self.clear()
            self[word] = value
        return value


@mypyc_attr(acyclic=True)
class Form:
    """The hot path's answers about one word form, each filled in by its function on first use
    (None: not asked yet). Acyclic: it holds strings, numbers and tuples of them, never itself."""

    def __init__(self) -> None:
        self.normalized: str | None = None  # normalize.normalize_word
        self.reading: tuple[str | None, str, float] | None = None  # stems.word_reading
        self.split: str | None = None  # segment's split of a run ("": it stays whole)
        self.zipf: float | None = None  # frequency.zipf
        self.tag: str | None = None  # grammar.tag
        # What the phrase cutter asks of every word of every candidate statement (grammar).
        self.binds_forward: bool | None = None
        self.title: bool | None = None  # grammar.is_title
        self.cut_side: tuple[bool, bool, str, str, bool] | None = None
        self.ending_share: float | None = None
        self.can_open: bool | None = None
        self.attested_verb: bool | None = None  # grammar.is_attested_verb
        self.known_verb: bool | None = None  # grammar.is_known_verb


_FORMS: Final[dict[str, Form]] = {}


def form_record(word: str) -> Form:
    """The record of `word`'s answers, kept within the bounds above (an over-long word's is
    made afresh at each call, so its answers are computed each time)."""
    found = _FORMS.get(word)
    if found is None:
        found = Form()
        if len(word) <= MAX_CACHED_WORD_CHARS:
            if len(_FORMS) >= WORD_CACHE_SIZE:
                _FORMS.clear()
            _FORMS[word] = found
    return found


def asked(field: str) -> list[str]:
    """The forms whose record holds an answer in `field` (what bench/first_time.py times)."""
    return [word for word, form in _FORMS.items() if getattr(form, field) is not None]


def clear_forms() -> None:
    """Forget every form's answers (after the tables they come from changed)."""
    _FORMS.clear()


def word_cache(function: Callable[[str], Result], longest: int = MAX_CACHED_WORD_CHARS) -> Callable[[str], Result]:
    """`function` of one word, memoized within the bounds above (call it as the function);
    `longest`: the longest key kept, for a cache of short phrases. Not functools.lru_cache:
    besides its slower hit, each of its entries is an object the cycle collector tracks and
    walks for as long as it is kept (~70 new ones an article, as many as the form records)."""
    return _WordCache(function, longest).__getitem__


def remember(cached: Callable[[str], Result], word: str, value: Result) -> None:
    """Store `value` as the answer of `cached` (made by `word_cache`) for `word`, within the
    same bounds: for an answer another function worked out on the way (the stemmer folds a
    word's letters, which is the word's normalized form)."""
    owner = _owner(cached)
    if len(word) <= owner.longest and word not in owner:
        if len(owner) >= WORD_CACHE_SIZE:
            owner.clear()
        owner[word] = value


def _owner(cached: Callable[[str], object]) -> _WordCache:
    owner = getattr(cached, "__self__", None)
    if not isinstance(owner, _WordCache):
        raise TypeError("not a function made by word_cache")
    return owner


def loaded(holder: list[Result], load: Callable[[], Result]) -> Result:
    """`load()`'s value, computed on the first call and kept in `holder` (an empty list that the
    caller owns; `holder.clear()` forgets it): for the package's tables, asked for hundreds of
    times an article. A compiled call of this is a list check; an lru_cache(maxsize=1) accessor
    cost a call through the generic protocol, a key and a dict lookup each time (~460 calls an
    article: 1 % of the CPU time)."""
    if not holder:
        holder.append(load())
    return holder[0]


def clear_word_cache(cached: Callable[[str], object]) -> None:
    """Forget every answer of a function made by `word_cache` (after its data changed)."""
    _owner(cached).clear()
