"""Answers about wordfreq's word forms worked out ahead of time, looked up by the form's key id
in the frequency trie: what an article's first sight of a listed form would otherwise compute.

`wordfreq-ar-forms.u8` (built by scripts/build_form_table.py from the shipped trie, with the
very functions whose answers it holds) has one RECORD of bytes per form, by key id:

- the Snowball stem (`stems._stem_bare`) as a slice of the letter-folded form: its start and
  end (NO_STEM as the start when the stem is no such slice, 2 % of the forms): a slice costs a
  fraction of the stemmer's call (~6k instructions, 4 % of an article's);
- where a run of letters that is this form splits (`segment._split_joined`; 0: it stays
  whole): a listed form that is rare or holds a word-final letter no longer goes through the
  morphology and the splitter's model on first sight.

Without the file (before the build script has run) every answer is computed, as it is for the
forms wordfreq does not list.
"""

from __future__ import annotations

from importlib import resources
from typing import Final

from khulasa.text.frequency import key_id
from khulasa.text.frequency import table as frequency_table
from khulasa.text.wordcache import clear_forms, loaded

FORM_TABLE: Final = "wordfreq-ar-forms.u8"
RECORD: Final = 3  # bytes per form: stem start, stem end, run cut
NO_STEM: Final = 255  # a stem start: the stem is not a slice of the folded form
NOT_LISTED: Final = -1  # `listed_cut` of a form the table does not hold

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


def listed_stem(bare: str, folded: str) -> str | None:
    """The stem of a diacritic-free form wordfreq lists, cut out of its letter-folded form
    (`normalize.fold_letters(bare)`); None when the table cannot say (compute it)."""
    data = answers()
    key = key_id(bare) if data else -1
    if key < 0:
        return None
    start = data[RECORD * key]
    if start == NO_STEM:
        return None
    return folded[start : data[RECORD * key + 1]]


def listed_cut(bare: str) -> int:
    """Where a diacritic-free run of letters that wordfreq lists splits (0: it stays whole);
    NOT_LISTED when the table cannot say (compute it)."""
    data = answers()
    key = key_id(bare) if data else -1
    return data[RECORD * key + 2] if key >= 0 else NOT_LISTED


def stem_record(stem: str, folded: str) -> tuple[int, int]:
    """The (start, end) of `stem` in `folded` that the table stores, (NO_STEM, 0) when it is
    no slice of it that the table's bytes can hold (what the build script writes)."""
    start = folded.find(stem)
    end = start + len(stem)
    return (start, end) if 0 <= start < NO_STEM and end < NO_STEM else (NO_STEM, 0)
