"""Build src/khulasa/data/wordfreq-ar-forms.u8: answers about each of wordfreq's Arabic forms,
by the form's key id in wordfreq-ar.marisa, worked out now so that an article's first sight of
a listed form looks them up (text/formtable.py says what each byte holds).

The answers are those of the functions themselves, run on every form of the shipped trie with
no table loaded: the Snowball stem (`stems._stem_bare`, as a slice of the letter-folded form),
where a run of the form's letters splits (`segment._split_joined`), whether key phrases take
it for a verb (`keywords._verbal`) and its dictionary form (`keywords.dictionary_form`). Rerun
after build_frequencies.py, build_stopwords.py, build_grammar.py, train_segmenter.py or a
change to the stemmer, the morphology, the splitter or the grammar layer;
tests/test_formtable.py checks the table against the functions on real Arabic text.
Deterministic for a given trie, tables, model and PyStemmer version.

    python scripts/build_form_table.py
"""

from __future__ import annotations

import time
from importlib.metadata import version
from pathlib import Path

from khulasa.summarize.keywords import _verbal, dictionary_form
from khulasa.text import formtable
from khulasa.text.frequency import table
from khulasa.text.segment import _split_joined
from khulasa.text.stems import _stem_bare

OUT = Path(__file__).resolve().parents[1] / "src/khulasa/data" / formtable.FORM_TABLE


def main() -> None:
    started = time.process_time()
    OUT.unlink(missing_ok=True)
    formtable.reload()  # every answer below is computed, none looked up
    forms = table().forms
    found = bytearray(formtable.RECORD * len(forms))
    for form, key in forms.iteritems():
        parts = _split_joined(form)
        record = formtable.record_of(form, _stem_bare(form), len(parts[0]) if len(parts) > 1 else 0,
                                     _verbal(form), dictionary_form(form))
        found[formtable.RECORD * key : formtable.RECORD * (key + 1)] = record
    OUT.write_bytes(bytes(found))
    formtable.reload()
    records = [found[at : at + formtable.RECORD] for at in range(0, len(found), formtable.RECORD)]
    print(f"wrote {len(forms):,} wordfreq forms to {OUT} (stems as slices: "
          f"{sum(r[0] != formtable.NO_SLICE for r in records):,}; runs split: "
          f"{sum(r[2] & formtable.CUT > 0 for r in records):,}; verbal: {sum(r[2] & formtable.VERBAL > 0 for r in records):,}; "
          f"dictionary forms as slices: {sum(r[3] != formtable.NO_SLICE for r in records):,}; "
          f"PyStemmer {version('PyStemmer')}) in {time.process_time() - started:.0f} s CPU")


if __name__ == "__main__":
    main()
