"""Load test: `khulasa serve` on loopback, N concurrent summarize requests, errors and latency.

    python bench/load_service.py [--requests 200] [--concurrency 200]
    python bench/load_service.py --compare 8 [--requests 1000]

Starts the server as a subprocess on a free 127.0.0.1 port (never another interface), sends the
bundled example article, prints the error count and p50/p99 latency, stops the server, and exits
with status 1 if any request failed. With --compare C it sends --requests one at a time, then
--requests at C concurrent clients, and prints the throughput ratio (the service's scaling over
the cores; saved to bench/RESULTS.md). The whole run is bounded (--deadline seconds).
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
from dataclasses import dataclass
from pathlib import Path

import httpx

from khulasa.cli import example_article

HOST = "127.0.0.1"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def start_server(port: int, workers: int, *extra: str) -> subprocess.Popen[bytes]:
    command = [
        sys.executable,
        "-c",
        "from khulasa.cli import main; main()",
        "serve",
        "--host",
        HOST,
        "--port",
        str(port),
        "--workers",
        str(workers),
        "--no-access-log",
        *extra,
    ]
    return subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )


def process_tree(pid: int) -> list[int]:
    """The process and all its descendants (Linux /proc): the server and its workers."""
    pids = [pid]
    for parent in pids:
        try:
            tasks = list(Path(f"/proc/{parent}/task").iterdir())
        except OSError:
            continue
        for task in tasks:
            try:
                pids += [int(child) for child in (task / "children").read_text().split()]
            except OSError:
                pass
    return pids


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of a process tree (Linux /proc), to split server from client cost.

    Workers that ended (replaced) are counted through their parent's cumulative child times.
    """
    total = 0.0
    for member in process_tree(pid):
        try:
            fields = Path(f"/proc/{member}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            if member == pid:
                return None
            continue
        total += sum(int(value) for value in fields[11:15]) / os.sysconf("SC_CLK_TCK")
    return total


def tree_rss_bytes(pid: int) -> int:
    """Sum of the resident set sizes of a process tree (shared pages counted in each process)."""
    total = 0
    for member in process_tree(pid):
        try:
            status = Path(f"/proc/{member}/status").read_text()
        except OSError:
            continue
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1]) * 1024
    return total


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


@dataclass
class Round:
    """One round of requests: how many, at what concurrency, failures, latencies, server CPU."""

    requests: int
    concurrency: int
    seconds: float
    latencies: list[float]
    failures: dict[str, int]
    server_cpu: float | None

    @property
    def throughput(self) -> float:
        return self.requests / self.seconds

    def report(self) -> None:
        errors = sum(self.failures.values())
        latencies = self.latencies
        print(f"requests      {self.requests} ({self.concurrency} concurrent)")
        print(f"errors        {errors}" + (f" {self.failures}" if self.failures else ""))
        print(f"latency p50   {percentile(latencies, 50) * 1000:.0f} ms")
        print(f"latency p99   {percentile(latencies, 99) * 1000:.0f} ms")
        print(f"latency max   {max(latencies) * 1000:.0f} ms")
        print(f"latency mean  {statistics.fmean(latencies) * 1000:.0f} ms")
        print(f"throughput    {self.throughput:.1f} requests/s over {self.seconds:.2f} s")
        if self.server_cpu is not None:
            print(f"server CPU    {self.server_cpu / self.requests * 1000:.1f} ms per request")


async def send_round(
    client: httpx.AsyncClient,
    server_pid: int,
    payload: dict[str, object],
    requests: int,
    concurrency: int,
) -> Round:
    """`requests` summaries, at most `concurrency` in flight; every answer checked."""
    gate = asyncio.Semaphore(concurrency)
    latencies: list[float] = []
    failures: dict[str, int] = {}
    sentences = payload["sentences"]

    async def one() -> None:
        async with gate:
            start = time.perf_counter()
            try:
                response = await client.post("/v1/summarize", json=payload)
                ok = response.status_code == 200 and len(response.json()["sentences"]) == sentences
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
    cpu = cpu_after - cpu_before if cpu_before is not None and cpu_after is not None else None
    return Round(requests, concurrency, elapsed, latencies, failures, cpu)


async def run(
    base_url: str, server_pid: int, requests: int, concurrency: int, sentences: int, compare: int
) -> int:
    article = example_article()
    payload: dict[str, object] = {"text": article, "sentences": sentences}
    width = max(concurrency, compare)
    limits = httpx.Limits(max_connections=width, max_keepalive_connections=width)
    async with httpx.AsyncClient(base_url=base_url, limits=limits, timeout=60.0) as client:
        await wait_until_up(client, 30.0)
        workers = (await client.get("/healthz")).json()["workers"]
        for _ in range(2 * width):  # warm-up (every worker, every connection), not counted
            await client.post("/v1/summarize", json=payload)
        print(f"article {len(article)} chars; server workers {workers}; cpus {os.cpu_count()} "
              "(client and server share them)")
        if not compare:
            result = await send_round(client, server_pid, payload, requests, concurrency)
            result.report()
            return sum(result.failures.values())
        sequential = await send_round(client, server_pid, payload, requests, 1)
        sequential.report()
        concurrent = await send_round(client, server_pid, payload, requests, compare)
        concurrent.report()
    ratio = concurrent.throughput / sequential.throughput
    errors = sum(sequential.failures.values()) + sum(concurrent.failures.values())
    print(f"scaling       {ratio:.2f}x the sequential throughput at {compare} concurrent clients "
          f"({workers} workers, {os.cpu_count()} cpus), {errors} errors")
    save_fragment(
        "service-concurrency",
        [
            f"## Service throughput at {compare} concurrent clients (`python bench/load_service.py "
            f"--compare {compare} --requests {requests}`)",
            "",
            f"Example article ({len(article)} chars), `khulasa serve --workers {workers}` on "
            f"loopback; client and server share {os.cpu_count()} cores.",
            "",
            "| clients | requests/s | p50 ms | p99 ms | server CPU ms/request | errors |",
            "|---|---|---|---|---|---|",
            *[
                f"| {r.concurrency} | {r.throughput:.1f} | {percentile(r.latencies, 50) * 1000:.1f} | "
                f"{percentile(r.latencies, 99) * 1000:.1f} | "
                f"{(r.server_cpu or 0) / r.requests * 1000:.1f} | {sum(r.failures.values())} |"
                for r in (sequential, concurrent)
            ],
            "",
            f"{compare} concurrent ÷ sequential: **{ratio:.2f}×**, {errors} errors.",
            "",
        ],
    )
    return errors


def save_fragment(name: str, lines: list[str]) -> None:
    """This benchmark's section of bench/RESULTS.md (bench/results/NAME.md), then re-render."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import report

    report.RESULTS.mkdir(exist_ok=True)
    (report.RESULTS / f"{name}.md").write_text("\n".join(lines), encoding="utf-8")
    report.render()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=200)
    parser.add_argument("--compare", type=int, default=0, metavar="C",
                        help="sequential vs C concurrent clients, and their ratio")
    parser.add_argument("--sentences", type=int, default=3)
    parser.add_argument("--workers", type=int, default=0, help="server workers (0: one per core)")
    parser.add_argument("--deadline", type=float, default=300.0, help="bound on the whole run")
    args = parser.parse_args()

    port = free_port()
    server = start_server(port, args.workers)
    try:
        errors = asyncio.run(
            asyncio.wait_for(
                run(
                    f"http://{HOST}:{port}",
                    server.pid,
                    args.requests,
                    args.concurrency,
                    args.sentences,
                    args.compare,
                ),
                timeout=args.deadline,
            )
        )
    finally:
        stop_server(server)
    sys.exit(1 if errors else 0)


def stop_server(server: subprocess.Popen[bytes]) -> None:
    """SIGTERM to the server's process group (workers included), SIGKILL if it lingers."""
    os.killpg(server.pid, signal.SIGTERM)
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait()


if __name__ == "__main__":
    main()
