"""Named-entity recognition: persons, organizations and venues, in their base forms.

A :class:`Recognizer` reads an article's text and returns the :class:`Entities` it names, each
with its mentions (spans into that text). Recognizers are looked up by language with
:func:`get_recognizer`: Russian (:mod:`eventkit.entities.ru`, needs the ``eventkit-news[ru]``
extra, loads its models on first use) and English (:mod:`eventkit.entities.en`, rules only) are
built in; :func:`register_recognizer` and the ``eventkit.recognizers`` entry point add others.
:func:`resolve_speakers` links each quote to the person who said it.
"""

from __future__ import annotations

import warnings
from typing import Any

from ..errors import MissingExtraError
from ._base import Entities, Recognizer, country_tails_merged
from ._batch import recognize_many
from ._datelines import dateline_entities
from ._registry import (
    ENTRY_POINT_GROUP,
    get_recognizer,
    languages,
    register_recognizer,
    ru_available,
    unregister_recognizer,
)
from ._speakers import resolve_speakers

__all__ = [
    "ENTRY_POINT_GROUP",
    "Entities",
    "MissingExtraError",
    "Recognizer",
    "country_tails_merged",
    "dateline_entities",
    "get_recognizer",
    "languages",
    "recognize_many",
    "register_recognizer",
    "resolve_speakers",
    "ru_available",
    "unregister_recognizer",
]


def __getattr__(name: str) -> Any:
    # 0.1 exported these here; they belong to the pipeline and its worker processes now.
    if name in ("parse_many", "worker_pool"):
        home = "eventkit.parse_many" if name == "parse_many" else "eventkit.pipeline.parse_many"
        warnings.warn(f"eventkit.entities.{name} moved: use {home}", DeprecationWarning, stacklevel=2)
        if name == "parse_many":
            from ..pipeline import parse_many

            return parse_many
        from .._workers import worker_pool

        return worker_pool
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
