"""The story digest's section of bench/RESULTS.md (bench/results/digest.md), from the JSON that
bench/digest_quality.py and bench/digest_speed.py leave in docs/results/: each bar, its figure and
the command that prints it."""

from __future__ import annotations

import json
from pathlib import Path

import report

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "docs" / "results"


def render() -> None:
    """Write the digest fragment from whatever has been measured, then re-render the page."""
    found = {name: json.loads(path.read_text("utf-8")) for name in ("quality", "day", "archive")
             if (path := SOURCES / f"digest-{name}.json").exists()}
    lines = ["## Story digest (`python bench/digest_quality.py`, `python bench/digest_speed.py day|archive`)", "",
             "| bar | measured | command |", "|---|---|---|"]
    if "quality" in found:
        q = found["quality"]
        for name, block in q["sets"].items():
            m = block["systems"]["khulasa digest"]
            tfidf = next(v for k, v in block["systems"].items() if k.startswith("TF-IDF"))
            lines.append(f"| same-story P ≥ 0.90, R ≥ 0.70 ({name}, {block['pairs']} pairs) | P {m['precision']:.3f}, "
                         f"R {m['recall']:.3f} (TF-IDF {tfidf['precision']:.3f} / {tfidf['recall']:.3f}; exact title "
                         f"{block['systems']['exact title match']['precision']:.3f} / "
                         f"{block['systems']['exact title match']['recall']:.3f}) | `python bench/digest_quality.py` |")
        wide = q.get("stories_3_papers", [])
        lines.append(f"| a story of ≥ 3 papers has ≥ 3 bullets citing ≥ 2 papers (dev) | "
                     f"{q.get('stories_3_papers_with_3_multi_source_bullets', 0)} of {len(wide)} stories | "
                     "`python bench/digest_quality.py` |")
        if "stories_2_papers" in q:
            lines.append(f"| key names of stories of ≥ 2 papers (dev) | {q['stories_2_papers'] - q['stories_2_papers_without_names']}"
                         f" of {q['stories_2_papers']} have names | `python bench/digest_quality.py` |")
    if "day" in found:
        d = found["day"]
        lines.append(f"| a day of ≤ 500 articles in ≤ 10 s on one core | {d['articles']} articles of {d['date']}: "
                     f"{d['digest_cpu_s']} s CPU, peak {d['digest_peak_mib']} MiB (summaries alone "
                     f"{d['summarize_each_cpu_s']} s) | `python bench/digest_speed.py day` |")
    if "archive" in found:
        a = found["archive"]
        lines.append(f"| 25k-article archive on Dask, peak ≤ 2 GiB | {a['summary']}; wall {a['seconds']} s, "
                     f"peak RSS of all processes {a['peak_total_mib']} MiB | "
                     f"`python bench/digest_speed.py archive --split {a['split']} --jobs {a['jobs']}` |")
    (report.RESULTS / "digest.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    report.render()


if __name__ == "__main__":
    render()
