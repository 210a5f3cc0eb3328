"""What first-time work on new word forms costs, per cached function, and the most a shipped
table of per-form answers (looked up in a trie) could save of it.

N SaudiNewsNet dev articles are summarized once in a fresh process (caches empty after one
untimed article, as in bench/throughput.py); the forms each per-form cache was asked about for
the first time are then its keys. The caches are emptied and each function is timed on its
keys again, in the order the pipeline first asks (so nested answers are cached or not as they
were), split into forms wordfreq lists (what a table keyed by wordfreq's trie could answer) and
the others. A trie lookup of each listed form is timed too: a table can save at most, per
function, its compute time on listed forms less that lookup.

    python bench/first_time.py [--articles 1000]
"""

from __future__ import annotations

import time
from collections.abc import Callable

from report import machine, save_section
from throughput import dev_texts

from khulasa import InputError, compiled, summarize
from khulasa.text import grammar, morphology, normalize, segment, stems
from khulasa.text.frequency import table, zipf
from khulasa.text.wordcache import asked, clear_forms, clear_word_cache

# The per-form caches in the order an article first asks them (analysis, vectors, grammar).
CACHED: dict[str, Callable[[str], object]] = {
    "segment.split_texts": segment._split_texts, "stems.word_reading": stems.word_reading,
    "normalize.normalize_word": normalize.normalize_word,
    "stems.stem (stop words)": stems._any_stem,  # (content words' stems: word_reading's)
    "frequency.zipf": zipf, "grammar.tag": grammar.tag,
    "grammar.is_attested_verb": grammar.is_attested_verb, "grammar.is_known_verb": grammar.is_known_verb,
    "grammar.is_title": grammar.is_title,
    "grammar.binds_forward": grammar.binds_forward, "grammar.can_open": grammar._can_open_word,
    "grammar.cut_side": grammar._cut_sides, "grammar.ending_share": grammar._ending_share,
}  # fmt: skip
# The functions whose answers are kept in the form records (text/wordcache.py), by field.
IN_RECORDS: dict[str, str] = {
    "segment.split_texts": "split", "stems.word_reading": "reading", "normalize.normalize_word": "normalized",
    "frequency.zipf": "zipf", "grammar.tag": "tag", "grammar.is_title": "title",
    "grammar.binds_forward": "binds_forward", "grammar.cut_side": "cut_side", "grammar.ending_share": "ending_share",
    "grammar.is_attested_verb": "attested_verb", "grammar.is_known_verb": "known_verb", "grammar.can_open": "can_open",
}  # fmt: skip


def _asked(name: str) -> list[str]:
    """The forms the cached function `name` has an answer for."""
    if name in IN_RECORDS:
        return asked(IN_RECORDS[name])
    return list(CACHED[name].__self__)  # type: ignore[attr-defined]


def _forget() -> None:
    """Every per-form answer, and the per-word analyses the per-form functions call on."""
    clear_forms()
    for name, function in CACHED.items():
        if name not in IN_RECORDS:
            clear_word_cache(function)
    clear_word_cache(morphology._analyses)
    segment._cut.cache_clear()


def _cpu(function: Callable[[str], object], forms: list[str]) -> float:
    started = time.process_time()
    for form in forms:
        function(form)
    return time.process_time() - started


def measure(texts: list[str]) -> tuple[list[tuple[str, int, float, int, float]], float, float]:
    """Per cached function: (name, listed misses, CPU s on them, other misses, CPU s on them);
    the CPU seconds of the cold pass itself; CPU s of one trie lookup per distinct listed form."""
    summarize(texts[0])
    _forget()
    started = time.process_time()
    for text in texts:
        try:
            summarize(text)
        except InputError:
            pass
    cold = time.process_time() - started
    asked = {name: _asked(name) for name in CACHED}
    _forget()
    forms = table().forms
    rows = []
    for name, function in CACHED.items():
        listed = [form for form in asked[name] if form in forms]
        other = [form for form in asked[name] if form not in forms]
        rows.append((name, len(listed), _cpu(function, listed), len(other), _cpu(function, other)))
    distinct = list({form for keys in asked.values() for form in keys if form in forms})
    return rows, cold, _cpu(forms.get, distinct)


def main() -> None:
    texts = dev_texts(__doc__.splitlines()[0])
    rows, cold, lookups = measure(texts)
    n = len(texts)
    per_article = 1000 / n  # seconds in all → ms per article
    listed_ms = sum(r[2] for r in rows) * per_article
    other_ms = sum(r[4] for r in rows) * per_article
    lines = [f"## First-time work on new word forms (`python bench/first_time.py --articles {n}`; {machine()})", "",
             f"Forms each per-form cache computed in a cold pass over {n} SaudiNewsNet dev articles "
             f"({1000 * cold / n:.2f} ms CPU per article), each function timed again on them; "
             f"Khulasa {compiled.STATUS}.", "",
             "| function | new forms listed by wordfreq, per article | µs each | others, per article | µs each |",
             "|---|---|---|---|---|",
             *[f"| {name} | {a / n:.1f} | {1e6 * s / max(a, 1):.2f} | {b / n:.1f} | {1e6 * t / max(b, 1):.2f} |"
               for name, a, s, b, t in rows],
             "", f"Per article: {listed_ms:.3f} ms on forms wordfreq lists, {other_ms:.3f} ms on the others. "
             f"One trie lookup per distinct listed form costs {lookups * per_article:.3f} ms an article, so a "
             "table of every per-form answer keyed by wordfreq's forms (one record per form, decoding "
             f"free) could save at most **{listed_ms - lookups * per_article:.3f} ms** of the cold pass's "
             f"{1000 * cold / n:.2f}; the grammar layer's pair cache (`can_cut`) and the key-phrase caches "
             "hold answers per word pair and phrase, which no per-form table gives."]
    save_section("first_time", lines)


if __name__ == "__main__":
    main()
