"""Build src/khulasa/data/wordfreq-ar-forms.u8: answers about each of wordfreq's Arabic forms,
by the form's key id in wordfreq-ar.marisa, worked out now so that an article's first sight of
a listed form looks them up (text/formtable.py says what each byte holds).

The answers are those of the functions themselves, run on every form of the shipped trie with
no table loaded: the Snowball stem (`stems._stem_bare`, as a slice of the letter-folded form)
and where a run of the form's letters splits (`segment._split_joined`). Rerun after
build_frequencies.py, build_stopwords.py, train_segmenter.py or a change to the stemmer, the
morphology or the splitter; tests/test_formtable.py checks the table against the functions on
real Arabic text. Deterministic for a given trie, model and PyStemmer version.

    python scripts/build_form_table.py
"""

from __future__ import annotations

import time
from importlib.metadata import version
from pathlib import Path

from khulasa.text import formtable
from khulasa.text.frequency import table
from khulasa.text.normalize import fold_letters
from khulasa.text.segment import _split_joined
from khulasa.text.stems import _stem_bare

OUT = Path(__file__).resolve().parents[1] / "src/khulasa/data" / formtable.FORM_TABLE


def main() -> None:
    started = time.process_time()
    OUT.unlink(missing_ok=True)
    formtable.reload()  # every answer below is computed, none looked up
    forms = table().forms
    found = bytearray(formtable.RECORD * len(forms))
    slices = splits = 0
    for form, key in forms.iteritems():
        at = formtable.RECORD * key
        start, end = formtable.stem_record(_stem_bare(form), fold_letters(form))
        parts = _split_joined(form)
        cut = len(parts[0]) if len(parts) > 1 else 0
        found[at : at + formtable.RECORD] = bytes((start, end, cut))
        slices += start != formtable.NO_STEM
        splits += cut > 0
    OUT.write_bytes(bytes(found))
    formtable.reload()
    print(f"wrote {len(forms):,} wordfreq forms to {OUT} ({slices:,} stems as slices, {splits:,} runs split; "
          f"PyStemmer {version('PyStemmer')}) in {time.process_time() - started:.0f} s CPU")


if __name__ == "__main__":
    main()
