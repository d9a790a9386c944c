"""Interchange formats: IPTC ninjs 3.1, schema.org JSON-LD and PLOVER event records.

Each format is one module with its mapping table (``*_MAPPING``) and the list of what it
cannot hold (``*_CANNOT_HOLD``). :func:`convert` gives any of them as a list of JSON-ready
dicts, the shape the command line writes one per line.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..errors import Problem, ValidationError
from ..model import Article
from ._common import FieldMapping, mapping_table
from .jsonld import JSONLD_CANNOT_HOLD, JSONLD_MAPPING, to_jsonld
from .ninjs import NINJS_CANNOT_HOLD, NINJS_MAPPING, NinjsLossWarning, from_ninjs, read_ninjs, to_ninjs
from .plover import PLOVER_CANNOT_HOLD, PLOVER_MAPPING, to_plover

__all__ = [
    "FORMATS",
    "JSONLD_CANNOT_HOLD",
    "JSONLD_MAPPING",
    "NINJS_CANNOT_HOLD",
    "NINJS_MAPPING",
    "PLOVER_CANNOT_HOLD",
    "PLOVER_MAPPING",
    "FieldMapping",
    "NinjsLossWarning",
    "convert",
    "convert_document",
    "from_ninjs",
    "mapping_table",
    "read_ninjs",
    "to_jsonld",
    "to_ninjs",
    "to_plover",
]

FORMATS: dict[str, Callable[[Article], list[dict[str, Any]]]] = {
    "ninjs": lambda article: [to_ninjs(article)],
    "jsonld": lambda article: [to_jsonld(article)],
    "plover": to_plover,
}
"""Each output format by name, giving the documents of one article."""


def convert(article: Article, to: str) -> list[dict[str, Any]]:
    """The article in format ``to`` (``ninjs``, ``jsonld`` or ``plover``) as JSON-ready dicts.

    ninjs and JSON-LD give one document; PLOVER gives one record per event (none for an
    article without events).

    :param article: the article.
    :param to: the format's name, one of :data:`~eventkit.formats.FORMATS`.
    :returns: the documents.
    :raises ~eventkit.ValidationError: an unknown format name.
    """
    try:
        write = FORMATS[to]
    except (KeyError, TypeError):
        names = ", ".join(repr(n) for n in FORMATS)
        raise ValidationError([Problem("$", f"unknown format {to!r}: expected one of {names}")]) from None
    return write(article)


convert_document = convert
"""Another name of :func:`convert`."""
