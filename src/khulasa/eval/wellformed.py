"""Well-formedness of what Khulasa prints: the share of headlines, highlights and key phrases
with each fault an editor names (EDITOR.md), found by checks built on the grammar layer.

ROUGE cannot see that a headline lost its verb or that a bullet opens on «بسبب»; these checks
can, roughly: their precision and recall against hand-labelled lines are measured by
`scripts/measure_wellformed.py` on tests/data/wellformed-labels.jsonl.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from itertools import islice
from typing import Any

from khulasa.eval.corpora import open_corpus
from khulasa.summarize.clauses import REPORTING_VERBS, modal_frame
from khulasa.summarize.keywords import dictionary_form, skeleton
from khulasa.text import grammar
from khulasa.text.morphology import analyses
from khulasa.text.normalize import normalize_word
from khulasa.text.stems import stopwords
from khulasa.text.tokens import words as split_words

MAX_HEADLINE_WORDS = 14
MAX_HIGHLIGHT_WORDS = 12
HEADLINE_FAULTS = ("no verb", "starts mid-phrase", "cut off", "dateline or furniture", "trailing mark", "too long")
HIGHLIGHT_FAULTS = ("bad opener", "cut off", "no verb", "junk", "too long")
KEYPHRASE_FAULTS = ("verb", "function word or clitic", "bare adjective", "not a noun phrase", "near-duplicate")
# Label codes of tests/data/wellformed-labels.jsonl → the fault names above.
LABEL_CODES = {
    "nv": "no verb", "sm": "starts mid-phrase", "co": "cut off", "dl": "dateline or furniture",
    "tp": "trailing mark", "tl": "too long", "op": "bad opener", "jk": "junk", "vb": "verb",
    "fw": "function word or clitic", "adj": "bare adjective", "sn": "near-duplicate",
    "dup": "near-duplicate",
}
_WIRES = frozenset(normalize_word(w) for w in "واس متابعات رويترز أ ف ب كونا وام بنا".split())
_FURNITURE = frozenset(normalize_word(w) for w in "شارك تويتر فيسبوك next previous".split())
_MONTHS = frozenset(
    normalize_word(w)
    for w in "شوال رمضان شعبان رجب محرم صفر يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split()
)
_EMBEDDERS = frozenset(normalize_word(w) for w in "أن إن بأن وأن الذي التي الذين والذي والتي ما".split())
_COMPLEMENTIZERS = frozenset(normalize_word(w) for w in "أنه أنها إنه إنها بأنه بأنها أنهم إنهم عن".split())
# (a straight quote ending a line closes a name when the line's quotes pair up: counted below)
_TRAILING_MARKS = "،,:؛;-–—(«"
_WHAT = normalize_word("ما")
_STILL = frozenset(normalize_word(w) for w in "يزال تزال يزالون".split())  # «ما يزال»: a negation


def _words(line: str) -> list[str]:
    return [normalize_word(w) for w in split_words(line)]


def _furniture(words: Sequence[str], line: str) -> bool:
    """A dateline, byline, wire slug, share box or page furniture."""
    head = words[:6]
    if any(w in _WIRES or w in _FURNITURE for w in head):
        return True
    if any(w in _MONTHS for w in head) and any(w.isdigit() for w in head):
        return True
    dash = re.search(r"\s[-–—]\s", line[:40])
    return dash is not None and not any(grammar.is_verb(w) for w in split_words(line[: dash.start()]))


def _quoted_name_closes(line: str) -> bool:
    """Does the line end on a quoted name of several words («… برنامج "ابتسامة يتيم"»)? Its last
    word is the name's, whatever it would be bare («يتيم» read as a verb)."""
    quoted = re.search(r"[«“\"]([^«»“”\"]+)[»”\"]$", line.rstrip())
    return quoted is not None and len(split_words(quoted.group(1))) > 1


def _cut_off(words: Sequence[str], line: str) -> bool:
    """Ends where a phrase cannot end (a particle, a title before its name, a verb still owed
    its object — Arabic news is verb-first, a final verb is a cut), leaves a complementizer or
    relative without its verb, or opens on a reporting verb whose claim never comes."""
    if not words or grammar.binds_forward(words[-1]) or grammar.is_title(words[-1]):
        return True
    if len(words) > 2 and grammar.is_verb(words[-1]) and not _quoted_name_closes(line):
        return True
    first = words[0][1:] if words[0][:1] in "وف" and len(words[0]) > 3 else words[0]
    if first in REPORTING_VERBS and not any(w in _EMBEDDERS or w in _COMPLEMENTIZERS for w in words[1:]):
        return True
    waiting = False
    for word in words:
        if word in _EMBEDDERS:
            waiting = True
        elif waiting and grammar.is_verb(word):
            waiting = False
    return waiting


def _subject_elided(words: Sequence[str], surface: Sequence[str]) -> bool:
    """«شدد على أن …», «تزيد من …», «سيوصون بـ…»: a verb whose subject is in another sentence
    (followed at once by a preposition, complementizer or pronoun-suffixed object, or carrying a
    plural ending itself). The object pronoun is read off the word as written (`surface`):
    normalized, «وزارة» is «وزاره», which reads as «وزار» + «ـه»."""
    if len(words) < 2 or not grammar.is_verb(words[0]):
        return False
    verb, following = words[0], words[1]
    readings = analyses(surface[1])
    pronoun_object = bool(readings) and readings[0].pronoun is not None and not following.startswith("ال")
    return (following in grammar.PREPOSITIONS or following in _EMBEDDERS or pronoun_object
            or grammar.tag(following) == "ADP" or verb.endswith(("ون", "وا")))


def _main_verb(words: list[str]) -> bool:
    """Does the line hold a verb of its own, not only a relative clause's («وزير التعليم [ما يتم]
    تداوله …», «… [الذي أقيم] …»)? «ما» before an imperfect is «what», before «يزال» a negation."""
    return any(grammar.is_verb(word) and not (n and (words[n - 1] in grammar.RELATIVES or (
        words[n - 1] == _WHAT and word[:1] in "يت" and word not in _STILL))) for n, word in enumerate(words))


def headline_faults(line: str) -> set[str]:
    """Faults of one headline (empty: it reads as printable to these checks)."""
    words = _words(line)
    faults: set[str] = set()
    if not words:
        return {"no verb"}
    if not _main_verb(words):
        faults.add("no verb")
    if not grammar.can_open(words[0]) or _subject_elided(words, split_words(line)):
        faults.add("starts mid-phrase")
    if _cut_off(words, line):
        faults.add("cut off")
    if _furniture(words, line):
        faults.add("dateline or furniture")
    stripped = line.rstrip()
    if stripped.endswith(tuple(_TRAILING_MARKS)) or stripped.count("«") != stripped.count("»") or stripped.count('"') % 2:
        faults.add("trailing mark")
    if len(words) > MAX_HEADLINE_WORDS:
        faults.add("too long")
    return faults


def highlight_faults(line: str) -> set[str]:
    """Faults of one highlight bullet (empty: self-contained to these checks)."""
    words = _words(line)
    faults: set[str] = set()
    if not words:
        return {"junk"}
    if not grammar.can_open(words[0]) and not modal_frame(words, 0):  # («من المتوقع أن …» opens a plan)
        faults.add("bad opener")
    if _cut_off(words, line) or _subject_elided(words, split_words(line)):
        faults.add("cut off")
    if not any(grammar.is_verb(w) for w in words):
        faults.add("no verb")
    if _furniture(words, line):
        faults.add("junk")
    if len(words) > MAX_HIGHLIGHT_WORDS:
        faults.add("too long")
    return faults


def keyphrase_faults(phrase: str, others: Sequence[str] = ()) -> set[str]:
    """Faults of one key phrase; `others` are the rest of its list (for near-duplicates)."""
    written = split_words(phrase)
    faults: set[str] = set()
    if not written:
        return {"not a noun phrase"}
    tags = [grammar.tag(w) for w in written]
    if "VERB" in tags:
        faults.add("verb")
    normalized = [normalize_word(w) for w in written]
    if (any(w in stopwords() or grammar.binds_forward(w) for w in normalized)
            or dictionary_form(written[0]) != written[0]
            or (len(normalized) == 1 and normalized[0].endswith("ا") and not normalized[0].startswith("ال"))):
        faults.add("function word or clitic")
    if len(written) == 1 and tags[0] == "ADJ":
        faults.add("bare adjective")
    if any(w[:1] in "و" and len(w) > 3 for w in normalized[1:]) or any(c.isdigit() for c in phrase):
        faults.add("not a noun phrase")
    shape = skeleton(phrase)
    if any(o != phrase and (shape <= skeleton(o) or skeleton(o) <= shape) for o in others):
        faults.add("near-duplicate")
    return faults


def _shares(rows: Iterable[set[str]], names: Sequence[str]) -> dict[str, float]:
    counts: Counter[str] = Counter()
    total = 0
    for faults in rows:
        total += 1
        counts.update(faults)
        counts["any fault"] += bool(faults)
    return {"lines": total, **{name: round(100 * counts[name] / max(total, 1), 1) for name in (*names, "any fault")}}


def _lead_clauses(text: str, count: int = 5, size: int = 8) -> list[str]:
    """The lead-clause box of EDITOR.md's protocol: the first clauses, cut to `size` words."""
    parts = [p.strip() for p in re.split(r"(?<=[.!؟?،])\s+|\n+", text) if len(p.split()) >= 4]
    return [" ".join(p.split()[:size]).strip("،.") for p in parts[:count]]


def measure(texts: Iterable[str], summarize: Callable[[str], Any]) -> dict[str, Any]:
    """Fault shares of Khulasa's outputs and of the two simple peers (first 12 words as headline,
    lead clauses as box) on the given articles."""
    ours_h: list[set[str]] = []
    ours_b: list[set[str]] = []
    ours_k: list[set[str]] = []
    first12: list[set[str]] = []
    lead: list[set[str]] = []
    for text in texts:
        try:
            summary = summarize(text)
        except ValueError:  # InputError: not an article (empty, not Arabic)
            continue
        ours_h.append(headline_faults(summary.headline.text))
        ours_b.extend(highlight_faults(h.text) for h in summary.highlights)
        ours_k.extend(keyphrase_faults(k, summary.keywords) for k in summary.keywords)
        first12.append(headline_faults(" ".join(text.split()[:12])))
        lead.extend(highlight_faults(c) for c in _lead_clauses(text))
    return {
        "headline": {"khulasa": _shares(ours_h, HEADLINE_FAULTS), "first12": _shares(first12, HEADLINE_FAULTS)},
        "highlights": {"khulasa": _shares(ours_b, HIGHLIGHT_FAULTS), "lead clauses": _shares(lead, HIGHLIGHT_FAULTS)},
        "keyphrases": {"khulasa": _shares(ours_k, KEYPHRASE_FAULTS)},
    }


def measure_corpus(corpus: str, split: str, limit: int | None) -> dict[str, Any]:
    """`measure` on a shared corpus split (SaudiNewsNet or EASC) with the default summarizer."""
    from khulasa.summarize.pipeline import summarize

    articles = islice(open_corpus(corpus, split), limit)
    report = measure((a.text for a in articles), summarize)
    return {"corpus": corpus, "split": split, **report}


def checker_agreement(labelled: Iterable[dict[str, Any]]) -> dict[str, dict[str, float]]:
    """Precision and recall of "has a fault" against hand labels, per kind of line. Key phrases
    are checked with the other phrases of the same article as their list."""
    rows = list(labelled)
    lists: dict[str, list[str]] = {}
    for row in rows:
        if row["kind"] == "keyphrase":
            lists.setdefault(row["article"], []).append(row["text"])
    checks: dict[str, Callable[[dict[str, Any]], set[str]]] = {
        "headline": lambda r: headline_faults(r["text"]),
        "highlight": lambda r: highlight_faults(r["text"]),
        "keyphrase": lambda r: keyphrase_faults(r["text"], lists[r["article"]]),
    }
    result = {}
    for kind, check in checks.items():
        pairs = [(bool(r["faults"]), bool(check(r))) for r in rows if r["kind"] == kind]
        true_positive = sum(gold and found for gold, found in pairs)
        flagged = sum(found for _, found in pairs)
        faulty = sum(gold for gold, _ in pairs)
        result[kind] = {
            "lines": len(pairs), "labelled_faulty": faulty, "flagged": flagged,
            "precision": round(true_positive / flagged, 3) if flagged else 0.0,
            "recall": round(true_positive / faulty, 3) if faulty else 0.0,
            "agreement": round(sum(g == f for g, f in pairs) / max(len(pairs), 1), 3),
        }
    return result


def print_report(report: dict[str, Any]) -> None:
    """One table per kind of line: share (%) of lines with each fault, Khulasa beside its peers."""
    from rich.console import Console
    from rich.table import Table

    console = Console(width=max(Console().width, 120))
    for kind, systems in report.items():
        if not isinstance(systems, dict) or "khulasa" not in systems:
            continue
        faults = [k for k in next(iter(systems.values())) if k != "lines"]
        table = Table(title=f"{kind}: % of lines with each fault ({report.get('corpus')} {report.get('split')})")
        table.add_column("system")
        table.add_column("lines", justify="right")
        for fault in faults:
            table.add_column(fault, justify="right")
        for name, shares in systems.items():
            table.add_row(name, str(shares["lines"]), *(f"{shares[f]:.1f}" for f in faults))
        console.print(table)
