"""The service's limits in one typed object, so tests and `khulasa serve` set them the same way."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from khulasa.config import DEFAULT_MAX_INPUT_BYTES


def _default_workers() -> int:
    return max(1, min(4, os.cpu_count() or 1))


@dataclass(frozen=True)
class ServiceSettings:
    """Request limits: body size, batch size, time per request, and how much work may queue.

    `timeout_seconds` covers waiting for a worker and summarizing; past it the client gets 504.
    `max_pending` bounds summaries queued or running at once; past it new requests get 503.
    """

    max_body_bytes: int = DEFAULT_MAX_INPUT_BYTES
    max_batch: int = 32
    timeout_seconds: float = 30.0
    workers: int = field(default_factory=_default_workers)
    max_pending: int = 512

    def __post_init__(self) -> None:
        if self.max_body_bytes < 1:
            raise ValueError("max_body_bytes must be positive")
        if self.max_batch < 1:
            raise ValueError("max_batch must be at least 1")
        if self.timeout_seconds <= 0:
            raise ValueError("timeout_seconds must be positive")
        if self.workers < 1:
            raise ValueError("workers must be at least 1")
        if self.max_pending < 1:
            raise ValueError("max_pending must be at least 1")
