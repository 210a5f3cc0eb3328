"""The right-to-left page in a real headless Chromium: paste, summarize, highlights, links, export;
upload a day of articles and see its stories.

Needs Debian's chromium (scripts/install-browser.sh) and the playwright package (dev extra);
`playwright install` is never run: Playwright drives /usr/bin/chromium directly.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote

import httpx
import pytest

pytest.importorskip("fastapi", reason="the HTTP service needs the serve extra")
uvicorn = pytest.importorskip("uvicorn", reason="the HTTP service needs the serve extra")
sync_api = pytest.importorskip(
    "playwright.sync_api", reason="playwright is not installed (dev extra)"
)

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
if not Path(CHROMIUM).exists():
    pytest.skip("chromium not found: run scripts/install-browser.sh", allow_module_level=True)

from offsets import kept_in_order  # noqa: E402

from khulasa.service import create_app  # noqa: E402 (after the skip when chromium is missing)

SCREENSHOT = Path(__file__).resolve().parents[1] / "docs" / "screenshot.png"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def server_url() -> Iterator[str]:
    """uvicorn on a free loopback port, in a thread, for the length of this module."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(create_app(), log_level="warning", access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    for _ in range(200):  # wait for startup (at most ~10 s), not a timing assertion
        if server.started:
            break
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    sock.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture()
def page(browser, server_url: str):
    context = browser.new_context(
        viewport={"width": 1280, "height": 1000}, accept_downloads=True, locale="ar"
    )
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server_url)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(server_url + "/")
    page.wait_for_selector("body[data-state='ready']")
    yield page
    context.close()
    assert not errors, f"JavaScript errors on the page: {errors}"


def summarize_in_page(page, article: str, sentences: str = "3") -> None:
    page.fill("#article", article)
    page.select_option("#sentences", sentences)
    page.click("#submit")
    page.wait_for_selector("body[data-state='done'], body[data-state='error']")


def test_page_summarizes_the_example(page, example_text: str) -> None:
    assert page.evaluate("document.dir") == "rtl"
    assert page.evaluate("document.documentElement.lang") == "ar"
    summarize_in_page(page, example_text)
    assert page.get_attribute("body", "data-state") == "done"

    headline = page.text_content("#headline")
    assert headline and headline.split()[0] in example_text  # cut from the article
    highlights = page.locator("#highlights li").all_text_contents()
    assert len(highlights) == 5
    summary_text = " ".join(page.locator("#summary p").all_text_contents())
    assert "أنقرة وواشنطن" in summary_text  # run-together words repaired
    assert page.locator("#summary p").count() == 2  # a third of the 6 body sentences

    # Every highlight and summary sentence is marked in the article text, exactly.
    marked = page.evaluate(
        """kind => Array.from(document.querySelectorAll('#highlights a, #summary a'), (a, i) => {
            const [k, n] = a.getAttribute('href').slice(5).split('-');
            const parts = document.querySelectorAll(`#source mark[data-${k}~="${n}"]`);
            return [a.textContent, Array.from(parts, m => m.textContent).join('')];
        })"""
    )
    assert len(marked) == 7  # 5 highlights + 2 summary sentences
    for link_text, mark_text in marked[5:]:
        assert link_text == mark_text
    # A highlight may be compressed («تقارير: الجانب التركي …» from «وأشارت تقارير إلى أن الجانب
    # التركي …», «الخبراء الإستراتيجيون: …» from «الخبراء الإستراتيجيين، فإن …»): its words are
    # the marked stretch's, in order.
    for link_text, mark_text in marked[:5]:
        assert kept_in_order(link_text, mark_text), link_text
    assert page.locator("#source mark.highlight").count() >= 5
    assert page.locator("#source mark.sentence").count() >= 2

    # Digits inside Arabic («إس 400») are isolated.
    assert "400" in page.locator("#source bdi").all_text_contents()
    assert (
        page.evaluate("getComputedStyle(document.querySelector('#source bdi')).unicodeBidi")
        == "isolate"
    )

    SCREENSHOT.parent.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOT), full_page=True)


def test_highlight_link_scrolls_to_and_flashes_its_place(page, example_text: str) -> None:
    summarize_in_page(page, example_text)
    last = page.locator("#highlights a").last
    last.click()
    target = "#source mark[data-h~='4']"
    assert "flash" in (page.get_attribute(target, "class") or "")
    # Scrolled into the article pane's visible area (waits for the smooth scroll to settle).
    page.wait_for_function(
        """sel => {
            const box = document.querySelector(sel).getBoundingClientRect();
            const pane = document.querySelector('#source').getBoundingClientRect();
            return box.top >= pane.top - 1 && box.bottom <= pane.bottom + 1
                && box.top >= 0 && box.bottom <= innerHeight;
        }""",
        arg=target,
    )


def test_download_json_and_copy_as_text(page, example_text: str) -> None:
    summarize_in_page(page, example_text, sentences="2")
    with page.expect_download() as info:
        page.click("#download")
    download = info.value
    assert download.suggested_filename == "khulasa-summary.json"
    data = json.loads(Path(download.path()).read_text("utf-8"))
    assert data["schema_version"] == 1 and len(data["sentences"]) == 2
    assert data["headline"]["text"] == page.text_content("#headline")

    page.click("#copy")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("العنوان: " + data["headline"]["text"])
    assert "أبرز النقاط:" in copied and data["sentences"][1]["text"] in copied


def test_html_paste_is_extracted(page, example_text: str) -> None:
    paragraphs = "".join(f"<p>{line}</p>" for line in example_text.splitlines())
    html = f"<html><body><nav>الرئيسية | أخبار</nav><article>{paragraphs}</article></body></html>"
    summarize_in_page(page, html)
    assert page.get_attribute("body", "data-state") == "done"
    assert "HTML" in page.text_content("#status")
    assert "<p>" not in page.text_content("#source")
    assert page.locator("#highlights li").count() >= 3


def test_user_text_is_never_markup(page, example_text: str) -> None:
    hostile = example_text + '\nقال <img src=x onerror="window.__xss=1"> المتحدث ذلك.'
    page.select_option("#format", "text")
    summarize_in_page(page, hostile)
    assert page.evaluate("window.__xss") is None
    assert page.locator("#result img").count() == 0


def test_error_is_shown_in_arabic(page) -> None:
    summarize_in_page(page, "This is an English sentence with nothing to summarize here.")
    assert page.get_attribute("body", "data-state") == "error"
    status = page.locator("#status")
    assert "عربية" in status.text_content()
    assert "error" in (status.get_attribute("class") or "")
    assert page.locator("#result").is_hidden()


# The digest view: a small real-shaped day (three papers on one event, others apart) from
# SaudiNewsNet dev, uploaded as the user would; the page must show what /v1/digest returns.
DIGEST_SCREENSHOT = SCREENSHOT.parent / "digest-screenshot.png"
NAZIF = ("snn-8b847bddc42e", "snn-a17e8cec1395", "snn-ea7e03d42e33")


@pytest.fixture(scope="module")
def day_rows(story_day: list[dict]) -> list[dict]:
    """Three papers on one event (NAZIF) among articles on other events."""
    return story_day


def upload_digest(page, name: str, content: bytes, mime: str) -> None:
    page.set_input_files("#digest-file", files=[{"name": name, "mimeType": mime, "buffer": content}])
    page.click("#digest-submit")
    page.wait_for_selector("#digest[data-state='done'], #digest[data-state='error']")


def api_digest(server_url: str, rows: list[dict]) -> dict:
    response = httpx.post(server_url + "/v1/digest", json={"articles": rows}, timeout=60)
    assert response.status_code == 200, response.text
    return response.json()


def test_digest_view_shows_stories_and_expands_to_sources(
    page, server_url: str, day_rows: list[dict]
) -> None:
    jsonl = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in day_rows)
    upload_digest(page, "day.jsonl", (jsonl + "{not json\n").encode(), "application/x-ndjson")
    assert page.get_attribute("#digest", "data-state") == "done"
    expected = api_digest(server_url, day_rows)

    stories = page.locator("#stories .story")
    assert stories.count() == len(expected["stories"]) >= 1
    assert stories.locator("h3").all_text_contents() == [s["headline"] for s in expected["stories"]]
    top, story = stories.first, expected["stories"][0]
    assert top.get_attribute("data-articles") == str(story["article_count"]) == str(len(NAZIF))
    bullets = top.locator(".box li")
    assert bullets.count() == len(story["highlights"]) >= 3
    for k, bullet in enumerate(story["highlights"]):
        assert bullet["text"] in bullets.nth(k).text_content()
        assert all(paper in bullets.nth(k).locator("cite").text_content() for paper in bullet["sources"])

    # Collapsed until asked; then the papers, dates, titles and links of the story's articles.
    sources = top.locator(".story-sources .source-item")
    assert sources.first.is_hidden()
    top.locator(".story-sources summary").click()
    assert sources.first.is_visible() and sources.count() == len(NAZIF)
    rows = {row["id"]: row for row in day_rows}
    for k, article in enumerate(story["articles"]):
        item, row = sources.nth(k), rows[article["id"]]
        assert item.locator(".paper").text_content() == row["source"]
        assert item.locator(".date").text_content() == row["date"]
        link = item.locator("a")
        assert link.text_content() == row["title"]
        assert unquote(link.get_attribute("href")) == row["url"]
        assert link.get_attribute("rel") == "noopener noreferrer"
    # Paper names and dates are isolated from the Arabic around them.
    assert page.evaluate("getComputedStyle(document.querySelector('.source-item .date')).direction") == "ltr"

    # The line that is not JSON is reported with its line number, not dropped.
    assert page.locator("#digest-errors").is_visible()
    assert f"{len(day_rows) + 1}:" in page.text_content("#digest-error-list")
    assert "bad JSON" in page.text_content("#digest-error-list")
    page.locator("#digest").screenshot(path=str(DIGEST_SCREENSHOT))


def test_digest_view_reads_csv_like_jsonl(page, server_url: str, day_rows: list[dict]) -> None:
    # Texts hold commas, quotes and line breaks: the CSV reader must keep each record whole.
    columns = ["id", "source", "date", "url", "title", "text"]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(day_rows)
    assert any("\n" in row["text"] or '"' in row["text"] for row in day_rows)
    upload_digest(page, "day.csv", buffer.getvalue().encode(), "text/csv")
    assert page.get_attribute("#digest", "data-state") == "done"
    expected = api_digest(server_url, [{k: row[k] for k in columns} for row in day_rows])
    headlines = page.locator("#stories .story h3").all_text_contents()
    assert headlines == [s["headline"] for s in expected["stories"]]
    assert page.locator("#digest-errors").is_hidden()


def test_digest_view_keeps_file_text_as_text(page, day_rows: list[dict]) -> None:
    hostile = {**day_rows[2], "title": '<img src=x onerror="window.__xss=1"> نظيف',
               "url": "javascript:window.__xss=2"}
    english = {"id": "en", "text": "An English row with nothing Arabic in it."}
    content = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in (hostile, english))
    upload_digest(page, "hostile.jsonl", content.encode(), "application/x-ndjson")
    assert page.get_attribute("#digest", "data-state") == "done"
    assert page.evaluate("window.__xss") is None
    assert page.locator("#digest img").count() == 0
    page.locator("#stories .story-sources summary").first.click()
    item = page.locator("#stories .source-item").first
    assert item.locator("a").count() == 0 and "<img" in item.text_content()
    assert "لا يحتوي النص على عربية" in page.text_content("#digest-error-list")


def test_digest_view_error_for_a_file_without_articles(page) -> None:
    upload_digest(page, "empty.jsonl", b"\n\n", "application/x-ndjson")
    assert page.get_attribute("#digest", "data-state") == "error"
    assert "error" in (page.get_attribute("#digest-status", "class") or "")
    assert page.locator("#stories .story").count() == 0
