"""Hard limits on one unit of work (a service request, a batch row) that stop the work itself.

Used inside a worker process: `limit_memory` caps the process's address space once, and
`within` interrupts the work when its time is up. An overrun therefore costs its own budget and
nothing more, and surfaces as InputError with reason `too_slow` or `too_large`, which every
interface already reports as it reports bad input.
"""

from __future__ import annotations

import resource
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from khulasa.errors import InputError


class _Overrun(BaseException):
    """Raised by the alarm; a BaseException so that no `except Exception` in the work eats it."""


def limit_memory(max_bytes: int) -> None:
    """Cap this process's address space: an allocation past it raises MemoryError instead of
    taking the machine. Call once, at worker start (never in a server's main process)."""
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        max_bytes = min(max_bytes, hard)
    resource.setrlimit(resource.RLIMIT_AS, (max_bytes, hard))


def _on_alarm(_signum: int, _frame: FrameType | None) -> None:
    raise _Overrun


@contextmanager
def within(seconds: float | None) -> Iterator[None]:
    """Run the block for at most `seconds` of wall time (None: no limit).

    Past it the block is interrupted and InputError("too_slow") raised; a MemoryError inside
    (see `limit_memory`) becomes InputError("too_large"). Needs the process's main thread,
    where Python delivers signals. Nests: inside an outer `within` (a service job of many
    rows, each under its own limit) the block stops at the earlier of the two limits, and the
    outer limit runs on afterwards (it fires at once if it passed meanwhile).
    """
    if seconds is not None and threading.current_thread() is not threading.main_thread():
        raise RuntimeError("within() needs the main thread of its process")
    outer = signal.getitimer(signal.ITIMER_REAL)[0] if seconds is not None else 0.0
    started = time.monotonic()
    previous = signal.signal(signal.SIGALRM, _on_alarm) if seconds is not None else None
    try:
        if seconds is not None:
            signal.setitimer(signal.ITIMER_REAL, min(seconds, outer) if outer else seconds)
        try:
            yield
        finally:
            if seconds is not None:
                signal.setitimer(signal.ITIMER_REAL, 0)
    except _Overrun:
        raise InputError("too_slow", f"the work took longer than its limit of {seconds:g} s") from None
    except MemoryError:
        raise InputError("too_large", "the input needs more memory than the limit allows") from None
    finally:
        if previous is not None:
            signal.signal(signal.SIGALRM, previous)
        if outer:
            signal.setitimer(signal.ITIMER_REAL, max(outer - (time.monotonic() - started), 1e-6))


def mapped_bytes() -> int:
    """This process's address space now (Linux; 0 where unknown): what a memory budget for the
    work still to come is added to, since a forked worker starts with its parent's mappings."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[0]) * resource.getpagesize()
    except OSError:
        return 0
