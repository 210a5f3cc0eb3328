"""Article text from a web page: trafilatura's main-content extraction, tag stripping as fallback."""

from __future__ import annotations

import re
from html.parser import HTMLParser

# Elements whose content is never article text, and elements that end a line of text.
_SKIPPED = frozenset({"script", "style", "noscript", "template", "svg", "head", "iframe", "object"})
_BLOCKS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "td",
        "th",
        "tr",
        "ul",
    }
)
_SPACES_RE = re.compile(r"[ \t\r\f\v]+")
_BLANK_LINES_RE = re.compile(r"\n\s*\n+")


class _TextCollector(HTMLParser):
    """Visible text with a line break at every block boundary."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skip_depth += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            self.parts.append(data)


def strip_tags(html: str) -> str:
    """Every visible text node, one block per line: the fallback when extraction finds nothing."""
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    lines = (_SPACES_RE.sub(" ", line).strip() for line in "".join(collector.parts).split("\n"))
    return _BLANK_LINES_RE.sub("\n", "\n".join(line for line in lines if line)).strip()


def html_to_text(html: str) -> str:
    """The main article text of an HTML page (boilerplate and comments dropped), offline."""
    import trafilatura

    extracted = trafilatura.extract(
        html,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        favor_recall=True,
        with_metadata=False,
        output_format="txt",
    )
    if extracted and extracted.strip():
        return extracted.strip()
    return strip_tags(html)
