"""Named-entity recognition: persons, organizations and venues, in their base forms.

A :class:`Recognizer` reads an article's text and returns the :class:`Entities` it names, each
with its mentions (spans into that text). Recognizers are looked up by language with
:func:`get_recognizer`; the Russian one needs the ``eventkit[ru]`` extra and loads its models on
first use only.
"""

from __future__ import annotations

from ._base import Entities, MissingExtraError, Recognizer, get_recognizer, resolve_speakers, ru_available
from ._parallel import parse_many, recognize_many, worker_pool

__all__ = [
    "Entities",
    "MissingExtraError",
    "Recognizer",
    "get_recognizer",
    "parse_many",
    "recognize_many",
    "resolve_speakers",
    "ru_available",
    "worker_pool",
]
