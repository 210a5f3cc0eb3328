"""Arabic word forms: which clitics and suffixes a token carries and on which known base.

`analyses("وملخصهما")` → و + «ملخص» + هما; `is_word_form("إعلانان")` is True (a dual of a known
noun) while «أنقرةوطهران» has no analysis. The run-together word repair asks this before it
splits anything, and the grammar layer uses it to strip clitics.

Hand-written because no library does this offline under a licence Khulasa can ship: the Arabic
analysers on PyPI (qalsadi, alyahmor, ...) are GPL (see ../shared/PITFALLS.md). It is a
concatenative affix grammar, not a full analyser: the affixes are a closed list (below), and the
lexicon of bases is wordfreq's Arabic list (`khulasa.text.frequency`, 620k surface forms, CC BY-SA
4.0): a base is any form wordfreq has seen at least BASE_MIN_ZIPF times. Forms wordfreq already
lists whole (inflected verbs, plurals, nisba adjectives) need no rule; the rules cover what a
frequency list sees too rarely: clitic stacks, duals, pronoun suffixes, tanween alef.
"""

from __future__ import annotations

from functools import partial
from itertools import product
from typing import Final, NamedTuple

from khulasa.text.frequency import bare_zipf, zipf
from khulasa.text.normalize import strip_diacritics
from khulasa.text.wordcache import word_cache

# A base must be at least this common in wordfreq (Zipf: log10 per billion words) ...
BASE_MIN_ZIPF: Final = 2.0
# ... and a whole form without affixes at least this common: scraped text leaves joined pairs
# in wordfreq's web sources at about Zipf 1 («الولاياتالمتحدة» 1.2).
WORD_MIN_ZIPF: Final = 2.0
MIN_BASE_LETTERS: Final = 2
# Readings are ranked by base frequency less this much per attached part, so that the plainer
# reading wins between near-equals («بالمدينة»: ب + «المدينة» before ب + ال + «مدينة»). Set on
# the first half of UD Arabic PUD's gold clitic segmentation (scripts/measure_morphology.py
# reports the second half).
AFFIX_PENALTY: Final = 0.2
# Words longer than this are not analysed (the longest real Arabic word forms have ~15 letters):
# a pasted blob of letters costs nothing and never enters a cache.
MAX_WORD_LETTERS: Final = 40

ARTICLE: Final = "ال"
CONJUNCTIONS: Final = ("و", "ف")
# Prepositions and the future particle attach after a conjunction and before the article.
PREPOSITIONS: Final = ("ب", "ل", "ك")
FUTURE: Final = "س"
IMPERFECT_MARKERS: Final = "يتنأ"
# Pronouns attached to nouns, verbs and prepositions.
PRONOUNS: Final = ("ه", "ها", "هما", "هم", "هن", "ك", "كم", "كما", "كن", "ي", "ني", "نا")
# Inflectional endings on their own: dual, sound plurals, feminine, verb person endings,
# tanween alef (a written «ا» after an indefinite accusative: «عدولا»).
ENDINGS: Final = ("ان", "ين", "ون", "ات", "ة", "تان", "تين", "وا", "ا", "ت", "تم", "تما", "تن", "ن", "نا")
# Endings as they stand before a pronoun: the dual/plural ن drops («معسكريهما», «مهندسوها»),
# «وا» loses its alef («كتبوه»), «تم» gains a و («أعطيتموه»).
ENDINGS_BEFORE_PRONOUN: Final = ("", "ا", "ي", "و", "ات", "ت", "تا", "نا", "تمو")
TANWEEN_ALEF: Final = "ا"
# Tanween alef is not written after these («رسالة», «مستوى»), nor after a pronoun («بلادهم»).
NO_TANWEEN_ALEF_AFTER: Final = ("ة", "ى", "ا", "ه", "هم", "كم", "هن")
# Endings an «ال» word can carry: no pronoun, no tanween, no verb endings.
DEFINITE_ENDINGS: Final = frozenset(("", "ان", "ين", "ون", "ات", "ة", "تان", "تين"))
# The «بن» and «بنو» of a lineage take nothing after them: «بنك» and «بنوك» are banks, not «بن» + «ك».
BARE_BASES: Final = frozenset(("بن", "بنو"))


class Analysis(NamedTuple):
    """One reading of a word form: proclitics (outermost first), base, suffixes (inner first).

    `base` is the lexicon form (taa marbuta, alef maqsura and hamza restored: «رسالتهما» →
    «رسالة»); `zipf` is the base's wordfreq frequency, higher = more plausible reading.
    A named tuple made from the cached plain tuple on each `analyses` call: the cache then holds
    only tuples of strings and floats, which the garbage collector stops tracking (tens of
    thousands of cached readings as objects made its full collections cost ~0.2 ms an article).
    """

    prefixes: tuple[str, ...]
    base: str
    suffixes: tuple[str, ...]
    zipf: float

    @property
    def plausibility(self) -> float:
        """Base frequency less AFFIX_PENALTY per attached part: readings sort by this."""
        return self.zipf - AFFIX_PENALTY * (len(self.prefixes) + len(self.suffixes))

    @property
    def is_bare(self) -> bool:
        """True when the word is its base, with nothing attached."""
        return not self.prefixes and not self.suffixes

    @property
    def has_article(self) -> bool:
        return ARTICLE in self.prefixes or self.base.startswith(ARTICLE)

    @property
    def pronoun(self) -> str | None:
        """The attached pronoun, if any («ها» in «تبتكرها»)."""
        return self.suffixes[-1] if self.suffixes and self.suffixes[-1] in PRONOUNS else None


def _prefix_table() -> dict[str, tuple[str, ...]]:
    """Every proclitic stack by its written form: «وبال» → (و, ب, ال); "" → ()."""
    table: dict[str, tuple[str, ...]] = {}
    for conj, prep, art in product(("", *CONJUNCTIONS), ("", *PREPOSITIONS, FUTURE), ("", ARTICLE)):
        if prep == FUTURE and art:
            continue
        # ل + ال is written «لل» («للمواطنين»).
        written = conj + ("لل" if prep == "ل" and art else prep + art)
        table[written] = tuple(p for p in (conj, prep, art) if p)
    return table


def _suffix_table() -> dict[str, tuple[str, ...]]:
    """Every ending + pronoun combination by its written form: «يهما» → (ي, هما); "" → ()."""
    table: dict[str, tuple[str, ...]] = {"": ()}
    for ending in ENDINGS:
        table.setdefault(ending, (ending,))
    for ending, pronoun in product(ENDINGS_BEFORE_PRONOUN, PRONOUNS):
        table.setdefault(ending + pronoun, tuple(p for p in (ending, pronoun) if p))
    return table


_PREFIXES: Final = _prefix_table()
_SUFFIXES: Final = _suffix_table()
_LONGEST_PREFIX: Final = max(map(len, _PREFIXES))
_LONGEST_SUFFIX: Final = max(map(len, _SUFFIXES))


def _base_spellings(stem: str, suffix: str) -> tuple[str, ...]:
    """Lexicon spellings of a stem seen before a suffix: «رسالت» → «رسالة», «مستوا» → «مستوى»,
    «أبناؤ» → «أبناء»."""
    if not suffix:
        return (stem,)
    last = stem[-1]
    if last == "ت":
        return (stem, stem[:-1] + "ة")
    if last == "ا":
        return (stem, stem[:-1] + "ى")
    if last in "ؤئ":
        return (stem, stem[:-1] + "ء")
    return (stem,)


def _allowed(prefix: tuple[str, ...], base: str, suffix_form: str, suffix: tuple[str, ...]) -> bool:
    """Agreement rules between the parts: «ال» takes no pronoun, tanween or verb ending and
    does not repeat; tanween alef follows neither a pronoun nor ة/ى; the future «س» only goes
    before an imperfect verb; a lineage's «بن» takes no ending."""
    if suffix_form and base in BARE_BASES:
        return False
    definite = ARTICLE in prefix or base.startswith(ARTICLE)
    if definite and suffix_form not in DEFINITE_ENDINGS:
        return False
    if ARTICLE in prefix and base.startswith(ARTICLE):
        return False
    if suffix_form == TANWEEN_ALEF and base.endswith(NO_TANWEEN_ALEF_AFTER):
        return False
    return not (FUTURE in prefix and base[0] not in IMPERFECT_MARKERS)


Reading = tuple[tuple[str, ...], str, tuple[str, ...], float]  # an Analysis as a plain tuple


def _readings(word: str, first: bool = False) -> list[Reading]:
    """(prefixes, base, suffixes, base zipf) of every reading of a diacritic-free `word`, the
    whole form first; a reading may come more than once (two spellings of one base). `first`:
    only the first one found (or none), for a yes-or-no question.

    A list, not a generator: compiled, a generator keeps every local on a heap object, and its
    readings cost a third more."""
    found: list[Reading] = []
    whole = zipf(word)
    if whole >= WORD_MIN_ZIPF:
        found.append(((), word, (), whole))
        if first:
            return found
    # Only the affixes the word actually starts and ends with are tried: a dict lookup per length.
    # The endings are the word's whatever the prefix: looked up once, shortest first.
    size = len(word)
    endings: list[tuple[int, str, tuple[str, ...]]] = []
    for suffix_length in range(min(_LONGEST_SUFFIX, size - MIN_BASE_LETTERS) + 1):
        suffix_form = word[size - suffix_length :]
        suffix = _SUFFIXES.get(suffix_form)
        if suffix is not None:
            endings.append((suffix_length, suffix_form, suffix))
    for prefix_length in range(min(_LONGEST_PREFIX, size - MIN_BASE_LETTERS) + 1):
        prefix = _PREFIXES.get(word[:prefix_length])
        if prefix is None:
            continue
        for suffix_length, suffix_form, suffix in endings:
            if suffix_length > size - prefix_length - MIN_BASE_LETTERS:
                break  # (the base would be too short, as for every longer ending)
            if not prefix_length and not suffix_length:
                continue  # the whole form, handled above with its own threshold
            stem = word[prefix_length : size - suffix_length]
            for base in _base_spellings(stem, suffix_form):
                score = bare_zipf(base)  # a substring of a diacritic-free word: no cache
                if score >= BASE_MIN_ZIPF and _allowed(prefix, base, suffix_form, suffix):
                    found.append((prefix, base, suffix, score))
                    if first:
                        return found
    return found


_new_analysis: Final = partial(tuple.__new__, Analysis)  # Analysis(*reading), made in C


def _analyses_of(word: str) -> tuple[Reading, ...]:
    found: dict[tuple[tuple[str, ...], str, tuple[str, ...]], float] = {}
    for prefix, base, suffix, score in _readings(word):
        found.setdefault((prefix, base, suffix), score)
    return tuple(sorted([(p, b, s, z) for (p, b, s), z in found.items()], key=plausibility, reverse=True))


# Cached per diacritic-free form (text/wordcache.py).
_analyses: Final = word_cache(_analyses_of)


def _has_reading(word: str) -> bool:
    """bool(analyses(word)) without collecting and sorting them all: the first one found
    answers (the splitter asks this of every new token)."""
    if len(word) > MAX_WORD_LETTERS:
        return False
    word = strip_diacritics(word)
    if len(word) > MAX_WORD_LETTERS or len(word) < MIN_BASE_LETTERS:
        return False
    return bool(_readings(word, first=True))


def readings(word: str) -> tuple[Reading, ...]:
    """`analyses` as plain (prefixes, base, suffixes, zipf) tuples, most plausible first: no
    object made per call, for callers that ask of many words (the run-together splitter)."""
    if len(word) > MAX_WORD_LETTERS:
        return ()
    word = strip_diacritics(word)
    if len(word) > MAX_WORD_LETTERS or len(word) < MIN_BASE_LETTERS:
        return ()
    return _analyses(word)


def analyses(word: str) -> tuple[Analysis, ...]:
    """Every reading of `word` on a known base, most plausible first; () if none.

    Harakat and tatweel are ignored; words longer than MAX_WORD_LETTERS have no analysis.
    The objects are made anew from the plain readings cache at each call: a cache of them
    (named tuples, which the cycle collector never stops tracking) had every article leave
    ~11 tracked objects behind, and their promotion to the oldest generation set off full
    collections (see clauses._DELETIONS); making them costs less.
    """
    return () if len(word) > MAX_WORD_LETTERS else tuple(map(_new_analysis, readings(word)))


def plausibility(reading: Reading) -> float:
    """`Analysis.plausibility` of a plain reading."""
    return reading[3] - AFFIX_PENALTY * (len(reading[0]) + len(reading[2]))


def is_word_form(word: str) -> bool:
    """True when `word` is a known form or a known base with clitics and suffixes."""
    if MIN_BASE_LETTERS <= len(word) <= MAX_WORD_LETTERS and zipf(word) >= WORD_MIN_ZIPF:
        return True  # the fast path: most tokens are listed whole
    return _has_reading(word)


def strip_clitics(word: str) -> str:
    """The base of the most plausible reading («وبالمدينة» → «مدينة»), or `word` if none."""
    found = analyses(word)
    return found[0].base if found else word
