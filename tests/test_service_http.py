"""`khulasa serve` over real sockets: slow or broken clients are dropped, answers are JSON."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the HTTP service needs the serve extra")
pytest.importorskip("uvicorn", reason="the HTTP service needs the serve extra")

HOST = "127.0.0.1"
READ_TIMEOUT = 1.0
# Far above READ_TIMEOUT: a bound on how long a test waits, not a timing assertion.
WAIT = 20.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def port() -> Iterator[int]:
    port = free_port()
    command = [sys.executable, "-m", "khulasa", "serve", "--port", str(port), "--workers", "1",
               "--read-timeout", str(READ_TIMEOUT), "--no-access-log"]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        for _ in range(300):  # wait for startup (at most ~30 s)
            try:
                with socket.create_connection((HOST, port), timeout=1):
                    break
            except OSError:
                time.sleep(0.1)
        yield port
    finally:
        server.terminate()
        server.wait(timeout=30)


def exchange(port: int, data: bytes) -> bytes:
    """Send `data`, then read until the server closes the connection (or WAIT passes)."""
    with socket.create_connection((HOST, port), timeout=WAIT) as sock:
        sock.sendall(data)
        received = b""
        try:
            while chunk := sock.recv(65536):
                received += chunk
        except TimeoutError:
            received += b"<still open>"
    return received


def json_error(response: bytes, status: int, reason: str) -> None:
    head, _, body = response.partition(b"\r\n\r\n")
    assert head.startswith(f"HTTP/1.1 {status} ".encode()), response[:200]
    assert b"content-type: application/json" in head.lower()
    error = json.loads(body)["error"]
    assert error["reason"] == reason and error["message"]


def test_bad_content_length_is_json_400(port: int) -> None:
    response = exchange(
        port, b"POST /v1/summarize HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 12x\r\n\r\n{}"
    )
    json_error(response, 400, "malformed")


def test_half_sent_body_is_answered_408_and_dropped(port: int) -> None:
    head = (
        b"POST /v1/summarize HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        b"Content-Length: 1000\r\n\r\n"
    )
    response = exchange(port, head + '{"text": "قال'.encode())
    json_error(response, 408, "request_timeout")
    assert not response.endswith(b"<still open>")


def test_half_sent_head_is_dropped(port: int) -> None:
    assert exchange(port, b"POST /v1/summarize HTTP/1.1\r\nHost: 127.0") == b""
    assert exchange(port, b"") == b""  # a connection that never sends anything


def test_other_host_is_refused_with_json(port: int) -> None:
    response = exchange(port, b"GET /healthz HTTP/1.1\r\nHost: rebound.example:8000\r\n\r\n")
    json_error(response, 400, "bad_host")


def test_keep_alive_serves_several_requests_on_one_connection(port: int) -> None:
    request = b"GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n"
    closing = b"GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
    response = exchange(port, request * 2 + closing)
    assert response.count(b"HTTP/1.1 200 OK") == 3
    assert response.count(b'"status":"ok"') == 3


def process_tree(pid: int) -> list[int]:
    pids = [pid]
    for parent in pids:
        for task in Path(f"/proc/{parent}/task").glob("*/children"):
            pids += [int(child) for child in task.read_text().split()]
    return pids


def _running(pid: int) -> bool:
    """Is the process there and no zombie? (It may vanish between two reads of /proc: then it
    is gone.)"""
    try:
        return "zombie" not in Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False


def test_workers_end_with_a_killed_server() -> None:
    port = free_port()
    command = [sys.executable, "-m", "khulasa", "serve", "--port", str(port), "--workers", "2",
               "--no-access-log"]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        health = b"GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
        for _ in range(300):  # wait for startup (at most ~30 s)
            try:
                if b'"status":"ok"' in exchange(port, health):
                    break
            except OSError:
                time.sleep(0.1)
        tree = process_tree(server.pid)
        assert len(tree) >= 4  # the server, its fork server, two workers
    finally:
        server.kill()
        server.wait()
    for _ in range(int(WAIT * 10)):  # a bound on the wait, not a timing assertion
        alive = [pid for pid in tree[1:] if _running(pid)]
        if not alive:
            break
        time.sleep(0.1)
    assert not alive, f"left running after kill -9 of the server: {alive}"
