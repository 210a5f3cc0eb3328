"""Rows in, Digest out: summarize each row as batch does (same per-row errors), keep what the
digest needs of it, group the articles into stories and fill each story's box."""

from __future__ import annotations

import threading
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from khulasa.batch.rows import BatchOptions, row_id, summarize_row
from khulasa.batch.workers import Item, Workers
from khulasa.digest.box import Passage, candidates, highlight_box
from khulasa.digest.group import Profile, group, profile, vectors
from khulasa.digest.model import ArticleRef, Digest, DigestConfig, RowError, Story
from khulasa.digest.names import key_names, mentions
from khulasa.text.normalize import normalize_letters

# Rows per chunk handed to the isolated worker process.
ISOLATED_CHUNK = 16


@dataclass(frozen=True)
class Member:
    """What the digest keeps of one summarized article (not its text)."""

    ref: ArticleRef
    day: date | None
    profile: Profile
    passages: tuple[Passage, ...]
    keywords: tuple[str, ...]
    fallback_headline: str
    mentions: dict[str, str]


def parse_day(value: Any) -> date | None:
    """The calendar day of a date or datetime string (ISO, as in SaudiNewsNet); None if not one."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _text_field(row: Mapping[str, Any], key: str) -> str | None:
    value = row.get(key)
    return value.strip() or None if isinstance(value, str) else None


def _options(config: DigestConfig) -> BatchOptions:
    return BatchOptions(config.id_column, config.text_column, config.summary,
                        time_limit=config.row_seconds or None)


def prepare(line: int, row: Any, config: DigestConfig) -> Member | RowError:
    """One input row summarized here: a member article ready for grouping, or its error
    (batch's reasons). The row's time budget needs this process's main thread (SIGALRM); on any
    other thread, see `digest_rows(isolated=True)`."""
    options = _options(config)
    if threading.current_thread() is not threading.main_thread():
        options = replace(options, time_limit=None)
    return member(line, row, summarize_row(line, row, options), config)


def member(line: int, row: Any, record: dict[str, Any], config: DigestConfig) -> Member | RowError:
    """A row and its batch record: a member article ready for grouping, or its error."""
    if record["status"] != "ok":
        return RowError(record["id"], line, record["error_reason"], record["error_message"])
    text = row[config.text_column]
    title = _text_field(row, "title")
    day = parse_day(row.get("date"))
    ref = ArticleRef(record["id"], _text_field(row, "source"), _text_field(row, "date"),
                     _text_field(row, "url"), title)
    passages = tuple(candidates(0, text, record["sentences"], record["highlights"]))
    found = mentions(title, text)
    return Member(ref, day, profile(title, text, day, found), passages, tuple(record["keywords"]),
                  record["headline"]["text"], found)


def _ranked_phrases(members: list[Member], limit: int) -> tuple[str, ...]:
    """Key phrases by how many papers use them, first spelling kept."""
    papers: dict[str, set[str]] = {}
    spelling: dict[str, str] = {}
    for member in members:
        for phrase in member.keywords:
            key = normalize_letters(phrase)
            spelling.setdefault(key, phrase)
            papers.setdefault(key, set()).add(member.ref.source or member.ref.id)
    ranked = sorted(papers, key=lambda key: -len(papers[key]))
    return tuple(spelling[key] for key in ranked[:limit])


def _headline(members: list[Member]) -> tuple[str, str]:
    """The member title closest to all the others (a paper's own headline reads as one), or the
    summarizer's headline where no member has a title."""
    titled = [m for m in members if m.ref.title]
    if not titled:
        return members[0].fallback_headline, members[0].ref.id
    matrix = vectors([m.profile.title_terms for m in titled])
    centrality = (matrix @ matrix.T).sum(axis=1).A.ravel()
    best = titled[int(centrality.argmax())]
    return best.ref.title or "", best.ref.id


def build_story(members: list[Member], config: DigestConfig, day_frequency: Counter[str]) -> Story:
    """A story from its member articles (in any order); `day_frequency` counts the articles of
    the batch that name each candidate name."""
    members = sorted(members, key=lambda m: (m.ref.date or "", m.ref.source or "", m.ref.id))
    passages = [replace(p, member=k) for k, m in enumerate(members) for p in m.passages]
    ids = [m.ref.id for m in members]
    sources = [m.ref.source for m in members]
    headline, origin = _headline(members)
    dates = sorted(m.ref.date for m in members if m.ref.date)
    return Story(
        headline=headline,
        headline_from=origin,
        highlights=highlight_box(passages, ids, sources, config.highlights),
        keywords=_ranked_phrases(members, config.keywords),
        names=key_names([(m.ref.source or m.ref.id, m.mentions) for m in members], day_frequency, config.names),
        sources=tuple(dict.fromkeys(s for s in sources if s)),
        article_count=len(members),
        first_date=dates[0] if dates else None,
        last_date=dates[-1] if dates else None,
        articles=tuple(m.ref for m in members),
    )


def _rank_key(story: Story) -> tuple[int, str, int]:
    """Sorted descending: more papers first, then the most recent, then the larger story."""
    return (max(len(story.sources), 1), story.last_date or "", story.article_count)


def _isolated(rows: Iterable[tuple[int, Any]], config: DigestConfig) -> Iterator[tuple[int, Any, dict[str, Any]]]:
    """Rows with their records, summarized in a forked worker process (batch's bounded workers):
    there the row's time limit has a main thread to run on, and a row that hangs or dies anyway
    is killed and becomes its error record (too_slow, too_large, worker_died)."""
    options = replace(_options(config), memory_limit=config.row_memory or None)
    pending: deque[list[tuple[int, Any]]] = deque()

    def chunks() -> Iterator[list[Item]]:
        batch: list[tuple[int, Any]] = []
        for pair in rows:
            batch.append(pair)
            if len(batch) == ISOLATED_CHUNK:
                pending.append(batch)
                yield list(batch)
                batch = []
        if batch:
            pending.append(batch)
            yield list(batch)

    with Workers(1, options, dict) as workers:
        for outcomes in workers.run(chunks(), in_flight=2):
            for (line, row), (_, record) in zip(pending.popleft(), outcomes, strict=True):
                yield line, row, record


def digest_rows(rows: Iterable[tuple[int, Any]], config: DigestConfig | None = None,
                on_progress: Callable[[int], None] | None = None, *, isolated: bool = False) -> Digest:
    """The digest of (line, row) pairs as the batch readers yield them (streamed: only the
    compact Member of each row is kept). `isolated` summarizes the rows in a forked worker
    process, for callers off the main thread (a Dask task), so that each row keeps its time
    limit."""
    config = config or DigestConfig()
    members: list[Member] = []
    errors: list[RowError] = []
    seen: Counter[str] = Counter()
    options = BatchOptions(config.id_column, config.text_column)

    def unique() -> Iterator[tuple[int, Any]]:
        for line, row in rows:
            identifier = row_id(line, row, options)
            seen[identifier] += 1
            if seen[identifier] == 1:
                yield line, row
                continue
            errors.append(RowError(identifier, line, "duplicate_id",
                                   f"id {identifier} already used by an earlier row"))
            if on_progress:
                on_progress(1)

    summarized = (_isolated(unique(), config) if isolated else
                  ((line, row, None) for line, row in unique()))
    for line, row, record in summarized:
        outcome = prepare(line, row, config) if record is None else member(line, row, record, config)
        (errors if isinstance(outcome, RowError) else members).append(outcome)  # type: ignore[arg-type]
        if on_progress:
            on_progress(1)
    return assemble(members, errors, config)


def assemble(members: list[Member], errors: list[RowError], config: DigestConfig) -> Digest:
    """Group prepared members into ranked stories (within a day each when `by_day`)."""
    batches: dict[date | None, list[Member]] = {}
    for member in members:
        batches.setdefault(member.day if config.by_day else None, []).append(member)
    stories = []
    for batch in batches.values():
        window = 0 if config.by_day else config.window_days
        groups = group([m.profile for m in batch], same_story=config.same_story,
                       near_duplicate=config.near_duplicate, window=window)
        day_frequency = Counter(key for member in batch for key in member.mentions)
        stories += [build_story([batch[i] for i in g], config, day_frequency) for g in groups]
    stories.sort(key=lambda s: ((s.last_date or "")[:10] if config.by_day else "", *_rank_key(s)),
                 reverse=True)
    shown = tuple(s for s in stories if max(len(s.sources), 1) >= config.min_sources)
    omitted = tuple(a.id for s in stories if max(len(s.sources), 1) < config.min_sources
                    for a in s.articles)
    return Digest(shown, tuple(sorted(errors, key=lambda e: e.line)), omitted)


def digest(articles: Iterable[Mapping[str, Any]], config: DigestConfig | None = None) -> Digest:
    """Stories of a collection of articles (dicts with `text` and optional `id`, `title`,
    `source`, `date`, `url`): every article lands in exactly one story, or in `errors` with the
    reason batch would give (or in `omitted`, below `min_sources`)."""
    return digest_rows(enumerate(articles, 1), config)
