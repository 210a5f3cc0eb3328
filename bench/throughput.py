"""Articles per second, all measured in one run on the same SaudiNewsNet articles:
LEAD-3 (the baseline every rate is also given against), `khulasa batch --jobs 1` and
`--jobs 2` (the full pipeline: repair, split, rank, highlights, headline, plus file I/O), and
sumy's LexRank (3 sentences, its own Arabic tokenizer and stemmer, one core).

    python bench/throughput.py [--articles 2000]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from itertools import islice
from pathlib import Path

from report import machine, save

DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "saudinewsnet" / "dev.jsonl.gz"
_SENTENCE_END_RE = re.compile(r"(?<=[.!?؟])\s+")


def lead3(texts: list[str]) -> float:
    started = time.perf_counter()
    for text in texts:
        _SENTENCE_END_RE.split(text, maxsplit=3)[:3]
    return len(texts) / (time.perf_counter() - started)


def sumy_lexrank(texts: list[str]) -> float:
    from sumy.nlp.stemmers import Stemmer
    from sumy.nlp.tokenizers import Tokenizer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.utils import get_stop_words

    tokenizer = Tokenizer("arabic")
    summarizer = LexRankSummarizer(Stemmer("arabic"))
    summarizer.stop_words = get_stop_words("arabic")
    started = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # sumy divides by zero on 1-sentence texts
        for text in texts:
            summarizer(PlaintextParser.from_string(text, tokenizer).document, 3)
    return len(texts) / (time.perf_counter() - started)


def khulasa_batch(source: Path, folder: Path, jobs: int) -> float:
    """The batch engine's own rate, in a fresh process (cold caches, as a user would run it)."""
    code = (
        "import json, sys; from pathlib import Path; from khulasa.batch.local import run_batch; "
        "from khulasa.batch.rows import BatchOptions; "
        f"r = run_batch(Path({str(source)!r}), Path({str(folder / f'out-{jobs}.jsonl')!r}), "
        f"BatchOptions(), jobs={jobs}); print(json.dumps(r.to_dict()))"
    )
    report = json.loads(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                       check=True).stdout)
    assert report["ok"] + sum(report["errors"].values()) == report["rows"]
    return report["articles_per_second"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    args = parser.parse_args()
    with gzip.open(DEV, "rt", encoding="utf-8") as lines:
        articles = [json.loads(line) for line in islice(lines, args.articles)]
    texts = [a["text"] for a in articles]
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "articles.jsonl"
        source.write_text("".join(json.dumps({"id": a["id"], "text": a["text"]}, ensure_ascii=False) + "\n"
                                  for a in articles), encoding="utf-8")
        rates = {
            "LEAD-3 (regex split)": lead3(texts),
            "khulasa batch --jobs 1": khulasa_batch(source, Path(folder), 1),
            "khulasa batch --jobs 2": khulasa_batch(source, Path(folder), 2),
            "sumy LexRank, 3 sentences (1 core)": sumy_lexrank(texts),
        }
    for name, rate in rates.items():
        print(f"{name:<36} {rate:>10,.1f} articles/s")
    result = {
        "articles": len(texts),
        "mean_words": statistics.mean(len(t.split()) for t in texts),
        "rates": rates,
        "khulasa_vs_sumy": rates["khulasa batch --jobs 1"] / rates["sumy LexRank, 3 sentences (1 core)"],
        "scaling": rates["khulasa batch --jobs 2"] / rates["khulasa batch --jobs 1"],
        "machine": machine(),
    }
    print(f"khulasa per core / sumy LexRank: {result['khulasa_vs_sumy']:.2f}x; "
          f"jobs 2 / jobs 1: {result['scaling']:.2f}x")
    save("throughput", result)


if __name__ == "__main__":
    main()
