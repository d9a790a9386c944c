"""Worker processes for parsing many texts on all cores.

Each worker is one of many processes, so numerical libraries must not also start a thread per
core in each of them (on 2 cores that made the pool slower than one process). Work travels in
chunks, so that the cost of sending it stays small next to the work itself; results come back
in input order.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.pool
import os
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

__all__ = ["chunks", "processes_for", "worker_pool"]

_T = TypeVar("_T")

_ONE_THREAD = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def worker_pool(processes: int, *, initializer: Callable[[], Any] | None = None) -> multiprocessing.pool.Pool:
    """A pool of worker processes whose numerical libraries run one thread each.

    Each worker limits those libraries to one thread before it loads them, unless the
    environment already says otherwise, and then runs ``initializer`` (say, to load models once).
    """
    return multiprocessing.get_context().Pool(processes, initializer=_init_worker, initargs=(initializer,))


def _init_worker(initializer: Callable[[], Any] | None) -> None:
    for name in _ONE_THREAD:
        os.environ.setdefault(name, "1")
    if initializer is not None:
        initializer()


def processes_for(processes: int | None, n: int) -> int:
    """How many processes to start for ``n`` pieces of work (``processes`` 0 or None: one per core)."""
    return max(1, min(processes or os.cpu_count() or 1, n))


def chunks(items: Sequence[_T], size: int) -> list[list[_T]]:
    """``items`` in consecutive lists of ``size``."""
    return [list(items[i : i + size]) for i in range(0, len(items), size)]
