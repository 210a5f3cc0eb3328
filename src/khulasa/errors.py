"""The one error type users see for bad input, with a machine-readable reason."""

from __future__ import annotations

from typing import Literal

InputProblem = Literal[
    "empty", "binary", "invalid_utf8", "not_arabic", "too_large", "too_slow", "malformed"
]


class InputError(ValueError):
    """Input Khulasa cannot summarize; `str(error)` is a one-line message for a person."""

    def __init__(self, reason: InputProblem, message: str) -> None:
        super().__init__(message)
        self.reason: InputProblem = reason
