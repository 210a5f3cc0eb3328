"""Load test: `khulasa serve` on loopback, N concurrent summarize requests, errors and latency.

    python bench/load_service.py [--requests 200] [--concurrency 200]

Starts the server as a subprocess on a free 127.0.0.1 port (never another interface), sends the
bundled example article, prints the error count and p50/p99 latency, stops the server, and exits
with status 1 if any request failed. The whole run is bounded (--deadline seconds).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

from khulasa.data import example_article

HOST = "127.0.0.1"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def start_server(port: int, threads: int) -> subprocess.Popen[bytes]:
    command = [
        sys.executable,
        "-c",
        "from khulasa.cli import main; main()",
        "serve",
        "--host",
        HOST,
        "--port",
        str(port),
        "--threads",
        str(threads),
        "--no-access-log",
    ]
    return subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of a process (Linux /proc), to split server cost from client cost."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def wait_until_up(client: httpx.AsyncClient, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if (await client.get("/healthz")).status_code == 200:
                return
        except httpx.TransportError:
            pass
        await asyncio.sleep(0.1)
    raise RuntimeError(f"server did not answer /healthz within {seconds:g} s")


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100)."""
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * q // 100))
    return ordered[int(rank) - 1]


async def run(
    base_url: str, server_pid: int, requests: int, concurrency: int, sentences: int
) -> int:
    article = example_article()
    payload = {"text": article, "sentences": sentences}
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base_url, limits=limits, timeout=60.0) as client:
        await wait_until_up(client, 30.0)
        await client.post("/v1/summarize", json=payload)  # warm-up, not counted
        gate = asyncio.Semaphore(concurrency)
        latencies: list[float] = []
        failures: dict[str, int] = {}

        async def one() -> None:
            async with gate:
                start = time.perf_counter()
                try:
                    response = await client.post("/v1/summarize", json=payload)
                    ok = (
                        response.status_code == 200
                        and len(response.json()["sentences"]) == sentences
                    )
                    key = "ok" if ok else f"HTTP {response.status_code}"
                except httpx.HTTPError as error:
                    key = type(error).__name__
                latencies.append(time.perf_counter() - start)
                if key != "ok":
                    failures[key] = failures.get(key, 0) + 1

        cpu_before = cpu_seconds(server_pid)
        started = time.perf_counter()
        await asyncio.gather(*(one() for _ in range(requests)))
        elapsed = time.perf_counter() - started
        cpu_after = cpu_seconds(server_pid)

    errors = sum(failures.values())
    print(f"requests      {requests} ({concurrency} concurrent), article {len(article)} chars")
    print(f"errors        {errors}" + (f" {failures}" if failures else ""))
    print(f"latency p50   {percentile(latencies, 50) * 1000:.0f} ms")
    print(f"latency p99   {percentile(latencies, 99) * 1000:.0f} ms")
    print(f"latency max   {max(latencies) * 1000:.0f} ms")
    print(f"latency mean  {statistics.fmean(latencies) * 1000:.0f} ms")
    print(f"throughput    {requests / elapsed:.1f} requests/s over {elapsed:.2f} s")
    if cpu_before is not None and cpu_after is not None:
        per_request = (cpu_after - cpu_before) / requests * 1000
        print(f"server CPU    {per_request:.1f} ms per request")
    print(f"cpus          {os.cpu_count()} (client and server share them)")
    return errors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=200)
    parser.add_argument("--sentences", type=int, default=3)
    parser.add_argument("--threads", type=int, default=0, help="server threads (0: default)")
    parser.add_argument("--deadline", type=float, default=300.0, help="bound on the whole run")
    args = parser.parse_args()

    port = free_port()
    server = start_server(port, args.threads)
    try:
        errors = asyncio.run(
            asyncio.wait_for(
                run(
                    f"http://{HOST}:{port}",
                    server.pid,
                    args.requests,
                    args.concurrency,
                    args.sentences,
                ),
                timeout=args.deadline,
            )
        )
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
