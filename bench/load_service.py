"""Load test: `khulasa serve` on loopback, N concurrent summarize requests, errors and latency.

    python bench/load_service.py [--requests 200] [--concurrency 200]
    python bench/load_service.py --compare 8 [--requests 2000]

Starts the server as a subprocess on a free 127.0.0.1 port (never another interface), sends the
bundled example article, prints the error count and p50/p99 latency, stops the server, and exits
with status 1 if any request failed. With --compare C, one client and then C clients
(each on one keep-alive connection, a light raw-socket client) send --requests each, in
alternating rounds, and it prints the throughput ratio: how the service scales over the cores
(saved to bench/RESULTS.md). The whole run is bounded (--deadline seconds).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import httpx

from khulasa import SummaryConfig, summarize
from khulasa.data import example_article

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
    client_cpu: float | None = None

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
        if self.client_cpu is not None:
            print(f"client CPU    {self.client_cpu / self.requests * 1000:.2f} ms per request")


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
    sentences = expected_sentences(payload)

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


@lru_cache(maxsize=1)
def _expected(text: str, sentences: int) -> int:
    return len(summarize(text, SummaryConfig(sentences=sentences)).sentences)


def expected_sentences(payload: dict[str, object]) -> int:
    """How many summary sentences a right answer has: what the library gives for the payload
    here (a third of the article's sentences, at most the `sentences` asked for)."""
    return _expected(str(payload["text"]), int(str(payload["sentences"])))


class RawConnection:
    """One keep-alive HTTP/1.1 connection sending one fixed request: a client that takes little
    of the CPU it shares with the server (httpx costs ~2 ms of CPU per request, the summary ~4)."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader = reader
        self.writer = writer

    @classmethod
    async def open(cls, host: str, port: int) -> RawConnection:
        return cls(*await asyncio.open_connection(host, port))

    async def send(self, request: bytes) -> tuple[int, bytes]:
        self.writer.write(request)
        head = await self.reader.readuntil(b"\r\n\r\n")
        status = int(head.split(b" ", 2)[1])
        length = 0
        for line in head.lower().split(b"\r\n"):
            if line.startswith(b"content-length:"):
                length = int(line.split(b":", 1)[1])
        return status, await self.reader.readexactly(length)

    def close(self) -> None:
        self.writer.close()


def summarize_request(host: str, port: int, payload: dict[str, object]) -> bytes:
    body = json.dumps(payload, ensure_ascii=False).encode()
    head = (
        f"POST /v1/summarize HTTP/1.1\r\nHost: {host}:{port}\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    )
    return head.encode() + body


async def closed_loop(
    host: str, port: int, server_pid: int, payload: dict[str, object], requests: int, clients: int
) -> Round:
    """`clients` clients, each on its own keep-alive connection, sending the next request as soon
    as the last is answered, `requests` in all; every answer checked."""
    request = summarize_request(host, port, payload)
    remaining = requests
    latencies: list[float] = []
    failures: dict[str, int] = {}
    connections = [await RawConnection.open(host, port) for _ in range(clients)]

    async def client(connection: RawConnection) -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1
            start = time.perf_counter()
            try:
                status, body = await connection.send(request)
                ok = status == 200 and len(json.loads(body)["sentences"]) == expected_sentences(payload)
                key = "ok" if ok else f"HTTP {status}"
            except (OSError, asyncio.IncompleteReadError, ValueError) as error:
                key = type(error).__name__
                connection.close()
                connection = await RawConnection.open(host, port)
            latencies.append(time.perf_counter() - start)
            if key != "ok":
                failures[key] = failures.get(key, 0) + 1

    cpu_before, client_before = cpu_seconds(server_pid), time.process_time()
    started = time.perf_counter()
    await asyncio.gather(*(client(connection) for connection in connections))
    elapsed = time.perf_counter() - started
    cpu_after, client_cpu = cpu_seconds(server_pid), time.process_time() - client_before
    for connection in connections:
        connection.close()
    cpu = cpu_after - cpu_before if cpu_before is not None and cpu_after is not None else None
    return Round(requests, clients, elapsed, latencies, failures, cpu, client_cpu)


def combined(rounds: list[Round]) -> Round:
    """Several rounds at the same concurrency as one."""
    server = [r.server_cpu for r in rounds]
    return Round(
        sum(r.requests for r in rounds),
        rounds[0].concurrency,
        sum(r.seconds for r in rounds),
        [latency for r in rounds for latency in r.latencies],
        {k: sum(r.failures.get(k, 0) for r in rounds) for r in rounds for k in r.failures},
        None if None in server else sum(s or 0.0 for s in server),
        sum(r.client_cpu or 0.0 for r in rounds),
    )


async def run(
    base_url: str,
    server_pid: int,
    requests: int,
    concurrency: int,
    sentences: int,
    compare: int,
    repeats: int,
    nice: int | None,
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
              f"(client and server share them); load average {os.getloadavg()[0]:.1f}")
        if not compare:
            result = await send_round(client, server_pid, payload, requests, concurrency)
            result.report()
            return sum(result.failures.values())
    host, port = HOST, int(base_url.rsplit(":", 1)[1])
    # Alternating rounds, so that other load on the machine falls on both sides alike.
    each = max(1, requests // repeats)
    singles: list[Round] = []
    groups: list[Round] = []
    for _ in range(repeats):
        singles.append(await closed_loop(host, port, server_pid, payload, each, 1))
        groups.append(await closed_loop(host, port, server_pid, payload, each, compare))
    sequential, concurrent = combined(singles), combined(groups)
    sequential.report()
    concurrent.report()
    ratio = concurrent.throughput / sequential.throughput
    errors = sum(sequential.failures.values()) + sum(concurrent.failures.values())
    print(f"scaling       {ratio:.2f}x the sequential throughput at {compare} concurrent clients "
          f"({workers} workers, {os.cpu_count()} cpus), {errors} errors")
    save_fragment(
        "service-concurrency",
        [
            f"## Service throughput at {compare} concurrent clients "
            f"(`python bench/load_service.py {' '.join(sys.argv[1:])}`)",
            "",
            f"Example article ({len(article)} chars), `khulasa serve --workers {workers}` on "
            f"loopback; client and server share {os.cpu_count()} cores; each client keeps one "
            f"connection and sends its next request when the last is answered; {repeats} "
            "alternating rounds of each; load average at the start "
            f"{os.getloadavg()[0]:.1f}"
            + (f", client and server at autogroup niceness {nice}." if nice is not None else "."),
            "",
            "| clients | requests/s | p50 ms | p99 ms | server CPU ms/request | client CPU ms/request "
            "| errors |",
            "|---|---|---|---|---|---|---|",
            *[
                f"| {r.concurrency} | {r.throughput:.1f} | {percentile(r.latencies, 50) * 1000:.1f} | "
                f"{percentile(r.latencies, 99) * 1000:.1f} | "
                f"{(r.server_cpu or 0) / r.requests * 1000:.1f} | "
                f"{(r.client_cpu or 0) / r.requests * 1000:.2f} | {sum(r.failures.values())} |"
                for r in (sequential, concurrent)
            ],
            "",
            f"{compare} concurrent ÷ sequential: **{ratio:.2f}×**, {errors} errors.",
            "",
        ],
    )
    return errors


def prioritize(nice: int, *pids: int) -> None:
    """Set the scheduling autogroup niceness of this process and of `pids` (each runs in its own
    session, hence its own autogroup; plain `nice` does not reach across autogroups)."""
    for pid in ("self", *pids):
        Path(f"/proc/{pid}/autogroup").write_text(str(nice))


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
    parser.add_argument("--repeats", type=int, default=4, help="alternating rounds (--compare)")
    parser.add_argument("--sentences", type=int, default=3)
    parser.add_argument("--workers", type=int, default=0, help="server workers (0: one per core)")
    parser.add_argument("--deadline", type=float, default=300.0, help="bound on the whole run")
    parser.add_argument("--autogroup-nice", type=int, metavar="N",
                        help="on a machine shared with other jobs: run client and server at "
                        "autogroup niceness N (Linux, root; -20 gives them the cores)")
    args = parser.parse_args()

    port = free_port()
    server = start_server(port, args.workers)
    if args.autogroup_nice is not None:
        prioritize(args.autogroup_nice, server.pid)
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
                    args.repeats,
                    args.autogroup_nice,
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
