"""Articles per second, all measured in one run on the same SaudiNewsNet articles:
LEAD-3 (the baseline every rate is also given against), `khulasa batch --jobs 1` and
`--jobs 2` (the full pipeline: repair, split, rank, highlights, headline, plus file I/O), and
sumy's LexRank (3 sentences, its own Arabic tokenizer and stemmer, one core).

Then CPU time per article in this one process, the systems taking turns on chunks of articles
(so load from other programs falls on all alike), BLAS on one thread for all, each system
first given one untimed article (what it loads once per process is not per-article work): the full Khulasa
pipeline (headline, highlights, summary, key phrases) against sumy LexRank set up for Arabic out
of the box (`lexrank-sumy`: its Arabic tokenizer, stemmer and stop words) and against sumy
LexRank on plain regex words without a stemmer.

    python bench/throughput.py [--articles 2000]
    python bench/throughput.py --articles 1000 --prewarm   # a bound, not a result (not saved)

`--prewarm` first summarizes every article once, untimed, so that Khulasa's per-word-form
caches already hold every answer the timed pass asks for: the CPU comparison then shows what
no first-time work on new word forms would give, the most any table of per-form answers
shipped with the package could gain (bench/stages.py: a third of the cold time).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
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
_WORD_RE = re.compile(r"[^\W\d_]+")


def dev_texts(description: str) -> list[str]:
    """The first `--articles` (default 1,000) SaudiNewsNet dev texts, for a benchmark whose one
    option that is (`description`: its help line)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args()
    with gzip.open(DEV, "rt", encoding="utf-8") as source:
        return [json.loads(line)["text"] for line in islice(source, args.articles)]


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


class _RegexWords:
    """sumy tokenizer on plain regexes: sentences end at . ! ? ؟, words are runs of letters."""

    language = "arabic"

    @staticmethod
    def to_sentences(paragraph: str) -> list[str]:
        return [s for s in _SENTENCE_END_RE.split(paragraph) if s.strip()]

    @staticmethod
    def to_words(sentence: str) -> list[str]:
        return _WORD_RE.findall(sentence)


def cpu_per_article(texts: list[str], chunk: int = 50, prewarm: bool = False) -> dict[str, float]:
    """CPU milliseconds per article of each system, in this process, taking turns by chunk
    (`prewarm`: Khulasa first given every article once, untimed)."""
    from sumy.nlp.stemmers import Stemmer, null_stemmer
    from sumy.nlp.tokenizers import Tokenizer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.utils import get_stop_words
    from threadpoolctl import threadpool_limits

    from khulasa import InputError, summarize

    def khulasa(text: str) -> None:
        try:
            summarize(text)
        except InputError:
            pass

    def sumy_system(tokenizer: object, stemmer: object) -> object:
        summarizer = LexRankSummarizer(stemmer)
        summarizer.stop_words = get_stop_words("arabic")
        return lambda text: summarizer(PlaintextParser.from_string(text, tokenizer).document, 3)

    systems = {
        "khulasa summarize (full pipeline)": khulasa,
        "lexrank-sumy (Arabic tokenizer, stemmer, stop words)": sumy_system(Tokenizer("arabic"), Stemmer("arabic")),
        "sumy LexRank, regex words, no stemmer": sumy_system(_RegexWords(), null_stemmer),
    }
    seconds = dict.fromkeys(systems, 0.0)
    with threadpool_limits(limits=1, user_api="blas"), warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # sumy divides by zero on 1-sentence texts
        for system in systems.values():  # one untimed article each: loading tables and models
            system(texts[0])  # (Khulasa's ~0.1 s on its first call) is not per-article work
        for text in texts if prewarm else ():
            khulasa(text)
        for start in range(0, len(texts), chunk):
            for name, system in systems.items():
                started = time.process_time()
                for text in texts[start : start + chunk]:
                    system(text)
                seconds[name] += time.process_time() - started
    return {name: 1000 * spent / len(texts) for name, spent in seconds.items()}


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
    parser.add_argument("--prewarm", action="store_true",
                        help="only the CPU comparison, Khulasa's per-word caches filled first (a bound; not saved)")
    args = parser.parse_args()
    with gzip.open(DEV, "rt", encoding="utf-8") as lines:
        articles = [json.loads(line) for line in islice(lines, args.articles)]
    texts = [a["text"] for a in articles]
    if args.prewarm:
        _print_cpu(cpu_per_article(texts, prewarm=True))
        return
    load_average = os.getloadavg()[0]  # other programs on the machine skew the wall-clock rates
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
    cpu = cpu_per_article(texts)
    from khulasa import compiled  # imported with the pipeline: whether its hot path ran compiled

    _print_cpu(cpu)
    khulasa_ms, lexrank_sumy_ms, plain_ms = cpu.values()
    result = {
        "articles": len(texts),
        "mean_words": statistics.mean(len(t.split()) for t in texts),
        "rates": rates,
        "khulasa_vs_sumy": rates["khulasa batch --jobs 1"] / rates["sumy LexRank, 3 sentences (1 core)"],
        "scaling": rates["khulasa batch --jobs 2"] / rates["khulasa batch --jobs 1"],
        "cpu_ms_per_article": cpu,
        "cpu_vs_lexrank_sumy": lexrank_sumy_ms / khulasa_ms,
        "cpu_vs_sumy_plain": plain_ms / khulasa_ms,
        "machine": machine(),
        "load_average": load_average,
        "compiled": compiled.STATUS,
        "warm_start": True,  # cpu_per_article gives each system one untimed article first
    }
    print(f"khulasa per core / sumy LexRank: {result['khulasa_vs_sumy']:.2f}x; "
          f"jobs 2 / jobs 1: {result['scaling']:.2f}x")
    save("throughput", result)


def _print_cpu(cpu: dict[str, float]) -> None:
    """The CPU comparison's rows and ratios."""
    from khulasa import compiled  # imported with the pipeline: whether its hot path ran compiled

    print(f"khulasa: {compiled.STATUS}")
    for name, ms in cpu.items():
        print(f"{name:<56} {ms:6.2f} ms CPU per article")
    khulasa_ms, lexrank_sumy_ms, plain_ms = cpu.values()
    print(f"CPU time per article, same process: lexrank-sumy / khulasa {lexrank_sumy_ms / khulasa_ms:.2f}x; "
          f"sumy regex-words LexRank / khulasa {plain_ms / khulasa_ms:.2f}x")


if __name__ == "__main__":
    main()
