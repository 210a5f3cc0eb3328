"""The digest as Markdown (for notes and newsletters) and as one self-contained, escaped,
right-to-left HTML page."""

from __future__ import annotations

from html import escape

from khulasa.digest.model import Digest, Story

_CSS = """body{font-family:"Noto Naskh Arabic","Amiri",Tahoma,sans-serif;max-width:52rem;margin:2rem auto;
padding:0 1rem;line-height:1.8;color:#1b1b1b;background:#fff}h1{font-size:1.6rem}h2.day{border-bottom:1px solid #ccc}
article{border:1px solid #ddd;border-radius:8px;padding:.8rem 1.2rem;margin:1rem 0}
article h3{margin:.2rem 0;font-size:1.25rem}.meta{color:#555;font-size:.9rem}
li cite{color:#666;font-size:.85rem;font-style:normal}details{margin-top:.5rem}
.names{font-size:.9rem}table{border-collapse:collapse}td,th{padding:.2rem .6rem;border:1px solid #ddd}"""


def _day(story: Story) -> str:
    return (story.last_date or "")[:10] or "—"


def _meta(story: Story) -> str:
    dates = sorted({d[:10] for d in (story.first_date, story.last_date) if d})
    papers = "، ".join(story.sources) or "—"
    return (f"المصادر ({len(story.sources)}): {papers} · المقالات: {story.article_count} · "
            f"{' – '.join(dates) or 'بلا تاريخ'}")


def to_markdown(result: Digest, by_day: bool = False) -> str:
    """Markdown in an RTL block: one section per story, cited bullets, sources with links."""
    parts = ['<div dir="rtl" lang="ar">', "", "# موجز الأخبار", ""]
    day = None
    for number, story in enumerate(result.stories, 1):
        if by_day and _day(story) != day:
            day = _day(story)
            parts += [f"## {day}", ""]
        parts += [f"### {number}. {story.headline}", "", f"_{_meta(story)}_", ""]
        for bullet in story.highlights:
            parts.append(f"- {bullet.text} ‹{'، '.join(bullet.sources) or bullet.citations[0].id}›")
        if story.names:
            parts += ["", "**أسماء:** " + "، ".join(story.names)]
        parts += ["", "**المقالات:**"]
        for article in story.articles:
            title = article.title or article.id
            link = f"[{title}]({article.url})" if article.url else title
            parts.append(f"- {link} — {article.source or '—'}، {article.date or '—'}")
        parts.append("")
    if result.errors:
        parts += ["## أسطر لم تُستخدم", "", "| id | line | reason | message |", "|---|---|---|---|"]
        parts += [f"| {e.id} | {e.line} | {e.reason} | {e.message} |" for e in result.errors]
        parts.append("")
    parts.append("</div>")
    return "\n".join(parts)


def _story_html(number: int, story: Story) -> str:
    bullets = "".join(
        f"<li>{escape(b.text)} <cite>‹{escape('، '.join(b.sources) or b.citations[0].id)}›</cite></li>"
        for b in story.highlights)
    names = (f'<p class="names"><strong>أسماء:</strong> {escape("، ".join(story.names))}</p>'
             if story.names else "")
    articles = "".join(
        "<li>" + (f'<a href="{escape(a.url)}" rel="noopener">{escape(a.title or a.id)}</a>' if a.url
                  else escape(a.title or a.id))
        + f" — {escape(a.source or '—')}، {escape(a.date or '—')}</li>"
        for a in story.articles)
    return (f"<article><h3>{number}. {escape(story.headline)}</h3>"
            f'<p class="meta">{escape(_meta(story))}</p><ul>{bullets}</ul>{names}'
            f"<details><summary>المقالات ({story.article_count})</summary><ul>{articles}</ul></details>"
            "</article>")


def to_html(result: Digest, by_day: bool = False) -> str:
    """One HTML file with its style inline (no scripts, no external resources); all text escaped."""
    body = []
    day = None
    for number, story in enumerate(result.stories, 1):
        if by_day and _day(story) != day:
            day = _day(story)
            body.append(f'<h2 class="day">{escape(day)}</h2>')
        body.append(_story_html(number, story))
    if result.errors:
        rows = "".join(f"<tr><td>{escape(e.id)}</td><td>{e.line}</td><td>{escape(e.reason)}</td>"
                       f"<td>{escape(e.message)}</td></tr>" for e in result.errors)
        body.append("<h2>أسطر لم تُستخدم</h2><table><tr><th>id</th><th>line</th><th>reason</th>"
                    f"<th>message</th></tr>{rows}</table>")
    return ('<!DOCTYPE html>\n<html dir="rtl" lang="ar"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>موجز الأخبار</title><style>{_CSS}</style></head><body><h1>موجز الأخبار</h1>"
            + "".join(body) + "</body></html>\n")
