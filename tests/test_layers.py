"""The package's layering: data flows one way, and no module imports one above it.

raw text → ``text`` (layout, quotes, dates) → ``entities`` → ``events`` → ``pipeline`` runs
them; ``model`` at the bottom knows nothing of the rest, the codec only the model, ``formats``
only the model and the code table, the CLI sits on top. Imports are read from the source with
``ast`` (at any depth, type-only ones included), so an import hidden in a function counts too.
The only exception: a module-level ``__getattr__`` that serves a name 0.1 exported from a place
it has since left, with a DeprecationWarning.
"""

from __future__ import annotations

import ast
import functools
from collections.abc import Iterator
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "eventkit"

# What each part of the package may import (besides itself and the standard library).
ALLOWED: dict[str, frozenset[str]] = {
    "_version": frozenset(),
    "errors": frozenset(),
    "_threads": frozenset(),
    "_workers": frozenset({"_threads"}),
    "_checks": frozenset({"errors"}),
    "model": frozenset({"_checks", "errors"}),
    "codec": frozenset({"model", "_checks", "errors"}),
    "schema": frozenset({"codec", "model", "_checks", "errors"}),
    "codes": frozenset({"model", "_checks", "errors"}),
    "lexicon": frozenset({"errors"}),
    "text": frozenset({"lexicon", "model", "_checks", "errors"}),
    "entities": frozenset({"text", "lexicon", "model", "_checks", "errors", "_workers", "_threads"}),
    "events": frozenset({"entities", "text", "lexicon", "codes", "model", "_checks", "errors"}),
    "formats": frozenset({"codes", "codec", "model", "_checks", "errors", "_version"}),
    "identities": frozenset({"lexicon", "model", "_checks", "errors"}),
    "stories": frozenset({"lexicon", "model", "_checks", "errors"}),
    "pipeline": frozenset(
        {
            "codec",
            "events",
            "entities",
            "identities",
            "text",
            "lexicon",
            "model",
            "_checks",
            "errors",
            "_workers",
            "_threads",
            "_version",
        }
    ),
}
TOP = frozenset({"__init__", "__main__", "cli", "evaluate", "tables", "dask", "linking", "show"})
"""Faces of the package over the public API: they may import any part, but not one another's insides."""


def _modules() -> dict[str, Path]:
    """Every module as a dotted name relative to the package (``entities.ru._names``)."""
    found = {}
    for path in SRC.rglob("*.py"):
        parts = list(path.relative_to(SRC).with_suffix("").parts)
        if parts[-1] == "__init__" and len(parts) > 1:
            parts.pop()
        found[".".join(parts)] = path
    return found


MODULES = _modules()


def _package_of(module: str, path: Path) -> list[str]:
    parts = module.split(".")
    return parts if path.name == "__init__.py" else parts[:-1]


def _imports(module: str, path: Path) -> Iterator[tuple[str, int]]:
    """The eventkit modules ``module`` imports, with the line, outside deprecated-name ``__getattr__``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = {
        id(node)
        for top in tree.body
        if isinstance(top, ast.FunctionDef) and top.name == "__getattr__"
        for node in ast.walk(top)
    }
    package = _package_of(module, path)
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name == "eventkit" or alias.name.startswith("eventkit."):
                    yield alias.name.removeprefix("eventkit").lstrip(".") or "__init__", node.lineno
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                target = ".".join([*base, node.module] if node.module else base)
            elif node.module and (node.module == "eventkit" or node.module.startswith("eventkit.")):
                target = node.module.removeprefix("eventkit").lstrip(".")
            else:
                continue
            for alias in node.names:
                sub = f"{target}.{alias.name}" if target else alias.name
                if sub in MODULES:
                    yield sub, node.lineno
                else:
                    yield target or "__init__", node.lineno


def _part(module: str) -> str:
    return module.split(".", 1)[0]


@functools.cache
def _edges() -> list[tuple[str, str, int]]:
    return [
        (module, target, line)
        for module, path in sorted(MODULES.items())
        for target, line in _imports(module, path)
        if target != module
    ]


def test_the_table_covers_every_part() -> None:
    parts = {_part(m) for m in MODULES}
    assert parts <= set(ALLOWED) | TOP, parts - set(ALLOWED) - TOP


@pytest.mark.parametrize("part", sorted(ALLOWED))
def test_each_part_imports_only_what_lies_below_it(part: str) -> None:
    wrong = [
        f"{module}:{line} imports {target}"
        for module, target, line in _edges()
        if _part(module) == part and _part(target) != part and _part(target) not in ALLOWED[part]
    ]
    assert wrong == []


def test_nothing_inside_imports_the_top_package() -> None:
    wrong = [f"{m}:{line}" for m, target, line in _edges() if target == "__init__" and m != "__main__"]
    assert wrong == []


def test_formats_know_nothing_of_the_extractor() -> None:
    extractor = {"text", "entities", "events", "pipeline", "lexicon"}
    assert [(m, t) for m, t, _ in _edges() if _part(m) == "formats" and _part(t) in extractor] == []


def test_no_import_circles() -> None:
    graph: dict[str, set[str]] = {m: set() for m in MODULES}
    for module, target, _ in _edges():
        if target in graph:
            graph[module].add(target)
    # Tarjan's strongly connected components: every one of more than one module is a circle.
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                circles.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    assert circles == []


def test_the_reader_sees_every_kind_of_import() -> None:
    # The table above is only as good as the reader: check it on the imports we know are there.
    edges = {(m, t) for m, t, _ in _edges()}
    assert ("pipeline", "events") in edges  # from .events import extract_events
    assert ("entities._batch", "_workers") in edges  # from .._workers import ...
    assert ("cli", "codec") in edges  # from . import codec
    assert ("entities.ru", "entities.ru._extra") in edges  # from . import _extra
