"""Bad input is refused with a reason and a one-line message, never a crash."""

from __future__ import annotations

import pytest

from khulasa.errors import InputError
from khulasa.text.inputs import check_text, decode_input

ARABIC = "أطلقت وزارة الصحة حملة وطنية للتطعيم."


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\x00\x01\x02binary\x00data", "binary"),
        (bytes(range(256)), "binary"),
        ("نص عربي".encode("utf-8")[:-1] + b"\xff", "invalid_utf8"),
        (ARABIC.encode("utf-8") * 100, "too_large"),
    ],
)
def test_decode_refuses(data: bytes, reason: str) -> None:
    with pytest.raises(InputError) as caught:
        decode_input(data, max_bytes=2000)
    assert caught.value.reason == reason
    assert "\n" not in str(caught.value)


def test_decode_accepts_utf8_with_bom() -> None:
    assert decode_input(b"\xef\xbb\xbf" + ARABIC.encode("utf-8"), 10_000) == ARABIC


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty"),
        ("  \n\t ", "empty"),
        ("This is an English news article about the economy.", "not_arabic"),
        ("12345 678 90", "not_arabic"),
        ("Breaking news from Riyadh today: مرحبا " + "and more English words " * 20, "not_arabic"),
    ],
)
def test_check_text_refuses(text: str, reason: str) -> None:
    with pytest.raises(InputError) as caught:
        check_text(text, 10_000)
    assert caught.value.reason == reason


def test_check_text_accepts_arabic_with_latin_names() -> None:
    text = "وقال المدير التنفيذي لشركة Apple تيم كوك إن الشركة ستفتتح مكتبا في الرياض."
    assert check_text(text, 10_000) == text


def test_arabic_article_with_a_latin_table_is_summarized(example_text: str) -> None:
    """The issue's case: an Arabic article carrying a table in Latin script, with fewer Arabic
    letters than Latin ones, still carries plenty of Arabic words."""
    from khulasa import summarize
    from khulasa.text.tokens import words

    body = " ".join(example_text.split()[:140])
    rows = [f"Model {n} | Price {100 + n} USD | Release 2023-0{n % 9 + 1} | Storage {n * 64} GB"
            for n in range(1, 30)]
    text = body + "\n\n" + "\n".join(rows)
    arabic = sum(1 for c in text if "\u0621" <= c <= "\u064a")
    latin = sum(1 for c in text if c.isascii() and c.isalpha())
    assert arabic < latin  # by letters the text is mostly Latin
    assert check_text(text, 100_000) == text
    summary = summarize(text)
    assert summary.sentences and "أردوغان" in " ".join(words(summary.sentences[0].text))


def test_refusal_says_what_was_found() -> None:
    text = "Breaking news from Riyadh today: مرحبا بكم " + "and more English words " * 20
    with pytest.raises(InputError, match=r"too little Arabic to summarize: 2 Arabic word\(s\) and 85 in other scripts"):
        check_text(text, 10_000)
    with pytest.raises(InputError, match=r"no Arabic text to summarize \(0 Arabic word\(s\) and 3 in"):
        check_text("Only English here", 10_000)


def test_presentation_form_letters_count_as_arabic() -> None:
    # Legacy-encoded text (U+FExx forms), as pasted from PDFs: «مقتل طالب الطب السوداني».
    text = "ﻣﻘﺘﻞ ﻃﺎﻟﺐ ﺍﻟﻄﺐ ﺍﻟﺴﻮﺩﺍﻧﻲ ﻓﻲ ﺳﻮﺭﻳﺎ"
    assert check_text(text, 10_000) == text
