"""Clitic segmentation of khulasa.text.morphology against the gold segmentation of UD Arabic PUD
(1,000 sentences; CC BY-SA 3.0): for every written word, are its proclitics (و ف ب ل ك س) and
its enclitic pronoun the ones the treebank splits off? The article «ال» is not compared (UD
keeps it on the noun). morphology.AFFIX_PENALTY was set on the first half of the written words;
the second half is reported.

    python scripts/measure_morphology.py
"""

from __future__ import annotations

import gzip
from collections import Counter
from pathlib import Path

from khulasa.text.morphology import analyses

PUD = Path(__file__).resolve().parents[1].parent / "shared/data/ud-arabic-pud/ar_pud-ud-test.conllu.gz"
PROCLITICS = frozenset("وفبلكس")


def written_words(path: Path) -> list[list[tuple[str, str]]]:
    """Each written word as its syntactic words (form, UPOS), punctuation left out."""
    words: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            cols = line.rstrip("\n").split("\t")
            if len(cols) != 10 or not cols[0].isdigit():
                continue
            if cols[3] != "PUNCT":
                current.append((cols[1], cols[3]))
            if "SpaceAfter=No" not in cols[9] and current:
                words.append(current)
                current = []
    return words


def gold_split(parts: list[tuple[str, str]]) -> tuple[str, str, str] | None:
    """(proclitics, written word, pronoun) from the treebank, or None for multiword tokens
    that are not clitic + word + pronoun."""
    head = 0
    while head < len(parts) - 1 and parts[head][0] in PROCLITICS:
        head += 1
    tail = len(parts)
    if tail - head > 1 and parts[-1][1] == "PRON":
        tail -= 1
    if tail - head != 1:
        return None
    prefix = "".join(form for form, _ in parts[:head])
    pronoun = parts[-1][0] if tail < len(parts) else ""
    # The forms concatenate back to the written word (ل + «لسلطة» = «للسلطة»).
    return prefix, "".join(form for form, _ in parts), pronoun


def main() -> None:
    counts: Counter[str] = Counter()
    words = written_words(PUD)
    for parts in words[len(words) // 2 :]:
        gold = gold_split(parts)
        if gold is None:
            counts["skipped"] += 1
            continue
        prefix, written, pronoun = gold
        found = analyses(written)
        if found:
            best = found[0]
            got = ("".join(p for p in best.prefixes if p != "ال"), best.pronoun or "")
        else:
            got = ("", "")
        key = "with_clitics" if prefix or pronoun else "bare"
        counts[key] += 1
        counts[f"{key}_right"] += got == (prefix, pronoun)
        counts["known"] += bool(found)
        counts["words"] += 1
    for key in ("bare", "with_clitics"):
        print(f"{key:13} {counts[key]:6} words, clitics right {counts[key + '_right'] / counts[key]:.3f}")
    total_right = counts["bare_right"] + counts["with_clitics_right"]
    print(f"all           {counts['words']:6} words, clitics right {total_right / counts['words']:.3f}, "
          f"analysed {counts['known'] / counts['words']:.3f} (skipped {counts['skipped']})")


if __name__ == "__main__":
    main()
