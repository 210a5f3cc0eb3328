"""What a service worker process runs: one article to summary JSON bytes (no web framework here).

The fork server imports this module once (see pool.PRELOAD), so every worker starts with the
summarizer and trafilatura imported; `warm_up` then loads the models in the worker.
"""

from __future__ import annotations

import json
from importlib import resources

import trafilatura  # noqa: F401  imported here so that the fork server loads it once

from khulasa.config import SummaryConfig
from khulasa.errors import InputError
from khulasa.service.webpage import html_to_text
from khulasa.summarize.pipeline import summarize

EXAMPLE_TEXT = resources.files("khulasa.data").joinpath("example-article.txt").read_text("utf-8")


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
        _refuse_surrogates(html)
        text = html_to_text(html)
        if not text.strip():
            raise InputError("empty", "the HTML page has no text")
    else:
        text = text or ""
        _refuse_surrogates(text)
    config = SummaryConfig(
        sentences=sentences, words=words, highlights=highlights, max_input_bytes=max_bytes
    )
    summary = summarize(text, config).to_dict()
    return json.dumps(summary, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode()


def _refuse_surrogates(text: str) -> None:
    """JSON can carry lone surrogates (\\ud800); they are not text and cannot be encoded back."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise InputError(
            "invalid_utf8", f"text contains an unpaired surrogate at character {error.start}"
        ) from None
