"""Instructions per article under callgrind: the noise-free measure of a speed change (CPU-time
ratios move by ±8 % from run to run on a shared machine; an instruction count does not move).

Two runs of `valgrind --tool=callgrind` with PYTHONHASHSEED=0 (the hash seed alone moves the count
by ~1.5 %): one summarizes the first SaudiNewsNet dev article (loading and imports), the other
that article and the next N; the difference ÷ N is the count per article with the per-form caches
filling as in bench/throughput.py. `--top` lists the compiled functions whose inclusive count per
article is highest (what `callgrind_annotate` says of the difference). Instructions miss what
cache misses cost (first-time work on new word forms is most of them): confirm a change with
bench/alternate.py.

    python bench/instructions.py [--articles 150] [--base OTHER/src] [--top 30]
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from throughput import DEV

_RUN = (
    "import gzip, json; from itertools import islice; from khulasa import InputError, summarize\n"
    "for line in islice(gzip.open({dev!r}, 'rt', encoding='utf-8'), {count}):\n"
    "    try: summarize(json.loads(line)['text'])\n"
    "    except InputError: pass\n"
)
_LINE_RE = re.compile(r"\s*([\d,]+) \([^)]*\)\s+(?:\S*:)?(CPyDef_\w+)")


def callgrind(count: int, source: Path | None, out: Path) -> int:
    """Instructions of a process summarizing the first `count` dev articles (`source`: import
    khulasa from there), its profile written to `out`."""
    env = dict(os.environ, PYTHONHASHSEED="0")
    if source is not None:
        env["PYTHONPATH"] = str(source)
    code = _RUN.format(dev=str(DEV), count=count)
    done = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, "-c", code],
                          capture_output=True, text=True, check=True, env=env)
    return int(re.findall(r"Collected : (\d+)", done.stderr)[-1])


def inclusive(profile: Path) -> dict[str, int]:
    """Inclusive instructions of each compiled function in a callgrind profile."""
    listing = subprocess.run(["callgrind_annotate", "--auto=no", "--inclusive=yes", "--threshold=100", str(profile)],
                             capture_output=True, text=True, check=True).stdout
    found: dict[str, int] = {}
    for match in _LINE_RE.finditer(listing):
        found[match.group(2)] = max(found.get(match.group(2), 0), int(match.group(1).replace(",", "")))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=150)
    parser.add_argument("--base", type=Path, help="the src folder of another checkout, built in place")
    parser.add_argument("--top", type=int, default=0, help="list this many compiled functions")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        first, both = Path(folder) / "first.out", Path(folder) / "all.out"
        loading = callgrind(1, args.base, first)
        total = callgrind(1 + args.articles, args.base, both)
        print(f"{(total - loading) / args.articles / 1e6:.3f}M instructions an article over {args.articles} dev "
              f"articles after the first ({loading / 1e6:,.0f}M for start, imports and the first article)")
        if args.top:
            before, after = inclusive(first), inclusive(both)
            per_article = {name: (count - before.get(name, 0)) / args.articles for name, count in after.items()}
            for name, count in sorted(per_article.items(), key=lambda item: -item[1])[: args.top]:
                print(f"{count / 1e3:10.1f}k  {name}")


if __name__ == "__main__":
    main()
