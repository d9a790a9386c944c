"""Parsing archives on a Dask cluster: files in, articles or shards of JSON Lines and Parquet out.

The same code runs on a laptop and on a cluster: it uses whatever ``dask.distributed`` client
is active (``Client()`` for the cores of this machine, ``Client("scheduler:8786")`` for a
cluster), or Dask's default scheduler when there is none. Each file is read by the worker that
parses it. A worker loads the language models once, on its first article, and keeps them for
every later one; :func:`load_models` has every worker load them at once instead, before the
work. A worker process keeps the heap that parsing frees and reuses, whatever trim threshold
Dask gave it. Articles travel between processes as eventkit JSON, which costs less than pickling
their objects. A bad input never loses the rest: :func:`parse_outcomes` gives one
:class:`~eventkit.pipeline.Outcome` per input, and the writers put each failure, with its input
and reason, in ``failures.jsonl`` beside the shards. Needs the ``eventkit-news[dask]`` extra.
"""

from __future__ import annotations

import asyncio
import functools
import gc
import importlib
import multiprocessing
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import attrs
import orjson

from . import codec
from ._workers import keep_heap
from .errors import MissingExtraError
from .model import Article
from .pipeline import Outcome, _load_recognizers, _outcome

_WorkerPlugin: Any = object
try:  # the base class of worker plugins; without Dask, load_models says what to install
    from distributed import WorkerPlugin

    _WorkerPlugin = WorkerPlugin
except ImportError:  # pragma: no cover - Dask is installed wherever this module is tested
    pass

__all__ = [
    "Written",
    "load_models",
    "parse_files",
    "parse_outcomes",
    "read_jsonl",
    "write_jsonl",
    "write_parquet",
]

_INSTALL_HINT = 'eventkit.dask needs Dask: pip install "eventkit-news[dask]"'
_FILES_A_TASK = 32


def _bag() -> Any:
    try:
        import dask.bag
    except ImportError as error:
        raise MissingExtraError(f"{_INSTALL_HINT} ({error})") from None
    return dask.bag


@functools.cache
def _settle() -> None:
    """Once a worker process (not a worker in the caller's own process): glibc keeps the heap
    that parsing reuses rather than handing it back after every article (:func:`keep_heap`)."""
    if multiprocessing.parent_process() is not None:
        keep_heap()


def _parse_part(items: Iterable[tuple[int, str]], options: dict[str, Any]) -> list[Outcome]:
    _settle()
    return [_outcome((index, path, None, path, {}), options) for index, path in items]


class _Models(_WorkerPlugin):  # type: ignore[misc]
    """Loads the recognizers' models in each worker as it starts (or, when registered, at once)."""

    idempotent = True  # registering again (a second call) changes nothing

    def __init__(self, languages: tuple[str, ...]) -> None:
        self.languages = languages

    async def setup(self, worker: Any) -> None:
        # In a thread, so that the worker goes on answering the scheduler while it loads.
        await asyncio.to_thread(_load_recognizers, self.languages)
        _settle()
        if multiprocessing.parent_process() is not None:
            # A worker process of its own (a nanny's): the models live as long as it does, and
            # out of the collector's sight they are not walked again at every full collection.
            # (A worker in the caller's process leaves the caller's collector alone.)
            gc.freeze()


def load_models(client: Any = None, *, language: str = "ru") -> None:
    """Have every worker of the cluster load ``language``'s models now, and every worker that
    joins later as it starts; returns once the present workers are ready.

    Without it each worker loads them on its first article, which is fine for long runs; with
    it the first tasks do not wait for the models, and a timed run times the parsing only.
    ``client`` is the ``distributed.Client`` (default: the active one).
    """
    if _WorkerPlugin is object:
        raise MissingExtraError(f"{_INSTALL_HINT} (no module named 'distributed')")
    if client is None:
        from distributed import get_client

        client = get_client()
    client.register_plugin(_Models((language,)), name=f"eventkit-models-{language}")


def parse_outcomes(
    paths: Iterable[str | os.PathLike[str]],
    *,
    npartitions: int | None = None,
    published: Any = None,
    language: str | None = None,
    entities: bool | None = None,
) -> Any:
    """A ``dask.bag.Bag`` of one :class:`~eventkit.pipeline.Outcome` per text file, in input order.

    ``npartitions`` is how many tasks the files are split into (default: about 32 files a
    task, a second or so of work: few enough that the scheduler's cost per task is lost in the
    work, many enough that the workers finish together). The parse options are those of
    :func:`eventkit.parse_article`. Each article's ``url`` is its file's ``file:`` URI, as with
    :func:`eventkit.parse_files`.
    """
    bag = _bag()
    items = [(i, os.fspath(p)) for i, p in enumerate(paths)]
    options: dict[str, Any] = {}
    for key, value in (("published", published), ("language", language), ("entities", entities)):
        if value is not None:
            options[key] = value
    if npartitions is None:
        npartitions = max(1, min(len(items), (len(items) + _FILES_A_TASK - 1) // _FILES_A_TASK))
    return bag.from_sequence(items, npartitions=max(1, npartitions)).map_partitions(_parse_part, options)


def parse_files(paths: Iterable[str | os.PathLike[str]], **parse_options: Any) -> Any:
    """A ``dask.bag.Bag`` of the :class:`~eventkit.Article` of each text file, in input order.

    Computing it raises the first bad input's error, with a note naming the file; use
    :func:`parse_outcomes` (and the writers) to go on past bad inputs.
    """
    return parse_outcomes(paths, **parse_options).map(Outcome.unwrap)


def read_jsonl(paths: str | Iterable[str]) -> Any:
    """A ``dask.bag.Bag`` of the articles in eventkit JSON Lines files (a glob such as
    ``"out/articles-*.jsonl"``, or a list), each line checked as :func:`eventkit.loads` does."""
    bag = _bag()
    return bag.read_text(paths if isinstance(paths, str) else list(paths)).filter(str.strip).map(codec.loads)


@attrs.frozen
class Written:
    """What a writer wrote: how many articles, the files, and every input that failed."""

    articles: int
    files: tuple[Path, ...]
    failures: tuple[Outcome, ...]


def _failure_line(outcome: Outcome) -> bytes:
    error = outcome.error
    return orjson.dumps(
        {
            "index": outcome.index,
            "source": outcome.source,
            "error": type(error).__name__,
            "message": str(error),
        }
    )


def _split(part: Iterable[Outcome | Article]) -> tuple[list[Article], list[Outcome]]:
    articles: list[Article] = []
    failures: list[Outcome] = []
    for item in part:
        if isinstance(item, Article):
            articles.append(item)
        elif item.article is not None:
            articles.append(item.article)
        else:
            failures.append(item)
    return articles, failures


def _write_jsonl_part(part: list[Any], directory: str, number: int) -> tuple[int, list[Path], list[Outcome]]:
    articles, failures = _split(part)
    path = Path(directory) / f"articles-{number:05d}.jsonl"
    staging = path.with_name(f".{path.name}.part")
    with open(staging, "wb") as stream:
        for article in articles:
            stream.write(codec.dumps(article) + b"\n")
    os.replace(staging, path)
    return len(articles), [path], failures


def _write_parquet_part(
    part: list[Any], directory: str, number: int
) -> tuple[int, list[Path], list[Outcome]]:
    from .tables import TABLES, write_parquet

    articles, failures = _split(part)
    staging = Path(directory) / f".part-{number:05d}"
    written = write_parquet(articles, staging)
    paths = []
    for name in TABLES:
        target = Path(directory) / name / f"part-{number:05d}.parquet"
        os.replace(written[name], target)
        paths.append(target)
    staging.rmdir()
    return len(articles), paths, failures


def _write(
    bag: Any, directory: str | os.PathLike[str], part_writer: Any, folders: tuple[str, ...]
) -> Written:
    dask: Any = importlib.import_module("dask")  # delayed and compute, untyped

    root = Path(directory)
    root.mkdir(parents=True, exist_ok=True)
    for folder in folders:
        (root / folder).mkdir(exist_ok=True)
    tasks = [dask.delayed(part_writer)(part, str(root), n) for n, part in enumerate(bag.to_delayed())]
    results = dask.compute(*tasks)
    failures = tuple(outcome for _, _, found in results for outcome in found)
    report = root / "failures.jsonl"
    report.write_bytes(b"".join(_failure_line(o) + b"\n" for o in failures))
    return Written(
        articles=sum(n for n, _, _ in results),
        files=tuple(path for _, paths, _ in results for path in paths),
        failures=failures,
    )


def write_jsonl(bag: Any, directory: str | os.PathLike[str]) -> Written:
    """Write a bag of outcomes (or of articles) as JSON Lines shards, ``DIRECTORY/articles-NNNNN.jsonl``,
    one a partition, and every failure in ``DIRECTORY/failures.jsonl``; waits until all are written."""
    return _write(bag, directory, _write_jsonl_part, ())


def write_parquet(bag: Any, directory: str | os.PathLike[str]) -> Written:
    """Write a bag of outcomes (or of articles) as Parquet shards, a folder a table
    (``DIRECTORY/persons/part-NNNNN.parquet`` ...; see :mod:`eventkit.tables`), and every failure
    in ``DIRECTORY/failures.jsonl``; waits until all are written."""
    from .tables import TABLES

    return _write(bag, directory, _write_parquet_part, TABLES)
