"""numpy's BLAS runs on one thread in a process that has loaded the models, unless the
environment asks for another count."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from markers import needs_ru

from eventkit._threads import blas_threads

pytest.importorskip("numpy")
pytest.importorskip("threadpoolctl")

ROOT = Path(__file__).resolve().parents[1]

# A fresh interpreter: BLAS starts with a thread per core (numpy's default, with no thread
# variable in the environment), the program sets it to three as a user's program might,
# loads eventkit's models, and tags a sentence; it prints the counts before and after.
_PROGRAM = """
import numpy, threadpoolctl
numpy.ones((2, 2)) @ numpy.ones((2, 2))
threadpoolctl.threadpool_limits(limits=3, user_api="blas")
def counts():
    return sorted({p["num_threads"] for p in threadpoolctl.threadpool_info() if p["user_api"] == "blas"})
before = counts()
from eventkit.entities import get_recognizer
from eventkit.model import Span
text = "Министр Сергей Лавров прибыл в Минск."
found = get_recognizer("ru", required=True).recognize(text, [Span(start=0, end=len(text))])
print(before, counts(), [p.name for p in found.persons])
"""

_THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def _run(threads: str | None) -> str:
    """What the program prints, run with ``OPENBLAS_NUM_THREADS`` set to ``threads`` (or unset)."""
    env = {k: v for k, v in os.environ.items() if k not in _THREAD_VARIABLES}
    if threads is not None:
        env["OPENBLAS_NUM_THREADS"] = threads
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT / "src"), env.get("PYTHONPATH")) if p)
    done = subprocess.run(
        [sys.executable, "-c", _PROGRAM], env=env, capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.strip()


@needs_ru
def test_loading_the_models_sets_blas_to_one_thread() -> None:
    assert _run(None) == "[3] [1] ['Сергей Лавров']"


@needs_ru
def test_a_count_in_the_environment_wins() -> None:
    assert _run("2") == "[3] [2] ['Сергей Лавров']"


@pytest.mark.parametrize(
    ("given", "threads"), [(None, 1), ("4", 4), ("1", 1), ("0", 1), ("many", 1), ("", 1), ("-2", 1)]
)
def test_the_count_wanted_is_the_environments_when_it_is_a_positive_number(
    monkeypatch: pytest.MonkeyPatch, given: str | None, threads: int
) -> None:
    if given is None:
        monkeypatch.delenv("OPENBLAS_NUM_THREADS", raising=False)
    else:
        monkeypatch.setenv("OPENBLAS_NUM_THREADS", given)
    assert blas_threads() == threads
