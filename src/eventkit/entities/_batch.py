"""Many texts' entities at once, on all cores: worker processes that each load the models once."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .._workers import chunks, processes_for, worker_pool
from ..model import Span
from ._base import Entities

__all__ = ["recognize_many"]


def _load_russian() -> None:
    from .ru import recognizer

    recognizer().load()


def _recognize_chunk(chunk: list[tuple[str, list[tuple[int, int]]]]) -> list[Entities]:
    from .ru import recognizer

    items = [(text, [Span(start=s, end=e) for s, e in blocks]) for text, blocks in chunk]
    return recognizer().recognize_many(items)


def recognize_many(
    items: Iterable[tuple[str, Sequence[Span]]], *, processes: int | None = None, chunk_size: int = 8
) -> list[Entities]:
    """Russian entities of each (text, body blocks) pair, on ``processes`` cores (default: all).

    :param items: pairs of an article's text and the spans of its headline and paragraphs.
    :param processes: worker processes; ``None`` for one per core, ``1`` to stay in this process.
    :param chunk_size: pairs sent to a worker at a time.
    :returns: the entities of each pair, in input order.
    :raises ~eventkit.errors.MissingExtraError: the ``ru`` extra is not installed.
    """
    payload = [(text, [(b.start, b.end) for b in blocks]) for text, blocks in items]
    if not payload:
        return []
    parts = chunks(payload, chunk_size)
    n = processes_for(processes, len(parts))
    if n == 1:
        _load_russian()
        return [e for part in parts for e in _recognize_chunk(part)]
    with worker_pool(n, initializer=_load_russian) as pool:
        return [e for part in pool.imap(_recognize_chunk, parts) for e in part]
