"""Turn raw user input (bytes or str) into text worth summarizing, or say clearly why not."""

from __future__ import annotations

import re
from itertools import islice

from khulasa.errors import InputError
from khulasa.text.charsets import ARABIC_LETTERS, ARABIC_PRESENTATION_FORMS, ARABIC_SCRIPT_WORD_RE

# Enough Arabic to summarize: at least MIN_ARABIC_WORDS Arabic words, and either
# ENOUGH_ARABIC_WORDS of them (an Arabic article may carry a long table in Latin script) or at
# least as many as words in other scripts (a short text).
MIN_ARABIC_WORDS = 3
ENOUGH_ARABIC_WORDS = 50
_OTHER_SCRIPT_WORD_RE = re.compile(rf"[^\W\d_{ARABIC_LETTERS}{ARABIC_PRESENTATION_FORMS}]+")
_BINARY_CONTROL_BYTES = frozenset(range(0, 9)) | frozenset(range(14, 32)) - {27}
_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def decode_input(data: bytes, max_bytes: int) -> str:
    """UTF-8 text from bytes (BOM allowed); binary, oversize and invalid UTF-8 are refused."""
    if len(data) > max_bytes:
        raise InputError("too_large", f"input is {len(data):,} bytes; the limit is {max_bytes:,}")
    sample = data[:4096]
    if b"\x00" in sample or sum(b in _BINARY_CONTROL_BYTES for b in sample) > len(sample) // 100:
        raise InputError("binary", "input looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            "invalid_utf8", f"input is not valid UTF-8 (byte {error.start}); save it as UTF-8"
        ) from None


def check_text(text: str, max_bytes: int) -> str:
    """`text` itself if it is non-empty Arabic within the size limit; otherwise InputError.

    Non-`str` text is a caller's mistake (TypeError); a lone surrogate (from a `\\ud800` JSON
    escape, say) is not Unicode text and could not be written out as UTF-8, so it is refused.
    """
    if not isinstance(text, str):
        raise TypeError(
            f"text must be str, not {type(text).__name__}"
            + (": decode bytes first (khulasa.text.inputs.decode_input)" if isinstance(text, bytes | bytearray) else "")
        )
    try:  # strict UTF-8 fails only on a lone surrogate: then it is looked for (and refused)
        size, surrogates = len(text.encode("utf-8")), False
    except UnicodeEncodeError:
        size, surrogates = len(text.encode("utf-8", errors="surrogatepass")), True
    if size > max_bytes:
        raise InputError("too_large", f"input is {size:,} bytes; the limit is {max_bytes:,}")
    if not text.strip():
        raise InputError("empty", "input is empty")
    if "\x00" in text:
        raise InputError("binary", "input contains NUL characters: binary data, not text")
    if surrogates:
        refuse_lone_surrogates(text)
    _check_arabic(text)
    return text


def refuse_lone_surrogates(text: str) -> None:
    """InputError("invalid_utf8") for a lone surrogate (a `\\ud800` JSON escape): it is not
    text, and output holding it could not be encoded."""
    if surrogate := _SURROGATE_RE.search(text):
        raise InputError(
            "invalid_utf8",
            f"input holds a lone surrogate (U+{ord(surrogate.group()):04X}) at character "
            f"{surrogate.start():,}: not valid Unicode text",
        )


def _check_arabic(text: str) -> None:
    """InputError("not_arabic") saying how many Arabic and other words were found, unless the
    text carries enough Arabic words (counted, not a ratio of letters)."""
    # The first ENOUGH_ARABIC_WORDS matches counted in C (islice and list), not a Python loop.
    arabic = len(list(islice(ARABIC_SCRIPT_WORD_RE.finditer(text), ENOUGH_ARABIC_WORDS)))
    if arabic >= ENOUGH_ARABIC_WORDS:
        return
    other = sum(1 for _ in _OTHER_SCRIPT_WORD_RE.finditer(text))
    if arabic >= MIN_ARABIC_WORDS and arabic >= other:
        return
    found = f"{arabic} Arabic word(s) and {other} in other scripts"
    if not arabic:
        raise InputError("not_arabic", f"input has no Arabic text to summarize ({found})")
    raise InputError(
        "not_arabic",
        f"input has too little Arabic to summarize: {found} (needs {MIN_ARABIC_WORDS}, and "
        f"{ENOUGH_ARABIC_WORDS} or at least as many as in other scripts)",
    )
