"""Summaries run in worker processes that stop at their budget and are replaced when they fail."""

from __future__ import annotations

import asyncio
import os
import signal
import time
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the HTTP service needs the serve extra")
pytest.importorskip("trafilatura", reason="the HTTP service needs the serve extra")

from fastapi.testclient import TestClient

from khulasa import InputError
from khulasa.service import ServiceSettings, create_app
from khulasa.service.pool import Overrun, WorkerFailed, WorkerPool

HOSTS = ("testserver",)
MiB = 1 << 20


def assert_error(response, status: int, reasons: set[str]) -> None:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"reason", "message"}
    assert body["error"]["reason"] in reasons


# Jobs for the pool tests: module-level, so a worker imports them by name.
def pid_and_text(text: str) -> tuple[int, str]:
    return os.getpid(), text[::-1]


def spin_forever() -> None:
    while True:
        pass


def stuck_in_native_code() -> None:
    """Blocks the alarm, as a long C call that never returns to Python would."""
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
    time.sleep(60)


def die() -> None:
    os._exit(3)


def allocate(size: int) -> int:
    return len(bytearray(size))


def run_jobs(pool: WorkerPool, *calls: tuple) -> list[object]:
    """Each (seconds, job, *args) in turn on the pool; results or the exception raised."""

    async def go() -> list[object]:
        await pool.start()
        outcomes: list[object] = []
        try:
            for seconds, job, *args in calls:
                try:
                    outcomes.append(await pool.run(time.monotonic() + seconds, job, *args))
                except (InputError, Overrun, WorkerFailed) as error:
                    outcomes.append(error)
            outcomes.append(sorted(pool.pids))
        finally:
            await pool.close()
        return outcomes

    return asyncio.run(go())


def test_jobs_run_in_other_processes_with_the_memory_cap() -> None:
    pool = WorkerPool(2, 512 * MiB)
    first, second, pids = run_jobs(pool, (30, pid_and_text, "خبر"), (30, pid_and_text, "عاجل"))
    assert first[1] == "ربخ" and second[1] == "لجاع"
    assert len(pids) == 2 and os.getpid() not in pids
    assert {first[0], second[0]} <= set(pids)


def test_overrun_is_stopped_inside_the_worker_and_the_worker_replaced() -> None:
    pool = WorkerPool(1, 512 * MiB, kill_grace=20.0)  # on a loaded machine too: the alarm ends it
    started = time.monotonic()
    spun, after, pids = run_jobs(pool, (0.3, spin_forever), (30, pid_and_text, "نص"))
    assert isinstance(spun, InputError) and spun.reason == "too_slow"
    assert time.monotonic() - started < 20  # stopped by the alarm, not by the parent's kill
    assert after[1] == "صن" and pids == [after[0]]


def test_worker_deaf_to_the_alarm_is_killed_and_replaced() -> None:
    pool = WorkerPool(1, 512 * MiB)
    stuck, after, pids = run_jobs(pool, (0.3, stuck_in_native_code), (30, pid_and_text, "نص"))
    assert isinstance(stuck, Overrun)
    assert after[1] == "صن" and pids == [after[0]]


def test_worker_that_dies_mid_job_is_replaced() -> None:
    # A job that kills its worker is tried once more on a fresh one, then reported.
    pool = WorkerPool(1, 512 * MiB)
    died, after, _pids = run_jobs(pool, (30, die), (30, pid_and_text, "نص"))
    assert isinstance(died, WorkerFailed)
    assert after[1] == "صن"


def test_allocation_past_the_worker_cap_is_too_large() -> None:
    pool = WorkerPool(1, 256 * MiB)
    refused, fits, _pids = run_jobs(pool, (30, allocate, 1 << 30), (30, allocate, 16 * MiB))
    assert isinstance(refused, InputError) and refused.reason == "too_large"
    assert fits == 16 * MiB


@pytest.fixture(scope="module")
def two_workers() -> TestClient:
    settings = ServiceSettings(workers=2, timeout_seconds=1.0, allowed_hosts=HOSTS)
    with TestClient(create_app(settings)) as client:
        yield client


def test_workers_are_processes_with_the_memory_cap(two_workers: TestClient) -> None:
    pids = two_workers.app.state.workers.pool.pids
    assert len(set(pids)) == 2 and os.getpid() not in pids
    for pid in pids:
        limits = Path(f"/proc/{pid}/limits").read_text()
        line = next(line for line in limits.splitlines() if line.startswith("Max address space"))
        assert int(line.split()[3]) == ServiceSettings().worker_memory_bytes


def summary_that_never_ends(*_args: object) -> bytes:
    """Stands in for a summary slower than any limit (real inputs' speed changes with the code)."""
    spin_forever()
    return b""


def test_summary_past_the_time_limit_is_504_and_the_next_is_served(
    example_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import khulasa.service.app as service_app

    settings = ServiceSettings(workers=1, timeout_seconds=3.0, allowed_hosts=HOSTS)
    with TestClient(create_app(settings)) as client:
        (first_worker,) = client.app.state.workers.pool.pids
        monkeypatch.setattr(service_app, "summarize_article", summary_that_never_ends)
        assert_error(client.post("/v1/summarize", json={"text": example_text}), 504, {"timeout"})
        monkeypatch.undo()
        # The only worker overran: it was stopped and replaced, and the next request is served.
        after = client.post("/v1/summarize", json={"text": example_text, "sentences": 2})
        assert after.status_code == 200, after.text
        assert len(after.json()["sentences"]) == 2
        assert client.app.state.workers.pool.pids != [first_worker]


def test_batch_items_past_the_time_limit_are_item_errors(
    example_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import khulasa.service.app as service_app

    settings = ServiceSettings(workers=2, timeout_seconds=1.0, allowed_hosts=HOSTS)
    monkeypatch.setattr(service_app, "summarize_article", summary_that_never_ends)
    with TestClient(create_app(settings)) as client:
        articles = [{"text": example_text}, {"text": example_text, "sentences": 1}]
        response = client.post("/v1/summarize/batch", json={"articles": articles})
    assert response.status_code == 200, response.text  # the batch answers; its items failed
    data = response.json()
    assert data["succeeded"] == 0 and data["failed"] == 2
    assert [item["error"]["reason"] for item in data["results"]] == ["timeout", "timeout"]


def test_pathological_bodies_get_json_answers(two_workers: TestClient, example_text: str) -> None:
    # One-word sentences, and the article with a 40k-letter run-on word (issue 14): a summary or
    # a JSON refusal within the limit, never a hang; and the service still answers afterwards.
    for text in ("خبر. " * 20_000, example_text + " " + "وقالت" * 8_000):
        response = two_workers.post("/v1/summarize", json={"text": text})
        if response.status_code != 200:
            assert_error(response, response.status_code, {"timeout", "too_large"})
    assert two_workers.post("/v1/summarize", json={"text": example_text}).status_code == 200


def test_idle_worker_killed_from_outside_is_replaced(example_text: str) -> None:
    settings = ServiceSettings(workers=1, allowed_hosts=HOSTS)
    with TestClient(create_app(settings)) as client:
        (pid,) = client.app.state.workers.pool.pids
        os.kill(pid, signal.SIGKILL)
        while Path(f"/proc/{pid}").exists():  # until it is gone (reaped by its fork server)
            time.sleep(0.01)
        response = client.post("/v1/summarize", json={"text": example_text})
        assert response.status_code == 200, response.text
        assert client.app.state.workers.pool.pids != [pid]
