"""Construction-time checks for the model's frozen classes.

Each class is made with :func:`model_class`, which adds ``attrs`` (frozen, slots, keyword-only)
and a post-init hook that checks every field against its annotation and then runs the class's
own ``_invariants``. Every problem found is reported, each with its ``$.path``.
"""

from __future__ import annotations

import enum
import types
import typing
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import attrs

from .errors import Problem, ValidationError

__all__ = ["describe", "model_class"]

_T = TypeVar("_T")

# A checker looks at one value and yields the problems it has, relative to ``path``.
_Checker = Callable[[Any, str], Iterator[Problem]]


def describe(value: object) -> str:
    """A short description of a JSON-ish value's type, for error messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list | tuple):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return f"a {type(value).__name__}"


def _type_name(tp: Any) -> str:
    if tp is str:
        return "a string"
    if tp is int:
        return "an integer"
    if tp is float:
        return "a number"
    if tp is bool:
        return "a boolean"
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return "one of " + ", ".join(repr(m.value) for m in tp)
    return f"a {getattr(tp, '__name__', str(tp))}"


def _checker_for(tp: Any) -> _Checker:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        (inner,) = args  # the model only uses ``X | None``
        check_inner = _checker_for(inner)

        def check_optional(value: Any, path: str) -> Iterator[Problem]:
            if value is not None:
                yield from check_inner(value, path)

        return check_optional
    if origin is tuple:
        item_type = typing.get_args(tp)[0]
        check_item = _checker_for(item_type)

        def check_tuple(value: Any, path: str) -> Iterator[Problem]:
            if not isinstance(value, tuple):
                yield Problem(path, f"expected a tuple, got {describe(value)}")
                return
            for i, item in enumerate(value):
                yield from check_item(item, f"{path}[{i}]")

        return check_tuple
    if tp is float:

        def check_float(value: Any, path: str) -> Iterator[Problem]:
            if isinstance(value, bool) or not isinstance(value, int | float):
                yield Problem(path, f"expected a number, got {describe(value)}")
            elif value != value or value in (float("inf"), float("-inf")):
                yield Problem(path, "expected a finite number")

        return check_float
    if tp is int:

        def check_int(value: Any, path: str) -> Iterator[Problem]:
            if isinstance(value, bool) or not isinstance(value, int):
                yield Problem(path, f"expected an integer, got {describe(value)}")

        return check_int
    if isinstance(tp, type):
        expected = _type_name(tp)

        def check_instance(value: Any, path: str) -> Iterator[Problem]:
            if not isinstance(value, tp):
                yield Problem(path, f"expected {expected}, got {describe(value)}")

        return check_instance
    raise TypeError(f"no checker for {tp!r}")  # pragma: no cover - a bug in the model


@typing.dataclass_transform(frozen_default=True, kw_only_default=True, field_specifiers=(attrs.field,))
def model_class(cls: type[_T]) -> type[_T]:
    """Make ``cls`` a frozen, slotted, keyword-only attrs class that checks itself when built."""
    own_invariants = cls.__dict__.get("_invariants")

    def __attrs_post_init__(self: Any) -> None:
        problems: list[Problem] = []
        for name, check in checks:
            problems.extend(check(getattr(self, name), "$." + name))
        if not problems and own_invariants is not None:
            problems.extend(own_invariants(self))
        if problems:
            raise ValidationError(problems)

    cls.__attrs_post_init__ = __attrs_post_init__  # type: ignore[attr-defined]
    made = attrs.frozen(kw_only=True, slots=True, cache_hash=False)(cls)
    hints = typing.get_type_hints(made)
    checks = [(f.name, _checker_for(hints[f.name])) for f in attrs.fields(made)]  # type: ignore[arg-type]
    return made
