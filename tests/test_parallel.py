"""Parsing on worker processes gives what parsing here gives: articles that cross between
processes as eventkit JSON, workers forked with the models already loaded, order and failures kept."""

from __future__ import annotations

import gc
import multiprocessing
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

import eventkit
from eventkit import _workers
from eventkit.errors import LanguageWarning
from eventkit.pipeline import Outcome, parse_each, parse_files

ROOT = Path(__file__).resolve().parents[1]
FACTRU = ROOT.parent / "shared" / "corpus" / "factru-devset"
GOOD = "The foreign minister met his counterpart in Cairo on Monday.\n\nThe talks lasted two hours.\n"
FORKED = multiprocessing.get_start_method() == "fork"

_LOADED: list[int] = []  # the processes that ran the initializer, as a worker inherits them


def _load() -> None:
    _LOADED.append(os.getpid())


def _loaded_and_frozen(_: object) -> tuple[list[int], int, bool]:
    return list(_LOADED), os.getpid(), gc.get_freeze_count() > 0


def _openblas_threads(_: object) -> list[int]:
    from threadpoolctl import threadpool_info

    return [int(pool["num_threads"]) for pool in threadpool_info() if pool["internal_api"] == "openblas"]


def _fails_here() -> None:
    if multiprocessing.parent_process() is None:  # the parent only; its workers load fine
        raise OSError("no models here")
    _load()


def test_an_outcome_travels_as_eventkit_json() -> None:
    outcome = next(parse_each([GOOD], entities=False, processes=1))
    data = pickle.dumps(outcome)
    assert eventkit.dumps(outcome.article) in data  # the article's JSON, not its pickled objects
    back = pickle.loads(data)
    assert back == outcome
    assert isinstance(back.article, eventkit.Article)


def test_a_failed_outcome_travels_with_its_error_and_warnings() -> None:
    warning = LanguageWarning("no recognizer for Swahili", language="sw", hint="read as English")
    outcome = Outcome(index=3, source="a.txt", error=eventkit.ParseError("empty text"), warnings=(warning,))
    back = pickle.loads(pickle.dumps(outcome))
    assert (back.index, back.source, back.article, back.ok) == (3, "a.txt", None, False)
    assert isinstance(back.error, eventkit.ParseError)
    assert str(back.error) == str(outcome.error)
    assert [(str(w), w.language, w.hint) for w in back.warnings] == [
        ("no recognizer for Swahili", "sw", "read as English")
    ]


def test_an_article_that_does_not_read_back_is_its_input_s_error() -> None:
    outcome = next(parse_each([GOOD], entities=False, processes=1))
    data = pickle.dumps(outcome).replace(b'"schema":"eventkit/2"', b'"schema":"eventkit/9"')
    back = pickle.loads(data)
    assert (back.index, back.source, back.ok) == (0, "text 1", False)
    assert isinstance(back.error, RuntimeError)
    assert "did not read back" in str(back.error)
    assert "eventkit/9" in str(back.error)


@pytest.mark.skipif(not FORKED, reason="workers are forked only where fork is the start method")
def test_forked_workers_start_with_what_the_initializer_loaded_here_and_freeze_it() -> None:
    _LOADED.clear()
    with _workers.worker_pool(2, initializer=_load) as pool:
        seen = pool.map(_loaded_and_frozen, range(4), chunksize=1)
    assert [os.getpid()] == _LOADED  # loaded here first ...
    for loaded, worker, frozen in seen:
        assert loaded == [os.getpid(), worker]  # ... so each worker began with it (its own run finds it done)
        assert frozen


@pytest.mark.skipif(not FORKED, reason="workers are forked only where fork is the start method")
def test_an_initializer_that_fails_here_is_left_to_the_workers() -> None:
    _LOADED.clear()
    with _workers.worker_pool(2, initializer=_fails_here) as pool:
        seen = pool.map(_loaded_and_frozen, range(2), chunksize=1)
    assert not _LOADED
    assert all(loaded == [worker] for loaded, worker, _ in seen)


@pytest.mark.skipif(not FORKED, reason="workers are forked only where fork is the start method")
def test_forked_workers_hold_an_inherited_openblas_to_the_threads_the_environment_says(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    numpy = pytest.importorskip("numpy")
    numpy.ones((2, 2)) @ numpy.ones((2, 2))  # OpenBLAS loaded here, with this process's threads
    if not _openblas_threads(None):
        pytest.skip("numpy here does not use OpenBLAS")
    monkeypatch.delenv("OPENBLAS_NUM_THREADS", raising=False)
    with _workers.worker_pool(2) as pool:
        assert pool.map(_openblas_threads, range(2), chunksize=1) == [[1], [1]]
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "3")  # what the environment says wins
    with _workers.worker_pool(2) as pool:
        assert pool.map(_openblas_threads, range(2), chunksize=1) == [[3], [3]]


@pytest.mark.skipif(not FACTRU.is_dir(), reason="the shared corpus is not there")
def test_real_articles_parsed_on_two_processes_are_those_parsed_here(tmp_path: Path) -> None:
    paths = [str(p) for p in sorted(FACTRU.glob("*.txt"))[:9]]
    paths.insert(4, str(tmp_path / "missing.txt"))
    here = list(parse_files(paths, language="ru", processes=1))
    there = list(parse_files(paths, language="ru", processes=2, chunk_size=2))
    assert [(o.index, o.source, o.ok) for o in there] == [(o.index, o.source, o.ok) for o in here]
    assert [o.article for o in there] == [o.article for o in here]
    assert sum(len(o.article.persons) for o in there if o.article) > 0  # the recognizer ran
    assert isinstance(there[4].error, FileNotFoundError)


# A fresh interpreter started with the trim threshold Dask's nannies give their workers: it builds
# and drops a 2 MiB block 100 times (as the tagger does an array for each batch) and prints the
# pages it faulted in, after ``keep_heap`` when asked.
_HEAP_PROGRAM = """
import resource, sys
from eventkit._workers import keep_heap
kept = keep_heap() if sys.argv[1] == "keep" else False
for _ in range(3):
    block = b"x" * (2 << 20)
    del block
before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
for _ in range(100):
    block = b"x" * (2 << 20)
    del block
print(kept, resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
"""


def _faults(mode: str) -> tuple[str, int]:
    env = {**os.environ, "MALLOC_TRIM_THRESHOLD_": "65536"}
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT / "src"), env.get("PYTHONPATH")) if p)
    done = subprocess.run(
        [sys.executable, "-c", _HEAP_PROGRAM, mode], env=env, capture_output=True, text=True, check=True
    )
    kept, faults = done.stdout.split()
    return kept, int(faults)


def _glibc() -> bool:
    try:
        return (os.confstr("CS_GNU_LIBC_VERSION") or "").startswith("glibc")
    except (ValueError, OSError):
        return False


@pytest.mark.skipif(not _glibc(), reason="glibc's allocator")
def test_a_kept_heap_reuses_its_pages_where_the_trim_threshold_would_map_them_anew() -> None:
    kept, faults = _faults("keep")
    assert kept == "True"
    assert faults < 100  # the block's pages stay in the heap, faulted in once before the count
    kept, faults = _faults("plain")
    assert kept == "False"
    assert faults > 100 * 400  # each block's 512 pages faulted in again, every time
