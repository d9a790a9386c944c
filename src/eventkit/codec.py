"""JSON for the model: one configured cattrs converter, orjson, and strict loading.

``dumps(x)`` writes compact UTF-8 JSON bytes with the keys in the order of the attributes, so
the same object always gives the same bytes. ``loads`` reads them back and refuses anything the
model does not allow: wrong types (no coercion), unknown keys, bad values, dangling references,
malformed JSON. Every problem is reported with its JSON path.
"""

from __future__ import annotations

import builtins
import enum
import gc
import operator
import re
import threading
import types
import typing
from collections.abc import Callable, Iterable, Iterator
from typing import IO, TYPE_CHECKING, Any, TypeVar, overload

import attrs

from . import model as _model
from ._checks import MODEL_CLASSES, builder, describe, inline_structure, run_source, shown
from .errors import Problem, ValidationError
from .model import Article, PartialDate

if TYPE_CHECKING:
    import cattrs
    from attrs import AttrsInstance

# cattrs and orjson are imported on first use, not with eventkit: importing stays fast.

__all__ = [
    "READ_VERSIONS",
    "SCHEMA_VERSION",
    "dumps",
    "from_dict",
    "iter_jsonl",
    "loads",
    "to_dict",
    "write_jsonl",
]

SCHEMA_VERSION = "eventkit/2"
"""The format version that :func:`dumps` writes; every document carries it under the key ``"schema"``."""

READ_VERSIONS = ("eventkit/1", "eventkit/2")
"""The format versions :func:`loads` reads: what 0.1 wrote, and what this version writes."""

# Keys a version added: an older document that has one is refused (its writer did not know it).
_ADDED: dict[type, dict[str, str]] = {
    Article: {"url": "eventkit/2"},
    _model.Person: {"identifiers": "eventkit/2"},
    _model.Organization: {"identifiers": "eventkit/2"},
    _model.Venue: {"identifiers": "eventkit/2"},
}
# Classes a version added: an older document of one is refused.
_NEW_CLASSES: dict[type, str] = dict.fromkeys(
    (_model.Corpus, _model.Story, _model.Report, _model.Appearance, _model.Identifier), "eventkit/2"
)

_M = TypeVar("_M", bound="AttrsInstance")
_JSON = bytes | bytearray | memoryview | str

# ---------------------------------------------------------------------- converter set-up


def _key_order(key: object) -> tuple[bool, str]:
    """Unknown keys in order: strings (all that JSON has) first, then whatever else a dict held."""
    return (not isinstance(key, str), str(key))


def _key_path(path: str, key: object) -> str:
    """The path of ``key`` in the object at ``path``; a long key is cut (see :func:`shown`)."""
    name = str(key)
    if len(name) > 40:
        name = f"{name[:40]}...({len(name)} characters)"
    return f"{path}.{name}"


def _problems_of(exc: BaseException, path: str) -> Iterator[Problem]:
    """Every problem inside an exception raised while structuring, with its full path."""
    from cattrs.errors import AttributeValidationNote, ForbiddenExtraKeysError, IterableValidationNote

    if isinstance(exc, ValidationError):
        for p in exc.problems:
            yield Problem(path + p.path[1:], p.message)
        return
    if isinstance(exc, ForbiddenExtraKeysError):
        for key in sorted(exc.extra_fields, key=_key_order):
            yield Problem(_key_path(path, key), "unknown key")
        return
    if isinstance(exc, BaseExceptionGroup):
        for sub in exc.exceptions:
            sub_path = path
            for note in getattr(sub, "__notes__", ()):
                if isinstance(note, AttributeValidationNote):
                    sub_path = f"{path}.{note.name}"
                elif isinstance(note, IterableValidationNote):
                    sub_path = f"{path}[{note.index}]"
            yield from _problems_of(sub, sub_path)
        return
    if isinstance(exc, KeyError):
        yield Problem(path, "required key is missing")
        return
    yield Problem(path, str(exc) or type(exc).__name__)


def _strict_scalar(tp: type, expected: str) -> Callable[[Any, Any], Any]:
    def structure(value: Any, _: Any) -> Any:
        if type(value) is not tp:
            raise ValidationError([Problem("$", f"expected {expected}, got {describe(value)}")])
        return value

    return structure


def _structure_float(value: Any, _: Any) -> float:
    if type(value) is float or type(value) is int:
        return value
    raise ValidationError([Problem("$", f"expected a number, got {describe(value)}")])


_DATES: dict[str, PartialDate] = {}
"""Dates read so far: a PartialDate is immutable, so one object can serve every equal string."""


def _structure_partial_date(value: Any, _: Any) -> PartialDate:
    if type(value) is str:
        date = _DATES.get(value)
        if date is not None:
            return date
    else:
        raise ValidationError(
            [
                Problem(
                    "$",
                    f"expected a date string (YYYY, YYYY-MM or YYYY-MM-DD), got {describe(value)}",
                )
            ]
        )
    try:
        date = PartialDate.fromisoformat(value)
    except ValidationError as exc:
        raise ValidationError([Problem("$", f"{shown(value)}: {p.message}") for p in exc.problems]) from None
    except ValueError as exc:
        raise ValidationError([Problem("$", str(exc))]) from None
    if len(_DATES) >= 4096:
        _DATES.clear()
    _DATES[value] = date
    return date


_DATE_TEXTS: dict[tuple[int, int | None, int | None], str] = {}
"""Dates written so far, by (year, month, day): an article repeats a few dates many times."""


def _date_text(date: PartialDate) -> str:
    key = (date.year, date.month, date.day)
    text = _DATE_TEXTS.get(key)
    if text is None:
        if len(_DATE_TEXTS) >= 4096:
            _DATE_TEXTS.clear()
        text = _DATE_TEXTS[key] = date.isoformat()
    return text


def _enum_hook(tp: type[enum.Enum]) -> Callable[[Any, Any], Any]:
    members = {m.value: m for m in tp}
    expected = ", ".join(repr(v) for v in members)

    def structure(value: Any, _: Any) -> Any:
        try:
            return members[value]
        except (KeyError, TypeError):
            raise ValidationError([Problem("$", f"expected one of {expected}, got {shown(value)}")]) from None

    return structure


_enum_value = operator.attrgetter("_value_")  # what ``member.value`` returns, without the descriptor


_ENUMS: tuple[type[enum.Enum], ...] = tuple(
    obj
    for obj in vars(_model).values()
    if isinstance(obj, type) and issubclass(obj, enum.Enum) and obj.__module__ == _model.__name__
)


def _is_homogeneous_tuple(tp: Any) -> bool:
    args = typing.get_args(tp)
    return typing.get_origin(tp) is tuple and len(args) == 2 and args[1] is Ellipsis


def _optional_of(tp: Any) -> Any:
    """``X`` when ``tp`` is ``X | None``, else ``None``."""
    if typing.get_origin(tp) not in (typing.Union, types.UnionType):
        return None
    args = [a for a in typing.get_args(tp) if a is not type(None)]
    return args[0] if len(args) == 1 else None


_SCALARS = (str, int, float, bool)


def _is_scalar(tp: Any) -> bool:
    """A JSON scalar (or an optional one), which the model's own construction checks."""
    return tp in _SCALARS or _optional_of(tp) in _SCALARS


def _not_an_object(value: Any, allowed: frozenset[str]) -> ValidationError:
    if type(value) is not dict:
        return ValidationError([Problem("$", f"expected an object, got {describe(value)}")])
    return ValidationError(
        Problem(_key_path("$", key), "unknown key") for key in sorted(set(value) - allowed, key=_key_order)
    )


_MISSING = object()


def _fast_structure_fn(cls: Any, conv: cattrs.Converter) -> Callable[[Any, Any], Any]:
    """Generate the structuring function of an attrs class for the fast converter.

    Like cattrs' own generated functions, but a scalar field's value goes to the class as it is:
    the class checks it when built (strictly: no coercion), so checking it here too would only
    double the work. Any problem raises; :func:`from_dict` then asks the detailed converter,
    which reports every problem.
    """
    hints = typing.get_type_hints(cls)
    fields = attrs.fields(cls)
    names: dict[str, Any] = {
        "_build": builder(cls),
        "_bad": _not_an_object,
        "_allowed": frozenset(f.name for f in fields),
        "_M": _MISSING,
        "_read": _READ,
    }
    complete = []  # the arguments when every key is there (as dumps writes them)
    partial = []  # the arguments when keys may be left out (their defaults then apply)
    for i, f in enumerate(fields):
        tp = hints[f.name]
        key = repr(f.name)
        required = f.default is attrs.NOTHING
        names[f"_d{i}"] = f.default
        if _is_scalar(tp):
            complete.append(f"o[{key}]")
            partial.append(f"o[{key}]" if required else f"o.get({key}, _d{i})")
            continue
        inner = _optional_of(tp)
        hook_type = tp if inner is None else inner
        names[f"_h{i}"] = conv.get_structure_hook(hook_type)
        names[f"_t{i}"] = hook_type
        if inner is None and _is_homogeneous_tuple(tp) and attrs.has(typing.get_args(tp)[0]):
            # Items through their own structuring function, called from C by map.
            names[f"_i{i}"] = conv.get_structure_hook(typing.get_args(tp)[0])
            complete.append(
                f"(() if (v{i} := o[{key}]) == [] else tuple(map(_i{i}, v{i})) "
                f"if type(v{i}) is list else _h{i}(v{i}, _t{i}))"
            )
        elif inner is None and _is_homogeneous_tuple(tp):
            complete.append(f"(() if (v{i} := o[{key}]) == [] else _h{i}(v{i}, _t{i}))")
        elif inner is None:
            complete.append(f"_h{i}(o[{key}], _t{i})")
        else:
            complete.append(f"(None if (v{i} := o[{key}]) is None else _h{i}(v{i}, _t{i}))")
        if required:
            partial.append(complete[-1])
        else:
            call = f"_h{i}(v{i}, _t{i})" if inner is None else f"None if v{i} is None else _h{i}(v{i}, _t{i})"
            partial.append(f"(_d{i} if (v{i} := o.get({key}, _M)) is _M else {call})")
    # With as many keys as fields, a missing field's key (KeyError) is the only way to be wrong.
    source = "\n".join(
        [
            "def structure(o, _=None):",
            f"    if type(o) is dict and len(o) == {len(fields)}:",
            f"        return _build({', '.join(complete)})",
            "    if type(o) is not dict or not o.keys() <= _allowed:",
            "        raise _bad(o, _allowed)",
            f"    _read.missing += {len(fields)} - len(o)",
            f"    return _build({', '.join(partial)})",
        ]
    )
    run_source(source, f"structure {cls.__name__}", names)
    structure: Callable[[Any, Any], Any] = names["structure"]
    return structure


# A model class whose JSON form is not an object is written in a document under one key.
_WRAPPED: dict[type, str] = {PartialDate: "date"}


def _inline_structure_fn(cls: Any, general: Callable[[Any, Any], Any]) -> Callable[[Any, Any], Any]:
    """The structuring function of a class that can be read inline, or ``general`` for others.

    Spans, mentions and paragraphs are most of the objects in an article (a hundred in a long
    one). For them, and for any class whose fields are JSON scalars or such classes, the common
    case (exactly the keys, of the right types, every rule holding) is one test, generated from
    the class's declarations, and the object is made inline; anything else goes to ``general``,
    which builds or explains.
    """
    names: dict[str, Any] = {"_general": general}
    plan = inline_structure(cls, names, frozenset(_WRAPPED))
    if plan is None:
        return general
    conditions, statements, result = plan
    test = "\n            and ".join(conditions)
    source = "\n".join(
        [
            "def structure(o, _=None):",
            "    try:",
            f"        if (\n            {test}\n        ):",
            *[f"            {line}" for line in statements],
            f"            return {result}",
            "    except KeyError:",
            "        pass",
            "    return _general(o)",
        ]
    )
    run_source(source, f"inline structure {cls.__name__}", names)
    structure: Callable[[Any, Any], Any] = names["structure"]
    return structure


def _make_converter(detailed: bool) -> cattrs.Converter:
    import cattrs
    import cattrs.gen
    from cattrs.fns import identity

    conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=detailed)
    conv.register_structure_hook(str, _strict_scalar(str, "a string"))
    conv.register_structure_hook(int, _strict_scalar(int, "an integer"))
    conv.register_structure_hook(bool, _strict_scalar(bool, "a boolean"))
    conv.register_structure_hook(float, _structure_float)
    conv.register_structure_hook(PartialDate, _structure_partial_date)
    conv.register_unstructure_hook(PartialDate, _date_text)
    for enum_type in _ENUMS:
        # Registered one by one: the enums are str subclasses, and the most specific wins.
        conv.register_structure_hook(enum_type, _enum_hook(enum_type))
        conv.register_unstructure_hook(enum_type, _enum_value)

    def tuple_hook(tp: Any) -> Callable[[Any, Any], Any]:
        item_type = typing.get_args(tp)[0]
        item_hook = conv.get_structure_hook(item_type)

        def structure(value: Any, _: Any) -> tuple[Any, ...]:
            if type(value) is not list:
                raise ValidationError([Problem("$", f"expected an array, got {describe(value)}")])
            try:
                return tuple([item_hook(item, item_type) for item in value])
            except Exception:
                problems: list[Problem] = []
                for i, item in enumerate(value):
                    try:
                        item_hook(item, item_type)
                    except Exception as exc:
                        problems.extend(_problems_of(exc, f"$[{i}]"))
                raise ValidationError(problems) from None

        def structure_fast(value: Any, _: Any) -> tuple[Any, ...]:
            if type(value) is not list:
                raise ValidationError([Problem("$", f"expected an array, got {describe(value)}")])
            if not value:
                return ()
            return tuple([item_hook(item, item_type) for item in value])

        def structure_scalars(value: Any, _: Any) -> tuple[Any, ...]:
            if type(value) is not list:
                raise ValidationError([Problem("$", f"expected an array, got {describe(value)}")])
            return tuple(value)  # the items are checked by the class that holds the tuple

        if detailed:
            return structure
        return structure_scalars if item_type in _SCALARS else structure_fast

    conv.register_structure_hook_factory(_is_homogeneous_tuple, tuple_hook)

    def attrs_hook(tp: Any) -> Callable[[Any, Any], Any]:
        if not detailed:
            return _inline_structure_fn(tp, _fast_structure_fn(tp, conv))
        inner = cattrs.gen.make_dict_structure_fn(tp, conv, _cattrs_forbid_extra_keys=True)

        def structure(value: Any, _: Any) -> Any:
            if type(value) is not dict:
                raise ValidationError([Problem("$", f"expected an object, got {describe(value)}")])
            return inner(value, tp)

        return structure

    conv.register_structure_hook_factory(attrs.has, attrs_hook)

    def attrs_unstructure_hook(tp: Any) -> Callable[[Any], Any]:
        return _unstructure_fn(tp, conv)

    conv.register_unstructure_hook_factory(attrs.has, attrs_unstructure_hook)
    # JSON scalars, optional or not, are written as they are.
    conv.register_unstructure_hook_factory(_is_scalar, lambda _: identity)

    def tuple_unstructure_hook(tp: Any) -> Callable[[Any], Any]:
        item_type = typing.get_args(tp)[0]
        if item_type in _SCALARS:
            return list
        return _list_unstructure(conv.get_unstructure_hook(item_type))

    conv.register_unstructure_hook_factory(_is_homogeneous_tuple, tuple_unstructure_hook)
    return conv


def _unstructure_fn(cls: Any, conv: cattrs.Converter) -> Callable[[Any], dict[str, Any]]:
    """Generate the function that turns an attrs class into its JSON-ready dict.

    One dict display with the fields in order: scalars as they are, enum members by value,
    dates as text, and model objects (alone, optional or in tuples) through their own
    functions, with ``None`` and empty tuples written without a call.
    """
    hints = typing.get_type_hints(cls)
    names: dict[str, Any] = {"_date_text": _date_text}
    items = []
    for i, f in enumerate(attrs.fields(cls)):
        tp = hints[f.name]
        get = f"o.{f.name}"
        inner = _optional_of(tp)
        one = tp if inner is None else inner
        if _is_scalar(tp):
            value = get
        elif _is_homogeneous_tuple(tp):
            item = typing.get_args(tp)[0]
            if item in _SCALARS:
                value = f"list({get})"
            else:
                names[f"_u{i}"] = conv.get_unstructure_hook(item)
                value = f"(list(map(_u{i}, v{i})) if (v{i} := {get}) else [])"
        else:
            if isinstance(one, type) and issubclass(one, enum.Enum):
                call = "{}._value_"
            elif one is PartialDate:
                call = "_date_text({})"
            else:
                names[f"_u{i}"] = conv.get_unstructure_hook(one)
                call = f"_u{i}({{}})"
            value = (
                call.format(get)
                if inner is None
                else f"(None if (v{i} := {get}) is None else {call.format(f'v{i}')})"
            )
        items.append(f"{f.name!r}: {value}")
    source = f"def unstructure(o):\n    return {{{', '.join(items)}}}"
    run_source(source, f"unstructure {cls.__name__}", names)
    unstructure: Callable[[Any], dict[str, Any]] = names["unstructure"]
    return unstructure


def _list_unstructure(item_hook: Callable[[Any], Any]) -> Callable[[Any], list[Any]]:
    def unstructure(value: tuple[Any, ...]) -> list[Any]:
        return list(map(item_hook, value)) if value else []

    return unstructure


_CONVERTERS: tuple[cattrs.Converter, cattrs.Converter] | None = None


def _converters() -> tuple[cattrs.Converter, cattrs.Converter]:
    """The configured converter and its detailed twin, made on first use (cattrs loads then).

    The first is fast and stops at the first problem; the second runs only when the first
    refused a document, to report every problem with its path.
    """
    global _CONVERTERS
    if _CONVERTERS is None:
        _CONVERTERS = (_make_converter(detailed=False), _make_converter(detailed=True))
    return _CONVERTERS


_KEY_COUNTS: dict[type, Callable[[Any], int]] = {}


def _key_count(obj: Any) -> int:
    """How many keys :func:`dumps` writes for ``obj`` (without ``"schema"``): one per field of each object."""
    count = _KEY_COUNTS.get(type(obj))
    if count is None:
        count = _KEY_COUNTS[type(obj)] = _key_count_fn(type(obj))
    return count(obj)


def _keys_of(tp: Any) -> int | None:
    """The number of keys every object of ``tp`` is written with, or ``None`` when it varies."""
    if tp in _WRAPPED:
        return 0  # written as a string
    hints = typing.get_type_hints(tp)
    total = len(attrs.fields(tp))
    for f in attrs.fields(tp):
        ft = hints[f.name]
        inner = _optional_of(ft)
        if (inner is not None and attrs.has(inner)) or (
            _is_homogeneous_tuple(ft) and attrs.has(typing.get_args(ft)[0])
        ):
            return None
        if attrs.has(ft):
            nested = _keys_of(ft)
            if nested is None:
                return None
            total += nested
    return total


def _key_count_fn(cls: Any) -> Callable[[Any], int]:
    """Generate the key counter of ``cls``: a sum over its nested objects, constant where the shape is."""
    hints = typing.get_type_hints(cls)
    names: dict[str, Any] = {"_count": _key_count}
    terms = [str(len(attrs.fields(cls)) if cls not in _WRAPPED else 1)]
    for f in attrs.fields(cls):
        tp = hints[f.name]
        inner = _optional_of(tp)
        if _is_homogeneous_tuple(tp) and attrs.has(typing.get_args(tp)[0]):
            item = typing.get_args(tp)[0]
            each = _keys_of(item)
            names[f"_c_{f.name}"] = _key_count_fn(item)
            terms.append(
                f"{each} * len(o.{f.name})" if each is not None else f"sum(map(_c_{f.name}, o.{f.name}))"
            )
        elif attrs.has(tp) or (inner is not None and attrs.has(inner)):
            one = tp if inner is None else inner
            each = _keys_of(one)
            names[f"_c_{f.name}"] = _key_count_fn(one)
            value = str(each) if each is not None else f"_c_{f.name}(o.{f.name})"
            terms.append(value if inner is None else f"(0 if o.{f.name} is None else {value})")
    if cls in _WRAPPED:
        terms = ["1"]  # a date on its own is written under one key; inside objects, as a string
    source = f"def count(o):\n    return {' + '.join(terms)}"
    run_source(source, f"key count {cls.__name__}", names)
    count: Callable[[Any], int] = names["count"]
    return count


# ------------------------------------------------------------------------- public API


def _not_a_model_object(function: str, obj: object) -> TypeError:
    return TypeError(
        f"{function} takes a model object (such as an eventkit.Article), got {builtins.type(obj).__name__}"
    )


def to_dict(obj: AttrsInstance) -> dict[str, Any]:
    """The JSON-ready dict that :func:`dumps` writes: ``"schema"`` first, dates as ISO strings.

    :param obj: a model object.
    :returns: a dict of JSON values only.
    :raises TypeError: ``obj`` is not a model object (a dict would make a document that
        :func:`loads` refuses).
    """
    return _to_dict(obj, "to_dict")


def _to_dict(obj: Any, function: str) -> dict[str, Any]:
    if type(obj) not in MODEL_CLASSES:
        raise _not_a_model_object(function, obj)
    body = (_CONVERTERS or _converters())[0].unstructure(obj)
    key = _WRAPPED.get(type(obj))
    if key is None:
        return {"schema": SCHEMA_VERSION, **body}
    return {"schema": SCHEMA_VERSION, key: body}


_FAST_HOOKS: dict[type, Callable[[Any, Any], Any]] = {}
"""The fast converter's structuring function of each class read so far (no dispatch per call)."""


def _model_type(type: Any) -> None:
    if type not in MODEL_CLASSES:
        name = type.__name__ if isinstance(type, builtins.type) else repr(type)
        raise TypeError(f"type must be a model class such as eventkit.Article, got {name}")


@overload
def from_dict(data: Any) -> Article: ...
@overload
def from_dict(data: Any, type: builtins.type[_M]) -> _M: ...
def from_dict(data: Any, type: Any = Article) -> Any:
    """Build ``type`` (a model class) from a dict as :func:`to_dict` gives; strict, every problem reported.

    Documents of every version in :data:`~eventkit.READ_VERSIONS` are read.

    :param data: the dict, with its ``"schema"`` key.
    :param type: the model class to build; an :class:`~eventkit.Article` by default.
    :returns: the object, checked.
    :raises ~eventkit.ValidationError: data that does not fit, every problem with its path.
    :raises TypeError: ``type`` is not a model class.
    """
    _model_type(type)
    if not isinstance(data, dict):
        raise ValidationError([Problem("$", f"expected an object, got {describe(data)}")])
    version = data.get("schema", None)
    if version != SCHEMA_VERSION:
        _older(data, version, type)
    body = dict(data)
    del body["schema"]
    fast, detailed = _CONVERTERS or _converters()
    key = _WRAPPED.get(type)
    if key is not None:
        unknown = sorted(set(body) - {key}, key=_key_order)
        if unknown or key not in body:
            raise ValidationError(
                [Problem(_key_path("$", k), "unknown key") for k in unknown]
                + ([] if key in body else [Problem(f"$.{key}", "required key is missing")])
            )
        try:
            return fast.structure(body[key], type)
        except ValidationError as exc:
            raise exc.with_prefix(f".{key}") from None
    hook = _FAST_HOOKS.get(type)
    if hook is None:
        hook = _FAST_HOOKS[type] = fast.get_structure_hook(type)
    try:
        return hook(body, type)
    except Exception:
        pass
    try:
        return detailed.structure(body, type)
    except Exception as exc:
        if type is Article and "text" not in body:
            _refuse_without_text(body)
        problems = list(_problems_of(exc, "$"))
        # An Article's own checks ran on all its parts if its parts were all built (then the
        # error is the constructor's); otherwise they run again on the parts that can be built.
        if type is Article and problems and not isinstance(exc, ValidationError):
            seen = set(problems)
            problems.extend(p for p in _article_problems(body, detailed) if p not in seen)
        raise ValidationError(problems or [Problem("$", str(exc))]) from None


_POINTING_INTO_TEXT = (
    "headline", "lead", "paragraphs", "boilerplate", "outlet", "info_sources", "media_credits",
    "dates", "persons", "organizations", "venues", "quotes", "events",
)  # fmt: skip


def _has_span(value: Any) -> bool:
    """Whether a ``"span"`` key is anywhere inside ``value`` (one walk, no recursion)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if "span" in item:
                return True
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def _refuse_without_text(body: dict[str, Any]) -> None:
    """A broken article without ``text``: that is the problem to report, not each span it makes wrong."""
    pointing = [key for key in _POINTING_INTO_TEXT if _has_span(body.get(key))]
    if pointing:
        raise ValidationError(
            [
                Problem(
                    "$.text",
                    f"required key is missing: {', '.join(pointing)} point into the article's text "
                    "(their spans are not checked without it)",
                )
            ]
        )


def _older(data: dict[Any, Any], version: object, type: Any) -> None:
    """Accept a document of an older version this one reads, or raise: what went wrong, and what is read."""
    reads = " and ".join(repr(v) for v in READ_VERSIONS)
    if "schema" not in data:
        message = f"missing key 'schema' (this eventkit reads {reads})"
    elif version not in READ_VERSIONS:
        message = f"unsupported format version {shown(version)} (this eventkit reads {reads})"
    else:
        since = _NEW_CLASSES.get(type)
        if since is not None and READ_VERSIONS.index(since) > READ_VERSIONS.index(str(version)):
            message = f"a {type.__name__} cannot be a {version} document (added in {since})"
        else:
            later = list(_later_keys(data, type, READ_VERSIONS.index(str(version)), "$"))
            if later:
                raise ValidationError(later)
            return
    raise ValidationError([Problem("$.schema", message)])


def _later_keys(data: Any, type: Any, version: int, path: str) -> Iterator[Problem]:
    """The keys in ``data`` (an object of ``type``, nested ones included) added after ``version``.

    Only the classes that hold a class with added keys are walked, and only for older documents.
    """
    if builtins.type(data) is not dict:
        return
    for field, since in _ADDED.get(type, {}).items():
        if field in data and READ_VERSIONS.index(since) > version:
            yield Problem(
                _key_path(path, field), f"unknown key in {READ_VERSIONS[version]} (added in {since})"
            )
    hints = typing.get_type_hints(type)
    for f in attrs.fields(type):
        tp = hints[f.name]
        inner = _optional_of(tp) or tp
        if _is_homogeneous_tuple(inner):
            item = typing.get_args(inner)[0]
            if _holds_added(item) and builtins.type(data.get(f.name)) is list:
                for i, value in enumerate(data[f.name]):
                    yield from _later_keys(value, item, version, f"{path}.{f.name}[{i}]")
        elif _holds_added(inner) and f.name in data:
            yield from _later_keys(data[f.name], inner, version, f"{path}.{f.name}")


def _holds_added(tp: Any) -> bool:
    """Whether objects of ``tp`` may hold a key some version added (in themselves or inside)."""
    if not attrs.has(tp) or tp in _WRAPPED:
        return False
    if tp in _ADDED:
        return True
    hints = typing.get_type_hints(tp)
    for f in attrs.fields(tp):
        inner = _optional_of(hints[f.name]) or hints[f.name]
        if _is_homogeneous_tuple(inner):
            inner = typing.get_args(inner)[0]
        if inner is not tp and _holds_added(inner):
            return True
    return False


# Broken items that other objects may refer to are stood in for by a stub with their id, so
# that references to them are not reported as dangling on top of their own problems.
_STUBS: dict[type, Callable[[str], Any]] = {
    _model.Person: lambda id: _model.Person(id=id, name="?"),
    _model.Organization: lambda id: _model.Organization(id=id, name="?"),
    _model.Venue: lambda id: _model.Venue(id=id, name="?"),
    _model.Event: lambda id: _model.Event(
        id=id, kind=_model.EventKind.OTHER, status=_model.EventStatus.OCCURRED
    ),
}
_ITEM_PATH = re.compile(r"\$\.([a-z_]+)\[([0-9]+)\]")


def _article_problems(body: dict[str, Any], detailed: cattrs.Converter) -> list[Problem]:
    """The whole-article checks (spans, ids, references, language) of a document with broken parts.

    The parts that can be built are built, each broken item left out (or stood in for by a stub),
    and the article's own checks run on them; their paths are then mapped back to the document's
    indices. Without the text there is nothing to check spans against, so nothing is reported;
    with broken paragraphs, neither the lead nor the quotes' paragraphs are checked against them.
    """
    if type(body.get("text", "")) is not str:
        return []
    hints = typing.get_type_hints(Article)
    values: dict[str, Any] = {}
    positions: dict[str, list[int]] = {}  # field -> index in the document of each item kept
    broken: set[str] = set()  # fields left out in whole or in part
    for f in attrs.fields(typing.cast(Any, Article)):
        if f.name not in body:
            continue
        raw, tp = body[f.name], hints[f.name]
        if _is_homogeneous_tuple(tp):
            if type(raw) is not list:
                broken.add(f.name)
                continue
            item_type = typing.get_args(tp)[0]
            items, kept = [], []
            for i, item in enumerate(raw):
                made = _built_or_stub(item, item_type, detailed)
                if made is not None:
                    items.append(made)
                    kept.append(i)
            values[f.name], positions[f.name] = tuple(items), kept
            if len(kept) < len(raw):
                broken.add(f.name)
        else:
            try:
                values[f.name] = detailed.structure(raw, tp)
            except Exception:
                continue
    if "paragraphs" in broken:  # what refers to paragraphs (by place or index) cannot be checked
        values.pop("lead", None)
        values["quotes"] = tuple(attrs.evolve(q, paragraph=None) for q in values.get("quotes", ()))
    values.setdefault("id", "a")  # a broken id is reported already; any valid one will do here
    try:
        Article(**values)
    except ValidationError as exc:

        def original(m: re.Match[str]) -> str:
            kept = positions.get(m.group(1))
            index = int(m.group(2))
            return f"$.{m.group(1)}[{kept[index] if kept and index < len(kept) else index}]"

        return [
            Problem(_ITEM_PATH.sub(original, p.path), _ITEM_PATH.sub(original, p.message))
            for p in exc.problems
        ]
    except Exception:
        return []
    return []


def _built_or_stub(item: Any, item_type: type, detailed: cattrs.Converter) -> Any:
    try:
        return detailed.structure(item, item_type)
    except Exception:
        stub = _STUBS.get(item_type)
        if stub is None or type(item) is not dict or type(item.get("id")) is not str:
            return None
        try:
            return stub(item["id"])
        except ValidationError:
            return None


def dumps(obj: AttrsInstance) -> bytes:
    """Compact JSON bytes of a model object; the same object always gives the same bytes.

    Like :func:`loads`, it pauses the garbage collector: the dicts it builds die within the call.

    :param obj: a model object (an :class:`~eventkit.Article`, a :class:`~eventkit.Person` ...).
    :returns: UTF-8 JSON, ``"schema"`` first.
    :raises TypeError: ``obj`` is not a model object.
    :raises ~eventkit.ValidationError: a value JSON cannot carry (a lone surrogate, an integer
        beyond 64 bits).
    """
    import orjson

    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        as_dict = _to_dict(obj, "dumps")
        try:
            return orjson.dumps(as_dict)
        except orjson.JSONEncodeError as exc:  # (a TypeError)
            where = list(_unwritable(as_dict, "$")) or [Problem("$", str(exc))]
        raise ValidationError(Problem(p.path, f"cannot be written as JSON: {p.message}") for p in where)
    finally:
        if paused:
            gc.enable()


def _unwritable(value: Any, path: str) -> Iterator[Problem]:
    """Where a JSON-ready value holds what JSON cannot carry: lone surrogates, integers beyond 64 bits."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            yield Problem(path, f"a lone surrogate {value[exc.start]!r} at character {exc.start}")
    elif isinstance(value, int) and not isinstance(value, bool):
        if not -(2**63) <= value < 2**64:
            yield Problem(path, f"{shown(value)} does not fit in 64 bits")
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _unwritable(item, f"{path}.{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _unwritable(item, f"{path}[{i}]")


@overload
def loads(data: _JSON) -> Article: ...
@overload
def loads(data: _JSON, type: builtins.type[_M]) -> _M: ...
def loads(data: _JSON, type: Any = Article) -> Any:
    """Read one JSON document written by :func:`dumps` into ``type`` (a model class; an Article by default).

    Strict: every problem is reported with its path, duplicate keys included. The garbage
    collector is paused while the document is read: the parsed JSON dies within the call and the
    objects built from it hold no cycles, so a collection in between would only walk them in vain
    (with many articles alive, at great length). A collector that was off stays off.

    :param data: JSON text, as bytes or str.
    :param type: the model class to build; an :class:`~eventkit.Article` by default.
    :returns: the object, checked.
    :raises ~eventkit.ValidationError: malformed JSON (with line and column) or data that does not
        fit (with paths).
    :raises TypeError: ``type`` is not a model class.
    """
    _model_type(type)
    if gc.isenabled():
        gc.disable()
        try:
            return _load(data, type)
        finally:
            gc.enable()
    return _load(data, type)


def _load(data: Any, type: Any) -> Any:
    raw, value = _parse(data)
    _READ.missing = 0
    try:
        obj = from_dict(value, type)
    except ValidationError as exc:
        duplicates = _duplicate_keys(raw)
        if duplicates:  # the duplicates first: they may be why the rest looks wrong
            raise ValidationError([*duplicates, *exc.problems]) from None
        raise
    if not _keys_unique(raw, 1 + _key_count(obj) - _READ.missing):
        duplicates = _duplicate_keys(raw)
        if duplicates:
            raise ValidationError(duplicates)
    return obj


def _parse_json(data: Any) -> Any:
    """The value of a JSON text, for readers of other formats: malformed JSON and repeated keys refused."""
    raw, value = _parse(data)
    duplicates = _duplicate_keys(raw)
    if duplicates:
        raise ValidationError(duplicates)
    return value


def _parse(data: Any) -> tuple[bytes, Any]:
    """The bytes of a JSON text and its value; refused with line and column if malformed."""
    if not isinstance(data, bytes | bytearray | memoryview | str):
        raise ValidationError([Problem("$", f"expected JSON bytes or str, got {type(data).__name__}")])
    import orjson

    try:
        value = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise ValidationError(
            [Problem("$", f"malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}")]
        ) from None
    if isinstance(data, str):
        return data.encode(), value
    return (data if type(data) is bytes else bytes(data)), value


class _Reading(threading.local):
    """What the structuring functions note while one document is read (in this thread)."""

    missing = 0
    """Keys left out of the document's objects (their fields took their defaults)."""


_READ = _Reading()

# Every byte but the quote, the colon and the backslash (see _keys_unique).
_NOT_KEY_BYTES = bytes(b for b in range(256) if b not in b'":\\')


def _keys_unique(raw: bytes, keys: int) -> bool:
    """Whether the JSON text ``raw``, which was read as an object with ``keys`` keys in all, repeats none.

    The parser keeps one value of a repeated key, so the text then has more key tokens than
    were read. They are counted in C, without tokenizing: with every byte but ``"``, ``:`` and
    ``\\`` deleted, a key that is a field name (all that a document read without error has)
    becomes ``"":``, whatever white space stood around it. Text inside strings cannot make a
    key disappear: a quote inside a string is escaped, so it keeps its backslash. It can only
    add a match, and so can a key spelled with escapes (``"t\\u0065xt"`` leaves ``"\\":``),
    which is why that sight sends the document to the exact test too. Equal counts mean no
    key is repeated; ``False`` means "look closer", not "repeated".
    """
    skeleton = raw.translate(None, _NOT_KEY_BYTES)
    return skeleton.count(b'"":') == keys and b'\\":' not in skeleton


# A JSON token that matters for keys: a string (a key or a value), or a bracket, colon or comma.
_TOKEN = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"|[{}\[\]:,]', re.DOTALL)


def _duplicate_keys(raw: bytes) -> list[Problem]:
    """Every key of ``raw`` (valid JSON) that repeats one before it in the same object, with its path.

    The standard library's parser (in C) says first whether there is any; then one pass over
    the tokens, with a stack of the open objects and arrays, finds where. Both are linear.
    """

    if not _has_repeats(raw.decode()):
        return []
    import orjson

    problems: list[Problem] = []
    # Per open container: [keys seen (None for an array), current key or index, expecting a key].
    stack: list[list[Any]] = []
    for m in _TOKEN.finditer(raw):
        token = m.group()
        first = token[0]
        if first == 0x22:  # a string
            if stack and stack[-1][2]:
                key = orjson.loads(token) if b"\\" in token else token[1:-1].decode()
                frame = stack[-1]
                if key in frame[0]:
                    problems.append(Problem(_key_path(_path_of(stack[:-1]), key), "duplicate key"))
                frame[0].add(key)
                frame[1] = key
                frame[2] = False
        elif first == 0x7B:  # {
            stack.append([set(), None, True])
        elif first == 0x5B:  # [
            stack.append([None, 0, False])
        elif first in (0x7D, 0x5D):  # } or ]
            stack.pop()
        elif first == 0x2C and stack:  # ,
            frame = stack[-1]
            if frame[0] is None:
                frame[1] += 1
            else:
                frame[2] = True
    return problems


class _Repeated(Exception):
    pass


def _no_repeats(pairs: list[tuple[str, Any]]) -> None:
    if len(pairs) > 1 and len({key for key, _ in pairs}) < len(pairs):
        raise _Repeated


_PAIRS: list[Any] = []  # the decoder that calls _no_repeats on every object (made on first use)


def _has_repeats(text: str) -> bool:
    """Whether the JSON ``text`` repeats a key in one of its objects (the standard library's parser, in C)."""
    if not _PAIRS:
        import json

        _PAIRS.append(json.JSONDecoder(object_pairs_hook=_no_repeats))
    try:
        _PAIRS[0].decode(text)
    except (_Repeated, RecursionError):  # too deep for it: the token pass, which does not recurse, decides
        return True
    return False


def _path_of(stack: list[list[Any]]) -> str:
    """The path of the value inside the innermost container of ``stack``."""
    path = "$"
    for keys, at, _ in stack:
        path = f"{path}[{at}]" if keys is None else _key_path(path, at)
    return path


@overload
def iter_jsonl(stream: IO[bytes] | Iterable[bytes]) -> Iterator[Article]: ...
@overload
def iter_jsonl(stream: IO[bytes] | Iterable[bytes], type: builtins.type[_M]) -> Iterator[_M]: ...
def iter_jsonl(stream: IO[bytes] | Iterable[bytes], type: Any = Article) -> Iterator[Any]:
    """Read JSON Lines one document at a time (constant memory); blank lines are skipped.

    Each document is read by :func:`loads`, with the garbage collector paused; it runs as usual
    between documents, in the caller's code.

    :param stream: a binary file, or any iterable of lines as bytes.
    :param type: the model class of every line; an :class:`~eventkit.Article` by default.
    :returns: an iterator of the objects, in the order of the lines.
    :raises ~eventkit.ValidationError: a bad line, with paths that start with its number
        (``line 3: $.quotes[1].speaker``), when the iteration reaches it.
    :raises TypeError: at once, when ``type`` is not a model class.
    """
    _model_type(type)
    return _iter_jsonl(stream, type)


def _iter_jsonl(stream: IO[bytes] | Iterable[bytes], type: Any) -> Iterator[Any]:
    for lineno, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            obj = loads(line, type)
        except ValidationError as exc:
            raise ValidationError(
                Problem(f"line {lineno}: {p.path}", p.message) for p in exc.problems
            ) from None
        yield obj


def write_jsonl(objects: Iterable[AttrsInstance], stream: IO[bytes]) -> int:
    """Write each object (a model object) as one line of JSON.

    :param objects: the model objects.
    :param stream: a binary file open for writing.
    :returns: how many lines were written.
    :raises TypeError: an item is not a model object.
    """
    count = 0
    for obj in objects:
        stream.write(dumps(obj))
        stream.write(b"\n")
        count += 1
    return count
