"""A tiny end-to-end evaluation: real EASC articles, every system, the CLI and its JSON."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from khulasa.cli import app
from khulasa.eval.run import bootstrap_interval, example_highlight_scores, paired_bootstrap_p


def test_evaluate_cli_on_a_few_easc_articles(shared_data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KHULASA_DATA", str(shared_data))
    out = tmp_path / "report.json"
    result = CliRunner().invoke(app, ["evaluate", "--corpus", "easc", "--limit", "4", "--json", str(out)])
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text("utf-8"))
    assert report["split_read"] == "dev" and report["articles"] == 4
    systems = report["systems"]
    assert set(systems) == {"lead", "random", "textrank", "lexrank", "textrank-sumy", "lexrank-sumy",
                            "khulasa", "khulasa-learned", "khulasa-centrality", "oracle"}
    # The default is LEAD's order under the same budget, so it scores exactly what LEAD scores.
    assert systems["khulasa"]["rouge1"] == systems["lead"]["rouge1"]
    for scores in systems.values():
        assert 0 < scores["rouge1"]["f1"] <= 100
        assert scores["rouge1"]["ci_low"] <= scores["rouge1"]["f1"] <= scores["rouge1"]["ci_high"]
    # The oracle is the upper bound of sentence selection under the same budget.
    assert systems["oracle"]["rouge1"]["f1"] >= max(s["rouge1"]["f1"] for s in systems.values())
    assert set(report["khulasa_vs"]) == set(systems) - {"khulasa"}


def test_evaluate_headlines_and_errors(shared_data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KHULASA_DATA", str(shared_data))
    runner = CliRunner()
    ok = runner.invoke(app, ["evaluate", "--corpus", "saudinewsnet", "--limit", "20", "--rouge", "xlsum"])
    assert ok.exit_code == 0 and "first12" in ok.stdout
    bad = runner.invoke(app, ["evaluate", "--systems", "nope", "--limit", "2"])
    assert bad.exit_code == 2 and "unknown system" in bad.stderr


def test_a_refused_article_scores_zero_and_the_run_goes_on(tmp_path: Path) -> None:
    """One row with too little Arabic (a Latin table with an Arabic caption) used to stop the
    whole evaluation with an error; it is now an empty headline scored 0."""
    corpus = tmp_path / "titles.jsonl"
    rows = [
        {"text": "نفى وزير التعليم ما يتم تداوله عن تأجيل الدراسة، قائلا إن ذلك غير صحيح. وأضاف أن "
                 "العام الدراسي سيبدأ في موعده.", "summaries": ["وزير التعليم ينفي تأجيل الدراسة"]},
        {"text": "جدول: " + " ".join(f"Team{i} {i} points" for i in range(30)), "summaries": ["جدول الترتيب"]},
    ]
    corpus.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["evaluate", "--corpus", str(corpus), "--systems", "khulasa,lead"])
    assert result.exit_code == 0, result.stderr
    assert "2 articles" in result.stdout


def test_bootstrap_statistics() -> None:
    values = np.array([50.0, 52, 48, 51, 49, 50])
    low, high = bootstrap_interval(values)
    assert low <= values.mean() <= high
    better = values + 1.0
    assert paired_bootstrap_p(better, values) < 0.01  # always better: significant
    assert paired_bootstrap_p(values, values) == 1.0  # identical: no difference


@pytest.mark.xfail(
    strict=True,
    reason="issue 9: bullets are now whole statements of 8-12 words; the editor's box is 4-5-word "
    "noun phrases, so ROUGE-1 precision fell (R1 about 22 < the 30 bar) - see the issue-9 report",
)
def test_example_highlights_against_the_editor() -> None:
    scores = example_highlight_scores()
    assert len(scores["editor_highlights"]) == 5
    assert scores["max_words"] <= 12
    assert scores["rouge1"]["f1"] >= 30.0


def test_public_evaluate_is_lazy() -> None:
    import subprocess
    import sys

    code = (
        "import sys, khulasa; heavy = [m for m in ('rouge_score', 'sumy') if m in sys.modules]; "
        "assert not heavy, heavy; from khulasa.eval.run import evaluate; "
        "assert khulasa.evaluate is evaluate; print('ok')"
    )
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip() == "ok"


def test_default_summary_is_lead_selection_on_every_easc_dev_article(shared_data: Path) -> None:
    """The default never does worse than LEAD because, under the same budget, it is LEAD's
    selection, sentence for sentence."""
    from khulasa.eval.corpora import open_corpus
    from khulasa.eval.run import reference_budget
    from khulasa.eval.systems import Khulasa, Lead

    articles = list(open_corpus("easc", "dev", shared_data))
    assert len(articles) == 30
    for article in articles:
        budget = reference_budget(article)
        assert Khulasa()(article.text, budget, article.references) == Lead()(
            article.text, budget, article.references
        )
