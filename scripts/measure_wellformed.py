"""Measure the well-formedness checks (khulasa.eval.wellformed).

    python scripts/measure_wellformed.py labels
        precision / recall of "has a fault" against tests/data/wellformed-labels.jsonl
    python scripts/measure_wellformed.py dump OUT.jsonl [--limit N]
        the outputs of whichever khulasa is importable (PYTHONPATH=... for an older checkout)
        on the first N SaudiNewsNet dev articles, one JSON record per article
    python scripts/measure_wellformed.py score OUT.jsonl [OUT2.jsonl ...]
        fault shares of dumped outputs, scored by this checkout's checks (before/after tables)
"""

from __future__ import annotations

import argparse
import gzip
import json
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "tests" / "data" / "wellformed-labels.jsonl"
DEV = ROOT.parent / "shared" / "data" / "saudinewsnet" / "dev.jsonl.gz"


def labels() -> None:
    from khulasa.eval.wellformed import checker_agreement

    rows = [json.loads(line) for line in LABELS.open(encoding="utf-8")]
    for kind, scores in checker_agreement(rows).items():
        print(f"{kind:10} {json.dumps(scores)}")


def dump(out: Path, limit: int) -> None:
    import khulasa

    with gzip.open(DEV, "rt", encoding="utf-8") as lines, out.open("w", encoding="utf-8") as sink:
        for n, line in enumerate(lines):
            if n == limit:
                break
            text = json.loads(line)["text"]
            try:
                summary = khulasa.summarize(text)
            except ValueError:
                continue
            record = {"text": text, "headline": summary.headline.text,
                      "highlights": [h.text for h in summary.highlights], "keywords": list(summary.keywords)}
            sink.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"wrote {out} with khulasa from {khulasa.__file__}")


def score(paths: list[Path]) -> None:
    from khulasa.eval.wellformed import measure, print_report

    for path in paths:
        records = {r["text"]: r for r in map(json.loads, path.open(encoding="utf-8"))}

        def replay(text: str, records: dict = records) -> SimpleNamespace:
            r = records[text]
            return SimpleNamespace(headline=SimpleNamespace(text=r["headline"]),
                                   highlights=[SimpleNamespace(text=h) for h in r["highlights"]],
                                   keywords=tuple(r["keywords"]))

        report = measure(records, replay)
        print_report({"corpus": path.name, "split": f"{len(records)} dev articles", **report})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("labels", "dump", "score"))
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--limit", type=int, default=500)
    args = parser.parse_args()
    if args.command == "labels":
        labels()
    elif args.command == "dump":
        dump(args.paths[0], args.limit)
    else:
        score(args.paths)


if __name__ == "__main__":
    main()
