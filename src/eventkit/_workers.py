"""Worker processes for parsing many texts on all cores.

Each worker is one of many processes, so numerical libraries must not also start a thread per
core in each of them (on 2 cores that made the pool slower than one process). Work travels in
chunks, so that the cost of sending it stays small next to the work itself; results come back
in input order, and only a few chunks are in flight at a time, so that a stream of any length is
worked through in constant memory.

Where workers are forked (Linux), what they need is loaded here first, once, so that they start
ready (and a later pool in this process too); each worker then freezes what it was given
(:func:`gc.freeze`), so that its garbage collector neither walks the models again and again nor
writes to their pages. A worker forked with numpy's OpenBLAS already loaded (with a thread per
core) sets its thread count as the environment would have.

A worker that another framework starts (Dask's nannies) may come with glibc's allocator set to
hand every freed block back to the system; :func:`keep_heap` keeps the blocks that parsing
frees and asks for again, article after article.
"""

from __future__ import annotations

import collections
import contextlib
import ctypes
import gc
import itertools
import multiprocessing
import multiprocessing.pool
import os
import signal
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TypeVar

from ._threads import hold_blas

__all__ = ["chunks", "keep_heap", "lazy_chunks", "ordered_map", "processes_for", "worker_pool"]

_T = TypeVar("_T")
_R = TypeVar("_R")

_ONE_THREAD = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")

# glibc's mallopt parameters, and the values keep_heap gives them: blocks up to 8 MiB come from
# the heap (the tagger's arrays for a batch of sentences are about 2 MiB), and trimming the heap
# leaves 16 MiB at its top for the next batch.
_M_TOP_PAD, _M_MMAP_THRESHOLD = -2, -3
_HEAP_BLOCKS = 8 << 20
_HEAP_PAD = 16 << 20


def worker_pool(processes: int, *, initializer: Callable[[], Any] | None = None) -> multiprocessing.pool.Pool:
    """A pool of worker processes whose numerical libraries run one thread each.

    Each worker limits those libraries to one thread before it loads them, unless the
    environment already says otherwise, and then runs ``initializer`` (say, to load models once).
    When workers are forked, ``initializer`` runs here first, so that they inherit what it
    loads rather than each loading it again (should it fail here, each worker tries itself).
    """
    context = multiprocessing.get_context()
    if initializer is not None and context.get_start_method() == "fork":
        _load_here(initializer)
    return context.Pool(processes, initializer=_init_worker, initargs=(initializer,))


def _load_here(initializer: Callable[[], Any]) -> None:
    with contextlib.suppress(Exception):  # a worker meets the same error and reports it per input
        initializer()


def _init_worker(initializer: Callable[[], Any] | None) -> None:
    # Ctrl-C is the parent's to handle: it stops the pool, and no worker prints a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for name in _ONE_THREAD:
        os.environ.setdefault(name, "1")
    if "numpy" in sys.modules:  # forked with numpy loaded: too late for the environment alone
        hold_blas()
    if initializer is not None:
        initializer()
    # What the worker holds now lives as long as it does: out of the collector's sight, it is
    # never walked again (time), and the collector writes nothing to its pages.
    gc.freeze()


def keep_heap() -> bool:
    """Have glibc serve large blocks from the heap and keep some free room at its top.

    ``MALLOC_TRIM_THRESHOLD_`` in the environment (Dask's nannies set 65536) also fixes glibc's
    threshold for taking blocks straight from the system at 128 KiB; then every array of a batch
    is mapped, faulted in page by page and unmapped again, article after article (some 5 ms of
    system time an article). Here larger blocks come from the heap, and trimming leaves 16 MiB at
    its top; what lies beyond still goes back to the system as the trim threshold says. Returns
    whether the allocator took the settings (not on a C library other than glibc).
    """
    if not sys.platform.startswith("linux"):
        return False
    try:
        library = os.confstr("CS_GNU_LIBC_VERSION") or ""
        mallopt = ctypes.CDLL(None).mallopt
    except (ValueError, OSError, AttributeError):  # pragma: no cover - another C library
        return False
    if not library.startswith("glibc"):  # pragma: no cover - musl and others
        return False
    return bool(mallopt(_M_MMAP_THRESHOLD, _HEAP_BLOCKS)) and bool(mallopt(_M_TOP_PAD, _HEAP_PAD))


def processes_for(processes: int | None, n: int) -> int:
    """How many processes to start for ``n`` pieces of work (``processes`` 0 or None: one per core)."""
    return max(1, min(processes or os.cpu_count() or 1, n))


def chunks(items: Sequence[_T], size: int) -> list[list[_T]]:
    """``items`` in consecutive lists of ``size``."""
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


def lazy_chunks(items: Iterable[_T], size: int) -> Iterator[list[_T]]:
    """``items`` in consecutive lists of ``size``, taken from the iterable only as they are needed."""
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, max(1, size))):
        yield chunk


def ordered_map(
    function: Callable[[_T], _R],
    items: Iterable[_T],
    *,
    processes: int | None,
    initializer: Callable[[], Any] | None = None,
) -> Iterator[_R]:
    """``map(function, items)`` on worker processes, results in input order, items taken lazily.

    At most two items per process are in flight, so memory stays constant however long the
    stream. With one process (or fewer than two items) it runs here, without a pool (and without
    ``initializer``: what it prepares is then made on first use).
    """
    iterator = iter(items)
    head = list(itertools.islice(iterator, 2))
    n = processes_for(processes, len(head)) if len(head) < 2 else processes_for(processes, 1 << 30)
    if n == 1:
        yield from map(function, itertools.chain(head, iterator))
        return
    with worker_pool(n, initializer=initializer) as pool:
        pending: collections.deque[multiprocessing.pool.AsyncResult[_R]] = collections.deque()
        for item in itertools.chain(head, iterator):
            pending.append(pool.apply_async(function, (item,)))
            if len(pending) >= 2 * n:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()
