"""The recognizer interface, and the look-up of a recognizer by language."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import attrs

from ..errors import EventkitError
from ..model import Organization, Person, Quote, Span, Venue

__all__ = [
    "Entities",
    "MissingExtraError",
    "Recognizer",
    "get_recognizer",
    "resolve_speakers",
    "ru_available",
]


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


_INSTALL_HINT = (
    "Russian entity recognition needs the 'ru' extra: pip install 'eventkit[ru]' "
    "(natasha, slovnet, navec, pymorphy2)"
)
_RU_MODULES = ("natasha", "slovnet", "navec", "razdel", "pymorphy2", "numpy")


def ru_available() -> bool:
    """Whether the packages of the ``eventkit[ru]`` extra are installed (nothing is imported)."""
    from importlib.util import find_spec

    return all(find_spec(name) is not None for name in _RU_MODULES)


def get_recognizer(language: str, *, required: bool = False) -> Recognizer | None:
    """The recognizer for ``language`` (BCP 47), or ``None`` when there is none.

    Russian (``ru``, ``ru-RU`` ...) has one when the ``eventkit[ru]`` extra is installed: the
    same instance for the whole process, which loads its models on first use. With
    ``required=True`` a missing recognizer raises :class:`MissingExtraError` saying what to
    install, instead of returning ``None``. English (``en``, ``en-GB`` ...) always has one,
    by rules alone, built on first use.
    """
    primary = language.split("-", 1)[0].lower()
    if primary == "ru":
        if ru_available():
            from ._russian import shared_recognizer

            return shared_recognizer()
        if required:
            raise MissingExtraError(_INSTALL_HINT)
        return None
    if primary == "en":
        from ._english import shared_recognizer as shared_english

        return shared_english()
    if required:
        raise MissingExtraError(f"no entity recognizer for language {language!r}")
    return None


def resolve_speakers(text: str, quotes: Sequence[Quote], persons: Sequence[Person]) -> tuple[Quote, ...]:
    """The quotes with ``speaker`` set to the id of the person each one's speaker refers to.

    A speaker given by name is matched by family or full name in any case (``Лаврова``), a
    pronoun (``он``, ``ее``) to the nearest person of that gender mentioned before the quote,
    and a title (``казахстанского министра``) to the person holding that role; in English,
    ``he``/``she`` and titles such as ``the prime minister`` alike. Quotes that
    already have a speaker, or whose speaker cannot be told, are returned unchanged.
    """
    from ._speakers import resolve

    return resolve(text, quotes, persons)
