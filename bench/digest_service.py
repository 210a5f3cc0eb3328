"""What POST /v1/digest costs over the library: one day's digest through the service, beside it in
process.

The first N articles (default 500, the endpoint's limit) of SaudiNewsNet train's busiest day:
`khulasa.digest` in this process, then `POST /v1/digest` to `khulasa serve --workers 1` (one worker
process, its defaults otherwise); both warmed on a few articles first, wall seconds each and their
ratio, and the worker's peak address space (VmPeak, what its --worker-memory cap limits).

    python bench/digest_service.py [--articles 500]
"""

from __future__ import annotations

import argparse
import gzip
import json
import socket
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import httpx

import khulasa
from khulasa.digest import DigestConfig

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "saudinewsnet"
WARM = 5


def busiest_day(articles: int) -> list[dict]:
    with gzip.open(DATA / "train.jsonl.gz", "rt", encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines]
    busiest = Counter(r["date"][:10] for r in rows).most_common(1)[0][0]
    return [r for r in rows if r["date"].startswith(busiest)][:articles]


def in_process(rows: list[dict]) -> float:
    khulasa.digest(rows[:WARM], DigestConfig())
    started = time.perf_counter()
    khulasa.digest(rows, DigestConfig())
    return time.perf_counter() - started


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def worker_vm_peak_kib(server: int) -> int:
    """VmPeak of the server's worker (the grandchild that is not the fork server's idle self)."""
    peaks = []
    for task in Path("/proc").glob("[0-9]*"):
        try:
            status = (task / "status").read_text()
            ppid = int(next(x for x in status.splitlines() if x.startswith("PPid:")).split()[1])
            grand = int((Path(f"/proc/{ppid}/status").read_text().split("PPid:")[1].split()[0]))
        except (OSError, StopIteration, ValueError, IndexError):
            continue
        if grand == server:
            peaks.append(int(status.split("VmPeak:")[1].split()[0]))
    return max(peaks, default=0)


def through_service(rows: list[dict]) -> tuple[float, int]:
    port = free_port()
    command = [sys.executable, "-m", "khulasa", "serve", "--port", str(port), "--workers", "1",
               "--no-access-log"]
    server = subprocess.Popen(command, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            try:
                if httpx.get(url + "/healthz").status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        with httpx.Client(base_url=url, timeout=120) as client:
            client.post("/v1/digest", json={"articles": rows[:WARM]}).raise_for_status()
            started = time.perf_counter()
            client.post("/v1/digest", json={"articles": rows}).raise_for_status()
            seconds = time.perf_counter() - started
        return seconds, worker_vm_peak_kib(server.pid)
    finally:
        server.terminate()
        server.wait(30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    args = parser.parse_args()
    rows = busiest_day(args.articles)
    library = in_process(rows)
    service, peak_kib = through_service(rows)
    print(f"{len(rows)} articles: library {library:.2f} s, POST /v1/digest {service:.2f} s "
          f"(service ÷ library {service / library:.2f}); worker peak address space "
          f"{peak_kib / 1024:.0f} MiB (cap 640)")


if __name__ == "__main__":
    main()
