"""Run every example in the docs as a test: Python doctests and ``console`` sessions."""

from __future__ import annotations

import contextlib
import importlib.util
import io
import os
import shlex
from pathlib import Path

import pytest
from sybil import Example, Sybil
from sybil.parsers.myst import CodeBlockParser, PythonCodeBlockParser

ROOT = Path(__file__).resolve().parent.parent


def _run_console(example: Example) -> str | None:
    """Each ``$ eventkit ...`` line runs in-process from the project root; its output must match."""
    from eventkit.cli import main

    lines = example.parsed.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if not line.startswith("$ "):
            continue
        expected: list[str] = []
        while i < len(lines) and not lines[i].startswith("$ "):
            expected.append(lines[i])
            i += 1
        argv = shlex.split(line[2:])
        if argv[0] != "eventkit":
            return f"only eventkit commands can run in the docs, not {argv[0]!r}"
        out = io.StringIO()
        cwd = os.getcwd()
        os.chdir(ROOT)
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
                main(argv[1:])
        finally:
            os.chdir(cwd)
        got = [ln.rstrip() for ln in out.getvalue().rstrip("\n").splitlines()]
        want = [ln.rstrip() for ln in "\n".join(expected).rstrip("\n").splitlines()]
        if got != want:
            return "command: {}\nexpected:\n{}\ngot:\n{}".format(line, "\n".join(want), "\n".join(got))
    return None


# Pages whose examples need optional packages, skipped cleanly where those are not installed.
NEEDS = {"tables.md": ("pyarrow", "pandas", "polars", "duckdb"), "dask.md": ("dask.bag", "distributed")}


def _absent(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is None
    except ImportError:  # its package is not there either
        return True


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        missing = [m for m in NEEDS.get(item.path.name, ()) if _absent(m)]
        if missing:
            item.add_marker(pytest.mark.skip(reason=f"needs {', '.join(missing)}"))


pytest_collect_file = Sybil(
    parsers=[
        PythonCodeBlockParser(),
        CodeBlockParser(language="console", evaluator=_run_console),
    ],
    patterns=["*.md"],
    excludes=["_build/*"],
).pytest()
