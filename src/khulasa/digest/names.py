"""A story's key names: the people, places and bodies that several of its papers name, and that
the rest of the day's articles hardly do.

Hand-written because no Apache-licensed Arabic named-entity tagger runs offline here (the PyPI
morphology packages are GPL, ../shared/PITFALLS.md), and neither rarity nor the grammar tables
tell «السيسي» or «الأحساء» (common in wordfreq, tagged ADJ or NOUN) from «التمنيات». Arabic
news announces its names, so a name is what follows a title («الأمير», «الرئيس», «الدكتور»), what
a body or place noun heads («وزارة الدفاع اليمنية», «محافظة الأحساء»), a chain round «بن»/«آل»
(«خالد بن علي»), or a word the grammar tables know as a proper noun («أوباما»). (Rarity alone
picks «جهازاً» and «المتعاملون» as often as «بحاح».) Among those,
the key names are the ones several papers of the story use and the rest of the day does not.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from khulasa.text import grammar
from khulasa.text.charsets import ARABIC_WORD_RE, WORD_CACHE_SIZE
from khulasa.text.frequency import zipf
from khulasa.text.normalize import normalize_letters, normalize_word
from khulasa.text.stems import stopwords

# A name runs to at most this many words after its title or head («محمد بن سلمان بن عبدالعزيز»).
MAX_NAME_WORDS = 5
# After its first word, a name goes on with a family name at most this common (Zipf: «الجبير»
# 3.7, «العيبان» 2.2; «الاهتمام» 4.9).
NAME_ZIPF = 4.2
# Names are looked for in the title and the opening, where a story names its actors.
NAME_SCAN_TOKENS = 300
# A lone proper noun this common in general Arabic (Zipf >= 5.5: «مصر», «أحمد») names the
# setting or no one; it counts only with the word after it («أحمد نظيف»).
COMMON_ZIPF = 5.5
# Nouns that head the name of a body or a place.
HEADS = grammar.word_set(
    "منطقة محافظة مدينة مملكة جمهورية جامعة مستشفى شركة هيئة وزارة نادي مجلس مطار ميناء "
    "قرية حي مخيم بنك جمعية منظمة حزب مركز مؤسسة مسجد جبل جزيرة قناة سفارة إمارة بلدية أمانة "
    "محكمة منتزه متنزه مهرجان بطولة كأس"
)
# Days and months, which the PUD lexicon tags as proper nouns (summarize/clauses.py keeps its own
# lists for cutting datelines; these only keep them out of the names).
CALENDAR = grammar.word_set(
    "الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت يناير فبراير مارس أبريل ابريل "
    "مايو يونيو يوليو أغسطس اغسطس سبتمبر أكتوبر اكتوبر نوفمبر ديسمبر كانون شباط آذار نيسان أيار "
    "حزيران تموز آب أيلول تشرين"
)
# Titles a personal name follows («الأمير فيصل بن خالد»; not «الوزير», which an office follows).
PERSON_TITLES = grammar.TITLES - grammar.word_set("الوزير سمو معالي فضيلة سعادة صاحب السمو الملكي")
# Arabic words, and every other non-space character on its own (punctuation ends a name).
_TOKEN_RE = re.compile(f"{ARABIC_WORD_RE.pattern}|\\S")
_PROCLITICS = ("وبال", "وال", "بال", "فال", "لل", "ول", "وب", "ال", "و", "ف", "ب", "ل")
_PRONOUN_ENDINGS = ("ها", "هم", "هما", "هن", "كم")


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _bare(word: str) -> str:
    """The word without a proclitic («وأرسنال» → «أرسنال», «بالرياض» → «الرياض») when wordfreq
    knows the bare form better; a name that merely starts with those letters («بحاح») stays."""
    best, best_zipf = word, zipf(word)
    for clitic in _PROCLITICS:
        if word.startswith(clitic) and len(word) - len(clitic) >= 3:
            rest = word[len(clitic):]
            candidate = "ال" + rest if clitic.endswith(("ال", "لل")) else rest
            if zipf(candidate) > best_zipf:
                best, best_zipf = candidate, zipf(candidate)
    return best


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _name_word(word: str) -> bool:
    """Can this (bare) word be part of a name? Not a function word, title, verb or figure, not
    a word with a pronoun attached («حيالها»)."""
    form = normalize_word(word)
    if len(form) < 2 or form in stopwords() or form in CALENDAR or grammar.is_title(word) or _head(form):
        return False
    if form.endswith(_PRONOUN_ENDINGS) and zipf(form[:-2]) > zipf(form):
        return False
    return grammar.tag(word) not in ("VERB", "NUM", "ADP", "CONJ", "PART", "DET", "PRON")


def _head(form: str) -> bool:
    """Does this normalized form head a body's or a place's name («وزارة», «المحافظة»)?"""
    return form in HEADS or (form.startswith("ال") and form[2:] in HEADS)


def _proper(word: str) -> bool:
    """A proper noun by the grammar tables' lexicon (UD Arabic PUD), not by the affix model."""
    return grammar.tables().lexicon.get(normalize_word(word)) == "PROPN"


def _run(tokens: Sequence[str], start: int) -> list[str]:
    """The name words from `start` on, up to punctuation, a proclitic or any other word: the
    first name word, then the word after each particle («بن», «آل»), known proper nouns, and
    family names: a word with the article rarer than NAME_ZIPF («الجبير», not «الاهتمام»; a
    common noun without the article, «برقية», ends the name)."""
    words: list[str] = []
    for token in tokens[start : start + MAX_NAME_WORDS]:
        form = normalize_word(token)
        if words and form in grammar.NAME_PARTICLES:
            words.append(token)
        elif len(token) > 1 and _bare(token) == token and _name_word(token) and (
                not words or normalize_word(words[-1]) in grammar.NAME_PARTICLES
                or _proper(token) or (form.startswith("ال") and zipf(token) < NAME_ZIPF)):
            words.append(token)
        else:
            break
    while words and normalize_word(words[-1]) in grammar.NAME_PARTICLES:
        words.pop()
    return words


def mentions(title: str | None, text: str) -> dict[str, str]:
    """Names of one article, by their letter-normalized key, with the first spelling met; a
    long name is listed with its shorter leading forms («محمد بن سلمان بن عبدالعزيز»,
    «محمد بن سلمان») so that papers spelling it out differently still meet."""
    tokens = _TOKEN_RE.findall(f"{title or ''} . {text}")[:NAME_SCAN_TOKENS]
    found: dict[str, str] = {}

    def add(words: Sequence[str], shortest: int) -> None:
        for size in range(len(words), shortest - 1, -1):
            if normalize_word(words[size - 1]) not in grammar.NAME_PARTICLES:
                phrase = " ".join(words[:size])
                found.setdefault(normalize_letters(phrase), phrase)

    for i, token in enumerate(tokens):
        if len(token) < 2:
            continue
        bare = _bare(token)
        form = normalize_word(bare)
        if form in PERSON_TITLES:
            add(_run(tokens, i + 1), 1)
        elif _head(form):
            name = _run(tokens, i + 1)[:2]
            if name:
                add([bare, *name], 2)
        elif form in grammar.NAME_PARTICLES and 0 < i < len(tokens) - 1 and _name_word(tokens[i - 1]):
            rest = _run(tokens, i + 1)
            if rest:
                add([tokens[i - 1], token, *rest], 3)
        elif _proper(bare) and _name_word(bare):
            add([bare, *_run(tokens, i + 1)][:2], 1 if zipf(bare) < COMMON_ZIPF else 2)

    return found


def key_names(members: Sequence[tuple[str, dict[str, str]]], day_frequency: Counter[str],
              limit: int) -> tuple[str, ...]:
    """The names several papers of a story use (one paper's article: names it repeats are not
    counted, so a lone article has none), most papers first, longer names before their parts;
    a name most of whose articles that day are outside the story is left out."""
    papers: dict[str, set[str]] = {}
    inside: Counter[str] = Counter()
    spelling: dict[str, str] = {}
    for paper, found in members:
        for key, phrase in found.items():
            papers.setdefault(key, set()).add(paper)
            inside[key] += 1
            spelling.setdefault(key, phrase)
    shared = [key for key, who in papers.items()
              if len(who) >= 2 and inside[key] * 2 > day_frequency.get(key, inside[key])]
    shared.sort(key=lambda key: (-len(papers[key]), -key.count(" "), -inside[key], key))
    chosen: list[str] = []
    for key in shared:
        if any(_part_of(key, other) or _part_of(other, key) for other in chosen):
            continue
        chosen.append(key)
        if len(chosen) == limit:
            break
    return tuple(spelling[key] for key in chosen)


def _part_of(part: str, whole: str) -> bool:
    return f" {part} " in f" {whole} "
