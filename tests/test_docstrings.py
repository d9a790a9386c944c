"""Every public function says what its parameters are, what it returns and what it raises.

The public functions are those the reference pages document (``autofunction``, and the methods
of ``autoclass`` with ``:members:``); a parameter is named by ``:param name:``, the result by
``:returns:`` (unless the function returns ``None``), and a function whose body raises says
so with ``:raises ...:``.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import re
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

DOCS = Path(__file__).resolve().parents[1] / "docs"
_FUNCTION = re.compile(r"^\.\. autofunction:: (\S+)", re.MULTILINE)
_CLASS = re.compile(r"^\.\. autoclass:: (\S+)\n((?:   :\S.*\n)*)", re.MULTILINE)


def _resolve(dotted: str) -> Any:
    module, _, name = dotted.rpartition(".")
    try:
        return getattr(importlib.import_module(module), name)
    except ModuleNotFoundError:
        owner = _resolve(module)
        return getattr(owner, name)


def _documented() -> Iterator[tuple[str, Callable[..., Any]]]:
    for page in sorted(DOCS.rglob("*.md")):
        text = page.read_text(encoding="utf-8")
        for dotted in _FUNCTION.findall(text):
            yield dotted, _resolve(dotted)
        for dotted, options in _CLASS.findall(text):
            members = re.search(r":members:(.*)", options)
            if members is None:
                continue
            cls = _resolve(dotted)
            names = [n.strip() for n in members.group(1).split(",") if n.strip()] or [
                n for n, v in vars(cls).items() if not n.startswith("_") and callable(v)
            ]
            for name in names:
                member = inspect.getattr_static(cls, name)
                if isinstance(member, classmethod | staticmethod):
                    member = member.__func__
                if callable(member):
                    yield f"{dotted}.{name}", member


FUNCTIONS = dict(_documented())


def _raises(function: Callable[..., Any]) -> bool:
    try:
        source = textwrap.dedent(inspect.getsource(function))
    except (OSError, TypeError):
        return False
    tree = ast.parse(source)
    body = tree.body[0]
    return any(isinstance(node, ast.Raise) for node in ast.walk(body))


def test_the_reference_documents_functions() -> None:
    assert "eventkit.loads" in FUNCTIONS
    assert "eventkit.Article.person" in FUNCTIONS
    assert len(FUNCTIONS) > 20


@pytest.mark.parametrize("name", sorted(FUNCTIONS))
def test_each_parameter_the_result_and_the_errors_are_documented(name: str) -> None:
    function = inspect.unwrap(FUNCTIONS[name])
    doc = inspect.getdoc(function) or ""
    signature = inspect.signature(function)
    missing = [
        p.name
        for p in signature.parameters.values()
        if p.name not in ("self", "cls") and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
        if not re.search(rf":param {re.escape(p.name)}:", doc)
    ]
    assert not missing, f"{name}: parameters not documented: {missing}"
    returns = signature.return_annotation
    if returns not in (None, "None", inspect.Signature.empty):
        assert ":returns:" in doc, f"{name}: the result is not documented"
    if _raises(function):
        assert ":raises " in doc, f"{name}: raises, but does not say what"
