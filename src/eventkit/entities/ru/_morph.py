"""Russian morphology: pymorphy2's dictionary analyses and inflection, cached.

pymorphy2 reads its dictionary through the ``dawg`` extension when it is installed (the ``ru``
extra installs ``dawg2``, which provides it) and through pure-Python ``dawg_python`` otherwise:
the same analyses, but a word not yet in the cache costs several times less with the extension
(on NEREL texts, some 5 ms an article of a first pass's 33).

pymorphy2 0.9.1 calls ``inspect.getargspec``, which Python 3.11 removed; its analyzer cannot
even be built there. natasha's dependency yargy patches that on import, but nothing here relies
on import side effects: :func:`_patch_pymorphy2` makes the same repair explicitly (with
``inspect.signature``) before the first analyzer is built.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from functools import lru_cache
from typing import Any, TypeVar

__all__ = ["Morph", "Parse"]

_T = TypeVar("_T")

Parse = Any
"""A pymorphy2 ``Parse``: ``word``, ``normal_form``, ``tag`` (with ``.case``, ``.gender`` ...)."""


def _patch_pymorphy2() -> None:
    """Make pymorphy2's analyzer units introspect their parameters without ``getargspec``."""
    from pymorphy2.units import base

    if hasattr(inspect, "getargspec"):
        return

    def _get_param_names(cls: type) -> list[str]:
        if cls.__init__ is object.__init__:  # type: ignore[misc]
            return []
        params = inspect.signature(cls.__init__).parameters  # type: ignore[misc]
        return sorted(name for name in list(params)[1:])

    base.BaseAnalyzerUnit._get_param_names = classmethod(_get_param_names)


class Morph:
    """A pymorphy2 analyzer with cached ``parse`` and nominative inflection."""

    def __init__(self) -> None:
        _patch_pymorphy2()
        import pymorphy2

        analyzer = pymorphy2.MorphAnalyzer()
        self._analyzer = analyzer

        @lru_cache(maxsize=100_000)
        def parse(word: str) -> tuple[Parse, ...]:
            return tuple(analyzer.parse(word))

        self.parse = parse
        self._memos: dict[str, dict[str, Any]] = {}

    def remembered(self, name: str, word: str, read: Callable[[str], _T]) -> _T:
        """What ``read`` gives for ``word``, read once a word: a cache of what a rule reads from
        the dictionary (``name`` tells the rules apart), emptied when it passes 100,000 words, so
        that it stays bounded."""
        memo = self._memos.get(name)
        if memo is None:
            memo = self._memos[name] = {}
        found: _T
        try:
            found = memo[word]
        except KeyError:  # a word not read yet (rarer than one read: the same words come back)
            if len(memo) > 100_000:
                memo.clear()
            found = memo[word] = read(word)
        return found

    def inflect(self, parse: Parse, grammemes: frozenset[str]) -> str | None:
        """The form of ``parse`` with ``grammemes`` (lower case), or ``None`` when it has none."""
        try:
            form = parse.inflect(set(grammemes))
        except (ValueError, KeyError, IndexError):  # pragma: no cover - pymorphy2 internals
            return None
        return None if form is None else str(form.word)
