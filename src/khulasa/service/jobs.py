"""What a service worker process runs: one article to summary JSON bytes (no web framework here).

The fork server imports this module once (see pool.PRELOAD), so every worker starts with the
summarizer and trafilatura imported; `warm_up` then loads the models in the worker.
"""

from __future__ import annotations

import json

import trafilatura  # noqa: F401  imported here so that the fork server loads it once

from khulasa.config import SummaryConfig
from khulasa.data import example_article
from khulasa.errors import InputError
from khulasa.service.webpage import html_to_text
from khulasa.summarize.pipeline import summarize
from khulasa.text.inputs import refuse_lone_surrogates

EXAMPLE_TEXT = example_article()


def warm_up() -> None:
    """Load every model and table a summary needs, before the worker takes its first job."""
    summarize(EXAMPLE_TEXT)
    html_to_text("<article><p>" + EXAMPLE_TEXT + "</p></article>")


def summarize_article(
    text: str | None,
    html: str | None,
    sentences: int,
    words: int | None,
    highlights: int,
    max_bytes: int,
) -> bytes:
    """The Summary JSON (UTF-8 bytes) for one article given as text or as HTML.

    InputError for input that cannot be summarized. Serialized here, in the worker, so the
    server's event loop only copies bytes.
    """
    if html is not None:
        if not html.strip():
            raise InputError("empty", "html is empty")
        refuse_lone_surrogates(html)  # before extraction; summarize checks plain text itself
        text = html_to_text(html)
        if not text.strip():
            raise InputError("empty", "the HTML page has no text")
    else:
        text = text or ""
    config = SummaryConfig(
        sentences=sentences, words=words, highlights=highlights, max_input_bytes=max_bytes
    )
    summary = summarize(text, config).to_dict()
    return json.dumps(summary, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode()

