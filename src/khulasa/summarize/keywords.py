"""Key phrases: nouns, names and noun phrases of up to three words, ranked by the salience of
their stems, written in dictionary-like form (clitics stripped, variants merged).

Every 1–3-gram of stems is counted and scored at once in numpy (an n-gram is an integer code
over the document's stem ids): done with Python dicts it was the pipeline's costliest step.
"""

from __future__ import annotations

from typing import Final

import numpy as np

from khulasa.rank.features import DocumentVectors
from khulasa.text import formtable, grammar
from khulasa.text.document import Document, Sentence
from khulasa.text.frequency import zipf
from khulasa.text.morphology import ARTICLE, PRONOUNS, TANWEEN_ALEF, readings
from khulasa.text.normalize import (
    has_digit,
    normalize_word,
    replacements,
    strip_diacritics,
    translate,
)
from khulasa.text.wordcache import MAX_CACHED_WORD_CHARS, word_cache

MAX_PHRASE_WORDS: Final = 3
# n ** 0.5 for n words, as Python computes it, so scores match a plain-Python ranking exactly.
_ROOTS: Final = np.array([1.0] + [n**0.5 for n in range(1, MAX_PHRASE_WORDS + 1)])
# Ranked phrases first looked at per phrase asked for (more only if overlaps skip too many).
_CANDIDATES_PER_KEYWORD: Final = 4

Key = tuple[str, ...]
_NOMINAL: Final = frozenset(("NOUN", "PROPN", "ADJ", "NUM"))
# Proclitics a key phrase is written without (the article stays: «العام», not «عام»).
_STRIPPABLE: Final = frozenset(("و", "ف", "ب", "ل", "ك", ARTICLE))
# Deleted from a word's skeleton (normalize.translate: one compiled pass per word).
_WITHOUT_WEAK_LETTERS: Final = replacements(str.maketrans("", "", "اويءه"))


def _runs(sentence: Sentence) -> list[tuple[int, int]]:
    """(start, end) of each run of adjacent content words, as indexes into sentence.stems."""
    positions = sentence.content_positions
    runs, start = [], 0
    for end in range(1, len(positions) + 1):
        if end == len(positions) or positions[end] != positions[end - 1] + 1:
            runs.append((start, end))
            start = end
    return runs


class _PhraseTable:
    """Each distinct n-gram of stems inside a run of content words: its stems and score
    (occurrences × summed stem salience ÷ √n)."""

    def __init__(self, document: Document, vectors: DocumentVectors) -> None:
        self.stems = [s for sentence in document.sentences for s in sentence.stems]
        ids = vectors.stem_ids
        opens_run = np.array(
            [i == 0 or p != positions[i - 1] + 1
             for positions in (s.content_positions for s in document.sentences)
             for i, p in enumerate(positions)],
            dtype=bool,
        )
        base = len(vectors.vocabulary) + 1
        codes, starts, sizes = [], [], []
        continues = np.ones(len(ids), dtype=bool)  # the n-gram at i still lies inside one run
        code = np.zeros(len(ids), dtype=np.int64)
        for size in range(1, MAX_PHRASE_WORDS + 1):
            reach = max(len(ids) - size + 1, 0)
            if size > 1:  # an n-gram may not run into the next run
                continues = continues[:reach] & ~opens_run[size - 1 : size - 1 + reach]
            code = code[:reach] * base + ids[size - 1 : size - 1 + reach] + 1
            at = np.nonzero(continues)[0]
            codes.append(code[at])
            starts.append(at)
            sizes.append(np.full(len(at), size))
        _, first, counts = np.unique(np.concatenate(codes), return_index=True, return_counts=True)
        self.start, self.size = np.concatenate(starts)[first], np.concatenate(sizes)[first]
        salience = vectors.salience[ids[self.start]]
        for offset in range(1, MAX_PHRASE_WORDS):  # summed left to right, as Python's sum()
            longer = self.size > offset
            next_stem = ids[np.where(longer, self.start + offset, 0)]
            salience = salience + np.where(longer, vectors.salience[next_stem], 0.0)
        self.score = counts * salience / _ROOTS[self.size]

    def key(self, phrase: int) -> Key:
        start = int(self.start[phrase])
        return tuple(self.stems[start : start + int(self.size[phrase])])

    def ranked(self, limit: int) -> list[Key]:
        """At least the `limit` best phrases (all tied with the last), best first; ties go to the
        smaller stems tuple. Only this prefix is turned into Python objects."""
        ranked = np.argsort(-self.score, kind="stable")
        if limit < len(ranked):
            ranked = ranked[self.score[ranked] >= self.score[ranked[limit - 1]]]
        # Their scores, starts and sizes as Python numbers in one call each (not a numpy scalar
        # made per phrase and field).
        # (typed: native list reads, see features.sentence_features)
        scores: list[float] = self.score[ranked].tolist()
        starts: list[int] = self.start[ranked].tolist()
        sizes: list[int] = self.size[ranked].tolist()
        stems = self.stems
        return [key for _, key in sorted([(-scores[k], tuple(stems[starts[k] : starts[k] + sizes[k]]))
                                          for k in range(len(scores))])]


def _surfaces(document: Document, keys: list[Key]) -> dict[Key, dict[str, int]]:
    """How often each key is written each way, for the given keys only."""
    surfaces: dict[Key, dict[str, int]] = {key: {} for key in keys}
    first_stems = {key[0] for key in keys}
    for sentence in document.sentences:
        stems, words = sentence.stems, sentence.content
        if first_stems.isdisjoint(stems):
            continue  # no key opens in this sentence
        for start, end in _runs(sentence):
            for i in range(start, end):
                if stems[i] not in first_stems:
                    continue
                for size in range(1, min(MAX_PHRASE_WORDS, end - i) + 1):
                    forms = surfaces.get(stems[i : i + size])
                    if forms is not None:
                        surface = " ".join(words[i : i + size])
                        forms[surface] = forms.get(surface, 0) + 1
    return surfaces


def _dictionary_form(word: str) -> str:
    """A word without its conjunction, preposition or pronoun clitics («بنسبة» → «نسبة»,
    «للعام» → «العام», «انتقاله» → «انتقال»), by the most frequent base of its readings (looked
    up for a form wordfreq lists, text/formtable.py)."""
    listed = formtable.listed_dictionary_form(word)
    if listed is not None:
        return listed
    best, best_zipf = word, zipf(word)
    for prefixes, base, suffixes, frequency in readings(word):  # plain tuples: no object per reading
        if set(prefixes) <= _STRIPPABLE and all(s in PRONOUNS or s == TANWEEN_ALEF for s in suffixes):
            if frequency > best_zipf:
                article = ARTICLE if ARTICLE in prefixes else ""
                best, best_zipf = article + base, frequency
    return best


# Cached per word form (text/wordcache.py).
dictionary_form: Final = word_cache(_dictionary_form)


def _verbal(word: str) -> bool:
    """A verb, also with an object pronoun attached («شهدته», «وجهتها»): looked up for a
    form wordfreq lists (text/formtable.py), else worked out from its readings."""
    listed = formtable.listed_verbal(word)
    if listed != formtable.NOT_LISTED:
        return listed == 1
    if grammar.tag(word) == "VERB":
        return True
    found = readings(word)
    suffixes = found[0][2] if found else ()
    pronoun = suffixes[-1] if suffixes and suffixes[-1] in PRONOUNS else None  # `Analysis.pronoun`
    return pronoun is not None and grammar.tag(word[: -len(pronoun)]) == "VERB"


def _key_phrase(surface: str) -> str | None:
    """The phrase in dictionary-like form if it can be a key phrase, else None: nouns and names,
    an adjective only after a noun; no verb, particle, number or adverbial («قائلا»); inside the
    phrase no conjunction or preposition clitic (a noun phrase, not «الرش لإخراجه») and nothing
    indefinite after a definite word (not «مطاحن الدقيق توجهات»)."""
    written = strip_diacritics(surface).split()
    if not written:  # a stray mark («ً») taken as a word: nothing to name a topic with
        return None
    if any(_verbal(w) or has_digit(w) for w in written):
        return None
    if any(w[0] in "وفبلك" and dictionary_form(w) != w and not w.startswith("ال") for w in written[1:]):
        return None
    words = [dictionary_form(w) for w in written]
    if len(words) > 1 and any(not strip_diacritics(w).endswith(d[-2:]) for w, d in zip(written, words, strict=True)):
        return None  # «موعده المحدد»: a pronoun inside a phrase; without it the phrase breaks
    tags = [grammar.tag(w) for w in words]
    if any(t not in _NOMINAL for t in tags) or any(grammar.binds_forward(w) for w in words):
        return None
    if tags[0] == "ADJ":
        return None
    if any(a.startswith("ال") and not b.startswith("ال") and t != "PROPN"
           for a, b, t in zip(words, words[1:], tags[1:], strict=False)):
        return None
    if len(words) == 1 and normalize_word(words[0]).endswith("ا") and not words[0].startswith("ال"):
        return None  # «قائلا», «حاليا»: an adverbial accusative, not a name for a topic
    return " ".join(words)


# Cached per phrase (text/wordcache.py; a phrase of MAX_PHRASE_WORDS words of a cached word's
# length at most).
key_phrase: Final = word_cache(_key_phrase, longest=MAX_PHRASE_WORDS * (MAX_CACHED_WORD_CHARS + 1))


def skeleton(phrase: str) -> frozenset[str]:
    """Consonant skeletons of a phrase's words, to merge variants («الشاعر/الشعر/الشعراء»)."""
    found = set()
    for word in normalize_word(phrase).split():
        core = word[2:] if word.startswith("ال") and len(word) > 4 else word
        found.add(translate(core, _WITHOUT_WEAK_LETTERS) or core)
    return frozenset(found)


def extract_keywords(document: Document, vectors: DocumentVectors, count: int) -> list[str]:
    """The `count` best key phrases in dictionary-like form: nouns, names and noun phrases, no
    verbs or function words, variants merged, a name taken whole where the text writes it so."""
    if not count:
        return []
    table = _PhraseTable(document, vectors)
    keys = table.ranked(_CANDIDATES_PER_KEYWORD * count)
    surfaces = _surfaces(document, keys)
    chosen: list[str] = []
    shapes: list[frozenset[str]] = []
    for key in keys:
        forms = surfaces[key]
        if not forms:
            continue
        surface = min(forms.items(), key=lambda item: (-item[1], len(item[0])))[0]
        phrase = key_phrase(surface)
        if phrase is None:
            continue
        shape = skeleton(phrase)
        if any(shape <= other or other <= shape for other in shapes):
            continue
        chosen.append(phrase)
        shapes.append(shape)
        if len(chosen) == count:
            break
    return chosen
