"""Answers about wordfreq's word forms worked out ahead of time, looked up by the form's key id
in the frequency trie: what an article's first sight of a listed form would otherwise compute.

`wordfreq-ar-forms.u8` (built by scripts/build_form_table.py from the shipped trie, with the
very functions whose answers it holds) has one RECORD of bytes per form, by key id:

- the Snowball stem (`stems._stem_bare`) as a slice of the letter-folded form: its start and
  end (NO_SLICE as the start when the stem is no such slice, 2 % of the forms): a slice costs a
  fraction of the stemmer's call (~6k instructions, 4 % of an article's);
- where a run of letters that is this form splits (`segment._split_joined`; 0: it stays
  whole; the byte's low bits, CUT): a listed form that is rare or holds a word-final letter no
  longer goes through the morphology and the splitter's model on first sight;
- what key phrases ask of each word of a candidate (keywords): whether it is verbal (VERBAL,
  a bit of the cut's byte) and its dictionary form as a slice of the form, the article put
  before it where WITH_ARTICLE says so (its start, NO_SLICE when it is no such slice, and
  end): without them, every new word of a candidate phrase had its morphological readings
  worked out (4 % of an article's instructions).

OPENBLAS_NUM_THREADS=1 python bench/instructions.py: 14.45M → 13.13M instructions an article.

Without the file (before the build script has run) every answer is computed, as it is for the
forms wordfreq does not list.
"""

from __future__ import annotations

from importlib import resources
from typing import Final

from khulasa.text.frequency import key_id
from khulasa.text.frequency import table as frequency_table
from khulasa.text.morphology import ARTICLE
from khulasa.text.normalize import fold_letters
from khulasa.text.wordcache import clear_forms, loaded

FORM_TABLE: Final = "wordfreq-ar-forms.u8"
# Bytes per form: stem start, stem end, run cut and flags, dictionary form start and end.
RECORD: Final = 5
NO_SLICE: Final = 255  # a start: the answer is no slice of the form the bytes can hold
CUT: Final = 0x3F  # the run cut's bits (a cut is at most morphology.MAX_WORD_LETTERS = 40)
WITH_ARTICLE: Final = 0x40  # the dictionary form is the article before the slice
VERBAL: Final = 0x80  # keywords._verbal
NOT_LISTED: Final = -1  # `listed_cut` and `listed_verbal` of a form the table does not hold

_TABLE: Final[list[bytes]] = []  # the loaded table (text/wordcache.py: `loaded`)


def answers() -> bytes:
    """The shipped table (b"" if not built), loaded once."""
    return loaded(_TABLE, _load_table)


def _load_table() -> bytes:
    path = resources.files("khulasa.data").joinpath(FORM_TABLE)
    found = path.read_bytes() if path.is_file() else b""
    if found and len(found) != RECORD * len(frequency_table().forms):
        raise RuntimeError(f"data/{FORM_TABLE} does not match the frequency trie: run scripts/build_form_table.py")
    return found


def reload() -> None:
    """Forget the loaded table and the answers taken from it (after the build script ran)."""
    _TABLE.clear()
    clear_forms()


def _at(data: bytes, bare: str) -> int:
    """Where the record of the diacritic-free form `bare` starts in `data` (the table); -1
    when there is no table or wordfreq does not list the form."""
    key = key_id(bare) if data else -1
    return RECORD * key if key >= 0 else -1


def listed_stem(bare: str, folded: str) -> str | None:
    """The stem of a diacritic-free form wordfreq lists, cut out of its letter-folded form
    (`normalize.fold_letters(bare)`); None when the table cannot say (compute it)."""
    data = answers()
    at = _at(data, bare)
    if at < 0 or data[at] == NO_SLICE:
        return None
    return folded[data[at] : data[at + 1]]


def listed_cut(bare: str) -> int:
    """Where a diacritic-free run of letters that wordfreq lists splits (0: it stays whole);
    NOT_LISTED when the table cannot say (compute it)."""
    data = answers()
    at = _at(data, bare)
    return data[at + 2] & CUT if at >= 0 else NOT_LISTED


def listed_verbal(bare: str) -> int:
    """1 if a diacritic-free form wordfreq lists is verbal (keywords._verbal), else 0;
    NOT_LISTED when the table cannot say (compute it)."""
    data = answers()
    at = _at(data, bare)
    return int(data[at + 2] & VERBAL != 0) if at >= 0 else NOT_LISTED


def listed_dictionary_form(bare: str) -> str | None:
    """keywords.dictionary_form of a diacritic-free form wordfreq lists; None when the table
    cannot say (compute it)."""
    data = answers()
    at = _at(data, bare)
    if at < 0 or data[at + 3] == NO_SLICE:
        return None
    found = bare[data[at + 3] : data[at + 4]]
    return ARTICLE + found if data[at + 2] & WITH_ARTICLE else found


def record_of(bare: str, stem: str, cut: int, verbal: bool, dictionary_form: str) -> bytes:
    """The RECORD bytes the table holds for `bare` with these answers (what the build script
    writes): each string answer as a slice where the bytes can hold one, else NO_SLICE."""
    stem_start, stem_end = _slice(stem, fold_letters(bare))
    start, end = _slice(dictionary_form, bare)
    article = 0
    if start == NO_SLICE and dictionary_form.startswith(ARTICLE):
        start, end = _slice(dictionary_form[len(ARTICLE) :], bare)
        article = WITH_ARTICLE if start != NO_SLICE else 0
    if not 0 <= cut <= CUT:
        raise ValueError(f"a cut of {cut} letters does not fit the table")
    return bytes((stem_start, stem_end, cut | article | (VERBAL if verbal else 0), start, end))


def _slice(part: str, whole: str) -> tuple[int, int]:
    """The (start, end) of `part` in `whole`, (NO_SLICE, 0) when it is no slice of it that
    the table's bytes can hold."""
    start = whole.find(part)
    end = start + len(part)
    return (start, end) if 0 <= start < NO_SLICE and end < NO_SLICE else (NO_SLICE, 0)
