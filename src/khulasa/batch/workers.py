"""Worker processes for the local engine: every row within its time and memory budget, and a
worker that dies or hangs anyway is replaced, the row it was on becoming an error record.

Hand-written rather than concurrent.futures because a ProcessPoolExecutor whose worker dies
breaks as a whole and cannot say which row killed it. Workers are forked after the models are
loaded (they share them and the sink's encoder), take a chunk of rows at a time and send back
each row's record as soon as it is done, so the parent always knows which row a worker is on.
Workers die with the parent (PR_SET_PDEATHSIG), so a killed batch leaves none behind.
"""

from __future__ import annotations

import ctypes
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from multiprocessing import Pipe
from multiprocessing.connection import Connection, wait
from types import TracebackType
from typing import Any

from khulasa.batch.rows import BatchOptions, error_record, row_id, summarize_row
from khulasa.budget import limit_memory, mapped_bytes

Outcome = tuple[str, Any]  # (error reason, or "" for a summary; the record encoded for the sink)
Item = tuple[int, Any] | dict[str, Any]  # a (line, row) to summarize, or a ready error record
Encode = Callable[[dict[str, Any]], Any]

# `within` stops a row at its time limit; a row stuck that much longer (in C code) is killed.
KILL_GRACE_SECONDS = 5.0
_SPENT = ("too_slow", "too_large")
_PR_SET_PDEATHSIG = 1


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


def die_with_parent(parent: int) -> None:
    """End this process when `parent` ends: the kernel's parent-death signal on Linux, else a
    thread that polls for a new parent."""
    try:
        armed = ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL) == 0
    except (OSError, AttributeError):
        armed = False
    if not armed:
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    if os.getppid() != parent:  # the parent died before the signal was armed
        os._exit(1)


def _outcome(item: Item, options: BatchOptions, encode: Encode) -> Outcome:
    record = item if isinstance(item, dict) else summarize_row(item[0], item[1], options)
    try:
        return record["error_reason"] or "", encode(record)
    except MemoryError:
        record = error_record(record["id"], record["line"], "too_large", "the record is too large to write")
        return "too_large", encode(record)


def _serve(conn: Connection, options: BatchOptions, encode: Encode, parent: int) -> None:
    """A worker's life: chunks in, one (outcome, spent) per row out, until the parent hangs up
    or a row overruns its budget (spent: the parent forks a fresh worker for the rest)."""
    die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    if options.memory_limit is not None:
        limit_memory(mapped_bytes() + options.memory_limit)
    while True:
        try:
            items = conn.recv()
        except EOFError:
            return
        for item in items:
            outcome = _outcome(item, options, encode)
            spent = outcome[0] in _SPENT
            conn.send((outcome, spent))
            if spent:  # an overrun may leave grown caches or half-done work: start afresh
                return


@dataclass
class _Worker:
    pid: int
    conn: Connection
    chunk: int = -1  # index of the chunk it works on; -1 when idle
    items: list[Item] = field(default_factory=list)
    done: int = 0  # rows of `items` sent back so far
    since: float = 0.0  # when its current row started


class Workers:
    """`jobs` forked workers that summarize chunks of rows; see the module docstring."""

    def __init__(self, jobs: int, options: BatchOptions, encode: Encode) -> None:
        self._options = options
        self._encode = encode
        self._parent = os.getpid()
        self._workers: list[_Worker] = []
        for _ in range(jobs):
            self._workers.append(self._spawn())

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        for worker in self._workers:
            self._end(worker)

    def _spawn(self) -> _Worker:
        ours, theirs = Pipe()
        pid = os.fork()
        if pid == 0:  # the worker: never returns into the parent's code
            status = 1
            try:
                ours.close()
                for other in self._workers:  # so a worker sees EOF when the parent goes
                    other.conn.close()
                _serve(theirs, self._options, self._encode, self._parent)
                status = 0
            finally:
                os._exit(status)
        theirs.close()
        return _Worker(pid, ours)

    @staticmethod
    def _end(worker: _Worker) -> str:
        """Stop a worker for good; how it ended, for the record of the row it was on."""
        worker.conn.close()
        try:
            os.kill(worker.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        code = os.waitstatus_to_exitcode(os.waitpid(worker.pid, 0)[1])
        return f"signal {signal.Signals(-code).name}" if code < 0 else f"exit status {code}"

    def _assign(self, slot: int, chunk: int, items: list[Item]) -> None:
        worker = self._workers[slot]
        try:
            worker.conn.send(items)
        except OSError:  # it died while idle: replace it and hand the chunk to the new one
            self._end(worker)
            worker = self._workers[slot] = self._spawn()
            worker.conn.send(items)
        worker.chunk, worker.items, worker.done, worker.since = chunk, items, 0, time.monotonic()

    def _replace(self, worker: _Worker, queue: deque[tuple[int, list[Item]]]) -> str:
        """End a worker, requeue the rows of its chunk it has not done and fork a fresh one in
        its place; how the old one ended."""
        ended = self._end(worker)
        if 0 <= worker.chunk and worker.done < len(worker.items):
            queue.appendleft((worker.chunk, worker.items[worker.done:]))
        self._workers[self._workers.index(worker)] = self._spawn()
        return ended

    def _lose(self, worker: _Worker, reason: str, message: str, results: dict[int, list[Outcome]],
              queue: deque[tuple[int, list[Item]]]) -> None:
        """Record the row a dead or hung worker was on as an error and replace the worker."""
        item = worker.items[worker.done]
        worker.done += 1
        ended = self._replace(worker, queue)
        if isinstance(item, dict):
            record = item
        else:
            line, row = item
            if reason == "worker_died":
                message = f"{message} ({ended})"
            record = error_record(row_id(line, row, self._options), line, reason, message)
        results[worker.chunk].append((record["error_reason"], self._encode(record)))

    def _collect(self, results: dict[int, list[Outcome]], queue: deque[tuple[int, list[Item]]]) -> None:
        """Wait for rows to come back (or a worker to die or overrun) and file them."""
        busy = {worker.conn: worker for worker in self._workers if worker.chunk >= 0}
        limit = self._options.time_limit
        timeout = None
        if limit is not None:
            first = min(worker.since for worker in busy.values())
            timeout = max(0.0, first + limit + KILL_GRACE_SECONDS - time.monotonic())
        for ready in wait(list(busy), timeout):
            worker = busy[ready]  # type: ignore[index]
            try:
                while worker.chunk >= 0 and worker.conn.poll():
                    outcome, spent = worker.conn.recv()
                    results[worker.chunk].append(outcome)
                    worker.done += 1
                    worker.since = time.monotonic()
                    if spent:
                        self._replace(worker, queue)
                        break
                    if worker.done == len(worker.items):
                        worker.chunk = -1
            except (EOFError, OSError):
                self._lose(worker, "worker_died", "the worker process summarizing this row died", results, queue)
        if limit is None:
            return
        for worker in list(self._workers):
            if worker.chunk >= 0 and time.monotonic() - worker.since > limit + KILL_GRACE_SECONDS:
                self._lose(worker, "too_slow", f"the row ran past its time limit of {limit:g} s and "
                           "its worker was stopped", results, queue)

    def run(self, chunks: Iterator[list[Item]], in_flight: int) -> Iterator[list[Outcome]]:
        """Each chunk's outcomes, in input order; at most `in_flight` chunks are read ahead of
        the one the caller is waiting for, so memory stays flat."""
        queue: deque[tuple[int, list[Item]]] = deque()  # (chunk index, rows) waiting for a worker
        results: dict[int, list[Outcome]] = {}
        sizes: dict[int, int] = {}
        started = returned = 0
        more = True
        while True:
            for slot, worker in enumerate(self._workers):
                if worker.chunk >= 0:
                    continue
                if not queue and more and started - returned < in_flight:
                    chunk = next(chunks, None)
                    if chunk is None:
                        more = False
                    else:
                        queue.append((started, chunk))
                        results[started], sizes[started] = [], len(chunk)
                        started += 1
                if not queue:
                    break
                self._assign(slot, *queue.popleft())
            while returned in sizes and len(results[returned]) == sizes[returned]:
                del sizes[returned]
                yield results.pop(returned)
                returned += 1
            if not any(worker.chunk >= 0 for worker in self._workers):
                if not queue and not more:
                    return
                continue
            self._collect(results, queue)
