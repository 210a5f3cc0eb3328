"""Soak: the service's fault cases (issues 13, 14) replayed against a server on loopback.

    python bench/soak.py                              # starts `khulasa serve` itself
    python bench/soak.py --url http://127.0.0.1:8000 --pid PID   # a server already running

Prints, for each pathological body ('خبر. ' × 10k and × 50k, an 80k-letter run-on word, the
example plus a 40k-letter word, a 5 MB body, then two of them at once): its status and answer
time, and whether a normal request sent meanwhile succeeded; how long 300 clients that send half a body and stall hold
their connections; connection resets in 5,000 keep-alive requests over 50 connections (some after
an idle of 4-6 s, around common keep-alive timeouts; by default every core kept busy by spinners); and
the server's peak memory (sum of RSS over its process tree, sampled every 50 ms). Loopback only,
bounded counts, a deadline on every step; exits 1 if a bar is missed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import random
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from load_service import (  # noqa: E402  (bench/ is not a package)
    HOST,
    free_port,
    save_fragment,
    start_server,
    stop_server,
    tree_rss_bytes,
    wait_until_up,
)

from khulasa.cli import example_article  # noqa: E402

GiB = 1 << 30
MEMORY_BAR = 1.5 * GiB


class PeakMemory:
    """Samples the server's process-tree RSS in a thread; `peak` since the last `reset`."""

    def __init__(self, pid: int | None) -> None:
        self.pid = pid
        self.peak = 0
        self.overall = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._stop.wait(0.05):
            if self.pid is not None:
                rss = tree_rss_bytes(self.pid)
                self.peak = max(self.peak, rss)
                self.overall = max(self.overall, rss)

    def reset(self) -> None:
        self.peak = tree_rss_bytes(self.pid) if self.pid is not None else 0

    @contextmanager
    def running(self) -> Iterator[PeakMemory]:
        self._thread.start()
        try:
            yield self
        finally:
            self._stop.set()
            self._thread.join()


def mib(size: int) -> str:
    return f"{size / (1 << 20):,.0f} MiB" if size else "n/a"


def pathological_bodies() -> list[tuple[str, list[str]]]:
    """(case, bodies sent at once): the issue's inputs, then two at once (every worker busy)."""
    article = example_article()
    five_mb = (article + "\n") * (4_900_000 // len((article + "\n").encode()))
    run_on = "قال الرئيس إن " + "وقالت" * 16_000 + " في بيان."
    return [
        ("'خبر. ' × 10,000 (80 KB)", ["خبر. " * 10_000]),
        ("'خبر. ' × 50,000 (400 KB)", ["خبر. " * 50_000]),
        ("80k-letter run-on word in a sentence", [run_on]),
        ("example + 40k-letter word", [article + " " + "وقالت" * 8_000]),
        (f"5 MB body (example × {five_mb.count(article):,})", [five_mb]),
        ("5 MB body and 80k-letter word at once", [five_mb, run_on]),
    ]


async def pathological(
    client: httpx.AsyncClient, memory: PeakMemory, timeout: float
) -> tuple[list[dict[str, object]], bool]:
    """Each body with a normal request sent 0.5 s after it; (rows, every bar met)."""
    article = example_article()
    rows: list[dict[str, object]] = []
    ok = True
    for name, texts in pathological_bodies():
        memory.reset()
        bodies = [json.dumps({"text": text}, ensure_ascii=False).encode() for text in texts]

        async def timed(content: bytes) -> tuple[int | str, float]:
            started = time.perf_counter()
            try:
                response = await client.post(
                    "/v1/summarize", content=content, headers={"content-type": "application/json"}
                )
                status: int | str = response.status_code
                if status != 200:
                    status = f"{status} {response.json()['error']['reason']}"
            except httpx.HTTPError as error:
                status = type(error).__name__
            return status, time.perf_counter() - started

        big = [asyncio.create_task(timed(body)) for body in bodies]
        await asyncio.sleep(0.5)
        normal_status, normal_seconds = await timed(
            json.dumps({"text": article}, ensure_ascii=False).encode()
        )
        answers = [await task for task in big]
        status = " / ".join(str(answer[0]) for answer in answers)
        seconds = max(answer[1] for answer in answers)
        row = {
            "case": name,
            "bytes": sum(len(body) for body in bodies),
            "status": status,
            "seconds": round(seconds, 2),
            "normal_meanwhile": normal_status,
            "normal_seconds": round(normal_seconds, 3),
            "peak_rss": memory.peak,
        }
        rows.append(row)
        # A summary, or a JSON refusal (too large, busy, timeout), within the limit.
        answered = all(
            answer[0] == 200 or str(answer[0])[:3] in ("400", "413", "503", "504")
            for answer in answers
        )
        met = (
            answered
            and seconds <= timeout + 2
            and normal_status == 200
            and memory.peak < MEMORY_BAR
        )
        ok = ok and met
        print(f"{name:<38} {status:<28} {seconds:6.2f} s   normal meanwhile: "
              f"{normal_status} in {normal_seconds:.3f} s   peak {mib(memory.peak)}"
              + ("" if met else "   <- bar missed"))
    return rows, ok


async def slow_bodies(base_url: str, client: httpx.AsyncClient, count: int, bound: float) -> dict[str, object]:
    """`count` connections send headers and half a body, then stall: when is the last dropped?"""
    parts = urlsplit(base_url)
    host, port = parts.hostname or HOST, parts.port or 80
    head = (
        f"POST /v1/summarize HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n"
        "Content-Length: 2000\r\n\r\n"
    ).encode() + '{"text": "قال الرئيس'.encode()
    started = time.perf_counter()

    async def stall() -> float | None:
        try:
            reader, writer = await asyncio.open_connection(host, port)
        except OSError:
            return None
        writer.write(head)
        await writer.drain()
        try:
            while await asyncio.wait_for(reader.read(65536), bound):
                pass
        except (asyncio.TimeoutError, OSError):
            return None  # still held at the bound (or reset)
        finally:
            writer.close()
        return time.perf_counter() - started

    stalls = [asyncio.create_task(stall()) for _ in range(count)]
    await asyncio.sleep(1.0)
    normal = await client.post("/v1/summarize", json={"text": example_article()})
    dropped = [t for t in await asyncio.gather(*stalls) if t is not None]
    last = max(dropped) if dropped else None
    print(f"{count} half-sent bodies: {len(dropped)} dropped by the server, the last after "
          f"{last:.1f} s; normal request meanwhile {normal.status_code}" if last is not None else
          f"{count} half-sent bodies: none dropped within {bound:g} s")
    return {"count": count, "dropped": len(dropped), "last_dropped_seconds": last,
            "normal_meanwhile": normal.status_code}


def _spin(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


async def keep_alive(
    base_url: str, requests: int, concurrency: int, idle_share: float, spinning: int
) -> dict[str, object]:
    """`concurrency` keep-alive connections send `requests` in all, the cores kept busy.

    Each client keeps its connection for 30 s of idleness (aiohttp keeps 15 s, browsers longer),
    and before a share of its requests it idles 4-6 s, around common server keep-alive timeouts:
    a server that closes an idle connection as the client reuses it resets that request.
    """
    payload = {"text": example_article()}
    failures: dict[str, int] = {}
    rng = random.Random(14)
    spinners = [multiprocessing.Process(target=_spin, args=(900,), daemon=True)
                for _ in range(spinning)]
    for spinner in spinners:
        spinner.start()
    started = time.perf_counter()

    async def client_loop(count: int) -> None:
        limits = httpx.Limits(max_connections=1, keepalive_expiry=30.0)
        async with httpx.AsyncClient(base_url=base_url, limits=limits, timeout=120.0) as client:
            for _ in range(count):
                if rng.random() < idle_share:
                    await asyncio.sleep(rng.uniform(4.0, 6.0))
                try:
                    response = await client.post("/v1/summarize", json=payload)
                    key = "ok" if response.status_code == 200 else f"HTTP {response.status_code}"
                except httpx.HTTPError as error:
                    key = f"{type(error).__name__}: {error}"[:80]
                if key != "ok":
                    failures[key] = failures.get(key, 0) + 1

    try:
        share, extra = divmod(requests, concurrency)
        await asyncio.gather(*(client_loop(share + (i < extra)) for i in range(concurrency)))
    finally:
        for spinner in spinners:
            spinner.kill()
            spinner.join()
    seconds = time.perf_counter() - started
    transport = sum(n for key, n in failures.items() if not key.startswith("HTTP"))
    print(f"keep-alive: {requests} requests over {concurrency} connections ({idle_share:.0%} "
          f"after a 4-6 s idle, {spinning} spinners, load average {os.getloadavg()[0]:.1f}) in "
          f"{seconds:.1f} s: {transport} "
          f"connection resets/closes, {sum(failures.values()) - transport} HTTP errors"
          + (f" {failures}" if failures else ""))
    return {"requests": requests, "concurrency": concurrency, "idle_share": idle_share,
            "spinners": spinning, "load": os.getloadavg()[0],
            "resets": transport, "failures": failures, "seconds": round(seconds, 1)}


async def soak(base_url: str, pid: int | None, args: argparse.Namespace) -> bool:
    parts = set(args.parts.split(","))
    memory = PeakMemory(pid)
    rows: list[dict[str, object]] = []
    slow: dict[str, object] = {}
    alive: dict[str, object] = {}
    ok = True
    with memory.running():
        limits = httpx.Limits(max_connections=10)
        async with httpx.AsyncClient(base_url=base_url, limits=limits, timeout=120.0) as client:
            await wait_until_up(client, 30.0)
            health = (await client.get("/healthz")).json()
            timeout = health["timeout_seconds"]
            print(f"server {base_url}: {health.get('workers', '?')} workers, time limit "
                  f"{timeout:g} s, body limit {health['max_body_bytes']:,} bytes; idle "
                  f"{mib(tree_rss_bytes(pid)) if pid else 'n/a'}")
            if "bodies" in parts:
                rows, ok = await pathological(client, memory, timeout)
            if "slow" in parts:
                slow = await slow_bodies(base_url, client, args.slow_clients, 90.0)
                ok = ok and slow["dropped"] == args.slow_clients
                ok = ok and slow["normal_meanwhile"] == 200
                ok = ok and (slow["last_dropped_seconds"] or 0) < 60
        if "keepalive" in parts:
            alive = await keep_alive(
                base_url, args.keep_alive, args.concurrency, args.idle_share, args.spinners
            )
            ok = ok and alive["resets"] == 0 and not alive["failures"]
    print(f"server peak memory over the whole run: {mib(memory.overall)} (bar {mib(int(MEMORY_BAR))})")
    ok = ok and memory.overall < MEMORY_BAR
    if args.save:
        save_fragment("soak", render(rows, slow, alive, memory.overall, timeout))
    return ok


def render(rows: list[dict[str, object]], slow: dict[str, object], alive: dict[str, object],
           peak: int, timeout: float) -> list[str]:
    return [
        f"## Service soak (`python bench/soak.py {' '.join(sys.argv[1:])}`)", "",
        f"`khulasa serve` defaults (time limit {timeout:g} s) on loopback; each body sent with a "
        "normal request 0.5 s after it; peak = sum of RSS over the server's process tree.", "",
        "| body | status | answer s | normal request meanwhile | peak RSS |", "|---|---|---|---|---|",
        *[f"| {r['case']} | {r['status']} | {r['seconds']} | {r['normal_meanwhile']} in "
          f"{r['normal_seconds']} s | {mib(int(r['peak_rss']))} |" for r in rows],
        "",
        f"{slow['count']} clients sending half a body and stalling: {slow['dropped']} dropped, the "
        f"last after {slow['last_dropped_seconds']:.1f} s; a normal request meanwhile: "
        f"{slow['normal_meanwhile']}.", "",
        f"Keep-alive: {alive['requests']:,} requests over {alive['concurrency']} connections, "
        f"{alive['spinners']} spinners, load average {alive['load']:.1f}, "
        f"{alive['idle_share']:.0%} of them after a 4-6 s idle, in {alive['seconds']} s: "
        f"**{alive['resets']} connection resets**, "
        f"{sum(alive['failures'].values()) - alive['resets']} HTTP errors.", "",
        f"Server peak memory over the run: **{mib(peak)}**.", "",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="a running server (loopback); default: start one")
    parser.add_argument("--pid", type=int, help="its process id, for the memory figures")
    parser.add_argument("--slow-clients", type=int, default=300)
    parser.add_argument("--keep-alive", type=int, default=5000, help="keep-alive requests")
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--idle-share", type=float, default=0.1,
                        help="share of keep-alive requests sent after a 4-6 s idle")
    parser.add_argument("--deadline", type=float, default=900.0, help="bound on the whole run")
    parser.add_argument("--spinners", type=int, default=os.cpu_count() or 1,
                        help="processes keeping the cores busy during the keep-alive part "
                        "(0 when other jobs already do)")
    parser.add_argument("--parts", default="bodies,slow,keepalive", help="which cases to run")
    parser.add_argument("--save", action="store_true", help="write the section of RESULTS.md")
    args = parser.parse_args()
    if args.url and urlsplit(args.url).hostname not in ("127.0.0.1", "localhost", "::1"):
        parser.error("loopback only")
    server = None
    if args.url:
        base_url, pid = args.url.rstrip("/"), args.pid
    else:
        port = free_port()
        server = start_server(port, 0)
        base_url, pid = f"http://{HOST}:{port}", server.pid
    try:
        ok = asyncio.run(asyncio.wait_for(soak(base_url, pid, args), args.deadline))
    finally:
        if server is not None:
            stop_server(server)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
