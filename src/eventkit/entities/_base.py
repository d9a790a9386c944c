"""What a recognizer is: the :class:`Recognizer` protocol and the :class:`Entities` it returns."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

import attrs

from ..model import Mention, Organization, Person, Span, Venue, VenueKind

__all__ = ["Entities", "Recognizer", "country_tails_merged", "venue_rank"]

_VENUE_RANK: dict[VenueKind, float] = {
    VenueKind.COUNTRY: 4,
    VenueKind.REGION: 3,
    VenueKind.CITY: 2,
    VenueKind.DISTRICT: 1,
    VenueKind.PARK: 0.5,
}


def venue_rank(kind: VenueKind | None) -> float:
    """How coarse a kind of place is: a venue's parent is of a coarser kind (country 4, region 3,
    city 2, district 1, park 0.5; a building, station or other place 0, which holds nothing but
    a park may hold a monument)."""
    return _VENUE_RANK.get(kind, 0) if kind is not None else 0


def country_tails_merged(venues: Sequence[Venue]) -> tuple[Venue, ...]:
    """The venues with a guessed place that is the last word of a country the article names
    (``Korea`` beside ``South Korea``, ``Кореи`` beside ``Южной Кореи``: a city or an unknown
    place no gazetteer placed) made mentions of that country."""
    countries = [v for v in venues if v.kind is VenueKind.COUNTRY]
    into: dict[str, Venue] = {}
    for v in venues:
        if v.kind not in (VenueKind.CITY, VenueKind.OTHER) or v.coordinates is not None or " " in v.name:
            continue
        owners = [
            c
            for c in countries
            if any(
                len(n.split()) > 1 and n.split()[-1].casefold() == v.name.casefold()
                for n in (c.name, *c.aliases)
            )
        ]
        if len(owners) == 1:
            into[v.id] = owners[0]
    if not into:
        return tuple(venues)
    extra: dict[str, list[Mention]] = {}
    for old, country in into.items():
        extra.setdefault(country.id, []).extend(next(v for v in venues if v.id == old).mentions)
    out = []
    for v in venues:
        if v.id in into:
            continue
        if v.id in extra:
            v = attrs.evolve(
                v, mentions=tuple(sorted((*v.mentions, *extra[v.id]), key=lambda m: m.span.start))
            )
        if v.parent in into:
            v = attrs.evolve(v, parent=into[v.parent].id)
        out.append(v)
    return tuple(out)


@attrs.frozen(kw_only=True)
class Entities:
    """What a recognizer found: each person, organization and venue once, with its mentions."""

    persons: tuple[Person, ...] = ()
    organizations: tuple[Organization, ...] = ()
    venues: tuple[Venue, ...] = ()


@runtime_checkable
class Recognizer(Protocol):
    """Finds the named entities of one language's text.

    ``recognize`` must return entities whose mentions are spans of ``text`` and raise nothing
    but :class:`~eventkit.EventkitError`. A recognizer may also offer ``load()`` (load its
    models now, as each worker process does once) and ``recognize_many(items)`` (several texts
    at once, faster); both are optional.
    """

    name: str
    """A short name with version, recorded in the article's provenance."""

    def recognize(self, text: str, blocks: Sequence[Span]) -> Entities:
        """The entities named in ``text``, looking only inside ``blocks`` (the body's spans).

        :param text: the whole article text; mentions' spans point into it.
        :param blocks: the spans of the headline and paragraphs to read.
        :returns: the persons, organizations and venues found.
        """
        ...
