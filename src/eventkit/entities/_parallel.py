"""Many texts on all cores: worker processes that each load the models once.

Results come back in the order of the input, whatever order the workers finish in, so a run
is deterministic. Each worker builds its recognizer on start (one model load per process) and
texts travel in chunks, so that the cost of sending them stays small next to the work.
"""

from __future__ import annotations

import datetime
import multiprocessing
import multiprocessing.pool
import os
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from ..model import Span
from ._base import Entities

if TYPE_CHECKING:
    from ..model import Article, PartialDate

__all__ = ["parse_many", "recognize_many", "worker_pool"]

# Each worker is one of many processes: numerical libraries must not also start a thread per
# core in each of them (on 2 cores that made the pool slower than one process).
_ONE_THREAD = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def worker_pool(processes: int, *, load_russian: bool = False) -> multiprocessing.pool.Pool:
    """A pool of worker processes whose numerical libraries run one thread each.

    Each worker limits those libraries to one thread before it loads them, unless the
    environment already says otherwise (a process that had loaded numpy before forking keeps
    its own setting). With ``load_russian`` each worker loads the Russian models once.
    """
    return multiprocessing.get_context().Pool(processes, initializer=_init_worker, initargs=(load_russian,))


def _init_worker(load_russian: bool = True) -> None:
    for name in _ONE_THREAD:
        os.environ.setdefault(name, "1")
    if load_russian:
        from ._russian import shared_recognizer

        shared_recognizer().load()


def _recognize_chunk(chunk: list[tuple[str, list[tuple[int, int]]]]) -> list[Entities]:
    from ._russian import shared_recognizer

    items = [(text, [Span(start=s, end=e) for s, e in blocks]) for text, blocks in chunk]
    return shared_recognizer().recognize_many(items)


def _parse_chunk(chunk: list[tuple[str, dict[str, Any]]]) -> list[Article]:
    import eventkit

    return [eventkit.parse_article(text, **kwargs) for text, kwargs in chunk]


def _processes(processes: int | None, n: int) -> int:
    return max(1, min(processes or os.cpu_count() or 1, n))


def _chunks(items: Sequence[Any], size: int) -> list[list[Any]]:
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


def recognize_many(
    items: Iterable[tuple[str, Sequence[Span]]], *, processes: int | None = None, chunk_size: int = 8
) -> list[Entities]:
    """Russian entities of each (text, body blocks) pair, on ``processes`` cores (default: all)."""
    payload = [(text, [(b.start, b.end) for b in blocks]) for text, blocks in items]
    if not payload:
        return []
    chunks = _chunks(payload, chunk_size)
    n = _processes(processes, len(chunks))
    if n == 1:
        from ._russian import shared_recognizer

        shared_recognizer().load()
        return [e for chunk in chunks for e in _recognize_chunk(chunk)]
    with worker_pool(n, load_russian=True) as pool:
        return [e for part in pool.imap(_recognize_chunk, chunks) for e in part]


def parse_many(
    texts: Iterable[str],
    *,
    published: datetime.date | PartialDate | str | None = None,
    language: str | None = None,
    entities: bool | None = None,
    processes: int | None = None,
    chunk_size: int = 4,
) -> list[Article]:
    """:func:`eventkit.parse_article` over many texts on all cores, results in input order."""
    kwargs: dict[str, Any] = {}
    if published is not None:
        kwargs["published"] = published
    if language is not None:
        kwargs["language"] = language
    if entities is not None:
        kwargs["entities"] = entities
    payload = [(text, kwargs) for text in texts]
    if not payload:
        return []
    chunks = _chunks(payload, chunk_size)
    n = _processes(processes, len(chunks))
    if n == 1:
        return [a for chunk in chunks for a in _parse_chunk(chunk)]
    wants_ru = entities is not False and (language or "ru").lower().startswith("ru")
    with worker_pool(n, load_russian=wants_ru) as pool:
        return [a for part in pool.imap(_parse_chunk, chunks) for a in part]
