"""Build src/khulasa/data/wordfreq-ar.marisa and wordfreq-ar-zipf.u16: wordfreq's Arabic Zipf
frequencies as a trie of word forms and one value per form.

Loading wordfreq's own list takes about a second (620k words unpacked into a dict); the trie
loads in a millisecond and answers lookups from C, which keeps `khulasa summarize` fast to start.
The forms are a plain MARISA trie (a lookup gives the form's key id) and the values an array of
unsigned 16-bit little-endian integers, Zipf × 100, indexed by key id: a lookup then costs a
third of a record trie's (which unpacks a record per hit). Deterministic for a given wordfreq
version.

    pip install wordfreq && python scripts/build_frequencies.py
"""

from __future__ import annotations

import math
import sys
from array import array
from importlib.metadata import version
from pathlib import Path

import marisa_trie
import wordfreq

DATA = Path(__file__).resolve().parents[1] / "src/khulasa/data"
FORMS = DATA / "wordfreq-ar.marisa"
VALUES = DATA / "wordfreq-ar-zipf.u16"


def main() -> None:
    frequencies = wordfreq.get_frequency_dict("ar")
    values = {word: round((math.log10(freq) + 9.0) * 100) for word, freq in frequencies.items() if freq > 0}
    trie = marisa_trie.Trie(sorted(values))
    table = array("H", bytes(2 * len(trie)))
    for word, key in trie.iteritems():
        table[key] = values[word]
    if sys.byteorder != "little":
        table.byteswap()
    trie.save(str(FORMS))
    VALUES.write_bytes(table.tobytes())
    print(f"wrote {len(trie):,} words from wordfreq {version('wordfreq')} to {FORMS} and {VALUES}")


if __name__ == "__main__":
    main()
