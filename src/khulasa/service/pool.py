"""Worker processes for the service: every core summarizes, and a job past its budget is stopped.

Each worker is a process forked from a fork server that has already imported the summarizer, so
a worker starts in milliseconds with the models loaded (it warms them once at start). It caps its
own memory with `budget.limit_memory` and runs every job under `budget.within`, so an overrun
raises inside the job and the worker answers too_slow / too_large. A worker stuck in native code
past its deadline, or one that dies, is killed and replaced; so is every worker that overran (an
interrupted job may leave its caches large). The parent talks to a worker over a socket pair with
length-prefixed pickles, through asyncio streams, so the event loop never blocks on a worker.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import pickle
import signal
import socket
import struct
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.process import BaseProcess
from typing import Any

from khulasa.budget import limit_memory, within
from khulasa.errors import InputError

logger = logging.getLogger("khulasa.service")

# A job is a module-level function (pickled by reference) and its arguments; its result must be
# picklable. The outcome sent back is ("ok", result) or ("error", reason, message).
Job = Callable[..., Any]
_HEADER = struct.Struct("!Q")
# How long a new worker may take to start and warm up.
START_SECONDS = 60.0
# Imported once in the fork server, so workers fork with them loaded (the main module too, or
# multiprocessing would import it again in every new worker).
PRELOAD = ["__main__", "khulasa.service.jobs"]
# Native thread pools (BLAS) would multiply threads by workers; one thread per worker process.
_SINGLE_THREAD_ENV = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


class WorkerFailed(Exception):
    """The job failed unexpectedly in its worker, or the worker died (it is replaced)."""


class _Died(Exception):
    """The worker process ended while it had a job."""


class Overrun(Exception):
    """The job did not finish by its deadline; its worker was stopped."""


@dataclass(eq=False)
class _Worker:
    process: BaseProcess
    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter


def _read_exactly(stream: Any, size: int) -> bytes:
    data = stream.read(size)
    if data is None or len(data) != size:
        raise EOFError
    return bytes(data)


def _worker_main(sock: socket.socket, max_memory: int, warm_up: Job | None) -> None:
    """A worker's life: cap memory, warm the models, then run jobs until the socket closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the server, which stops us.
    limit_memory(max_memory)
    if warm_up is not None:
        warm_up()
    _send(sock, ("ready", os.getpid()))
    stream = sock.makefile("rb")
    while True:
        try:
            (size,) = _HEADER.unpack(_read_exactly(stream, _HEADER.size))
            job, args, seconds = pickle.loads(_read_exactly(stream, size))
        except EOFError:
            return
        try:
            with within(seconds):
                outcome: tuple[Any, ...] = ("ok", job(*args))
        except InputError as error:
            outcome = ("error", error.reason, str(error))
        except Exception:
            logger.exception("unexpected error in a summarizer worker")
            outcome = ("error", "internal", "internal server error")
        _send(sock, outcome)


def _send(sock: socket.socket, message: tuple[Any, ...]) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    sock.sendall(_HEADER.pack(len(data)) + data)


async def _receive(reader: asyncio.StreamReader) -> Any:
    (size,) = _HEADER.unpack(await reader.readexactly(_HEADER.size))
    return pickle.loads(await reader.readexactly(size))


class WorkerPool:
    """N summarizer processes; `run` gives a job to an idle one and waits for it, by a deadline."""

    def __init__(
        self, size: int, max_memory: int, warm_up: Job | None = None, kill_grace: float = 1.0
    ) -> None:
        self.size = size
        self.max_memory = max_memory
        self.warm_up = warm_up
        # How long past its deadline a worker may take to answer before it is killed (native
        # code that does not see the alarm, a huge answer being written).
        self.kill_grace = kill_grace
        self._context = multiprocessing.get_context("forkserver")
        self._idle: asyncio.Queue[_Worker] | None = None
        self._workers: set[_Worker] = set()
        self._closed = False

    @property
    def pids(self) -> list[int]:
        """Process ids of the live workers (for tests and the memory benchmark)."""
        return [w.process.pid for w in self._workers if w.process.pid is not None]

    async def start(self) -> None:
        """Start the workers (once; later calls return at once)."""
        if self._idle is not None:
            return
        self._idle = asyncio.Queue()
        self._closed = False
        for name in _SINGLE_THREAD_ENV:
            os.environ.setdefault(name, "1")  # read by the fork server when it starts
        self._context.set_forkserver_preload(PRELOAD)
        await asyncio.gather(*(self._add_worker() for _ in range(self.size)))

    async def _add_worker(self) -> None:
        assert self._idle is not None
        parent, child = socket.socketpair()
        process = self._context.Process(
            target=_worker_main,
            args=(child, self.max_memory, self.warm_up),
            name="khulasa-worker",
            daemon=True,
        )
        # Starting talks to the fork server (and starts it the first time): not on the loop.
        await asyncio.to_thread(process.start)
        child.close()
        reader, writer = await asyncio.open_unix_connection(sock=parent)
        worker = _Worker(process, reader, writer)
        try:  # capped and warmed up: only then does it take jobs
            await asyncio.wait_for(_receive(reader), START_SECONDS)
        except BaseException:
            self._stop(worker)
            raise
        if self._closed:
            self._stop(worker)
            return
        self._workers.add(worker)
        self._idle.put_nowait(worker)

    def _stop(self, worker: _Worker) -> None:
        """Kill a worker at once (it may be stuck in native code) and reap it."""
        self._workers.discard(worker)
        worker.writer.close()
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join(5)

    def _replace(self, worker: _Worker) -> None:
        self._stop(worker)
        if not self._closed:
            task = asyncio.get_running_loop().create_task(self._add_worker())
            task.add_done_callback(_log_failure)

    async def _take(self, deadline: float) -> _Worker:
        """An idle, live worker, waiting for one until the deadline (then Overrun)."""
        assert self._idle is not None
        while True:
            try:
                worker = await asyncio.wait_for(self._idle.get(), deadline - time.monotonic())
            except asyncio.TimeoutError:
                raise Overrun from None
            if worker.process.is_alive():
                return worker
            logger.warning("summarizer worker %s died while idle; replacing it", worker.process.pid)
            self._replace(worker)

    async def run(self, deadline: float, job: Job, *args: Any) -> Any:
        """`job(*args)` in a worker, stopped at `deadline` (time.monotonic()).

        Returns the job's result; raises InputError for input the job refused (too_slow and
        too_large included), Overrun when it was stopped by the parent, WorkerFailed when it
        failed unexpectedly or its worker died twice (a worker killed from outside just before
        the job arrived costs one retry on a fresh worker).
        """
        await self.start()
        try:
            return await self._run_once(deadline, job, args)
        except _Died:
            try:
                return await self._run_once(deadline, job, args)
            except _Died as error:
                raise WorkerFailed("the worker died during the job") from error

    async def _run_once(self, deadline: float, job: Job, args: tuple[Any, ...]) -> Any:
        worker = await self._take(deadline)
        data = pickle.dumps((job, args, max(0.001, deadline - time.monotonic())))
        try:
            worker.writer.write(_HEADER.pack(len(data)) + data)
            await worker.writer.drain()
            wait = deadline + self.kill_grace - time.monotonic()
            outcome = await asyncio.wait_for(_receive(worker.reader), wait)
        except asyncio.TimeoutError:
            logger.warning("summarizer worker %s overran its deadline; killed", worker.process.pid)
            self._replace(worker)
            raise Overrun from None
        except (asyncio.IncompleteReadError, ConnectionError) as error:
            logger.error("summarizer worker %s died during a job", worker.process.pid)
            self._replace(worker)
            raise _Died from error
        except BaseException:  # cancelled (client gone, shutdown): the worker's state is unknown
            self._replace(worker)
            raise
        if outcome[0] == "ok":
            self._idle_again(worker)
            return outcome[1]
        reason, message = outcome[1], outcome[2]
        if reason in ("too_slow", "too_large"):
            self._replace(worker)  # caches of an interrupted job may stay large: start afresh
        else:
            self._idle_again(worker)
        if reason == "internal":
            raise WorkerFailed(message)
        raise InputError(reason, message)

    def _idle_again(self, worker: _Worker) -> None:
        assert self._idle is not None
        self._idle.put_nowait(worker)

    async def close(self) -> None:
        """Stop every worker (jobs in flight are abandoned; their callers get WorkerFailed)."""
        self._closed = True
        for worker in list(self._workers):
            self._stop(worker)
        self._idle = None


def _log_failure(task: asyncio.Task[None]) -> None:
    if not task.cancelled() and task.exception() is not None:
        logger.error("could not start a summarizer worker", exc_info=task.exception())
