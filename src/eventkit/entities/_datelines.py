"""The venue and the outlet a dateline names, made entities like those a recognizer finds.

A recognizer reads ``ТАШКЕНТ`` or ``ДУШАНБЕ`` in capitals as an acronym, an organization; in
a dateline it is the city the story was filed from. So the dateline's place becomes a venue (a
city, or a country the country list knows) with the place as its mention, taken from any
organization that claimed it, and its agency an organization, when no entity holds them yet.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from ..lexicon import cities, country_named, fold
from ..model import Coordinates, Mention, Organization, Person, Span, Venue, VenueKind
from ..text import Dateline

__all__ = ["dateline_entities"]


def _overlaps(mention: Mention, start: int, end: int) -> bool:
    return mention.span.start < end and start < mention.span.end


def _free_id(prefix: str, taken: Sequence[str]) -> str:
    n = len(taken) + 1
    while f"{prefix}{n}" in taken:
        n += 1
    return f"{prefix}{n}"


def _with_mention(entity: Venue | Organization, mention: Mention) -> Venue | Organization:
    mentions = tuple(sorted((*entity.mentions, mention), key=lambda m: m.span.start))
    return attrs.evolve(entity, mentions=mentions)


def _venue(name: str, vid: str, mention: Mention) -> Venue:
    """The venue of a dateline's place: a country, or a city with its country and coordinates
    when the ``cities`` table knows it."""
    country = country_named(name)
    if country is not None:
        return Venue(id=vid, name=name, kind=VenueKind.COUNTRY, country=country.code, mentions=(mention,))
    known = next((c for lang in ("ru", "en") for c in cities(lang) if fold(c.name) == fold(name)), None)
    coordinates = None
    if known is not None and known.latitude is not None and known.longitude is not None:
        coordinates = Coordinates(latitude=known.latitude, longitude=known.longitude)
    return Venue(
        id=vid,
        name=name,
        kind=VenueKind.CITY,
        country=known.country if known is not None else None,
        coordinates=coordinates,
        mentions=(mention,),
    )


def dateline_entities(
    text: str,
    dateline: Dateline,
    persons: Sequence[Person],
    organizations: Sequence[Organization],
    venues: Sequence[Venue],
) -> tuple[tuple[Organization, ...], tuple[Venue, ...]]:
    """The organizations and venues with the dateline's place a venue and its agency an organization."""
    orgs = list(organizations)
    places = list(venues)
    start, end = dateline.place_start, dateline.place_end
    place = Mention(text=text[start:end], span=Span(start=start, end=end))
    for k, v in enumerate(places):
        # ``GABALA, Azerbaijan, Oct 7 (Reuters) -``: a venue a recognizer found in the capitals
        # of the dateline is named as the dateline gives it, ``Gabala``
        if (
            v.name.isupper()
            and fold(v.name) == fold(dateline.place)
            and any(_overlaps(m, start, end) for m in v.mentions)
        ):
            places[k] = attrs.evolve(v, name=dateline.place)
    if not any(_overlaps(m, start, end) for v in places for m in v.mentions):
        in_roles = {r.organization for p in persons for r in p.roles}
        kept = []
        for org in orgs:
            mentions = tuple(m for m in org.mentions if not _overlaps(m, start, end))
            if len(mentions) == len(org.mentions) or org.id in in_roles:
                kept.append(org)
            elif mentions:
                kept.append(attrs.evolve(org, mentions=mentions))
        orgs = kept
        same = next((k for k, v in enumerate(places) if fold(v.name) == fold(dateline.place)), None)
        if same is not None:
            places[same] = _with_mention(places[same], place)  # type: ignore[assignment]
        else:
            places.append(_venue(dateline.place, _free_id("v", [v.id for v in places]), place))
    if dateline.agency is not None:
        a_start, a_end = dateline.agency_start, dateline.agency_end
        agency = Mention(text=text[a_start:a_end], span=Span(start=a_start, end=a_end))
        holder = next(
            (k for k, o in enumerate(orgs) if any(_overlaps(m, a_start, a_end) for m in o.mentions)), None
        )
        same = next((k for k, o in enumerate(orgs) if fold(o.name) == fold(dateline.agency)), None)
        if holder is not None:
            name = orgs[holder].name
            if fold(name) == fold(dateline.agency):  # ``КАЗИНФОРМ`` is Казинформ
                orgs[holder] = attrs.evolve(orgs[holder], name=dateline.agency)
            elif fold(name) == fold(agency.text) and same is None:
                # ``INTERFAX.RU`` is Интерфакс (the ``agencies`` table): the outlet's name
                aliases = (name, *(a for a in orgs[holder].aliases if a != dateline.agency))
                orgs[holder] = attrs.evolve(orgs[holder], name=dateline.agency, aliases=aliases)
        elif same is not None:
            orgs[same] = _with_mention(orgs[same], agency)  # type: ignore[assignment]
        else:
            oid = _free_id("o", [o.id for o in orgs])
            orgs.append(Organization(id=oid, name=dateline.agency, mentions=(agency,)))
    return tuple(orgs), tuple(places)
