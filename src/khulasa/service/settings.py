"""The service's limits in one typed object, so tests and `khulasa serve` set them the same way."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from khulasa.config import DEFAULT_MAX_INPUT_BYTES

# Host names a browser on this machine uses for the service; any other Host is refused, so a web
# page cannot drive the service through a DNS name it rebinds to 127.0.0.1.
LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")


def _default_workers() -> int:
    return max(1, os.cpu_count() or 1)


@dataclass(frozen=True)
class ServiceSettings:
    """Request limits: body size, batch and digest size, time per request, workers and their
    memory, hosts.

    `timeout_seconds` covers waiting for a worker and summarizing; past it the work is stopped
    and the client gets 504. `max_pending` bounds summaries queued or running at once; past it
    new requests get 503. `worker_memory_bytes` caps each worker process's address space.
    `read_timeout_seconds` bounds how long a request's headers and body may take to arrive.
    `allowed_hosts` are the accepted Host header names ("*": any).
    """

    max_body_bytes: int = DEFAULT_MAX_INPUT_BYTES
    max_batch: int = 32
    max_digest_articles: int = 500
    timeout_seconds: float = 30.0
    workers: int = field(default_factory=_default_workers)
    max_pending: int = 512
    worker_memory_bytes: int = 640 << 20
    read_timeout_seconds: float = 10.0
    allowed_hosts: tuple[str, ...] = LOCAL_HOSTS

    def __post_init__(self) -> None:
        if self.max_body_bytes < 1:
            raise ValueError("max_body_bytes must be positive")
        if self.max_batch < 1:
            raise ValueError("max_batch must be at least 1")
        if self.max_digest_articles < 1:
            raise ValueError("max_digest_articles must be at least 1")
        if self.timeout_seconds <= 0:
            raise ValueError("timeout_seconds must be positive")
        if self.workers < 1:
            raise ValueError("workers must be at least 1")
        if self.max_pending < 1:
            raise ValueError("max_pending must be at least 1")
        if self.worker_memory_bytes < 64 << 20:
            raise ValueError("worker_memory_bytes must be at least 64 MiB")
        if self.read_timeout_seconds <= 0:
            raise ValueError("read_timeout_seconds must be positive")
        if not self.allowed_hosts:
            raise ValueError("allowed_hosts must name at least one host (or '*')")
