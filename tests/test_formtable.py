"""wordfreq-ar-forms.u8 (text/formtable.py) answers as the functions it stands in for compute."""

from __future__ import annotations

import gzip
import json
from itertools import islice
from pathlib import Path

from khulasa.summarize.keywords import _dictionary_form, _verbal
from khulasa.text import formtable
from khulasa.text.frequency import key_id
from khulasa.text.normalize import strip_diacritics
from khulasa.text.segment import _arabic_runs, _split_joined
from khulasa.text.stems import _stem
from khulasa.text.tokens import words


def _answers(runs: list[str], forms: list[str]) -> tuple[list[tuple[str, ...]], list[tuple[str, bool, str]]]:
    """How each run splits, and each form's stem, whether key phrases take it for a verb and
    its dictionary form (without diacritics, as key phrases ask): the functions themselves,
    not their caches."""
    bare = map(strip_diacritics, forms)
    return [_split_joined(r) for r in runs], [(_stem(w), _verbal(b), _dictionary_form(b))
                                              for w, b in zip(forms, bare, strict=True)]


def _check(texts: list[str]) -> list[tuple[str, ...]]:
    """The table's answers for the runs and words of `texts` are the computed ones, and it
    answers for most of them; returns how the runs split."""
    runs = sorted({r for text in texts for r in _arabic_runs(text)})
    forms = sorted({w for text in texts for w in words(text)})
    assert formtable.answers(), "run scripts/build_form_table.py"
    looked_up = _answers(runs, forms)
    listed_runs = [r for r in runs if formtable.listed_cut(r) != formtable.NOT_LISTED]
    listed_forms = [w for w in forms if key_id(strip_diacritics(w)) >= 0]
    assert len(listed_runs) > 0.8 * len(runs) and len(listed_forms) > 0.8 * len(forms)
    try:
        formtable._TABLE[:] = [b""]  # no table: every answer computed
        computed = _answers(runs, forms)
    finally:
        formtable.reload()
    assert looked_up == computed
    return computed[0]


def test_table_answers_as_computed_on_the_example(example_text: str) -> None:
    _check([example_text])


def test_table_answers_as_computed_on_dev_articles(shared_data: Path) -> None:
    """200 SaudiNewsNet dev articles: ~12k runs and forms, run-together words among them."""
    with gzip.open(shared_data / "saudinewsnet/dev.jsonl.gz", "rt", encoding="utf-8") as lines:
        splits = _check([json.loads(line)["text"] for line in islice(lines, 200)])
    assert any(len(parts) > 1 for parts in splits)
