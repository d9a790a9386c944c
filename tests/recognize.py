"""The Russian recognizer run over one text, as the entity tests use it: defined once."""

from __future__ import annotations

from eventkit.entities import Entities, get_recognizer
from eventkit.model import Span, Venue

__all__ = ["recognize_ru", "venue_named"]


def recognize_ru(text: str) -> Entities:
    """The entities the Russian recognizer finds in ``text``, read as one paragraph."""
    recognizer = get_recognizer("ru", required=True)
    assert recognizer is not None
    return recognizer.recognize(text, [Span(start=0, end=len(text))])


def venue_named(found: Entities, name: str) -> Venue:
    """The venue of ``found`` called ``name``; failing, the assertion lists the venues found."""
    by_name = {v.name: v for v in found.venues}
    assert name in by_name, [v.name for v in found.venues]
    return by_name[name]
