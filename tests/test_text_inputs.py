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


def test_presentation_form_letters_count_as_arabic() -> None:
    # Legacy-encoded text (U+FExx forms), as pasted from PDFs: «مقتل طالب الطب السوداني».
    text = "ﻣﻘﺘﻞ ﻃﺎﻟﺐ ﺍﻟﻄﺐ ﺍﻟﺴﻮﺩﺍﻧﻲ ﻓﻲ ﺳﻮﺭﻳﺎ"
    assert check_text(text, 10_000) == text
