"""JSON Schema (draft 2020-12) of the JSON format, generated from the model's classes.

The schema is derived from the attrs fields and their annotations, and the value constraints
(id patterns, minimums) from the model's own rules, each of which says what JSON Schema can
express of it; so the schema cannot drift from the code. It describes the version that
:func:`eventkit.dumps` writes.
"""

from __future__ import annotations

import enum
import types
import typing
from typing import Any

import attrs

from ._checks import Chain, Rule, rules_of
from .codec import SCHEMA_VERSION
from .model import Article, PartialDate

__all__ = ["json_schema"]


def _constraints(cls: type) -> dict[str, dict[str, Any]]:
    """What the rules of ``cls`` say in JSON Schema, by field."""
    found: dict[str, dict[str, Any]] = {}
    for item in rules_of(cls):
        rules = item.rules if isinstance(item, Chain) else (item,) if isinstance(item, Rule) else ()
        for rule in rules:
            if rule.schema:
                found.setdefault(rule.field, {}).update(rule.schema)
    return found


_PARTIAL_DATE_SCHEMA = {
    "type": "string",
    "pattern": r"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$",
    "description": "A partial date: YYYY, YYYY-MM or YYYY-MM-DD.",
}


class _Builder:
    def __init__(self) -> None:
        self.defs: dict[str, Any] = {}

    def of(self, tp: Any, extra: dict[str, Any] | None = None) -> dict[str, Any]:
        """The schema of a value of type ``tp``; ``extra`` constrains a string or a number."""
        origin = typing.get_origin(tp)
        if origin in (typing.Union, types.UnionType):
            (inner,) = [a for a in typing.get_args(tp) if a is not type(None)]
            return {"anyOf": [self.of(inner, extra), {"type": "null"}]}
        if origin is tuple:
            return {"type": "array", "items": self.of(typing.get_args(tp)[0]), **(extra or {})}
        extra = extra or {}
        if tp is PartialDate:
            return dict(_PARTIAL_DATE_SCHEMA)
        if tp is str:
            return {"type": "string", **extra}
        if tp is bool:
            return {"type": "boolean"}
        if tp is int:
            return {"type": "integer", **extra}
        if tp is float:
            return {"type": "number", **extra}
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            return {"enum": [m.value for m in tp]}
        if attrs.has(tp):
            name = tp.__name__
            if name not in self.defs:
                self.defs[name] = {}  # placeholder against recursion
                self.defs[name] = self.object_schema(tp)
            return {"$ref": f"#/$defs/{name}"}
        raise TypeError(f"no JSON Schema for {tp!r}")  # pragma: no cover - a bug in the model

    def object_schema(self, cls: type) -> dict[str, Any]:
        hints = typing.get_type_hints(cls)
        constraints = _constraints(cls)
        properties: dict[str, Any] = {}
        required: list[str] = []
        for f in attrs.fields(cls):
            properties[f.name] = self.of(hints[f.name], constraints.get(f.name))
            if f.default is attrs.NOTHING:
                required.append(f.name)
        schema: dict[str, Any] = {"type": "object"}
        doc = (cls.__doc__ or "").strip().split("\n\n")[0]
        if doc:
            schema["description"] = " ".join(doc.split())
        schema["properties"] = properties
        if required:
            schema["required"] = required
        schema["additionalProperties"] = False
        return schema


def json_schema(type: type = Article) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a document of ``type`` as :func:`eventkit.dumps` writes it.

    :param type: a model class; an :class:`~eventkit.Article` by default.
    :returns: the schema as a JSON-ready dict.
    """
    builder = _Builder()
    if type is PartialDate:
        # Written inside other objects as a string, so a document of its own holds it under "date".
        top: dict[str, Any] = {
            "type": "object",
            "description": "A partial date on its own.",
            "properties": {"date": dict(_PARTIAL_DATE_SCHEMA)},
            "required": ["date"],
            "additionalProperties": False,
        }
    else:
        top = builder.object_schema(type)
    top["properties"] = {"schema": {"const": SCHEMA_VERSION}, **top["properties"]}
    top["required"] = ["schema", *top.get("required", [])]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:eventkit:schema:{SCHEMA_VERSION}:{type.__name__}",
        "title": f"eventkit {type.__name__}",
        **top,
        "$defs": dict(sorted(builder.defs.items())),
    }
