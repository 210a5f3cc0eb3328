"""An article analysed once: repaired text, body sentences, paragraphs, words and stems.

Every later stage (ranking, selection, highlights, headline) reads this instead of re-parsing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import compress, repeat
from operator import is_not
from typing import Final, cast

from khulasa.text.charsets import ARABIC_COMMA, PLAIN_WORD_RE, SENTENCE_TERMINALS, WORD_RE
from khulasa.text.furniture import Furniture, blank, find_furniture
from khulasa.text.normalize import normalize_word
from khulasa.text.repair import repair
from khulasa.text.sentences import Span, split_sentences
from khulasa.text.stems import word_reading
from khulasa.text.tokens import Token, new_token

# A closing line of short phrases without punctuation is the paper's highlight box, not body.
MAX_TRAILER_WORDS: Final = 40
MIN_TRAILER_WORDS: Final = 3
_TRAILER_FORBIDDEN: Final = set(SENTENCE_TERMINALS + ARABIC_COMMA + ",:؛;")
# WORD_RE as one capturing group: re.split then returns the words and the gaps between them in
# one pass (the same matches as WORD_RE.findall).
_WORD_SPLIT_RE: Final = re.compile(f"({WORD_RE.pattern})")
_PLAIN_WORD_SPLIT_RE: Final = re.compile(f"({PLAIN_WORD_RE.pattern})")  # for text without "_"
# Punctuation that may stand before or after a word in a piece between spaces: none is a word
# character (\w, a diacritic or tatweel), so WORD_RE finds the word between them alone (a
# joiner such as «.» or «-» joins only between word characters).
_EDGE_MARKS: Final = "،؛:;,!؟?.«»\"()[]-–—/“”'’*%•…"


# Not frozen (equal and hashable as if it were; only its two caches are ever assigned): a frozen
# dataclass's __init__ sets each of the eleven fields through object.__setattr__.
@dataclass(unsafe_hash=True)
class Sentence:
    """A body sentence with its words, content words, their word positions, stems and weights,
    and the text between words (`gaps`: punctuation shows clause boundaries).

    Per-word views that later stages ask for repeatedly are made once: `forms`
    (letter-normalized words, given by `analyze` from the same cached record as the stems, else
    made on first use), `starts` (the words' source offsets) and `tokens` (words with their
    offsets), both made on first use, kept in private fields (not compared, hashed or shown). Not functools.cached_property: mypyc
    compiles that to a plain property, and the compiled build made each view anew at every
    access (a sentence's forms 15 times an article on average, a tenth of all its instructions).
    """

    span: Span
    index: int
    paragraph: int
    words: tuple[str, ...]
    content: tuple[str, ...]
    content_positions: tuple[int, ...]
    stems: tuple[str, ...]
    # The text before each word since the previous one (from the sentence start for the first):
    # span.text == "".join(g + w for g, w in zip(gaps, words)) + whatever follows the last word.
    gaps: tuple[str, ...]
    # frequency.informativeness of each content word.
    weights: tuple[float, ...]
    _tokens: tuple[Token, ...] | None = field(default=None, repr=False, compare=False)
    _forms: tuple[str, ...] | None = field(default=None, repr=False, compare=False)
    _starts: tuple[int, ...] | None = field(default=None, repr=False, compare=False)

    # Written out, so compiled (the dataclass decorator keeps a class's own __init__): the one it
    # generates runs as interpreted Python, ~4.6k instructions a sentence.
    def __init__(self, span: Span, index: int, paragraph: int, words: tuple[str, ...], content: tuple[str, ...],
                 content_positions: tuple[int, ...], stems: tuple[str, ...], gaps: tuple[str, ...],
                 weights: tuple[float, ...], _tokens: tuple[Token, ...] | None = None,
                 _forms: tuple[str, ...] | None = None, _starts: tuple[int, ...] | None = None) -> None:
        self.span = span
        self.index = index
        self.paragraph = paragraph
        self.words = words
        self.content = content
        self.content_positions = content_positions
        self.stems = stems
        self.gaps = gaps
        self.weights = weights
        self._tokens = _tokens
        self._forms = _forms
        self._starts = _starts

    @property
    def starts(self) -> tuple[int, ...]:
        """Where each word starts in the source (it ends `len(word)` later): what rendering a
        statement reads, a few words of the few sentences headline and highlights print from.
        Running sums of the gap and word lengths (no search; a compiled loop over native ints,
        a third of what itertools.accumulate over the lengths cost)."""
        if self._starts is not None:
            return self._starts
        starts = []
        position = self.span.start
        words = self.words
        for k, gap in enumerate(self.gaps):  # (not zip(…, strict=True): see features.DocumentVectors.build)
            position += len(gap)
            starts.append(position)
            position += len(words[k])
        made = tuple(starts)
        self._starts = made
        return made

    @property
    def tokens(self) -> tuple[Token, ...]:
        """The words with their offsets in the source, made on first use (a record per word
        costs more than the offsets alone, `starts`, which is what rendering needs)."""
        if self._tokens is not None:
            return self._tokens
        words = self.words
        made = tuple([new_token((words[k], start, start + len(words[k]))) for k, start in enumerate(self.starts)])
        self._tokens = made
        return made

    @property
    def forms(self) -> tuple[str, ...]:
        """The words letter-normalized (`normalize_word`), made once per sentence: what the
        grammar layer and the closed word classes are matched against."""
        if self._forms is not None:
            return self._forms
        made = tuple(map(normalize_word, self.words))
        self._forms = made
        return made

    @property
    def word_count(self) -> int:
        return len(self.words)


@dataclass(frozen=True)
class Document:
    """The repaired article (`source`), its body sentences, any trailing highlight box and the
    page furniture (bylines, datelines, captions, ...) that was set aside before reading."""

    source: str
    sentences: tuple[Sentence, ...]
    trailer: Span | None
    furniture: tuple[Furniture, ...] = ()

    @property
    def word_counts(self) -> list[int]:
        """Words per body sentence, in order."""
        return [s.word_count for s in self.sentences]

    @property
    def paragraph_count(self) -> int:
        return self.sentences[-1].paragraph + 1 if self.sentences else 0


def _find_trailer(source: str) -> Span | None:
    """The last line, if it reads as an editor's box of short phrases after a longer body."""
    cut = source.rfind("\n")
    if cut < 0:
        return None
    last = source[cut + 1 :].strip()
    word_count = len(last.split())
    if (
        MIN_TRAILER_WORDS <= word_count <= MAX_TRAILER_WORDS
        and not _TRAILER_FORBIDDEN.intersection(last)
        and len(source[:cut].split()) >= 3 * word_count  # the body counted only when needed
    ):
        start = source.index(last, cut)
        return Span(last, start, start + len(last))
    return None


def split_words(text: str) -> list[str]:
    """`text` as gap, word, gap, word, …, gap: what re.split with WORD_RE as one group gives.

    Cut at single spaces first: a word never spans a space, and a piece that is all letters and
    digits (`str.isalnum`, the test `\\w` applies to each character) is one whole word, found
    without the regex engine; only the pieces with punctuation, marks or nothing in them go
    through the pattern. Analysis splits every sentence this way: the pattern over the whole
    text cost ~100k instructions a sentence, a fifth of the analysis outside repair.
    """
    splitter = _WORD_SPLIT_RE if "_" in text else _PLAIN_WORD_SPLIT_RE
    parts: list[str] = []
    gap = ""
    first = True
    for piece in text.split(" "):
        if first:
            first = False
        else:
            gap += " "
        if piece.isalnum():
            parts.append(gap)
            parts.append(piece)
            gap = ""
            continue
        # «الرياض،», «(واس)», «"الوطن"»: one whole word between marks no word holds (nor joins
        # on), also found without the regex engine (a tenth of all pieces).
        core = piece.strip(_EDGE_MARKS)
        if core and core.isalnum():
            lead = len(piece) - len(piece.lstrip(_EDGE_MARKS))
            parts.append(gap + piece[:lead])
            parts.append(core)
            gap = piece[lead + len(core) :]
            continue
        found = splitter.split(piece)
        if len(found) == 1:
            gap += piece
            continue
        parts.append(gap + found[0])
        parts.extend(found[1:-1])
        gap = found[-1]
    parts.append(gap)
    return parts


def analyze(text: str) -> Document:
    """Repair `text` and split it into scored-ready sentences (furniture and trailing box set
    apart: sentences are read from the source with furniture blanked, offsets unchanged)."""
    source = repair(text)
    furniture = find_furniture(source)
    reading = blank(source, furniture).rstrip()
    trailer = _find_trailer(reading)
    body = reading[: trailer.start] if trailer else reading
    sentences: list[Sentence] = []
    paragraph = 0
    previous_end = 0
    for span in split_sentences(body):
        if sentences and "\n" in body[previous_end : span.start]:
            paragraph += 1
        previous_end = span.end
        parts = split_words(span.text)  # gap, word, gap, word, …, gap
        if len(parts) == 1:
            continue
        words = tuple(parts[1::2])
        # (content stem or None, form, weight) of each word, transposed in one C-level pass; the
        # readings by a compiled loop, whose calls are native (map's went through the Python
        # call protocol, ~270 an article)
        all_stems, forms, all_weights = zip(*[word_reading(word) for word in words], strict=True)
        is_content = list(map(is_not, all_stems, repeat(None)))  # C-level loops, not Python's
        positions = tuple(compress(range(len(words)), is_content))
        content = tuple(compress(words, is_content))
        stems = cast(tuple[str, ...], tuple(compress(all_stems, is_content)))
        weights = tuple(compress(all_weights, is_content))
        sentences.append(Sentence(span, len(sentences), paragraph, words, content, positions, stems,
                                  tuple(parts[0:-1:2]), weights, _forms=forms))
    return Document(source, tuple(sentences), trailer, furniture)
