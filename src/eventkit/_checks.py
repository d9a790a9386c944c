"""Construction-time checks for the model's frozen classes, each rule declared once.

A model class lists its rules in ``_rules``: a :class:`Rule` is a Python expression over the
class's fields that must hold, the field it concerns and the message when it does not; a
:class:`Chain` checks rules in order and stops at the first that fails (a date's month is
only checked when its year is good); a :class:`Check` is a function that yields the problems
of a whole object (an article's spans and references).

From these declarations the class's code is generated on first use: an ``__init__`` that tests
every field's type and every rule in one expression (the quick path, taken by every valid
object), a detailed pass that describes each problem with its ``$.path`` (taken only when the
quick one says no), the positional ``_build`` the codec calls, and the inline structuring
functions of the codec's fast path. The generated source is registered with :mod:`linecache`,
so a traceback through it shows its lines.
"""

from __future__ import annotations

import ast
import enum
import inspect
import itertools
import linecache
import reprlib
import sys
import types
import typing
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from .errors import Problem, ValidationError

if TYPE_CHECKING:
    # Type checkers see the model classes as what they are at run time: frozen, keyword-only
    # attrs classes (so that ``attrs.evolve`` and ``attrs.fields`` type-check on them).
    from attrs import frozen as model_class
else:

    def model_class(*, kw_only: bool) -> Callable[[type[_T]], type[_T]]:
        """Make a class a frozen, slotted, keyword-only attrs class that checks itself when built.

        ``kw_only`` must be true; it is spelled out so that type checkers, which see
        ``attrs.frozen`` here, know it too. The ``__init__`` is generated from the field types
        and the class's ``_rules`` on first use rather than at import, so importing stays fast.
        """
        if kw_only is not True:
            raise TypeError("model classes are keyword-only")

        def make(cls: type[_T]) -> type[_T]:
            made = attrs.frozen(kw_only=True, slots=True, cache_hash=False, init=False)(cls)
            made.__init__ = _first_use(made, "__init__")
            made._valid = _first_use(made, "_valid")
            made._invariants = _first_use(made, "_invariants")
            MODEL_CLASSES.add(made)
            return made

        return make


__all__ = [
    "MODEL_CLASSES",
    "Chain",
    "Check",
    "Rule",
    "Rules",
    "builder",
    "describe",
    "inline_structure",
    "model_class",
    "rules_of",
    "run_source",
    "shown",
]

_T = TypeVar("_T")

MODEL_CLASSES: set[type] = set()
"""Every class made by :func:`model_class`: the only types the codec reads and writes."""

# A checker looks at one value and yields the problems it has, relative to ``path``.
_Checker = Callable[[Any, str], Iterator[Problem]]


# ---------------------------------------------------------------------- declarations


class Rule:
    """A rule of a model class: ``test`` (a Python expression over the fields) must be true.

    When it is not, the problem is reported at ``$.<field>`` with ``message``, an f-string
    body over the same fields (``"must be >= start ({start}), got {end}"``). The expression
    may use the names of the class's module. ``schema`` is what JSON Schema can say of the
    same rule, if anything (``{"minimum": 0}``).
    """

    __slots__ = ("field", "message", "schema", "test")

    def __init__(self, field: str, test: str, message: str, *, schema: dict[str, Any] | None = None) -> None:
        self.field = field
        self.test = test
        self.message = message
        self.schema = schema or {}

    def __repr__(self) -> str:
        return f"Rule({self.field!r}, {self.test!r})"


class Chain:
    """Rules checked in order: the first that fails is reported, the ones after it are not."""

    __slots__ = ("rules",)

    def __init__(self, *rules: Rule) -> None:
        self.rules = rules


class Check:
    """A check of the whole object: ``function(obj)`` yields its problems, the first one first.

    The quick path asks it for one problem (none means valid); the detailed pass takes all.
    Used where a rule needs loops (an article's spans, ids and references).
    """

    __slots__ = ("function",)

    def __init__(self, function: Callable[[Any], Iterator[Problem]]) -> None:
        self.function = function


Rules = tuple[Rule | Chain | Check, ...]


def rules_of(cls: type) -> Rules:
    """The rules ``cls`` declares (none for a class that only has typed fields)."""
    rules: Rules = cls.__dict__.get("_rules", ())
    return rules


# --------------------------------------------------------------------- messages


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


_SHOWN = 40
_REPR = reprlib.Repr()
_REPR.maxstring = _REPR.maxother = _SHOWN
_REPR.maxlist = _REPR.maxtuple = _REPR.maxdict = _REPR.maxset = 4
_REPR.maxlevel = 3


def shown(value: object) -> str:
    """``value`` as a message shows it: its repr, cut to the first 40 characters and its length.

    An error message names the value that is wrong, but a 10 MB value would drown it.
    """
    if isinstance(value, str):
        if len(value) <= _SHOWN:
            return repr(value)
        return f"{value[:_SHOWN]!r}... ({len(value)} characters)"
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 128:
        return f"an integer of {value.bit_length()} bits"
    return _REPR.repr(value)


# ------------------------------------------------------------------------- types


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


def _optional_of(tp: Any) -> Any:
    """``X`` when ``tp`` is ``X | None``, else ``None``."""
    if typing.get_origin(tp) not in (typing.Union, types.UnionType):
        return None
    (inner,) = [a for a in typing.get_args(tp) if a is not type(None)]  # the model only has ``X | None``
    return inner


def _checker_for(tp: Any) -> _Checker:
    """The full checker of a value of type ``tp``: every problem, with its path."""
    inner = _optional_of(tp)
    if inner is not None:
        check_inner = _checker_for(inner)

        def check_optional(value: Any, path: str) -> Iterator[Problem]:
            if value is not None:
                yield from check_inner(value, path)

        return check_optional
    if typing.get_origin(tp) is tuple:
        check_item = _checker_for(typing.get_args(tp)[0])

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


def _quick_test(tp: Any, value: str, names: dict[str, Any], first: str | None = None) -> str:
    """A Python expression that is true when ``value`` certainly has type ``tp``.

    It is a fast sufficient test: when it is false the full checker decides (and explains).
    Names the expression needs are added to ``names``. ``first``, when given, is what the
    expression evaluates in place of ``value`` the first time (an assignment expression).
    """
    first = first or value
    inner = _optional_of(tp)
    if inner is not None:
        return f"({first} is None or {_quick_test(inner, value, names)})"
    if typing.get_origin(tp) is tuple:
        item = typing.get_args(tp)[0]
        if isinstance(item, type) and item not in (int, float):
            allowed = f"_allowed_{len(names)}"
            names[allowed] = frozenset([item])
            return f"(type({first}) is tuple and {{*map(type, {value})}} <= {allowed})"
        check = f"_check_{len(names)}"
        names[check] = _checker_for(tp)
        return f"next({check}({first}, ''), None) is None"
    if tp is float:
        return f"(type({first}) is float and {value} - {value} == 0.0 or type({value}) is int)"
    if isinstance(tp, type):
        name = f"_type_{len(names)}"
        names[name] = tp
        return f"type({first}) is {name}"
    raise TypeError(f"no checker for {tp!r}")  # pragma: no cover - a bug in the model


def _made_by_codec(tp: Any) -> bool:
    """Whether the codec's hooks give a value of type ``tp`` ready-made (not a JSON scalar)."""
    inner = _optional_of(tp)
    if inner is not None:
        return _made_by_codec(inner)
    if typing.get_origin(tp) is tuple:
        return attrs.has(typing.get_args(tp)[0])
    return attrs.has(tp) or (isinstance(tp, type) and issubclass(tp, enum.Enum))


# -------------------------------------------------------------------- generation

_SOURCES = itertools.count(1)


def run_source(source: str, what: str, names: dict[str, Any]) -> dict[str, Any]:
    """Compile and run generated ``source`` in ``names``; returns ``names``.

    The source is registered with :mod:`linecache` under a name of its own, so that a
    traceback through a generated function shows the line it stopped at.
    """
    filename = f"<eventkit generated {what} #{next(_SOURCES)}>"
    lines = source.splitlines(keepends=True)
    linecache.cache[filename] = (len(source), None, lines, filename)
    exec(compile(source, filename, "exec"), names)
    return names


def _rule_lines(rules: Rules, names: dict[str, Any]) -> tuple[list[str], list[str]]:
    """The quick test of ``rules`` (expressions, all true when valid) and their detailed pass (lines)."""
    quick: list[str] = []
    detail: list[str] = []

    def report(rule: Rule) -> str:
        return f"_problems.append(_Problem({'$.' + rule.field!r}, f{rule.message!r}))"

    for item in rules:
        if isinstance(item, Rule):
            quick.append(f"({item.test})")
            detail += [f"    if not ({item.test}):", f"        {report(item)}"]
        elif isinstance(item, Chain):
            for i, rule in enumerate(item.rules):
                quick.append(f"({rule.test})")
                detail += [f"    {'elif' if i else 'if'} not ({rule.test}):", f"        {report(rule)}"]
        else:
            name = f"_whole_{len(names)}"
            names[name] = item.function
            quick.append(f"next({name}(self), None) is None")
            detail.append(f"    _problems.extend({name}(self))")
    return quick, detail


def _constructors_source(cls: type, names: dict[str, Any]) -> str:
    """The source of ``cls``'s ``__init__``, ``_build``, ``_valid`` and ``_invariants``."""
    hints = typing.get_type_hints(cls)
    fields = attrs.fields(cls)
    quick_rules, detail = _rule_lines(rules_of(cls), names)
    args = ", ".join(f.name for f in fields)
    params, setters, types_, untrusted = [], [], [], []
    for i, f in enumerate(fields):
        if f.alias != f.name:  # pragma: no cover - a bug in the model
            raise TypeError(f"{cls.__name__}.{f.name}: model fields are their own keywords")
        if f.default is attrs.NOTHING:
            params.append(f.name)
        else:
            names[f"_d{i}"] = f.default
            params.append(f"{f.name}=_d{i}")
        # The slot's own descriptor sets the value: the class's __setattr__ refuses (frozen).
        names[f"_set_{f.name}"] = cls.__dict__[f.name].__set__
        setters.append(f"    _set_{f.name}(self, {f.name})")
        types_.append(_quick_test(hints[f.name], f.name, names))
        if not _made_by_codec(hints[f.name]):
            untrusted.append(types_[-1])
    valid = " and ".join(quick_rules) or "True"

    def body(done: str, type_tests: list[str]) -> list[str]:
        return [
            f"    if {' and '.join(type_tests) or 'True'}:",
            f"        if {valid}:",
            f"            {done}",
            f"        raise ValidationError(_problems(self, {args}))",
            "    _slow(self)",
        ]

    return "\n".join(
        [
            f"def __init__(self, *, {', '.join(params)}):",
            *setters,
            *body("return", types_),
            "",
            f"def _build({args}):",
            "    self = _new(_cls)",
            *setters,
            *body("return self", untrusted),
            "    return self",
            "",
            f"def _problems(self, {args}):",
            "    _problems = []",
            *detail,
            "    return _problems",
            "",
            "def _valid(self):",
            *[f"    {f.name} = self.{f.name}" for f in fields],
            f"    return {valid}",
            "",
            "def _invariants(self):",
            f"    return iter(_problems(self, {', '.join(f'self.{f.name}' for f in fields)}))",
        ]
    )


def _install(cls: type) -> None:
    """Generate the constructors and checks of ``cls`` and put them in place."""
    if cls in _BUILDERS:
        return
    checks = [(f.name, _checker_for(t)) for f, t in zip(attrs.fields(cls), _hints(cls), strict=True)]

    def slow(self: Any) -> None:
        """The detailed pass: every field's type with its full checker, then (types all good) the rules."""
        problems: list[Problem] = []
        for name, check in checks:
            problems.extend(check(getattr(self, name), "$." + name))
        if not problems:
            problems.extend(self._invariants())
        if problems:
            raise ValidationError(problems)

    names: dict[str, Any] = dict(vars(sys.modules[cls.__module__]))
    names.update(
        _slow=slow,
        _cls=cls,
        _new=object.__new__,
        _Problem=Problem,
        ValidationError=ValidationError,
        shown=shown,
    )
    run_source(_constructors_source(cls, names), f"{cls.__qualname__} constructors", names)
    signature = inspect.signature(cls.__dict__["__init__"])
    for name in ("__init__", "_valid", "_invariants"):
        made = names[name]
        made.__qualname__ = f"{cls.__qualname__}.{name}"
        setattr(cls, name, made)
    names["__init__"].__signature__ = signature
    _BUILDERS[cls] = names["_build"]


def _hints(cls: type) -> list[Any]:
    hints = typing.get_type_hints(cls)
    return [hints[f.name] for f in attrs.fields(cls)]


_BUILDERS: dict[type, Callable[..., Any]] = {}


def builder(cls: type[_T]) -> Callable[..., _T]:
    """The positional constructor of a model class, for the codec: its fields in order.

    It checks what ``__init__`` checks, except the types of fields that hold model objects,
    enum members or tuples of model objects: the codec's own hooks made those, so they are
    of their types already. Scalars and the rules are checked as always.
    """
    made = _BUILDERS.get(cls)
    if made is None:
        _install(cls)
        made = _BUILDERS[cls]
    return made


def _first_use(cls: type, name: str) -> Callable[..., Any]:
    """A stand-in for a generated method that generates the real ones on first use."""

    def stand_in(self: Any, *args: Any, **kwargs: Any) -> Any:
        _install(cls)
        return getattr(self, name)(*args, **kwargs)

    if name == "__init__":
        parameters = [inspect.Parameter("self", inspect.Parameter.POSITIONAL_OR_KEYWORD)]
        for f, tp in zip(attrs.fields(cls), _annotations(cls), strict=True):
            default = inspect.Parameter.empty if f.default is attrs.NOTHING else f.default
            parameters.append(
                inspect.Parameter(f.alias, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=tp)
            )
        stand_in.__signature__ = inspect.Signature(parameters, return_annotation=None)  # type: ignore[attr-defined]
    stand_in.__qualname__ = f"{cls.__qualname__}.{name}"
    stand_in.__name__ = name
    return stand_in


def _annotations(cls: type) -> list[Any]:
    return [inspect.Parameter.empty if f.type is None else f.type for f in attrs.fields(cls)]


# ------------------------------------------------------------- the codec's fast path

_SCALARS = (str, int, float, bool)


class _Renamer(ast.NodeTransformer):
    """Rewrites a rule's expression to the locals of an inline reader.

    A field ``x`` becomes ``<prefix>x``; ``y.x`` of an inline field ``y`` becomes the local
    that holds the nested value. Any other use of an inline field makes the rule unusable
    inline (``failed`` is set).
    """

    def __init__(self, prefix: str, fields: set[str], nested: dict[str, set[str]]) -> None:
        self.prefix, self.fields, self.nested = prefix, fields, nested
        self.failed = False

    def visit_Attribute(self, node: ast.Attribute) -> ast.AST:
        if isinstance(node.value, ast.Name) and node.value.id in self.nested:
            if node.attr in self.nested[node.value.id]:
                return ast.copy_location(
                    ast.Name(f"{self.prefix}{node.value.id}_{node.attr}", node.ctx), node
                )
            self.failed = True
        return self.generic_visit(node)

    def visit_Name(self, node: ast.Name) -> ast.AST:
        if node.id in self.nested:
            self.failed = True
        elif node.id in self.fields:
            return ast.copy_location(ast.Name(self.prefix + node.id, node.ctx), node)
        return node


def _inline_rules(cls: type, strings: frozenset[type]) -> list[Rule] | None:
    """The rules of ``cls`` when the codec can read it inline, else ``None``.

    That is when every field is a JSON scalar (optional or not) or a class read inline in turn
    (written as a JSON object: not one of ``strings``), and every rule is an expression.
    """
    if cls not in MODEL_CLASSES or cls in strings:
        return None
    rules: list[Rule] = []
    for item in rules_of(cls):
        if isinstance(item, Check):
            return None
        rules.extend(item.rules if isinstance(item, Chain) else (item,))
    for tp in _hints(cls):
        scalar = tp in _SCALARS or _optional_of(tp) in _SCALARS
        if not scalar and _inline_rules(tp, strings) is None:
            return None
    return rules


def inline_structure(
    cls: type, names: dict[str, Any], strings: frozenset[type] = frozenset()
) -> tuple[list[str], list[str], str] | None:
    """How the codec reads a JSON object ``o`` into ``cls`` inline, without calls.

    Returns ``(conditions, statements, result)``: the conditions (expressions over the dict
    ``o``) are all true exactly when ``o`` has every key, each value of its type and every
    rule of the class (and of its nested classes) holds; the statements then build the object
    into the local ``result``. The type tests and the rules are those ``__init__`` runs, made
    from the same declarations. ``None`` when the class cannot be read so (see
    :func:`_inline_rules`; ``strings`` are the classes whose JSON form is not an object).
    Names the code needs are added to ``names``.
    """
    if _inline_rules(cls, strings) is None:
        return None
    conditions: list[str] = []
    statements: list[str] = []
    result = _inline(cls, "o", "o", "", names, conditions, statements, strings)
    return conditions, statements, result


def _inline(
    cls: type,
    first: str,
    var: str,
    prefix: str,
    names: dict[str, Any],
    conditions: list[str],
    statements: list[str],
    strings: frozenset[type],
) -> str:
    builder(cls)  # the class's own checks are in place before any fast path reads it
    for name, value in vars(sys.modules[cls.__module__]).items():
        names.setdefault(name, value)  # what the rules may use
    fields = attrs.fields(cls)
    conditions.append(f"type({first}) is dict and len({var}) == {len(fields)}")
    nested: dict[str, set[str]] = {}
    made: dict[str, str] = {}
    for f, tp in zip(fields, _hints(cls), strict=True):
        local = f"{prefix}{f.name}"
        if attrs.has(tp):
            inner = f"_{local}"
            made[f.name] = _inline(
                tp,
                f"({inner} := {var}[{f.name!r}])",
                inner,
                f"{local}_",
                names,
                conditions,
                statements,
                strings,
            )
            nested[f.name] = {g.name for g in attrs.fields(tp)}
        else:
            conditions.append(_quick_test(tp, local, names, f"({local} := {var}[{f.name!r}])"))
    renamer = _Renamer(prefix, {f.name for f in fields}, nested)
    for rule in _inline_rules(cls, strings) or ():
        tree = renamer.visit(ast.parse(rule.test, mode="eval"))
        if renamer.failed:  # pragma: no cover - a rule that uses a nested object whole
            raise TypeError(f"{cls.__name__}: rule {rule.test!r} cannot be read inline")
        conditions.append(f"({ast.unparse(tree)})")
    out = f"_{prefix}obj"
    key = f"{cls.__name__}_{id(cls)}"
    names[f"_cls_{key}"] = cls
    names["_new"] = object.__new__
    statements.append(f"{out} = _new(_cls_{key})")
    for f in fields:
        # The slots' own descriptors set the values: the classes' __setattr__ refuses (frozen).
        names[f"_set_{key}_{f.name}"] = cls.__dict__[f.name].__set__
        statements.append(f"_set_{key}_{f.name}({out}, {made.get(f.name, prefix + f.name)})")
    return out
