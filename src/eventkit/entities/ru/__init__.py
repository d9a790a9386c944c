"""Russian: persons, organizations and venues from natasha's NER model, in base forms by pymorphy2.

The packages come with the ``eventkit-news[ru]`` extra and are imported when the models are first
loaded, not with this package. :func:`recognizer` is the factory the registry calls for ``ru``.
"""

from __future__ import annotations

from ...errors import MissingExtraError
from . import _extra
from ._extra import INSTALL_HINT, available
from ._recognizer import RussianRecognizer, shared_recognizer

__all__ = ["INSTALL_HINT", "RussianRecognizer", "available", "recognizer"]


def recognizer() -> RussianRecognizer:
    """The process's one Russian recognizer; :class:`~eventkit.errors.MissingExtraError` without the extra."""
    if not _extra.available():
        raise MissingExtraError(INSTALL_HINT)
    return shared_recognizer()
