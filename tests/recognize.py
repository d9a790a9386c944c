"""The Russian recognizer run over one text, as the entity tests use it: defined once."""

from __future__ import annotations

from eventkit.entities import Entities, get_recognizer
from eventkit.model import Span

__all__ = ["recognize_ru"]


def recognize_ru(text: str) -> Entities:
    """The entities the Russian recognizer finds in ``text``, read as one paragraph."""
    recognizer = get_recognizer("ru", required=True)
    assert recognizer is not None
    return recognizer.recognize(text, [Span(start=0, end=len(text))])
