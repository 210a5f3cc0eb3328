"""Per-unit budgets: the work itself stops at its time or memory limit."""

from __future__ import annotations

import multiprocessing
import time

import pytest

from khulasa import InputError, summarize
from khulasa.budget import limit_memory, within


def test_within_interrupts_work_past_its_time() -> None:
    started = time.monotonic()
    with pytest.raises(InputError) as caught, within(0.2):
        while True:
            pass
    assert caught.value.reason == "too_slow"
    assert time.monotonic() - started < 2.0


def test_within_lets_work_that_fits_finish(example_text: str) -> None:
    with within(30.0):
        summary = summarize(example_text)
    assert summary.headline.text
    with within(None):
        assert summarize(example_text) == summary


def _allocate_past_limit(queue: multiprocessing.Queue[str]) -> None:
    limit_memory(512 << 20)
    try:
        with within(10.0):
            bytearray(1 << 30)
        queue.put("allocated")
    except InputError as error:
        queue.put(error.reason)


def test_memory_past_the_limit_is_too_large() -> None:
    queue: multiprocessing.Queue[str] = multiprocessing.get_context("spawn").Queue()
    process = multiprocessing.get_context("spawn").Process(target=_allocate_past_limit, args=(queue,))
    process.start()
    process.join(60)
    assert queue.get(timeout=5) == "too_large"


def test_inner_within_keeps_the_outer_limit(example_text: str) -> None:
    # A service job of many rows, each under its own (longer) limit: the job's limit still holds.
    started = time.monotonic()
    rows = 0
    with pytest.raises(InputError) as caught, within(0.5):
        while True:
            try:
                with within(30.0):
                    summarize(example_text)
            except InputError:
                pass  # a row's error is recorded and the next row starts, as in batch
            rows += 1
    assert caught.value.reason == "too_slow"
    assert rows >= 1 and time.monotonic() - started < 5.0
