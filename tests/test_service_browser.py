"""The right-to-left page in a real headless Chromium: paste, summarize, highlights, links, export.

Needs Debian's chromium (scripts/install-browser.sh) and the playwright package (dev extra);
`playwright install` is never run: Playwright drives /usr/bin/chromium directly.
"""

from __future__ import annotations

import json
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the HTTP service needs the serve extra")
uvicorn = pytest.importorskip("uvicorn", reason="the HTTP service needs the serve extra")
sync_api = pytest.importorskip(
    "playwright.sync_api", reason="playwright is not installed (dev extra)"
)

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
if not Path(CHROMIUM).exists():
    pytest.skip("chromium not found: run scripts/install-browser.sh", allow_module_level=True)

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
    for link_text, mark_text in marked:
        assert link_text == mark_text
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
