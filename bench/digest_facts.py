"""Same-fact matching of the digest box: on hand-labelled pairs of passages from different papers
of one SaudiNewsNet train story (tests/data/fact-pairs-train.jsonl), how many true same-fact pairs
each Jaccard/containment threshold merges and at how many false merges, with and without the
conflicting-figures check (the chosen thresholds are box.SAME_FACT_JACCARD/CONTAINMENT), and
how many a citation threshold on the chosen overlap merges (box.CITE).

    python bench/digest_facts.py
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from khulasa.digest import box
from khulasa.digest.group import figures

ROOT = Path(__file__).resolve().parents[1]
TRAIN = ROOT.parent / "shared" / "data" / "saudinewsnet" / "train.jsonl.gz"
PAIRS = ROOT / "tests" / "data" / "fact-pairs-train.jsonl"


def passage(text: str) -> box.Passage:
    return box.Passage(0, text, 0, len(text), 0, box.stems_of(text), True, figures(text))


def main() -> None:
    pairs = [json.loads(line) for line in PAIRS.read_text("utf-8").splitlines()]
    wanted = {p[k] for p in pairs for k in ("a", "b")}
    texts = {}
    with gzip.open(TRAIN, "rt", encoding="utf-8") as lines:
        for row in map(json.loads, lines):
            if row["id"] in wanted:
                texts[row["id"]] = row["text"]
    labelled = [(passage(texts[p["a"]][p["a_start"]:p["a_end"]]), passage(texts[p["b"]][p["b_start"]:p["b_end"]]),
                 p["same_fact"]) for p in pairs]
    print(f"{len(labelled)} pairs, {sum(s for *_, s in labelled)} the same fact")
    jaccard_chosen, containment_chosen = box.SAME_FACT_JACCARD, box.SAME_FACT_CONTAINMENT
    print("jaccard containment figures  merged  false merges")
    for jaccard in (0.35, 0.45, 0.55):
        for containment in (0.6, 0.7, 0.8):
            for check in (True, False):
                box.SAME_FACT_JACCARD, box.SAME_FACT_CONTAINMENT = jaccard, containment
                merged = [(box.same_fact(a, b) if check else box.stem_overlap(a.stems, b.stems) >= 1.0, same)
                          for a, b, same in labelled]
                print(f"{jaccard:7.2f} {containment:11.2f} {'yes' if check else 'no':>7} "
                      f"{sum(m and s for m, s in merged):7} {sum(m and not s for m, s in merged):13}")
    box.SAME_FACT_JACCARD, box.SAME_FACT_CONTAINMENT = jaccard_chosen, containment_chosen
    print(f"citation at overlap >= (chosen: box.CITE = {box.CITE}), all pairs and the first 70 (drawn at random)")
    for cite in (1.0, 0.95, 0.9, 0.85, 0.8):
        for name, part in (("all", labelled), ("first 70", labelled[:70])):
            merged = [(box.overlap(a, b) >= cite, same) for a, b, same in part]
            print(f"{cite:5.2f} {name:>8}: merged {sum(m and s for m, s in merged):3}, "
                  f"false merges {sum(m and not s for m, s in merged):3}")


if __name__ == "__main__":
    main()
