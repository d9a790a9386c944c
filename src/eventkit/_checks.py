"""Construction-time checks for the model's frozen classes.

Each class is made with :func:`model_class`, which adds ``attrs`` (frozen, slots, keyword-only)
and an ``__init__`` that checks every field against its annotation and then runs the class's
own ``_invariants``. Every problem found is reported, each with its ``$.path``.

Every article built or loaded runs these checks on a hundred or more objects, so the
``__init__`` is generated per class (on first use): one expression tests all the field types
and a class's ``_valid`` tests its invariants quickly; only when either says no do the full
checkers run, to find and describe every problem.
"""

from __future__ import annotations

import enum
import inspect
import types
import typing
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import attrs

from .errors import Problem, ValidationError

__all__ = ["builder", "describe", "model_class"]

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
    if isinstance(value, list):
        return "an array"
    if isinstance(value, tuple):
        return "a tuple"
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


def _quick_test(tp: Any, value: str, names: dict[str, Any]) -> str:
    """A Python expression that is true when ``value`` certainly has type ``tp``.

    It is a fast sufficient test: when it is false the full checker decides (and explains).
    Names the expression needs are added to ``names``.
    """
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        (inner,) = [a for a in typing.get_args(tp) if a is not type(None)]
        return f"({value} is None or {_quick_test(inner, value, names)})"
    if origin is tuple:
        item = typing.get_args(tp)[0]
        if isinstance(item, type) and item not in (int, float):
            allowed = f"_allowed_{len(names)}"
            names[allowed] = frozenset([item])
            return f"(type({value}) is tuple and {{*map(type, {value})}} <= {allowed})"
        check = f"_check_{len(names)}"
        names[check] = _checker_for(tp)
        return f"next({check}({value}, ''), None) is None"
    if tp is float:
        return f"(type({value}) is float and {value} - {value} == 0.0 or type({value}) is int)"
    if isinstance(tp, type):
        name = f"_type_{len(names)}"
        names[name] = tp
        return f"type({value}) is {name}"
    raise TypeError(f"no checker for {tp!r}")  # pragma: no cover - a bug in the model


_BUILDERS: dict[type, Callable[..., Any]] = {}


def builder(cls: type[_T]) -> Callable[..., _T]:
    """The positional constructor of a model class, for the codec: its fields in order.

    It checks what ``__init__`` checks, except the types of fields that hold model objects,
    enum members or tuples of model objects: the codec's own hooks made those, so they are
    of their types already. Scalars and the invariants are checked as always.
    """
    made = _BUILDERS.get(cls)
    if made is None:
        _install(cls)
        made = _BUILDERS[cls]
    return made


def _install(cls: type) -> Callable[..., None]:
    """Generate the constructors of ``cls`` and put them in place; returns the ``__init__``."""
    init, build = _make_constructors(cls)
    init.__signature__ = cls.__init__.__signature__  # type: ignore[attr-defined,misc]
    cls.__init__ = init  # type: ignore[misc]
    _BUILDERS[cls] = build
    return init


def _first_init(cls: type) -> Callable[..., None]:
    """A stand-in ``__init__`` that generates the real one on first use (keeps imports fast)."""

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        init = cls.__dict__["__init__"]
        if init is __init__:
            init = _install(cls)
        init(self, *args, **kwargs)

    parameters = [inspect.Parameter("self", inspect.Parameter.POSITIONAL_OR_KEYWORD)]
    for f in attrs.fields(cls):
        default = inspect.Parameter.empty if f.default is attrs.NOTHING else f.default
        annotation = inspect.Parameter.empty if f.type is None else f.type
        parameters.append(
            inspect.Parameter(f.alias, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=annotation)
        )
    __init__.__signature__ = inspect.Signature(parameters, return_annotation=None)  # type: ignore[attr-defined]
    __init__.__qualname__ = f"{cls.__qualname__}.__init__"
    return __init__


def _made_by_codec(tp: Any) -> bool:
    """Whether the codec's hooks give a value of type ``tp`` ready-made (not a JSON scalar)."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        (inner,) = [a for a in typing.get_args(tp) if a is not type(None)]
        return _made_by_codec(inner)
    if origin is tuple:
        item = typing.get_args(tp)[0]
        return attrs.has(item)
    return attrs.has(tp) or (isinstance(tp, type) and issubclass(tp, enum.Enum))


def _make_constructors(cls: type) -> tuple[Callable[..., None], Callable[..., Any]]:
    """Generate ``cls.__init__`` and its positional twin: set the fields, test them, run the invariants.

    The common case (every value of the right type, ``_valid`` true) runs one generated
    expression and one method call; anything else takes the slow path, which checks every
    field with its full checker and collects every problem.
    """
    hints = typing.get_type_hints(cls)
    fields = attrs.fields(cls)
    checks = [(f.name, _checker_for(hints[f.name])) for f in fields]
    invariants = cls.__dict__.get("_invariants")
    valid = cls.__dict__.get("_valid")

    def slow(self: Any) -> None:
        problems: list[Problem] = []
        for name, check in checks:
            problems.extend(check(getattr(self, name), "$." + name))
        if not problems and invariants is not None:
            problems.extend(invariants(self))
        if problems:
            raise ValidationError(problems)

    names: dict[str, Any] = {"_slow": slow, "_invariants": invariants, "_valid": valid, "_cls": cls}
    names["_new"] = object.__new__
    names["ValidationError"] = ValidationError
    params = []
    setters = []
    tests = []
    untrusted = []
    for i, f in enumerate(fields):
        if f.default is attrs.NOTHING:
            params.append(f.alias)
        else:
            names[f"_d{i}"] = f.default
            params.append(f"{f.alias}=_d{i}")
        # The slot's own descriptor sets the value: the class's __setattr__ refuses (frozen).
        names[f"_set{i}"] = cls.__dict__[f.name].__set__
        setters.append(f"    _set{i}(self, {f.alias})")
        tests.append(_quick_test(hints[f.name], f.alias, names))
        if not _made_by_codec(hints[f.name]):
            untrusted.append(tests[-1])

    def checked(done: str, tests: list[str]) -> list[str]:
        lines = [f"    if {' and '.join(tests) or 'True'}:"]
        if invariants is None:
            lines.append(f"        {done}")
        else:
            if valid is not None:
                lines.append("        if _valid(self):")
                lines.append(f"            {done}")
            lines.append("        problems = list(_invariants(self))")
            lines.append("        if problems:")
            lines.append("            raise ValidationError(problems)")
            lines.append(f"        {done}")
        lines.append("    _slow(self)")
        return lines

    aliases = ", ".join(f.alias for f in fields)
    source = "\n".join(
        [
            f"def __init__(self, *, {', '.join(params)}):",
            *setters,
            *checked("return", tests),
            "",
            f"def _build({aliases}):",
            "    self = _new(_cls)",
            *setters,
            *checked("return self", untrusted),
            "    return self",
        ]
    )
    exec(compile(source, f"<eventkit {cls.__qualname__} constructors>", "exec"), names)
    init: Callable[..., None] = names["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    return init, names["_build"]


@typing.dataclass_transform(frozen_default=True, kw_only_default=True, field_specifiers=(attrs.field,))
def model_class(cls: type[_T]) -> type[_T]:
    """Make ``cls`` a frozen, slotted, keyword-only attrs class that checks itself when built.

    Every field is checked against its annotation, then the class's ``_invariants`` (an
    iterator of problems) run. A class may also define ``_valid``, a quick test that returns
    true only when ``_invariants`` would find nothing, so that valid objects skip the iterator.
    The ``__init__`` is generated here rather than by attrs so that the checks run inline, on
    first use rather than at import.
    """
    made = attrs.frozen(kw_only=True, slots=True, cache_hash=False, init=False)(cls)
    made.__init__ = _first_init(made)  # type: ignore[method-assign]
    return made
